import { expect } from 'vitest';
import { parseConfig } from '../../../config/loadConfig.js';
import { Command } from '../../../engine/command.js';
import {
  CommandType, EventType, OrdType, Side, StpMode, TimeInForce,
} from '../../../engine/enums.js';
import { EventBuffer, PF } from '../../../engine/eventBuffer.js';
import type { EngineLimits, InstrumentSpec } from '../../../engine/instrumentSpec.js';
import { coreSpecFromConfig, type CoreSpec } from '../../../risk/coreSpec.js';
import { ExchangeCore } from '../../../risk/exchangeCore.js';
import { plainCoreSpec } from '../../../risk/plainSpec.js';
import { OUTSIDE, PostingReason } from '../../../risk/wallet.js';
import { readEvents, type ReadableEvent } from '../../engine/support/events.js';
import { instrument } from '../../engine/support/fixtures.js';

/**
 * Drives an `ExchangeCore` one command at a time, the way the sequencer does,
 * and after every command checks what must always hold:
 * `assertInvariants()`; every POSTING moves a positive integer amount between
 * two different ledger accounts; transaction ids are gapless (a posting's TX
 * is the previous one or the next); and the ledger rebuilt from zero out of
 * every POSTING seen so far equals the wallet, bucket by bucket, OUTSIDE
 * included (it is minus deposits plus withdrawals).
 */
export class CoreHarness {
  readonly core: ExchangeCore;
  readonly events = new EventBuffer(8);
  /** Sequencer time stamped on the next command, microseconds. */
  nowUs = 1_000_000_000;
  /** Ledger from the POSTING events: `${ledgerAccount}/${asset}` -> balance. */
  readonly ledger = new Map<string, number>();
  postingCount = 0;
  private lastTx = 0;
  private nextRefId = 900_000_000;

  constructor(readonly spec: CoreSpec) {
    this.core = new ExchangeCore(spec);
  }

  get feeAccount(): number {
    return this.core.feeAccount;
  }

  /** Applies `cmd` at `nowUs`, checks (class comment), returns its events as readable objects. */
  apply(cmd: Command): ReadableEvent[] {
    cmd.timestampUs = this.nowUs;
    this.events.clear();
    this.core.apply(cmd, this.events);
    this.core.assertInvariants();
    this.checkPostings();
    return readEvents(this.events);
  }

  /** Moves time forward, then applies. */
  applyAt(timeUs: number, cmd: Command): ReadableEvent[] {
    this.nowUs = timeUs;
    return this.apply(cmd);
  }

  deposit(account: number, asset: number, amount: number): void {
    const ev = this.apply(new Command().funding(CommandType.DEPOSIT, account, asset, amount, this.nextRefId++));
    expect(ev.at(-1)).toMatchObject({ type: 'ADMIN_DONE', duplicate: false });
  }

  available(account: number, asset: number): number {
    return this.core.wallet.available(account, asset);
  }

  held(account: number, asset: number): number {
    return this.core.wallet.held(account, asset);
  }

  /** [available, held] of an account in an asset. */
  balance(account: number, asset: number): [number, number] {
    return [this.available(account, asset), this.held(account, asset)];
  }

  /** The order's ORDER_STATUS by OrderID (it must be open), as a readable event. */
  statusById(account: number, orderId: number): ReadableEvent {
    const c = new Command().admin(CommandType.ORDER_STATUS, account, 0);
    c.orderId = orderId;
    const ev = this.apply(c);
    return ev.at(-1)!;
  }

  /** ORDER_STATUS by ClOrdID (any order in the window). */
  statusByClOrdId(account: number, clOrdId: string): ReadableEvent {
    const ev = this.apply(new Command().admin(CommandType.ORDER_STATUS, account, 0).setClOrdId(clOrdId));
    return ev.at(-1)!;
  }

  /** The ledger's balance of (ledger account, asset); ledger account = account * 2 + bucket, or OUTSIDE. */
  ledgerBalance(ledgerAccount: number, asset: number): number {
    return this.ledger.get(`${ledgerAccount}/${asset}`) ?? 0;
  }

  private checkPostings(): void {
    const ev = this.events;
    for (let i = 0; i < ev.count; i++) {
      if (ev.type(i) !== EventType.POSTING) continue;
      const amount = ev.get(i, PF.AMOUNT);
      const debit = ev.get(i, PF.DEBIT);
      const credit = ev.get(i, PF.CREDIT);
      const asset = ev.get(i, PF.ASSET);
      const tx = ev.get(i, PF.TX);
      if (!(Number.isSafeInteger(amount) && amount > 0)) throw new Error(`posting ${i} moves ${amount}`);
      if (debit === credit) throw new Error(`posting ${i} moves ${amount} from ${debit} to itself`);
      if (tx !== this.lastTx && tx !== this.lastTx + 1) throw new Error(`posting ${i}: TX ${tx} after ${this.lastTx}`);
      this.lastTx = tx;
      this.postingCount++;
      this.ledger.set(`${debit}/${asset}`, this.ledgerBalance(debit, asset) - amount);
      this.ledger.set(`${credit}/${asset}`, this.ledgerBalance(credit, asset) + amount);
    }
    const w = this.core.wallet;
    for (let asset = 0; asset < w.assets; asset++) {
      for (let a = 0; a < w.accounts; a++) {
        const got = [this.ledgerBalance(a * 2, asset), this.ledgerBalance(a * 2 + 1, asset)];
        const want = [w.available(a, asset), w.held(a, asset)];
        if (got[0] !== want[0] || got[1] !== want[1]) {
          throw new Error(`ledger of account ${a} asset ${asset} is ${got}, wallet ${want}`);
        }
      }
      if (this.ledgerBalance(OUTSIDE, asset) !== -w.outsideNet[asset]!) {
        throw new Error(`ledger OUTSIDE asset ${asset} is ${this.ledgerBalance(OUTSIDE, asset)}, net inflow ${w.outsideNet[asset]}`);
      }
    }
  }
}

// ---- building commands -------------------------------------------------------

export interface OrderOptions {
  instrument?: number;
  type?: keyof typeof OrdType;
  tif?: keyof typeof TimeInForce;
  stp?: keyof typeof StpMode;
  postOnly?: boolean;
  expireTimeUs?: number;
  clOrdId?: string;
}

export function order(account: number, side: keyof typeof Side, price: number, qty: number, o: OrderOptions = {}): Command {
  const c = new Command().newOrder(
    account, o.instrument ?? 0, Side[side], OrdType[o.type ?? 'LIMIT'], TimeInForce[o.tif ?? 'GTC'],
    price, qty, o.postOnly ?? false, StpMode[o.stp ?? 'CANCEL_NEWEST'], o.expireTimeUs ?? 0,
  );
  return c.setClOrdId(o.clOrdId ?? '');
}

export const buy = (account: number, price: number, qty: number, o: OrderOptions = {}): Command =>
  order(account, 'BUY', price, qty, o);
export const sell = (account: number, price: number, qty: number, o: OrderOptions = {}): Command =>
  order(account, 'SELL', price, qty, o);
export const marketBuy = (account: number, qty: number, o: OrderOptions = {}): Command =>
  order(account, 'BUY', 0, qty, { tif: 'IOC', ...o, type: 'MARKET' });
export const marketSell = (account: number, qty: number, o: OrderOptions = {}): Command =>
  order(account, 'SELL', 0, qty, { tif: 'IOC', ...o, type: 'MARKET' });

export const cancel = (account: number, orderId: number, instrument = 0): Command =>
  new Command().cancel(account, instrument, orderId);
export const cancelByClOrdId = (account: number, origClOrdId: string, instrument = 0): Command =>
  new Command().cancel(account, instrument, 0).setOrigClOrdId(origClOrdId);
export const replace = (account: number, orderId: number, price: number, qty: number, clOrdId = '', instrument = 0): Command =>
  new Command().replace(account, instrument, orderId, price, qty).setClOrdId(clOrdId);
export const replaceByClOrdId = (account: number, origClOrdId: string, price: number, qty: number, clOrdId = ''): Command =>
  new Command().replace(account, 0, 0, price, qty).setOrigClOrdId(origClOrdId).setClOrdId(clOrdId);
export const admin = (type: number, account: number, instrument = 0): Command => new Command().admin(type, account, instrument);

// ---- reading events ------------------------------------------------------------

export const typesOf = (ev: ReadableEvent[]): string[] => ev.map((e) => e.type as string);
export const ofType = (ev: ReadableEvent[], type: string): ReadableEvent[] => ev.filter((e) => e.type === type);

const REASON_NAME = new Map<number, string>(Object.entries(PostingReason).map(([k, v]) => [v, k]));

/**
 * A ledger account as text, for a harness whose fee account is `fee`:
 * `2.avail`, `2.held`, `fees` (the fee account's available), `outside`.
 */
function ledgerName(ledgerAccount: number, fee: number): string {
  if (ledgerAccount === OUTSIDE) return 'outside';
  const account = ledgerAccount >> 1;
  const bucket = (ledgerAccount & 1) === 0 ? 'avail' : 'held';
  return account === fee && bucket === 'avail' ? 'fees' : `${account}.${bucket}`;
}

/** One posting as [reason, asset, from, to, amount]. */
export type Move = [string, number, string, string, number];

/** The command's postings as moves, in order (`fee`: the harness's fee account). */
export function movesOf(ev: ReadableEvent[], fee: number): Move[] {
  return ofType(ev, 'POSTING').map((p) => [
    REASON_NAME.get(p.reason as number) ?? `#${p.reason}`, p.asset as number,
    ledgerName(p.debit as number, fee), ledgerName(p.credit as number, fee), p.amount as number,
  ]);
}

/** The REJECTED event's reason (the command must have answered one). */
export function rejectReasonOf(ev: ReadableEvent[]): string {
  const r = ofType(ev, 'REJECTED');
  if (r.length !== 1) throw new Error(`expected one REJECTED, got ${JSON.stringify(ev)}`);
  return r[0]!.reason as string;
}

/** The ACCEPTED event's order id (the command must have been accepted). */
export function acceptedId(ev: ReadableEvent[]): number {
  const a = ofType(ev, 'ACCEPTED');
  if (a.length !== 1) throw new Error(`expected one ACCEPTED, got ${JSON.stringify(ev)}`);
  return a[0]!.orderId as number;
}

// ---- specs -------------------------------------------------------------------------

export const SMALL_LIMITS: EngineLimits = { maxOrders: 200, maxLevels: 200, maxAccounts: 3, maxPricePages: 64 };

/**
 * Plain spec (1 quote minor unit per tick x lot, 1 base minor unit per lot):
 * quote asset 0, instrument i's base asset i + 1, accounts 0..2, fee account 3.
 */
export function plainSpec(
  instruments: Partial<InstrumentSpec>[] = [{}],
  o: { dedupeWindowUs?: number; dedupeCapacity?: number; maxOpenOrders?: number } = {},
  limits: Partial<EngineLimits> = {},
): CoreSpec {
  return plainCoreSpec(instruments.map((x, i) => instrument(i, x)), { ...SMALL_LIMITS, ...limits }, o);
}

/** A plain harness with every trading account funded with `funds` of every asset. */
export function plainHarness(
  instruments: Partial<InstrumentSpec>[] = [{}], funds = 1_000_000,
  o: { dedupeWindowUs?: number; dedupeCapacity?: number; maxOpenOrders?: number } = {},
): CoreHarness {
  const h = new CoreHarness(plainSpec(instruments, o));
  if (funds > 0) {
    for (let a = 0; a < h.core.tradingAccounts; a++) {
      for (let asset = 0; asset < h.spec.assets.length; asset++) h.deposit(a, asset, funds);
    }
  }
  return h;
}

export const USD = 0;
export const BTC = 1;
export const ALICE = 0;
export const BOB = 1;
export const CAROL = 2;

/**
 * The realistic spec, built by the config loader: USD (2 decimals) and BTC
 * (8 decimals); BTC-USD with tick 0.01 USD and lot 0.0001 BTC, so one tick is
 * one cent, one lot is 10,000 satoshi, and one tick x one lot is 10^-6 USD =
 * 1/10,000 cent (quoteNum 1, quoteDen 10,000); maker 1 bps, taker 5 bps; no
 * price band unless `instrument` adds one. Accounts alice, bob, carol (0..2);
 * the fee account is 3.
 */
export function btcUsdSpec(
  instrumentOverrides: Record<string, unknown> = {},
  accountOverrides: Record<string, unknown>[] = [],
  limits: Record<string, unknown> = {},
): CoreSpec {
  const account = (id: string, i: number) => ({
    id, apiKey: `${id}-key`, secret: `${id}-secret`, ...(accountOverrides[i] ?? {}),
  });
  return coreSpecFromConfig(parseConfig({
    assets: [{ code: 'USD', decimals: 2 }, { code: 'BTC', decimals: 8 }],
    instruments: [{
      symbol: 'BTC-USD', base: 'BTC', quote: 'USD', tickSize: '0.01', lotSize: '0.0001',
      minQty: '0.0001', maxQty: '1000', maxPrice: '1000000', makerFeeBps: 1, takerFeeBps: 5,
      ...instrumentOverrides,
    }],
    accounts: [account('alice', 0), account('bob', 1), account('carol', 2)],
    limits: {
      maxOrders: 200, maxPriceLevels: 200, maxPricePages: 64, dedupeWindowOrders: 200, ...limits,
    },
  }));
}

/** A BTC-USD harness; every account gets `usdCents` cents and `sats` satoshi. */
export function btcUsdHarness(usdCents = 100_000_000_00, sats = 100_0000_0000, spec: CoreSpec = btcUsdSpec()): CoreHarness {
  const h = new CoreHarness(spec);
  for (let a = 0; a < 3; a++) {
    h.deposit(a, USD, usdCents);
    h.deposit(a, BTC, sats);
  }
  return h;
}
