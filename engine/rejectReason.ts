/**
 * Every reason the exchange can refuse something, with a stable numeric code.
 *
 * Codes are grouped by the stage that judges them (as exchange-core groups its
 * result codes) and are never renumbered: the numbers travel in the journal,
 * in SBE messages and in snapshots. Add new reasons at the end of their group.
 * `docs/reject-reasons.md` lists every code; a test keeps the two in sync.
 */
export const RejectReason = {
  NONE: 0,

  // 1xx: session level, judged by the gateway (answered with `Reject`).
  MALFORMED: 100,
  UNKNOWN_MSG_TYPE: 101,
  MISSING_FIELD: 102,
  INVALID_FIELD: 103,
  RATE_LIMITED: 104,
  NOT_LOGGED_ON: 105,
  UNKNOWN_ORDER: 106,

  // 2xx: instrument rules, judged at the gateway and again by the engine.
  INVALID_TICK: 200,
  INVALID_LOT: 201,
  QTY_OUT_OF_RANGE: 202,
  UNKNOWN_SYMBOL: 203,
  PRICE_OUT_OF_RANGE: 204,
  INVALID_ORDER: 205,

  // 3xx: matching engine.
  POST_ONLY_WOULD_TAKE: 300,
  FOK_NOT_FILLABLE: 301,
  NO_LIQUIDITY: 302,
  PRICE_BAND: 303,
  INSTRUMENT_HALTED: 304,
  ORDER_BOOK_FULL: 305,

  // 4xx: order manager and pre-trade risk.
  INSUFFICIENT_FUNDS: 400,
  DUPLICATE_CLORDID: 401,
  TOO_MANY_OPEN_ORDERS: 402,
  ACCOUNT_DISABLED: 403,
  RISK_LIMIT: 404,
  DEDUPE_WINDOW_FULL: 405,
  UNKNOWN_ASSET: 406,
  INVALID_AMOUNT: 407,
  UNKNOWN_ACCOUNT: 408,
} as const;

export type RejectReasonName = keyof typeof RejectReason;
export type RejectReasonCode = (typeof RejectReason)[RejectReasonName];

const NAME_BY_CODE = new Map<number, RejectReasonName>(
  (Object.keys(RejectReason) as RejectReasonName[]).map((name) => [RejectReason[name], name]),
);

/** The contract name of a code; throws on a code that was never assigned. */
export function rejectReasonName(code: number): RejectReasonName {
  const name = NAME_BY_CODE.get(code);
  if (name === undefined) throw new Error(`unknown RejectReason code ${code}`);
  return name;
}
