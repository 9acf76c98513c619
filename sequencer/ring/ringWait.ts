/**
 * How an idle side of a ring waits. The machine has 2 cores shared by the
 * gateway, the journal writer and the core, so a side with nothing to do
 * spins only briefly (a message arriving within microseconds is caught
 * without a futex round trip, ~5-20 us on this VM) and then parks in
 * Atomics.wait, leaving the core to the others.
 */
export interface RingWaitConfig {
  /** Polls of the counter before parking; 0 parks at once. Default 2000 (25-50 ns a poll measured here: 50-100 us). */
  spinIterations: number;
  /** Longest single park, so a waiter rechecks `closed` and its caller's state. Default 100 ms. */
  parkTimeoutMs: number;
}

export const RING_WAIT_DEFAULTS: RingWaitConfig = { spinIterations: 2000, parkTimeoutMs: 100 };

export const RING_WAIT_LIMITS = { spinIterationsMax: 10_000_000, parkTimeoutMsMax: 60_000 } as const;

export function resolveWait(wait: Partial<RingWaitConfig> | undefined): RingWaitConfig {
  const w = { ...RING_WAIT_DEFAULTS, ...wait };
  if (!(Number.isInteger(w.spinIterations) && w.spinIterations >= 0 && w.spinIterations <= RING_WAIT_LIMITS.spinIterationsMax)) {
    throw new RangeError(`ring spinIterations must be in [0, ${RING_WAIT_LIMITS.spinIterationsMax}]: ${w.spinIterations}`);
  }
  if (!(w.parkTimeoutMs > 0 && w.parkTimeoutMs <= RING_WAIT_LIMITS.parkTimeoutMsMax)) {
    throw new RangeError(`ring parkTimeoutMs must be in (0, ${RING_WAIT_LIMITS.parkTimeoutMsMax}]: ${w.parkTimeoutMs}`);
  }
  return w;
}

type WaitAsyncResult = { async: false; value: 'not-equal' | 'timed-out' } | { async: true; value: Promise<'ok' | 'timed-out'> };

const atomics = Atomics as unknown as { waitAsync?(a: Int32Array, index: number, value: number, timeoutMs: number): WaitAsyncResult };
if (typeof atomics.waitAsync !== 'function') throw new Error('Atomics.waitAsync is missing: the ring needs Node >= 16');

/**
 * Atomics.waitAsync (Node >= 16), typed here because the project's lib is
 * ES2022 and its declaration arrived with ES2024.
 */
export function waitAsync(a: Int32Array, index: number, value: number, timeoutMs: number): WaitAsyncResult {
  return atomics.waitAsync!(a, index, value, timeoutMs);
}
