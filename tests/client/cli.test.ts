/**
 * The command-line client: the built command prints its usage and explains
 * an unreachable server (run from dist/: `npm test` builds first, or
 * `npx tsc -p tsconfig.json`), and every command, run in process against the
 * fake exchange in both encodings, prints readable lines and the documented
 * exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CLIENT_USAGE, CliUsageError, parseCliArgs } from '../../client/cliArgs.js';
import { runClient } from '../../client/cliCommands.js';
import type { WireMessage } from '../../client/messages.js';
import { type FakeSession, FakeExchange, report } from './support/fakeExchange.js';

const CLI = fileURLToPath(new URL('../../dist/client/cli.js', import.meta.url));
const T = 1_764_000_000_000_123;

describe('the built command', () => {
  it('prints its usage for --help and help, exit 0', () => {
    expect(existsSync(CLI), `${CLI} missing: run npx tsc -p tsconfig.json`).toBe(true);
    for (const arg of ['--help', 'help', '-h']) {
      const r = spawnSync(process.execPath, [CLI, arg], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^usage: npm run client -- \[OPTIONS\] COMMAND \[ARGS\]/);
      for (const command of ['place SIDE QTY SYMBOL [@ PRICE] [--ioc|--fok] [--post-only]', 'cancel ORIGCLORDID SYMBOL',
        'replace ORIGCLORDID SYMBOL PRICE QTY', 'mass-cancel [SYMBOL]', 'status CLORDID', 'balances', 'book SYMBOL [--depth N]',
        'watch trades SYMBOL', '--url URL', '--key KEY', '--secret SECRET', '--sbe', 'default ws://127.0.0.1:8080']) {
        expect(r.stdout).toContain(command);
      }
    }
  });

  it('says clearly when the server is unreachable, exit 3; a bad command line is exit 2', async () => {
    const server = createServer().listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as { port: number };
    await new Promise((r) => server.close(r));
    const r = spawnSync(process.execPath, [CLI, '--url', `ws://127.0.0.1:${port}`, 'balances'], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    expect(r.stderr.trim()).toBe(`cannot reach the exchange at ws://127.0.0.1:${port}/trade: connection refused (is the server running?)`);
    const bad = spawnSync(process.execPath, [CLI, 'place', 'buy', 'lots', 'BTC-USD'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/QTY "lots": expected a decimal such as 1.5 or 100.25/);
  });
});

describe('command-line parsing', () => {
  it('reads every command with its options', () => {
    const defaults = { url: 'ws://127.0.0.1:8080', apiKey: 'alice-key', secret: 'alice-secret', encoding: 'json', timeoutMs: 10_000, waitMs: 300, raw: false };
    expect(parseCliArgs(['place', 'buy', '1.5', 'BTC-USD', '@', '100.25'])).toEqual({
      options: defaults,
      command: { kind: 'place', side: 'BUY', qty: '1.5', symbol: 'BTC-USD', price: '100.25', timeInForce: 'GTC', postOnly: false },
    });
    expect(parseCliArgs(['--sbe', '--user', 'bob', 'place', 'SELL', '2', 'ETH-USD', '@3500', '--fok', '--id', 'b-1', '--stp', 'cancel-both']).command)
      .toEqual({ kind: 'place', side: 'SELL', qty: '2', symbol: 'ETH-USD', price: '3500', timeInForce: 'FOK', postOnly: false, stp: 'CANCEL_BOTH', clOrdId: 'b-1' });
    expect(parseCliArgs(['--user', 'bob', 'balances']).options).toMatchObject({ apiKey: 'bob-key', secret: 'bob-secret' });
    expect(parseCliArgs(['place', 'buy', '1', 'BTC-USD']).command).toMatchObject({ timeInForce: 'IOC' });
    expect(parseCliArgs(['place', 'buy', '1', 'BTC-USD', '@', '5', '--post-only']).command).toMatchObject({ postOnly: true, timeInForce: 'GTC' });
    expect(parseCliArgs(['cancel', 'c-1', 'BTC-USD']).command).toEqual({ kind: 'cancel', origClOrdId: 'c-1', symbol: 'BTC-USD' });
    expect(parseCliArgs(['replace', 'c-1', 'BTC-USD', '101', '2']).command).toEqual({ kind: 'replace', origClOrdId: 'c-1', symbol: 'BTC-USD', price: '101', qty: '2' });
    expect(parseCliArgs(['mass-cancel']).command).toEqual({ kind: 'mass-cancel' });
    expect(parseCliArgs(['mass-cancel', 'BTC-USD']).command).toEqual({ kind: 'mass-cancel', symbol: 'BTC-USD' });
    expect(parseCliArgs(['status', 'c-1']).command).toEqual({ kind: 'status', clOrdId: 'c-1' });
    expect(parseCliArgs(['book', 'BTC-USD', '--depth=5', '--url', 'ws://h:1', '--key', 'k', '--secret', 's', '--timeout', '50']))
      .toEqual({ options: { ...defaults, url: 'ws://h:1', apiKey: 'k', secret: 's', timeoutMs: 50 }, command: { kind: 'book', symbol: 'BTC-USD', depth: 5 } });
    expect(parseCliArgs(['watch', 'trades', 'BTC-USD']).command).toEqual({ kind: 'watch', channel: 'TRADES', symbol: 'BTC-USD' });
    expect(parseCliArgs(['status', 'x', '--help']).command).toEqual({ kind: 'help' });
  });

  it('explains each mistake', () => {
    const mistakes: [string[], RegExp][] = [
      [[], /no command given/],
      [['sell'], /unknown command "sell"/],
      [['place', 'hold', '1', 'X'], /SIDE "hold": expected buy or sell/],
      [['place', 'buy', '1e3', 'X'], /QTY "1e3"/],
      [['place', 'buy', '1', 'X', '@'], /expected place SIDE QTY SYMBOL \[@ PRICE\]/],
      [['place', 'buy', '1', 'X', '100'], /expected place SIDE QTY SYMBOL \[@ PRICE\]/],
      [['place', 'buy', '-1', 'X'], /QTY "-1"/],
      [['place', 'buy', '1', 'X', '--ioc', '--fok'], /--ioc and --fok exclude each other/],
      [['place', 'buy', '1', 'X', '--post-only'], /--post-only is for a resting LIMIT order/],
      [['place', 'buy', '1', 'X', '@', '1', '--post-only', '--ioc'], /--post-only is for a resting LIMIT order/],
      [['place', 'buy', '1', 'X', '--stp', 'never'], /--stp never: expected one of/],
      [['balances', '--ioc'], /--ioc applies to place only, not balances/],
      [['book', 'X', '--depth', '0'], /--depth "0": expected a whole number above 0/],
      [['--key', 'k', 'balances'], /--key and --secret go together/],
      [['--user', 'bob', '--key', 'k', '--secret', 's', 'balances'], /--user replaces --key and --secret/],
      [['--frobnicate', 'balances'], /unknown option --frobnicate/],
      [['--url'], /--url needs a value/],
      [['watch', 'orders', 'X'], /watch orders: expected trades or bbo/],
      [['cancel', 'c-1'], /expected cancel ORIGCLORDID SYMBOL/],
      [['status', 'x'.repeat(33)], /CLORDID .* 1 to 32 printable ASCII/],
    ];
    for (const [argv, message] of mistakes) {
      expect(() => parseCliArgs(argv), argv.join(' ')).toThrow(CliUsageError);
      expect(() => parseCliArgs(argv), argv.join(' ')).toThrow(message);
    }
  });
});

/** A fake that behaves enough like the exchange for every command. */
function scriptExchange(fake: FakeExchange): void {
  fake.onRequest = (req: WireMessage, s: FakeSession) => {
    switch (req.MsgType) {
      case 'NewOrderSingle': {
        if (req.OrderQty === '999') {
          s.reply(report(req, { ExecType: 'REJECTED', OrdStatus: 'REJECTED', LeavesQty: '0', RejectReason: 'INSUFFICIENT_FUNDS', Text: 'not enough USD', OrderID: undefined, Seq: undefined }));
          return;
        }
        s.reply(report(req, {}));
        if (req.Price === '100000') {
          s.reply(report(req, {
            ExecType: 'TRADE', OrdStatus: 'FILLED', CumQty: req.OrderQty, LeavesQty: '0', AvgPx: '100000', LastPx: '100000',
            LastQty: req.OrderQty, TradeID: '991', Liquidity: 'TAKER', Fee: '25', FeeAsset: 'USD', Seq: 42,
          }));
        }
        return;
      }
      case 'OrderCancelRequest':
        if (req.OrigClOrdID === 'known') s.reply(report({ ClOrdID: req.ClOrdID, Price: '100' }, { ExecType: 'CANCELED', OrdStatus: 'CANCELED', LeavesQty: '0', Seq: 50 }));
        else s.reply({ MsgType: 'OrderCancelReject', ClOrdID: req.ClOrdID, OrigClOrdID: req.OrigClOrdID, Reason: 'UNKNOWN_ORDER' });
        return;
      case 'OrderCancelReplaceRequest':
        s.reply(report({ ClOrdID: req.ClOrdID, Price: req.Price!, OrderQty: req.OrderQty }, { ExecType: 'REPLACED', Seq: 51 }));
        return;
      case 'OrderMassCancelRequest':
        s.reply(
          report({ ClOrdID: 'a-1', Price: '99' }, { ExecType: 'CANCELED', OrdStatus: 'CANCELED', LeavesQty: '0', Seq: 60, OrderID: '3' }),
          report({ ClOrdID: 'a-2', Price: '98' }, { ExecType: 'CANCELED', OrdStatus: 'CANCELED', LeavesQty: '0', Seq: 60, OrderID: '4' }),
          { MsgType: 'OrderMassCancelReport', ClOrdID: req.ClOrdID, ...(req.Symbol !== undefined ? { Symbol: req.Symbol } : {}), CanceledCount: 2 },
        );
        return;
      case 'OrderStatusRequest':
        if (req.ClOrdID === 'known') s.reply(report({ ClOrdID: 'known', Price: '100', OrderQty: '2' }, { ExecType: 'ORDER_STATUS', OrdStatus: 'PARTIALLY_FILLED', CumQty: '0.5', LeavesQty: '1.5', AvgPx: '100' }));
        else s.reply({ MsgType: 'Reject', RefMsgType: 'OrderStatusRequest', Reason: 'UNKNOWN_ORDER', Text: `no order ${req.ClOrdID}` });
        return;
      case 'BalanceRequest':
        s.reply({
          MsgType: 'BalanceReport', Balances: [
            { Asset: 'USD', Total: '1000000', Available: '909965.5', Held: '90034.5' },
            { Asset: 'BTC', Total: '100', Available: '99.5', Held: '0.5' },
          ],
        });
        return;
      case 'Subscribe':
        if (req.Symbol === 'NOPE') {
          s.reply({ MsgType: 'Reject', RefMsgType: 'Subscribe', Reason: 'UNKNOWN_SYMBOL', Field: 'Symbol', Text: 'no instrument NOPE' });
        } else if (req.Channel === 'BOOK') {
          s.reply({ MsgType: 'BookSnapshot', Symbol: req.Symbol, Seq: 100, TransactTime: T, Bids: [['100.25', '1.5'], ['99', '10']], Asks: [['100.5', '2'], ['101', '0.125']] });
        } else if (req.Channel === 'TRADES') {
          s.reply(
            { MsgType: 'Trade', Symbol: req.Symbol, Seq: 7, TradeID: '991', Price: '100.25', Qty: '0.5', AggressorSide: 'SELL', TransactTime: T },
            { MsgType: 'Trade', Symbol: req.Symbol, Seq: 8, TradeID: '992', Price: '100.5', Qty: '1', AggressorSide: 'BUY', TransactTime: T + 1 },
          );
        }
        return;
      default:
    }
  };
}

describe.each(['json', 'sbe'] as const)('npm run client, over %s, against a fake exchange', (encoding) => {
  let fake: FakeExchange;
  beforeEach(async () => {
    fake = await FakeExchange.start();
    scriptExchange(fake);
  });
  afterEach(() => fake.close());

  async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
    const out: string[] = [];
    const err: string[] = [];
    // --wait (place only) shortened, so a resting order's test does not wait the default 300 ms.
    const argv = ['--url', fake.url, ...(encoding === 'sbe' ? ['--sbe'] : []), ...(args.includes('place') ? ['--wait', '100'] : []), ...args];
    const code = await runClient(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out, err };
  }

  it('place: prints the order\'s reports, fills included, exit 0', async () => {
    const r = await run('place', 'buy', '0.5', 'BTC-USD', '@', '100000', '--id', 'p-1');
    expect(r).toEqual({
      code: 0, err: [], out: [
        'NEW          p-1  BUY 0.5 BTC-USD @ 100000 | NEW, filled 0 of 0.5, open 0.5 | order 17 seq 42',
        'TRADE        p-1  BUY 0.5 BTC-USD @ 100000 TAKER, fee 25 USD, trade 991 | FILLED, filled 0.5 of 0.5 avg 100000, open 0 | order 17 seq 42',
      ],
    });
    expect(fake.logons[0]).toMatchObject({ ApiKey: 'alice-key', signatureValid: true, binary: encoding === 'sbe' });
    expect(fake.requests[0]).toMatchObject({ MsgType: 'NewOrderSingle', ClOrdID: 'p-1', Price: '100000', OrderQty: '0.5', TimeInForce: 'GTC' });
  });

  it('place: a resting order waits --wait ms for more reports; a rejected one exits 1; a market order has no price', async () => {
    expect(await run('--user', 'bob', 'place', 'sell', '1', 'BTC-USD', '@', '101', '--id', 'p-2')).toEqual({
      code: 0, err: [], out: ['NEW          p-2  SELL 1 BTC-USD @ 101 | NEW, filled 0 of 1, open 1 | order 17 seq 42'],
    });
    expect(fake.logons[0]).toMatchObject({ ApiKey: 'bob-key', signatureValid: true });
    expect(await run('place', 'buy', '999', 'BTC-USD', '@', '1', '--id', 'p-3')).toEqual({
      code: 1, err: [], out: ['REJECTED     p-3  BUY 999 BTC-USD @ 1: INSUFFICIENT_FUNDS (not enough USD)'],
    });
    const market = await run('place', 'buy', '2', 'BTC-USD', '--fok', '--id', 'p-4');
    expect(market.out).toEqual(['NEW          p-4  BUY 2 BTC-USD at market | NEW, filled 0 of 2, open 2 | order 17 seq 42']);
    expect(fake.requests.at(-1)).toMatchObject({ OrdType: 'MARKET', TimeInForce: 'FOK' });
    expect(fake.requests.at(-1)).not.toHaveProperty('Price');
  });

  it('cancel, replace, mass-cancel, status: one line per answer, exit 1 when refused', async () => {
    expect(await run('cancel', 'known', 'BTC-USD')).toMatchObject({ code: 0, out: [expect.stringMatching(/^CANCELED {5}\S+ {2}BUY 1 BTC-USD @ 100 \| CANCELED, filled 0 of 1, open 0 \| order 17 seq 50$/)] });
    const refused = await run('cancel', 'unknown', 'BTC-USD');
    expect(refused.code).toBe(1);
    expect(refused.out).toEqual([expect.stringMatching(/^CXL_REJECTED \S+ {2}cancel\/replace of unknown: UNKNOWN_ORDER$/)]);
    expect(await run('replace', 'known', 'BTC-USD', '101', '2')).toMatchObject({ code: 0, out: [expect.stringMatching(/^REPLACED {5}\S+ {2}BUY 2 BTC-USD @ 101 \| NEW/)] });
    expect(fake.requests.at(-1)).toMatchObject({ MsgType: 'OrderCancelReplaceRequest', OrigClOrdID: 'known', Price: '101', OrderQty: '2' });
    const mass = await run('mass-cancel', 'BTC-USD');
    expect(mass.code).toBe(0);
    expect(mass.out).toEqual([
      'CANCELED     a-1  BUY 1 BTC-USD @ 99 | CANCELED, filled 0 of 1, open 0 | order 3 seq 60',
      'CANCELED     a-2  BUY 1 BTC-USD @ 98 | CANCELED, filled 0 of 1, open 0 | order 4 seq 60',
      expect.stringMatching(/^MASS_CANCEL {2}\S+ {2}2 orders canceled on BTC-USD$/),
    ]);
    expect((await run('mass-cancel')).out.at(-1)).toMatch(/2 orders canceled on every symbol$/);
    expect(await run('status', 'known')).toEqual({
      code: 0, err: [], out: ['ORDER_STATUS known  BUY 2 BTC-USD @ 100 | PARTIALLY_FILLED, filled 0.5 of 2 avg 100, open 1.5 | order 17 seq 42'],
    });
    expect(await run('status', 'ghost')).toEqual({ code: 1, err: [], out: ['REJECT       OrderStatusRequest: UNKNOWN_ORDER: no order ghost'] });
  });

  it('balances: a table aligned on the decimal point', async () => {
    expect(await run('balances')).toEqual({
      code: 0, err: [], out: [
        'balances of alice',
        'ASSET    TOTAL  AVAILABLE     HELD',
        'USD    1000000   909965.5  90034.5',
        'BTC        100       99.5      0.5',
      ],
    });
  });

  it('--raw prints the messages as JSON lines', async () => {
    const r = await run('--raw', 'status', 'known');
    expect(r.out.map((l) => JSON.parse(l) as unknown)).toEqual([expect.objectContaining({ MsgType: 'ExecutionReport', ExecType: 'ORDER_STATUS', ClOrdID: 'known' })]);
  });

  it('book: prints the ladder once; an unknown symbol exits 1', async () => {
    expect(await run('book', 'BTC-USD', '--depth', '2')).toEqual({
      code: 0, err: [], out: [
        'BTC-USD book, seq 100',
        '       PRICE     QTY',
        'ask   101      0.125',
        'ask   100.5    2',
        '--------------------',
        'bid   100.25   1.5',
        'bid    99     10',
      ],
    });
    expect(fake.requests[0]).toEqual({ MsgType: 'Subscribe', Channel: 'BOOK', Symbol: 'BTC-USD', Depth: 2 });
    expect(await run('book', 'NOPE')).toEqual({ code: 1, err: [], out: ['REJECT       Subscribe: UNKNOWN_SYMBOL (field Symbol): no instrument NOPE'] });
  });

  it('watch trades: prints trades until stopped, exit 0', async () => {
    const stop = new AbortController();
    const out: string[] = [];
    const done = runClient(['--url', fake.url, ...(encoding === 'sbe' ? ['--sbe'] : []), 'watch', 'trades', 'BTC-USD'], {
      out: (l) => {
        out.push(l);
        if (out.length === 2) stop.abort();
      },
      err: () => {},
      signal: stop.signal,
    });
    expect(await done).toBe(0);
    expect(out).toEqual([
      '2025-11-24T16:00:00.000123Z  BTC-USD  seller took 0.5 @ 100.25  (trade 991, seq 7)',
      '2025-11-24T16:00:00.000124Z  BTC-USD  buyer took 1 @ 100.5  (trade 992, seq 8)',
    ]);
  });

  it('a refused logon exits 1 with the reason', async () => {
    fake.rejectLogonWith = 'ACCOUNT_DISABLED';
    expect(await run('balances')).toEqual({ code: 1, out: [], err: ['logon refused: ACCOUNT_DISABLED'] });
  });
});

describe('usage text', () => {
  it('names every command the parser knows', () => {
    for (const command of ['place', 'cancel', 'replace', 'mass-cancel', 'status', 'balances', 'book', 'watch trades', 'watch bbo', 'help']) {
      expect(CLIENT_USAGE).toContain(`  ${command}`);
    }
  });
});
