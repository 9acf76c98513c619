/**
 * The same NewOrderSingle and ExecutionReport in three encodings, each as an
 * encode and a decode function: SBE through the generated flyweights (into
 * one reused buffer, identifiers copied into a reused byte array, so nothing
 * is allocated), the contract's JSON, and protobufjs static code.
 */
import {
  BooleanType,
  ExecType,
  ExecutionReportDecoder,
  ExecutionReportEncoder,
  Liquidity,
  MessageHeaderDecoder,
  MessageHeaderEncoder,
  NewOrderSingleDecoder,
  NewOrderSingleEncoder,
  OrdStatus,
  OrdType,
  RejectReason,
  STP,
  Side,
  TimeInForce,
} from '../../protocol/generated/index.js';
import type * as Orders from './proto/orders.js';

export type Op = () => number;

export interface Cases {
  readonly sbeEncodeNos: Op;
  readonly sbeEncodeNosStrings: Op;
  readonly sbeDecodeNos: Op;
  readonly sbeDecodeNosStrings: Op;
  readonly sbeEncodeEr: Op;
  readonly sbeEncodeErStrings: Op;
  readonly sbeDecodeEr: Op;
  readonly jsonEncodeNos: Op;
  readonly jsonDecodeNos: Op;
  readonly jsonEncodeEr: Op;
  readonly jsonDecodeEr: Op;
  readonly protobufEncodeNos: Op;
  readonly protobufDecodeNos: Op;
  readonly protobufEncodeEr: Op;
  readonly protobufDecodeEr: Op;
}

const NOS_JSON = {
  MsgType: 'NewOrderSingle', ClOrdID: 'c-1764000000-000017', Symbol: 'BTC-USD', Side: 'BUY', OrdType: 'LIMIT',
  Price: '100.25', OrderQty: '1.5', TimeInForce: 'GTC', PostOnly: false, STP: 'CANCEL_NEWEST',
};
const ER_JSON = {
  MsgType: 'ExecutionReport', ExecType: 'TRADE', OrdStatus: 'PARTIALLY_FILLED', OrderID: '17', ClOrdID: 'c-1764000000-000017',
  Symbol: 'BTC-USD', Side: 'BUY', OrdType: 'LIMIT', Price: '100.25', OrderQty: '1.5', CumQty: '0.5', LeavesQty: '1',
  AvgPx: '100.25', TransactTime: 1764000000000123, Seq: 42, LastPx: '100.25', LastQty: '0.5', TradeID: '991',
  Liquidity: 'MAKER', Fee: '0.01', FeeAsset: 'USD',
};

type SbeCase = 'sbeEncodeNos' | 'sbeEncodeNosStrings' | 'sbeDecodeNos' | 'sbeDecodeNosStrings' | 'sbeEncodeEr' | 'sbeEncodeErStrings' | 'sbeDecodeEr';

/**
 * The flyweight cases take identifiers as bytes, as the core holds them (it
 * never makes a string per order); the `Strings` variants convert JS strings,
 * as a gateway does once per inbound message. Decimals go through the
 * flattened accessors (`priceMantissa()`), the generated code's fast path.
 * Decoders read every field of the message, as a gateway turning it into the
 * contract's JSON would, from buffers encoded once up front, so no case
 * depends on another having run.
 */
function sbeCases(): Pick<Cases, SbeCase> {
  const nosView = new DataView(new ArrayBuffer(256));
  const erView = new DataView(new ArrayBuffer(512));
  const nosIn = new DataView(new ArrayBuffer(256));
  const erIn = new DataView(new ArrayBuffer(512));
  const headerE = new MessageHeaderEncoder();
  const headerD = new MessageHeaderDecoder();
  const nosE = new NewOrderSingleEncoder();
  const nosD = new NewOrderSingleDecoder();
  const erE = new ExecutionReportEncoder();
  const erD = new ExecutionReportDecoder();
  const ids = new Uint8Array(128);
  const { ClOrdID, Symbol } = NOS_JSON;
  // Source identifiers as NUL-padded bytes: ClOrdID at 0, Symbol at 32, FeeAsset at 48.
  const source = new Uint8Array(64);
  source.set(Buffer.from(ClOrdID, 'latin1'), 0);
  source.set(Buffer.from(Symbol, 'latin1'), 32);
  source.set(Buffer.from('USD', 'latin1'), 48);

  const nosRest = (e: NewOrderSingleEncoder): number => {
    e.side(Side.BUY).ordType(OrdType.LIMIT);
    e.priceMantissa(10025).priceExponent(-2);
    e.orderQtyMantissa(15).orderQtyExponent(-1);
    e.timeInForce(TimeInForce.GTC).postOnly(BooleanType.FALSE).stp(STP.CANCEL_NEWEST);
    return e.sbeEncodedLength();
  };
  const sbeEncodeNos = (): number => nosRest(nosE.wrapAndApplyHeader(nosView, 0, headerE).putClOrdID(source, 0).putSymbol(source, 32));
  const sbeEncodeNosStrings = (): number => nosRest(nosE.wrapAndApplyHeader(nosView, 0, headerE).clOrdID(ClOrdID).symbol(Symbol));
  const sbeDecodeNos = (): number => {
    const d = nosD.wrapAndApplyHeader(nosIn, 0, headerD);
    d.getClOrdID(ids, 0);
    d.getSymbol(ids, 32);
    const p = d.priceMantissa() + d.priceExponent() + d.orderQtyMantissa() + d.orderQtyExponent();
    return p + d.side() + d.ordType() + d.timeInForce() + d.postOnly() + d.stp() + ids[0]!;
  };
  const sbeDecodeNosStrings = (): number => {
    const d = nosD.wrapAndApplyHeader(nosIn, 0, headerD);
    const p = d.priceMantissa() + d.priceExponent() + d.orderQtyMantissa() + d.orderQtyExponent();
    return p + d.side() + d.ordType() + d.timeInForce() + d.postOnly() + d.stp() + d.clOrdID().length + d.symbol().length;
  };
  // Each ER encode case is one function that writes a whole message, as a gateway's would: the two
  // differ only in how the identifiers go in (bytes, or strings converted on the way).
  const sbeEncodeEr = (): number => {
    const e = erE.wrapAndApplyHeader(erView, 0, headerE);
    e.execType(ExecType.TRADE).ordStatus(OrdStatus.PARTIALLY_FILLED).orderID(17);
    e.putClOrdID(source, 0).putSymbol(source, 32).putFeeAsset(source, 48);
    e.side(Side.BUY).ordType(OrdType.LIMIT);
    e.priceMantissa(10025).priceExponent(-2);
    e.orderQtyMantissa(15).orderQtyExponent(-1);
    e.cumQtyMantissa(5).cumQtyExponent(-1);
    e.leavesQtyMantissa(1).leavesQtyExponent(0);
    e.avgPxMantissa(10025).avgPxExponent(-2);
    e.transactTime(1764000000000123).seq(42);
    e.lastPxMantissa(10025).lastPxExponent(-2);
    e.lastQtyMantissa(5).lastQtyExponent(-1);
    e.tradeID(991).liquidity(Liquidity.MAKER);
    e.feeMantissa(1).feeExponent(-2);
    e.rejectReason(RejectReason.NULL_VALUE).text('');
    return e.sbeEncodedLength();
  };
  const sbeEncodeErStrings = (): number => {
    const e = erE.wrapAndApplyHeader(erView, 0, headerE);
    e.execType(ExecType.TRADE).ordStatus(OrdStatus.PARTIALLY_FILLED).orderID(17);
    e.clOrdID(ClOrdID).symbol(Symbol).feeAsset('USD');
    e.side(Side.BUY).ordType(OrdType.LIMIT);
    e.priceMantissa(10025).priceExponent(-2);
    e.orderQtyMantissa(15).orderQtyExponent(-1);
    e.cumQtyMantissa(5).cumQtyExponent(-1);
    e.leavesQtyMantissa(1).leavesQtyExponent(0);
    e.avgPxMantissa(10025).avgPxExponent(-2);
    e.transactTime(1764000000000123).seq(42);
    e.lastPxMantissa(10025).lastPxExponent(-2);
    e.lastQtyMantissa(5).lastQtyExponent(-1);
    e.tradeID(991).liquidity(Liquidity.MAKER);
    e.feeMantissa(1).feeExponent(-2);
    e.rejectReason(RejectReason.NULL_VALUE).text('');
    return e.sbeEncodedLength();
  };
  const sbeDecodeEr = (): number => {
    const d = erD.wrapAndApplyHeader(erIn, 0, headerD);
    d.getClOrdID(ids, 0);
    d.getSymbol(ids, 32);
    d.getFeeAsset(ids, 48);
    let n = d.execType() + d.ordStatus() + d.orderID() + d.side() + d.ordType();
    n += d.priceMantissa() + d.priceExponent() + d.orderQtyMantissa() + d.orderQtyExponent();
    n += d.cumQtyMantissa() + d.cumQtyExponent() + d.leavesQtyMantissa() + d.leavesQtyExponent();
    n += d.avgPxMantissa() + d.avgPxExponent() + d.transactTime() + d.seq();
    n += d.lastPxMantissa() + d.lastPxExponent() + d.lastQtyMantissa() + d.lastQtyExponent();
    n += d.tradeID() + d.liquidity() + d.feeMantissa() + d.feeExponent() + d.rejectReason();
    // A small integer out, so the harness never boxes the sum (TransactTime alone is past 2^31).
    return (n + d.getText(ids, 64) + ids[0]!) | 0;
  };
  sbeEncodeNos();
  sbeEncodeEr();
  new Uint8Array(nosIn.buffer).set(new Uint8Array(nosView.buffer));
  new Uint8Array(erIn.buffer).set(new Uint8Array(erView.buffer));
  return { sbeEncodeNos, sbeEncodeNosStrings, sbeDecodeNos, sbeDecodeNosStrings, sbeEncodeEr, sbeEncodeErStrings, sbeDecodeEr };
}

function jsonCases(): Pick<Cases, 'jsonEncodeNos' | 'jsonDecodeNos' | 'jsonEncodeEr' | 'jsonDecodeEr'> {
  const nosText = JSON.stringify(NOS_JSON);
  const erText = JSON.stringify(ER_JSON);
  return {
    jsonEncodeNos: () => JSON.stringify(NOS_JSON).length,
    jsonDecodeNos: () => (JSON.parse(nosText) as { Price: string }).Price.length,
    jsonEncodeEr: () => JSON.stringify(ER_JSON).length,
    jsonDecodeEr: () => (JSON.parse(erText) as { Price: string }).Price.length,
  };
}

function protobufCases(orders: typeof Orders): Pick<Cases, 'protobufEncodeNos' | 'protobufDecodeNos' | 'protobufEncodeEr' | 'protobufDecodeEr'> {
  const { NewOrderSingle, ExecutionReport } = orders.bench;
  const nos = NewOrderSingle.create({
    clOrdId: NOS_JSON.ClOrdID, symbol: NOS_JSON.Symbol, side: 0, ordType: 0, priceMantissa: 10025, priceExponent: -2,
    orderQtyMantissa: 15, orderQtyExponent: -1, timeInForce: 0, postOnly: false, stp: 0,
  });
  const er = ExecutionReport.create({
    execType: 1, ordStatus: 1, orderId: 17, clOrdId: NOS_JSON.ClOrdID, symbol: NOS_JSON.Symbol, side: 0, ordType: 0,
    priceMantissa: 10025, priceExponent: -2, orderQtyMantissa: 15, orderQtyExponent: -1, cumQtyMantissa: 5, cumQtyExponent: -1,
    leavesQtyMantissa: 1, leavesQtyExponent: 0, avgPxMantissa: 10025, avgPxExponent: -2, transactTime: 1764000000000123, seq: 42,
    lastPxMantissa: 10025, lastPxExponent: -2, lastQtyMantissa: 5, lastQtyExponent: -1, tradeId: 991, liquidity: 0,
    feeMantissa: 1, feeExponent: -2, feeAsset: 'USD', text: '',
  });
  const nosBytes = NewOrderSingle.encode(nos).finish();
  const erBytes = ExecutionReport.encode(er).finish();
  return {
    protobufEncodeNos: () => NewOrderSingle.encode(nos).finish().length,
    protobufDecodeNos: () => NewOrderSingle.decode(nosBytes).clOrdId.length,
    protobufEncodeEr: () => ExecutionReport.encode(er).finish().length,
    protobufDecodeEr: () => ExecutionReport.decode(erBytes).clOrdId.length,
  };
}

export function buildCases(orders: typeof Orders): Cases {
  return { ...sbeCases(), ...jsonCases(), ...protobufCases(orders) };
}
