/**
 * The end-to-end bench's harness (bench/e2e): its reply scanning on both
 * encodings, and a short run of the built harness (`npm test` builds first)
 * against the echo server: a few hundred orders per phase through the
 * forked load generator, latencies recorded, results and chart written.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExecType, ExecutionReportEncoder, MessageHeaderEncoder, NewOrderSingleDecoder, MessageHeaderDecoder, Side } from '../../protocol/generated/index.js';
import { benchAccounts } from '../../bench/e2e/benchConfig.js';
import { OrderFlow, jsonLogon, logonSignature } from '../../bench/e2e/orders.js';
import { Reply, ReplyScanner } from '../../bench/e2e/replies.js';
import { TempDirs } from '../sequencer/journal/support/tempDir.js';

const HARNESS = join(import.meta.dirname, '../../dist/bench/e2e/run.js');
const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

describe('e2e bench: orders and replies', () => {
  it('JSON orders alternate sides around the reference and name their ClOrdID', () => {
    const flow = new OrderFlow(0, 'q1x');
    const a = JSON.parse(flow.json(1)) as Record<string, string>;
    const b = JSON.parse(flow.json(2)) as Record<string, string>;
    expect(a).toMatchObject({ MsgType: 'NewOrderSingle', ClOrdID: 'q1x1', Symbol: 'BTC-USD', Side: 'SELL', OrdType: 'LIMIT', OrderQty: '0.01', TimeInForce: 'GTC' });
    expect(b.Side).toBe('BUY');
    expect(Number(a.Price)).toBeLessThan(50_000);
    expect(Number(b.Price)).toBeGreaterThan(50_000);
  });

  it('SBE orders decode through the generated flyweight', () => {
    const bytes = new OrderFlow(1, 'q1x').sbe(7);
    const d = new NewOrderSingleDecoder().wrapAndApplyHeader(new DataView(bytes.buffer, bytes.byteOffset, bytes.length), 0, new MessageHeaderDecoder());
    expect(d.clOrdID()).toBe('q1x7');
    expect(d.side()).toBe(Side.BUY); // connection 1, order 7: 1 + 7 even
    expect(d.orderQtyMantissa() * 10 ** d.orderQtyExponent()).toBeCloseTo(0.01);
    expect(d.expireTime()).toBe(NewOrderSingleDecoder.expireTimeNullValue); // GTC: no expiry
  });

  it('the Logon signature is hex HMAC-SHA256 of ApiKey, Timestamp and Nonce', () => {
    const [account] = benchAccounts(1);
    const logon = JSON.parse(jsonLogon(account!, 'n-1', 1_764_000_000_000)) as Record<string, unknown>;
    expect(logon.Signature).toBe(logonSignature(account!.secret, account!.apiKey, 1_764_000_000_000, 'n-1'));
    expect(logon.Signature).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads order number and ExecType from JSON and SBE ExecutionReports, and ignores foreign ClOrdIDs', () => {
    const s = new ReplyScanner('q1x');
    expect(s.scanText(Buffer.from('{"MsgType":"ExecutionReport","ExecType":"TRADE","ClOrdID":"q1x123","Seq":4}'))).toBe(Reply.EXEC_REPORT);
    expect([s.orderNumber, s.execType]).toEqual([123, ExecType.TRADE]);
    expect(s.scanText(Buffer.from('{ "MsgType": "ExecutionReport", "ExecType": "REJECTED", "ClOrdID": "q1x9" }'))).toBe(Reply.EXEC_REPORT);
    expect([s.orderNumber, s.execType]).toEqual([9, ExecType.REJECTED]);
    s.scanText(Buffer.from('{"MsgType":"ExecutionReport","ExecType":"NEW","ClOrdID":"other-5"}'));
    expect(s.orderNumber).toBe(-1);
    expect(s.scanText(Buffer.from('{"MsgType":"LogonAck","Account":"a"}'))).toBe(Reply.LOGON_ACK);
    expect(s.scanText(Buffer.from('{"MsgType":"Reject","Reason":"RATE_LIMITED"}'))).toBe(Reply.REJECT);

    const buf = Buffer.alloc(8 + ExecutionReportEncoder.BLOCK_LENGTH + 2);
    new ExecutionReportEncoder().wrapAndApplyHeader(new DataView(buf.buffer, buf.byteOffset, buf.length), 0, new MessageHeaderEncoder())
      .execType(ExecType.CANCELED).clOrdID('q1x77').text('');
    expect(s.scanBinary(buf)).toBe(Reply.EXEC_REPORT);
    expect([s.orderNumber, s.execType]).toEqual([77, ExecType.CANCELED]);
  });
});

describe('e2e bench: harness against the echo server', () => {
  it('a few hundred orders per phase: latencies recorded, e2e.json and the chart written', () => {
    expect(existsSync(HARNESS), `${HARNESS} missing: run npm run build`).toBe(true);
    const out = join(dirs.make('e2e-test-'), 'e2e.json');
    const r = spawnSync(process.execPath, [HARNESS, '--target', 'echo', '--runs', '1', '--connections', '4', '--window', '4',
      '--rate', '1000', '--warmup-ms', '0', '--duration-ms', '400', '--drain-ms', '2000', '--orders', '300', '--fsync-writes', '20',
      '--data-root', dirs.make('e2e-data-'), '--out', out], { encoding: 'utf8', timeout: 18_000 });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const res = JSON.parse(readFileSync(out, 'utf8')) as Record<string, any>;
    expect(res.echoJsonPerSec).toBeGreaterThan(0);
    expect(res.echoSbePerSec).toBeGreaterThan(0);
    expect(res.jsonOrdersPerSec).toBeNull(); // the exchange was not measured
    expect(res.connections).toBe(4);
    expect(res.fsyncP50Us).toBeGreaterThan(0);
    for (const key of ['echoClosedJson', 'echoClosedSbe', 'echoOpen']) {
      const p = res.phases[key];
      expect(p.errors, key).toEqual([]);
      expect(p.answered, key).toBeGreaterThan(0);
      expect(p.latency.count, key).toBeGreaterThan(0);
      expect(p.latency.p50Us, key).toBeGreaterThan(0);
      expect(p.unanswered, key).toBe(0);
    }
    // The open loop sent exactly the capped 300 orders, all measured (no warm-up) and all answered.
    expect(res.phases.echoOpen.sent).toBe(300);
    expect(res.phases.echoOpen.latency.count).toBe(300);
    expect(res.echoP50UsAt50k).toBeGreaterThan(0);
    const svg = readFileSync(join(out, '../e2e-latency.svg'), 'utf8');
    expect(svg).toMatch(/^<svg[\s\S]*echo server[\s\S]*<\/svg>\n$/);
  }, 20_000);
});

describe('e2e bench: a CI-sized dose against the exchange itself', () => {
  it('every phase of our server (JSON, SBE, open loop with fsync always and none): all orders answered, latencies recorded', () => {
    const out = join(dirs.make('e2e-test-'), 'e2e.json');
    const r = spawnSync(process.execPath, [HARNESS, '--target', 'server', '--runs', '1', '--connections', '4', '--window', '4',
      '--rate', '1000', '--warmup-ms', '0', '--duration-ms', '400', '--drain-ms', '3000', '--orders', '300', '--fsync-writes', '20',
      '--data-root', dirs.make('e2e-data-'), '--out', out], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const res = JSON.parse(readFileSync(out, 'utf8')) as Record<string, any>;
    expect(res.jsonOrdersPerSec).toBeGreaterThan(0);
    expect(res.sbeOrdersPerSec).toBeGreaterThan(0);
    expect(res.p99UsAt50k).toBeGreaterThan(0);
    expect(res.p99UsAt50kNoFsync).toBeGreaterThan(0);
    for (const key of ['closedJson', 'closedSbe', 'openAlways', 'openNone']) {
      const p = res.phases[key];
      expect(p.errors, key).toEqual([]);
      expect(p.answered, key).toBeGreaterThan(0);
      expect(p.unanswered, key).toBe(0);
    }
    expect(res.phases.openNone.latency.count).toBe(300);
  }, 70_000);
});
