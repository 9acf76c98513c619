import { createHmac, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BalanceReportDecoder, BalanceRequestEncoder, BooleanType, ExecType, ExecutionReportDecoder, LogonAckDecoder, LogonEncoder,
  MessageHeaderDecoder, MessageHeaderEncoder, NewOrderSingleEncoder, OrdStatus, OrdType, OrderCancelRejectDecoder,
  OrderCancelReplaceRequestEncoder, OrderCancelRequestEncoder, OrderMassCancelReportDecoder, OrderMassCancelRequestEncoder,
  OrderStatusRequestEncoder, RejectDecoder, RejectReason, Side, STP, TimeInForce,
} from '../../protocol/generated/index.js';
import { startTestGateway, TestConn, type TestGateway } from './support/gatewayHarness.js';

/**
 * The SBE face (binary frames, protocol/exchange.xml): the same messages and
 * answers as JSON, encoded with the generated flyweights on both sides.
 */
const header = new MessageHeaderEncoder();
const hdr = new MessageHeaderDecoder();
const NULL64 = -(2 ** 63);

function frame(encode: (view: DataView) => number): Uint8Array {
  const buf = new ArrayBuffer(1024);
  const end = encode(new DataView(buf));
  return new Uint8Array(buf, 0, end);
}

function logonFrame(apiKey: string, secret: string): Uint8Array {
  const ts = Date.now();
  const nonce = randomUUID();
  const sig = createHmac('sha256', secret).update(`${apiKey}\n${ts}\n${nonce}`).digest('hex');
  return frame((v) => new LogonEncoder().wrapAndApplyHeader(v, 0, header).timestamp(ts).signature(sig)
    .cancelOnDisconnect(BooleanType.FALSE).apiKey(apiKey).nonce(nonce).sbeLimit());
}

function nosFrame(id: string, side: Side, price: [number, number] | null, qty: [number, number], tif = TimeInForce.GTC, expireTime = NULL64): Uint8Array {
  return frame((v) => {
    const e = new NewOrderSingleEncoder().wrapAndApplyHeader(v, 0, header).clOrdID(id).symbol('BTC-USD').side(side)
      .ordType(price === null ? OrdType.MARKET : OrdType.LIMIT)
      .priceMantissa(price === null ? NULL64 : price[0]).priceExponent(price === null ? 0 : price[1])
      .orderQtyMantissa(qty[0]).orderQtyExponent(qty[1]).timeInForce(tif).postOnly(BooleanType.FALSE).stp(STP.CANCEL_NEWEST).expireTime(expireTime);
    return e.sbeLimit();
  });
}

function templateOf(b: Uint8Array): number {
  hdr.wrap(new DataView(b.buffer, b.byteOffset, b.byteLength), 0);
  return hdr.templateId();
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

function er(b: Uint8Array): ExecutionReportDecoder {
  return new ExecutionReportDecoder().wrapAndApplyHeader(view(b), 0, hdr);
}

const isEr = (id: string, type: ExecType) => (b: Uint8Array) => templateOf(b) === 20 && er(b).clOrdID() === id && er(b).execType() === type;

async function sbeLogon(url: string, account: string): Promise<TestConn> {
  const c = await TestConn.open(url);
  c.sendRaw(logonFrame(`${account}-key`, `${account}-secret`));
  const ack = await c.nextBinary((b) => templateOf(b) === 2 || templateOf(b) === 3);
  expect(templateOf(ack)).toBe(2);
  expect(new LogonAckDecoder().wrapAndApplyHeader(view(ack), 0, hdr).account()).toBe(account);
  return c;
}

describe('gateway: SBE face', () => {
  let t: TestGateway;
  beforeAll(async () => { t = await startTestGateway(); });
  afterAll(async () => { await t.close(); });

  it('logon, orders, a trade with fees, replace, cancel, status, mass cancel and balances, all in SBE', async () => {
    const alice = await sbeLogon(t.url, 'alice');
    const bob = await sbeLogon(t.url, 'bob');
    alice.sendRaw(nosFrame('s-1', Side.SELL, [10000025, -2], [15, -1]));
    const ack = er(await alice.nextBinary(isEr('s-1', ExecType.NEW)));
    expect(ack.ordStatus()).toBe(OrdStatus.NEW);
    expect([ack.priceMantissa(), ack.priceExponent()]).toEqual([10000025, -2]);
    expect([ack.leavesQtyMantissa(), ack.leavesQtyExponent()]).toEqual([15, -1]);
    expect(ack.seq()).toBeGreaterThan(0);
    const orderId = ack.orderID();

    bob.sendRaw(nosFrame('s-2', Side.BUY, [100000250, -3], [5, -1], TimeInForce.IOC));
    const fill = er(await bob.nextBinary(isEr('s-2', ExecType.TRADE)));
    expect(fill.ordStatus()).toBe(OrdStatus.FILLED);
    expect([fill.lastPxMantissa(), fill.lastPxExponent()]).toEqual([10000025, -2]);
    expect([fill.feeMantissa(), fill.feeExponent()]).toEqual([25, 0]);
    expect(fill.feeAsset()).toBe('USD');
    const makerFill = er(await alice.nextBinary(isEr('s-1', ExecType.TRADE)));
    expect(makerFill.ordStatus()).toBe(OrdStatus.PARTIALLY_FILLED);
    expect(makerFill.tradeID()).toBe(fill.tradeID());

    alice.sendRaw(frame((v) => new OrderCancelReplaceRequestEncoder().wrapAndApplyHeader(v, 0, header).clOrdID('s-3').origClOrdID('s-1')
      .symbol('BTC-USD').priceMantissa(10000025).priceExponent(-2).orderQtyMantissa(8).orderQtyExponent(-1).sbeLimit()));
    const rep = er(await alice.nextBinary(isEr('s-3', ExecType.REPLACED)));
    expect(rep.orderID()).toBe(orderId);
    expect([rep.leavesQtyMantissa(), rep.leavesQtyExponent()]).toEqual([3, -1]);

    alice.sendRaw(frame((v) => new OrderStatusRequestEncoder().wrapAndApplyHeader(v, 0, header).clOrdID('s-3').sbeLimit()));
    expect(er(await alice.nextBinary(isEr('s-3', ExecType.ORDER_STATUS))).ordStatus()).toBe(OrdStatus.PARTIALLY_FILLED);

    alice.sendRaw(frame((v) => new OrderCancelRequestEncoder().wrapAndApplyHeader(v, 0, header).clOrdID('s-4').origClOrdID('s-9').symbol('BTC-USD').sbeLimit()));
    const cxlRej = await alice.nextBinary((b) => templateOf(b) === 21);
    const ocr = new OrderCancelRejectDecoder().wrapAndApplyHeader(view(cxlRej), 0, hdr);
    expect([ocr.clOrdID(), ocr.origClOrdID(), ocr.reason()]).toEqual(['s-4', 's-9', RejectReason.UNKNOWN_ORDER]);

    alice.sendRaw(frame((v) => new OrderMassCancelRequestEncoder().wrapAndApplyHeader(v, 0, header).clOrdID('s-m').symbol('').sbeLimit()));
    const mcr = new OrderMassCancelReportDecoder().wrapAndApplyHeader(view(await alice.nextBinary((b) => templateOf(b) === 22)), 0, hdr);
    expect([mcr.clOrdID(), mcr.canceledCount()]).toEqual(['s-m', 1]);
    expect(er(await alice.nextBinary(isEr('s-3', ExecType.CANCELED))).ordStatus()).toBe(OrdStatus.CANCELED);

    bob.sendRaw(frame((v) => new BalanceRequestEncoder().wrapAndApplyHeader(v, 0, header).sbeLimit()));
    const bal = new BalanceReportDecoder().wrapAndApplyHeader(view(await bob.nextBinary((b) => templateOf(b) === 23)), 0, hdr);
    const group = bal.balances();
    const assets: string[] = [];
    while (group.hasNext()) assets.push(group.next().asset());
    expect(assets).toEqual(['USD', 'BTC', 'ETH']);
    alice.close(); bob.close();
  });

  it('GTD with ExpireTime (schema version 2) expires; a version-1 NewOrderSingle (no ExpireTime) is still taken', async () => {
    const carol = await sbeLogon(t.url, 'carol');
    const expire = Math.floor((performance.timeOrigin + performance.now()) * 1000) + 300_000;
    carol.sendRaw(nosFrame('g-1', Side.BUY, [9500000, -2], [1, -2], TimeInForce.GTD, expire));
    await carol.nextBinary(isEr('g-1', ExecType.NEW));
    expect(er(await carol.nextBinary(isEr('g-1', ExecType.EXPIRED), 3000)).ordStatus()).toBe(OrdStatus.EXPIRED);
    // Version 1: blockLength 71, no ExpireTime.
    const v2 = nosFrame('v1-1', Side.BUY, [9500000, -2], [1, -2]);
    const v1 = v2.slice(0, v2.length - 8);
    new MessageHeaderEncoder().wrap(new DataView(v1.buffer), 0).blockLength(71).templateId(10).schemaId(101).version(1);
    carol.sendRaw(v1);
    expect(er(await carol.nextBinary(isEr('v1-1', ExecType.NEW))).ordStatus()).toBe(OrdStatus.NEW);
    const gtdV1 = nosFrame('v1-2', Side.BUY, [9500000, -2], [1, -2], TimeInForce.GTD).slice(0, v2.length - 8);
    new MessageHeaderEncoder().wrap(new DataView(gtdV1.buffer), 0).blockLength(71).templateId(10).schemaId(101).version(1);
    carol.sendRaw(gtdV1);
    const rej = await carol.nextBinary((b) => templateOf(b) === 4);
    expect(new RejectDecoder().wrapAndApplyHeader(view(rej), 0, hdr).field()).toBe('ExpireTime');
    carol.sendRaw(frame((v) => new OrderMassCancelRequestEncoder().wrapAndApplyHeader(v, 0, header).clOrdID('g-m').symbol('').sbeLimit()));
    await carol.nextBinary((b) => templateOf(b) === 22);
    carol.close();
  });

  it('several messages in one binary frame are answered in order; bad ones are Rejects in SBE', async () => {
    const carol = await sbeLogon(t.url, 'carol');
    const a = nosFrame('m-1', Side.BUY, [9500000, -2], [1, -2]);
    const bad = nosFrame('m-2', Side.BUY, [950000001, -4], [1, -2]); // not a multiple of the 0.01 tick
    const c = nosFrame('m-3', 7 as Side, [9500000, -2], [1, -2]); // Side 7 does not exist
    const both = new Uint8Array(a.length + bad.length + c.length);
    both.set(a, 0); both.set(bad, a.length); both.set(c, a.length + bad.length);
    const start = carol.received.length;
    carol.sendRaw(both);
    await carol.count(start + 3);
    const [r1, r2, r3] = carol.received.slice(start) as Uint8Array[];
    expect(er(r1!).execType()).toBe(ExecType.NEW);
    expect([er(r2!).execType(), er(r2!).rejectReason()]).toEqual([ExecType.REJECTED, RejectReason.INVALID_TICK]);
    expect(er(r2!).seq()).toBe(NULL64);
    expect(templateOf(r3!)).toBe(4);
    const rej = new RejectDecoder().wrapAndApplyHeader(view(r3!), 0, hdr);
    expect([rej.refMsgType(), rej.reason(), rej.field()]).toEqual(['NewOrderSingle', RejectReason.INVALID_FIELD, 'Side']);

    carol.sendRaw(new Uint8Array([1, 2, 3]));
    const short = await carol.nextBinary((b) => templateOf(b) === 4 && new RejectDecoder().wrapAndApplyHeader(view(b), 0, hdr).reason() === RejectReason.MALFORMED);
    expect(short).toBeTruthy();
    const unknown = frame((v) => { new MessageHeaderEncoder().wrap(v, 0).blockLength(0).templateId(99).schemaId(101).version(1); return 8; });
    carol.sendRaw(unknown);
    await carol.nextBinary((b) => templateOf(b) === 4 && new RejectDecoder().wrapAndApplyHeader(view(b), 0, hdr).reason() === RejectReason.UNKNOWN_MSG_TYPE);
    carol.sendRaw(frame((v) => new OrderMassCancelRequestEncoder().wrapAndApplyHeader(v, 0, header).clOrdID('m-x').symbol('').sbeLimit()));
    await carol.nextBinary((b) => templateOf(b) === 22);
    carol.close();
  });
});
