/**
 * The SBE face: every request and reply shape of the contract round-trips
 * through the generated codecs to the same object the JSON face would give,
 * the bytes are what the schema says (checked with the generated decoders
 * directly), and bad input is refused with a clear error.
 */
import { describe, expect, it } from 'vitest';
import { decodeJsonFrame, encodeJson } from '../../client/jsonFace.js';
import type { MsgType, WireMessage } from '../../client/messages.js';
import { SbeFaceError, decodeSbe, decodeSbeFrame, encodeSbe } from '../../client/sbeFace.js';
import * as sbe from '../../protocol/generated/index.js';

const T = 1_764_000_000_000_123;

/** At least one of every wire message, with optional fields both present and absent. */
const SAMPLES: WireMessage[] = [
  { MsgType: 'Logon', ApiKey: 'alice-key', Timestamp: 1_764_000_000_000, Nonce: 'n-1', Signature: 'ab'.repeat(32), CancelOnDisconnect: false },
  { MsgType: 'Logon', ApiKey: 'k'.repeat(256), Timestamp: 0, Nonce: 'n'.repeat(256), Signature: '0'.repeat(64), CancelOnDisconnect: true },
  { MsgType: 'LogonAck', Account: 'alice' },
  { MsgType: 'LogonReject', Reason: 'bad signature: ünïcode ok' },
  { MsgType: 'Reject', RefMsgType: 'NewOrderSingle', Reason: 'INVALID_FIELD', Field: 'Price', Text: 'not a decimal' },
  { MsgType: 'Reject', Reason: 'MALFORMED' },
  { MsgType: 'Reject', RefMsgType: 'OrderStatusRequest', Reason: 'UNKNOWN_ORDER', Text: 'x'.repeat(1024) },
  {
    MsgType: 'NewOrderSingle', ClOrdID: 'c-1', Symbol: 'BTC-USD', Side: 'BUY', OrdType: 'LIMIT', Price: '100.25',
    OrderQty: '1.5', TimeInForce: 'GTC', PostOnly: false, STP: 'CANCEL_NEWEST',
  },
  {
    MsgType: 'NewOrderSingle', ClOrdID: 'x'.repeat(32), Symbol: 'S'.repeat(16), Side: 'SELL', OrdType: 'MARKET',
    OrderQty: '0.0001', TimeInForce: 'FOK', PostOnly: true, STP: 'CANCEL_BOTH',
  },
  { MsgType: 'OrderCancelRequest', ClOrdID: 'c-2', OrigClOrdID: 'c-1', Symbol: 'BTC-USD' },
  { MsgType: 'OrderCancelReplaceRequest', ClOrdID: 'c-3', OrigClOrdID: 'c-1', Symbol: 'BTC-USD', Price: '101', OrderQty: '2' },
  { MsgType: 'OrderCancelReplaceRequest', ClOrdID: 'c-4', OrigClOrdID: 'c-3', Symbol: 'BTC-USD', OrderQty: '0.5' },
  { MsgType: 'OrderMassCancelRequest', ClOrdID: 'm-1', Symbol: 'BTC-USD' },
  { MsgType: 'OrderMassCancelRequest', ClOrdID: 'm-2' },
  { MsgType: 'OrderStatusRequest', ClOrdID: 'c-1' },
  { MsgType: 'BalanceRequest' },
  {
    MsgType: 'ExecutionReport', ExecType: 'NEW', OrdStatus: 'NEW', OrderID: '17', ClOrdID: 'c-1', Symbol: 'BTC-USD',
    Side: 'BUY', OrdType: 'LIMIT', Price: '100.25', OrderQty: '1.5', CumQty: '0', LeavesQty: '1.5', AvgPx: '0',
    TransactTime: T, Seq: 42,
  },
  {
    MsgType: 'ExecutionReport', ExecType: 'TRADE', OrdStatus: 'PARTIALLY_FILLED', OrderID: '9007199254740991', ClOrdID: 'c-1',
    Symbol: 'BTC-USD', Side: 'BUY', OrdType: 'LIMIT', Price: '100.25', OrderQty: '1.5', CumQty: '0.5', LeavesQty: '1',
    AvgPx: '100.25', TransactTime: T, Seq: 43, LastPx: '100.25', LastQty: '0.5', TradeID: '991', Liquidity: 'MAKER',
    Fee: '0.005013', FeeAsset: 'USD',
  },
  {
    MsgType: 'ExecutionReport', ExecType: 'REJECTED', OrdStatus: 'REJECTED', ClOrdID: 'c-9', Symbol: 'BTC-USD',
    Side: 'SELL', OrdType: 'MARKET', OrderQty: '3', CumQty: '0', LeavesQty: '0', AvgPx: '0', TransactTime: T,
    RejectReason: 'INSUFFICIENT_FUNDS', Text: 'needs 3 BTC, has 1',
  },
  {
    MsgType: 'ExecutionReport', ExecType: 'ORDER_STATUS', OrdStatus: 'FILLED', OrderID: '1', ClOrdID: 'c-1', Symbol: 'ETH-BTC',
    Side: 'BUY', OrdType: 'LIMIT', Price: '0.05123', OrderQty: '10', CumQty: '10', LeavesQty: '0', AvgPx: '0.051225',
    TransactTime: T, Seq: 7,
  },
  { MsgType: 'OrderCancelReject', ClOrdID: 'c-2', OrigClOrdID: 'c-1', Reason: 'UNKNOWN_ORDER' },
  { MsgType: 'OrderMassCancelReport', ClOrdID: 'm-1', Symbol: 'BTC-USD', CanceledCount: 3 },
  { MsgType: 'OrderMassCancelReport', ClOrdID: 'm-2', CanceledCount: 0 },
  {
    MsgType: 'BalanceReport', Balances: [
      { Asset: 'USD', Total: '1000000', Available: '909965.5', Held: '90034.5' },
      { Asset: 'BTC', Total: '100', Available: '99.9999', Held: '0.0001' },
    ],
  },
  { MsgType: 'BalanceReport', Balances: [] },
  { MsgType: 'Subscribe', Channel: 'BOOK', Symbol: 'BTC-USD', Depth: 10 },
  { MsgType: 'Subscribe', Channel: 'TRADES', Symbol: 'BTC-USD' },
  { MsgType: 'Unsubscribe', Channel: 'BBO', Symbol: 'BTC-USD' },
  { MsgType: 'BookSnapshot', Symbol: 'BTC-USD', Seq: 100, TransactTime: T, Bids: [['100.25', '1.5'], ['100', '2']], Asks: [['100.5', '2']] },
  { MsgType: 'BookSnapshot', Symbol: 'ETH-USD', Seq: 1, TransactTime: 0, Bids: [], Asks: [] },
  { MsgType: 'BookUpdate', Symbol: 'BTC-USD', Seq: 101, TransactTime: T, Bids: [['100.25', '0']], Asks: [] },
  { MsgType: 'Trade', Symbol: 'BTC-USD', Seq: 7, TradeID: '991', Price: '100.25', Qty: '0.5', AggressorSide: 'SELL', TransactTime: T },
  { MsgType: 'BBO', Symbol: 'BTC-USD', Seq: 9, TransactTime: T, BidPx: '100.25', BidQty: '1', AskPx: '100.5', AskQty: '2' },
  { MsgType: 'BBO', Symbol: 'BTC-USD', Seq: 10, TransactTime: T, BidPx: null, BidQty: null, AskPx: '100.5', AskQty: '2' },
];

const WIRE_MESSAGES: MsgType[] = [
  'Logon', 'LogonAck', 'LogonReject', 'Reject', 'NewOrderSingle', 'OrderCancelRequest', 'OrderCancelReplaceRequest',
  'OrderMassCancelRequest', 'OrderStatusRequest', 'BalanceRequest', 'ExecutionReport', 'OrderCancelReject',
  'OrderMassCancelReport', 'BalanceReport', 'Subscribe', 'Unsubscribe', 'BookSnapshot', 'BookUpdate', 'Trade', 'BBO',
];

const view = (bytes: Uint8Array): DataView => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

describe('the SBE face (client/sbeFace.ts)', () => {
  it('has samples of every wire message of the schema (CoreCommand is internal)', () => {
    expect(new Set(SAMPLES.map((m) => m.MsgType))).toEqual(new Set(WIRE_MESSAGES));
    const generated = Object.keys(sbe).filter((k) => k.endsWith('Decoder') && k !== 'MessageHeaderDecoder')
      .filter((k) => typeof (sbe as unknown as Record<string, { TEMPLATE_ID?: number }>)[k]!.TEMPLATE_ID === 'number')
      .map((k) => k.slice(0, -'Decoder'.length));
    expect(new Set(generated)).toEqual(new Set([...WIRE_MESSAGES, 'CoreCommand']));
  });

  it.each(SAMPLES.map((m, i) => [`${i} ${m.MsgType}`, m] as const))('round-trips %s to the JSON face\'s object', (_name, msg) => {
    const bytes = encodeSbe(msg);
    expect(decodeSbe(bytes)).toEqual(msg);
    // ... and the JSON face gives the same object for the same message.
    expect(decodeJsonFrame(encodeJson(msg))).toEqual([msg]);
  });

  it('writes the schema\'s bytes: header, Decimal64 mantissa and exponent, NUL-padded ids, null price', () => {
    const bytes = encodeSbe(SAMPLES[7]!);
    const header = new sbe.MessageHeaderDecoder().wrap(view(bytes), 0);
    expect([header.blockLength(), header.templateId(), header.schemaId(), header.version()]).toEqual([79, 10, 101, 2]);
    expect(bytes.length).toBe(8 + 79);
    expect(new sbe.NewOrderSingleDecoder().wrapAndApplyHeader(view(bytes), 0, new sbe.MessageHeaderDecoder()).expireTime())
      .toBe(sbe.NewOrderSingleDecoder.expireTimeNullValue);
    const d = new sbe.NewOrderSingleDecoder().wrapAndApplyHeader(view(bytes), 0, new sbe.MessageHeaderDecoder());
    expect([d.priceMantissa(), d.priceExponent(), d.orderQtyMantissa(), d.orderQtyExponent()]).toEqual([10025, -2, 15, -1]);
    expect([d.side(), d.ordType(), d.timeInForce(), d.postOnly(), d.stp()])
      .toEqual([sbe.Side.BUY, sbe.OrdType.LIMIT, sbe.TimeInForce.GTC, sbe.BooleanType.FALSE, sbe.STP.CANCEL_NEWEST]);
    // ClOrdID "c-1" then 29 NULs; Symbol "BTC-USD" then 9 NULs.
    expect([...bytes.subarray(8, 8 + 32)]).toEqual([...Buffer.from('c-1'), ...new Array(29).fill(0)]);
    expect([...bytes.subarray(8 + 32, 8 + 48)]).toEqual([...Buffer.from('BTC-USD'), ...new Array(9).fill(0)]);

    const market = new sbe.NewOrderSingleDecoder().wrapAndApplyHeader(view(encodeSbe(SAMPLES[8]!)), 0, new sbe.MessageHeaderDecoder());
    expect(market.priceMantissa()).toBe(sbe.OptionalDecimal64Decoder.mantissaNullValue);
  });

  it('writes absent reply fields as the schema\'s nulls', () => {
    const rejected = SAMPLES.find((m) => m.MsgType === 'ExecutionReport' && m.ExecType === 'REJECTED')!;
    const d = new sbe.ExecutionReportDecoder().wrapAndApplyHeader(view(encodeSbe(rejected)), 0, new sbe.MessageHeaderDecoder());
    expect([d.orderID(), d.seq(), d.tradeID()]).toEqual([sbe.ExecutionReportDecoder.orderIDNullValue, sbe.ExecutionReportDecoder.seqNullValue, sbe.ExecutionReportDecoder.tradeIDNullValue]);
    expect([d.priceMantissa(), d.lastPxMantissa(), d.feeMantissa()]).toEqual(new Array(3).fill(-(2 ** 63)));
    expect(d.liquidity()).toBe(sbe.Liquidity.NULL_VALUE);
    expect(d.rejectReason()).toBe(sbe.RejectReason.INSUFFICIENT_FUNDS);
    expect(d.feeAsset()).toBe('');
    expect(d.text()).toBe('needs 3 BTC, has 1');
    const sub = new sbe.SubscribeDecoder().wrapAndApplyHeader(view(encodeSbe({ MsgType: 'Subscribe', Channel: 'BBO', Symbol: 'X' })), 0, new sbe.MessageHeaderDecoder());
    expect(sub.depth()).toBe(sbe.SubscribeDecoder.depthNullValue);
  });

  it('reads what another encoder wrote: the generated encoder, a reason NONE, an unknown enum code', () => {
    const bytes = new Uint8Array(512);
    const e = new sbe.ExecutionReportEncoder().wrapAndApplyHeader(view(bytes), 0, new sbe.MessageHeaderEncoder());
    e.execType(sbe.ExecType.CANCELED).ordStatus(sbe.OrdStatus.CANCELED).orderID(5).clOrdID('c-7').symbol('BTC-USD')
      .side(sbe.Side.SELL).ordType(sbe.OrdType.LIMIT).priceMantissa(1_000_000).priceExponent(-4)
      .orderQtyMantissa(20).orderQtyExponent(-1).cumQtyMantissa(0).cumQtyExponent(0).leavesQtyMantissa(0).leavesQtyExponent(-4)
      .avgPxMantissa(0).avgPxExponent(-2).transactTime(T).seq(50)
      .lastPxMantissa(-(2 ** 63)).lastPxExponent(0).lastQtyMantissa(-(2 ** 63)).lastQtyExponent(0).tradeID(-(2 ** 63))
      .liquidity(7 as sbe.Liquidity).feeMantissa(-(2 ** 63)).feeExponent(0).feeAsset('').rejectReason(sbe.RejectReason.NONE).text('');
    expect(decodeSbe(bytes.subarray(0, 8 + e.sbeEncodedLength()))).toEqual({
      MsgType: 'ExecutionReport', ExecType: 'CANCELED', OrdStatus: 'CANCELED', OrderID: '5', ClOrdID: 'c-7', Symbol: 'BTC-USD',
      Side: 'SELL', OrdType: 'LIMIT', Price: '100', OrderQty: '2', CumQty: '0', LeavesQty: '0', AvgPx: '0', TransactTime: T, Seq: 50,
      // A code this schema does not know is kept as its number, not dropped.
      Liquidity: '7',
    });
  });

  it('reads several messages in one binary frame, in order', () => {
    const frame = Buffer.concat([encodeSbe(SAMPLES[16]!), encodeSbe(SAMPLES[17]!), encodeSbe(SAMPLES[23]!)]);
    expect(decodeSbeFrame(frame)).toEqual([SAMPLES[16], SAMPLES[17], SAMPLES[23]]);
    expect(() => decodeSbe(frame)).toThrow(/expected one SBE message, found 3/);
  });

  it('refuses frames that are not messages of the exchange schema', () => {
    const good = encodeSbe(SAMPLES[16]!);
    expect(() => decodeSbeFrame(good.subarray(0, 20))).toThrow(SbeFaceError);
    expect(() => decodeSbeFrame(good.subarray(0, 5))).toThrow(SbeFaceError);
    const otherSchema = Uint8Array.from(good);
    otherSchema[4] = 1;
    expect(() => decodeSbeFrame(otherSchema)).toThrow(/schemaId 1 .* not the exchange's/);
    const core = Uint8Array.from(good);
    core[2] = 100;
    expect(() => decodeSbeFrame(core)).toThrow(/templateId 100 .* not a wire message/);
  });

  it('refuses messages it cannot encode exactly, naming the field', () => {
    const nos = SAMPLES[7] as Extract<WireMessage, { MsgType: 'NewOrderSingle' }>;
    expect(() => encodeSbe({ ...nos, ClOrdID: 'x'.repeat(33) })).toThrow(/ClOrdID.*does not fit/);
    expect(() => encodeSbe({ ...nos, Symbol: 'S'.repeat(17) })).toThrow(/Symbol.*does not fit/);
    expect(() => encodeSbe({ ...nos, Price: '1e5' })).toThrow(/NewOrderSingle.Price: "1e5" is not a plain decimal/);
    expect(() => encodeSbe({ ...nos, Price: 100.25 as unknown as string })).toThrow(/NewOrderSingle.Price: a decimal string is required/);
    expect(() => encodeSbe({ ...nos, OrderQty: '12345678901234567' })).toThrow(/OrderQty/);
    expect(() => encodeSbe({ ...nos, Side: 'SHORT' as 'BUY' })).toThrow(/NewOrderSingle.Side: "SHORT" is not one of BUY, SELL/);
    expect(() => encodeSbe({ ...nos, TimeInForce: 'GTD', ExpireTime: 2 ** 60 })).toThrow(/ExpireTime/);
    // Schema version 2 carries GTD's ExpireTime.
    const gtd = { ...nos, TimeInForce: 'GTD' as const, ExpireTime: 1_764_000_060_000_000 };
    expect(decodeSbeFrame(encodeSbe(gtd))[0]).toMatchObject({ TimeInForce: 'GTD', ExpireTime: 1_764_000_060_000_000 });
    expect(() => encodeSbe({ MsgType: 'Trade', Symbol: 'X', Seq: 1, TradeID: '12a', Price: '1', Qty: '1', AggressorSide: 'BUY', TransactTime: 1 }))
      .toThrow(/Trade.TradeID/);
    expect(() => encodeSbe({ MsgType: 'Subscribe', Channel: 'BOOK', Symbol: 'X', Depth: 65535 })).toThrow(/Depth/);
    expect(() => encodeSbe({ MsgType: 'Nope' } as unknown as WireMessage)).toThrow(/no SBE form for MsgType "Nope"/);
  });

  it('fills the contract\'s NewOrderSingle defaults, which the block cannot leave out', () => {
    const bare = { MsgType: 'NewOrderSingle', ClOrdID: 'c', Symbol: 'BTC-USD', Side: 'BUY', OrdType: 'MARKET', OrderQty: '1' } as const;
    expect(decodeSbe(encodeSbe(bare))).toEqual({ ...bare, TimeInForce: 'IOC', PostOnly: false, STP: 'CANCEL_NEWEST' });
    expect(decodeSbe(encodeSbe({ ...bare, OrdType: 'LIMIT', Price: '5' }))).toMatchObject({ TimeInForce: 'GTC' });
  });
});

describe('the JSON face (client/jsonFace.ts)', () => {
  it('reads one object or a batch, and gives BBO\'s empty side as null', () => {
    expect(decodeJsonFrame('{"MsgType":"LogonAck","Account":"alice"}')).toEqual([{ MsgType: 'LogonAck', Account: 'alice' }]);
    expect(decodeJsonFrame('[{"MsgType":"BalanceRequest"},{"MsgType":"BBO","Symbol":"X","Seq":1,"AskPx":"1","AskQty":"2"}]')).toEqual([
      { MsgType: 'BalanceRequest' },
      { MsgType: 'BBO', Symbol: 'X', Seq: 1, BidPx: null, BidQty: null, AskPx: '1', AskQty: '2' },
    ]);
  });

  it('refuses text that is not contract messages', () => {
    expect(() => decodeJsonFrame('{')).toThrow(/not JSON/);
    expect(() => decodeJsonFrame('42')).toThrow(/item 0 is not an object with a string MsgType/);
    expect(() => decodeJsonFrame('[{"MsgType":"LogonAck"},{"msgtype":"x"}]')).toThrow(/item 1/);
  });
});
