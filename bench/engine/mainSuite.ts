import type { Command } from '../../engine/command.js';
import type { MatchingEngine } from '../../engine/engine.js';
import type { EventBuffer } from '../../engine/eventBuffer.js';
import type { EngineLimits } from '../../engine/instrumentSpec.js';
import { batchLatencyRange, clockOverhead, driveRange, latencyRange } from './drive.js';
import {
  type GcRecorder, type GcWindow, type HeapFigures, forcedCollections, heapAfterGc, youngGenerationUsed,
} from './memory.js';
import { createEngine, newSlots } from './setup.js';
import { type LatencySummary, combineRuns, median, summarize } from './stats.js';
import type { Workload } from './workload.js';

/**
 * The main workload: throughput and per-command latency of the engine.
 * Every run builds a fresh engine, replays prefill and warm-up untimed
 * through the same loop it then times, and measures the same commands.
 */
export interface ThroughputRun {
  cmdsPerSec: number;
  /**
   * Commands per second of this process's CPU time (user + system, all
   * threads) over the timed loop: a diagnostic for a shared machine, where
   * wall time also counts the time the process waits for a core.
   */
  cpuCmdsPerSec: number;
  /** Over the first `peerCommands` measured commands: the segment the peer runs. */
  peerSegmentCmdsPerSec: number;
  heapUsedBefore: number;
  heapUsedAfter: number;
  heapGrowthBytes: number;
  arrayBuffersGrowthBytes: number;
  /**
   * Bytes the timed loop allocated (young generation grown between a gc
   * before it and its end); exact when `gc.count` is 0, else null. Anything
   * that leaks is allocated first, so this is the decisive figure.
   */
  allocatedBytes: number | null;
  gc: GcWindow;
}

export interface ThroughputResult {
  runs: ThroughputRun[];
  cmdsPerSec: number;
  cpuCmdsPerSec: number;
  peerSegmentCmdsPerSec: number;
  /**
   * Growth of heapUsed over the timed loop (forced gc before and after),
   * median of runs. The optimizing compiler installs and drops code and
   * feedback on its own schedule, which moves heapUsed by up to ~10 KB
   * whatever the loop does, hence the median; every run's figure is kept,
   * and `allocatedBytes` is the exact measure of allocation.
   */
  heapGrowthBytes: number;
  heapGrowthBytesWorstRun: number;
  arrayBuffersGrowthBytes: number;
  /** What the timed loop allocated, median of runs; null if a collection hid it. */
  allocatedBytes: number | null;
  allocatedBytesWorstRun: number | null;
  heapUsedBefore: number;
  heapUsedAfter: number;
}

export async function runThroughput(wl: Workload, limits: EngineLimits, runs: number,
  peerCommands: number, gcRec: GcRecorder): Promise<ThroughputResult> {
  const words = wl.stream.words;
  const split = wl.warmupEnd + peerCommands;
  const out: ThroughputRun[] = [];
  settleJit(wl, limits);
  for (let r = 0; r < runs; r++) {
    const { cmd, events } = newSlots();
    const engine = createEngine(limits);
    driveRange(engine, words, 0, wl.warmupEnd, cmd, events);
    // The same bracket around zero commands: what measuring itself allocates.
    const empty = await bracket(engine, words, wl.warmupEnd, wl.warmupEnd, wl.warmupEnd, cmd, events, gcRec);
    const b = await bracket(engine, words, wl.warmupEnd, split, wl.end, cmd, events, gcRec);
    if (engine.restingOrderCount() !== wl.measured.restingAtEnd) {
      throw new Error(`run ${r}: ${engine.restingOrderCount()} resting, the workload says ${wl.measured.restingAtEnd}`);
    }
    out.push({
      cmdsPerSec: (wl.end - wl.warmupEnd) / ((b.ns1 + b.ns2) / 1e9),
      cpuCmdsPerSec: (wl.end - wl.warmupEnd) / (b.cpuUs / 1e6),
      peerSegmentCmdsPerSec: peerCommands > 0 ? peerCommands / (b.ns1 / 1e9) : 0,
      heapUsedBefore: b.before.heapUsed,
      heapUsedAfter: b.after.heapUsed,
      heapGrowthBytes: b.after.heapUsed - b.before.heapUsed,
      arrayBuffersGrowthBytes: b.after.arrayBuffers - b.before.arrayBuffers,
      allocatedBytes: b.gc.count === 0 && empty.gc.count === 0 ? b.youngBytes - empty.youngBytes : null,
      gc: b.gc,
    });
  }
  const last = out[out.length - 1]!;
  return {
    runs: out,
    cmdsPerSec: median(out.map((x) => x.cmdsPerSec)),
    cpuCmdsPerSec: median(out.map((x) => x.cpuCmdsPerSec)),
    peerSegmentCmdsPerSec: median(out.map((x) => x.peerSegmentCmdsPerSec)),
    heapGrowthBytes: median(out.map((x) => x.heapGrowthBytes)),
    heapGrowthBytesWorstRun: Math.max(...out.map((x) => x.heapGrowthBytes)),
    arrayBuffersGrowthBytes: Math.max(...out.map((x) => x.arrayBuffersGrowthBytes)),
    allocatedBytes: out.some((x) => x.allocatedBytes === null) ? null
      : median(out.map((x) => x.allocatedBytes ?? 0)),
    allocatedBytesWorstRun: out.some((x) => x.allocatedBytes === null) ? null
      : Math.max(...out.map((x) => x.allocatedBytes ?? 0)),
    heapUsedBefore: last.heapUsedBefore,
    heapUsedAfter: last.heapUsedAfter,
  };
}

interface Bracket {
  ns1: number;
  ns2: number;
  cpuUs: number;
  before: HeapFigures;
  after: HeapFigures;
  /** Young-generation growth from just before to just after the loop. */
  youngBytes: number;
  gc: GcWindow;
}

/** Times [from, split) and [split, to) with the heap and gc figures around them. */
async function bracket(engine: MatchingEngine, words: Int32Array, from: number, split: number, to: number,
  cmd: Command, events: EventBuffer, gcRec: GcRecorder): Promise<Bracket> {
  const before = heapAfterGc();
  const young0 = youngGenerationUsed();
  gcRec.start();
  const cpu0 = process.cpuUsage();
  const ns1 = driveRange(engine, words, from, split, cmd, events);
  const ns2 = driveRange(engine, words, split, to, cmd, events);
  const cpu = process.cpuUsage(cpu0);
  gcRec.stop();
  const young1 = youngGenerationUsed();
  const after = heapAfterGc();
  const gc = await gcRec.window();
  return { ns1, ns2, cpuUs: cpu.user + cpu.system, before, after, youngBytes: young1 - young0, gc };
}

/**
 * One untimed pass of the whole stream through the timed loop on a throwaway
 * engine, so the optimizer has compiled this exact call path (the
 * verification pass reaches the engine through another loop) before run 1:
 * otherwise run 1 pays for compilation, and code and feedback installed
 * during it show as heap growth.
 */
function settleJit(wl: Workload, limits: EngineLimits): void {
  const { cmd, events } = newSlots();
  driveRange(createEngine(limits), wl.stream.words, 0, wl.end, cmd, events);
}

export interface LatencyResult {
  /** Median over runs of the median cost of two back-to-back clock reads. */
  clockOverheadNs: number;
  /** Per command, clock overhead subtracted: the reported figures. */
  corrected: LatencySummary;
  /** Per command, as measured (clock overhead included). */
  raw: LatencySummary;
  /**
   * The same loop without `apply`, as measured: the floor of this machine.
   * Its tail (p99.99, max) is preemption and interrupts, not the engine.
   */
  floor: LatencySummary;
  /** Mean per command over batches of `batchSize` (clock cost per command ~1/batchSize). */
  batch: LatencySummary;
  batchSize: number;
  /** Collections during the timed per-command loops, all runs (forced ones included). */
  gc: GcWindow;
  /** Of those, the ones forced between intervals (`minorGc`). */
  forcedGc: number;
}

export const LATENCY_BATCH = 16;

export async function runLatency(wl: Workload, limits: EngineLimits, runs: number,
  gcRec: GcRecorder): Promise<LatencyResult> {
  const words = wl.stream.words;
  const n = wl.end - wl.warmupEnd;
  const samples = new Float64Array(Math.max(n, wl.warmupEnd - wl.prefillEnd));
  const overheads: number[] = [];
  const floor: LatencySummary[] = [];
  const corrected: LatencySummary[] = [];
  const raw: LatencySummary[] = [];
  const batch: LatencySummary[] = [];
  const gc: GcWindow = { count: 0, totalMs: 0, maxMs: 0 };
  let forcedGc = 0;
  for (let r = 0; r < runs; r++) {
    let slots = newSlots();
    clockOverhead(words, wl.warmupEnd, wl.end, slots.cmd, samples);
    const empty = summarize(samples, n, 0);
    const overhead = empty.p50Ns;
    overheads.push(overhead);
    floor.push(empty);

    let engine = createEngine(limits);
    driveRange(engine, words, 0, wl.prefillEnd, slots.cmd, slots.events);
    latencyRange(engine, words, wl.prefillEnd, wl.warmupEnd, slots.cmd, slots.events, samples);
    heapAfterGc();
    gcRec.start();
    latencyRange(engine, words, wl.warmupEnd, wl.end, slots.cmd, slots.events, samples);
    gcRec.stop();
    const w = await gcRec.window();
    gc.count += w.count;
    gc.totalMs += w.totalMs;
    gc.maxMs = Math.max(gc.maxMs, w.maxMs);
    forcedGc += forcedCollections(wl.warmupEnd, wl.end);
    corrected.push(summarize(samples, n, overhead));
    raw.push(summarize(samples, n, 0));

    slots = newSlots();
    engine = createEngine(limits);
    driveRange(engine, words, 0, wl.prefillEnd, slots.cmd, slots.events);
    batchLatencyRange(engine, words, wl.prefillEnd, wl.warmupEnd, slots.cmd, slots.events, LATENCY_BATCH, samples);
    heapAfterGc();
    const k = batchLatencyRange(engine, words, wl.warmupEnd, wl.end, slots.cmd, slots.events, LATENCY_BATCH, samples);
    batch.push(summarize(samples, k, overhead / LATENCY_BATCH));
  }
  return {
    clockOverheadNs: median(overheads),
    corrected: combineRuns(corrected),
    raw: combineRuns(raw),
    floor: combineRuns(floor),
    batch: combineRuns(batch),
    batchSize: LATENCY_BATCH,
    gc,
    forcedGc,
  };
}
