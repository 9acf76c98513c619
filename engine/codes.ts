import { CancelReason, CommandType, EventType, OrdType, Side, StpMode, TimeInForce } from './enums.js';
import { RejectReason } from './rejectReason.js';

/**
 * Compile-time twins of the enumerations in enums.ts and rejectReason.ts, for
 * the core's hot paths only. V8 does not constant-fold a binding imported from
 * another module (each use loads a module cell and checks it for TDZ), which
 * cost ~20% on the engine benchmark; tsc inlines `const enum` members as
 * literals. `assertCodesMatch` (run by tests and at engine construction)
 * proves every twin equals its runtime enumeration.
 */
export const enum S { BUY = 0, SELL = 1 }
export const enum OT { LIMIT = 0, MARKET = 1 }
export const enum TIF { GTC = 0, IOC = 1, FOK = 2, GTD = 3 }
export const enum STP { CANCEL_NEWEST = 0, CANCEL_OLDEST = 1, CANCEL_BOTH = 2 }
export const enum CT {
  NEW_ORDER = 1, CANCEL = 2, REPLACE = 3, MASS_CANCEL = 4, TICK = 5, ORDER_STATUS = 6, BALANCE_QUERY = 7,
  DEPOSIT = 10, WITHDRAW = 11, HALT = 20, RESUME = 21, DISABLE_ACCOUNT = 22, ENABLE_ACCOUNT = 23, SET_LIMIT = 24,
}
export const enum ET {
  ACCEPTED = 1, REJECTED = 2, TRADE = 3, CANCELED = 4, REPLACED = 5, EXPIRED = 6, BOOK_LEVEL = 7,
  MASS_CANCEL_DONE = 8, POSTING = 9, ORDER_STATUS = 10, BALANCE = 11, ADMIN_DONE = 12,
}
export const enum CR { USER = 1, IOC_REMAINDER = 2, STP = 3, MASS_CANCEL = 4 }
export const enum RR {
  NONE = 0, UNKNOWN_ORDER = 106, QTY_OUT_OF_RANGE = 202, UNKNOWN_SYMBOL = 203,
  PRICE_OUT_OF_RANGE = 204, INVALID_ORDER = 205, POST_ONLY_WOULD_TAKE = 300,
  FOK_NOT_FILLABLE = 301, NO_LIQUIDITY = 302, PRICE_BAND = 303, INSTRUMENT_HALTED = 304, ORDER_BOOK_FULL = 305,
  INSUFFICIENT_FUNDS = 400, DUPLICATE_CLORDID = 401, TOO_MANY_OPEN_ORDERS = 402, ACCOUNT_DISABLED = 403,
  RISK_LIMIT = 404, DEDUPE_WINDOW_FULL = 405, UNKNOWN_ASSET = 406, INVALID_AMOUNT = 407, UNKNOWN_ACCOUNT = 408,
}

/** Pairs (twin value, runtime value) with a name, for the match check. */
export function codePairs(): [string, number, number][] {
  return [
    ['Side.BUY', S.BUY, Side.BUY], ['Side.SELL', S.SELL, Side.SELL],
    ['OrdType.LIMIT', OT.LIMIT, OrdType.LIMIT], ['OrdType.MARKET', OT.MARKET, OrdType.MARKET],
    ['TimeInForce.GTC', TIF.GTC, TimeInForce.GTC], ['TimeInForce.IOC', TIF.IOC, TimeInForce.IOC],
    ['TimeInForce.FOK', TIF.FOK, TimeInForce.FOK], ['TimeInForce.GTD', TIF.GTD, TimeInForce.GTD],
    ['StpMode.CANCEL_NEWEST', STP.CANCEL_NEWEST, StpMode.CANCEL_NEWEST],
    ['StpMode.CANCEL_OLDEST', STP.CANCEL_OLDEST, StpMode.CANCEL_OLDEST],
    ['StpMode.CANCEL_BOTH', STP.CANCEL_BOTH, StpMode.CANCEL_BOTH],
    ['CommandType.NEW_ORDER', CT.NEW_ORDER, CommandType.NEW_ORDER],
    ['CommandType.CANCEL', CT.CANCEL, CommandType.CANCEL],
    ['CommandType.REPLACE', CT.REPLACE, CommandType.REPLACE],
    ['CommandType.MASS_CANCEL', CT.MASS_CANCEL, CommandType.MASS_CANCEL],
    ['CommandType.TICK', CT.TICK, CommandType.TICK],
    ['CommandType.ORDER_STATUS', CT.ORDER_STATUS, CommandType.ORDER_STATUS],
    ['CommandType.BALANCE_QUERY', CT.BALANCE_QUERY, CommandType.BALANCE_QUERY],
    ['CommandType.DEPOSIT', CT.DEPOSIT, CommandType.DEPOSIT],
    ['CommandType.WITHDRAW', CT.WITHDRAW, CommandType.WITHDRAW],
    ['CommandType.HALT', CT.HALT, CommandType.HALT],
    ['CommandType.RESUME', CT.RESUME, CommandType.RESUME],
    ['CommandType.DISABLE_ACCOUNT', CT.DISABLE_ACCOUNT, CommandType.DISABLE_ACCOUNT],
    ['CommandType.ENABLE_ACCOUNT', CT.ENABLE_ACCOUNT, CommandType.ENABLE_ACCOUNT],
    ['CommandType.SET_LIMIT', CT.SET_LIMIT, CommandType.SET_LIMIT],
    ['EventType.ACCEPTED', ET.ACCEPTED, EventType.ACCEPTED],
    ['EventType.REJECTED', ET.REJECTED, EventType.REJECTED],
    ['EventType.TRADE', ET.TRADE, EventType.TRADE],
    ['EventType.CANCELED', ET.CANCELED, EventType.CANCELED],
    ['EventType.REPLACED', ET.REPLACED, EventType.REPLACED],
    ['EventType.EXPIRED', ET.EXPIRED, EventType.EXPIRED],
    ['EventType.BOOK_LEVEL', ET.BOOK_LEVEL, EventType.BOOK_LEVEL],
    ['EventType.MASS_CANCEL_DONE', ET.MASS_CANCEL_DONE, EventType.MASS_CANCEL_DONE],
    ['EventType.POSTING', ET.POSTING, EventType.POSTING],
    ['EventType.ORDER_STATUS', ET.ORDER_STATUS, EventType.ORDER_STATUS],
    ['EventType.BALANCE', ET.BALANCE, EventType.BALANCE],
    ['EventType.ADMIN_DONE', ET.ADMIN_DONE, EventType.ADMIN_DONE],
    ['CancelReason.USER', CR.USER, CancelReason.USER],
    ['CancelReason.IOC_REMAINDER', CR.IOC_REMAINDER, CancelReason.IOC_REMAINDER],
    ['CancelReason.STP', CR.STP, CancelReason.STP],
    ['CancelReason.MASS_CANCEL', CR.MASS_CANCEL, CancelReason.MASS_CANCEL],
    ['RejectReason.NONE', RR.NONE, RejectReason.NONE],
    ['RejectReason.UNKNOWN_ORDER', RR.UNKNOWN_ORDER, RejectReason.UNKNOWN_ORDER],
    ['RejectReason.QTY_OUT_OF_RANGE', RR.QTY_OUT_OF_RANGE, RejectReason.QTY_OUT_OF_RANGE],
    ['RejectReason.UNKNOWN_SYMBOL', RR.UNKNOWN_SYMBOL, RejectReason.UNKNOWN_SYMBOL],
    ['RejectReason.PRICE_OUT_OF_RANGE', RR.PRICE_OUT_OF_RANGE, RejectReason.PRICE_OUT_OF_RANGE],
    ['RejectReason.INVALID_ORDER', RR.INVALID_ORDER, RejectReason.INVALID_ORDER],
    ['RejectReason.POST_ONLY_WOULD_TAKE', RR.POST_ONLY_WOULD_TAKE, RejectReason.POST_ONLY_WOULD_TAKE],
    ['RejectReason.FOK_NOT_FILLABLE', RR.FOK_NOT_FILLABLE, RejectReason.FOK_NOT_FILLABLE],
    ['RejectReason.NO_LIQUIDITY', RR.NO_LIQUIDITY, RejectReason.NO_LIQUIDITY],
    ['RejectReason.PRICE_BAND', RR.PRICE_BAND, RejectReason.PRICE_BAND],
    ['RejectReason.ORDER_BOOK_FULL', RR.ORDER_BOOK_FULL, RejectReason.ORDER_BOOK_FULL],
    ['RejectReason.INSTRUMENT_HALTED', RR.INSTRUMENT_HALTED, RejectReason.INSTRUMENT_HALTED],
    ['RejectReason.INSUFFICIENT_FUNDS', RR.INSUFFICIENT_FUNDS, RejectReason.INSUFFICIENT_FUNDS],
    ['RejectReason.DUPLICATE_CLORDID', RR.DUPLICATE_CLORDID, RejectReason.DUPLICATE_CLORDID],
    ['RejectReason.TOO_MANY_OPEN_ORDERS', RR.TOO_MANY_OPEN_ORDERS, RejectReason.TOO_MANY_OPEN_ORDERS],
    ['RejectReason.ACCOUNT_DISABLED', RR.ACCOUNT_DISABLED, RejectReason.ACCOUNT_DISABLED],
    ['RejectReason.RISK_LIMIT', RR.RISK_LIMIT, RejectReason.RISK_LIMIT],
    ['RejectReason.DEDUPE_WINDOW_FULL', RR.DEDUPE_WINDOW_FULL, RejectReason.DEDUPE_WINDOW_FULL],
    ['RejectReason.UNKNOWN_ASSET', RR.UNKNOWN_ASSET, RejectReason.UNKNOWN_ASSET],
    ['RejectReason.INVALID_AMOUNT', RR.INVALID_AMOUNT, RejectReason.INVALID_AMOUNT],
    ['RejectReason.UNKNOWN_ACCOUNT', RR.UNKNOWN_ACCOUNT, RejectReason.UNKNOWN_ACCOUNT],
  ];
}

export function assertCodesMatch(): void {
  for (const [name, twin, runtime] of codePairs()) {
    if (twin !== runtime) throw new Error(`engine/codes.ts: ${name} is ${twin}, enums say ${runtime}`);
  }
}
