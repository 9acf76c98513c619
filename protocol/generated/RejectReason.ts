// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
/**
 * The codes of engine/rejectReason.ts: 1xx session, 2xx instrument rules, 3xx matching, 4xx order manager and risk.
 * Encoded as uint16.
 */
export enum RejectReason {
  NONE = 0,
  MALFORMED = 100,
  UNKNOWN_MSG_TYPE = 101,
  MISSING_FIELD = 102,
  INVALID_FIELD = 103,
  RATE_LIMITED = 104,
  NOT_LOGGED_ON = 105,
  UNKNOWN_ORDER = 106,
  INVALID_TICK = 200,
  INVALID_LOT = 201,
  QTY_OUT_OF_RANGE = 202,
  UNKNOWN_SYMBOL = 203,
  PRICE_OUT_OF_RANGE = 204,
  INVALID_ORDER = 205,
  POST_ONLY_WOULD_TAKE = 300,
  FOK_NOT_FILLABLE = 301,
  NO_LIQUIDITY = 302,
  PRICE_BAND = 303,
  INSTRUMENT_HALTED = 304,
  ORDER_BOOK_FULL = 305,
  INSUFFICIENT_FUNDS = 400,
  DUPLICATE_CLORDID = 401,
  TOO_MANY_OPEN_ORDERS = 402,
  ACCOUNT_DISABLED = 403,
  RISK_LIMIT = 404,
  DEDUPE_WINDOW_FULL = 405,
  UNKNOWN_ASSET = 406,
  INVALID_AMOUNT = 407,
  UNKNOWN_ACCOUNT = 408,
  /** No value: the uint16 null. */
  NULL_VALUE = 65535,
}
