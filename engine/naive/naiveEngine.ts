import type { Command } from '../command.js';
import type { MatchingEngine } from '../engine.js';
import {
  ALL_INSTRUMENTS, CancelReason, CommandType, OrdType, Side, StpMode, TimeInForce,
} from '../enums.js';
import type { EventBuffer } from '../eventBuffer.js';
import { DEFAULT_MAX_PRICE_PAGES, type EngineLimits, type InstrumentSpec } from '../instrumentSpec.js';
import { RejectReason } from '../rejectReason.js';
import { StateHasher } from '../stateHasher.js';
import { NaiveBook, type NaiveOrder } from './naiveBook.js';
import {
  hasValidOrderShape, isInBand, isPriceInRange, isQtyInRange, marketLimit, opposite,
  priceBand, withinLimit,
} from './naiveRules.js';

/** An order while it takes liquidity: a new order, or a replaced one that lost priority. */
interface Taker {
  id: number;
  account: number;
  instrument: number;
  side: number;
  limit: number;
  leaves: number;
  stp: number;
  /** GTD expire time, 0 when none. */
  expireTimeUs: number;
}

/**
 * The reference matching engine: docs/engine.md written out as directly as
 * possible, over plain arrays (`NaiveBook`). Slow on purpose; differential
 * tests hold `OrderBookEngine` to it event for event and hash for hash.
 *
 * Where docs/engine.md leaves a detail open, the choice made here is noted
 * at the line that makes it.
 */
export class NaiveEngine implements MatchingEngine {
  readonly instruments: readonly InstrumentSpec[];
  private readonly limits: EngineLimits;
  private readonly book = new NaiveBook();
  /** Per instrument id; 0 before its first trade. */
  private readonly lastTradePrice: number[];
  private orderIdNext = 1;
  private tradeIdNext = 1;

  constructor(instruments: InstrumentSpec[], limits: EngineLimits) {
    instruments.forEach((spec, i) => {
      if (spec.id !== i) throw new Error(`instrument ids must be dense: index ${i} has id ${spec.id}`);
    });
    this.instruments = instruments.slice();
    this.limits = { ...limits };
    this.lastTradePrice = instruments.map(() => 0);
  }

  apply(cmd: Command, out: EventBuffer): void {
    this.expireDue(cmd.timestampUs, out);
    switch (cmd.type) {
      case CommandType.TICK: break;
      case CommandType.NEW_ORDER: this.newOrder(cmd, out); break;
      case CommandType.CANCEL: this.cancel(cmd, out); break;
      case CommandType.REPLACE: this.replace(cmd, out); break;
      case CommandType.MASS_CANCEL: this.massCancel(cmd, out); break;
      default:
        // "the command's fields": every field, as the slot holds it.
        out.rejected(cmd.type, cmd.orderId, cmd.account, cmd.instrument, cmd.side, cmd.price,
          cmd.qty, RejectReason.INVALID_ORDER);
    }
  }

  /** GTD orders whose time has come, by expire time then id: EXPIRED and BOOK_LEVEL each. */
  private expireDue(nowUs: number, out: EventBuffer): void {
    const due = this.book.orders
      .filter((o) => o.expireTimeUs > 0 && o.expireTimeUs <= nowUs)
      .sort((a, b) => a.expireTimeUs - b.expireTimeUs || a.id - b.id);
    for (const o of due) {
      this.book.remove(o);
      out.expired(o.id, o.account, o.instrument, o.side, o.price, o.leaves);
      this.bookLevel(o.instrument, o.side, o.price, out);
    }
  }

  // ---- NEW_ORDER -----------------------------------------------------------

  private newOrder(cmd: Command, out: EventBuffer): void {
    const id = this.orderIdNext++;
    const reason = this.checkNewOrder(cmd);
    if (reason !== RejectReason.NONE) {
      // PRICE "as in the command", also for a MARKET order (whose price is otherwise ignored).
      out.rejected(CommandType.NEW_ORDER, id, cmd.account, cmd.instrument, cmd.side, cmd.price,
        cmd.qty, reason);
      return;
    }
    const spec = this.instruments[cmd.instrument]!;
    const isMarket = cmd.ordType === OrdType.MARKET;
    const price = isMarket ? 0 : cmd.price;
    out.accepted(id, cmd.account, cmd.instrument, cmd.side, price, cmd.qty, cmd.ordType, cmd.tif,
      cmd.postOnly, cmd.stp);
    const taker: Taker = {
      id, account: cmd.account, instrument: cmd.instrument, side: cmd.side, leaves: cmd.qty,
      stp: cmd.stp, limit: isMarket ? this.marketLimitOf(spec, cmd.side) : cmd.price,
      expireTimeUs: cmd.tif === TimeInForce.GTD ? cmd.expireTimeUs : 0,
    };
    const stoppedByStp = this.match(taker, out);
    if (stoppedByStp) {
      out.canceled(id, taker.account, taker.instrument, taker.side, price, taker.leaves, CancelReason.STP);
    } else if (taker.leaves > 0) {
      if (!isMarket && (cmd.tif === TimeInForce.GTC || cmd.tif === TimeInForce.GTD)) {
        this.rest(taker, cmd.qty, cmd.postOnly, out);
      } else {
        out.canceled(id, taker.account, taker.instrument, taker.side, price, taker.leaves,
          CancelReason.IOC_REMAINDER);
      }
    }
  }

  /** docs/engine.md, NEW_ORDER checks 1-10, in order; NONE when all pass. */
  private checkNewOrder(cmd: Command): number {
    const spec = this.spec(cmd.instrument);
    if (spec === undefined) return RejectReason.UNKNOWN_SYMBOL;
    if (!this.isAccount(cmd.account)) return RejectReason.INVALID_ORDER;
    if (!hasValidOrderShape(cmd.side, cmd.ordType, cmd.tif, cmd.stp, cmd.postOnly)) {
      return RejectReason.INVALID_ORDER;
    }
    if (cmd.tif === TimeInForce.GTD &&
        !(Number.isSafeInteger(cmd.expireTimeUs) && cmd.expireTimeUs > cmd.timestampUs)) {
      return RejectReason.INVALID_ORDER;
    }
    if (!isQtyInRange(spec, cmd.qty)) return RejectReason.QTY_OUT_OF_RANGE;
    const isLimit = cmd.ordType === OrdType.LIMIT;
    if (isLimit) {
      if (!isPriceInRange(spec, cmd.price)) return RejectReason.PRICE_OUT_OF_RANGE;
      if (!isInBand(this.bandOf(spec), cmd.price)) return RejectReason.PRICE_BAND;
    }
    if (cmd.postOnly && this.wouldTake(spec.id, cmd.side, cmd.price)) {
      return RejectReason.POST_ONLY_WOULD_TAKE;
    }
    const limit = isLimit ? cmd.price : this.marketLimitOf(spec, cmd.side);
    if (!isLimit && !this.wouldTake(spec.id, cmd.side, limit)) return RejectReason.NO_LIQUIDITY;
    if (cmd.tif === TimeInForce.FOK &&
        this.fokFillableQty(spec.id, cmd.account, cmd.side, limit, cmd.stp) < cmd.qty) {
      return RejectReason.FOK_NOT_FILLABLE;
    }
    if (isLimit && (cmd.tif === TimeInForce.GTC || cmd.tif === TimeInForce.GTD) &&
        (this.book.orders.length >= this.limits.maxOrders || !this.canRestAt(spec.id, cmd.side, cmd.price))) {
      return RejectReason.ORDER_BOOK_FULL;
    }
    return RejectReason.NONE;
  }

  /**
   * docs/engine.md capacity: a level exists at the price on that side, or one
   * more level fits and so does its price page (held already, or one more page).
   */
  private canRestAt(instrument: number, side: number, price: number): boolean {
    if (this.book.level(instrument, side, price).count > 0) return true;
    if (this.book.levelsInUse() >= this.limits.maxLevels) return false;
    return this.book.pageHeld(instrument, side, price) ||
      this.book.pagesInUse() < (this.limits.maxPricePages ?? DEFAULT_MAX_PRICE_PAGES);
  }

  /** Check 9: leaves reachable within `limit` before STP would stop the order. */
  private fokFillableQty(instrument: number, account: number, side: number, limit: number, stp: number): number {
    let sum = 0;
    for (const maker of this.book.sideInPriority(instrument, opposite(side))) {
      if (!withinLimit(side, maker.price, limit)) break;
      if (maker.account === account) {
        if (stp === StpMode.CANCEL_OLDEST) continue;
        break;
      }
      sum += maker.leaves;
    }
    return sum;
  }

  // ---- matching ------------------------------------------------------------

  /**
   * docs/engine.md, "Matching": takes liquidity for `taker` (updating its
   * leaves) and says whether self-trade prevention stopped it.
   */
  private match(taker: Taker, out: EventBuffer): boolean {
    const makerSide = opposite(taker.side);
    let levelPrice = -1;
    let levelTouched = false;
    let stoppedByStp = false;
    for (const maker of this.book.sideInPriority(taker.instrument, makerSide)) {
      if (taker.leaves === 0 || !withinLimit(taker.side, maker.price, taker.limit)) break;
      if (maker.price !== levelPrice) {
        if (levelTouched) this.bookLevel(taker.instrument, makerSide, levelPrice, out);
        levelPrice = maker.price;
        levelTouched = false;
      }
      if (maker.account === taker.account) {
        if (taker.stp === StpMode.CANCEL_NEWEST) {
          stoppedByStp = true;
          break;
        }
        this.book.remove(maker);
        out.canceled(maker.id, maker.account, maker.instrument, maker.side, maker.price, maker.leaves,
          CancelReason.STP);
        levelTouched = true;
        if (taker.stp === StpMode.CANCEL_BOTH) {
          stoppedByStp = true;
          break;
        }
        continue;
      }
      const q = Math.min(taker.leaves, maker.leaves);
      taker.leaves -= q;
      maker.leaves -= q;
      if (maker.leaves === 0) this.book.remove(maker);
      this.lastTradePrice[taker.instrument] = maker.price;
      out.trade(this.tradeIdNext++, taker.instrument, maker.price, q, taker.id, taker.account,
        taker.side, taker.leaves, maker.id, maker.account, maker.leaves);
      levelTouched = true;
    }
    if (levelTouched) this.bookLevel(taker.instrument, makerSide, levelPrice, out);
    return stoppedByStp;
  }

  private rest(taker: Taker, orderQty: number, postOnly: boolean, out: EventBuffer): void {
    this.book.add({
      id: taker.id, account: taker.account, instrument: taker.instrument, side: taker.side,
      price: taker.limit, qty: orderQty, leaves: taker.leaves, postOnly, stp: taker.stp,
      expireTimeUs: taker.expireTimeUs,
    });
    this.bookLevel(taker.instrument, taker.side, taker.limit, out);
  }

  // ---- CANCEL --------------------------------------------------------------

  private cancel(cmd: Command, out: EventBuffer): void {
    const order = this.ownedRestingOrder(cmd);
    if (order === undefined) {
      this.rejectTargeted(cmd, RejectReason.UNKNOWN_ORDER, out);
      return;
    }
    this.book.remove(order);
    out.canceled(order.id, order.account, order.instrument, order.side, order.price, order.leaves,
      CancelReason.USER);
    this.bookLevel(order.instrument, order.side, order.price, out);
  }

  // ---- REPLACE -------------------------------------------------------------

  private replace(cmd: Command, out: EventBuffer): void {
    const order = this.ownedRestingOrder(cmd);
    const reason = order === undefined ? RejectReason.UNKNOWN_ORDER : this.checkReplace(order, cmd);
    if (order === undefined || reason !== RejectReason.NONE) {
      this.rejectTargeted(cmd, reason, out);
      return;
    }
    const newPrice = cmd.price;
    const newQty = cmd.qty;
    const oldPrice = order.price;
    const cum = order.qty - order.leaves;
    if (newQty <= cum) {
      // Replaced to at or below the filled quantity: the order is done. Priority is
      // reported as not kept (AUX 0): the order has left the book.
      this.book.remove(order);
      out.replaced(order.id, order.account, order.instrument, order.side, newPrice, newQty, 0,
        oldPrice, false);
      this.bookLevel(order.instrument, order.side, oldPrice, out);
      return;
    }
    const newLeaves = newQty - cum;
    if (newPrice === oldPrice && newLeaves <= order.leaves) {
      const leavesChanged = newLeaves !== order.leaves;
      order.qty = newQty;
      order.leaves = newLeaves;
      out.replaced(order.id, order.account, order.instrument, order.side, newPrice, newQty, newLeaves,
        oldPrice, true);
      if (leavesChanged) this.bookLevel(order.instrument, order.side, oldPrice, out);
      return;
    }
    this.book.remove(order);
    out.replaced(order.id, order.account, order.instrument, order.side, newPrice, newQty, newLeaves,
      oldPrice, false);
    this.bookLevel(order.instrument, order.side, oldPrice, out);
    const taker: Taker = {
      id: order.id, account: order.account, instrument: order.instrument, side: order.side,
      limit: newPrice, leaves: newLeaves, stp: order.stp, expireTimeUs: order.expireTimeUs,
    };
    const stoppedByStp = this.match(taker, out);
    if (stoppedByStp) {
      out.canceled(taker.id, taker.account, taker.instrument, taker.side, newPrice, taker.leaves,
        CancelReason.STP);
    } else if (taker.leaves > 0) {
      this.rest(taker, newQty, order.postOnly, out);
    }
  }

  /** docs/engine.md, REPLACE checks after UNKNOWN_ORDER, in order. */
  private checkReplace(order: NaiveOrder, cmd: Command): number {
    const spec = this.instruments[order.instrument]!;
    // "outside minQtyLots .. maxQtyLots": a fractional quantity is outside too (as for NEW_ORDER).
    if (!isQtyInRange(spec, cmd.qty)) return RejectReason.QTY_OUT_OF_RANGE;
    if (!isPriceInRange(spec, cmd.price)) return RejectReason.PRICE_OUT_OF_RANGE;
    // An unchanged price is not judged again: a quantity change must stay possible
    // for an order the band has since moved away from.
    if (cmd.price !== order.price) {
      if (!isInBand(this.bandOf(spec), cmd.price)) return RejectReason.PRICE_BAND;
      if (order.postOnly && this.wouldTake(order.instrument, order.side, cmd.price)) {
        return RejectReason.POST_ONLY_WOULD_TAKE;
      }
    }
    if (cmd.price !== order.price && !this.canRestAt(order.instrument, order.side, cmd.price)) {
      return RejectReason.ORDER_BOOK_FULL;
    }
    return RejectReason.NONE;
  }

  // ---- MASS_CANCEL ---------------------------------------------------------

  private massCancel(cmd: Command, out: EventBuffer): void {
    const all = cmd.instrument === ALL_INSTRUMENTS;
    let reason: number = RejectReason.NONE;
    if (!this.isAccount(cmd.account)) reason = RejectReason.INVALID_ORDER;
    else if (!all && this.spec(cmd.instrument) === undefined) reason = RejectReason.UNKNOWN_SYMBOL;
    if (reason !== RejectReason.NONE) {
      out.rejected(CommandType.MASS_CANCEL, 0, cmd.account, cmd.instrument, 0, 0, 0, reason);
      return;
    }
    const victims = this.book.orders
      .filter((o) => o.account === cmd.account && (all || o.instrument === cmd.instrument))
      .sort((a, b) => a.id - b.id);
    for (const o of victims) {
      this.book.remove(o);
      out.canceled(o.id, o.account, o.instrument, o.side, o.price, o.leaves, CancelReason.MASS_CANCEL);
      this.bookLevel(o.instrument, o.side, o.price, out);
    }
    out.massCancelDone(cmd.account, cmd.instrument, victims.length);
  }

  // ---- shared pieces -------------------------------------------------------

  private spec(instrument: number): InstrumentSpec | undefined {
    return this.instruments.find((s) => s.id === instrument);
  }

  private isAccount(account: number): boolean {
    return Number.isInteger(account) && account >= 0 && account < this.limits.maxAccounts;
  }

  private bandOf(spec: InstrumentSpec) {
    return priceBand(spec, this.lastTradePrice[spec.id]!);
  }

  private marketLimitOf(spec: InstrumentSpec, side: number): number {
    return marketLimit(spec, side, this.bandOf(spec));
  }

  /** Whether the opposite side's best price is within `limit` (it exists and would trade). */
  private wouldTake(instrument: number, side: number, limit: number): boolean {
    const best = this.book.best(instrument, opposite(side));
    return best !== -1 && withinLimit(side, best, limit);
  }

  /** The resting order a CANCEL / REPLACE names, if it is the command account's, on its instrument. */
  private ownedRestingOrder(cmd: Command): NaiveOrder | undefined {
    const order = this.book.find(cmd.orderId);
    if (order === undefined || order.account !== cmd.account || order.instrument !== cmd.instrument) {
      return undefined;
    }
    return order;
  }

  /**
   * REJECTED for CANCEL / REPLACE. "0 where the command has none": a CANCEL
   * carries no side, price or qty; a REPLACE carries price and qty but no side.
   */
  private rejectTargeted(cmd: Command, reason: number, out: EventBuffer): void {
    const isReplace = cmd.type === CommandType.REPLACE;
    out.rejected(cmd.type, cmd.orderId, cmd.account, cmd.instrument, 0,
      isReplace ? cmd.price : 0, isReplace ? cmd.qty : 0, reason);
  }

  private bookLevel(instrument: number, side: number, price: number, out: EventBuffer): void {
    const { qty, count } = this.book.level(instrument, side, price);
    out.bookLevel(instrument, side, price, qty, count);
  }

  // ---- queries ------------------------------------------------------------

  stateHash(): string {
    const h = new StateHasher();
    for (const spec of this.instruments) {
      h.add(spec.id);
      h.add(this.lastTradePrice[spec.id]!);
      for (const side of [Side.BUY, Side.SELL]) {
        const levels = this.book.levels(spec.id, side);
        h.add(side);
        h.add(levels.length);
        for (const level of levels) {
          h.add(level.price); h.add(level.count); h.add(level.qty);
          for (const o of level.orders) {
            h.add(o.id); h.add(o.account); h.add(o.qty); h.add(o.leaves);
            h.add(o.postOnly ? 1 : 0); h.add(o.stp); h.add(o.expireTimeUs);
          }
        }
      }
    }
    h.add(this.orderIdNext);
    h.add(this.tradeIdNext);
    h.add(this.book.orders.length);
    return h.digest();
  }

  assertInvariants(): void {
    const ids = new Set<number>();
    for (const o of this.book.orders) {
      const spec = this.spec(o.instrument);
      if (spec === undefined) throw new Error(`order ${o.id} on unknown instrument ${o.instrument}`);
      if (ids.has(o.id)) throw new Error(`order id ${o.id} rests twice`);
      ids.add(o.id);
      if (o.id <= 0 || o.id >= this.orderIdNext) throw new Error(`order id ${o.id} was never assigned`);
      if (!(o.leaves > 0 && o.leaves <= o.qty)) throw new Error(`order ${o.id}: leaves ${o.leaves}, qty ${o.qty}`);
      if (!isQtyInRange(spec, o.qty)) throw new Error(`order ${o.id}: qty ${o.qty} out of range`);
      if (!isPriceInRange(spec, o.price)) throw new Error(`order ${o.id}: price ${o.price} out of range`);
      if (!this.isAccount(o.account)) throw new Error(`order ${o.id}: account ${o.account}`);
    }
    for (const spec of this.instruments) {
      const bid = this.bestBid(spec.id);
      const ask = this.bestAsk(spec.id);
      if (bid !== -1 && ask !== -1 && bid >= ask) {
        throw new Error(`instrument ${spec.id} crossed at rest: bid ${bid} >= ask ${ask}`);
      }
    }
    if (this.book.orders.length > this.limits.maxOrders) throw new Error('more resting orders than maxOrders');
    if (this.book.levelsInUse() > this.limits.maxLevels) throw new Error('more price levels than maxLevels');
    if (this.book.pagesInUse() > (this.limits.maxPricePages ?? DEFAULT_MAX_PRICE_PAGES)) {
      throw new Error('more price pages than maxPricePages');
    }
  }

  restingOrderCount(): number {
    return this.book.orders.length;
  }

  nextOrderId(): number {
    return this.orderIdNext;
  }

  bestBid(instrument: number): number {
    return this.book.best(instrument, Side.BUY);
  }

  bestAsk(instrument: number): number {
    return this.book.best(instrument, Side.SELL);
  }

  forEachLevel(instrument: number, side: number, depth: number,
    visit: (price: number, qty: number, count: number) => void): void {
    for (const level of this.book.levels(instrument, side).slice(0, Math.max(0, depth))) {
      visit(level.price, level.qty, level.count);
    }
  }
}
