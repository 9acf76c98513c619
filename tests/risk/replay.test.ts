/**
 * Replay: wallets, holds and dedupe state come back identical after a
 * restart (state hash). A funded workload with ClOrdIDs (support/propWorkload.ts,
 * checked by the model as it is built) runs through a real InProcessSequencer;
 * a second one is closed at a cut and reopened (journal replay only, from a
 * snapshot taken mid-way, from a snapshot at the cut), and must then hash,
 * hold and answer exactly like the one that never stopped: resent
 * NewOrderSingles (ORDER_STATUS / DUPLICATE_CLORDID), RefIDs applied before
 * the restart (duplicates), balance queries, and the rest of the workload.
 * Export / import of the core state (risk/coreState.ts, also through the
 * snapshot codec) at random cut points gives the same later events.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { clOrdIdText, Command } from '../../engine/command.js';
import { CommandType, EventType } from '../../engine/enums.js';
import { AF, EVENT_FIELDS, EventBuffer, F, OSF } from '../../engine/eventBuffer.js';
import { RejectReason } from '../../engine/rejectReason.js';
import { exportCoreState, importCoreState, type CoreState } from '../../risk/coreState.js';
import { ExchangeCore } from '../../risk/exchangeCore.js';
import { InProcessSequencer } from '../../sequencer/inProcessSequencer.js';
import { decodeSnapshot, encodeSnapshot } from '../../sequencer/snapshot/snapshotCodec.js';
import { TempDirs } from '../sequencer/journal/support/tempDir.js';
import { eventsOf } from '../sequencer/support/workload.js';
import { decimalConfigSpec, feePlainSpec, type PropSpec } from './support/propSpecs.js';
import { propCommands } from './support/propWorkload.js';

const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

const COUNT = 900;
const CUT = 600;
const SPECS: (() => PropSpec)[] = [feePlainSpec, decimalConfigSpec];

/** A sequencer on a data directory whose clock reads the timestamp of the command being submitted. */
class Node {
  readonly results = new Map<number, number[][]>();
  private nowUs = 0;
  readonly seq: InProcessSequencer;

  constructor(dataDir: string, ps: PropSpec) {
    this.seq = InProcessSequencer.open({
      dataDir, spec: ps.spec, clockUs: () => this.nowUs,
      onResult: (seq, _ts, events, first, end) => this.results.set(seq, eventsOf(events, first, end)),
    });
  }

  /** Submits and flushes; returns each command's events. */
  run(cmds: Command[]): number[][][] {
    const seqs = cmds.map((c) => {
      this.nowUs = c.timestampUs;
      return this.seq.submit(c);
    });
    this.seq.flush();
    return seqs.map((s) => this.results.get(s)!);
  }

  get core(): ExchangeCore {
    return this.seq.core;
  }
}

/** Available and held of every account (the fee account included) in every asset. */
function balances(core: ExchangeCore): number[][] {
  const rows: number[][] = [];
  for (let a = 0; a <= core.spec.accounts.length; a++) {
    for (let asset = 0; asset < core.spec.assets.length; asset++) rows.push([a, asset, core.wallet.available(a, asset), core.wallet.held(a, asset)]);
  }
  return rows;
}

interface Probe { cmd: Command; kind: 'same' | 'different' | 'status' | 'duplicate RefID' | 'balance'; orderId?: number }

/**
 * Commands asking what the state after the cut remembers, 1 us apart just
 * after `lastUs` (no GTD order is due then): for each ClOrdID in the window
 * that is still inside it, the same NewOrderSingle again, the same ClOrdID
 * with another quantity, and an ORDER_STATUS by ClOrdID; a deposit and a
 * withdrawal under RefIDs already applied; a balance query per account.
 */
function probes(core: ExchangeCore, lastUs: number): Probe[] {
  const { risk } = exportCoreState(core);
  const r = risk.records;
  const out: Probe[] = [];
  let t = lastUs;
  const windowUs = core.spec.limits.dedupeWindowUs;
  for (let e = 0; e < risk.entryAccounts.length; e++) {
    if (risk.entryInsertedUs[e]! + windowUs <= lastUs + 100) continue;
    const k = risk.entryRecords[e]!;
    const key = clOrdIdText(risk.entryKeys.subarray(e * 32, e * 32 + 32));
    const account = risk.entryAccounts[e]!;
    const nos = () => new Command().newOrder(account, r.instrument[k]!, r.side[k]!, r.ordType[k]!, r.tif[k]!, r.origPrice[k]!, r.origQty[k]!,
      (r.flags[k]! & 1) === 1, r.flags[k]! >> 1, r.expireTimeUs[k]!).setClOrdId(key);
    const different = nos();
    different.qty += 1;
    out.push({ cmd: nos(), kind: 'same', orderId: r.orderId[k]! }, { cmd: different, kind: 'different', orderId: r.orderId[k]! },
      { cmd: new Command().admin(CommandType.ORDER_STATUS, account, 0).setClOrdId(key), kind: 'status', orderId: r.orderId[k]! });
  }
  const applied = risk.payments;
  out.push({ cmd: new Command().funding(CommandType.DEPOSIT, 0, 0, 1234, applied[0]!), kind: 'duplicate RefID' },
    { cmd: new Command().funding(CommandType.WITHDRAW, 1, 1, 1, applied[applied.length - 1]!), kind: 'duplicate RefID' });
  for (let a = 0; a <= core.spec.accounts.length; a++) out.push({ cmd: new Command().admin(CommandType.BALANCE_QUERY, a, 0), kind: 'balance' });
  for (const p of out) p.cmd.timestampUs = ++t;
  return out;
}

/** Field `f` of an `eventsOf` row (rows list the fields their type sets, in EVENT_FIELDS order). */
function field(row: number[], f: number): number {
  const at = EVENT_FIELDS[row[0]!]!.indexOf(f);
  if (at < 0) throw new Error(`event type ${row[0]} has no field ${f}`);
  return row[at]!;
}

/** The documented answer of each probe (nothing else is due at its time, so it is the only event, or the BALANCE rows). */
function expectDocumentedAnswers(list: Probe[], answers: number[][][], nAssets: number): void {
  list.forEach((p, i) => {
    const events = answers[i]!;
    const what = `${p.kind} ${clOrdIdText(p.cmd.clOrdId)}`;
    if (p.kind === 'balance') {
      expect(events.map((row) => row[0]), what).toEqual(new Array<number>(nAssets).fill(EventType.BALANCE));
      return;
    }
    expect(events, what).toHaveLength(1);
    const row = events[0]!;
    switch (p.kind) {
      case 'same':
      case 'status':
        expect([row[0], field(row, OSF.ORDER_ID)], what).toEqual([EventType.ORDER_STATUS, p.orderId]);
        break;
      case 'different':
        expect([row[0], field(row, F.ORDER_ID), field(row, F.REASON)], what).toEqual([EventType.REJECTED, p.orderId, RejectReason.DUPLICATE_CLORDID]);
        break;
      default:
        expect([row[0], field(row, AF.DUPLICATE)], what).toEqual([EventType.ADMIN_DONE, 1]);
    }
  });
}

type Mode = 'journal replay only' | 'snapshot mid-way' | 'snapshot at the cut';

describe.each(SPECS.map((make) => [make().name, make] as const))('Replay (%s)', (_name, make) => {
  it.each<Mode>(['journal replay only', 'snapshot mid-way', 'snapshot at the cut'])(
    'wallets, holds and dedupe state come back identical after a restart (state hash): %s', async (mode) => {
      const ps = make();
      const cmds = propCommands(ps, 20_251 + mode.length, COUNT);
      const before = cmds.slice(0, CUT);
      const after = cmds.slice(CUT);

      // The exchange that never stops.
      const steady = new Node(dirs.make('replay-steady-'), ps);
      const steadyAnswers = steady.run(before);
      const hashAtCut = steady.core.stateHash();
      const balancesAtCut = balances(steady.core);
      const asked = probes(steady.core, before[before.length - 1]!.timestampUs);
      expect(asked.filter((p) => p.kind === 'same').length, 'ClOrdIDs inside the window at the cut').toBeGreaterThan(2);
      const steadyProbes = steady.run(asked.map((p) => p.cmd));
      const steadyRest = steady.run(after);

      // The sequencer is transparent: a bare core answers the workload the same.
      const bare = new ExchangeCore(ps.spec);
      const events = new EventBuffer();
      const scratch = new Command();
      before.forEach((c, i) => {
        events.clear();
        bare.apply(scratch.copyFrom(c), events);
        expect(eventsOf(events), `command ${i}`).toEqual(steadyAnswers[i]);
      });

      // The one that stops at the cut.
      const dir = dirs.make('replay-restart-');
      const first = new Node(dir, ps);
      const half = mode === 'snapshot mid-way' ? CUT >> 1 : CUT;
      first.run(before.slice(0, half));
      if (mode !== 'journal replay only') first.seq.snapshot();
      first.run(before.slice(half));
      await first.seq.close();

      const second = new Node(dir, ps);
      const rec = second.seq.recovery;
      expect([rec.snapshotSeq, rec.replayed]).toEqual(
        mode === 'journal replay only' ? [0, CUT] : mode === 'snapshot mid-way' ? [half, CUT - half] : [CUT, 0]);
      expect(second.core.stateHash()).toBe(hashAtCut);
      expect(balances(second.core)).toEqual(balancesAtCut);
      expect(exportCoreState(second.core).risk).toEqual(exportCoreState(first.core).risk);
      second.core.assertInvariants();

      const restartedProbes = second.run(asked.map((p) => p.cmd));
      expect(restartedProbes).toEqual(steadyProbes);
      expectDocumentedAnswers(asked, restartedProbes, ps.spec.assets.length);
      expect(balances(second.core), 'resends, duplicate RefIDs and queries change no balance').toEqual(balancesAtCut);
      expect(second.run(after)).toEqual(steadyRest);
      expect(second.core.stateHash()).toBe(steady.core.stateHash());
      await steady.seq.close();
      await second.seq.close();
    });
});

describe('Core state export / import', () => {
  const roundTrips: Record<string, (s: CoreState) => CoreState> = {
    'in memory': (s) => structuredClone(s),
    'through the snapshot codec': (s) => decodeSnapshot(encodeSnapshot({ seq: 1, timestampUs: 1, core: s })).core,
  };

  it.each(Object.keys(roundTrips))('at random cut points (%s) gives identical later events and state hash', (how) => {
    const roundTrip = roundTrips[how]!;
    const count = 400;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1 << 30 }), fc.uniqueArray(fc.integer({ min: 0, max: count }), { minLength: 1, maxLength: 4 }), (seed, cuts) => {
        const ps = seed % 2 === 0 ? feePlainSpec() : decimalConfigSpec();
        const cmds = propCommands(ps, seed, count);
        const scratch = new Command();
        const events = new EventBuffer();
        const apply = (core: ExchangeCore, c: Command) => {
          events.clear();
          core.apply(scratch.copyFrom(c), events);
          core.assertInvariants();
          return eventsOf(events);
        };
        const original = new ExchangeCore(ps.spec);
        const expected = cmds.map((c) => apply(original, c));
        const prefix = new ExchangeCore(ps.spec);
        let applied = 0;
        for (const cut of [...cuts].sort((x, y) => x - y)) {
          while (applied < cut) apply(prefix, cmds[applied++]!);
          const state = exportCoreState(prefix);
          const restored = importCoreState(roundTrip(state), ps.spec);
          expect(restored.stateHash()).toBe(prefix.stateHash());
          for (let i = cut; i < cmds.length; i++) expect(apply(restored, cmds[i]!), `command ${i} after a cut at ${cut}`).toEqual(expected[i]);
          expect(restored.stateHash()).toBe(original.stateHash());
        }
      }),
      { numRuns: Number(process.env.RISK_REPLAY_RUNS ?? 12) },
    );
  });
});
