/**
 * The client against the real exchange: starts the built server
 * (dist/gateway/main.js on the demo config, a fresh data directory and a free
 * port; `npm test` builds first), then alice and bob cross orders over JSON
 * and over SBE and both receive their TRADE reports, maker and taker, with
 * the fees and balances the contract promises.
 */
import { freePort } from '../../bench/e2e/servers.js';
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decimalToDecimal64 } from '../../client/decimal.js';
import { ExchangeClient } from '../../client/exchangeClient.js';
import type { BalanceReport } from '../../client/messages.js';

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const MAIN = join(REPO, 'dist/gateway/main.js');

let server: ChildProcess | undefined;
let dataDir: string;
let url: string;
let output = '';

/** Starts the server and resolves with its base URL once it prints where it listens. */
async function startServer(): Promise<string> {
  const port = await freePort();
  const child = spawn(process.execPath, [MAIN, '--config', join(REPO, 'config/demo.json'), '--data-dir', dataDir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server = child;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not say where it listens within 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const m = /Exchange listening on (http:\/\/[\w.:[\]]+)/.exec(output);
      if (m !== null) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (code ${code}) before listening:\n${output}`));
    });
  });
}

/** A decimal string as an exact integer count of 10^-18 (for sums without floats). */
function atto(text: string): bigint {
  const d = decimalToDecimal64(text);
  return BigInt(d.mantissa) * 10n ** BigInt(d.exponent + 18);
}

function balance(report: BalanceReport, asset: string): { total: bigint; available: bigint } {
  const b = report.Balances.find((x) => x.Asset === asset);
  expect(b, asset).toBeDefined();
  return { total: atto(b!.Total), available: atto(b!.Available) };
}

beforeAll(async () => {
  expect(existsSync(MAIN), `${MAIN} missing: run npx tsc -p tsconfig.json`).toBe(true);
  dataDir = mkdtempSync(join(tmpdir(), 'client-e2e-'));
  url = await startServer();
  const health = await fetch(`${url}/health`);
  expect(health.status).toBe(200);
}, 30_000);

afterAll(async () => {
  if (server !== undefined && server.exitCode === null) {
    const exited = once(server, 'exit');
    server.kill('SIGTERM');
    await exited;
  }
  if (dataDir !== undefined) rmSync(dataDir, { recursive: true, force: true });
});

describe.each(['json', 'sbe'] as const)('the client against the exchange, over %s', (encoding) => {
  it('alice and bob cross: both get their TRADE report, with fees in USD and balances moved', async () => {
    const alice = await ExchangeClient.connect({ url, apiKey: 'alice-key', secret: 'alice-secret', encoding });
    const bob = await ExchangeClient.connect({ url, apiKey: 'bob-key', secret: 'bob-secret', encoding });
    try {
      expect([alice.account, bob.account]).toEqual(['alice', 'bob']);
      const aliceBefore = await alice.balances();
      const bobBefore = await bob.balances();
      expect(aliceBefore.MsgType).toBe('BalanceReport');

      const sell = await alice.newOrder({ symbol: 'BTC-USD', side: 'SELL', ordType: 'LIMIT', price: '100000', orderQty: '0.5' });
      expect(sell).toMatchObject({ MsgType: 'ExecutionReport', ExecType: 'NEW', OrdStatus: 'NEW', Symbol: 'BTC-USD', Price: '100000', OrderQty: '0.5', LeavesQty: '0.5' });

      const buy = bob.newOrder({ symbol: 'BTC-USD', side: 'BUY', ordType: 'LIMIT', price: '100000', orderQty: '0.5', timeInForce: 'IOC' });
      const bobAnswer = await buy;
      expect(bobAnswer.MsgType).toBe('ExecutionReport');
      const [makerTrade, takerTrade] = await Promise.all([
        alice.awaitReports((sell as { ClOrdID: string }).ClOrdID, (er) => er.ExecType === 'TRADE'),
        bob.awaitReports(buy.clOrdId, (er) => er.ExecType === 'TRADE'),
      ]);
      expect(makerTrade).toMatchObject({
        Side: 'SELL', LastPx: '100000', LastQty: '0.5', Liquidity: 'MAKER', OrdStatus: 'FILLED', CumQty: '0.5', LeavesQty: '0',
        AvgPx: '100000', Fee: '5', FeeAsset: 'USD',
      });
      expect(takerTrade).toMatchObject({
        Side: 'BUY', LastPx: '100000', LastQty: '0.5', Liquidity: 'TAKER', OrdStatus: 'FILLED', LeavesQty: '0', Fee: '25', FeeAsset: 'USD',
      });
      // One match, one command: same trade, same Seq and TransactTime on both sides.
      expect(makerTrade.TradeID).toBe(takerTrade.TradeID);
      expect(makerTrade.Seq).toBe(takerTrade.Seq);
      expect(makerTrade.TransactTime).toBe(takerTrade.TransactTime);

      const aliceAfter = await alice.balances();
      const bobAfter = await bob.balances();
      if (aliceAfter.MsgType !== 'BalanceReport' || bobAfter.MsgType !== 'BalanceReport' || aliceBefore.MsgType !== 'BalanceReport' || bobBefore.MsgType !== 'BalanceReport') {
        throw new Error('expected balance reports');
      }
      expect(balance(aliceAfter, 'BTC').total - balance(aliceBefore, 'BTC').total).toBe(-atto('0.5'));
      expect(balance(aliceAfter, 'USD').total - balance(aliceBefore, 'USD').total).toBe(atto('50000') - atto('5'));
      expect(balance(bobAfter, 'BTC').total - balance(bobBefore, 'BTC').total).toBe(atto('0.5'));
      expect(balance(bobAfter, 'USD').total - balance(bobBefore, 'USD').total).toBe(-atto('50000') - atto('25'));

      const status = await alice.orderStatus(makerTrade.ClOrdID);
      expect(status).toMatchObject({ ExecType: 'ORDER_STATUS', OrdStatus: 'FILLED', CumQty: '0.5' });
    } finally {
      await Promise.all([alice.close(), bob.close()]);
    }
  });

  it('a logon with the wrong secret is refused with the server\'s reason', async () => {
    await expect(ExchangeClient.connect({ url, apiKey: 'alice-key', secret: 'wrong', encoding }))
      .rejects.toMatchObject({ code: 'LOGON_REJECTED', reason: expect.any(String) });
  });

  it('refusals come back as answers: an unknown order, a cancel of nothing, an off-tick price', async () => {
    const alice = await ExchangeClient.connect({ url, apiKey: 'alice-key', secret: 'alice-secret', encoding });
    try {
      expect(await alice.orderStatus('never-used')).toMatchObject({ MsgType: 'Reject', RefMsgType: 'OrderStatusRequest', Reason: 'UNKNOWN_ORDER' });
      expect(await alice.cancel({ origClOrdId: 'never-used', symbol: 'BTC-USD' })).toMatchObject({ MsgType: 'OrderCancelReject', OrigClOrdID: 'never-used', Reason: 'UNKNOWN_ORDER' });
      expect(await alice.newOrder({ symbol: 'BTC-USD', side: 'BUY', ordType: 'LIMIT', price: '99000.001', orderQty: '1' }))
        .toMatchObject({ MsgType: 'ExecutionReport', ExecType: 'REJECTED', RejectReason: 'INVALID_TICK' });
      const resting = await alice.newOrder({ symbol: 'BTC-USD', side: 'BUY', ordType: 'LIMIT', price: '95000', orderQty: '0.1' });
      expect(resting).toMatchObject({ ExecType: 'NEW' });
      expect(await alice.massCancel({ symbol: 'BTC-USD' })).toMatchObject({ MsgType: 'OrderMassCancelReport', CanceledCount: 1 });
    } finally {
      await alice.close();
    }
  });
});
