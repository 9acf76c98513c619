/**
 * Small numeric enumerations shared by the core, its commands and its events.
 * Plain frozen numbers (not TS enums) so that tsc, vitest and the worker build
 * all see the same values and the hot path compares small integers.
 */
export const Side = { BUY: 0, SELL: 1 } as const;
export const OrdType = { LIMIT: 0, MARKET: 1 } as const;
/** GTD: good till `expireTimeUs` (sequencer time), then EXPIRED. */
export const TimeInForce = { GTC: 0, IOC: 1, FOK: 2, GTD: 3 } as const;
/** Self-trade prevention mode of the incoming (newest) order. */
export const StpMode = { CANCEL_NEWEST: 0, CANCEL_OLDEST: 1, CANCEL_BOTH: 2 } as const;

export const CommandType = {
  NEW_ORDER: 1,
  CANCEL: 2,
  REPLACE: 3,
  MASS_CANCEL: 4,
  /** Time passes: expires due GTD orders, nothing else (the sequencer sends it when idle). */
  TICK: 5,
} as const;

export const EventType = {
  ACCEPTED: 1,
  REJECTED: 2,
  TRADE: 3,
  CANCELED: 4,
  REPLACED: 5,
  EXPIRED: 6,
  BOOK_LEVEL: 7,
  MASS_CANCEL_DONE: 8,
} as const;

/** Why an order left the book without filling. */
export const CancelReason = {
  USER: 1,
  IOC_REMAINDER: 2,
  STP: 3,
  MASS_CANCEL: 4,
} as const;

/** `instrument` value of a mass cancel that covers every instrument. */
export const ALL_INSTRUMENTS = -1;
