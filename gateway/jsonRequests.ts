import { parseDecimalText, type Dec } from './decimalText.js';
import {
  CL_ORD_ID_RE, MAX_SYMBOL_CHARS, ORD_TYPE_CODES, SIDE_CODES, STP_CODES, TIF_CODES, TRADE_MSG_TYPES,
  sessionReject, type SessionReject, type TradeRequest,
} from './requests.js';

/**
 * The JSON face, inbound: one text frame -> requests or session-level
 * rejections, in order (PROTOCOL.md: an object, or an array of objects
 * processed in order). Every field is checked for its JSON type (a number
 * where a decimal string belongs is INVALID_FIELD), presence and form;
 * unknown fields are ignored, an unknown MsgType is UNKNOWN_MSG_TYPE.
 * Instrument rules (tick, lot, range, symbol) are judged later, for both faces.
 */

/** Longest string field accepted anywhere (Nonce, ApiKey...): anything longer is INVALID_FIELD. */
export const MAX_TEXT_CHARS = 128;

type Obj = Record<string, unknown>;

class FieldError {
  constructor(readonly reason: 'MISSING_FIELD' | 'INVALID_FIELD', readonly field: string, readonly text: string) {}
}

function str(o: Obj, field: string, max = MAX_TEXT_CHARS): string {
  const v = o[field];
  if (v === undefined || v === null) throw new FieldError('MISSING_FIELD', field, `${field} is required`);
  if (typeof v !== 'string') throw new FieldError('INVALID_FIELD', field, `${field} must be a string`);
  if (v.length > max) throw new FieldError('INVALID_FIELD', field, `${field} is longer than ${max} characters`);
  return v;
}

function optStr(o: Obj, field: string, max = MAX_TEXT_CHARS): string | null {
  const v = o[field];
  return v === undefined || v === null ? null : str(o, field, max);
}

function clOrdId(o: Obj, field: string): string {
  const v = str(o, field, 64);
  if (!CL_ORD_ID_RE.test(v)) throw new FieldError('INVALID_FIELD', field, `${field} must be 1-32 printable ASCII characters`);
  return v;
}

function symbol(o: Obj, field: string): string {
  return str(o, field, MAX_SYMBOL_CHARS);
}

function enumOf(o: Obj, field: string, codes: Readonly<Record<string, number>>, fallback?: number): number {
  const v = o[field];
  if ((v === undefined || v === null) && fallback !== undefined) return fallback;
  const text = str(o, field, 32);
  const code = Object.prototype.hasOwnProperty.call(codes, text) ? codes[text] : undefined;
  if (code === undefined) throw new FieldError('INVALID_FIELD', field, `${field} must be one of ${Object.keys(codes).join('|')}`);
  return code;
}

function bool(o: Obj, field: string, fallback: boolean): boolean {
  const v = o[field];
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'boolean') throw new FieldError('INVALID_FIELD', field, `${field} must be true or false`);
  return v;
}

function integer(o: Obj, field: string): number {
  const v = o[field];
  if (v === undefined || v === null) throw new FieldError('MISSING_FIELD', field, `${field} is required`);
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
    throw new FieldError('INVALID_FIELD', field, `${field} must be a non-negative integer`);
  }
  return v;
}

function decimal(o: Obj, field: string): Dec {
  const v = o[field];
  if (v === undefined || v === null) throw new FieldError('MISSING_FIELD', field, `${field} is required`);
  const d: Dec = { mantissa: 0, scale: 0 };
  const problem = parseDecimalText(v, d);
  if (problem !== null) {
    const why = problem === 'not a string' ? 'must be a decimal string (not a JSON number)' : `is not a valid decimal: ${problem}`;
    throw new FieldError('INVALID_FIELD', field, `${field} ${why}`);
  }
  return d;
}

/** One request object -> request or rejection. */
export function requestFromJson(value: unknown, admin = false): TradeRequest | SessionReject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return sessionReject('', 'MALFORMED', undefined, 'each message must be a JSON object');
  }
  const o = value as Obj;
  const type = o.MsgType;
  if (type === undefined || type === null) return sessionReject('', 'MISSING_FIELD', 'MsgType', 'MsgType is required');
  if (typeof type !== 'string') return sessionReject('', 'INVALID_FIELD', 'MsgType', 'MsgType must be a string');
  if (admin ? type !== 'Logon' && type !== 'AdminRequest' : !TRADE_MSG_TYPES.has(type)) {
    return sessionReject(type.length <= 32 ? type : type.slice(0, 32), 'UNKNOWN_MSG_TYPE', 'MsgType', `unknown MsgType`);
  }
  try {
    return parseFields(type, o);
  } catch (e) {
    if (e instanceof FieldError) {
      const r = sessionReject(type, e.reason, e.field, e.text);
      const id = o.ClOrdID;
      if (typeof id === 'string' && CL_ORD_ID_RE.test(id)) r.ClOrdID = id;
      return r;
    }
    throw e;
  }
}

function parseFields(type: string, o: Obj): TradeRequest {
  switch (type) {
    case 'Logon':
      return {
        MsgType: 'Logon', ApiKey: str(o, 'ApiKey'), Timestamp: integer(o, 'Timestamp'), Nonce: str(o, 'Nonce'),
        Signature: str(o, 'Signature'), CancelOnDisconnect: bool(o, 'CancelOnDisconnect', false),
      };
    case 'NewOrderSingle': {
      const ordType = enumOf(o, 'OrdType', ORD_TYPE_CODES);
      const market = ordType === ORD_TYPE_CODES.MARKET;
      const tif = enumOf(o, 'TimeInForce', TIF_CODES, market ? TIF_CODES.IOC : TIF_CODES.GTC);
      if (market && tif !== TIF_CODES.IOC && tif !== TIF_CODES.FOK) {
        throw new FieldError('INVALID_FIELD', 'TimeInForce', 'a MARKET order is IOC or FOK');
      }
      if (market && o.Price !== undefined && o.Price !== null) {
        throw new FieldError('INVALID_FIELD', 'Price', 'a MARKET order takes no Price');
      }
      const price = market ? null : decimal(o, 'Price');
      const expire = tif === TIF_CODES.GTD ? integer(o, 'ExpireTime') : 0;
      if (tif !== TIF_CODES.GTD && o.ExpireTime !== undefined && o.ExpireTime !== null) {
        throw new FieldError('INVALID_FIELD', 'ExpireTime', 'ExpireTime is only for TimeInForce GTD');
      }
      const postOnly = bool(o, 'PostOnly', false);
      if (postOnly && (market || tif === TIF_CODES.IOC || tif === TIF_CODES.FOK)) {
        throw new FieldError('INVALID_FIELD', 'PostOnly', 'PostOnly is only for resting LIMIT orders (GTC or GTD)');
      }
      return {
        MsgType: 'NewOrderSingle', ClOrdID: clOrdId(o, 'ClOrdID'), Symbol: symbol(o, 'Symbol'),
        Side: enumOf(o, 'Side', SIDE_CODES), OrdType: ordType,
        Price: price, PriceText: price === null ? null : (o.Price as string),
        OrderQty: decimal(o, 'OrderQty'), OrderQtyText: o.OrderQty as string,
        TimeInForce: tif, PostOnly: postOnly, STP: enumOf(o, 'STP', STP_CODES, STP_CODES.CANCEL_NEWEST), ExpireTime: expire,
      };
    }
    case 'OrderCancelRequest':
      return { MsgType: 'OrderCancelRequest', ClOrdID: clOrdId(o, 'ClOrdID'), OrigClOrdID: clOrdId(o, 'OrigClOrdID'), Symbol: symbol(o, 'Symbol') };
    case 'OrderCancelReplaceRequest': {
      const price = decimal(o, 'Price');
      return {
        MsgType: 'OrderCancelReplaceRequest', ClOrdID: clOrdId(o, 'ClOrdID'), OrigClOrdID: clOrdId(o, 'OrigClOrdID'),
        Symbol: symbol(o, 'Symbol'), Price: price, PriceText: o.Price as string,
        OrderQty: decimal(o, 'OrderQty'), OrderQtyText: o.OrderQty as string,
      };
    }
    case 'OrderMassCancelRequest':
      return { MsgType: 'OrderMassCancelRequest', ClOrdID: clOrdId(o, 'ClOrdID'), Symbol: optStr(o, 'Symbol', MAX_SYMBOL_CHARS) };
    case 'OrderStatusRequest':
      return { MsgType: 'OrderStatusRequest', ClOrdID: clOrdId(o, 'ClOrdID') };
    case 'AdminRequest': {
      const words = o.Command;
      if (words === undefined || words === null) throw new FieldError('MISSING_FIELD', 'Command', 'Command is required');
      if (!Array.isArray(words) || words.length === 0 || words.length > 8 || !words.every((w) => typeof w === 'string' && w.length <= 64)) {
        throw new FieldError('INVALID_FIELD', 'Command', 'Command must be an array of 1-8 strings (the words of npm run admin)');
      }
      return { MsgType: 'AdminRequest', RequestID: str(o, 'RequestID', 64), Command: words as string[] };
    }
    default:
      return { MsgType: 'BalanceRequest' };
  }
}

/** Most messages in one JSON array (batch). */
export const MAX_BATCH = 256;

/** A text frame -> its messages' requests or rejections, in order. */
export function parseJsonFrame(text: string, admin = false): (TradeRequest | SessionReject)[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return [sessionReject('', 'MALFORMED', undefined, 'not valid JSON')];
  }
  if (!Array.isArray(value)) return [requestFromJson(value, admin)];
  if (value.length === 0) return [sessionReject('', 'MALFORMED', undefined, 'empty batch')];
  if (value.length > MAX_BATCH) return [sessionReject('', 'MALFORMED', undefined, `a batch holds at most ${MAX_BATCH} messages`)];
  return value.map((v) => requestFromJson(v, admin));
}
