import fc from 'fast-check';
import { Command } from '../../../engine/command.js';
import { ALL_INSTRUMENTS, CommandType, LimitKind, OrdType, Side, StpMode, TimeInForce } from '../../../engine/enums.js';
import { EventBuffer } from '../../../engine/eventBuffer.js';
import type { CoreSpec } from '../../../risk/coreSpec.js';
import { ExchangeCore } from '../../../risk/exchangeCore.js';
import { LedgerModel, type ModelOrder } from './propLedgerModel.js';
import { OPEN_ORDERS_MAX, type PropSpec } from './propSpecs.js';

/**
 * Workload intents: what a command should do, with its targets named
 * relative to what the model knows when it is built (the k-th open order,
 * the k-th ClOrdID in the dedupe window, an earlier RefID...), so fast-check's
 * shrinking keeps them meaningful. `PropDriver` turns each into a command,
 * applies it to an `ExchangeCore` and has the `LedgerModel` check it.
 */
export type Intent =
  | { k: 'deposit'; account: number; asset: number; units: number; reuse: number }
  /** mode 0: `units` of the asset (maybe more than available), 1: all that is available, 2: more than available. */
  | { k: 'withdraw'; account: number; asset: number; mode: number; units: number; reuse: number }
  /**
   * clOrd 0: none, 1: fresh, 2: resend of one used before (same fields), 3: reuse of one used before with these
   * fields, 4: one another account used. spoil 0: none, 1: qty 0, 2: price 0, 3: the fee account, 4: unknown
   * instrument, 5: price far from the mid.
   */
  | {
    k: 'new'; account: number; inst: number; side: number; market: boolean; tif: number; away: number; qty: number;
    postOnly: boolean; stp: number; gtdSteps: number; clOrd: number; pick: number; spoil: number;
  }
  /** foreign 1: as another account, 2: on another instrument. */
  | { k: 'cancel'; byClOrd: boolean; pick: number; foreign: number }
  /** clOrd 0: none, 1: fresh, 2: one the account used before. */
  | { k: 'replace'; byClOrd: boolean; pick: number; priceDelta: number; qtyDelta: number; clOrd: number; wrongInst: boolean }
  | { k: 'mass'; account: number; inst: number }
  | { k: 'kill'; account: number; on: boolean }
  | { k: 'halt'; inst: number; on: boolean }
  /** level 0: none (0; an invalid 0 for MAX_OPEN_ORDERS), 1: tight, 2: loose. */
  | { k: 'limit'; account: number; inst: number; kind: number; level: number }
  /** jump 0: one step, 1: past short GTD lifetimes, 2: past the dedupe window. */
  | { k: 'tick'; jump: number }
  | { k: 'status'; account: number; byClOrd: boolean; pick: number }
  /** account 0..3 (mod accounts), 4: the fee account, 5: no account. */
  | { k: 'balance'; account: number };

const account = fc.nat({ max: 7 });
const pick = fc.nat({ max: 999 });
const reuse = fc.oneof({ arbitrary: fc.constant(-1), weight: 5 }, { arbitrary: pick, weight: 1 });

const depositArb = fc.record({
  k: fc.constant('deposit' as const), account, asset: fc.nat({ max: 5 }),
  units: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 30 }), weight: 12 }, { arbitrary: fc.constant(0), weight: 1 }), reuse,
});
const withdrawArb = fc.record({
  k: fc.constant('withdraw' as const), account, asset: fc.nat({ max: 5 }), mode: fc.constantFrom(0, 0, 1, 2),
  units: fc.integer({ min: 1, max: 12 }), reuse,
});
const newArb = fc.record({
  k: fc.constant('new' as const), account, inst: fc.nat({ max: 5 }), side: fc.constantFrom(Side.BUY, Side.SELL),
  market: fc.constantFrom(false, false, false, false, false, false, true),
  tif: fc.constantFrom(TimeInForce.GTC, TimeInForce.GTC, TimeInForce.GTC, TimeInForce.GTD, TimeInForce.GTD, TimeInForce.IOC, TimeInForce.FOK),
  away: fc.integer({ min: -5, max: 6 }),
  qty: fc.oneof({ arbitrary: fc.integer({ min: 1, max: 10 }), weight: 6 }, { arbitrary: fc.integer({ min: 10, max: 40 }), weight: 1 }),
  postOnly: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
  stp: fc.constantFrom(StpMode.CANCEL_NEWEST, StpMode.CANCEL_OLDEST, StpMode.CANCEL_BOTH),
  gtdSteps: fc.integer({ min: 0, max: 40 }),
  clOrd: fc.constantFrom(0, 0, 1, 1, 1, 1, 2, 2, 3, 4), pick,
  spoil: fc.oneof({ arbitrary: fc.constant(0), weight: 25 }, { arbitrary: fc.integer({ min: 1, max: 5 }), weight: 1 }),
});
const cancelArb = fc.record({
  k: fc.constant('cancel' as const), byClOrd: fc.boolean(), pick, foreign: fc.constantFrom(0, 0, 0, 0, 0, 0, 0, 0, 1, 2),
});
const replaceArb = fc.record({
  k: fc.constant('replace' as const), byClOrd: fc.boolean(), pick, priceDelta: fc.constantFrom(0, 0, 0, -3, -2, -1, 1, 2, 3),
  qtyDelta: fc.integer({ min: -12, max: 8 }), clOrd: fc.constantFrom(0, 0, 1, 1, 2),
  wrongInst: fc.constantFrom(false, false, false, false, false, false, false, false, false, false, false, false, false, false, true),
});
const massArb = fc.record({ k: fc.constant('mass' as const), account: fc.nat({ max: 8 }), inst: fc.constantFrom(ALL_INSTRUMENTS, 0, 1) });
const rarely = fc.constantFrom(true, false, false, false, false, false);
const killArb = fc.record({ k: fc.constant('kill' as const), account, on: rarely });
const haltArb = fc.record({ k: fc.constant('halt' as const), inst: fc.nat({ max: 3 }), on: rarely });
const limitArb = fc.record({
  k: fc.constant('limit' as const), account: fc.constantFrom(-1, -1, -1, 0, 1, 2, 3, 4), inst: fc.nat({ max: 3 }),
  kind: fc.constantFrom(LimitKind.MAX_OPEN_ORDERS, LimitKind.MAX_ORDER_QTY, LimitKind.MAX_ORDER_NOTIONAL, LimitKind.MAX_POSITION),
  level: fc.constantFrom(0, 0, 0, 0, 1, 2),
});
const tickArb = fc.record({ k: fc.constant('tick' as const), jump: fc.constantFrom(0, 0, 1, 1, 2) });
const statusArb = fc.record({ k: fc.constant('status' as const), account, byClOrd: fc.boolean(), pick });
const balanceArb = fc.record({ k: fc.constant('balance' as const), account: fc.nat({ max: 5 }) });

export const intentArb: fc.Arbitrary<Intent> = fc.oneof(
  { arbitrary: newArb, weight: 40 },
  { arbitrary: cancelArb, weight: 6 },
  { arbitrary: replaceArb, weight: 8 },
  { arbitrary: depositArb, weight: 4 },
  { arbitrary: withdrawArb, weight: 3 },
  { arbitrary: massArb, weight: 1 },
  { arbitrary: killArb, weight: 2 },
  { arbitrary: haltArb, weight: 2 },
  { arbitrary: limitArb, weight: 1 },
  { arbitrary: tickArb, weight: 3 },
  { arbitrary: statusArb, weight: 3 },
  { arbitrary: balanceArb, weight: 2 },
);

/** A seeded list of intents (the same seed, the same list). */
export function seededIntents(seed: number, count: number): Intent[] {
  return fc.sample(intentArb, { seed, numRuns: count });
}

export const START_US = 1_700_000_000_000_000;

export class PropDriver {
  readonly core: ExchangeCore;
  readonly model: LedgerModel;
  readonly events = new EventBuffer();
  nowUs = START_US;
  /** Called with every command built, before it is applied (e.g. to record a workload). */
  onCommand: ((cmd: Command) => void) | null = null;

  private readonly n: number;
  private readonly nAssets: number;
  private readonly nInst: number;
  /** Payment orders' RefIDs start at 2^32 (below are the config's deposits: risk/configDeposits.ts). */
  private nextRef = 2 ** 32;
  private readonly refs: number[] = [];
  private nextClOrd = 1;
  /** Per account: each ClOrdID it sent on a NEW_ORDER, with the fields sent the first time. */
  private readonly sentIds: Map<string, Command>[];
  private readonly applyCopy = new Command();

  /** `makeCore`: the core under test (a tampered one, in the tests that prove the checks can fail). */
  constructor(readonly ps: PropSpec, makeCore: (spec: CoreSpec) => ExchangeCore = (spec) => new ExchangeCore(spec)) {
    this.core = makeCore(ps.spec);
    this.model = new LedgerModel(ps.spec);
    this.n = ps.spec.accounts.length;
    this.nAssets = ps.spec.assets.length;
    this.nInst = ps.spec.instruments.length;
    this.sentIds = Array.from({ length: this.n }, () => new Map<string, Command>());
  }

  /** Scarce starting funds: 4..16 units of every asset per account, fresh RefIDs. */
  fund(): void {
    for (let a = 0; a < this.n; a++) {
      for (let asset = 0; asset < this.nAssets; asset++) {
        this.step({ k: 'deposit', account: a, asset, units: 4 + ((a * 5 + asset * 3) % 13), reuse: -1 });
      }
    }
  }

  /** Builds the intent's command, applies it and has the model check it; returns the command. */
  step(intent: Intent): Command {
    this.nowUs += this.ps.stepUs;
    const c = this.build(intent);
    c.timestampUs = this.nowUs;
    c.seq = this.model.commands + 1;
    this.onCommand?.(c);
    this.model.step(this.core, c, this.events, this.applyCopy);
    return c;
  }

  private build(t: Intent): Command {
    const c = new Command();
    const n = this.n;
    switch (t.k) {
      case 'deposit':
      case 'withdraw': {
        const a = t.account % n;
        const asset = t.asset % this.nAssets;
        const unit = this.ps.unitMinor[asset]!;
        let amount = t.units * unit;
        if (t.k === 'withdraw') {
          const avail = this.model.available(a, asset);
          amount = t.mode === 1 ? avail : t.mode === 2 ? avail + t.units : amount;
        }
        return c.funding(t.k === 'deposit' ? CommandType.DEPOSIT : CommandType.WITHDRAW, a, asset, amount, this.refId(t.reuse));
      }
      case 'new': return this.newOrder(t, c);
      case 'cancel': {
        const target = this.target(t.byClOrd, t.pick);
        if (target === null) return c.cancel(t.pick % n, 0, (t.pick % 60) + 1);
        c.cancel(target.account, target.order.inst, target.key === '' ? target.order.id : 0);
        if (target.key !== '') c.setOrigClOrdId(target.key);
        if (t.foreign === 1) c.account = (c.account + 1) % n;
        if (t.foreign === 2) c.instrument = (c.instrument + 1) % this.nInst;
        return c;
      }
      case 'replace': {
        const target = this.target(t.byClOrd, t.pick);
        if (target === null) return c.replace(t.pick % n, 0, (t.pick % 60) + 1, this.ps.midTicks[0]!, 5);
        const o = target.order;
        const price = (o.price || this.ps.midTicks[o.inst % this.nInst] || 1) + t.priceDelta;
        c.replace(target.account, o.inst, target.key === '' ? o.id : 0, price, o.orderQty + t.qtyDelta);
        if (target.key !== '') c.setOrigClOrdId(target.key);
        if (t.wrongInst) c.instrument = (o.inst + 1) % this.nInst;
        if (t.clOrd === 1) c.setClOrdId(`c${this.nextClOrd++}`);
        else if (t.clOrd === 2) c.setClOrdId(this.usedId(target.account, t.pick) ?? `c${this.nextClOrd++}`);
        return c;
      }
      case 'mass': return c.massCancel(t.account < 8 ? t.account % n : n, t.inst === ALL_INSTRUMENTS ? ALL_INSTRUMENTS : t.inst % this.nInst);
      case 'kill': {
        // Lifting a kill switch goes to an account that has one on, so accounts are not off for long.
        const off = this.model.disabled.map((x, a) => (x ? a : -1)).filter((a) => a >= 0);
        const a = t.on || off.length === 0 ? t.account % n : off[t.account % off.length]!;
        return c.admin(t.on ? CommandType.DISABLE_ACCOUNT : CommandType.ENABLE_ACCOUNT, a, 0);
      }
      case 'halt': {
        const halted = this.model.halted.map((x, i) => (x ? i : -1)).filter((i) => i >= 0);
        const inst = t.on || halted.length === 0 ? t.inst % this.nInst : halted[t.inst % halted.length]!;
        return c.admin(t.on ? CommandType.HALT : CommandType.RESUME, 0, inst);
      }
      case 'limit': return c.setLimit(t.account === -1 ? -1 : t.account % n, t.kind === LimitKind.MAX_OPEN_ORDERS ? -1 : t.inst % this.nInst,
        t.kind, this.limitValue(t.kind, t.level));
      case 'tick':
        if (t.jump === 1) this.nowUs += 20 * this.ps.stepUs;
        if (t.jump === 2) this.nowUs += this.ps.spec.limits.dedupeWindowUs;
        return c.tick();
      case 'status': {
        const a = t.account % n;
        c.admin(CommandType.ORDER_STATUS, a, 0);
        if (t.byClOrd) {
          const id = this.usedId(a, t.pick);
          if (id !== undefined) return c.setClOrdId(id);
        }
        const mine = this.model.openOrders().filter((o) => o.account === a);
        c.orderId = mine.length > 0 ? mine[t.pick % mine.length]!.id : (t.pick % 60) + 1;
        return c;
      }
      case 'balance': return c.admin(CommandType.BALANCE_QUERY, t.account < 4 ? t.account % n : t.account === 4 ? n : n + 1, 0);
      default: throw new Error('unknown intent');
    }
  }

  private newOrder(t: Extract<Intent, { k: 'new' }>, c: Command): Command {
    const n = this.n;
    const a = t.account % n;
    if (t.clOrd === 2) {
      const resent = this.resend(a, t.pick);
      if (resent !== null) return resent;
    }
    const inst = t.inst % this.nInst;
    const spec = this.ps.spec.instruments[inst]!;
    const mid = this.ps.midTicks[inst]!;
    const isBuy = t.side === Side.BUY;
    const ordType = t.market ? OrdType.MARKET : OrdType.LIMIT;
    const tif = t.market ? (t.tif === TimeInForce.FOK ? TimeInForce.FOK : TimeInForce.IOC) : t.tif;
    let price = t.market ? 0 : Math.max(1, Math.min(spec.maxPriceTicks, isBuy ? mid - t.away : mid + t.away));
    const postOnly = !t.market && (tif === TimeInForce.GTC || tif === TimeInForce.GTD) && t.postOnly;
    const expire = tif === TimeInForce.GTD ? this.nowUs + t.gtdSteps * this.ps.stepUs : 0;
    let qty = t.qty;
    let account = a;
    let instrument = inst;
    switch (t.spoil) {
      case 1: qty = 0; break;
      case 2: price = 0; break;
      case 3: account = n; break;
      case 4: instrument = this.nInst; break;
      case 5: price = mid * 2; break;
      default: break;
    }
    c.newOrder(account, instrument, t.side, ordType, tif, price, qty, postOnly, t.stp, expire);
    let id: string | undefined;
    if (t.clOrd === 1 || t.clOrd === 2) id = `c${this.nextClOrd++}`;
    else if (t.clOrd === 3) id = this.usedId(a, t.pick) ?? `c${this.nextClOrd++}`;
    else if (t.clOrd === 4) id = this.usedId((a + 1) % n, t.pick) ?? `c${this.nextClOrd++}`;
    if (id !== undefined) {
      c.setClOrdId(id);
      if (account === a && !this.sentIds[a]!.has(id)) this.sentIds[a]!.set(id, new Command().copyFrom(c));
    }
    return c;
  }

  /** The same NewOrderSingle again: mostly one whose ClOrdID is in the window (answered ORDER_STATUS), else any sent before. */
  private resend(a: number, k: number): Command | null {
    const inWindow = this.model.window.fifo.filter((e) => e.account === a);
    if (inWindow.length > 0 && k % 10 < 7) {
      const e = inWindow[k % inWindow.length]!;
      const o = e.order;
      return new Command().newOrder(a, o.inst, o.side, o.ordType, o.tif, o.origPrice, o.origQty, (o.flags & 1) === 1, o.flags >> 1, o.expireTimeUs)
        .setClOrdId(e.key);
    }
    const sent = [...this.sentIds[a]!.values()];
    if (sent.length === 0) return null;
    return new Command().copyFrom(sent[k % sent.length]!);
  }

  /** A ClOrdID account `a` used before: mostly one still in the window, else any it sent; undefined when none. */
  private usedId(a: number, k: number): string | undefined {
    const inWindow = this.model.window.fifo.filter((e) => e.account === a).map((e) => e.key);
    const ids = inWindow.length > 0 && k % 4 !== 0 ? inWindow : [...this.sentIds[a]!.keys()];
    return ids.length === 0 ? undefined : ids[k % ids.length];
  }

  /** An order to cancel or replace: by ClOrdID, a window entry (its order maybe closed); else an open order by id. */
  private target(byClOrd: boolean, k: number): { account: number; order: ModelOrder; key: string } | null {
    const all = this.model.window.fifo;
    // Mostly the ClOrdID of an open order; sometimes one of a closed (or refused) order.
    const live = all.filter((e) => e.order.open);
    const entries = live.length > 0 && k % 4 !== 0 ? live : all;
    if (byClOrd && entries.length > 0) {
      const e = entries[k % entries.length]!;
      return { account: e.account, order: e.order, key: e.key };
    }
    const open = this.model.openOrders();
    if (open.length === 0) return null;
    const o = open[k % open.length]!;
    return { account: o.account, order: o, key: '' };
  }

  private refId(reuse: number): number {
    if (reuse >= 0 && this.refs.length > 0) return this.refs[reuse % this.refs.length]!;
    const ref = this.nextRef++;
    this.refs.push(ref);
    return ref;
  }

  private limitValue(kind: number, level: number): number {
    if (level === 0) return 0;
    const tight = level === 1;
    switch (kind) {
      case LimitKind.MAX_OPEN_ORDERS: return tight ? 2 : OPEN_ORDERS_MAX;
      case LimitKind.MAX_ORDER_QTY: return tight ? 6 : 25;
      case LimitKind.MAX_ORDER_NOTIONAL: return (tight ? 3 : 30) * this.ps.unitMinor[this.ps.spec.instruments[0]!.quoteAsset]!;
      default: return tight ? 10 : 40;
    }
  }
}

/**
 * A funded, seeded workload as commands (timestamps included), checked by
 * the model as it is built: for replay tests.
 */
export function propCommands(ps: PropSpec, seed: number, count: number): Command[] {
  const d = new PropDriver(ps);
  const out: Command[] = [];
  d.onCommand = (c) => out.push(new Command().copyFrom(c));
  d.fund();
  for (const intent of seededIntents(seed, Math.max(0, count - out.length))) d.step(intent);
  return out;
}
