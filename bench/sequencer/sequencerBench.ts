/**
 * `npm run bench:sequencer`: the in-process sequencer (journal + core in one
 * thread, fsyncPolicy 'always', group commit), medians of RUNS runs:
 * - durableCmdsPerSec: submit + flush of the crash workload in batches of
 *   4096, results delivered only once durable;
 * - replayCmdsPerSec: recoverCore over that journal (read, CRC, decode, apply);
 * - snapshotMs: export + protobuf encode + atomic write of an engine holding
 *   10^6 resting orders; snapshotStallMs: how long the core stops for it
 *   (in process the snapshot runs on the core's thread, so the whole time);
 * - restoreMs: reading and importing that snapshot.
 * Ring round trip is measured by `npm run bench:ring` (the worker pipeline is
 * not built yet); its fields here are null.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from '../../engine/command.js';
import { EventBuffer } from '../../engine/eventBuffer.js';
import { OrdType, Side, TimeInForce } from '../../engine/enums.js';
import { OrderBookEngine } from '../../engine/matchingEngine.js';
import { exportEngineState, importEngineState } from '../../engine/snapshotState.js';
import { recoverCore } from '../../sequencer/coreRecovery.js';
import { InProcessSequencer } from '../../sequencer/inProcessSequencer.js';
import { readSnapshot, writeSnapshot } from '../../sequencer/snapshot/snapshotFiles.js';
import { CRASH_INSTRUMENTS, CRASH_LIMITS, commandFor } from './crashWorkload.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = here.split(/[\\/]/).includes('dist') ? join(here, '../../..') : join(here, '../..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const COMMANDS = quick ? 200_000 : 1_000_000;
const RESTING = quick ? 100_000 : 1_000_000;
const BATCH = 4096;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function durableRun(): { durable: number; replay: number } {
  const dir = mkdtempSync(join(tmpdir(), 'seqbench-'));
  try {
    let delivered = 0;
    const s = InProcessSequencer.open({
      dataDir: dir, instruments: CRASH_INSTRUMENTS, limits: CRASH_LIMITS, batchCommandsMax: BATCH,
      journal: { batchBytesMax: 1 << 20 }, onResult: () => { delivered++; },
    });
    const cmd = new Command();
    const t0 = performance.now();
    for (let seq = 1; seq <= COMMANDS; seq++) {
      s.submit(commandFor(7, seq, cmd));
      if (seq % BATCH === 0) s.flush();
    }
    s.flush();
    const durableMs = performance.now() - t0;
    if (delivered !== COMMANDS) throw new Error(`delivered ${delivered} of ${COMMANDS}`);
    void s.close();
    const t1 = performance.now();
    const r = recoverCore({ dataDir: dir, instruments: CRASH_INSTRUMENTS, limits: CRASH_LIMITS, readOnly: true });
    const replayMs = performance.now() - t1;
    if (r.engine.stateHash() !== s.engine.stateHash()) throw new Error('replay hash differs');
    return { durable: COMMANDS / (durableMs / 1000), replay: r.replayed / (replayMs / 1000) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function snapshotRun(): { snapshotMs: number; restoreMs: number; bytes: number } {
  const instruments = CRASH_INSTRUMENTS;
  const limits = { maxOrders: RESTING + 10, maxLevels: 200_000, maxAccounts: 16 };
  const engine = new OrderBookEngine(instruments, limits);
  const cmd = new Command();
  const ev = new EventBuffer(1 << 16);
  // Bids below 50,000 and asks above it, never crossing: every order rests.
  for (let i = 0; i < RESTING; i++) {
    const buy = i % 2 === 0;
    const px = buy ? 49_999 - (i % 40_000) : 50_001 + (i % 40_000);
    engine.apply(cmd.newOrder(i % 16, (i >> 1) % 2, buy ? Side.BUY : Side.SELL, OrdType.LIMIT, TimeInForce.GTC, px, 1 + (i % 9)), ev);
    ev.clear();
  }
  if (engine.restingOrderCount() !== RESTING) throw new Error(`${engine.restingOrderCount()} resting`);
  const dir = mkdtempSync(join(tmpdir(), 'snapbench-'));
  try {
    const t0 = performance.now();
    const path = writeSnapshot(dir, { seq: RESTING, timestampUs: 1, engine: exportEngineState(engine) });
    const snapshotMs = performance.now() - t0;
    const t1 = performance.now();
    const restored = importEngineState(readSnapshot(path).engine, instruments, limits);
    const restoreMs = performance.now() - t1;
    if (restored.stateHash() !== engine.stateHash()) throw new Error('restore hash differs');
    return { snapshotMs, restoreMs, bytes: statSize(path) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function statSize(path: string): number {
  return statSync(path).size;
}

const durable: number[] = [];
const replay: number[] = [];
const snap: number[] = [];
const restore: number[] = [];
let snapshotBytes = 0;
for (let i = 0; i < RUNS; i++) {
  const d = durableRun();
  durable.push(d.durable);
  replay.push(d.replay);
  const s = snapshotRun();
  snap.push(s.snapshotMs);
  restore.push(s.restoreMs);
  snapshotBytes = s.bytes;
  process.stderr.write(`run ${i + 1}: durable ${Math.round(d.durable)}/s replay ${Math.round(d.replay)}/s snapshot ${s.snapshotMs.toFixed(0)} ms restore ${s.restoreMs.toFixed(0)} ms\n`);
}
const result = {
  runs: RUNS,
  commands: COMMANDS,
  batchCommands: BATCH,
  fsyncPolicy: 'always',
  durableCmdsPerSec: Math.round(median(durable)),
  replayCmdsPerSec: Math.round(median(replay)),
  ringRoundTripP50Us: null,
  ringRoundTripP99Us: null,
  restingOrders: RESTING,
  snapshotMs: Math.round(median(snap)),
  snapshotStallMs: Math.round(median(snap)),
  snapshotBytes,
  restoreMs: Math.round(median(restore)),
  loadAvg1m: Number(loadavg()[0]!.toFixed(2)),
  note: 'in-process sequencer: journal, core and snapshot share one thread, so the stall is the whole snapshot; ring figures: npm run bench:ring',
};
const out = join(root, 'bench/results/sequencer.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
