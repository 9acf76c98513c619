import {
  BalanceRequestDecoder, LogonDecoder, MessageHeaderDecoder, NewOrderSingleDecoder, OrderCancelReplaceRequestDecoder,
  OrderCancelRequestDecoder, OrderMassCancelRequestDecoder, OrderStatusRequestDecoder, SCHEMA_ID, SbeCodecError,
} from '../protocol/generated/index.js';
import { decimal64ToDec, decimal64Text, type Dec } from './decimalText.js';
import {
  CL_ORD_ID_RE, sessionReject, STP_NAMES, TIF_NAMES, type SessionReject, type TradeRequest,
} from './requests.js';

/**
 * The SBE face, inbound: one binary frame holds one or more SBE messages of
 * the exchange schema (protocol/exchange.xml) back to back, each a message
 * header and its body, decoded with the generated flyweights into the same
 * requests the JSON face produces. A frame that is not SBE of this schema is
 * MALFORMED (and nothing after the bad message is read: its length is
 * unknown); an unknown template is UNKNOWN_MSG_TYPE; fields are checked as
 * in JSON (enum values, decimals, ClOrdID text).
 */

const TEMPLATE_NAMES: Readonly<Record<number, string>> = {
  1: 'Logon', 10: 'NewOrderSingle', 11: 'OrderCancelRequest', 12: 'OrderCancelReplaceRequest',
  13: 'OrderMassCancelRequest', 14: 'OrderStatusRequest', 15: 'BalanceRequest',
};
const HEADER = 8;
const NULL_MANTISSA = -(2 ** 63);
export const MAX_SBE_MESSAGES_PER_FRAME = 256;

class FieldError {
  constructor(readonly field: string, readonly text: string) {}
}

/** Reused decoders: the face is used from the gateway's one thread. */
const header = new MessageHeaderDecoder();
const logon = new LogonDecoder();
const nos = new NewOrderSingleDecoder();
const cancel = new OrderCancelRequestDecoder();
const replace = new OrderCancelReplaceRequestDecoder();
const mass = new OrderMassCancelRequestDecoder();
const status = new OrderStatusRequestDecoder();
const balance = new BalanceRequestDecoder();

function id(text: string, field: string): string {
  if (!CL_ORD_ID_RE.test(text)) throw new FieldError(field, `${field} must be 1-32 printable ASCII characters`);
  return text;
}

function enumCode(value: number, names: readonly string[], field: string): number {
  if (!(value >= 0 && value < names.length)) throw new FieldError(field, `${field} ${value} is not one of ${names.join('|')}`);
  return value;
}

function dec(mantissa: number, exponent: number, field: string): Dec {
  const d: Dec = { mantissa: 0, scale: 0 };
  const problem = decimal64ToDec(mantissa, exponent, d);
  if (problem !== null) throw new FieldError(field, `${field} is not a valid decimal: ${problem}`);
  return d;
}

function bool(value: number, field: string): boolean {
  if (value !== 0 && value !== 1) throw new FieldError(field, `${field} must be 0 or 1`);
  return value === 1;
}

/** Decodes the message at `at`; returns it and where the next one starts. */
function decodeOne(view: DataView, at: number, templateId: number): [TradeRequest, number] {
  switch (templateId) {
    case 1: {
      logon.wrapAndApplyHeader(view, at, header);
      const ts = logon.timestamp();
      const sig = logon.signature();
      const cod = bool(logon.cancelOnDisconnect(), 'CancelOnDisconnect');
      const apiKey = logon.apiKey();
      const nonce = logon.nonce();
      if (ts < 0) throw new FieldError('Timestamp', 'Timestamp must be a non-negative integer');
      return [{ MsgType: 'Logon', ApiKey: apiKey, Timestamp: ts, Nonce: nonce, Signature: sig, CancelOnDisconnect: cod }, logon.sbeLimit()];
    }
    case 10: {
      nos.wrapAndApplyHeader(view, at, header);
      const ordType = enumCode(nos.ordType(), ['LIMIT', 'MARKET'], 'OrdType');
      const market = ordType === 1;
      const tif = enumCode(nos.timeInForce(), TIF_NAMES, 'TimeInForce');
      // ExpireTime: schema version 2 (a version-1 message reads it as null).
      const expire = nos.expireTime();
      if (tif === 3 && !(expire >= 0)) throw new FieldError('ExpireTime', 'TimeInForce GTD needs ExpireTime (NewOrderSingle schema version 2)');
      if (tif !== 3 && expire !== NULL_MANTISSA && expire !== 0) throw new FieldError('ExpireTime', 'ExpireTime is only for TimeInForce GTD (null or 0 otherwise)');
      if (market && tif !== 1 && tif !== 2) throw new FieldError('TimeInForce', 'a MARKET order is IOC or FOK');
      const pm = nos.priceMantissa();
      const pe = nos.priceExponent();
      if (market && pm !== NULL_MANTISSA) throw new FieldError('Price', 'a MARKET order takes no Price (null mantissa)');
      if (!market && pm === NULL_MANTISSA) throw new FieldError('Price', 'Price is required for a LIMIT order');
      const price = market ? null : dec(pm, pe, 'Price');
      const qm = nos.orderQtyMantissa();
      const qe = nos.orderQtyExponent();
      const postOnly = bool(nos.postOnly(), 'PostOnly');
      if (postOnly && (market || (tif !== 0 && tif !== 3))) throw new FieldError('PostOnly', 'PostOnly is only for resting LIMIT orders (GTC or GTD)');
      return [{
        MsgType: 'NewOrderSingle', ClOrdID: id(nos.clOrdID(), 'ClOrdID'), Symbol: nos.symbol(),
        Side: enumCode(nos.side(), ['BUY', 'SELL'], 'Side'), OrdType: ordType,
        Price: price, PriceText: price === null ? null : decimal64Text(pm, pe),
        OrderQty: dec(qm, qe, 'OrderQty'), OrderQtyText: decimal64Text(qm, qe),
        TimeInForce: tif, PostOnly: postOnly, STP: enumCode(nos.stp(), STP_NAMES, 'STP'), ExpireTime: tif === 3 ? expire : 0,
      }, nos.sbeLimit()];
    }
    case 11:
      cancel.wrapAndApplyHeader(view, at, header);
      return [{
        MsgType: 'OrderCancelRequest', ClOrdID: id(cancel.clOrdID(), 'ClOrdID'),
        OrigClOrdID: id(cancel.origClOrdID(), 'OrigClOrdID'), Symbol: cancel.symbol(),
      }, cancel.sbeLimit()];
    case 12: {
      replace.wrapAndApplyHeader(view, at, header);
      const pm = replace.priceMantissa();
      const pe = replace.priceExponent();
      if (pm === NULL_MANTISSA) throw new FieldError('Price', 'Price is required');
      const qm = replace.orderQtyMantissa();
      const qe = replace.orderQtyExponent();
      return [{
        MsgType: 'OrderCancelReplaceRequest', ClOrdID: id(replace.clOrdID(), 'ClOrdID'),
        OrigClOrdID: id(replace.origClOrdID(), 'OrigClOrdID'), Symbol: replace.symbol(),
        Price: dec(pm, pe, 'Price'), PriceText: decimal64Text(pm, pe),
        OrderQty: dec(qm, qe, 'OrderQty'), OrderQtyText: decimal64Text(qm, qe),
      }, replace.sbeLimit()];
    }
    case 13: {
      mass.wrapAndApplyHeader(view, at, header);
      const symbol = mass.symbol();
      return [{ MsgType: 'OrderMassCancelRequest', ClOrdID: id(mass.clOrdID(), 'ClOrdID'), Symbol: symbol === '' ? null : symbol }, mass.sbeLimit()];
    }
    case 14:
      status.wrapAndApplyHeader(view, at, header);
      return [{ MsgType: 'OrderStatusRequest', ClOrdID: id(status.clOrdID(), 'ClOrdID') }, status.sbeLimit()];
    default:
      balance.wrapAndApplyHeader(view, at, header);
      return [{ MsgType: 'BalanceRequest' }, balance.sbeLimit()];
  }
}

/** A binary frame -> its messages' requests or rejections, in order. */
export function parseSbeFrame(frame: ArrayBuffer): (TradeRequest | SessionReject)[] {
  const view = new DataView(frame);
  const out: (TradeRequest | SessionReject)[] = [];
  let at = 0;
  while (at < frame.byteLength) {
    if (out.length >= MAX_SBE_MESSAGES_PER_FRAME) {
      out.push(sessionReject('', 'MALFORMED', undefined, `a frame holds at most ${MAX_SBE_MESSAGES_PER_FRAME} messages`));
      break;
    }
    if (frame.byteLength - at < HEADER) {
      out.push(sessionReject('', 'MALFORMED', undefined, `${frame.byteLength - at} bytes at offset ${at} are too short for an SBE message header`));
      break;
    }
    const schemaId = view.getUint16(at + 4, true);
    const templateId = view.getUint16(at + 2, true);
    if (schemaId !== SCHEMA_ID) {
      out.push(sessionReject('', 'MALFORMED', undefined, `schemaId ${schemaId} at offset ${at}; this exchange speaks schema ${SCHEMA_ID}`));
      break;
    }
    const name = TEMPLATE_NAMES[templateId];
    if (name === undefined) {
      out.push(sessionReject('', 'UNKNOWN_MSG_TYPE', 'templateId', `templateId ${templateId} is not a request of this exchange`));
      break;
    }
    try {
      const [request, next] = decodeOne(view, at, templateId);
      out.push(request);
      at = next;
    } catch (e) {
      if (e instanceof FieldError) {
        out.push(sessionReject(name, 'INVALID_FIELD', e.field, e.text));
        // The message's length is known from its header: go on with the next one.
        at += HEADER + view.getUint16(at, true);
        if (templateId === 1) break; // var data: its full length is unknown
        continue;
      }
      if (e instanceof SbeCodecError || e instanceof RangeError) {
        out.push(sessionReject(name, 'MALFORMED', undefined, (e as Error).message));
        break;
      }
      throw e;
    }
  }
  if (out.length === 0) out.push(sessionReject('', 'MALFORMED', undefined, 'empty binary frame'));
  return out;
}
