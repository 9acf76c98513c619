import { afterEach, describe, expect, it } from 'vitest';
import { byClOrdId, logon, nos, startTestGateway, TestConn, type Msg, type TestGateway } from './support/gatewayHarness.js';

/** Rate limits, abusive clients, connection limits, CancelOnDisconnect and slow readers (issue 7). */
describe('gateway: limits and misbehaving clients', () => {
  let t: TestGateway | null = null;
  afterEach(async () => { await t?.close(); t = null; });

  it('over the session bucket: RATE_LIMITED, the connection stays and recovers as tokens refill', async () => {
    t = await startTestGateway({ limits: { messagesPerSecond: 20, burst: 10 } });
    const c = await logon(t.url, 'alice'); // the Logon took one token
    const start = c.received.length;
    c.send(Array.from({ length: 20 }, () => ({ MsgType: 'BalanceRequest' })));
    await c.count(start + 20);
    const replies = c.received.slice(start) as Msg[];
    expect(replies.filter((m) => m.MsgType === 'BalanceReport')).toHaveLength(9);
    expect(replies.filter((m) => m.MsgType === 'Reject' && m.Reason === 'RATE_LIMITED')).toHaveLength(11);
    await new Promise((r) => setTimeout(r, 300)); // ~6 tokens back
    c.send({ MsgType: 'BalanceRequest' });
    expect(await c.next((m) => m.MsgType === 'BalanceReport' && c.received.indexOf(m) >= start + 20)).toBeTruthy();
    expect(c.closeCode).toBeNull();
    c.close();
  });

  it('the account bucket is shared by the account\'s sessions', async () => {
    t = await startTestGateway({ limits: { messagesPerSecond: 1000, burst: 1000, accountMessagesPerSecond: 1, accountBurst: 5 } });
    const a1 = await logon(t.url, 'alice');
    const a2 = await logon(t.url, 'alice');
    const s1 = a1.received.length;
    const s2 = a2.received.length;
    a1.send(Array.from({ length: 3 }, () => ({ MsgType: 'BalanceRequest' })));
    a2.send(Array.from({ length: 3 }, () => ({ MsgType: 'BalanceRequest' })));
    await a1.count(s1 + 3);
    await a2.count(s2 + 3);
    const all = [...a1.received.slice(s1), ...a2.received.slice(s2)] as Msg[];
    expect(all.filter((m) => m.MsgType === 'BalanceReport')).toHaveLength(5);
    expect(all.filter((m) => m.Reason === 'RATE_LIMITED')).toHaveLength(1);
    a1.close(); a2.close();
  });

  it('a client that keeps abusing is disconnected (4029)', async () => {
    t = await startTestGateway({ limits: { messagesPerSecond: 10, burst: 10, abuseRejectsPer10s: 50 } });
    const c = await TestConn.open(t.url);
    for (let i = 0; i < 5; i++) c.send(Array.from({ length: 20 }, () => ({ MsgType: 'Nope' })));
    expect(await c.closed).toBe(4029);
    expect(c.received.length).toBeGreaterThanOrEqual(50);
  });

  it('connections per address are limited (HTTP 429 at the upgrade)', async () => {
    t = await startTestGateway({ limits: { maxConnectionsPerAddress: 2 } });
    const a = await TestConn.open(t.url);
    const b = await TestConn.open(t.url);
    await expect(TestConn.open(t.url)).rejects.toThrow(/429/);
    a.close();
    await a.closed;
    await new Promise((r) => setTimeout(r, 50));
    const c = await TestConn.open(t.url);
    b.close(); c.close();
  });

  it('one abusive client does not raise a well-behaved client\'s latency noticeably', async () => {
    t = await startTestGateway({ limits: { messagesPerSecond: 5000, burst: 5000, abuseRejectsPer10s: 10_000_000 } });
    const good = await logon(t.url, 'bob');
    const roundTrips = async (n: number): Promise<number[]> => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) {
        const before = good.received.length;
        const t0 = performance.now();
        good.send({ MsgType: 'BalanceRequest' });
        await good.count(before + 1);
        out.push(performance.now() - t0);
      }
      return out.sort((x, y) => x - y);
    };
    await roundTrips(50); // warm-up
    const base = await roundTrips(300);
    const abuser = await logon(t.url, 'carol');
    let flooding = true;
    const garbage = JSON.stringify(Array.from({ length: 256 }, (_, i) => (i % 2 === 0 ? { MsgType: 'Nope' } : nos('x', 'BUY', '1e9', '1'))));
    const flood = (): void => {
      if (!flooding) return;
      if (abuser.ws.bufferedAmount < 1 << 20) abuser.sendRaw(garbage);
      setImmediate(flood);
    };
    flood();
    await new Promise((r) => setTimeout(r, 300));
    const loaded = await roundTrips(300);
    flooding = false;
    const refused = abuser.received.length;
    abuser.close();
    const p50 = (a: number[]) => a[Math.floor(a.length / 2)]!;
    // The abuser was really served (its refusals answered) while the good client was measured.
    expect(refused).toBeGreaterThan(10_000);
    expect(p50(loaded)).toBeLessThan(p50(base) * 4 + 2);
    good.close();
  });

  it('CancelOnDisconnect cancels the session\'s resting orders when its socket closes; without it they stay', async () => {
    t = await startTestGateway();
    const codSession = await logon(t.url, 'alice', { cod: true });
    const keepSession = await logon(t.url, 'alice');
    codSession.send(nos('cod-1', 'SELL', '101000', '0.1'));
    keepSession.send(nos('keep-1', 'SELL', '101000', '0.1'));
    await codSession.next(byClOrdId('cod-1', 'NEW'));
    await keepSession.next(byClOrdId('keep-1', 'NEW'));
    codSession.close();
    // The cancel's report goes to the account's remaining session (the owner is gone).
    expect(await keepSession.next(byClOrdId('cod-1', 'CANCELED'))).toMatchObject({ OrdStatus: 'CANCELED', LeavesQty: '0' });
    keepSession.send({ MsgType: 'OrderStatusRequest', ClOrdID: 'keep-1' });
    expect(await keepSession.next(byClOrdId('keep-1', 'ORDER_STATUS'))).toMatchObject({ OrdStatus: 'NEW' });
    keepSession.close();
  });

  it('a slow reader past the send bound is disconnected, CancelOnDisconnect applies, and OrderStatusRequest recovers the state', async () => {
    t = await startTestGateway({ limits: { maxSendBufferBytes: 64 * 1024, messagesPerSecond: 1_000_000, burst: 1_000_000 } });
    const slow = await logon(t.url, 'carol', { cod: true });
    slow.send(nos('rest-1', 'BUY', '95000', '0.01'));
    await slow.next(byClOrdId('rest-1', 'NEW'));
    // Stop reading: reports pile up in the kernel, then in the server's send buffer.
    (slow.ws as unknown as { _socket: { pause(): void; resume(): void } })._socket.pause();
    const ioc = (i: number) => nos(`f-${i}`, 'BUY', '95000', '0.01', { TimeInForce: 'IOC' });
    for (let f = 0; f < 120; f++) slow.send(Array.from({ length: 256 }, (_, i) => ioc(f * 256 + i)));
    const watcher = await logon(t.url, 'carol');
    // The server gave up on the slow session: its resting order was cancelled by CancelOnDisconnect.
    expect(await watcher.next(byClOrdId('rest-1', 'CANCELED'), 20_000)).toMatchObject({ OrdStatus: 'CANCELED' });
    (slow.ws as unknown as { _socket: { resume(): void } })._socket.resume();
    expect(await slow.closed).toBe(4008);
    // Reconnected, a client recovers any order's state with OrderStatusRequest.
    watcher.send({ MsgType: 'OrderStatusRequest', ClOrdID: 'f-100' });
    expect(await watcher.next(byClOrdId('f-100', 'ORDER_STATUS'))).toMatchObject({ OrdStatus: 'CANCELED', LeavesQty: '0' });
    // What the server never read after it closed the session was never entered: its status says so.
    watcher.send({ MsgType: 'OrderStatusRequest', ClOrdID: 'f-30719' });
    expect(await watcher.next((m) => m.MsgType === 'Reject' && m.RefMsgType === 'OrderStatusRequest')).toMatchObject({ Reason: 'UNKNOWN_ORDER' });
    watcher.close();
  });

  it('a full sequencer: requests wait in order, past the backlog bound they are refused "busy", never held against the client', async () => {
    t = await startTestGateway({
      limits: { abuseRejectsPer10s: 5 },
      options: { fsyncPolicy: 'always', maxBacklog: 16, sequencer: { inputSlots: 64 } },
    });
    const c = await logon(t.url, 'alice');
    const start = c.received.length;
    const n = 2000;
    c.send(Array.from({ length: 256 }, () => ({ MsgType: 'BalanceRequest' })));
    for (let f = 1; f < n / 250; f++) c.send(Array.from({ length: 250 }, () => ({ MsgType: 'BalanceRequest' })));
    await c.count(start + 256 + (n / 250 - 1) * 250, 30_000);
    const replies = c.received.slice(start) as Msg[];
    const busy = replies.filter((m) => m.MsgType === 'Reject' && m.Reason === 'RATE_LIMITED');
    expect(busy.length).toBeGreaterThan(0); // the bound was reached
    expect(replies.filter((m) => m.MsgType === 'BalanceReport').length + busy.length).toBe(replies.length);
    expect(c.closeCode).toBeNull(); // far more than 5 refusals, yet not closed as abusive
    c.close();
  });
});
