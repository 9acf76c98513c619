/**
 * ExchangeClient against a fake exchange (tests/client/support/fakeExchange.ts),
 * in both encodings: the Logon it sends verifies, each request method
 * resolves with its own answer even when answers come out of order, reports
 * can be awaited before or after they arrive, and every way of failing is an
 * ExchangeClientError with its code.
 */
import { on, once } from 'node:events';
import { createServer } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isValidClOrdId } from '../../client/clOrdId.js';
import { ExchangeClientError } from '../../client/errors.js';
import { ExchangeClient } from '../../client/exchangeClient.js';
import type { BalanceReport, ExecutionReport, NewOrderSingle, WireMessage } from '../../client/messages.js';
import { endpointUrl } from '../../client/wireConnection.js';
import { FakeExchange, report } from './support/fakeExchange.js';

let fake: FakeExchange;
const clients: ExchangeClient[] = [];

beforeEach(async () => {
  fake = await FakeExchange.start();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
  await fake.close();
});

async function connect(encoding: 'json' | 'sbe', extra: Partial<Parameters<typeof ExchangeClient.connect>[0]> = {}): Promise<ExchangeClient> {
  const client = await ExchangeClient.connect({ url: fake.url, apiKey: 'alice-key', secret: 'alice-secret', encoding, timeoutMs: 2000, ...extra });
  clients.push(client);
  return client;
}

/** Resolves when the fake has received `n` requests after Logon. */
async function requestsReceived(n: number): Promise<WireMessage[]> {
  for (let i = 0; i < 200 && fake.requests.length < n; i++) await new Promise((r) => setTimeout(r, 5));
  expect(fake.requests.length).toBe(n);
  return fake.requests;
}

async function refusedPort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe.each(['json', 'sbe'] as const)('ExchangeClient over %s', (encoding) => {
  it('logs on with a Logon whose signature verifies, in the chosen encoding', async () => {
    const before = Date.now();
    const client = await connect(encoding, { cancelOnDisconnect: true });
    expect(client.account).toBe('alice');
    expect(client.url).toBe(`${fake.url}/trade`);
    expect(fake.logons).toHaveLength(1);
    const logon = fake.logons[0]!;
    expect(logon).toMatchObject({ binary: encoding === 'sbe', ApiKey: 'alice-key', CancelOnDisconnect: true, signatureValid: true });
    expect(logon.Timestamp).toBeGreaterThanOrEqual(before);
    expect(logon.Timestamp).toBeLessThanOrEqual(Date.now());
    expect(logon.Nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(logon.Signature).toMatch(/^[0-9a-f]{64}$/);

    await connect(encoding);
    expect(fake.logons[1]!.Nonce).not.toBe(logon.Nonce);
    expect(fake.logons[1]!.CancelOnDisconnect).toBe(false);
  });

  it('rejects connect with LOGON_REJECTED and the server\'s Reason', async () => {
    fake.rejectLogonWith = 'TIMESTAMP_SKEW';
    const error = await connect(encoding).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExchangeClientError);
    expect(error).toMatchObject({ code: 'LOGON_REJECTED', reason: 'TIMESTAMP_SKEW' });
    fake.rejectLogonWith = undefined;
    const wrongSecret = await connect(encoding, { secret: 'not-alice-secret' }).catch((e: unknown) => e);
    expect(wrongSecret).toMatchObject({ code: 'LOGON_REJECTED', reason: 'bad signature' });
    expect(fake.logons.map((l) => l.signatureValid)).toEqual([true, false]);
  });

  it('sends orders with decimal strings and the contract\'s defaults, and auto ClOrdIDs', async () => {
    const client = await connect(encoding);
    const a = client.newOrder({ symbol: 'BTC-USD', side: 'BUY', ordType: 'LIMIT', price: '100.25', orderQty: '1.5' });
    const b = client.newOrder({ clOrdId: 'mine-1', symbol: 'BTC-USD', side: 'SELL', ordType: 'MARKET', orderQty: '0.5', stp: 'CANCEL_BOTH' });
    expect(isValidClOrdId(a.clOrdId)).toBe(true);
    expect(b.clOrdId).toBe('mine-1');
    const [nosA, nosB] = await requestsReceived(2);
    expect(nosA).toEqual({
      MsgType: 'NewOrderSingle', ClOrdID: a.clOrdId, Symbol: 'BTC-USD', Side: 'BUY', OrdType: 'LIMIT', Price: '100.25',
      OrderQty: '1.5', TimeInForce: 'GTC', PostOnly: false, STP: 'CANCEL_NEWEST',
    });
    expect(nosB).toEqual({
      MsgType: 'NewOrderSingle', ClOrdID: 'mine-1', Symbol: 'BTC-USD', Side: 'SELL', OrdType: 'MARKET',
      OrderQty: '0.5', TimeInForce: 'IOC', PostOnly: false, STP: 'CANCEL_BOTH',
    });
    const session = fake.sessions.at(-1)!;
    session.reply(report(nosB as NewOrderSingle, { ExecType: 'REJECTED', OrdStatus: 'REJECTED', RejectReason: 'NO_LIQUIDITY', LeavesQty: '0' }));
    session.reply(report(nosA as NewOrderSingle, {}));
    expect(await b).toMatchObject({ ClOrdID: 'mine-1', ExecType: 'REJECTED', RejectReason: 'NO_LIQUIDITY' });
    expect(await a).toMatchObject({ ClOrdID: a.clOrdId, ExecType: 'NEW', Price: '100.25', OrderQty: '1.5', Seq: 42 });
  });

  it('correlates every request with its own answer, whatever order the answers come in', async () => {
    const client = await connect(encoding);
    fake.onRequest = () => {};
    const status = client.orderStatus('o-1');
    const order = client.newOrder({ clOrdId: 'o-1', symbol: 'BTC-USD', side: 'BUY', ordType: 'LIMIT', price: '100', orderQty: '1' });
    const cancel = client.cancel({ clOrdId: 'x-1', origClOrdId: 'o-1', symbol: 'BTC-USD' });
    const cancelRefused = client.cancel({ clOrdId: 'x-2', origClOrdId: 'nope', symbol: 'BTC-USD' });
    const replace = client.replace({ clOrdId: 'r-1', origClOrdId: 'o-2', symbol: 'BTC-USD', price: '99.5', orderQty: '2' });
    const mass = client.massCancel({ clOrdId: 'm-1', symbol: 'BTC-USD' });
    const massAll = client.massCancel({ clOrdId: 'm-2' });
    const balances = client.balances();
    await requestsReceived(8);
    expect(fake.requests.slice(2)).toEqual([
      { MsgType: 'OrderCancelRequest', ClOrdID: 'x-1', OrigClOrdID: 'o-1', Symbol: 'BTC-USD' },
      { MsgType: 'OrderCancelRequest', ClOrdID: 'x-2', OrigClOrdID: 'nope', Symbol: 'BTC-USD' },
      { MsgType: 'OrderCancelReplaceRequest', ClOrdID: 'r-1', OrigClOrdID: 'o-2', Symbol: 'BTC-USD', Price: '99.5', OrderQty: '2' },
      { MsgType: 'OrderMassCancelRequest', ClOrdID: 'm-1', Symbol: 'BTC-USD' },
      { MsgType: 'OrderMassCancelRequest', ClOrdID: 'm-2' },
      { MsgType: 'BalanceRequest' },
    ]);

    const s = fake.sessions.at(-1)!;
    const o1 = { ClOrdID: 'o-1', Price: '100', OrderQty: '1' };
    const balanceReport: BalanceReport = { MsgType: 'BalanceReport', Balances: [{ Asset: 'USD', Total: '1000000', Available: '999900', Held: '100' }] };
    // Answers in reverse, some in one frame.
    s.reply(balanceReport);
    s.replyInOneFrame(
      { MsgType: 'OrderMassCancelReport', ClOrdID: 'm-2', CanceledCount: 0 },
      report({ ClOrdID: 'o-9', Price: '5' }, { ExecType: 'CANCELED', OrdStatus: 'CANCELED', LeavesQty: '0' }),
      { MsgType: 'OrderMassCancelReport', ClOrdID: 'm-1', Symbol: 'BTC-USD', CanceledCount: 1 },
    );
    s.reply(report({ ClOrdID: 'r-1', Price: '99.5', OrderQty: '2' }, { ExecType: 'REPLACED' }));
    s.reply({ MsgType: 'OrderCancelReject', ClOrdID: 'x-2', OrigClOrdID: 'nope', Reason: 'UNKNOWN_ORDER' });
    // The order's NEW comes before the cancel; the status request is answered only by ORDER_STATUS.
    s.reply(report(o1, {}));
    s.reply(report({ ClOrdID: 'x-1', Price: '100' }, { ExecType: 'CANCELED', OrdStatus: 'CANCELED', LeavesQty: '0' }));
    s.reply(report(o1, { ExecType: 'ORDER_STATUS', OrdStatus: 'CANCELED', LeavesQty: '0' }));

    expect(await balances).toEqual(balanceReport);
    expect(await massAll).toEqual({ MsgType: 'OrderMassCancelReport', ClOrdID: 'm-2', CanceledCount: 0 });
    expect(await mass).toEqual({ MsgType: 'OrderMassCancelReport', ClOrdID: 'm-1', Symbol: 'BTC-USD', CanceledCount: 1 });
    expect(await replace).toMatchObject({ MsgType: 'ExecutionReport', ClOrdID: 'r-1', ExecType: 'REPLACED' });
    expect(await cancelRefused).toEqual({ MsgType: 'OrderCancelReject', ClOrdID: 'x-2', OrigClOrdID: 'nope', Reason: 'UNKNOWN_ORDER' });
    expect(await order).toMatchObject({ ClOrdID: 'o-1', ExecType: 'NEW' });
    expect(await cancel).toMatchObject({ ClOrdID: 'x-1', ExecType: 'CANCELED' });
    expect(await status).toMatchObject({ ClOrdID: 'o-1', ExecType: 'ORDER_STATUS', OrdStatus: 'CANCELED' });
  });

  it('gives a Reject to the oldest pending request of its RefMsgType', async () => {
    const client = await connect(encoding);
    const rejects: unknown[] = [];
    client.on('reject', (r) => rejects.push(r));
    const status = client.orderStatus('never-used');
    const balances = client.balances();
    await requestsReceived(2);
    const s = fake.sessions.at(-1)!;
    s.reply({ MsgType: 'Reject', RefMsgType: 'BalanceRequest', Reason: 'RATE_LIMITED', Text: 'slow down' });
    s.reply({ MsgType: 'Reject', RefMsgType: 'OrderStatusRequest', Reason: 'UNKNOWN_ORDER', Text: 'no order never-used' });
    expect(await balances).toEqual({ MsgType: 'Reject', RefMsgType: 'BalanceRequest', Reason: 'RATE_LIMITED', Text: 'slow down' });
    expect(await status).toMatchObject({ MsgType: 'Reject', Reason: 'UNKNOWN_ORDER' });
    expect(rejects).toHaveLength(2);
  });

  it('awaits reports that arrived before the call, and ones still to come', async () => {
    const client = await connect(encoding);
    const events: ExecutionReport[] = [];
    client.on('executionReport', (er) => events.push(er));
    fake.onRequest = (req, s) => {
      if (req.MsgType !== 'NewOrderSingle') return;
      // NEW and the fills of the same command, back to back (as the gateway sends them).
      s.reply(report(req, {}));
      s.reply(report(req, { ExecType: 'TRADE', OrdStatus: 'PARTIALLY_FILLED', CumQty: '0.4', LeavesQty: '0.6', AvgPx: '100', LastPx: '100', LastQty: '0.4', TradeID: '1', Liquidity: 'TAKER', Fee: '0.02', FeeAsset: 'USD' }));
      s.reply(report(req, { ExecType: 'TRADE', OrdStatus: 'FILLED', CumQty: '1', LeavesQty: '0', AvgPx: '100', LastPx: '100', LastQty: '0.6', TradeID: '2', Liquidity: 'TAKER', Fee: '0.03', FeeAsset: 'USD' }));
    };
    const ack = await client.newOrder({ clOrdId: 'f-1', symbol: 'BTC-USD', side: 'BUY', ordType: 'LIMIT', price: '100', orderQty: '1' });
    expect(ack).toMatchObject({ ExecType: 'NEW' });
    const filled = await client.awaitReports('f-1', (er) => er.OrdStatus === 'FILLED');
    expect(filled).toMatchObject({ ExecType: 'TRADE', LastQty: '0.6', CumQty: '1', Fee: '0.03', FeeAsset: 'USD' });
    expect(client.reports('f-1').map((r) => r.ExecType)).toEqual(['NEW', 'TRADE', 'TRADE']);
    expect(events.map((r) => r.OrdStatus)).toEqual(['NEW', 'PARTIALLY_FILLED', 'FILLED']);

    const later = client.awaitReports('f-2', (er) => er.ExecType === 'CANCELED', 2000);
    fake.sessions.at(-1)!.reply(report({ ClOrdID: 'f-2', Price: '1' }, { ExecType: 'CANCELED', OrdStatus: 'CANCELED', LeavesQty: '0' }));
    expect(await later).toMatchObject({ ClOrdID: 'f-2', ExecType: 'CANCELED' });
  });

  it('emits every message, and an async iterator can follow them', async () => {
    const client = await connect(encoding);
    const seen: string[] = [];
    client.on('message', (m) => seen.push(m.MsgType));
    const iterator = (async () => {
      for await (const [er] of on(client, 'executionReport') as AsyncIterable<[ExecutionReport]>) {
        if (er.OrdStatus === 'FILLED') return er.ClOrdID;
      }
      return undefined;
    })();
    const s = fake.sessions.at(-1)!;
    s.reply(report({ ClOrdID: 'i-1', Price: '1' }, {}));
    s.reply({ MsgType: 'BalanceReport', Balances: [] });
    s.reply(report({ ClOrdID: 'i-1', Price: '1' }, { ExecType: 'TRADE', OrdStatus: 'FILLED', CumQty: '1', LeavesQty: '0' }));
    expect(await iterator).toBe('i-1');
    expect(seen).toEqual(['ExecutionReport', 'BalanceReport', 'ExecutionReport']);
  });

  it('times out a request nobody answers, and closes pending requests when the socket closes', async () => {
    const client = await connect(encoding, { timeoutMs: 100 });
    await expect(client.balances()).rejects.toMatchObject({ code: 'TIMEOUT', message: expect.stringMatching(/no answer to BalanceRequest within 100 ms/) });
    await expect(client.awaitReports('z', () => true, 50)).rejects.toMatchObject({ code: 'TIMEOUT' });

    const slow = await connect(encoding, { timeoutMs: 5000 });
    const pending = slow.newOrder({ clOrdId: 'p-1', symbol: 'BTC-USD', side: 'BUY', ordType: 'LIMIT', price: '1', orderQty: '1' });
    const waiting = slow.awaitReports('p-1', (er) => er.OrdStatus === 'FILLED');
    const closed = once(slow, 'close');
    await requestsReceived(2);
    fake.sessions.at(-1)!.close(1001, 'going away');
    await expect(pending).rejects.toMatchObject({ code: 'CLOSED', message: expect.stringMatching(/going away/) });
    await expect(waiting).rejects.toMatchObject({ code: 'CLOSED' });
    expect(await closed).toEqual([1001, 'going away']);
    expect(slow.isOpen).toBe(false);
    await expect(slow.balances()).rejects.toMatchObject({ code: 'CLOSED' });
  });

  it('refuses bad arguments before sending anything', async () => {
    const client = await connect(encoding);
    const base = { symbol: 'BTC-USD', side: 'BUY', ordType: 'LIMIT', price: '100', orderQty: '1' } as const;
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ price: '1e5' }, /price "1e5" must be a decimal string/],
      [{ price: 100.25 }, /price 100.25 must be a decimal string/],
      [{ orderQty: '-1' }, /orderQty "-1"/],
      [{ price: undefined }, /price is required for a LIMIT order/],
      [{ ordType: 'MARKET' }, /a MARKET order has no price/],
      [{ ordType: 'MARKET', price: undefined, timeInForce: 'GTC' }, /a MARKET order is IOC or FOK/],
      [{ timeInForce: 'IOC', postOnly: true }, /postOnly is for resting LIMIT orders/],
      [{ timeInForce: 'GTD' }, /expireTime goes with timeInForce GTD/],
      [{ side: 'buy' }, /side "buy" must be one of BUY, SELL/],
      [{ clOrdId: 'x'.repeat(33) }, /clOrdId .* 1 to 32 printable ASCII/],
      [{ symbol: 'a-very-long-symbol-name' }, /symbol .* 1 to 16/],
    ];
    for (const [change, message] of bad) {
      await expect(client.newOrder({ ...base, ...change } as never), JSON.stringify(change)).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(message) });
    }
    await expect(client.cancel({ origClOrdId: '', symbol: 'BTC-USD' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(client.replace({ origClOrdId: 'a', symbol: 'BTC-USD', orderQty: '1.0.0' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    if (encoding === 'sbe') {
      // Valid as text but more digits than a Decimal64 holds: the SBE face refuses it before sending.
      await expect(client.newOrder({ ...base, orderQty: '12345678901234567' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/OrderQty/) });
    }
    {
      const gtd = client.newOrder({ ...base, clOrdId: 'gtd-1', timeInForce: 'GTD', expireTime: 1_764_000_060_000_000 });
      await requestsReceived(1);
      expect(fake.requests[0]).toMatchObject({ TimeInForce: 'GTD', ExpireTime: 1_764_000_060_000_000 });
      fake.sessions.at(-1)!.reply(report({ ClOrdID: 'gtd-1', Price: '100' }, {}));
      await gtd;
    }
    await new Promise((r) => setTimeout(r, 20));
    // Only the GTD order was sent (both faces carry ExpireTime: SBE since schema version 2).
    expect(fake.requests).toHaveLength(1);
  });
});

describe('ExchangeClient connection failures', () => {
  it('reports an unreachable server clearly', async () => {
    const port = await refusedPort();
    const error = await ExchangeClient.connect({ url: `ws://127.0.0.1:${port}`, apiKey: 'k', secret: 's', timeoutMs: 2000 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNREACHABLE', message: `cannot reach the exchange at ws://127.0.0.1:${port}/trade: connection refused (is the server running?)` });
  });

  it('reports a server that closes during logon, and a bad URL', async () => {
    // The fake closes sockets on paths other than /trade and /md.
    await expect(ExchangeClient.connect({ url: `http://127.0.0.1:${fake.port}/elsewhere/`, apiKey: 'k', secret: 's' }))
      .rejects.toMatchObject({ code: 'CLOSED', message: 'the server closed the connection during logon (code 1008: no endpoint /elsewhere/trade)' });
    await expect(ExchangeClient.connect({ url: 'not a url', apiKey: 'k', secret: 's' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
    await expect(ExchangeClient.connect({ url: 'ftp://h:1', apiKey: 'k', secret: 's' })).rejects.toMatchObject({ code: 'INVALID_ARGUMENT' });
  });

  it('builds endpoint URLs from what a person types', () => {
    expect(endpointUrl('ws://127.0.0.1:8080', '/trade')).toBe('ws://127.0.0.1:8080/trade');
    expect(endpointUrl('http://h:1/', '/md')).toBe('ws://h:1/md');
    expect(endpointUrl('https://h/base/', '/trade')).toBe('wss://h/base/trade');
    expect(endpointUrl('ws://h:1/trade', '/md')).toBe('ws://h:1/md');
  });

  it('times out a server that accepts the connection but never answers the Logon', async () => {
    const silent = new (await import('ws')).WebSocketServer({ host: '127.0.0.1', port: 0 });
    await once(silent, 'listening');
    const { port } = silent.address() as { port: number };
    try {
      await expect(ExchangeClient.connect({ url: `ws://127.0.0.1:${port}`, apiKey: 'k', secret: 's', timeoutMs: 150 }))
        .rejects.toMatchObject({ code: 'TIMEOUT', message: 'no answer to Logon within 150 ms' });
    } finally {
      for (const c of silent.clients) c.terminate();
      await new Promise((r) => silent.close(r));
    }
  });
});
