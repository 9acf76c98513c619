import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectUws, loadNativeUws } from '../../gateway/uwsNative.js';
import { byClOrdId, logon, nos, signLogon, startTestGateway, TestConn, type TestGateway } from './support/gatewayHarness.js';

const repo = resolve(import.meta.dirname, '../..');

describe('gateway: uWebSockets.js native build', () => {
  it('the native binary is the one in use (not the ws fallback)', () => {
    const { uws, binary } = loadNativeUws();
    expect(binary).toMatch(/uws_linux_x64_\d+\.node$/);
    const seen = inspectUws(uws);
    expect(seen.native).toBe(true);
    expect(Function.prototype.toString.call(uws.App)).toMatch(/\[native code\]/);
  });

  it('the server refuses to start, with a clear error, when uWebSockets.js falls back to ws', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-fallback-'));
    try {
      const r = spawnSync(process.execPath, [join(repo, 'dist/gateway/main.js'), '--data-dir', dir, '--port', '0'], {
        env: { ...process.env, UWS_USE_FALLBACK: '1' }, encoding: 'utf8', timeout: 30_000,
      });
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/cannot start: uWebSockets.js did not load its native build .*refusing to start/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('gateway: HTTP endpoints', () => {
  let t: TestGateway;
  let http: string;
  beforeAll(async () => {
    t = await startTestGateway();
    http = t.gateway.url;
  });
  afterAll(async () => { await t.close(); });

  it('GET /health answers 200 with a small JSON status', async () => {
    const r = await fetch(`${http}/health`);
    expect(r.status).toBe(200);
    const body = await r.json() as Record<string, unknown>;
    expect(body).toMatchObject({ status: 'ok' });
    expect(body.lastSeq).toBe(body.durableSeq);
  });

  it('GET /instruments lists the config\'s instruments with decimal strings', async () => {
    const body = await (await fetch(`${http}/instruments`)).json() as Record<string, unknown>[];
    expect(body.map((i) => i.symbol)).toEqual(['BTC-USD', 'ETH-USD', 'ETH-BTC']);
    expect(body[0]).toMatchObject({ base: 'BTC', quote: 'USD', tickSize: '0.01', lotSize: '0.0001', minQty: '0.0001', maxQty: '1000', priceBandPct: 10, makerFeeBps: 1, takerFeeBps: 5, referencePrice: '100000' });
  });

  it('GET /metrics is Prometheus text with connections, messages, rejects by reason, ring depth, journal lag and the latency histogram', async () => {
    const c = await logon(t.url, 'alice');
    c.send(nos('met-1', 'BUY', '1', '1'));
    await c.next(byClOrdId('met-1', 'REJECTED'));
    c.send(nos('met-2', 'BUY', '95000', '0.01'));
    await c.next(byClOrdId('met-2', 'NEW'));
    const r = await fetch(`${http}/metrics`);
    expect(r.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await r.text();
    expect(text).toMatch(/^exchange_connections\{endpoint="trade"\} 1$/m);
    expect(text).toMatch(/^exchange_messages_in_total\{encoding="json"\} [1-9]/m);
    expect(text).toMatch(/^exchange_messages_out_total\{encoding="json"\} [1-9]/m);
    expect(text).toMatch(/^exchange_rejects_total\{reason="PRICE_BAND"\} 1$/m);
    expect(text).toMatch(/^exchange_ring_depth \d+$/m);
    expect(text).toMatch(/^exchange_journal_lag \d+$/m);
    expect(text).toMatch(/^exchange_request_latency_seconds_count [1-9]/m);
    c.close();
  });

  it('an unknown path is 404 with a hint', async () => {
    const r = await fetch(`${http}/nope`);
    expect(r.status).toBe(404);
    expect(await r.text()).toMatch(/health/);
  });
});

describe('gateway: admin channel', () => {
  let t: TestGateway;
  beforeAll(async () => { t = await startTestGateway(); });
  afterAll(async () => { await t.close(); });

  it('the operator halts and resumes an instrument, deposits once per RefID; trading keys cannot log on there', async () => {
    const refused = await TestConn.open(t.url, '/admin');
    refused.send(signLogon('alice-key', 'alice-secret'));
    expect(await refused.next((m) => m.MsgType === 'LogonReject')).toMatchObject({ Reason: 'UNKNOWN_API_KEY' });

    const op = await TestConn.open(t.url, '/admin');
    op.send(signLogon('operator-key', 'operator-secret'));
    await op.next((m) => m.MsgType === 'LogonAck');
    op.send({ MsgType: 'AdminRequest', RequestID: 'r-1', Command: ['halt', 'BTC-USD'] });
    expect(await op.next((m) => m.RequestID === 'r-1')).toMatchObject({ MsgType: 'AdminReport', Status: 'DONE', Lines: ['DONE'] });
    const alice = await logon(t.url, 'alice');
    alice.send(nos('halted-1', 'BUY', '95000', '0.01'));
    expect(await alice.next(byClOrdId('halted-1', 'REJECTED'))).toMatchObject({ RejectReason: 'INSTRUMENT_HALTED' });
    op.send({ MsgType: 'AdminRequest', RequestID: 'r-2', Command: ['resume', 'BTC-USD'] });
    await op.next((m) => m.RequestID === 'r-2');
    alice.send(nos('halted-2', 'BUY', '95000', '0.01'));
    await alice.next(byClOrdId('halted-2', 'NEW'));

    op.send({ MsgType: 'AdminRequest', RequestID: 'r-3', Command: ['deposit', 'carol', 'ETH', '2.5', '5000000000'] });
    expect(await op.next((m) => m.RequestID === 'r-3')).toMatchObject({ Status: 'DONE', Lines: ['DONE'] });
    op.send({ MsgType: 'AdminRequest', RequestID: 'r-4', Command: ['deposit', 'carol', 'ETH', '2.5', '5000000000'] });
    expect(await op.next((m) => m.RequestID === 'r-4')).toMatchObject({ Lines: ['DONE (duplicate RefID: nothing changed)'] });
    op.send({ MsgType: 'AdminRequest', RequestID: 'r-5', Command: ['balance', 'carol'] });
    expect((await op.next((m) => m.RequestID === 'r-5')).Lines).toContain('carol ETH available 2.50000000 held 0.00000000');
    op.send({ MsgType: 'AdminRequest', RequestID: 'r-6', Command: ['halt', 'NOPE'] });
    expect(await op.next((m) => m.RequestID === 'r-6')).toMatchObject({ Status: 'REJECTED', Lines: ['unknown symbol "NOPE"'] });
    op.send(nos('x', 'BUY', '1', '1'));
    expect(await op.next((m) => m.MsgType === 'Reject')).toMatchObject({ Reason: 'UNKNOWN_MSG_TYPE' });
    alice.close(); op.close();
  });
});

describe('gateway: restart', () => {
  it('recovers orders, ClOrdIDs and balances from the data directory; config deposits are not applied twice', async () => {
    const first = await startTestGateway();
    const alice = await logon(first.url, 'alice');
    alice.send(nos('r-1', 'SELL', '100000', '1'));
    const ack = await alice.next(byClOrdId('r-1', 'NEW'));
    alice.send({ MsgType: 'BalanceRequest' });
    const balBefore = await alice.next((m) => m.MsgType === 'BalanceReport');
    const hash = await first.gateway.stateHash();
    alice.close();
    await first.close(true);

    const second = await startTestGateway({ dataDir: first.dataDir });
    try {
      const again = await logon(second.url, 'alice');
      again.send({ MsgType: 'BalanceRequest' });
      const balAfter = await again.next((m) => m.MsgType === 'BalanceReport');
      expect(balAfter.Balances).toEqual(balBefore.Balances);
      // Resending the same order after the restart is answered from the dedupe window.
      again.send(nos('r-1', 'SELL', '100000', '1'));
      expect(await again.next(byClOrdId('r-1', 'ORDER_STATUS'))).toMatchObject({ OrderID: ack.OrderID, OrdStatus: 'NEW' });
      // A fill of the order placed before the restart carries its ClOrdID and AvgPx.
      const bob = await logon(second.url, 'bob');
      bob.send(nos('r-2', 'BUY', '100000', '0.25'));
      expect(await again.next(byClOrdId('r-1', 'TRADE'))).toMatchObject({ CumQty: '0.25', LeavesQty: '0.75', AvgPx: '100000' });
      expect(hash).not.toBe(await second.gateway.stateHash());
      again.close(); bob.close();
    } finally {
      await second.close();
    }
  });
});
