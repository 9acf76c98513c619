import { Command } from '../../../engine/command.js';
import {
  ALL_INSTRUMENTS, CommandType, EventType, OrdType, Side, StpMode, TimeInForce,
} from '../../../engine/enums.js';
import { EventBuffer, F } from '../../../engine/eventBuffer.js';
import type { InstrumentSpec } from '../../../engine/instrumentSpec.js';

/** mulberry32: a small, fast, seeded PRNG (uniform in [0, 1)). Tests never use Math.random. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface RandomCommandOptions {
  instruments: readonly InstrumentSpec[];
  /** Accounts the orders come from: few, so that self-trades happen. */
  accounts: number;
  /** The engine's maxAccounts (an invalid account is drawn at or beyond it). */
  maxAccounts: number;
  /** Resting orders the generator aims to stay around (it cancels more above it). */
  targetResting: number;
  /** Share of commands carrying one invalid value. */
  invalidShare?: number;
  /** Passive prices lie up to this many ticks from the mid (default 12); wide values span price pages. */
  priceSpread?: number;
}

/** What the generator knows of a resting order, learned from the events. */
interface LiveOrder {
  id: number;
  account: number;
  instrument: number;
  side: number;
  price: number;
  qty: number;
  leaves: number;
}

/**
 * A seeded stream of mixed commands for differential and soak tests. Fills a
 * reused `Command` the way the sequencer does (stale fields stay in the slot),
 * and learns which orders rest from the reference engine's events
 * (`observe`), so that cancels and replaces mostly hit live orders, and the
 * book stays near `targetResting`.
 *
 * Mix: NEW orders of every type, TIF, PostOnly and STP mode around a
 * drifting mid per instrument (prices a few ticks either side, so crosses
 * and sweeps happen); CANCEL and REPLACE of live orders (qty down, qty up,
 * price moves that may cross, replace at or below the filled qty) and of
 * dead or unknown ids, other accounts, other instruments; MASS_CANCEL per
 * instrument and for all; occasional invalid values and unknown command types.
 */
export class RandomCommands {
  private readonly rnd: () => number;
  private readonly opt: Required<RandomCommandOptions>;
  private readonly live = new Map<number, LiveOrder>();
  private liveIds: number[] = [];
  private liveIdsStale = true;
  private readonly mids: number[];
  private readonly lastTrade: number[];
  private nextOrderId = 1;
  private seq = 0;

  constructor(seed: number, options: RandomCommandOptions) {
    this.rnd = mulberry32(seed);
    this.opt = { invalidShare: 0.03, ...options, priceSpread: options.priceSpread ?? 12 };
    this.mids = options.instruments.map((s) => (s.referencePriceTicks > 0 ? s.referencePriceTicks : 1000));
    this.lastTrade = options.instruments.map(() => 0);
  }

  /** Writes the next command into `cmd`. */
  next(cmd: Command): void {
    this.seq++;
    cmd.seq = this.seq;
    cmd.timestampUs = 1_700_000_000_000_000 + this.seq * 7;
    const crowded = this.live.size > this.opt.targetResting;
    const r = this.rnd();
    if (r < 0.002) this.unknownType(cmd);
    else if (r < (crowded ? 0.03 : 0.012)) this.massCancel(cmd);
    else if (r < (crowded ? 0.35 : 0.09)) this.cancel(cmd);
    else if (r < (crowded ? 0.55 : 0.33)) this.replace(cmd);
    else if (r < (crowded ? 0.57 : 0.35)) cmd.tick();
    else this.newOrder(cmd);
  }

  /** Learns from the events of the command just applied (the reference engine's). */
  observe(events: EventBuffer): void {
    for (let i = 0; i < events.count; i++) {
      const g = (f: number) => events.get(i, f);
      switch (events.type(i)) {
        case EventType.ACCEPTED:
          if (g(F.COUNT) === OrdType.LIMIT && (g(F.AUX) === TimeInForce.GTC || g(F.AUX) === TimeInForce.GTD)) {
            this.addLive({ id: g(F.ORDER_ID), account: g(F.ACCOUNT), instrument: g(F.INSTRUMENT),
              side: g(F.SIDE), price: g(F.PRICE), qty: g(F.QTY), leaves: g(F.QTY) });
          }
          break;
        case EventType.TRADE: {
          this.lastTrade[g(F.INSTRUMENT)] = g(F.PRICE);
          this.setLeaves(g(F.ORDER_ID), g(F.LEAVES));
          this.setLeaves(g(F.MAKER_ORDER_ID), g(F.MAKER_LEAVES));
          break;
        }
        case EventType.CANCELED:
        case EventType.EXPIRED:
          this.setLeaves(g(F.ORDER_ID), 0);
          break;
        case EventType.REPLACED: {
          const o = this.live.get(g(F.ORDER_ID));
          if (o !== undefined) {
            o.price = g(F.PRICE);
            o.qty = g(F.QTY);
          }
          this.setLeaves(g(F.ORDER_ID), g(F.LEAVES));
          break;
        }
        default:
          break;
      }
    }
  }

  get liveCount(): number {
    return this.live.size;
  }

  // ---- command kinds --------------------------------------------------------

  private newOrder(cmd: Command): void {
    this.nextOrderId++;
    const instrument = this.int(0, this.opt.instruments.length - 1);
    const spec = this.opt.instruments[instrument]!;
    const side = this.chance(0.5) ? Side.BUY : Side.SELL;
    const isMarket = this.chance(0.12);
    const ordType = isMarket ? OrdType.MARKET : OrdType.LIMIT;
    let tif: number;
    if (isMarket) tif = this.chance(0.5) ? TimeInForce.IOC : TimeInForce.FOK;
    else tif = this.pick([TimeInForce.GTC, TimeInForce.GTC, TimeInForce.GTC, TimeInForce.GTD, TimeInForce.IOC, TimeInForce.FOK]);
    const postOnly = !isMarket && (tif === TimeInForce.GTC || tif === TimeInForce.GTD) && this.chance(0.1);
    const stp = this.pick([StpMode.CANCEL_NEWEST, StpMode.CANCEL_OLDEST, StpMode.CANCEL_BOTH]);
    const price = isMarket ? this.pick([0, 0, 0, this.int(1, 50), -3]) : this.limitPrice(instrument, side);
    const qty = this.qty(spec);
    // GTD orders live a few to a few hundred commands (7 us of sequencer time each); some expire at once.
    const expireTimeUs = tif === TimeInForce.GTD ? cmd.timestampUs + this.pick([0, 7, 70, 700, 7000]) : 0;
    cmd.newOrder(this.account(), instrument, side, ordType, tif, price, qty, postOnly, stp, expireTimeUs);
    if (this.chance(this.opt.invalidShare)) this.spoilNewOrder(cmd, spec);
  }

  private cancel(cmd: Command): void {
    const target = this.chance(0.8) ? this.randomLive() : undefined;
    if (target !== undefined) {
      cmd.cancel(target.account, target.instrument, target.id);
      if (this.chance(0.03)) cmd.account = (target.account + 1) % this.opt.accounts;
      else if (this.chance(0.03)) cmd.instrument = (target.instrument + 1) % this.opt.instruments.length;
    } else {
      cmd.cancel(this.account(), this.int(0, this.opt.instruments.length - 1), this.deadOrUnknownId());
    }
  }

  private replace(cmd: Command): void {
    const target = this.chance(0.85) ? this.randomLive() : undefined;
    if (target === undefined) {
      const instrument = this.int(0, this.opt.instruments.length - 1);
      cmd.replace(this.account(), instrument, this.deadOrUnknownId(), this.mids[instrument]!, this.int(1, 20));
      return;
    }
    const spec = this.opt.instruments[target.instrument]!;
    const cum = target.qty - target.leaves;
    let price = target.price;
    let qty = target.qty;
    const r = this.rnd();
    if (r < 0.3) {
      qty = Math.max(cum + 1, target.qty - this.int(0, 5)); // decrease or same: keeps priority
    } else if (r < 0.45) {
      qty = target.qty + this.int(1, 10); // increase: loses priority
    } else if (r < 0.85) {
      // Price move, towards or away from the other side (may cross and trade).
      price = target.price + this.pick([-3, -2, -1, 1, 2, 3]);
      if (this.chance(0.5)) qty = Math.max(1, target.qty + this.int(-5, 5));
    } else if (r < 0.93 && cum > 0) {
      qty = this.int(Math.min(cum, spec.minQtyLots), cum); // at or below the filled qty: done
      if (this.chance(0.3)) price += this.pick([-1, 1]);
    } else {
      price = this.limitPrice(target.instrument, target.side);
    }
    qty = Math.min(qty, spec.maxQtyLots);
    cmd.replace(target.account, target.instrument, target.id, price, qty);
    if (this.chance(this.opt.invalidShare * 3)) {
      switch (this.int(0, 6)) {
        case 0: cmd.qty = 0; break;
        case 1: cmd.qty = spec.maxQtyLots + 1; break;
        case 2: cmd.qty += 0.5; break;
        case 3: cmd.price = 0; break;
        case 4: cmd.price = spec.maxPriceTicks + 1; break;
        case 5: cmd.price += 0.25; break;
        default: cmd.account = (target.account + 1) % this.opt.accounts; break;
      }
    }
  }

  private massCancel(cmd: Command): void {
    const r = this.rnd();
    const instrument = r < 0.4 ? ALL_INSTRUMENTS : r < 0.97
      ? this.int(0, this.opt.instruments.length - 1)
      : this.pick([this.opt.instruments.length, -2]);
    const account = this.chance(0.97) ? this.account() : this.pick([-1, this.opt.maxAccounts]);
    cmd.massCancel(account, instrument);
  }

  private unknownType(cmd: Command): void {
    cmd.type = this.pick([0, 5, 99]);
    cmd.orderId = this.int(0, this.nextOrderId);
  }

  // ---- values ---------------------------------------------------------------

  /** A limit price near the mid: mostly passive, sometimes crossing by a few ticks. */
  private limitPrice(instrument: number, side: number): number {
    this.driftMid(instrument);
    const mid = this.mids[instrument]!;
    const away = this.chance(0.15) ? this.int(-3, 0) : this.int(0, this.opt.priceSpread); // negative: crosses the mid
    const price = side === Side.BUY ? mid - away : mid + away;
    return Math.max(1, Math.min(this.opt.instruments[instrument]!.maxPriceTicks, price));
  }

  /** Random walk of the mid, pulled back towards the last trade (so the band does not reject everything). */
  private driftMid(instrument: number): void {
    if (!this.chance(0.05)) return;
    const anchor = this.lastTrade[instrument]! || this.mids[instrument]!;
    const mid = this.mids[instrument]!;
    const step = mid > anchor + 5 ? -1 : mid < anchor - 5 ? 1 : this.pick([-1, 1]);
    this.mids[instrument] = Math.max(10, mid + step);
  }

  private qty(spec: InstrumentSpec): number {
    const r = this.rnd();
    const q = r < 0.7 ? this.int(1, 10) : r < 0.95 ? this.int(10, 50) : this.int(50, 300);
    return Math.max(spec.minQtyLots, Math.min(spec.maxQtyLots, q));
  }

  private spoilNewOrder(cmd: Command, spec: InstrumentSpec): void {
    switch (this.int(0, 15)) {
      case 0: cmd.instrument = this.pick([this.opt.instruments.length, -1, 0.5]); break;
      case 1: cmd.account = this.pick([-1, this.opt.maxAccounts, 1.5]); break;
      case 2: cmd.side = this.pick([2, -1]); break;
      case 3: cmd.ordType = 2; break;
      case 4: cmd.tif = 3; break;
      case 5: cmd.stp = this.pick([3, -1]); break;
      case 6: cmd.ordType = OrdType.MARKET; cmd.tif = TimeInForce.GTC; break;
      case 7: cmd.postOnly = true; cmd.tif = this.pick([TimeInForce.IOC, TimeInForce.FOK]); break;
      case 8: cmd.qty = this.pick([0, spec.maxQtyLots + 1, spec.minQtyLots - 1, 2.5]); break;
      case 9: cmd.price = this.pick([0, -4, spec.maxPriceTicks + 1, 1000.5]); break;
      case 10: cmd.price = Math.round(cmd.price * this.pick([0.5, 1.6])) || 1; break; // outside a band
      case 11: cmd.postOnly = cmd.ordType === OrdType.LIMIT; cmd.tif = TimeInForce.GTC;
        cmd.price = cmd.side === Side.BUY ? cmd.price + 8 : cmd.price - 8; break; // PostOnly that would take
      default: cmd.qty = Math.min(spec.maxQtyLots, cmd.qty * 20); break; // big: sweeps, FOK misses
    }
  }

  private account(): number {
    return this.int(0, this.opt.accounts - 1);
  }

  /** An id that was issued but no longer rests, or never issued. */
  private deadOrUnknownId(): number {
    if (this.chance(0.8) && this.nextOrderId > 1) return this.int(1, this.nextOrderId - 1);
    return this.pick([0, -1, this.nextOrderId + this.int(0, 50)]);
  }

  private randomLive(): LiveOrder | undefined {
    if (this.liveIdsStale) {
      this.liveIds = [...this.live.keys()];
      this.liveIdsStale = false;
    }
    if (this.liveIds.length === 0) return undefined;
    return this.live.get(this.liveIds[this.int(0, this.liveIds.length - 1)]!);
  }

  private addLive(o: LiveOrder): void {
    this.live.set(o.id, o);
    this.liveIdsStale = true;
  }

  private setLeaves(id: number, leaves: number): void {
    const o = this.live.get(id);
    if (o === undefined) return;
    if (leaves <= 0) {
      this.live.delete(id);
      this.liveIdsStale = true;
    } else {
      o.leaves = leaves;
    }
  }

  private int(lo: number, hi: number): number {
    return lo + Math.floor(this.rnd() * (hi - lo + 1));
  }

  private chance(p: number): boolean {
    return this.rnd() < p;
  }

  private pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.rnd() * values.length)]!;
  }
}

/** One line describing a command, for failure messages. */
export function describeCommand(c: Command): string {
  const type = Object.entries(CommandType).find(([, v]) => v === c.type)?.[0] ?? `type ${c.type}`;
  return `${type} {seq ${c.seq}, account ${c.account}, instrument ${c.instrument}, orderId ${c.orderId}, ` +
    `side ${c.side}, ordType ${c.ordType}, tif ${c.tif}, stp ${c.stp}, postOnly ${c.postOnly}, ` +
    `price ${c.price}, qty ${c.qty}}`;
}
