import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logon, nos, signLogon, startTestGateway, TestConn, type TestGateway } from './support/gatewayHarness.js';

/** Logon and its failures (PROTOCOL.md, "Session"). */
describe('gateway: session and authentication', () => {
  let t: TestGateway;
  beforeAll(async () => { t = await startTestGateway({ limits: { logonTimeoutMs: 400 } }); });
  afterAll(async () => { await t.close(); });

  async function tryLogon(m: Record<string, unknown>): Promise<{ reply: Record<string, unknown>; code: number }> {
    const c = await TestConn.open(t.url);
    c.send(m);
    const reply = await c.next((x) => x.MsgType === 'LogonReject' || x.MsgType === 'LogonAck');
    const code = reply.MsgType === 'LogonReject' ? await c.closed : -1;
    if (code === -1) c.close();
    return { reply, code };
  }

  it('anything before Logon is refused NOT_LOGGED_ON and the connection stays up', async () => {
    const c = await TestConn.open(t.url);
    c.send(nos('x', 'BUY', '100000', '1'));
    expect(await c.next((m) => m.MsgType === 'Reject')).toMatchObject({ RefMsgType: 'NewOrderSingle', Reason: 'NOT_LOGGED_ON' });
    c.send(signLogon('alice-key', 'alice-secret'));
    expect(await c.next((m) => m.MsgType === 'LogonAck')).toEqual({ MsgType: 'LogonAck', Account: 'alice' });
    c.close();
  });

  it('a bad signature, an unknown key, a stale or future timestamp and a replayed nonce are each LogonReject, then the socket closes', async () => {
    const bad = signLogon('alice-key', 'alice-secret');
    bad.Signature = (bad.Signature as string).replace(/^./, (ch) => (ch === 'a' ? 'b' : 'a'));
    expect((await tryLogon(bad)).reply).toEqual({ MsgType: 'LogonReject', Reason: 'BAD_SIGNATURE' });
    expect((await tryLogon(signLogon('alice-key', 'wrong-secret'))).reply.Reason).toBe('BAD_SIGNATURE');
    expect((await tryLogon(signLogon('nobody-key', 'x'))).reply.Reason).toBe('UNKNOWN_API_KEY');
    const stale = await tryLogon(signLogon('alice-key', 'alice-secret', Date.now() - 31_000));
    expect(stale.reply.Reason).toBe('STALE_TIMESTAMP');
    expect(stale.code).toBeGreaterThan(1000);
    expect((await tryLogon(signLogon('alice-key', 'alice-secret', Date.now() + 31_000))).reply.Reason).toBe('STALE_TIMESTAMP');
    const nonce = randomUUID();
    expect((await tryLogon(signLogon('bob-key', 'bob-secret', Date.now(), nonce))).reply.MsgType).toBe('LogonAck');
    expect((await tryLogon(signLogon('bob-key', 'bob-secret', Date.now(), nonce))).reply.Reason).toBe('REPLAYED_NONCE');
  });

  it('a Logon with missing or mistyped fields is a session Reject naming the field', async () => {
    const c = await TestConn.open(t.url);
    c.send({ MsgType: 'Logon', ApiKey: 'alice-key', Nonce: 'n', Signature: 'ab' });
    expect(await c.next((m) => m.MsgType === 'Reject')).toMatchObject({ RefMsgType: 'Logon', Reason: 'MISSING_FIELD', Field: 'Timestamp' });
    c.send({ MsgType: 'Logon', ApiKey: 'alice-key', Timestamp: '1', Nonce: 'n', Signature: 'ab' });
    expect(await c.next((m) => m.MsgType === 'Reject' && m.Field === 'Timestamp' && m.Reason === 'INVALID_FIELD')).toBeTruthy();
    c.close();
  });

  it('no Logon within the time allowed: LogonReject LOGON_TIMEOUT and the server closes', async () => {
    const c = await TestConn.open(t.url);
    expect(await c.next((m) => m.MsgType === 'LogonReject', 3000)).toEqual({ MsgType: 'LogonReject', Reason: 'LOGON_TIMEOUT' });
    expect(await c.closed).toBe(4002);
  });

  it('a second Logon on a logged-on session is refused, the session stays', async () => {
    const c = await logon(t.url, 'carol');
    c.send(signLogon('carol-key', 'carol-secret'));
    expect(await c.next((m) => m.MsgType === 'Reject')).toMatchObject({ RefMsgType: 'Logon', Reason: 'INVALID_FIELD' });
    c.send({ MsgType: 'BalanceRequest' });
    expect(await c.next((m) => m.MsgType === 'BalanceReport')).toBeTruthy();
    c.close();
  });
});
