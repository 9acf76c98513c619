import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BalanceRequestEncoder, MessageHeaderDecoder, MessageHeaderEncoder } from '../../protocol/generated/index.js';
import { byClOrdId, logon, nos, signLogon, startTestGateway, TestConn, type TestGateway } from './support/gatewayHarness.js';

/** Who is told what, and in which encoding (docs/protocol.md, "Ownership" and "Framing"). */
describe('gateway: routing of replies and reports', () => {
  let t: TestGateway;
  beforeAll(async () => { t = await startTestGateway(); });
  afterAll(async () => { await t.close(); });

  it('replies use the encoding of their request, even when a session mixes them', async () => {
    const c = await logon(t.url, 'alice');
    const sbeBalance = new Uint8Array(8);
    new BalanceRequestEncoder().wrapAndApplyHeader(new DataView(sbeBalance.buffer), 0, new MessageHeaderEncoder());
    const start = c.received.length;
    for (let i = 0; i < 20; i++) {
      c.send({ MsgType: 'BalanceRequest' });
      c.sendRaw(sbeBalance);
    }
    await c.count(start + 40);
    const kinds = c.received.slice(start).map((m) => (m instanceof Uint8Array ? 'sbe' : 'json'));
    expect(kinds).toEqual(Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? 'json' : 'sbe')));
    const hdr = new MessageHeaderDecoder();
    const first = c.received[start + 1] as Uint8Array;
    expect(hdr.wrap(new DataView(first.buffer, first.byteOffset, first.byteLength), 0).templateId()).toBe(23);
    c.close();
  });

  it('a cancel sent by another session of the account reaches both the sender and the order\'s owner', async () => {
    const owner = await logon(t.url, 'bob');
    const other = await logon(t.url, 'bob');
    owner.send(nos('own-9', 'SELL', '101000', '0.1'));
    await owner.next(byClOrdId('own-9', 'NEW'));
    other.send({ MsgType: 'OrderCancelRequest', ClOrdID: 'x-9', OrigClOrdID: 'own-9', Symbol: 'BTC-USD' });
    expect(await other.next(byClOrdId('x-9', 'CANCELED'))).toMatchObject({ OrigClOrdID: 'own-9' });
    expect(await owner.next(byClOrdId('x-9', 'CANCELED'))).toMatchObject({ OrigClOrdID: 'own-9' });
    owner.close(); other.close();
  });

  it('a replace down to the filled quantity ends the order: REPLACED with OrdStatus FILLED, LeavesQty 0', async () => {
    const alice = await logon(t.url, 'alice');
    const bob = await logon(t.url, 'bob');
    alice.send(nos('rf-1', 'SELL', '100500', '1'));
    await alice.next(byClOrdId('rf-1', 'NEW'));
    bob.send(nos('rf-2', 'BUY', '100500', '0.4', { TimeInForce: 'IOC' }));
    await alice.next(byClOrdId('rf-1', 'TRADE'));
    alice.send({ MsgType: 'OrderCancelReplaceRequest', ClOrdID: 'rf-3', OrigClOrdID: 'rf-1', Symbol: 'BTC-USD', Price: '100500', OrderQty: '0.4' });
    const r = await alice.next((m) => m.MsgType === 'ExecutionReport' && m.ClOrdID === 'rf-3' || m.MsgType === 'OrderCancelReject');
    if (r.MsgType === 'ExecutionReport') {
      expect(r).toMatchObject({ ExecType: 'REPLACED', OrdStatus: 'FILLED', LeavesQty: '0', CumQty: '0.4' });
      alice.send({ MsgType: 'OrderStatusRequest', ClOrdID: 'rf-3' });
      expect(await alice.next(byClOrdId('rf-3', 'ORDER_STATUS'))).toMatchObject({ OrdStatus: 'FILLED' });
      expect(t.gateway.desk.orders.has(Number(r.OrderID))).toBe(false);
    } else {
      // The core may refuse it instead (FIX allows either); then the order is untouched.
      expect(r.Reason).toBeTruthy();
    }
    alice.send({ MsgType: 'OrderMassCancelRequest', ClOrdID: 'rf-m' });
    await alice.next((m) => m.MsgType === 'OrderMassCancelReport' && m.ClOrdID === 'rf-m');
    alice.close(); bob.close();
  });

  it('the kill switch (admin disable) reports each cancelled order to the account\'s sessions', async () => {
    const carol = await logon(t.url, 'carol');
    carol.send(nos('ks-1', 'BUY', '96000', '0.01'));
    await carol.next(byClOrdId('ks-1', 'NEW'));
    const op = await TestConn.open(t.url, '/admin');
    op.send(signLogon('operator-key', 'operator-secret'));
    await op.next((m) => m.MsgType === 'LogonAck');
    op.send({ MsgType: 'AdminRequest', RequestID: 'k-1', Command: ['disable', 'carol'] });
    await op.next((m) => m.RequestID === 'k-1');
    expect(await carol.next(byClOrdId('ks-1', 'CANCELED'))).toMatchObject({ OrdStatus: 'CANCELED', LeavesQty: '0' });
    expect(t.gateway.desk.orders.size).toBe(0);
    op.send({ MsgType: 'AdminRequest', RequestID: 'k-2', Command: ['enable', 'carol'] });
    await op.next((m) => m.RequestID === 'k-2');
    // An admin session that last spoke SBE still gets JSON for what has no SBE form.
    const bal = new Uint8Array(8);
    new BalanceRequestEncoder().wrapAndApplyHeader(new DataView(bal.buffer), 0, new MessageHeaderEncoder());
    op.sendRaw(bal);
    await op.nextBinary(() => true);
    op.send({ MsgType: 'AdminRequest', RequestID: 'k-3', Command: ['balance', 'carol'] });
    expect(await op.next((m) => m.RequestID === 'k-3')).toMatchObject({ Status: 'DONE' });
    op.close(); carol.close();
  });

  it('CancelOnDisconnect also cancels an order acknowledged after its session closed', async () => {
    const watcher = await logon(t.url, 'alice');
    for (let i = 0; i < 5; i++) {
      const c = await logon(t.url, 'alice', { cod: true });
      c.send(nos(`fly-${i}`, 'SELL', '102000', '0.01'));
      c.ws.terminate();
    }
    for (let i = 0; i < 5; i++) {
      watcher.send({ MsgType: 'OrderStatusRequest', ClOrdID: `fly-${i}` });
      const st = await watcher.next((m) => (m.ClOrdID === `fly-${i}` && m.ExecType === 'ORDER_STATUS') || (m.MsgType === 'Reject' && m.ClOrdID === `fly-${i}`));
      // Either the order never arrived, or it was cancelled: never left resting.
      if (st.MsgType === 'ExecutionReport') {
        const final = st.OrdStatus === 'CANCELED' ? st : await watcher.next(byClOrdId(`fly-${i}`, 'CANCELED'));
        expect(final.OrdStatus).toBe('CANCELED');
      }
    }
    watcher.close();
  });
});
