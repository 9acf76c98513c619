import { parseDecimal, toSteps, type ParsedDecimal } from '../../config/decimal.js';
import { Command } from '../../engine/command.js';
import { CommandType, EventType, LimitKind } from '../../engine/enums.js';
import { AF, BF, F, type EventBuffer } from '../../engine/eventBuffer.js';
import { rejectReasonName } from '../../engine/rejectReason.js';
import type { CoreSpec } from '../../risk/coreSpec.js';
import { readCoreManifest } from '../coreManifest.js';
import { InProcessSequencer } from '../inProcessSequencer.js';

/**
 * The operator's commands (docs/risk.md, "Commands beyond orders") as a
 * command line, for an exchange that is stopped: it opens the data
 * directory with the embedded sequencer (taking its LOCK, so it refuses
 * while the server runs), journals one command like any other, and prints
 * the core's answer. Names (accounts, symbols, assets) and decimal amounts
 * are turned into the core's numbers here, at the edge, from core.json.
 * The running server takes the same commands over its authenticated admin
 * channel (the gateway).
 */
export const ADMIN_USAGE = `usage: npm run admin -- --data-dir DIR COMMAND ARGS
  halt SYMBOL | resume SYMBOL            stop / restart new orders and replaces on an instrument
  disable ACCOUNT | enable ACCOUNT       kill switch (cancels all the account's orders) / lift it
  deposit ACCOUNT ASSET AMOUNT REFID     credit AMOUNT (decimal) once per REFID
  withdraw ACCOUNT ASSET AMOUNT REFID    debit AMOUNT once per REFID (refused beyond the available balance)
  set-limit ACCOUNT|all SYMBOL|all KIND VALUE
                                         KIND: max-open-orders (SYMBOL all, VALUE a count), max-order-qty and
                                         max-position (VALUE in base units), max-order-notional (VALUE in quote units); 0 = none
  balance ACCOUNT                        print the account's balances (ACCOUNT may be FEES)
`;

export class AdminUsageError extends Error {}

const KINDS: Record<string, number> = {
  'max-open-orders': LimitKind.MAX_OPEN_ORDERS,
  'max-order-qty': LimitKind.MAX_ORDER_QTY,
  'max-order-notional': LimitKind.MAX_ORDER_NOTIONAL,
  'max-position': LimitKind.MAX_POSITION,
};

/** The command `args` name, with names resolved against `spec`. Throws AdminUsageError naming the bad argument. */
export function adminCommand(spec: CoreSpec, args: string[]): Command {
  const [verb, ...rest] = args;
  const need = (n: number): string[] => {
    if (rest.length !== n) throw new AdminUsageError(`${verb} takes ${n} argument(s), got ${rest.length}`);
    return rest;
  };
  const account = (name: string, feeAllowed = false): number => {
    const i = spec.accounts.findIndex((a) => a.id === name);
    if (i >= 0) return i;
    if (feeAllowed && name === 'FEES') return spec.accounts.length;
    throw new AdminUsageError(`unknown account "${name}"`);
  };
  const instrument = (symbol: string): number => {
    const i = spec.instruments.findIndex((x) => x.symbol === symbol);
    if (i < 0) throw new AdminUsageError(`unknown symbol "${symbol}"`);
    return i;
  };
  const asset = (code: string): number => {
    const i = spec.assets.findIndex((a) => a.code === code);
    if (i < 0) throw new AdminUsageError(`unknown asset "${code}"`);
    return i;
  };
  const steps = (text: string, step: ParsedDecimal, what: string): number => {
    const r = toSteps(text, step);
    if (!r.ok) throw new AdminUsageError(`${what} "${text}": ${r.why === 'not-multiple' ? 'too many decimals' : r.why === 'syntax' ? 'not a decimal such as 1.5' : 'too large'}`);
    return r.value;
  };
  const minor = (assetIndex: number): ParsedDecimal => ({ mantissa: 1n, scale: spec.assets[assetIndex]!.decimals });
  const id = (text: string): number => {
    const n = Number(text);
    if (!(/^\d+$/.test(text) && Number.isSafeInteger(n) && n > 0)) throw new AdminUsageError(`REFID "${text}" must be a positive integer`);
    return n;
  };
  const c = new Command();
  switch (verb) {
    case 'halt': case 'resume': {
      const [symbol] = need(1);
      return c.admin(verb === 'halt' ? CommandType.HALT : CommandType.RESUME, 0, instrument(symbol!));
    }
    case 'disable': case 'enable': {
      const [name] = need(1);
      return c.admin(verb === 'disable' ? CommandType.DISABLE_ACCOUNT : CommandType.ENABLE_ACCOUNT, account(name!), 0);
    }
    case 'deposit': case 'withdraw': {
      const [name, code, amount, ref] = need(4);
      const a = asset(code!);
      return c.funding(verb === 'deposit' ? CommandType.DEPOSIT : CommandType.WITHDRAW, account(name!, true), a,
        steps(amount!, minor(a), 'AMOUNT'), id(ref!));
    }
    case 'set-limit': {
      const [name, symbol, kindName, value] = need(4);
      const kind = KINDS[kindName!];
      if (kind === undefined) throw new AdminUsageError(`unknown limit "${kindName}" (${Object.keys(KINDS).join(', ')})`);
      const acc = name === 'all' ? -1 : account(name!);
      if (kind === LimitKind.MAX_OPEN_ORDERS) {
        if (symbol !== 'all') throw new AdminUsageError('max-open-orders is per account: SYMBOL must be all');
        return c.setLimit(acc, -1, kind, steps(value!, { mantissa: 1n, scale: 0 }, 'VALUE'));
      }
      if (symbol === 'all') throw new AdminUsageError(`${kindName} is per instrument: name a SYMBOL`);
      const inst = spec.instruments[instrument(symbol!)]!;
      const unit = kind === LimitKind.MAX_ORDER_NOTIONAL ? minor(inst.quoteAsset) : parseDecimal(inst.lotSize)!;
      return c.setLimit(acc, inst.id, kind, steps(value!, unit, 'VALUE'));
    }
    case 'balance': {
      const [name] = need(1);
      return c.admin(CommandType.BALANCE_QUERY, account(name!, true), 0);
    }
    default:
      throw new AdminUsageError(verb === undefined ? 'no command given' : `unknown command "${verb}"`);
  }
}

/** The core's answer to one operator command, one line per event a person needs. */
export function describeAnswer(spec: CoreSpec, ev: EventBuffer, first: number, end: number): string[] {
  const lines: string[] = [];
  const name = (a: number) => spec.accounts[a]?.id ?? (a === spec.accounts.length ? 'FEES' : `#${a}`);
  for (let i = first; i < end; i++) {
    const t = ev.type(i);
    if (t === EventType.REJECTED) lines.push(`REJECTED ${rejectReasonName(ev.get(i, F.REASON))}`);
    else if (t === EventType.CANCELED) lines.push(`canceled order ${ev.get(i, F.ORDER_ID)}`);
    else if (t === EventType.ADMIN_DONE) lines.push(ev.get(i, AF.DUPLICATE) === 1 ? 'DONE (duplicate RefID: nothing changed)' : 'DONE');
    else if (t === EventType.BALANCE) {
      const asset = spec.assets[ev.get(i, BF.ASSET)]!;
      const unit = { mantissa: 1n, scale: asset.decimals };
      lines.push(`${name(ev.get(i, BF.ACCOUNT))} ${asset.code} available ${fmt(ev.get(i, BF.AVAILABLE), unit)} held ${fmt(ev.get(i, BF.HELD), unit)}`);
    }
  }
  return lines;
}

function fmt(minor: number, unit: ParsedDecimal): string {
  const digits = String(minor).padStart(unit.scale + 1, '0');
  return unit.scale === 0 ? digits : `${digits.slice(0, -unit.scale)}.${digits.slice(-unit.scale)}`;
}

/** Opens the directory, journals the command, prints the answer; returns the exit code. */
export async function runAdmin(dataDir: string, args: string[], print: (line: string) => void): Promise<number> {
  const spec = readCoreManifest(dataDir);
  const cmd = adminCommand(spec, args);
  let answer: string[] = [];
  const s = InProcessSequencer.open({
    dataDir, spec,
    onResult: (_seq, _ts, ev, first, end) => { answer = describeAnswer(spec, ev, first, end); },
  });
  try {
    const seq = s.submit(cmd);
    await s.drain();
    for (const line of answer) print(line);
    print(`seq ${seq}`);
  } finally {
    await s.close();
  }
  return answer.some((l) => l.startsWith('REJECTED')) ? 1 : 0;
}
