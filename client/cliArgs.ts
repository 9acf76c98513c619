/**
 * The command line of `npm run client`: usage text, and argv -> one typed
 * command plus the connection options. Everything a person can get wrong
 * here is a `CliUsageError` (exit code 2) with a sentence saying what.
 */
import { isValidClOrdId } from './clOrdId.js';
import { isDecimalString } from './decimal.js';
import type { Channel, Side, Stp, TimeInForce } from './messages.js';
import type { Encoding } from './wireConnection.js';

export const CLIENT_USAGE = `usage: npm run client -- [OPTIONS] COMMAND [ARGS]
       node dist/client/cli.js [OPTIONS] COMMAND [ARGS]

A command-line client of the exchange (order entry on /trade, market data on /md).

Commands:
  place SIDE QTY SYMBOL [@ PRICE] [--ioc|--fok] [--post-only] [--stp MODE] [--id CLORDID]
                              a LIMIT order with @ PRICE, else a MARKET order (IOC unless --fok);
                              prints its reports (fills that follow at once too)
  cancel ORIGCLORDID SYMBOL   cancel a resting order
  replace ORIGCLORDID SYMBOL PRICE QTY
                              change a resting order's price and quantity
  mass-cancel [SYMBOL]        cancel every resting order of the account (on SYMBOL)
  status CLORDID              an order's current state
  balances                    the account's balances (total, available, held)
  book SYMBOL [--depth N]     the order book, once
  watch trades SYMBOL         print trades as they happen (Ctrl-C stops)
  watch bbo SYMBOL            print the best bid and offer as it changes
  help                        this text

Options:
  --url URL        the exchange (default ws://127.0.0.1:8080)
  --key KEY        API key (default alice-key, a demo account)
  --secret SECRET  the key's secret (default alice-secret)
  --user NAME      a demo account: --key NAME-key --secret NAME-secret
  --sbe            binary SBE frames instead of JSON
  --timeout MS     how long to wait for the server (default 10000)
  --wait MS        place: how long to wait for further reports of the order (default 300)
  --raw            print each message as one JSON line instead of text
  -h, --help       this text

SIDE is buy or sell; QTY and PRICE are decimals such as 1.5 or 100.25.
Exit codes: 0 done, 1 the exchange refused (Reject, REJECTED, cancel reject,
logon refused), 2 bad command line, 3 server unreachable, timed out or gone.

Examples:
  npm run client -- place buy 0.5 BTC-USD @ 100000
  npm run client -- --user bob place sell 0.5 BTC-USD @ 100000 --ioc
  npm run client -- book BTC-USD --depth 5
  npm run client -- --sbe watch trades BTC-USD
`;

export const EXIT_OK = 0;
export const EXIT_REFUSED = 1;
export const EXIT_USAGE = 2;
export const EXIT_CONNECTION = 3;

export const DEFAULT_URL = 'ws://127.0.0.1:8080';
export const DEFAULT_API_KEY = 'alice-key';
export const DEFAULT_SECRET = 'alice-secret';

export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export interface CliOptions {
  url: string;
  apiKey: string;
  secret: string;
  encoding: Encoding;
  timeoutMs: number;
  waitMs: number;
  raw: boolean;
}

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'place'; side: Side; qty: string; symbol: string; price?: string; timeInForce: TimeInForce; postOnly: boolean; stp?: Stp; clOrdId?: string }
  | { kind: 'cancel'; origClOrdId: string; symbol: string }
  | { kind: 'replace'; origClOrdId: string; symbol: string; price: string; qty: string }
  | { kind: 'mass-cancel'; symbol?: string }
  | { kind: 'status'; clOrdId: string }
  | { kind: 'balances' }
  | { kind: 'book'; symbol: string; depth?: number }
  | { kind: 'watch'; channel: Exclude<Channel, 'BOOK'>; symbol: string };

/** Options that take a value, and the flags that do not. */
const VALUE_OPTIONS = new Set(['--url', '--key', '--secret', '--user', '--timeout', '--wait', '--id', '--depth', '--stp']);
const FLAGS = new Set(['--sbe', '--json', '--raw', '--ioc', '--fok', '--post-only', '--help', '-h']);
/** Options that belong to one command only. */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  '--ioc': ['place'], '--fok': ['place'], '--post-only': ['place'], '--id': ['place'], '--stp': ['place'], '--wait': ['place'],
  '--depth': ['book'],
};
const STP_MODES: readonly Stp[] = ['CANCEL_NEWEST', 'CANCEL_OLDEST', 'CANCEL_BOTH'];

export function parseCliArgs(argv: readonly string[]): { options: CliOptions; command: CliCommand } {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (VALUE_OPTIONS.has(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined) throw new CliUsageError(`${name} needs a value`);
      if (values.has(name)) throw new CliUsageError(`${name} is given twice`);
      values.set(name, value);
    } else if (FLAGS.has(arg)) {
      flags.add(arg);
    } else if (arg.startsWith('-') && arg.length > 1 && !isDecimalString(arg)) {
      throw new CliUsageError(`unknown option ${arg}`);
    } else {
      words.push(arg);
    }
  }

  const options = parseOptions(values, flags);
  if (flags.has('--help') || flags.has('-h') || words[0] === 'help') return { options, command: { kind: 'help' } };
  const [name, ...args] = words;
  if (name === undefined) throw new CliUsageError('no command given');
  for (const option of [...values.keys(), ...flags]) {
    const only = COMMAND_OPTIONS[option];
    if (only !== undefined && !only.includes(name)) throw new CliUsageError(`${option} applies to ${only.join(', ')} only, not ${name}`);
  }
  return { options, command: parseCommand(name, args, values, flags) };
}

function parseOptions(values: Map<string, string>, flags: Set<string>): CliOptions {
  const user = values.get('--user');
  if (user !== undefined && (values.has('--key') || values.has('--secret'))) throw new CliUsageError('--user replaces --key and --secret; give one or the other');
  if (values.has('--key') !== values.has('--secret')) throw new CliUsageError('--key and --secret go together');
  if (flags.has('--sbe') && flags.has('--json')) throw new CliUsageError('--sbe and --json exclude each other');
  return {
    url: values.get('--url') ?? DEFAULT_URL,
    apiKey: user !== undefined ? `${user}-key` : values.get('--key') ?? DEFAULT_API_KEY,
    secret: user !== undefined ? `${user}-secret` : values.get('--secret') ?? DEFAULT_SECRET,
    encoding: flags.has('--sbe') ? 'sbe' : 'json',
    timeoutMs: positiveInt(values.get('--timeout') ?? '10000', '--timeout'),
    waitMs: positiveInt(values.get('--wait') ?? '300', '--wait', true),
    raw: flags.has('--raw'),
  };
}

function parseCommand(name: string, args: string[], values: Map<string, string>, flags: Set<string>): CliCommand {
  switch (name) {
    case 'place':
      return parsePlace(args, values, flags);
    case 'cancel': {
      const [origClOrdId, symbol] = exactly(args, 2, 'cancel ORIGCLORDID SYMBOL');
      return { kind: 'cancel', origClOrdId: clOrdId(origClOrdId, 'ORIGCLORDID'), symbol };
    }
    case 'replace': {
      const [origClOrdId, symbol, price, qty] = exactly(args, 4, 'replace ORIGCLORDID SYMBOL PRICE QTY');
      return { kind: 'replace', origClOrdId: clOrdId(origClOrdId, 'ORIGCLORDID'), symbol, price: decimal(price, 'PRICE'), qty: decimal(qty, 'QTY') };
    }
    case 'mass-cancel':
      if (args.length > 1) throw new CliUsageError('mass-cancel takes at most one SYMBOL');
      return args[0] !== undefined ? { kind: 'mass-cancel', symbol: args[0] } : { kind: 'mass-cancel' };
    case 'status': {
      const [id] = exactly(args, 1, 'status CLORDID');
      return { kind: 'status', clOrdId: clOrdId(id, 'CLORDID') };
    }
    case 'balances':
      exactly(args, 0, 'balances');
      return { kind: 'balances' };
    case 'book': {
      const [symbol] = exactly(args, 1, 'book SYMBOL [--depth N]');
      const depth = values.get('--depth');
      return depth !== undefined ? { kind: 'book', symbol, depth: positiveInt(depth, '--depth') } : { kind: 'book', symbol };
    }
    case 'watch': {
      const [what, symbol] = exactly(args, 2, 'watch trades|bbo SYMBOL');
      const channel = what.toLowerCase() === 'trades' ? 'TRADES' : what.toLowerCase() === 'bbo' ? 'BBO' : undefined;
      if (channel === undefined) throw new CliUsageError(`watch ${what}: expected trades or bbo`);
      return { kind: 'watch', channel, symbol };
    }
    default:
      throw new CliUsageError(`unknown command ${JSON.stringify(name)}`);
  }
}

/** `place SIDE QTY SYMBOL [@ PRICE]`, also `@PRICE` in one word. */
function parsePlace(args: string[], values: Map<string, string>, flags: Set<string>): CliCommand {
  const form = 'place SIDE QTY SYMBOL [@ PRICE]';
  const [sideWord, qty, symbol, ...rest] = args;
  if (sideWord === undefined || qty === undefined || symbol === undefined) throw new CliUsageError(`expected ${form}`);
  const side = sideWord.toUpperCase();
  if (side !== 'BUY' && side !== 'SELL') throw new CliUsageError(`SIDE ${JSON.stringify(sideWord)}: expected buy or sell`);
  let price: string | undefined;
  if (rest.length > 0) {
    const priceWords = rest[0] === '@' ? rest.slice(1) : rest[0]!.startsWith('@') ? [rest[0]!.slice(1), ...rest.slice(1)] : undefined;
    if (priceWords === undefined || priceWords.length !== 1) throw new CliUsageError(`expected ${form}, got ${JSON.stringify(args.join(' '))}`);
    price = decimal(priceWords[0]!, 'PRICE');
  }
  if (flags.has('--ioc') && flags.has('--fok')) throw new CliUsageError('--ioc and --fok exclude each other');
  if (flags.has('--post-only') && (price === undefined || flags.has('--ioc') || flags.has('--fok'))) {
    throw new CliUsageError('--post-only is for a resting LIMIT order (with @ PRICE, without --ioc or --fok)');
  }
  const timeInForce: TimeInForce = flags.has('--fok') ? 'FOK' : flags.has('--ioc') || price === undefined ? 'IOC' : 'GTC';
  const stpWord = values.get('--stp');
  const stp = stpWord?.toUpperCase().replace(/-/g, '_');
  if (stp !== undefined && !STP_MODES.includes(stp as Stp)) throw new CliUsageError(`--stp ${stpWord}: expected one of ${STP_MODES.join(', ')}`);
  const id = values.get('--id');
  return {
    kind: 'place', side, qty: decimal(qty, 'QTY'), symbol, timeInForce, postOnly: flags.has('--post-only'),
    ...(price !== undefined ? { price } : {}),
    ...(stp !== undefined ? { stp: stp as Stp } : {}),
    ...(id !== undefined ? { clOrdId: clOrdId(id, '--id') } : {}),
  };
}

function exactly(args: string[], n: number, form: string): string[] {
  if (args.length !== n) throw new CliUsageError(`expected ${form}`);
  return args;
}

function decimal(text: string, what: string): string {
  if (!isDecimalString(text) || text.startsWith('-')) throw new CliUsageError(`${what} ${JSON.stringify(text)}: expected a decimal such as 1.5 or 100.25`);
  return text;
}

function clOrdId(text: string, what: string): string {
  if (!isValidClOrdId(text)) throw new CliUsageError(`${what} ${JSON.stringify(text)}: expected 1 to 32 printable ASCII characters`);
  return text;
}

function positiveInt(text: string, what: string, zeroOk = false): number {
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isSafeInteger(n) || (n === 0 && !zeroOk)) throw new CliUsageError(`${what} ${JSON.stringify(text)}: expected a whole number${zeroOk ? '' : ' above 0'}`);
  return n;
}
