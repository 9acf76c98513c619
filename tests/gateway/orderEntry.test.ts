import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byClOrdId, logon, nos, signLogon, startTestGateway, TestConn, type TestGateway } from './support/gatewayHarness.js';

/** Every order-entry message of the contract in JSON, against a real server (PROTOCOL.md, "Order entry"). */
describe('gateway: order entry (JSON)', () => {
  let t: TestGateway;
  beforeAll(async () => { t = await startTestGateway(); });
  afterAll(async () => { await t.close(); });

  it('a resting order is acknowledged NEW with the contract fields, then trades with fees for both sides', async () => {
    const alice = await logon(t.url, 'alice');
    const bob = await logon(t.url, 'bob');
    alice.send(nos('a-1', 'SELL', '100000.25', '1.5'));
    const ack = await alice.next(byClOrdId('a-1', 'NEW'));
    expect(ack).toMatchObject({
      MsgType: 'ExecutionReport', ExecType: 'NEW', OrdStatus: 'NEW', ClOrdID: 'a-1', Symbol: 'BTC-USD', Side: 'SELL',
      OrdType: 'LIMIT', Price: '100000.25', OrderQty: '1.5', CumQty: '0', LeavesQty: '1.5', AvgPx: '0',
    });
    expect(typeof ack.OrderID).toBe('string');
    expect(Number.isSafeInteger(ack.TransactTime)).toBe(true);
    expect(Number.isSafeInteger(ack.Seq)).toBe(true);
    expect(Object.keys(ack).slice(0, 6)).toEqual(['MsgType', 'ExecType', 'OrdStatus', 'OrderID', 'ClOrdID', 'Symbol']);

    bob.send(nos('b-1', 'BUY', '100000.25', '0.5'));
    const taker = await bob.next(byClOrdId('b-1', 'TRADE'));
    const maker = await alice.next(byClOrdId('a-1', 'TRADE'));
    expect(taker).toMatchObject({
      OrdStatus: 'FILLED', LastPx: '100000.25', LastQty: '0.5', CumQty: '0.5', LeavesQty: '0', AvgPx: '100000.25',
      Liquidity: 'TAKER', FeeAsset: 'USD', Fee: '25', // 5 bps of 50000.125 USD, floored to the cent
    });
    expect(maker).toMatchObject({
      OrdStatus: 'PARTIALLY_FILLED', LastPx: '100000.25', LastQty: '0.5', CumQty: '0.5', LeavesQty: '1', Liquidity: 'MAKER',
      Fee: '5', FeeAsset: 'USD', // 1 bp
    });
    // Maker and taker reports of one match agree on Seq, TransactTime and TradeID.
    expect(maker.Seq).toBe(taker.Seq);
    expect(maker.TransactTime).toBe(taker.TransactTime);
    expect(maker.TradeID).toBe(taker.TradeID);
    const bobNew = await bob.next(byClOrdId('b-1', 'NEW'));
    expect(bobNew.Seq).toBe(taker.Seq);
    expect(bob.received.indexOf(bobNew)).toBeLessThan(bob.received.indexOf(taker));

    // Replace down in quantity (keeps priority), then cancel with the replace's ClOrdID as OrigClOrdID.
    alice.send({ MsgType: 'OrderCancelReplaceRequest', ClOrdID: 'a-2', OrigClOrdID: 'a-1', Symbol: 'BTC-USD', Price: '100000.25', OrderQty: '1.2' });
    const rep = await alice.next(byClOrdId('a-2', 'REPLACED'));
    expect(rep).toMatchObject({ OrigClOrdID: 'a-1', OrderQty: '1.2', CumQty: '0.5', LeavesQty: '0.7', OrdStatus: 'PARTIALLY_FILLED', OrderID: ack.OrderID });
    alice.send({ MsgType: 'OrderStatusRequest', ClOrdID: 'a-2' });
    const st = await alice.next(byClOrdId('a-2', 'ORDER_STATUS'));
    expect(st).toMatchObject({ OrdStatus: 'PARTIALLY_FILLED', LeavesQty: '0.7', CumQty: '0.5', AvgPx: '100000.25' });
    alice.send({ MsgType: 'OrderCancelRequest', ClOrdID: 'a-3', OrigClOrdID: 'a-2', Symbol: 'BTC-USD' });
    const cxl = await alice.next(byClOrdId('a-3', 'CANCELED'));
    expect(cxl).toMatchObject({ OrigClOrdID: 'a-2', OrdStatus: 'CANCELED', LeavesQty: '0', CumQty: '0.5' });
    // Cancel of what is gone.
    alice.send({ MsgType: 'OrderCancelRequest', ClOrdID: 'a-4', OrigClOrdID: 'a-2', Symbol: 'BTC-USD' });
    expect(await alice.next((m) => m.MsgType === 'OrderCancelReject' && m.ClOrdID === 'a-4'))
      .toMatchObject({ OrigClOrdID: 'a-2', Reason: 'UNKNOWN_ORDER' });
    alice.close(); bob.close();
  });

  it('IOC remainder CANCELED, MARKET on an empty side NO_LIQUIDITY, FOK not fillable, PostOnly would take', async () => {
    const alice = await logon(t.url, 'alice');
    const bob = await logon(t.url, 'bob');
    alice.send(nos('i-1', 'SELL', '100100', '0.3'));
    await alice.next(byClOrdId('i-1', 'NEW'));
    bob.send(nos('i-2', 'BUY', '100100', '1', { TimeInForce: 'IOC' }));
    expect(await bob.next(byClOrdId('i-2', 'TRADE'))).toMatchObject({ LastQty: '0.3', LeavesQty: '0.7', OrdStatus: 'PARTIALLY_FILLED' });
    expect(await bob.next(byClOrdId('i-2', 'CANCELED'))).toMatchObject({ OrdStatus: 'CANCELED', LeavesQty: '0', CumQty: '0.3' });
    bob.send(nos('i-3', 'BUY', null, '1', { TimeInForce: 'IOC', Symbol: 'ETH-BTC' }));
    expect(await bob.next(byClOrdId('i-3', 'REJECTED'))).toMatchObject({ RejectReason: 'NO_LIQUIDITY', LeavesQty: '0' });
    alice.send(nos('i-4', 'SELL', '100200', '0.1'));
    await alice.next(byClOrdId('i-4', 'NEW'));
    bob.send(nos('i-5', 'BUY', '100200', '0.5', { TimeInForce: 'FOK' }));
    const fok = await bob.next(byClOrdId('i-5', 'REJECTED'));
    expect(fok.RejectReason).toBe('FOK_NOT_FILLABLE');
    expect(bob.received.some((m) => !(m instanceof Uint8Array) && m.ClOrdID === 'i-5' && m.ExecType === 'TRADE')).toBe(false);
    bob.send(nos('i-6', 'BUY', '100200', '0.1', { PostOnly: true }));
    expect((await bob.next(byClOrdId('i-6', 'REJECTED'))).RejectReason).toBe('POST_ONLY_WOULD_TAKE');
    alice.send({ MsgType: 'OrderMassCancelRequest', ClOrdID: 'm-1', Symbol: 'BTC-USD' });
    expect(await alice.next((m) => m.MsgType === 'OrderMassCancelReport' && m.ClOrdID === 'm-1'))
      .toMatchObject({ Symbol: 'BTC-USD', CanceledCount: 1 });
    expect(await alice.next(byClOrdId('i-4', 'CANCELED'))).toMatchObject({ LeavesQty: '0' });
    alice.close(); bob.close();
  });

  it('resending a NewOrderSingle with the same ClOrdID creates nothing and answers ORDER_STATUS; other fields: DUPLICATE_CLORDID', async () => {
    const carol = await logon(t.url, 'carol');
    const order = nos('d-1', 'BUY', '95000', '0.01');
    carol.send(order);
    const first = await carol.next(byClOrdId('d-1', 'NEW'));
    carol.send(order);
    const again = await carol.next(byClOrdId('d-1', 'ORDER_STATUS'));
    expect(again).toMatchObject({ OrderID: first.OrderID, OrdStatus: 'NEW', LeavesQty: '0.01' });
    carol.send({ ...order, OrderQty: '0.02' });
    const dup = await carol.next(byClOrdId('d-1', 'REJECTED'));
    expect(dup.RejectReason).toBe('DUPLICATE_CLORDID');
    expect(carol.received.filter((m) => !(m instanceof Uint8Array) && m.ExecType === 'NEW' && m.ClOrdID === 'd-1')).toHaveLength(1);
    carol.send({ MsgType: 'OrderMassCancelRequest', ClOrdID: 'm-2' });
    expect(await carol.next((m) => m.MsgType === 'OrderMassCancelReport' && m.ClOrdID === 'm-2')).toMatchObject({ CanceledCount: 1 });
    carol.close();
  });

  it('a session only sees and touches its own account: another account\'s ClOrdID names nothing', async () => {
    const alice = await logon(t.url, 'alice');
    const bob = await logon(t.url, 'bob');
    alice.send(nos('own-1', 'SELL', '100500', '0.1'));
    await alice.next(byClOrdId('own-1', 'NEW'));
    bob.send({ MsgType: 'OrderCancelRequest', ClOrdID: 'steal-1', OrigClOrdID: 'own-1', Symbol: 'BTC-USD' });
    expect(await bob.next((m) => m.MsgType === 'OrderCancelReject')).toMatchObject({ Reason: 'UNKNOWN_ORDER' });
    bob.send({ MsgType: 'OrderStatusRequest', ClOrdID: 'own-1' });
    expect(await bob.next((m) => m.MsgType === 'Reject')).toMatchObject({ RefMsgType: 'OrderStatusRequest', Reason: 'UNKNOWN_ORDER', ClOrdID: 'own-1' });
    // Bob's refusal echoes his own request's ClOrdID; no report of alice's order ever reaches him.
    expect(bob.received.some((m) => !(m instanceof Uint8Array) && m.MsgType === 'ExecutionReport' && m.ClOrdID === 'own-1')).toBe(false);
    alice.send({ MsgType: 'OrderStatusRequest', ClOrdID: 'own-1' });
    expect(await alice.next(byClOrdId('own-1', 'ORDER_STATUS'))).toMatchObject({ OrdStatus: 'NEW' });
    alice.send({ MsgType: 'OrderMassCancelRequest', ClOrdID: 'm-3' });
    await alice.next((m) => m.MsgType === 'OrderMassCancelReport' && m.ClOrdID === 'm-3');
    alice.close(); bob.close();
  });

  it('BalanceReport: Total = Available + Held per asset, holds follow orders', async () => {
    const carol = await logon(t.url, 'carol');
    carol.send({ MsgType: 'BalanceRequest' });
    const before = await carol.next((m) => m.MsgType === 'BalanceReport');
    const usd = (m: Record<string, unknown>) => (m.Balances as Record<string, string>[]).find((b) => b.Asset === 'USD')!;
    expect(usd(before).Held).toBe('0');
    carol.send(nos('h-1', 'BUY', '95000', '1'));
    await carol.next(byClOrdId('h-1', 'NEW'));
    carol.send({ MsgType: 'BalanceRequest' });
    const after = await carol.next((m) => m.MsgType === 'BalanceReport' && m !== before);
    // 95000 + max fee 5 bps = 95047.5 held.
    expect(usd(after)).toMatchObject({ Held: '95047.5', Total: usd(before).Total });
    expect(Number(usd(after).Available) + Number(usd(after).Held)).toBeCloseTo(Number(usd(after).Total), 2);
    carol.send({ MsgType: 'OrderMassCancelRequest', ClOrdID: 'm-4' });
    await carol.next((m) => m.MsgType === 'OrderMassCancelReport');
    carol.close();
  });

  it('GTD: a resting order with ExpireTime (microseconds) is EXPIRED once its time has passed, with no other traffic', async () => {
    const carol = await logon(t.url, 'carol');
    const expire = Math.floor((performance.timeOrigin + performance.now()) * 1000) + 300_000;
    carol.send(nos('gtd-1', 'BUY', '95000', '0.01', { TimeInForce: 'GTD', ExpireTime: expire }));
    await carol.next(byClOrdId('gtd-1', 'NEW'));
    const ex = await carol.next(byClOrdId('gtd-1', 'EXPIRED'), 3000);
    expect(ex).toMatchObject({ OrdStatus: 'EXPIRED', LeavesQty: '0' });
    expect(ex.TransactTime as number).toBeGreaterThanOrEqual(expire);
    carol.close();
  });

  it('a batch is answered one frame per reply, in order, gateway rejections included', async () => {
    const bob = await logon(t.url, 'bob');
    const start = bob.received.length;
    bob.send([
      nos('o-1', 'BUY', '95000', '0.01'),
      nos('o-2', 'BUY', '95000.001', '0.01'),
      { MsgType: 'Nope' },
      nos('o-3', 'BUY', '95000', '0.01'),
      { MsgType: 'OrderMassCancelRequest', ClOrdID: 'o-m' },
    ]);
    await bob.next((m) => m.MsgType === 'OrderMassCancelReport' && m.ClOrdID === 'o-m');
    const got = bob.received.slice(start).map((m) => (m instanceof Uint8Array ? 'bin' : `${m.MsgType}:${m.ClOrdID ?? m.Reason}:${m.ExecType ?? ''}`));
    expect(got).toEqual([
      'ExecutionReport:o-1:NEW', 'ExecutionReport:o-2:REJECTED', 'Reject:UNKNOWN_MSG_TYPE:', 'ExecutionReport:o-3:NEW',
      'ExecutionReport:o-1:CANCELED', 'ExecutionReport:o-3:CANCELED', 'OrderMassCancelReport:o-m:',
    ]);
    bob.close();
  });
});

/** The core's (risk and matching) reject reasons reach the client as ExecutionReport REJECTED with a Seq. */
describe('gateway: every order RejectReason of the contract, end to end', () => {
  let t: TestGateway;
  beforeAll(async () => {
    t = await startTestGateway({
      patch: (raw) => {
        const accounts = raw.accounts as Record<string, unknown>[];
        accounts[2] = {
          ...accounts[2], deposits: { USD: '1000', BTC: '1' }, maxOpenOrders: 2,
          instrumentLimits: { 'BTC-USD': { maxOrderQty: '0.5' } },
        };
      },
    });
  });
  afterAll(async () => { await t.close(); });

  it('INSUFFICIENT_FUNDS, RISK_LIMIT, TOO_MANY_OPEN_ORDERS, PRICE_BAND, ACCOUNT_DISABLED', async () => {
    const carol = await logon(t.url, 'carol');
    const expectReject = async (id: string, reason: string) => {
      const r = await carol.next(byClOrdId(id, 'REJECTED'));
      expect(r).toMatchObject({ RejectReason: reason, OrdStatus: 'REJECTED', LeavesQty: '0' });
      expect(Number.isSafeInteger(r.Seq)).toBe(true);
      expect(typeof r.Text).toBe('string');
    };
    carol.send(nos('f-1', 'BUY', '100000', '0.1')); // 10,000 USD > 1,000
    await expectReject('f-1', 'INSUFFICIENT_FUNDS');
    carol.send(nos('f-2', 'SELL', '100000', '0.6')); // over the account's maxOrderQty 0.5
    await expectReject('f-2', 'RISK_LIMIT');
    carol.send(nos('f-3', 'SELL', '120000', '0.01')); // outside 10 % of the 100,000 reference
    await expectReject('f-3', 'PRICE_BAND');
    carol.send(nos('f-4', 'SELL', '105000', '0.01'));
    carol.send(nos('f-5', 'SELL', '105000', '0.01'));
    await carol.next(byClOrdId('f-5', 'NEW'));
    carol.send(nos('f-6', 'SELL', '105000', '0.01'));
    await expectReject('f-6', 'TOO_MANY_OPEN_ORDERS');
    const op = await TestConn.open(t.url, '/admin');
    op.send(signLogon('operator-key', 'operator-secret'));
    await op.next((m) => m.MsgType === 'LogonAck');
    op.send({ MsgType: 'AdminRequest', RequestID: 'd', Command: ['disable', 'carol'] });
    await op.next((m) => m.RequestID === 'd');
    carol.send(nos('f-7', 'SELL', '105000', '0.01'));
    await expectReject('f-7', 'ACCOUNT_DISABLED');
    op.close(); carol.close();
  });
});
