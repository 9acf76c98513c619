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
  // 6-9: order manager queries, answered from core state in sequence order (docs/risk.md).
  ORDER_STATUS: 6,
  BALANCE_QUERY: 7,
  // 10-19: funding, each with a unique RefID applied exactly once.
  DEPOSIT: 10,
  WITHDRAW: 11,
  // 20-29: operator (admin channel).
  HALT: 20,
  RESUME: 21,
  /** Kill switch: disables the account and cancels all its orders. */
  DISABLE_ACCOUNT: 22,
  ENABLE_ACCOUNT: 23,
  SET_LIMIT: 24,
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
  /** One double-entry posting of the wallet (risk/postings.ts). */
  POSTING: 9,
  /** FIX state of one order (ORDER_STATUS query, or a resent NewOrderSingle). */
  ORDER_STATUS: 10,
  /** One asset's balance of an account (BALANCE_QUERY). */
  BALANCE: 11,
  /** A funding or operator command was applied (or was a duplicate of one that was). */
  ADMIN_DONE: 12,
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

/** Limits an operator can change with SET_LIMIT (LimitKind field of the command). */
export const LimitKind = {
  /** Per account (instrument -1): open orders at once. */
  MAX_OPEN_ORDERS: 1,
  /** Per account and instrument (account -1: the instrument's default): order quantity, lots. */
  MAX_ORDER_QTY: 2,
  /** Per account and instrument: order notional, quote minor units. */
  MAX_ORDER_NOTIONAL: 3,
  /** Per account and instrument: absolute position including open orders, lots. */
  MAX_POSITION: 4,
} as const;
