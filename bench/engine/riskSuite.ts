import type { Command } from '../../engine/command.js';
import { CommandType, EventType } from '../../engine/enums.js';
import { F } from '../../engine/eventBuffer.js';
import type { EngineLimits } from '../../engine/instrumentSpec.js';
import type { CoreSpec } from '../../risk/coreSpec.js';
import { ExchangeCore } from '../../risk/exchangeCore.js';
import { fundingCommands } from '../../risk/funding.js';
import { plainCoreSpec } from '../../risk/plainSpec.js';
import { loadCommand } from './commandStream.js';
import { driveCoreRange, driveRange } from './drive.js';
import { type GcRecorder, heapAfterGc } from './memory.js';
import { median } from './stats.js';
import { BENCH_INSTRUMENT, createEngine, newSlots } from './setup.js';
import type { Workload } from './workload.js';

/**
 * The exchange-core workload through the whole core (issue 6): order
 * manager with ClOrdID dedupe, pre-trade risk, holds, settlement with fees
 * and postings, then matching, on funded accounts. Compared with matching
 * alone on the same stream in the same process (`riskOverheadPct`).
 */

/**
 * BTC-USD with its real scales: one tick x one lot = 0.01 x 0.0001 USD =
 * 1/10,000 cent (quote amounts go through the rounding division), one lot =
 * 10^4 satoshi. A dedupe window of 0.2 s of sequencer time (200,000
 * commands at 1 us each) keeps it evicting as a 24 h window does live.
 */
export function benchCoreSpec(limits: EngineLimits): CoreSpec {
  const spec = plainCoreSpec([BENCH_INSTRUMENT], limits, { dedupeWindowUs: 200_000, dedupeCapacity: 1 << 19 });
  spec.assets = [{ code: 'USD', decimals: 2 }, { code: 'BTC', decimals: 8 }];
  spec.instruments[0] = { ...spec.instruments[0]!, quoteNum: 1, quoteDen: 10_000, baseMinorPerLot: 10_000 };
  return spec;
}

/** Each account's deposit of each asset: ample for the workload, and 1000 of them stay below 2^53. */
const FUNDS_MINOR = 1e12;

export function createFundedCore(limits: EngineLimits): ExchangeCore {
  const core = new ExchangeCore(benchCoreSpec(limits));
  const { events } = newSlots();
  for (const c of fundingCommands(core.spec, FUNDS_MINOR)) {
    core.apply(c, events);
    if (events.get(events.count - 1, F.TYPE) !== EventType.ADMIN_DONE) throw new Error('bench funding was refused');
    events.clear();
  }
  return core;
}

export interface RiskVerify {
  /** Commands the core refused for a risk reason (4xx): must be 0, or the stream is not the one matching ran. */
  riskRejects: number;
  restingAtEnd: number;
  postingsPerCmd: number;
}

/**
 * One untimed pass reading every event: no risk rejection, invariants hold,
 * and the book equals the one matching alone builds from the same stream
 * (engine state hash), so both timed runs do the same matching work.
 */
export function verifyRiskWorkload(wl: Workload, limits: EngineLimits, matchingAloneHash: string): RiskVerify {
  const core = createFundedCore(limits);
  const { cmd, events } = newSlots();
  let riskRejects = 0;
  let postings = 0;
  const words = wl.stream.words;
  for (let i = 0; i < wl.end; i++) {
    loadInto(words, i, cmd);
    core.apply(cmd, events);
    for (let e = 0; e < events.count; e++) {
      const t = events.type(e);
      if (t === EventType.REJECTED && events.get(e, F.REASON) >= 400) riskRejects++;
      if (t === EventType.POSTING) postings++;
    }
    events.clear();
  }
  core.assertInvariants();
  if (core.engine.stateHash() !== matchingAloneHash) {
    throw new Error('risk verification: the book differs from matching alone on the same stream');
  }
  return { riskRejects, restingAtEnd: core.engine.restingOrderCount(), postingsPerCmd: postings / wl.end };
}

/** As driveCoreRange fills a command. */
function loadInto(words: Int32Array, i: number, cmd: Command): void {
  loadCommand(words, i, cmd);
  cmd.timestampUs = i;
  cmd.clOrdId32[0] = cmd.type === CommandType.NEW_ORDER ? i + 1 : 0;
}

export interface RiskThroughput {
  cmdsPerSec: number;
  runsCmdsPerSec: number[];
  /** Matching alone, timed right before each risk run on the same stream (pairs cancel most machine noise). */
  pairedMatchingCmdsPerSec: number[];
  /** Median over the pairs of 1 - risk / matching alone, in percent. */
  pairedOverheadPct: number;
  /** The same without ClOrdIDs (no dedupe window work): the order manager's dedupe cost shows as the difference. */
  noClOrdIdCmdsPerSec: number;
  noClOrdIdOverheadPct: number;
  heapGrowthBytes: number;
  heapGrowthBytesWorstRun: number;
  gcCountInTimedLoops: number;
}

export async function runRiskThroughput(wl: Workload, limits: EngineLimits, runs: number, gcRec: GcRecorder): Promise<RiskThroughput> {
  const words = wl.stream.words;
  {
    const { cmd, events } = newSlots();
    driveCoreRange(createFundedCore(limits), words, 0, wl.end, cmd, events);
  }
  const rates: number[] = [];
  const bare: number[] = [];
  const alone: number[] = [];
  const growth: number[] = [];
  let gcs = 0;
  for (let r = 0; r < runs; r++) {
    {
      const { cmd, events } = newSlots();
      const engine = createEngine(limits);
      driveRange(engine, words, 0, wl.warmupEnd, cmd, events);
      alone.push((wl.end - wl.warmupEnd) / (driveRange(engine, words, wl.warmupEnd, wl.end, cmd, events) / 1e9));
    }
    const { cmd, events } = newSlots();
    const core = createFundedCore(limits);
    driveCoreRange(core, words, 0, wl.warmupEnd, cmd, events);
    const before = heapAfterGc();
    gcRec.start();
    const ns = driveCoreRange(core, words, wl.warmupEnd, wl.end, cmd, events);
    gcRec.stop();
    const after = heapAfterGc();
    gcs += (await gcRec.window()).count;
    if (core.engine.restingOrderCount() !== wl.measured.restingAtEnd) {
      throw new Error(`risk run ${r}: ${core.engine.restingOrderCount()} resting, the workload says ${wl.measured.restingAtEnd}`);
    }
    rates.push((wl.end - wl.warmupEnd) / (ns / 1e9));
    growth.push(after.heapUsed - before.heapUsed);
    {
      const s2 = newSlots();
      const plain = createFundedCore(limits);
      driveCoreRange(plain, words, 0, wl.warmupEnd, s2.cmd, s2.events, false);
      bare.push((wl.end - wl.warmupEnd) / (driveCoreRange(plain, words, wl.warmupEnd, wl.end, s2.cmd, s2.events, false) / 1e9));
    }
  }
  return {
    cmdsPerSec: median(rates), runsCmdsPerSec: rates, pairedMatchingCmdsPerSec: alone,
    pairedOverheadPct: median(rates.map((x, i) => 100 * (1 - x / alone[i]!))),
    noClOrdIdCmdsPerSec: median(bare),
    noClOrdIdOverheadPct: median(bare.map((x, i) => 100 * (1 - x / alone[i]!))),
    heapGrowthBytes: median(growth), heapGrowthBytesWorstRun: Math.max(...growth), gcCountInTimedLoops: gcs,
  };
}
