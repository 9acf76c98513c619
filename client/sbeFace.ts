/**
 * The SBE face: contract messages (client/messages.ts) <-> SBE bytes, through
 * the flyweights generated from protocol/exchange.xml. Every message of the
 * wire contract goes both ways, requests and replies alike, so the same code
 * serves the client, its tests and any fake server.
 *
 * A message is the 8-byte messageHeader, its fixed block, then its groups and
 * var data in schema order. Decimal strings become Decimal64 exactly
 * (client/decimal.ts); identifiers are NUL-padded ASCII char arrays (too long
 * is an error, never a truncation); absent optional fields are the schema's
 * null values. Decoding gives the object the JSON face would have parsed:
 * same names, same value types, absent optional fields left out.
 *
 * The encoders and decoders are module singletons: every function here runs
 * to completion synchronously, so one set of flyweights serves all callers.
 */
import * as sbe from '../protocol/generated/index.js';
import type {
  Balance,
  BalanceReport,
  BBO,
  BookLevel,
  BookSnapshot,
  BookUpdate,
  Channel,
  ExecType,
  ExecutionReport,
  Liquidity,
  NewOrderSingle,
  OrderCancelReplaceRequest,
  OrderMassCancelReport,
  OrdStatus,
  OrdType,
  Reject,
  Side,
  Stp,
  TimeInForce,
  WireMessage,
} from './messages.js';
import {
  INT64_NULL,
  SbeFaceError,
  enumCode,
  enumName,
  getDecimal,
  getOptionalDecimal,
  idNumber,
  optionalIdNumber,
  optionalSafeInt,
  putDecimal,
  putIfPresent,
  putOptionalDecimal,
  requiredEnumName,
  safeInt,
} from './sbeFields.js';

export { SbeFaceError } from './sbeFields.js';

const HEADER_LENGTH = sbe.MessageHeaderEncoder.ENCODED_LENGTH;

/**
 * Room for any message without groups: the largest block (ExecutionReport,
 * 167 bytes) plus the largest var data (Reject: Field 2 + 256, Text 2 + 1024).
 */
const FIXED_ROOM = 2048;
/** Per group entry: the largest entry is BalanceReport's (35 bytes). */
const ENTRY_ROOM = 36;

// ---------------------------------------------------------------- encoding

const headerOut = new sbe.MessageHeaderEncoder();
const out = {
  logon: new sbe.LogonEncoder(),
  logonAck: new sbe.LogonAckEncoder(),
  logonReject: new sbe.LogonRejectEncoder(),
  reject: new sbe.RejectEncoder(),
  newOrder: new sbe.NewOrderSingleEncoder(),
  cancel: new sbe.OrderCancelRequestEncoder(),
  replace: new sbe.OrderCancelReplaceRequestEncoder(),
  massCancel: new sbe.OrderMassCancelRequestEncoder(),
  status: new sbe.OrderStatusRequestEncoder(),
  balanceRequest: new sbe.BalanceRequestEncoder(),
  executionReport: new sbe.ExecutionReportEncoder(),
  cancelReject: new sbe.OrderCancelRejectEncoder(),
  massCancelReport: new sbe.OrderMassCancelReportEncoder(),
  balanceReport: new sbe.BalanceReportEncoder(),
  subscribe: new sbe.SubscribeEncoder(),
  unsubscribe: new sbe.UnsubscribeEncoder(),
  bookSnapshot: new sbe.BookSnapshotEncoder(),
  bookUpdate: new sbe.BookUpdateEncoder(),
  trade: new sbe.TradeEncoder(),
  bbo: new sbe.BBOEncoder(),
};

/** One message as a frame's bytes (a fresh array the caller owns). */
export function encodeSbe(msg: WireMessage): Uint8Array {
  const bytes = new Uint8Array(FIXED_ROOM + ENTRY_ROOM * groupEntries(msg));
  const view = new DataView(bytes.buffer);
  let length: number;
  try {
    length = encodeInto(msg, view);
  } catch (error) {
    if (error instanceof SbeFaceError) throw error;
    throw new SbeFaceError(`cannot encode ${msg.MsgType}: ${(error as Error).message}`, { cause: error });
  }
  return bytes.subarray(0, length);
}

function groupEntries(msg: WireMessage): number {
  switch (msg.MsgType) {
    case 'BalanceReport':
      return msg.Balances.length;
    case 'BookSnapshot':
    case 'BookUpdate':
      return msg.Bids.length + msg.Asks.length;
    default:
      return 0;
  }
}

const bool = (value: unknown): sbe.BooleanType => (value === true ? sbe.BooleanType.TRUE : sbe.BooleanType.FALSE);

/** Writes header and body at offset 0; returns the bytes written. */
function encodeInto(msg: WireMessage, view: DataView): number {
  switch (msg.MsgType) {
    case 'Logon': {
      const e = out.logon.wrapAndApplyHeader(view, 0, headerOut);
      e.timestamp(safeInt(msg.Timestamp, 'Logon.Timestamp')).signature(msg.Signature)
        .cancelOnDisconnect(bool(msg.CancelOnDisconnect)).apiKey(msg.ApiKey).nonce(msg.Nonce);
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'LogonAck': {
      const e = out.logonAck.wrapAndApplyHeader(view, 0, headerOut).account(msg.Account);
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'LogonReject': {
      const e = out.logonReject.wrapAndApplyHeader(view, 0, headerOut).reason(msg.Reason);
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'Reject': {
      const e = out.reject.wrapAndApplyHeader(view, 0, headerOut);
      e.refMsgType(msg.RefMsgType ?? '').reason(enumCode(sbe.RejectReason, msg.Reason, 'Reject.Reason'))
        .field(msg.Field ?? '').text(msg.Text ?? '');
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'NewOrderSingle':
      return encodeNewOrder(msg, view);
    case 'OrderCancelRequest': {
      const e = out.cancel.wrapAndApplyHeader(view, 0, headerOut);
      e.clOrdID(msg.ClOrdID).origClOrdID(msg.OrigClOrdID).symbol(msg.Symbol);
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'OrderCancelReplaceRequest': {
      const e = out.replace.wrapAndApplyHeader(view, 0, headerOut);
      e.clOrdID(msg.ClOrdID).origClOrdID(msg.OrigClOrdID).symbol(msg.Symbol);
      putOptionalDecimal(e.price(), msg.Price, 'OrderCancelReplaceRequest.Price');
      putDecimal(e.orderQty(), msg.OrderQty, 'OrderCancelReplaceRequest.OrderQty');
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'OrderMassCancelRequest': {
      // An empty Symbol (all NUL) means every symbol.
      const e = out.massCancel.wrapAndApplyHeader(view, 0, headerOut).clOrdID(msg.ClOrdID).symbol(msg.Symbol ?? '');
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'OrderStatusRequest': {
      const e = out.status.wrapAndApplyHeader(view, 0, headerOut).clOrdID(msg.ClOrdID);
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'BalanceRequest':
      return HEADER_LENGTH + out.balanceRequest.wrapAndApplyHeader(view, 0, headerOut).sbeEncodedLength();
    case 'ExecutionReport':
      return encodeExecutionReport(msg, view);
    case 'OrderCancelReject': {
      const e = out.cancelReject.wrapAndApplyHeader(view, 0, headerOut);
      e.clOrdID(msg.ClOrdID).origClOrdID(msg.OrigClOrdID).reason(enumCode(sbe.RejectReason, msg.Reason, 'OrderCancelReject.Reason'));
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'OrderMassCancelReport': {
      const e = out.massCancelReport.wrapAndApplyHeader(view, 0, headerOut);
      e.clOrdID(msg.ClOrdID).symbol(msg.Symbol ?? '').canceledCount(countOf(msg.CanceledCount));
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'BalanceReport': {
      const e = out.balanceReport.wrapAndApplyHeader(view, 0, headerOut);
      const group = e.balancesCount(msg.Balances.length);
      for (const b of msg.Balances) {
        group.next().asset(b.Asset);
        putDecimal(group.total(), b.Total, 'BalanceReport.Balances.Total');
        putDecimal(group.available(), b.Available, 'BalanceReport.Balances.Available');
        putDecimal(group.held(), b.Held, 'BalanceReport.Balances.Held');
      }
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'Subscribe': {
      const e = out.subscribe.wrapAndApplyHeader(view, 0, headerOut);
      e.channel(enumCode(sbe.Channel, msg.Channel, 'Subscribe.Channel')).symbol(msg.Symbol);
      e.depth(msg.Depth === undefined ? sbe.SubscribeEncoder.depthNullValue : depthOf(msg.Depth));
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'Unsubscribe': {
      const e = out.unsubscribe.wrapAndApplyHeader(view, 0, headerOut);
      e.channel(enumCode(sbe.Channel, msg.Channel, 'Unsubscribe.Channel')).symbol(msg.Symbol);
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'BookSnapshot':
    case 'BookUpdate':
      return encodeBook(msg, view);
    case 'Trade': {
      const e = out.trade.wrapAndApplyHeader(view, 0, headerOut);
      e.symbol(msg.Symbol).seq(safeInt(msg.Seq, 'Trade.Seq')).tradeID(idNumber(msg.TradeID, 'Trade.TradeID'));
      putDecimal(e.price(), msg.Price, 'Trade.Price');
      putDecimal(e.qty(), msg.Qty, 'Trade.Qty');
      e.aggressorSide(enumCode(sbe.Side, msg.AggressorSide, 'Trade.AggressorSide')).transactTime(safeInt(msg.TransactTime, 'Trade.TransactTime'));
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    case 'BBO': {
      const e = out.bbo.wrapAndApplyHeader(view, 0, headerOut);
      e.symbol(msg.Symbol).seq(safeInt(msg.Seq, 'BBO.Seq')).transactTime(safeInt(msg.TransactTime ?? 0, 'BBO.TransactTime'));
      putOptionalDecimal(e.bidPx(), msg.BidPx, 'BBO.BidPx');
      putOptionalDecimal(e.bidQty(), msg.BidQty, 'BBO.BidQty');
      putOptionalDecimal(e.askPx(), msg.AskPx, 'BBO.AskPx');
      putOptionalDecimal(e.askQty(), msg.AskQty, 'BBO.AskQty');
      return HEADER_LENGTH + e.sbeEncodedLength();
    }
    default:
      throw new SbeFaceError(`no SBE form for MsgType ${JSON.stringify((msg as { MsgType: unknown }).MsgType)}`);
  }
}

function encodeNewOrder(msg: NewOrderSingle, view: DataView): number {
  const e = out.newOrder.wrapAndApplyHeader(view, 0, headerOut);
  e.clOrdID(msg.ClOrdID).symbol(msg.Symbol).side(enumCode(sbe.Side, msg.Side, 'NewOrderSingle.Side'))
    .ordType(enumCode(sbe.OrdType, msg.OrdType, 'NewOrderSingle.OrdType'));
  putOptionalDecimal(e.price(), msg.Price, 'NewOrderSingle.Price');
  putDecimal(e.orderQty(), msg.OrderQty, 'NewOrderSingle.OrderQty');
  // The block has no "absent": the contract's defaults are written out.
  const tif = msg.TimeInForce ?? (msg.OrdType === 'MARKET' ? 'IOC' : 'GTC');
  e.timeInForce(enumCode(sbe.TimeInForce, tif, 'NewOrderSingle.TimeInForce')).postOnly(bool(msg.PostOnly))
    .stp(enumCode(sbe.STP, msg.STP ?? 'CANCEL_NEWEST', 'NewOrderSingle.STP'))
    // Schema version 2: GTD's expiry, null otherwise.
    .expireTime(msg.ExpireTime === undefined ? sbe.NewOrderSingleEncoder.expireTimeNullValue : safeInt(msg.ExpireTime, 'NewOrderSingle.ExpireTime'));
  return HEADER_LENGTH + e.sbeEncodedLength();
}

function encodeExecutionReport(msg: ExecutionReport, view: DataView): number {
  const e = out.executionReport.wrapAndApplyHeader(view, 0, headerOut);
  e.execType(enumCode(sbe.ExecType, msg.ExecType, 'ExecutionReport.ExecType'))
    .ordStatus(enumCode(sbe.OrdStatus, msg.OrdStatus, 'ExecutionReport.OrdStatus'))
    .orderID(optionalIdNumber(msg.OrderID, 'ExecutionReport.OrderID'))
    .clOrdID(msg.ClOrdID).symbol(msg.Symbol)
    .side(enumCode(sbe.Side, msg.Side, 'ExecutionReport.Side'))
    .ordType(enumCode(sbe.OrdType, msg.OrdType, 'ExecutionReport.OrdType'));
  putOptionalDecimal(e.price(), msg.Price, 'ExecutionReport.Price');
  putDecimal(e.orderQty(), msg.OrderQty, 'ExecutionReport.OrderQty');
  putDecimal(e.cumQty(), msg.CumQty, 'ExecutionReport.CumQty');
  putDecimal(e.leavesQty(), msg.LeavesQty, 'ExecutionReport.LeavesQty');
  putDecimal(e.avgPx(), msg.AvgPx, 'ExecutionReport.AvgPx');
  e.transactTime(safeInt(msg.TransactTime, 'ExecutionReport.TransactTime')).seq(optionalSafeInt(msg.Seq, 'ExecutionReport.Seq'));
  putOptionalDecimal(e.lastPx(), msg.LastPx, 'ExecutionReport.LastPx');
  putOptionalDecimal(e.lastQty(), msg.LastQty, 'ExecutionReport.LastQty');
  e.tradeID(optionalIdNumber(msg.TradeID, 'ExecutionReport.TradeID'))
    .liquidity(msg.Liquidity === undefined ? sbe.Liquidity.NULL_VALUE : enumCode(sbe.Liquidity, msg.Liquidity, 'ExecutionReport.Liquidity'));
  putOptionalDecimal(e.fee(), msg.Fee, 'ExecutionReport.Fee');
  e.feeAsset(msg.FeeAsset ?? '')
    .rejectReason(msg.RejectReason === undefined ? sbe.RejectReason.NULL_VALUE : enumCode(sbe.RejectReason, msg.RejectReason, 'ExecutionReport.RejectReason'))
    .text(msg.Text ?? '');
  return HEADER_LENGTH + e.sbeEncodedLength();
}

function encodeBook(msg: BookSnapshot | BookUpdate, view: DataView): number {
  const name = msg.MsgType;
  const e = msg.MsgType === 'BookSnapshot' ? out.bookSnapshot.wrapAndApplyHeader(view, 0, headerOut) : out.bookUpdate.wrapAndApplyHeader(view, 0, headerOut);
  e.symbol(msg.Symbol).seq(safeInt(msg.Seq, `${name}.Seq`)).transactTime(safeInt(msg.TransactTime ?? 0, `${name}.TransactTime`));
  const bids = e.bidsCount(msg.Bids.length);
  for (const [price, qty] of msg.Bids) {
    bids.next();
    putDecimal(bids.price(), price, `${name}.Bids.Price`);
    putDecimal(bids.qty(), qty, `${name}.Bids.Qty`);
  }
  const asks = e.asksCount(msg.Asks.length);
  for (const [price, qty] of msg.Asks) {
    asks.next();
    putDecimal(asks.price(), price, `${name}.Asks.Price`);
    putDecimal(asks.qty(), qty, `${name}.Asks.Qty`);
  }
  return HEADER_LENGTH + e.sbeEncodedLength();
}

function countOf(value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 0xffff_ffff) {
    throw new SbeFaceError(`OrderMassCancelReport.CanceledCount: ${JSON.stringify(value)} is not a uint32`);
  }
  return value;
}

function depthOf(value: unknown): number {
  // 65535 is the uint16 null ("server default"), so it cannot be asked for.
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= 0xffff) {
    throw new SbeFaceError(`Subscribe.Depth: ${JSON.stringify(value)} is not an integer in 0..65534`);
  }
  return value;
}

// ---------------------------------------------------------------- decoding

const headerIn = new sbe.MessageHeaderDecoder();
const inp = {
  logon: new sbe.LogonDecoder(),
  logonAck: new sbe.LogonAckDecoder(),
  logonReject: new sbe.LogonRejectDecoder(),
  reject: new sbe.RejectDecoder(),
  newOrder: new sbe.NewOrderSingleDecoder(),
  cancel: new sbe.OrderCancelRequestDecoder(),
  replace: new sbe.OrderCancelReplaceRequestDecoder(),
  massCancel: new sbe.OrderMassCancelRequestDecoder(),
  status: new sbe.OrderStatusRequestDecoder(),
  balanceRequest: new sbe.BalanceRequestDecoder(),
  executionReport: new sbe.ExecutionReportDecoder(),
  cancelReject: new sbe.OrderCancelRejectDecoder(),
  massCancelReport: new sbe.OrderMassCancelReportDecoder(),
  balanceReport: new sbe.BalanceReportDecoder(),
  subscribe: new sbe.SubscribeDecoder(),
  unsubscribe: new sbe.UnsubscribeDecoder(),
  bookSnapshot: new sbe.BookSnapshotDecoder(),
  bookUpdate: new sbe.BookUpdateDecoder(),
  trade: new sbe.TradeDecoder(),
  bbo: new sbe.BBODecoder(),
};

/**
 * Every message in a binary frame (usually one; several back to back are
 * read in order). Throws `SbeFaceError` for bytes that are not messages of
 * this schema; a code-level error names the field and offset.
 */
export function decodeSbeFrame(bytes: Uint8Array): WireMessage[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const messages: WireMessage[] = [];
  let offset = 0;
  while (offset < bytes.byteLength) {
    try {
      const [msg, length] = decodeAt(view, offset);
      messages.push(msg);
      offset += length;
    } catch (error) {
      if (error instanceof SbeFaceError) throw error;
      throw new SbeFaceError(`bad SBE frame at offset ${offset}: ${(error as Error).message}`, { cause: error });
    }
  }
  return messages;
}

/** The one message a frame must hold. */
export function decodeSbe(bytes: Uint8Array): WireMessage {
  const messages = decodeSbeFrame(bytes);
  if (messages.length !== 1) throw new SbeFaceError(`expected one SBE message, found ${messages.length}`);
  return messages[0]!;
}

/** The message at offset and its length (header included). */
function decodeAt(view: DataView, offset: number): [WireMessage, number] {
  const header = headerIn.wrap(view, offset);
  if (header.schemaId() !== sbe.SCHEMA_ID) {
    throw new SbeFaceError(`schemaId ${header.schemaId()} at offset ${offset + 4} is not the exchange's (${sbe.SCHEMA_ID})`);
  }
  const templateId = header.templateId();
  switch (templateId) {
    case sbe.LogonDecoder.TEMPLATE_ID: {
      const d = inp.logon.wrapAndApplyHeader(view, offset, headerIn);
      // Fixed fields first, then the var data in schema order (ApiKey, Nonce).
      const timestamp = d.timestamp();
      const signature = d.signature();
      const cancelOnDisconnect = d.cancelOnDisconnect() === sbe.BooleanType.TRUE;
      const apiKey = d.apiKey();
      const nonce = d.nonce();
      return [{
        MsgType: 'Logon', ApiKey: apiKey, Timestamp: timestamp, Nonce: nonce, Signature: signature, CancelOnDisconnect: cancelOnDisconnect,
      }, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.LogonAckDecoder.TEMPLATE_ID: {
      const d = inp.logonAck.wrapAndApplyHeader(view, offset, headerIn);
      return [{ MsgType: 'LogonAck', Account: d.account() }, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.LogonRejectDecoder.TEMPLATE_ID: {
      const d = inp.logonReject.wrapAndApplyHeader(view, offset, headerIn);
      return [{ MsgType: 'LogonReject', Reason: d.reason() }, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.RejectDecoder.TEMPLATE_ID: {
      const d = inp.reject.wrapAndApplyHeader(view, offset, headerIn);
      const msg: Reject = { MsgType: 'Reject', Reason: '' };
      putIfPresent(msg, 'RefMsgType', d.refMsgType());
      msg.Reason = requiredEnumName(sbe.RejectReason, d.reason());
      putIfPresent(msg, 'Field', d.field());
      putIfPresent(msg, 'Text', d.text());
      return [msg, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.NewOrderSingleDecoder.TEMPLATE_ID: {
      const d = inp.newOrder.wrapAndApplyHeader(view, offset, headerIn);
      const msg = {
        MsgType: 'NewOrderSingle', ClOrdID: d.clOrdID(), Symbol: d.symbol(),
        Side: requiredEnumName(sbe.Side, d.side()) as Side, OrdType: requiredEnumName(sbe.OrdType, d.ordType()) as OrdType,
      } as NewOrderSingle;
      putIfPresent(msg, 'Price', getOptionalDecimal(d.price(), 'NewOrderSingle.Price'));
      msg.OrderQty = getDecimal(d.orderQty(), 'NewOrderSingle.OrderQty');
      msg.TimeInForce = requiredEnumName(sbe.TimeInForce, d.timeInForce()) as TimeInForce;
      msg.PostOnly = d.postOnly() === sbe.BooleanType.TRUE;
      msg.STP = requiredEnumName(sbe.STP, d.stp()) as Stp;
      const expire = d.expireTime();
      if (expire !== sbe.NewOrderSingleDecoder.expireTimeNullValue) msg.ExpireTime = expire;
      return [msg, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.OrderCancelRequestDecoder.TEMPLATE_ID: {
      const d = inp.cancel.wrapAndApplyHeader(view, offset, headerIn);
      return [{ MsgType: 'OrderCancelRequest', ClOrdID: d.clOrdID(), OrigClOrdID: d.origClOrdID(), Symbol: d.symbol() }, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.OrderCancelReplaceRequestDecoder.TEMPLATE_ID: {
      const d = inp.replace.wrapAndApplyHeader(view, offset, headerIn);
      const msg = { MsgType: 'OrderCancelReplaceRequest', ClOrdID: d.clOrdID(), OrigClOrdID: d.origClOrdID(), Symbol: d.symbol() } as OrderCancelReplaceRequest;
      putIfPresent(msg, 'Price', getOptionalDecimal(d.price(), 'OrderCancelReplaceRequest.Price'));
      msg.OrderQty = getDecimal(d.orderQty(), 'OrderCancelReplaceRequest.OrderQty');
      return [msg, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.OrderMassCancelRequestDecoder.TEMPLATE_ID: {
      const d = inp.massCancel.wrapAndApplyHeader(view, offset, headerIn);
      const msg: WireMessage = { MsgType: 'OrderMassCancelRequest', ClOrdID: d.clOrdID() };
      putIfPresent(msg, 'Symbol', d.symbol());
      return [msg, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.OrderStatusRequestDecoder.TEMPLATE_ID: {
      const d = inp.status.wrapAndApplyHeader(view, offset, headerIn);
      return [{ MsgType: 'OrderStatusRequest', ClOrdID: d.clOrdID() }, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.BalanceRequestDecoder.TEMPLATE_ID: {
      const d = inp.balanceRequest.wrapAndApplyHeader(view, offset, headerIn);
      return [{ MsgType: 'BalanceRequest' }, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.ExecutionReportDecoder.TEMPLATE_ID:
      return decodeExecutionReport(view, offset);
    case sbe.OrderCancelRejectDecoder.TEMPLATE_ID: {
      const d = inp.cancelReject.wrapAndApplyHeader(view, offset, headerIn);
      return [{
        MsgType: 'OrderCancelReject', ClOrdID: d.clOrdID(), OrigClOrdID: d.origClOrdID(),
        Reason: requiredEnumName(sbe.RejectReason, d.reason()),
      }, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.OrderMassCancelReportDecoder.TEMPLATE_ID: {
      const d = inp.massCancelReport.wrapAndApplyHeader(view, offset, headerIn);
      const msg = { MsgType: 'OrderMassCancelReport', ClOrdID: d.clOrdID() } as OrderMassCancelReport;
      putIfPresent(msg, 'Symbol', d.symbol());
      msg.CanceledCount = d.canceledCount();
      return [msg, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.BalanceReportDecoder.TEMPLATE_ID: {
      const d = inp.balanceReport.wrapAndApplyHeader(view, offset, headerIn);
      const balances: Balance[] = [];
      for (const g = d.balances(); g.hasNext();) {
        g.next();
        balances.push({
          Asset: g.asset(),
          Total: getDecimal(g.total(), 'BalanceReport.Balances.Total'),
          Available: getDecimal(g.available(), 'BalanceReport.Balances.Available'),
          Held: getDecimal(g.held(), 'BalanceReport.Balances.Held'),
        });
      }
      const msg: BalanceReport = { MsgType: 'BalanceReport', Balances: balances };
      return [msg, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.SubscribeDecoder.TEMPLATE_ID: {
      const d = inp.subscribe.wrapAndApplyHeader(view, offset, headerIn);
      const msg: WireMessage = { MsgType: 'Subscribe', Channel: requiredEnumName(sbe.Channel, d.channel()) as Channel, Symbol: d.symbol() };
      const depth = d.depth();
      if (depth !== sbe.SubscribeDecoder.depthNullValue) msg.Depth = depth;
      return [msg, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.UnsubscribeDecoder.TEMPLATE_ID: {
      const d = inp.unsubscribe.wrapAndApplyHeader(view, offset, headerIn);
      return [{ MsgType: 'Unsubscribe', Channel: requiredEnumName(sbe.Channel, d.channel()) as Channel, Symbol: d.symbol() }, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.BookSnapshotDecoder.TEMPLATE_ID: {
      const d = inp.bookSnapshot.wrapAndApplyHeader(view, offset, headerIn);
      const symbol = d.symbol();
      const seq = d.seq();
      const transactTime = d.transactTime();
      const bids = levels(d.bids(), 'BookSnapshot.Bids');
      const asks = levels(d.asks(), 'BookSnapshot.Asks');
      const msg: BookSnapshot = { MsgType: 'BookSnapshot', Symbol: symbol, Seq: seq, TransactTime: transactTime, Bids: bids, Asks: asks };
      return [msg, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.BookUpdateDecoder.TEMPLATE_ID: {
      const d = inp.bookUpdate.wrapAndApplyHeader(view, offset, headerIn);
      const symbol = d.symbol();
      const seq = d.seq();
      const transactTime = d.transactTime();
      const bids = levels(d.bids(), 'BookUpdate.Bids');
      const asks = levels(d.asks(), 'BookUpdate.Asks');
      const msg: BookUpdate = { MsgType: 'BookUpdate', Symbol: symbol, Seq: seq, TransactTime: transactTime, Bids: bids, Asks: asks };
      return [msg, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.TradeDecoder.TEMPLATE_ID: {
      const d = inp.trade.wrapAndApplyHeader(view, offset, headerIn);
      return [{
        MsgType: 'Trade', Symbol: d.symbol(), Seq: d.seq(), TradeID: String(d.tradeID()),
        Price: getDecimal(d.price(), 'Trade.Price'), Qty: getDecimal(d.qty(), 'Trade.Qty'),
        AggressorSide: requiredEnumName(sbe.Side, d.aggressorSide()) as Side, TransactTime: d.transactTime(),
      }, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    case sbe.BBODecoder.TEMPLATE_ID: {
      const d = inp.bbo.wrapAndApplyHeader(view, offset, headerIn);
      // The contract gives an empty side as null (not absent).
      const msg: BBO = {
        MsgType: 'BBO', Symbol: d.symbol(), Seq: d.seq(), TransactTime: d.transactTime(),
        BidPx: getOptionalDecimal(d.bidPx(), 'BBO.BidPx') ?? null,
        BidQty: getOptionalDecimal(d.bidQty(), 'BBO.BidQty') ?? null,
        AskPx: getOptionalDecimal(d.askPx(), 'BBO.AskPx') ?? null,
        AskQty: getOptionalDecimal(d.askQty(), 'BBO.AskQty') ?? null,
      };
      return [msg, HEADER_LENGTH + d.sbeEncodedLength()];
    }
    default:
      throw new SbeFaceError(`templateId ${templateId} at offset ${offset + 2} is not a wire message of the exchange schema`);
  }
}

function decodeExecutionReport(view: DataView, offset: number): [WireMessage, number] {
  const d = inp.executionReport.wrapAndApplyHeader(view, offset, headerIn);
  const er = {
    MsgType: 'ExecutionReport',
    ExecType: requiredEnumName(sbe.ExecType, d.execType()) as ExecType,
    OrdStatus: requiredEnumName(sbe.OrdStatus, d.ordStatus()) as OrdStatus,
  } as ExecutionReport;
  const orderId = d.orderID();
  if (orderId !== INT64_NULL) er.OrderID = String(orderId);
  er.ClOrdID = d.clOrdID();
  er.Symbol = d.symbol();
  er.Side = requiredEnumName(sbe.Side, d.side()) as Side;
  er.OrdType = requiredEnumName(sbe.OrdType, d.ordType()) as OrdType;
  putIfPresent(er, 'Price', getOptionalDecimal(d.price(), 'ExecutionReport.Price'));
  er.OrderQty = getDecimal(d.orderQty(), 'ExecutionReport.OrderQty');
  er.CumQty = getDecimal(d.cumQty(), 'ExecutionReport.CumQty');
  er.LeavesQty = getDecimal(d.leavesQty(), 'ExecutionReport.LeavesQty');
  er.AvgPx = getDecimal(d.avgPx(), 'ExecutionReport.AvgPx');
  er.TransactTime = d.transactTime();
  const seq = d.seq();
  if (seq !== INT64_NULL) er.Seq = seq;
  putIfPresent(er, 'LastPx', getOptionalDecimal(d.lastPx(), 'ExecutionReport.LastPx'));
  putIfPresent(er, 'LastQty', getOptionalDecimal(d.lastQty(), 'ExecutionReport.LastQty'));
  const tradeId = d.tradeID();
  if (tradeId !== INT64_NULL) er.TradeID = String(tradeId);
  putIfPresent(er, 'Liquidity', enumName(sbe.Liquidity, d.liquidity()) as Liquidity | undefined);
  putIfPresent(er, 'Fee', getOptionalDecimal(d.fee(), 'ExecutionReport.Fee'));
  putIfPresent(er, 'FeeAsset', d.feeAsset());
  // NONE is "no reason": absent, like the null.
  const reason = d.rejectReason();
  if (reason !== sbe.RejectReason.NONE) putIfPresent(er, 'RejectReason', enumName(sbe.RejectReason, reason));
  putIfPresent(er, 'Text', d.text());
  return [er, HEADER_LENGTH + d.sbeEncodedLength()];
}

/** A book side's group decoder (BookSnapshot and BookUpdate have one class per side, alike). */
interface LevelGroup {
  hasNext(): boolean;
  next(): unknown;
  price(): { mantissa(): number; exponent(): number };
  qty(): { mantissa(): number; exponent(): number };
}

function levels(group: LevelGroup, field: string): BookLevel[] {
  const result: BookLevel[] = [];
  while (group.hasNext()) {
    group.next();
    result.push([getDecimal(group.price(), `${field}.Price`), getDecimal(group.qty(), `${field}.Qty`)]);
  }
  return result;
}
