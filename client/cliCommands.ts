/**
 * What `npm run client` does, as a function of argv and two line sinks, so
 * tests run it in process against a fake server (client/cli.ts is the thin
 * process wrapper). Returns the exit code (client/cliArgs.ts lists them).
 */
import {
  CLIENT_USAGE,
  type CliCommand,
  type CliOptions,
  CliUsageError,
  EXIT_CONNECTION,
  EXIT_OK,
  EXIT_REFUSED,
  EXIT_USAGE,
  parseCliArgs,
} from './cliArgs.js';
import {
  formatBalances,
  formatBbo,
  formatBook,
  formatCancelReject,
  formatExecutionReport,
  formatMassCancelReport,
  formatReject,
  formatTrade,
} from './cliFormat.js';
import { ExchangeClientError } from './errors.js';
import { ExchangeClient } from './exchangeClient.js';
import { MarketDataClient } from './marketDataClient.js';
import { type ExecutionReport, type ServerMessage, TERMINAL_ORD_STATUS } from './messages.js';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Ends `watch` (the process wrapper aborts it on SIGINT / SIGTERM). */
  signal?: AbortSignal;
}

export async function runClient(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: { options: CliOptions; command: CliCommand };
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    io.err(`${error.message} (npm run client -- --help for usage)`);
    return EXIT_USAGE;
  }
  const { options, command } = parsed;
  if (command.kind === 'help') {
    io.out(CLIENT_USAGE.trimEnd());
    return EXIT_OK;
  }
  try {
    switch (command.kind) {
      case 'book':
      case 'watch':
        return await runMarketData(command, options, io);
      default:
        return await runTrading(command, options, io);
    }
  } catch (error) {
    if (!(error instanceof ExchangeClientError)) throw error;
    io.err(error.message);
    switch (error.code) {
      case 'LOGON_REJECTED':
        return EXIT_REFUSED;
      case 'INVALID_ARGUMENT':
        return EXIT_USAGE;
      default:
        return EXIT_CONNECTION;
    }
  }
}

/** Prints `msg` as text, or as one JSON line with --raw. */
function printer(options: CliOptions, io: CliIo): (msg: ServerMessage, text: () => string | string[]) => void {
  return (msg, text) => {
    if (options.raw) {
      io.out(JSON.stringify(msg));
      return;
    }
    const lines = text();
    for (const line of Array.isArray(lines) ? lines : [lines]) io.out(line);
  };
}

type TradingCommand = Exclude<CliCommand, { kind: 'help' | 'book' | 'watch' }>;

async function runTrading(command: TradingCommand, options: CliOptions, io: CliIo): Promise<number> {
  const client = await ExchangeClient.connect({
    url: options.url, apiKey: options.apiKey, secret: options.secret, encoding: options.encoding, timeoutMs: options.timeoutMs,
  });
  const print = printer(options, io);
  try {
    switch (command.kind) {
      case 'place':
        return await place(client, command, options, print);
      case 'cancel':
      case 'replace': {
        const answer = command.kind === 'cancel'
          ? await client.cancel({ origClOrdId: command.origClOrdId, symbol: command.symbol })
          : await client.replace({ origClOrdId: command.origClOrdId, symbol: command.symbol, price: command.price, orderQty: command.qty });
        switch (answer.MsgType) {
          case 'ExecutionReport':
            print(answer, () => formatExecutionReport(answer));
            return answer.ExecType === 'REJECTED' ? EXIT_REFUSED : EXIT_OK;
          case 'OrderCancelReject':
            print(answer, () => formatCancelReject(answer));
            return EXIT_REFUSED;
          default:
            print(answer, () => formatReject(answer));
            return EXIT_REFUSED;
        }
      }
      case 'mass-cancel': {
        const onReport = (er: ExecutionReport): void => {
          if (er.ExecType === 'CANCELED') print(er, () => formatExecutionReport(er));
        };
        client.on('executionReport', onReport);
        const answer = await client.massCancel(command.symbol !== undefined ? { symbol: command.symbol } : {});
        client.off('executionReport', onReport);
        if (answer.MsgType === 'Reject') {
          print(answer, () => formatReject(answer));
          return EXIT_REFUSED;
        }
        print(answer, () => formatMassCancelReport(answer));
        return EXIT_OK;
      }
      case 'status': {
        const answer = await client.orderStatus(command.clOrdId);
        if (answer.MsgType === 'Reject') {
          print(answer, () => formatReject(answer));
          return EXIT_REFUSED;
        }
        print(answer, () => formatExecutionReport(answer));
        return EXIT_OK;
      }
      case 'balances': {
        const answer = await client.balances();
        if (answer.MsgType === 'Reject') {
          print(answer, () => formatReject(answer));
          return EXIT_REFUSED;
        }
        print(answer, () => [`balances of ${client.account}`, ...formatBalances(answer)]);
        return EXIT_OK;
      }
    }
  } finally {
    await client.close();
  }
}

/**
 * Sends the order and prints its reports: the answer, then any that follow
 * (fills of the same command arrive together), until the order is done or
 * `waitMs` passes with nothing new.
 */
async function place(
  client: ExchangeClient,
  command: Extract<CliCommand, { kind: 'place' }>,
  options: CliOptions,
  print: ReturnType<typeof printer>,
): Promise<number> {
  const answer = await client.newOrder({
    symbol: command.symbol, side: command.side, ordType: command.price !== undefined ? 'LIMIT' : 'MARKET',
    orderQty: command.qty, timeInForce: command.timeInForce, postOnly: command.postOnly,
    ...(command.price !== undefined ? { price: command.price } : {}),
    ...(command.stp !== undefined ? { stp: command.stp } : {}),
    ...(command.clOrdId !== undefined ? { clOrdId: command.clOrdId } : {}),
  });
  if (answer.MsgType === 'Reject') {
    print(answer, () => formatReject(answer));
    return EXIT_REFUSED;
  }
  const seen = new Set<ExecutionReport>();
  let last = answer;
  let rejected = false;
  for (;;) {
    for (const er of client.reports(answer.ClOrdID)) {
      if (seen.has(er)) continue;
      seen.add(er);
      last = er;
      rejected ||= er.ExecType === 'REJECTED';
      print(er, () => formatExecutionReport(er));
    }
    if (TERMINAL_ORD_STATUS.has(last.OrdStatus) || options.waitMs === 0) break;
    try {
      await client.awaitReports(answer.ClOrdID, (er) => !seen.has(er), options.waitMs);
    } catch (error) {
      if (error instanceof ExchangeClientError && error.code === 'TIMEOUT') break;
      throw error;
    }
  }
  return rejected ? EXIT_REFUSED : EXIT_OK;
}

async function runMarketData(command: Extract<CliCommand, { kind: 'book' | 'watch' }>, options: CliOptions, io: CliIo): Promise<number> {
  const md = await MarketDataClient.connect({ url: options.url, encoding: options.encoding, timeoutMs: options.timeoutMs });
  const print = printer(options, io);
  try {
    if (command.kind === 'book') {
      const answer = await md.snapshot(command.symbol, command.depth);
      if (answer.MsgType === 'Reject') {
        print(answer, () => formatReject(answer));
        return EXIT_REFUSED;
      }
      print(answer, () => formatBook(answer));
      return EXIT_OK;
    }
    return await watch(md, command, io, print);
  } finally {
    await md.close();
  }
}

/** Prints the stream until the signal aborts (exit 0), the server refuses (1) or closes the socket (3). */
function watch(
  md: MarketDataClient,
  command: Extract<CliCommand, { kind: 'watch' }>,
  io: CliIo,
  print: ReturnType<typeof printer>,
): Promise<number> {
  return new Promise((resolve) => {
    let stopped = false;
    const stop = (code: number): void => {
      if (stopped) return;
      stopped = true;
      io.signal?.removeEventListener('abort', onAbort);
      resolve(code);
    };
    const onAbort = (): void => stop(EXIT_OK);
    if (io.signal?.aborted === true) {
      stop(EXIT_OK);
      return;
    }
    io.signal?.addEventListener('abort', onAbort);
    md.on('trade', (t) => {
      if (t.Symbol === command.symbol) print(t, () => formatTrade(t));
    });
    md.on('bbo', (b) => {
      if (b.Symbol === command.symbol) print(b, () => formatBbo(b));
    });
    md.on('gap', (g) => io.err(`warning: ${g.channel} ${g.symbol} skipped from seq ${g.expectedSeq} to ${g.seq}`));
    md.on('reject', (r) => {
      print(r, () => formatReject(r));
      stop(EXIT_REFUSED);
    });
    md.on('close', (code, reason) => {
      if (stopped) return;
      io.err(`the server closed the connection (code ${code}${reason !== '' ? `: ${reason}` : ''})`);
      stop(EXIT_CONNECTION);
    });
    md.subscribe(command.channel, command.symbol);
    if (command.channel === 'TRADES') io.err(`watching trades of ${command.symbol} (Ctrl-C stops)`);
    else io.err(`watching the best bid and offer of ${command.symbol} (Ctrl-C stops)`);
  });
}
