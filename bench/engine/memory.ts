import { PerformanceObserver, performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';

/**
 * Heap figures after a forced full collection (needs `node --expose-gc`, as
 * the `bench:engine` script runs it), and a record of the collections that
 * happen while a timed loop runs.
 */
export function forceGc(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) throw new Error('run node with --expose-gc (npm run bench:engine does)');
  // Twice: the first may leave objects with finalizers or weak references.
  gc();
  gc();
}

const MINOR = { type: 'minor' } as const;
type GcFn = (options?: { type: 'minor' | 'major' }) => void;

/**
 * A young-generation collection now. The latency loops call it every
 * `MINOR_GC_EVERY` commands, between two timed intervals: each clock read
 * allocates a small array, and without it the collections those allocations
 * cause (hundreds per 3M commands, 50-200 us each) would land inside timed
 * intervals and be charged to the engine.
 */
export function minorGc(): void {
  (globalThis as { gc?: GcFn }).gc!(MINOR);
}

/**
 * A power of two. The clock reads of 2,048 commands stay well within the
 * young generation (1 MB semi-space here); at 4,096 a few collections still
 * came due inside the loop.
 */
export const MINOR_GC_EVERY = 2048;

/** How many of the commands [from, to) are preceded by a forced collection. */
export function forcedCollections(from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if ((i & (MINOR_GC_EVERY - 1)) === 0) n++;
  return n;
}

export interface HeapFigures {
  heapUsed: number;
  /** Backing stores of ArrayBuffers (typed arrays live here, outside heapUsed). */
  arrayBuffers: number;
}

export function heapAfterGc(): HeapFigures {
  forceGc();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, arrayBuffers: m.arrayBuffers };
}

/**
 * Bytes in the young generation (new space and new large-object space).
 * Right after a full gc it is ~0, so its value after a loop during which no
 * collection ran is what the loop allocated (harness and engine together).
 */
export function youngGenerationUsed(): number {
  let n = 0;
  for (const sp of getHeapSpaceStatistics()) {
    if (sp.space_name === 'new_space' || sp.space_name === 'new_large_object_space') n += sp.space_used_size;
  }
  return n;
}

/** Collections observed between `start()` and `stop()`. */
export interface GcWindow {
  count: number;
  totalMs: number;
  maxMs: number;
}

export class GcRecorder {
  private readonly entries: { startTime: number; duration: number }[] = [];
  private readonly observer: PerformanceObserver;
  private from = 0;
  private to = 0;

  constructor() {
    this.observer = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) this.entries.push({ startTime: e.startTime, duration: e.duration });
    });
    this.observer.observe({ entryTypes: ['gc'] });
  }

  start(): void {
    this.from = performance.now();
  }

  stop(): void {
    this.to = performance.now();
  }

  /**
   * Entries are queued after the collection as immediate tasks and handed to
   * the observer's callback later still: await this after `stop()`; it takes
   * the queued ones itself.
   */
  async window(): Promise<GcWindow> {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    for (const e of this.observer.takeRecords()) this.entries.push({ startTime: e.startTime, duration: e.duration });
    let count = 0;
    let totalMs = 0;
    let maxMs = 0;
    for (const e of this.entries) {
      if (e.startTime >= this.from && e.startTime <= this.to) {
        count++;
        totalMs += e.duration;
        if (e.duration > maxMs) maxMs = e.duration;
      }
    }
    this.entries.length = 0;
    return { count, totalMs, maxMs };
  }

  close(): void {
    this.observer.disconnect();
  }
}
