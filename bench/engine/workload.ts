import { CommandType, OrdType, Side, TimeInForce } from '../../engine/enums.js';
import { BookModel } from './bookModel.js';
import { CommandStream } from './commandStream.js';
import { BENCH_INSTRUMENT, CENTER_PRICE_TICKS } from './setup.js';
import { Rng } from './rng.js';

/**
 * The exchange-core benchmark workload, generated from a seed before any
 * timing: one instrument, 1,000 accounts, about 1,000 resting orders over
 * about 750 price levels, and a command mix of
 *
 *   9%  new LIMIT GTC (a few of them priced to take)
 *   3%  new IOC: two thirds LIMIT IOC, one third MARKET
 *   6%  cancels of a resting order
 *  82%  moves: REPLACE of a resting order to a new price (a few cross)
 *
 * with about 5.5% of commands trading (the mix caps it near 6%: at a steady
 * size, trades other than IOC remove about as many orders as new GTC orders
 * minus cancels add, 3% of commands). Every cancel and move targets an order
 * that rests at that point, with the id the engine gave it, so the engine
 * does real work on every command (no UNKNOWN_ORDER shortcuts); the
 * generator knows this from its own model of the book (`BookModel`).
 *
 * Shape: a passive order is placed uniformly within `spreadTicks` behind the
 * opposite best, so with N resting orders and spreadTicks = 0.85 N each side
 * holds N/2 orders over 0.85 N prices, about 0.75 N levels in all. Two small
 * feedback loops keep it stationary: takers consume whole makers more often
 * while the book is above its target size (less often below), and takers
 * lean against the drift of the mid price from the centre.
 *
 * The stream has three segments: a prefill of passive GTC orders that builds
 * the book to its target, a warm-up, and the measured commands.
 */
export interface WorkloadSpec {
  seed: number;
  restingTarget: number;
  /** Passive orders rest within this many ticks behind the opposite best. */
  spreadTicks: number;
  warmupCommands: number;
  measuredCommands: number;
  accounts: number;
}

export const MIX = {
  gtc: 0.09,
  ioc: 0.03,
  cancel: 0.06,
  move: 0.82,
} as const;
/** Share of IOC orders sent as MARKET. */
const MARKET_SHARE_OF_IOC = 1 / 3;
/** Share of new GTC orders priced at the opposite best (they take, then rest). */
const AGGRESSIVE_GTC = 0.03;
/** Share of moves that go to the opposite best (they take), at the target size. */
const CROSSING_MOVE = 0.035;
const MAX_QTY_LOTS = 100;

export interface SegmentStats {
  commands: number;
  newGtc: number;
  newIoc: number;
  newMarket: number;
  cancels: number;
  moves: number;
  /** Commands that produced at least one trade. */
  tradeCommands: number;
  fills: number;
  /** Commands stopped by self-trade prevention. */
  stpStops: number;
  restingAtEnd: number;
  levelsAtEnd: number;
  nextOrderIdAtEnd: number;
}

export interface Workload {
  spec: WorkloadSpec;
  stream: CommandStream;
  prefillEnd: number;
  warmupEnd: number;
  end: number;
  prefill: SegmentStats;
  warmup: SegmentStats;
  measured: SegmentStats;
  peakOrders: number;
  peakLevels: number;
  /** Highest order id in the stream. */
  maxOrderId: number;
  generateMs: number;
}

function emptyStats(): SegmentStats {
  return {
    commands: 0, newGtc: 0, newIoc: 0, newMarket: 0, cancels: 0, moves: 0,
    tradeCommands: 0, fills: 0, stpStops: 0, restingAtEnd: 0, levelsAtEnd: 0, nextOrderIdAtEnd: 0,
  };
}

/** Default shape for a target size: about 0.75 levels per resting order. */
export function defaultSpread(restingTarget: number): number {
  return Math.max(8, Math.round(0.85 * restingTarget));
}

export function generateWorkload(spec: WorkloadSpec): Workload {
  for (const [k, v] of Object.entries(spec)) {
    if (!Number.isSafeInteger(v) || v < 0) throw new Error(`workload ${k} must be a non-negative integer: ${v}`);
  }
  const t0 = performance.now();
  const total = spec.restingTarget + spec.warmupCommands + spec.measuredCommands;
  const w = spec.spreadTicks;
  const window = 4 * w + 10_000;
  const model = new BookModel({
    capacity: spec.restingTarget * 2 + 1024,
    maxIds: total,
    priceLo: CENTER_PRICE_TICKS - window,
    priceHi: CENTER_PRICE_TICKS + window,
    maxPriceTicks: BENCH_INSTRUMENT.maxPriceTicks,
    priceBandBps: BENCH_INSTRUMENT.priceBandBps,
    referencePriceTicks: BENCH_INSTRUMENT.referencePriceTicks,
  });
  const g = new Generator(spec, model, new Rng(spec.seed), new CommandStream(total));

  const prefill = emptyStats();
  for (let i = 0; i < spec.restingTarget; i++) g.prefillOrder(prefill);
  g.close(prefill);
  const warmup = emptyStats();
  for (let i = 0; i < spec.warmupCommands; i++) g.mixedCommand(warmup);
  g.close(warmup);
  const measured = emptyStats();
  for (let i = 0; i < spec.measuredCommands; i++) g.mixedCommand(measured);
  g.close(measured);

  const stream = g.stream;
  return {
    spec,
    stream,
    prefillEnd: spec.restingTarget,
    warmupEnd: spec.restingTarget + spec.warmupCommands,
    end: stream.length,
    prefill,
    warmup,
    measured,
    peakOrders: model.peakOrders,
    peakLevels: model.peakLevels,
    maxOrderId: model.nextOrderId - 1,
    generateMs: performance.now() - t0,
  };
}

class Generator {
  constructor(
    readonly spec: WorkloadSpec,
    readonly model: BookModel,
    readonly rng: Rng,
    readonly stream: CommandStream,
  ) {}

  /** A passive GTC order around the centre (the book starts empty). */
  prefillOrder(st: SegmentStats): void {
    const m = this.model;
    const side = this.rng.below(2);
    const off = this.rng.below(this.spec.spreadTicks);
    const price = side === Side.BUY ? CENTER_PRICE_TICKS - 1 - off : CENTER_PRICE_TICKS + off;
    this.newOrder(st, side, OrdType.LIMIT, TimeInForce.GTC, this.clampBand(price), this.qty(),
      this.rng.below(this.spec.accounts));
    if (m.fills !== 0) throw new Error('prefill orders must not trade');
  }

  mixedCommand(st: SegmentStats): void {
    const m = this.model;
    const r = this.rng.float();
    if (m.restingCount === 0 || r < MIX.gtc) {
      this.gtc(st);
    } else if (r < MIX.gtc + MIX.ioc) {
      this.ioc(st);
    } else if (r < MIX.gtc + MIX.ioc + MIX.cancel) {
      this.cancel(st);
    } else {
      this.move(st);
    }
  }

  close(st: SegmentStats): void {
    st.restingAtEnd = this.model.restingCount;
    st.levelsAtEnd = this.model.levels;
    st.nextOrderIdAtEnd = this.model.nextOrderId;
  }

  // ---- command kinds ---------------------------------------------------------

  private gtc(st: SegmentStats): void {
    const m = this.model;
    st.newGtc++;
    if (this.rng.float() < AGGRESSIVE_GTC) {
      const side = this.takerSide();
      const opp = 1 - side;
      if (m.best[opp]! >= 0) {
        this.newOrder(st, side, OrdType.LIMIT, TimeInForce.GTC, m.best[opp]!, this.qty(),
          this.takerAccount(opp));
        return;
      }
    }
    // Keep the sides balanced: add to the thinner one more often.
    const bids = m.ordersOnSide[Side.BUY];
    const asks = m.ordersOnSide[Side.SELL];
    const side = this.rng.float() * (bids + asks + 2) < asks + 1 ? Side.BUY : Side.SELL;
    this.newOrder(st, side, OrdType.LIMIT, TimeInForce.GTC, this.passivePrice(side), this.qty(),
      this.rng.below(this.spec.accounts));
  }

  private ioc(st: SegmentStats): void {
    const m = this.model;
    const side = this.takerSide();
    const opp = 1 - side;
    if (m.best[opp]! < 0) {
      this.gtc(st);
      return;
    }
    const maker = m.headAtBest(opp);
    const qty = this.takerQty(m.leaves[maker]!);
    const account = this.takerAccount(opp);
    if (this.rng.float() < MARKET_SHARE_OF_IOC) {
      st.newMarket++;
      this.newOrder(st, side, OrdType.MARKET, TimeInForce.IOC, 0, qty, account);
    } else {
      st.newIoc++;
      const reach = this.rng.below(3);
      const price = this.clampBand(side === Side.BUY ? m.best[opp]! + reach : m.best[opp]! - reach);
      this.newOrder(st, side, OrdType.LIMIT, TimeInForce.IOC, price, qty, account);
    }
  }

  private cancel(st: SegmentStats): void {
    const m = this.model;
    st.cancels++;
    const s = m.resting[this.rng.below(m.restingCount)]!;
    this.stream.push(CommandType.CANCEL, m.side[s]!, 0, 0, m.account[s]!, m.id[s]!, 0, 0);
    m.cancel(s);
    this.count(st);
  }

  private move(st: SegmentStats): void {
    const m = this.model;
    st.moves++;
    const s = m.resting[this.rng.below(m.restingCount)]!;
    const side = m.side[s]!;
    const opp = 1 - side;
    const old = m.price[s]!;
    let price: number;
    const crossOdds = CROSSING_MOVE * this.sizeFeedback() * 2 * this.sideLean(side);
    if (m.best[opp]! >= 0 && this.rng.float() < crossOdds) {
      price = m.best[opp]!;
    } else {
      price = this.passivePrice(side);
    }
    price = this.clampBand(price);
    if (price === old) price = this.awayFromTouch(side, price);
    this.checkPrice(price);
    this.stream.push(CommandType.REPLACE, side, 0, 0, m.account[s]!, m.id[s]!, price, m.qty[s]!);
    m.move(s, price);
    this.count(st);
  }

  // ---- helpers ---------------------------------------------------------------

  private newOrder(st: SegmentStats, side: number, ordType: number, tif: number, price: number,
    qty: number, account: number): void {
    const m = this.model;
    const id = m.nextOrderId;
    if (ordType === OrdType.LIMIT) this.checkPrice(price);
    this.stream.push(CommandType.NEW_ORDER, side, ordType, tif, account, id, price, qty);
    m.newOrder(side, ordType === OrdType.MARKET, tif === TimeInForce.GTC, price, qty, account);
    this.count(st);
  }

  private count(st: SegmentStats): void {
    const m = this.model;
    st.commands++;
    if (m.fills > 0) st.tradeCommands++;
    st.fills += m.fills;
    if (m.stpStopped) st.stpStops++;
  }

  private qty(): number {
    return 1 + this.rng.below(MAX_QTY_LOTS);
  }

  /**
   * A taker's quantity against a first maker of `makerLeaves`: at or above
   * the target size it takes the maker and some more (the book shrinks),
   * below it takes part of the maker only.
   */
  private takerQty(makerLeaves: number): number {
    const m = this.model;
    if (m.restingCount > this.spec.restingTarget * 1.02) return makerLeaves + this.rng.below(MAX_QTY_LOTS / 2);
    return Math.max(1, this.rng.below(makerLeaves));
  }

  /** More crossing moves above the target size, fewer below. */
  private sizeFeedback(): number {
    const e = (this.model.restingCount - this.spec.restingTarget) / this.spec.restingTarget;
    return Math.min(2, Math.max(0.25, 1 + 8 * e));
  }

  /** Probability weight (0..1) that a taker on `side` is wanted, leaning against the drift. */
  private sideLean(side: number): number {
    const pBuy = this.buyTakerOdds();
    return side === Side.BUY ? pBuy : 1 - pBuy;
  }

  private buyTakerOdds(): number {
    const m = this.model;
    const bid = m.best[Side.BUY]!;
    const ask = m.best[Side.SELL]!;
    if (bid < 0 || ask < 0) return 0.5;
    const drift = ((bid + ask) / 2 - CENTER_PRICE_TICKS) / this.spec.spreadTicks;
    return Math.min(0.9, Math.max(0.1, 0.5 - drift));
  }

  private takerSide(): number {
    return this.rng.float() < this.buyTakerOdds() ? Side.BUY : Side.SELL;
  }

  /** An account other than the first maker's at the best of `opp`, to avoid STP stops. */
  private takerAccount(opp: number): number {
    const m = this.model;
    const maker = m.headAtBest(opp);
    let a = this.rng.below(this.spec.accounts);
    if (maker !== 0 && a === m.account[maker]) a = (a + 1) % this.spec.accounts;
    return a;
  }

  /** Uniform within `spreadTicks` behind the opposite best (or the centre). */
  private passivePrice(side: number): number {
    const m = this.model;
    const off = 1 + this.rng.below(this.spec.spreadTicks);
    if (side === Side.BUY) {
      const ask = m.best[Side.SELL]!;
      const ref = ask >= 0 ? ask : (m.best[Side.BUY]! >= 0 ? m.best[Side.BUY]! + 1 : CENTER_PRICE_TICKS);
      return this.clampBand(ref - off);
    }
    const bid = m.best[Side.BUY]!;
    const ref = bid >= 0 ? bid : (m.best[Side.SELL]! >= 0 ? m.best[Side.SELL]! - 1 : CENTER_PRICE_TICKS - 1);
    return this.clampBand(ref + off);
  }

  /** One tick further from the opposite side, or nearer when that leaves the band. */
  private awayFromTouch(side: number, price: number): number {
    const m = this.model;
    if (side === Side.BUY) return price - 1 >= m.bandLower() ? price - 1 : price + 1;
    return price + 1 <= m.bandUpper() ? price + 1 : price - 1;
  }

  private checkPrice(price: number): void {
    const m = this.model;
    if (!(price >= m.bandLower() && price <= m.bandUpper())) {
      throw new Error(`generator: price ${price} outside the band ${m.bandLower()}..${m.bandUpper()}`);
    }
  }

  private clampBand(price: number): number {
    const m = this.model;
    return Math.min(m.bandUpper(), Math.max(m.bandLower(), price));
  }
}
