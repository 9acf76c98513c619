import type { Command } from '../../engine/command.js';
import type { MatchingEngine } from '../../engine/engine.js';
import type { EventBuffer } from '../../engine/eventBuffer.js';
import { ACCOUNT_SHIFT, STRIDE_SHIFT } from './commandStream.js';
import { MINOR_GC_EVERY, minorGc } from './memory.js';

const GC_MASK = MINOR_GC_EVERY - 1;

/**
 * The timed loops. Each one fills ONE reused `Command` from the packed
 * stream with typed-array reads, calls `engine.apply(cmd, events)` (the
 * engine writes its events) and clears the buffer: no closure, object or
 * string is created per command, so what is measured is the engine plus
 * nine field stores and one `clear()`.
 *
 * The command decoding is written out in each loop on purpose: it must stay
 * in the loop body whatever the optimizer decides about inlining.
 *
 * Instrument, STP mode and postOnly are fixed for the workload; the caller
 * sets them once on `cmd`.
 */

/**
 * Applies commands [from, to) between two clock reads (twice per call, not
 * per command) and returns the elapsed nanoseconds. Used for throughput and,
 * ignoring the time, for prefill and warm-up, so the measured segment runs
 * through code the optimizer has already compiled for this very loop.
 */
export function driveRange(engine: MatchingEngine, words: Int32Array, from: number, to: number,
  cmd: Command, events: EventBuffer): number {
  const t0 = process.hrtime.bigint();
  for (let i = from; i < to; i++) {
    const b = i << STRIDE_SHIFT;
    const h = words[b]!;
    cmd.type = h & 7;
    cmd.side = (h >> 3) & 1;
    cmd.ordType = (h >> 4) & 1;
    cmd.tif = (h >> 5) & 3;
    cmd.account = h >>> ACCOUNT_SHIFT;
    cmd.orderId = words[b + 1]!;
    cmd.price = words[b + 2]!;
    cmd.qty = words[b + 3]!;
    cmd.seq = i;
    engine.apply(cmd, events);
    events.clear();
  }
  return Number(process.hrtime.bigint() - t0);
}

/**
 * Latency of each command: `process.hrtime()` (the cheapest clock here,
 * about 40 ns a pair) read right before and right after `apply`; the raw
 * interval in ns goes to `out[i - from]`. The caller subtracts the clock's
 * own cost, measured by `clockOverhead` with the same loop minus `apply`.
 * Decoding the command, clearing the events and the periodic young-generation
 * collection (`minorGc`: the clock reads allocate) stay outside the interval.
 */
export function latencyRange(engine: MatchingEngine, words: Int32Array, from: number, to: number,
  cmd: Command, events: EventBuffer, out: Float64Array): void {
  const hrtime = process.hrtime;
  for (let i = from; i < to; i++) {
    const b = i << STRIDE_SHIFT;
    const h = words[b]!;
    cmd.type = h & 7;
    cmd.side = (h >> 3) & 1;
    cmd.ordType = (h >> 4) & 1;
    cmd.tif = (h >> 5) & 3;
    cmd.account = h >>> ACCOUNT_SHIFT;
    cmd.orderId = words[b + 1]!;
    cmd.price = words[b + 2]!;
    cmd.qty = words[b + 3]!;
    cmd.seq = i;
    if ((i & GC_MASK) === 0) minorGc();
    const t0 = hrtime();
    engine.apply(cmd, events);
    const t1 = hrtime();
    events.clear();
    out[i - from] = (t1[0]! - t0[0]!) * 1e9 + (t1[1]! - t0[1]!);
  }
}

/** `latencyRange` without `apply`: the cost of the two clock reads alone. */
export function clockOverhead(words: Int32Array, from: number, to: number, cmd: Command,
  out: Float64Array): void {
  const hrtime = process.hrtime;
  for (let i = from; i < to; i++) {
    const b = i << STRIDE_SHIFT;
    const h = words[b]!;
    cmd.type = h & 7;
    cmd.side = (h >> 3) & 1;
    cmd.ordType = (h >> 4) & 1;
    cmd.tif = (h >> 5) & 3;
    cmd.account = h >>> ACCOUNT_SHIFT;
    cmd.orderId = words[b + 1]!;
    cmd.price = words[b + 2]!;
    cmd.qty = words[b + 3]!;
    cmd.seq = i;
    if ((i & GC_MASK) === 0) minorGc();
    const t0 = hrtime();
    const t1 = hrtime();
    out[i - from] = (t1[0]! - t0[0]!) * 1e9 + (t1[1]! - t0[1]!);
  }
}

/**
 * Cross-check of the per-command figures: the clock is read once per batch
 * of `batch` commands (a power of two up to MINOR_GC_EVERY), so its cost per
 * command is negligible; `out[k]` is the mean ns per command of batch k (a
 * batch's mean hides which command in it was slow, so its tail is a lower
 * bound of the per-command tail). Young-generation collections are forced
 * between batches about every MINOR_GC_EVERY commands.
 */
export function batchLatencyRange(engine: MatchingEngine, words: Int32Array, from: number, to: number,
  cmd: Command, events: EventBuffer, batch: number, out: Float64Array): number {
  const hrtime = process.hrtime;
  let k = 0;
  for (let start = from; start + batch <= to; start += batch) {
    const end = start + batch;
    if (((start - from) & GC_MASK) < batch) minorGc();
    const t0 = hrtime();
    for (let i = start; i < end; i++) {
      const b = i << STRIDE_SHIFT;
      const h = words[b]!;
      cmd.type = h & 7;
      cmd.side = (h >> 3) & 1;
      cmd.ordType = (h >> 4) & 1;
      cmd.tif = (h >> 5) & 3;
      cmd.account = h >>> ACCOUNT_SHIFT;
      cmd.orderId = words[b + 1]!;
      cmd.price = words[b + 2]!;
      cmd.qty = words[b + 3]!;
      cmd.seq = i;
      engine.apply(cmd, events);
      events.clear();
    }
    const t1 = hrtime();
    out[k++] = ((t1[0]! - t0[0]!) * 1e9 + (t1[1]! - t0[1]!)) / batch;
  }
  return k;
}

/**
 * `driveRange` through the whole core (order manager, risk, wallet,
 * matching): as the gateway would, each command also carries the
 * sequencer's timestamp (1 us per command) and, for a NEW_ORDER, a ClOrdID
 * (a counter in the key's first word; other commands carry none), so the
 * dedupe window inserts, looks up and evicts as it does live.
 */
export function driveCoreRange(core: { apply(cmd: Command, out: EventBuffer): void }, words: Int32Array,
  from: number, to: number, cmd: Command, events: EventBuffer, clOrdIds = true): number {
  const key = cmd.clOrdId32;
  const t0 = process.hrtime.bigint();
  for (let i = from; i < to; i++) {
    const b = i << STRIDE_SHIFT;
    const h = words[b]!;
    const type = h & 7;
    cmd.type = type;
    cmd.side = (h >> 3) & 1;
    cmd.ordType = (h >> 4) & 1;
    cmd.tif = (h >> 5) & 3;
    cmd.account = h >>> ACCOUNT_SHIFT;
    cmd.orderId = words[b + 1]!;
    cmd.price = words[b + 2]!;
    cmd.qty = words[b + 3]!;
    cmd.seq = i;
    cmd.timestampUs = i;
    key[0] = clOrdIds && type === 1 ? i + 1 : 0;
    core.apply(cmd, events);
    events.clear();
  }
  return Number(process.hrtime.bigint() - t0);
}
