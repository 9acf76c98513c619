/**
 * `npm run bench:sequencer`, medians of RUNS runs:
 * - durableCmdsPerSec: the worker-thread pipeline (ThreadedSequencer: main
 *   thread -> input ring -> journal worker + core worker -> output ring ->
 *   main thread), fsyncPolicy 'always' (one fdatasync per group-commit
 *   batch), 10^6 commands of the crash workload submitted as fast as the
 *   input ring takes them, results delivered only once durable; timed from
 *   the first submit to the last result. The commands are pre-generated into
 *   typed arrays and filled into one reused Command per submit (as a gateway
 *   decodes a message), so the figure is the sequencer's, not the generator's.
 * - inProcessDurableCmdsPerSec: the same through InProcessSequencer (journal
 *   and core in one thread), batches of 4096, flush per batch;
 * - replayCmdsPerSec: recoverCore over that journal (read, CRC, decode, apply);
 * - ringRoundTripP50Us / P99Us / P999Us: one command in flight, submit on the
 *   main thread -> core worker -> result handed to the ResultHandler on the
 *   main thread, through the threaded pipeline with fsyncPolicy 'none' (the
 *   journal writes each command before its result is released, but no
 *   fdatasync); durableRoundTrip*: the same under 'always' (an fdatasync per
 *   command: the disk's latency);
 * - snapshotMs: export + protobuf encode + atomic write of a core holding
 *   10^6 resting orders (inlineSnapshotStallMs: written on the core's
 *   thread, the core stops for all of it); with the snapshot follower
 *   (snapshotFollower), snapshotStallMs: the longest round trip of probe
 *   commands while the follower writes that snapshot, followerSnapshotMs
 *   and followerCatchUpMs its own times;
 * - restoreMs: reading and importing that snapshot.
 * Run it under `nice -n -20`: the machine has 2 vCPUs for 3 busy threads.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { build } from 'hdr-histogram-js';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from '../../engine/command.js';
import { EventBuffer } from '../../engine/eventBuffer.js';
import { OrdType, Side, TimeInForce } from '../../engine/enums.js';
import { exportCoreState, importCoreState } from '../../risk/coreState.js';
import { ExchangeCore } from '../../risk/exchangeCore.js';
import { fundingCommands } from '../../risk/funding.js';
import { plainCoreSpec } from '../../risk/plainSpec.js';
import { recoverCore } from '../../sequencer/coreRecovery.js';
import { median } from '../engine/stats.js';
import { InProcessSequencer } from '../../sequencer/inProcessSequencer.js';
import type { FsyncPolicy } from '../../sequencer/journal/journalConfig.js';
import { ThreadedSequencer } from '../../sequencer/threaded/threadedSequencer.js';
import { readSnapshot, writeSnapshot } from '../../sequencer/snapshot/snapshotFiles.js';
import { CRASH_INSTRUMENTS, CRASH_SPEC, commandFor } from './crashWorkload.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = here.split(/[\\/]/).includes('dist') ? join(here, '../../..') : join(here, '../..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const COMMANDS = quick ? 200_000 : 1_000_000;
const RESTING = quick ? 100_000 : 1_000_000;
const BATCH = 4096;


function durableRun(tape: CommandTape): { durable: number; replay: number; hash: string } {
  const dir = mkdtempSync(join(tmpdir(), 'seqbench-'));
  try {
    let delivered = 0;
    const s = InProcessSequencer.open({
      dataDir: dir, spec: CRASH_SPEC, batchCommandsMax: BATCH,
      journal: { batchBytesMax: 1 << 20 }, onResult: () => { delivered++; },
    });
    const cmd = new Command();
    const t0 = performance.now();
    for (let seq = 1; seq <= COMMANDS; seq++) {
      s.submit(tape.fill(seq - 1, cmd));
      if (seq % BATCH === 0) s.flush();
    }
    s.flush();
    const durableMs = performance.now() - t0;
    if (delivered !== COMMANDS) throw new Error(`delivered ${delivered} of ${COMMANDS}`);
    void s.close();
    const t1 = performance.now();
    const r = recoverCore({ dataDir: dir, spec: CRASH_SPEC, readOnly: true });
    const replayMs = performance.now() - t1;
    if (r.core.stateHash() !== s.core.stateHash()) throw new Error('replay hash differs');
    return { durable: COMMANDS / (durableMs / 1000), replay: r.replayed / (replayMs / 1000), hash: r.core.stateHash() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The crash workload as struct-of-arrays, filled into a reused Command per submit. */
class CommandTape {
  private readonly f: Float64Array[];
  private readonly postOnly: Uint8Array;
  private static readonly FIELDS = ['type', 'account', 'instrument', 'orderId', 'side', 'ordType', 'tif', 'stp', 'price', 'qty'] as const;

  constructor(readonly length: number, seed: number) {
    this.f = CommandTape.FIELDS.map(() => new Float64Array(length));
    this.postOnly = new Uint8Array(length);
    const cmd = new Command();
    for (let i = 0; i < length; i++) {
      commandFor(seed, i + 1, cmd);
      CommandTape.FIELDS.forEach((name, k) => { this.f[k]![i] = cmd[name]; });
      this.postOnly[i] = cmd.postOnly ? 1 : 0;
    }
  }

  fill(i: number, c: Command): Command {
    const f = this.f;
    c.type = f[0]![i]!; c.account = f[1]![i]!; c.instrument = f[2]![i]!; c.orderId = f[3]![i]!;
    c.side = f[4]![i]!; c.ordType = f[5]![i]!; c.tif = f[6]![i]!; c.stp = f[7]![i]!;
    c.price = f[8]![i]!; c.qty = f[9]![i]!; c.postOnly = this.postOnly[i] === 1;
    return c;
  }
}

const tick = () => new Promise<void>((resolve) => setImmediate(resolve));

interface ThreadedRun { rate: number; fdatasyncs: number; flushes: number; fullWaits: number; hash: string }

async function threadedDurableRun(tape: CommandTape): Promise<ThreadedRun> {
  const dir = mkdtempSync(join(tmpdir(), 'seqbench-threaded-'));
  try {
    let delivered = 0;
    const s = await ThreadedSequencer.open({
      dataDir: dir, spec: CRASH_SPEC, journal: { fsyncPolicy: 'always' },
      onResult: () => { delivered++; },
    });
    const cmd = new Command();
    let fullWaits = 0;
    const t0 = performance.now();
    let i = 0;
    while (i < tape.length) {
      // One event-loop turn's worth, as a gateway takes what its sockets hold.
      const end = Math.min(tape.length, i + 4096);
      while (i < end && s.trySubmit(tape.fill(i, cmd)) > 0) i++;
      if (i < end) {
        fullWaits++;
        await s.waitForSpace();
      } else {
        await tick();
      }
    }
    await s.drain();
    const ms = performance.now() - t0;
    if (delivered !== tape.length) throw new Error(`delivered ${delivered} of ${tape.length}`);
    const stats = s.journalStats;
    const { hash } = await s.stateHash();
    await s.close();
    return { rate: tape.length / (ms / 1000), fdatasyncs: stats.fdatasyncs!, flushes: stats.flushes!, fullWaits, hash };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface RoundTrip { p50Us: number; p99Us: number; p999Us: number; maxUs: number; trips: number }

/** One command in flight: submit -> core worker -> ResultHandler on this thread, `trips` times. */
async function roundTripRun(tape: CommandTape, fsyncPolicy: FsyncPolicy, trips: number, warmup: number): Promise<RoundTrip> {
  const dir = mkdtempSync(join(tmpdir(), 'seqbench-rt-'));
  try {
    let wake: (() => void) | null = null;
    let t1 = 0;
    const s = await ThreadedSequencer.open({
      dataDir: dir, spec: CRASH_SPEC, journal: { fsyncPolicy },
      onResult: () => {
        t1 = performance.now();
        wake?.();
      },
    });
    const h = build({ lowestDiscernibleValue: 1, highestTrackableValue: 10_000_000_000, numberOfSignificantValueDigits: 3 });
    const cmd = new Command();
    for (let t = 0; t < warmup + trips; t++) {
      const done = new Promise<void>((resolve) => { wake = resolve; });
      const t0 = performance.now();
      s.submit(tape.fill(t % tape.length, cmd));
      s.flush();
      await done;
      if (t >= warmup) h.recordValue(Math.max(1, Math.round((t1 - t0) * 1e6)));
    }
    await s.close();
    const us = (ns: number): number => Math.round(ns / 10) / 100;
    return { p50Us: us(h.getValueAtPercentile(50)), p99Us: us(h.getValueAtPercentile(99)), p999Us: us(h.getValueAtPercentile(99.9)), maxUs: us(h.maxValue), trips };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function snapshotRun(): { snapshotMs: number; restoreMs: number; bytes: number } {
  const spec = plainCoreSpec(CRASH_INSTRUMENTS, { maxOrders: RESTING + 10, maxLevels: 200_000, maxAccounts: 16 });
  const core = new ExchangeCore(spec);
  const cmd = new Command();
  const ev = new EventBuffer(1 << 16);
  for (const c of fundingCommands(spec, 1e12)) {
    core.apply(c, ev);
    ev.clear();
  }
  // Bids below 50,000 and asks above it, never crossing: every order rests.
  for (let i = 0; i < RESTING; i++) {
    const buy = i % 2 === 0;
    const px = buy ? 49_999 - (i % 40_000) : 50_001 + (i % 40_000);
    core.apply(cmd.newOrder(i % 16, (i >> 1) % 2, buy ? Side.BUY : Side.SELL, OrdType.LIMIT, TimeInForce.GTC, px, 1 + (i % 9)), ev);
    ev.clear();
  }
  if (core.engine.restingOrderCount() !== RESTING) throw new Error(`${core.engine.restingOrderCount()} resting`);
  const dir = mkdtempSync(join(tmpdir(), 'snapbench-'));
  try {
    const t0 = performance.now();
    const path = writeSnapshot(dir, { seq: RESTING, timestampUs: 1, core: exportCoreState(core) });
    const snapshotMs = performance.now() - t0;
    const t1 = performance.now();
    const restored = importCoreState(readSnapshot(path).core, spec);
    const restoreMs = performance.now() - t1;
    if (restored.stateHash() !== core.stateHash()) throw new Error('restore hash differs');
    return { snapshotMs, restoreMs, bytes: statSize(path) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface FollowerRun {
  /** The follower's snapshot of 10^6 resting orders: export, encode, atomic write (on its own thread). */
  writeMs: number;
  /** Its catch-up before that: a full recovery of the directory (first snapshot) from the journal. */
  catchUpMs: number;
  /** Longest round trip of a probe command (one in flight, submit -> result) while the snapshot was being made. */
  stallMs: number;
  /** The same probe's longest round trip before the snapshot, for comparison. */
  baselineMaxMs: number;
  probes: number;
}

/**
 * The core's stall with snapshots from the follower: the book is filled with
 * RESTING resting orders through a ThreadedSequencer (fsync 'none': the
 * figure is the snapshot's, not the disk's), then one probe command at a
 * time goes through the pipeline while the follower writes a snapshot; the
 * longest probe round trip during it is the stall the core and its clients
 * see. Probes are TICKs (no book change), so the state stays the same.
 */
async function followerRun(): Promise<FollowerRun> {
  const spec = plainCoreSpec(CRASH_INSTRUMENTS, { maxOrders: RESTING + 10, maxLevels: 200_000, maxAccounts: 16 });
  const dir = mkdtempSync(join(tmpdir(), 'followerbench-'));
  try {
    let delivered = 0;
    const s = await ThreadedSequencer.open({
      dataDir: dir, spec, journal: { fsyncPolicy: 'none' }, snapshotFollower: true, snapshotEveryCommands: 0,
      onResult: () => { delivered++; },
    });
    try {
      const cmd = new Command();
      let submitted = 0;
      const submit = async (c: Command): Promise<void> => {
        while (s.trySubmit(c) < 0) await s.waitForSpace();
        submitted++;
      };
      for (const c of fundingCommands(spec, 1e12)) await submit(c);
      for (let i = 0; i < RESTING; i++) {
        const buy = i % 2 === 0;
        const px = buy ? 49_999 - (i % 40_000) : 50_001 + (i % 40_000);
        await submit(cmd.newOrder(i % 16, (i >> 1) % 2, buy ? Side.BUY : Side.SELL, OrdType.LIMIT, TimeInForce.GTC, px, 1 + (i % 9)));
      }
      await s.drain();
      const probe = async (): Promise<number> => {
        const t0 = performance.now();
        await submit(cmd.tick());
        await s.drain();
        return performance.now() - t0;
      };
      let baselineMaxMs = 0;
      for (let i = 0; i < 200; i++) baselineMaxMs = Math.max(baselineMaxMs, await probe());
      let done = false;
      const snapshot = s.follower!.snapshot().finally(() => { done = true; });
      let stallMs = 0;
      let probes = 0;
      while (!done) {
        stallMs = Math.max(stallMs, await probe());
        probes++;
      }
      const info = await snapshot;
      if (delivered !== submitted) throw new Error(`delivered ${delivered} of ${submitted}`);
      return { writeMs: info.writeMs, catchUpMs: info.catchUpMs, stallMs, baselineMaxMs, probes };
    } finally {
      await s.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function statSize(path: string): number {
  return statSync(path).size;
}

const loadBefore = loadavg()[0]!;
const tape = new CommandTape(COMMANDS, 7);
const durable: number[] = [];
const threaded: ThreadedRun[] = [];
const replay: number[] = [];
const snap: number[] = [];
const restore: number[] = [];
const rtNone: RoundTrip[] = [];
const rtAlways: RoundTrip[] = [];
const follower: FollowerRun[] = [];
let snapshotBytes = 0;
for (let i = 0; i < RUNS; i++) {
  const d = durableRun(tape);
  durable.push(d.durable);
  replay.push(d.replay);
  const t = await threadedDurableRun(tape);
  if (t.hash !== d.hash) throw new Error('threaded and in-process state hashes differ');
  threaded.push(t);
  rtNone.push(await roundTripRun(tape, 'none', quick ? 5_000 : 20_000, 2_000));
  rtAlways.push(await roundTripRun(tape, 'always', quick ? 500 : 2_000, 200));
  const s = snapshotRun();
  snap.push(s.snapshotMs);
  restore.push(s.restoreMs);
  snapshotBytes = s.bytes;
  const f = await followerRun();
  follower.push(f);
  process.stderr.write(`run ${i + 1}: threaded durable ${Math.round(t.rate)}/s (${t.fdatasyncs} fdatasyncs, ${t.fullWaits} full waits), ` +
    `in-process durable ${Math.round(d.durable)}/s, replay ${Math.round(d.replay)}/s, ` +
    `round trip p50/p99 ${rtNone[i]!.p50Us}/${rtNone[i]!.p99Us} us ('none'), ${rtAlways[i]!.p50Us}/${rtAlways[i]!.p99Us} us ('always'), ` +
    `snapshot ${s.snapshotMs.toFixed(0)} ms restore ${s.restoreMs.toFixed(0)} ms; follower snapshot ${f.writeMs.toFixed(0)} ms ` +
    `(catch-up ${f.catchUpMs.toFixed(0)} ms), core stall ${f.stallMs.toFixed(1)} ms (probe max before ${f.baselineMaxMs.toFixed(1)} ms, ${f.probes} probes)\n`);
}
const medianRun = [...threaded].sort((a, b) => a.rate - b.rate)[Math.floor(threaded.length / 2)]!;
const byP99 = (xs: RoundTrip[]) => [...xs].sort((a, b) => a.p99Us - b.p99Us)[Math.floor(xs.length / 2)]!;
const rt = byP99(rtNone);
const rtDurable = byP99(rtAlways);
const result = {
  runs: RUNS,
  commands: COMMANDS,
  batchCommands: BATCH,
  fsyncPolicy: 'always',
  durableCmdsPerSec: Math.round(medianRun.rate),
  durableFdatasyncs: medianRun.fdatasyncs,
  durableCommandsPerFdatasync: Math.round(COMMANDS / Math.max(1, medianRun.fdatasyncs)),
  inProcessDurableCmdsPerSec: Math.round(median(durable)),
  replayCmdsPerSec: Math.round(median(replay)),
  ringRoundTripP50Us: rt.p50Us,
  ringRoundTripP99Us: rt.p99Us,
  ringRoundTripP999Us: rt.p999Us,
  ringRoundTripFsyncPolicy: 'none',
  durableRoundTripP50Us: rtDurable.p50Us,
  durableRoundTripP99Us: rtDurable.p99Us,
  restingOrders: RESTING,
  snapshotMs: Math.round(median(snap)),
  // With snapshotFollower (the follower worker writes it): the core's stall is the longest probe round trip during it.
  snapshotStallMs: Number(median(follower.map((f) => f.stallMs)).toFixed(2)),
  snapshotStallBaselineMs: Number(median(follower.map((f) => f.baselineMaxMs)).toFixed(2)),
  followerSnapshotMs: Math.round(median(follower.map((f) => f.writeMs))),
  followerCatchUpMs: Math.round(median(follower.map((f) => f.catchUpMs))),
  inlineSnapshotStallMs: Math.round(median(snap)),
  snapshotBytes,
  restoreMs: Math.round(median(restore)),
  loadAvg1m: Number(loadBefore.toFixed(2)),
  loadAvg1mAfter: Number(loadavg()[0]!.toFixed(2)),
  note: 'durable* and ringRoundTrip*: ThreadedSequencer (main thread + journal worker + core worker on 2 shared vCPUs); ' +
    'ringRoundTrip under fsync none (journal write, no fdatasync), durableRoundTrip under always; ' +
    'snapshotStallMs: with snapshotFollower, the longest round trip of one-at-a-time probe commands while the ' +
    'follower worker snapshots 10^6 resting orders (snapshotStallBaselineMs: the same probe before it); ' +
    'inlineSnapshotStallMs: the core-thread snapshot (without the follower) stalls for its whole duration; ' +
    'raw ring figures: npm run bench:ring',
};
const out = join(root, 'bench/results/sequencer.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
