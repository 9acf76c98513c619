import type { Command } from './command.js';
import type { EventBuffer } from './eventBuffer.js';
import type { InstrumentSpec } from './instrumentSpec.js';

/**
 * The face every matching engine shows: the optimized `OrderBookEngine` and
 * its naive twin `NaiveEngine` (used by differential tests). Semantics:
 * `docs/engine.md`. Both are constructed as `new X(instruments, limits)`.
 */
export interface MatchingEngine {
  readonly instruments: readonly InstrumentSpec[];
  /** Applies one command, appending its events to `out` (never clears it). */
  apply(cmd: Command, out: EventBuffer): void;
  /** Hex digest of the canonical state walk (docs/engine.md, "State hash"). */
  stateHash(): string;
  /** Throws an Error naming the first broken invariant. */
  assertInvariants(): void;
  /** Orders resting in all books. */
  restingOrderCount(): number;
  /** The id the next NEW_ORDER will get. */
  nextOrderId(): number;
  /** Best bid / ask price in ticks of an instrument, -1 when that side is empty. */
  bestBid(instrument: number): number;
  bestAsk(instrument: number): number;
  /**
   * Visits up to `depth` levels of one side from the best: (price, total leaves,
   * order count). For market-data snapshots and tests; not on the hot path.
   */
  forEachLevel(instrument: number, side: number, depth: number,
    visit: (price: number, qty: number, count: number) => void): void;
}
