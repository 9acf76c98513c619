import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import WebSocket from 'ws';
import type { ExchangeConfig } from '../../../config/exchangeConfig.js';
import { loadConfigFile, parseConfig } from '../../../config/loadConfig.js';
import { startGateway, type Gateway, type GatewayOptions } from '../../../gateway/server.js';

/**
 * A real gateway (uWebSockets.js, threaded sequencer, journal on disk) on an
 * ephemeral loopback port, and a minimal raw WebSocket client for tests:
 * tests speak the wire protocol directly (JSON text or SBE bytes) rather
 * than through the client SDK, so they check the contract itself.
 */
export const DEMO_CONFIG_PATH = resolve(import.meta.dirname, '../../../config/demo.json');

const rawDemo = JSON.parse(readFileSync(DEMO_CONFIG_PATH, 'utf8')) as Record<string, unknown>;

export function demoConfigJson(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(rawDemo));
}

export interface TestGateway {
  gateway: Gateway;
  url: string;
  dataDir: string;
  config: ExchangeConfig;
  /** Closes the gateway; removes the data directory unless `keepData`. */
  close(keepData?: boolean): Promise<void>;
}

/** Demo config with `limits` overrides (other fields: `patch` edits the raw JSON). */
export async function startTestGateway(o: {
  limits?: Record<string, number>;
  patch?: (raw: Record<string, unknown>) => void;
  dataDir?: string;
  options?: Partial<GatewayOptions>;
} = {}): Promise<TestGateway> {
  const raw = demoConfigJson();
  raw.limits = { ...(raw.limits as object), messagesPerSecond: 100_000, burst: 100_000, ...o.limits };
  o.patch?.(raw);
  const config = parseConfig(raw);
  const dataDir = o.dataDir ?? mkdtempSync(join(tmpdir(), 'gw-test-'));
  const gateway = await startGateway({
    config, dataDir, port: 0, fsyncPolicy: 'none', logger: pino({ level: 'silent' }), ...o.options,
  });
  return {
    gateway, url: gateway.url.replace(/^http/, 'ws'), dataDir, config,
    async close(keepData = false) {
      await gateway.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export { loadConfigFile };

export type Msg = Record<string, unknown> & { MsgType: string };

/** A raw client: sends objects (JSON) or bytes (SBE), queues what arrives, awaits by predicate. */
export class TestConn {
  readonly received: (Msg | Uint8Array)[] = [];
  private waiters: { pred: (m: Msg | Uint8Array) => boolean; resolve: (m: Msg | Uint8Array) => void }[] = [];
  closeCode: number | null = null;
  closeReason = '';
  readonly closed: Promise<number>;

  private constructor(readonly ws: WebSocket) {
    this.closed = new Promise((res) => ws.on('close', (code, reason) => {
      this.closeCode = code;
      this.closeReason = reason.toString();
      res(code);
    }));
    ws.on('message', (data, isBinary) => {
      const m: Msg | Uint8Array = isBinary ? new Uint8Array(data as Buffer) : (JSON.parse(data.toString()) as Msg);
      this.received.push(m);
      const w = this.waiters.findIndex((x) => x.pred(m));
      if (w >= 0) {
        const [waiter] = this.waiters.splice(w, 1);
        waiter!.resolve(m);
      }
    });
  }

  static async open(url: string, path = '/trade'): Promise<TestConn> {
    const ws = new WebSocket(url + path);
    const conn = new TestConn(ws);
    await new Promise<void>((res, rej) => {
      ws.once('open', () => res());
      ws.once('error', rej);
    });
    return conn;
  }

  send(m: object | object[]): void {
    this.ws.send(JSON.stringify(m));
  }

  sendRaw(data: string | Uint8Array): void {
    this.ws.send(data, { binary: typeof data !== 'string' });
  }

  /** The first message (already received or coming) that matches; removes nothing. */
  async next(pred: (m: Msg) => boolean, timeoutMs = 5000): Promise<Msg> {
    const found = this.received.find((m) => !(m instanceof Uint8Array) && pred(m));
    if (found !== undefined) return found as Msg;
    return (await this.waitFor((m) => !(m instanceof Uint8Array) && pred(m as Msg), timeoutMs)) as Msg;
  }

  async nextBinary(pred: (b: Uint8Array) => boolean, timeoutMs = 5000): Promise<Uint8Array> {
    const found = this.received.find((m) => m instanceof Uint8Array && pred(m));
    if (found !== undefined) return found as Uint8Array;
    return (await this.waitFor((m) => m instanceof Uint8Array && pred(m), timeoutMs)) as Uint8Array;
  }

  /** Waits until `n` messages in total have arrived. */
  async count(n: number, timeoutMs = 5000): Promise<(Msg | Uint8Array)[]> {
    const start = Date.now();
    while (this.received.length < n) {
      if (Date.now() - start > timeoutMs) throw new Error(`only ${this.received.length} of ${n} messages: ${JSON.stringify(this.received.slice(-3))}`);
      await new Promise((r) => setTimeout(r, 5));
    }
    return this.received;
  }

  private waitFor(pred: (m: Msg | Uint8Array) => boolean, timeoutMs: number): Promise<Msg | Uint8Array> {
    return new Promise((resolve, reject) => {
      const waiter = { pred, resolve: (m: Msg | Uint8Array) => { clearTimeout(timer); resolve(m); } };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`timed out after ${timeoutMs} ms; last received: ${JSON.stringify(this.received.slice(-3))}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  close(): void {
    this.ws.close();
  }
}

export function signLogon(apiKey: string, secret: string, timestamp = Date.now(), nonce = randomUUID(), cod = false): Msg {
  const Signature = createHmac('sha256', secret).update(`${apiKey}\n${timestamp}\n${nonce}`).digest('hex');
  return { MsgType: 'Logon', ApiKey: apiKey, Timestamp: timestamp, Nonce: nonce, Signature, CancelOnDisconnect: cod };
}

/** Opens /trade and logs on as a demo account (alice, bob, carol); resolves after LogonAck. */
export async function logon(url: string, account: 'alice' | 'bob' | 'carol', o: { cod?: boolean } = {}): Promise<TestConn> {
  const c = await TestConn.open(url);
  c.send(signLogon(`${account}-key`, `${account}-secret`, Date.now(), randomUUID(), o.cod ?? false));
  const ack = await c.next((m) => m.MsgType === 'LogonAck' || m.MsgType === 'LogonReject');
  if (ack.MsgType !== 'LogonAck') throw new Error(`logon failed: ${JSON.stringify(ack)}`);
  return c;
}

export function nos(clOrdId: string, side: 'BUY' | 'SELL', price: string | null, qty: string, extra: Record<string, unknown> = {}): Msg {
  const m: Msg = { MsgType: 'NewOrderSingle', ClOrdID: clOrdId, Symbol: 'BTC-USD', Side: side, OrdType: price === null ? 'MARKET' : 'LIMIT', OrderQty: qty };
  if (price !== null) m.Price = price;
  return { ...m, ...extra };
}

export const byClOrdId = (id: string, execType?: string) => (m: Msg): boolean =>
  m.MsgType === 'ExecutionReport' && m.ClOrdID === id && (execType === undefined || m.ExecType === execType);
