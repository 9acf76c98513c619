import {
  BalanceReportEncoder, ExecType, ExecutionReportEncoder, Liquidity, LogonAckEncoder, LogonRejectEncoder,
  MessageHeaderEncoder, OrdStatus, OrderCancelRejectEncoder, OrderMassCancelReportEncoder, RejectEncoder,
  RejectReason, Side, OrdType,
} from '../protocol/generated/index.js';
import { textToDecimal64 } from './decimalText.js';
import type { SessionReject } from './requests.js';

/**
 * Outbound messages of /trade as plain objects in the JSON shape of
 * PROTOCOL.md (field names and order exactly as there; decimals as strings,
 * ids as strings, times as integers), and their two encodings: JSON text,
 * or one SBE message (protocol/exchange.xml) per binary frame. A reply is
 * built once and encoded per receiving session's face.
 */
export interface ExecutionReport {
  MsgType: 'ExecutionReport';
  ExecType: keyof typeof ExecType;
  OrdStatus: keyof typeof OrdStatus;
  OrderID?: string | undefined;
  ClOrdID: string;
  /** CANCELED by a cancel request and REPLACED: the order's ClOrdID before (JSON only: schema v1's ExecutionReport has no OrigClOrdID). */
  OrigClOrdID?: string | undefined;
  Symbol: string;
  Side: 'BUY' | 'SELL';
  OrdType: 'LIMIT' | 'MARKET';
  Price?: string | undefined;
  OrderQty: string;
  CumQty: string;
  LeavesQty: string;
  AvgPx: string;
  TransactTime: number;
  /** Absent on a rejection made by the gateway. */
  Seq?: number | undefined;
  LastPx?: string;
  LastQty?: string;
  TradeID?: string;
  Liquidity?: 'MAKER' | 'TAKER';
  Fee?: string;
  FeeAsset?: string;
  RejectReason?: string;
  Text?: string;
}

export interface OrderCancelReject {
  MsgType: 'OrderCancelReject';
  ClOrdID: string;
  OrigClOrdID: string;
  Reason: string;
  Seq?: number;
}

export interface OrderMassCancelReport {
  MsgType: 'OrderMassCancelReport';
  ClOrdID: string;
  Symbol?: string;
  CanceledCount: number;
  Seq: number;
}

export interface BalanceReport {
  MsgType: 'BalanceReport';
  Balances: { Asset: string; Total: string; Available: string; Held: string }[];
  Seq: number;
}

export interface LogonAck { MsgType: 'LogonAck'; Account: string }
export interface LogonReject { MsgType: 'LogonReject'; Reason: string }

export type Reply = ExecutionReport | OrderCancelReject | OrderMassCancelReport | BalanceReport | LogonAck | LogonReject | SessionReject;

export function jsonText(reply: Reply): string {
  return reply.MsgType === 'ExecutionReport' ? executionReportJson(reply) : JSON.stringify(reply);
}

/** A JSON string literal; the common case (no quote, backslash or control character) without JSON.stringify. */
function q(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || c > 0x7e) return JSON.stringify(text);
  }
  return `"${text}"`;
}

/**
 * The execution report's JSON by hand, in the contract's key order (the
 * most frequent message: about 3x faster than JSON.stringify of the object
 * here). Byte-for-byte what JSON.stringify gives (a test proves it).
 */
export function executionReportJson(r: ExecutionReport): string {
  let out = `{"MsgType":"ExecutionReport","ExecType":"${r.ExecType}","OrdStatus":"${r.OrdStatus}"`;
  if (r.OrderID !== undefined) out += `,"OrderID":"${r.OrderID}"`;
  out += `,"ClOrdID":${q(r.ClOrdID)}`;
  if (r.OrigClOrdID !== undefined) out += `,"OrigClOrdID":${q(r.OrigClOrdID)}`;
  out += `,"Symbol":${q(r.Symbol)},"Side":"${r.Side}","OrdType":"${r.OrdType}"`;
  if (r.Price !== undefined) out += `,"Price":"${r.Price}"`;
  out += `,"OrderQty":${q(r.OrderQty)},"CumQty":"${r.CumQty}","LeavesQty":"${r.LeavesQty}","AvgPx":"${r.AvgPx}","TransactTime":${r.TransactTime}`;
  if (r.Seq !== undefined) out += `,"Seq":${r.Seq}`;
  if (r.LastPx !== undefined) out += `,"LastPx":"${r.LastPx}"`;
  if (r.LastQty !== undefined) out += `,"LastQty":"${r.LastQty}"`;
  if (r.TradeID !== undefined) out += `,"TradeID":"${r.TradeID}"`;
  if (r.Liquidity !== undefined) out += `,"Liquidity":"${r.Liquidity}"`;
  if (r.Fee !== undefined) out += `,"Fee":"${r.Fee}"`;
  if (r.FeeAsset !== undefined) out += `,"FeeAsset":${q(r.FeeAsset)}`;
  if (r.RejectReason !== undefined) out += `,"RejectReason":"${r.RejectReason}"`;
  if (r.Text !== undefined) out += `,"Text":${q(r.Text)}`;
  return `${out}}`;
}

// ---- SBE ---------------------------------------------------------------

const buffer = new ArrayBuffer(256 * 1024);
const view = new DataView(buffer);
const bytes = new Uint8Array(buffer);
const header = new MessageHeaderEncoder();
const er = new ExecutionReportEncoder();
const ocr = new OrderCancelRejectEncoder();
const mcr = new OrderMassCancelReportEncoder();
const bal = new BalanceReportEncoder();
const ack = new LogonAckEncoder();
const lrj = new LogonRejectEncoder();
const rej = new RejectEncoder();
const d64 = { mantissa: 0, exponent: 0 };
const NULL64 = -(2 ** 63);

function reasonCode(name: string | undefined): RejectReason {
  const code = name === undefined ? undefined : (RejectReason as unknown as Record<string, number>)[name];
  return code === undefined ? RejectReason.NULL_VALUE : (code as RejectReason);
}

function ascii(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

/**
 * One reply as an SBE message; the bytes are valid until the next call
 * (uWebSockets.js copies what it sends, so the gateway sends them at once).
 */
export function sbeBytes(reply: Reply): Uint8Array | null {
  let end: number;
  switch (reply.MsgType) {
    case 'ExecutionReport': {
      const r = reply;
      er.wrapAndApplyHeader(view, 0, header)
        .execType(ExecType[r.ExecType]).ordStatus(OrdStatus[r.OrdStatus])
        .orderID(r.OrderID === undefined ? NULL64 : Number(r.OrderID))
        .clOrdID(r.ClOrdID).symbol(ascii(r.Symbol, 16)).side(Side[r.Side]).ordType(OrdType[r.OrdType]);
      if (r.Price === undefined) er.priceMantissa(NULL64).priceExponent(0);
      else { textToDecimal64(r.Price, d64); er.priceMantissa(d64.mantissa).priceExponent(d64.exponent); }
      textToDecimal64(r.OrderQty, d64); er.orderQtyMantissa(d64.mantissa).orderQtyExponent(d64.exponent);
      textToDecimal64(r.CumQty, d64); er.cumQtyMantissa(d64.mantissa).cumQtyExponent(d64.exponent);
      textToDecimal64(r.LeavesQty, d64); er.leavesQtyMantissa(d64.mantissa).leavesQtyExponent(d64.exponent);
      textToDecimal64(r.AvgPx, d64); er.avgPxMantissa(d64.mantissa).avgPxExponent(d64.exponent);
      er.transactTime(r.TransactTime).seq(r.Seq ?? NULL64);
      if (r.LastPx === undefined) er.lastPxMantissa(NULL64).lastPxExponent(0);
      else { textToDecimal64(r.LastPx, d64); er.lastPxMantissa(d64.mantissa).lastPxExponent(d64.exponent); }
      if (r.LastQty === undefined) er.lastQtyMantissa(NULL64).lastQtyExponent(0);
      else { textToDecimal64(r.LastQty, d64); er.lastQtyMantissa(d64.mantissa).lastQtyExponent(d64.exponent); }
      er.tradeID(r.TradeID === undefined ? NULL64 : Number(r.TradeID));
      er.liquidity(r.Liquidity === undefined ? Liquidity.NULL_VALUE : Liquidity[r.Liquidity]);
      if (r.Fee === undefined) er.feeMantissa(NULL64).feeExponent(0);
      else { textToDecimal64(r.Fee, d64); er.feeMantissa(d64.mantissa).feeExponent(d64.exponent); }
      er.feeAsset(ascii(r.FeeAsset ?? '', 8)).rejectReason(reasonCode(r.RejectReason)).text(r.Text ?? '');
      end = er.sbeLimit();
      break;
    }
    case 'OrderCancelReject':
      ocr.wrapAndApplyHeader(view, 0, header).clOrdID(reply.ClOrdID).origClOrdID(reply.OrigClOrdID).reason(reasonCode(reply.Reason));
      end = ocr.sbeLimit();
      break;
    case 'OrderMassCancelReport':
      mcr.wrapAndApplyHeader(view, 0, header).clOrdID(reply.ClOrdID).symbol(ascii(reply.Symbol ?? '', 16)).canceledCount(reply.CanceledCount);
      end = mcr.sbeLimit();
      break;
    case 'BalanceReport': {
      const g = bal.wrapAndApplyHeader(view, 0, header).balancesCount(reply.Balances.length);
      for (const b of reply.Balances) {
        g.next().asset(ascii(b.Asset, 8));
        textToDecimal64(b.Total, d64); g.totalMantissa(d64.mantissa).totalExponent(d64.exponent);
        textToDecimal64(b.Available, d64); g.availableMantissa(d64.mantissa).availableExponent(d64.exponent);
        textToDecimal64(b.Held, d64); g.heldMantissa(d64.mantissa).heldExponent(d64.exponent);
      }
      end = bal.sbeLimit();
      break;
    }
    case 'LogonAck':
      ack.wrapAndApplyHeader(view, 0, header).account(ascii(reply.Account, 32));
      end = ack.sbeLimit();
      break;
    case 'LogonReject':
      lrj.wrapAndApplyHeader(view, 0, header).reason(reply.Reason);
      end = lrj.sbeLimit();
      break;
    case 'Reject':
      rej.wrapAndApplyHeader(view, 0, header).refMsgType(ascii(reply.RefMsgType, 32)).reason(reasonCode(reply.Reason))
        .field(ascii(reply.Field ?? '', 256)).text(reply.Text.length <= 1024 ? reply.Text : reply.Text.slice(0, 1024));
      end = rej.sbeLimit();
      break;
    default:
      // No SBE form (the admin channel's AdminReport): the caller sends JSON.
      return null;
  }
  return bytes.subarray(0, end);
}
