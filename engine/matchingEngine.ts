import { BookSide } from './bookSide.js';
import type { Command } from './command.js';
import { ALL_INSTRUMENTS, CancelReason, CommandType, OrdType, Side, StpMode, TimeInForce } from './enums.js';
import type { MatchingEngine } from './engine.js';
import type { EventBuffer } from './eventBuffer.js';
import type { EngineLimits, InstrumentSpec } from './instrumentSpec.js';
import { assertEngineInvariants } from './invariants.js';
import {
  LEVEL_F64, LEVEL_I32, L_BOOK_SIDE, L_COUNT, L_HEAD, L_PRICE, L_TAIL, LevelPool,
} from './levelPool.js';
import { OrderIdMap } from './orderIdMap.js';
import {
  FLAG_POST_ONLY, FLAG_SELL, FLAG_STP_SHIFT, ORDER_F64, ORDER_I32, O_ACCOUNT, O_ACC_NEXT,
  O_ACC_PREV, O_ENTRY, O_FLAGS, O_LEAVES, O_LEVEL, O_NEXT, O_PREV, O_QTY, OrderStore,
} from './orderStore.js';
import { PricePages } from './pricePages.js';
import { RejectReason } from './rejectReason.js';
import { validateInstrumentSpec } from './specBounds.js';
import { StateHasher } from './stateHasher.js';

/** Per instrument: both sides and the band's reference. */
export class Book {
  /** Price of the last trade in ticks, 0 before the first one. */
  lastTradePrice = 0;
  constructor(readonly bids: BookSide, readonly asks: BookSide) {}
}

const BAND_DENOMINATOR = 10000;

/**
 * The optimized matching engine (semantics: docs/engine.md). All state lives
 * in preallocated typed arrays sized from `EngineLimits`; `apply` allocates
 * nothing in steady state. Hot paths index the order and level records
 * directly (`oi`/`of`, `li`/`lf`: int32 and float64 views) with the field
 * offsets of orderStore.ts and levelPool.ts.
 */
export class OrderBookEngine implements MatchingEngine {
  readonly instruments: readonly InstrumentSpec[];
  readonly limits: EngineLimits;
  readonly orders: OrderStore;
  readonly levelPool: LevelPool;
  readonly books: Book[];
  readonly ids: OrderIdMap;
  readonly accHead: Int32Array;
  readonly accTail: Int32Array;
  private readonly oi: Int32Array;
  private readonly of: Float64Array;
  private readonly li: Int32Array;
  private readonly lf: Float64Array;
  private readonly pages = new PricePages();
  private readonly maxOrders: number;
  private readonly maxLevels: number;
  private readonly maxAccounts: number;
  private nextOrder = 1;
  private nextTrade = 1;
  private entrySeq = 0;
  /** Set by `match` when self-trade prevention stopped the taker. */
  private stpStopped = false;
  /** Band edges of the last `bandCheck` (valid when it returned true). */
  private bandLower = 0;
  private bandUpper = 0;

  constructor(instruments: InstrumentSpec[], limits: EngineLimits) {
    instruments.forEach((spec, i) => validateInstrumentSpec(spec, i));
    if (!(Number.isInteger(limits.maxAccounts) && limits.maxAccounts > 0)) {
      throw new Error(`maxAccounts out of range: ${limits.maxAccounts}`);
    }
    this.instruments = instruments;
    this.limits = limits;
    this.maxOrders = limits.maxOrders;
    this.maxLevels = limits.maxLevels;
    this.maxAccounts = limits.maxAccounts;
    this.orders = new OrderStore(limits.maxOrders);
    this.levelPool = new LevelPool(limits.maxLevels);
    this.oi = this.orders.i32;
    this.of = this.orders.f64;
    this.li = this.levelPool.i32;
    this.lf = this.levelPool.f64;
    this.ids = new OrderIdMap(limits.maxOrders, this.of, ORDER_F64);
    this.accHead = new Int32Array(limits.maxAccounts);
    this.accTail = new Int32Array(limits.maxAccounts);
    this.books = instruments.map((spec) => new Book(
      new BookSide(true, spec.maxPriceTicks, this.pages),
      new BookSide(false, spec.maxPriceTicks, this.pages),
    ));
  }

  apply(cmd: Command, out: EventBuffer): void {
    switch (cmd.type) {
      case CommandType.REPLACE: this.replace(cmd, out); break;
      case CommandType.NEW_ORDER: this.newOrder(cmd, out); break;
      case CommandType.CANCEL: this.cancel(cmd, out); break;
      case CommandType.MASS_CANCEL: this.massCancel(cmd, out); break;
      default:
        out.rejected(cmd.type, cmd.orderId, cmd.account, cmd.instrument, cmd.side, cmd.price,
          cmd.qty, RejectReason.INVALID_ORDER);
    }
  }

  // ---- NEW_ORDER -----------------------------------------------------------

  private newOrder(cmd: Command, out: EventBuffer): void {
    const id = this.nextOrder++;
    const reason = this.checkNewOrder(cmd);
    if (reason !== 0) {
      out.rejected(CommandType.NEW_ORDER, id, cmd.account, cmd.instrument, cmd.side, cmd.price,
        cmd.qty, reason);
      return;
    }
    const inst = cmd.instrument;
    const isMarket = cmd.ordType === OrdType.MARKET;
    const price = isMarket ? 0 : cmd.price;
    out.accepted(id, cmd.account, inst, cmd.side, price, cmd.qty, cmd.ordType, cmd.tif,
      cmd.postOnly, cmd.stp);
    const book = this.books[inst]!;
    const limit = isMarket ? this.marketLimit(inst, cmd.side) : cmd.price;
    const leaves = this.match(book, inst, id, cmd.account, cmd.side, limit, cmd.qty, cmd.stp, out);
    if (this.stpStopped) {
      out.canceled(id, cmd.account, inst, cmd.side, price, leaves, CancelReason.STP);
    } else if (leaves > 0) {
      if (!isMarket && cmd.tif === TimeInForce.GTC) {
        this.restNew(book, inst, id, cmd, leaves, out);
      } else {
        out.canceled(id, cmd.account, inst, cmd.side, price, leaves, CancelReason.IOC_REMAINDER);
      }
    }
  }

  /** The first failing check of docs/engine.md "NEW_ORDER", or 0. */
  private checkNewOrder(cmd: Command): number {
    const inst = cmd.instrument;
    if (!(Number.isInteger(inst) && inst >= 0 && inst < this.instruments.length)) {
      return RejectReason.UNKNOWN_SYMBOL;
    }
    if (!this.validAccount(cmd.account)) return RejectReason.INVALID_ORDER;
    const side = cmd.side;
    const ordType = cmd.ordType;
    const tif = cmd.tif;
    const stp = cmd.stp;
    if (!(side === Side.BUY || side === Side.SELL) ||
      !(ordType === OrdType.LIMIT || ordType === OrdType.MARKET) ||
      !(tif === TimeInForce.GTC || tif === TimeInForce.IOC || tif === TimeInForce.FOK) ||
      !(stp === StpMode.CANCEL_NEWEST || stp === StpMode.CANCEL_OLDEST || stp === StpMode.CANCEL_BOTH)) {
      return RejectReason.INVALID_ORDER;
    }
    const isMarket = ordType === OrdType.MARKET;
    if (isMarket && tif === TimeInForce.GTC) return RejectReason.INVALID_ORDER;
    if (cmd.postOnly && (isMarket || tif !== TimeInForce.GTC)) return RejectReason.INVALID_ORDER;
    const spec = this.instruments[inst]!;
    const qty = cmd.qty;
    if (!(Number.isInteger(qty) && qty >= spec.minQtyLots && qty <= spec.maxQtyLots)) {
      return RejectReason.QTY_OUT_OF_RANGE;
    }
    const book = this.books[inst]!;
    const isBuy = side === Side.BUY;
    let limit: number;
    if (isMarket) {
      limit = this.marketLimit(inst, side);
      const best = isBuy ? book.asks.best : book.bids.best;
      if (best < 0 || (isBuy ? best > limit : best < limit)) return RejectReason.NO_LIQUIDITY;
    } else {
      limit = cmd.price;
      const priceReason = this.checkLimitPrice(inst, limit);
      if (priceReason !== 0) return priceReason;
      if (cmd.postOnly && this.wouldTake(book, isBuy, limit)) return RejectReason.POST_ONLY_WOULD_TAKE;
    }
    if (tif === TimeInForce.FOK && !this.fokFillable(book, cmd.account, isBuy, limit, qty, stp)) {
      return RejectReason.FOK_NOT_FILLABLE;
    }
    if (!isMarket && tif === TimeInForce.GTC &&
      (this.orders.used >= this.maxOrders || this.levelPool.used >= this.maxLevels)) {
      return RejectReason.ORDER_BOOK_FULL;
    }
    return 0;
  }

  private validAccount(account: number): boolean {
    return Number.isInteger(account) && account >= 0 && account < this.maxAccounts;
  }

  /** PRICE_OUT_OF_RANGE, PRICE_BAND or 0 for a limit price. */
  private checkLimitPrice(inst: number, price: number): number {
    const spec = this.instruments[inst]!;
    if (!(Number.isInteger(price) && price >= 1 && price <= spec.maxPriceTicks)) {
      return RejectReason.PRICE_OUT_OF_RANGE;
    }
    if (spec.priceBandBps > 0 && this.bandCheck(inst) && (price < this.bandLower || price > this.bandUpper)) {
      return RejectReason.PRICE_BAND;
    }
    return 0;
  }

  /** True when the band applies; then `bandLower` / `bandUpper` hold its edges. */
  private bandCheck(inst: number): boolean {
    const spec = this.instruments[inst]!;
    const bps = spec.priceBandBps;
    if (bps <= 0) return false;
    const last = this.books[inst]!.lastTradePrice;
    const ref = last > 0 ? last : spec.referencePriceTicks;
    if (ref <= 0) return false;
    // ref < 2^31 and bps <= 10^4 keep these products far below 2^53: exact.
    this.bandLower = Math.ceil((ref * (BAND_DENOMINATOR - bps)) / BAND_DENOMINATOR);
    this.bandUpper = Math.floor((ref * (BAND_DENOMINATOR + bps)) / BAND_DENOMINATOR);
    return true;
  }

  private marketLimit(inst: number, side: number): number {
    if (this.bandCheck(inst)) return side === Side.BUY ? this.bandUpper : this.bandLower;
    return side === Side.BUY ? this.instruments[inst]!.maxPriceTicks : 1;
  }

  private wouldTake(book: Book, isBuy: boolean, price: number): boolean {
    if (isBuy) return book.asks.best >= 0 && book.asks.best <= price;
    return book.bids.best >= 0 && book.bids.best >= price;
  }

  private fokFillable(
    book: Book, account: number, isBuy: boolean, limit: number, qty: number, stp: number,
  ): boolean {
    const opp = isBuy ? book.asks : book.bids;
    const oi = this.oi;
    let avail = 0;
    for (let px = opp.best; px >= 0 && (isBuy ? px <= limit : px >= limit); px = opp.worseThan(px)) {
      for (let s = this.li[opp.levelAt(px) * LEVEL_I32 + L_HEAD]!; s !== 0; s = oi[s * ORDER_I32 + O_NEXT]!) {
        if (oi[s * ORDER_I32 + O_ACCOUNT] === account) {
          if (stp === StpMode.CANCEL_OLDEST) continue;
          return false;
        }
        avail += oi[s * ORDER_I32 + O_LEAVES]!;
        if (avail >= qty) return true;
      }
    }
    return false;
  }

  // ---- matching ------------------------------------------------------------

  /**
   * Matches a taker against the opposite side up to `limit`; returns its
   * leaves. Sets `stpStopped` when self-trade prevention stopped it.
   */
  private match(
    book: Book, inst: number, takerId: number, account: number, side: number,
    limit: number, qty: number, stp: number, out: EventBuffer,
  ): number {
    this.stpStopped = false;
    const isBuy = side === Side.BUY;
    const opp = isBuy ? book.asks : book.bids;
    let px = opp.best;
    if (px < 0 || (isBuy ? px > limit : px < limit)) return qty;
    const oppSide = isBuy ? Side.SELL : Side.BUY;
    const oi = this.oi;
    const of = this.of;
    const li = this.li;
    const lf = this.lf;
    let leaves = qty;
    for (;;) {
      const level = opp.levelAt(px);
      const lb = level * LEVEL_I32;
      let s = li[lb + L_HEAD]!;
      let stop = false;
      let touched = false;
      while (s !== 0) {
        const b = s * ORDER_I32;
        const next = oi[b + O_NEXT]!;
        const makerAccount = oi[b + O_ACCOUNT]!;
        const makerLeaves = oi[b + O_LEAVES]!;
        if (makerAccount === account) {
          if (stp === StpMode.CANCEL_NEWEST) { stop = true; break; }
          out.canceled(of[s * ORDER_F64]!, makerAccount, inst, oppSide, px, makerLeaves, CancelReason.STP);
          this.unlinkFromLevel(s, level);
          this.release(s);
          touched = true;
          if (stp === StpMode.CANCEL_BOTH) { stop = true; break; }
          s = next;
          continue;
        }
        const q = leaves < makerLeaves ? leaves : makerLeaves;
        leaves -= q;
        const left = makerLeaves - q;
        lf[level * LEVEL_F64]! -= q;
        out.trade(this.nextTrade++, inst, px, q, takerId, account, side, leaves,
          of[s * ORDER_F64]!, makerAccount, left);
        book.lastTradePrice = px;
        touched = true;
        if (left === 0) {
          oi[b + O_LEAVES] = 0;
          // The maker is the level's head (everything before it is gone).
          li[lb + L_HEAD] = next;
          if (next === 0) li[lb + L_TAIL] = 0; else oi[next * ORDER_I32 + O_PREV] = 0;
          li[lb + L_COUNT]!--;
          this.release(s);
        } else {
          oi[b + O_LEAVES] = left;
        }
        if (leaves === 0) break;
        s = next;
      }
      if (touched) this.levelChanged(opp, inst, oppSide, px, level, out);
      if (stop) { this.stpStopped = true; return leaves; }
      if (leaves === 0) return 0;
      px = opp.best;
      if (px < 0 || (isBuy ? px > limit : px < limit)) return leaves;
    }
  }

  /** Emits BOOK_LEVEL for a level and frees it when it is empty. */
  private levelChanged(
    bookSide: BookSide, inst: number, side: number, px: number, level: number, out: EventBuffer,
  ): void {
    const count = this.li[level * LEVEL_I32 + L_COUNT]!;
    out.bookLevel(inst, side, px, this.lf[level * LEVEL_F64]!, count);
    if (count === 0) {
      bookSide.remove(px);
      this.levelPool.free(level);
    }
  }

  // ---- resting, unlinking --------------------------------------------------

  private restNew(book: Book, inst: number, id: number, cmd: Command, leaves: number, out: EventBuffer): void {
    const s = this.orders.alloc();
    const b = s * ORDER_I32;
    const oi = this.oi;
    this.of[s * ORDER_F64] = id;
    oi[b + O_QTY] = cmd.qty;
    oi[b + O_LEAVES] = leaves;
    oi[b + O_ACCOUNT] = cmd.account;
    oi[b + O_FLAGS] = (cmd.side === Side.SELL ? FLAG_SELL : 0) | (cmd.postOnly ? FLAG_POST_ONLY : 0) |
      (cmd.stp << FLAG_STP_SHIFT);
    this.ids.insert(id, s);
    this.appendToAccount(s, cmd.account);
    this.appendToLevel(book, inst, cmd.side, cmd.price, s, out);
  }

  private appendToLevel(book: Book, inst: number, side: number, price: number, s: number, out: EventBuffer): void {
    const bookSide = side === Side.BUY ? book.bids : book.asks;
    const oi = this.oi;
    const li = this.li;
    let level = bookSide.levelAt(price);
    if (level === 0) {
      level = this.levelPool.alloc(price, inst * 2 + side);
      bookSide.insert(price, level);
    }
    const lb = level * LEVEL_I32;
    const b = s * ORDER_I32;
    const tail = li[lb + L_TAIL]!;
    oi[b + O_PREV] = tail;
    oi[b + O_NEXT] = 0;
    if (tail === 0) li[lb + L_HEAD] = s; else oi[tail * ORDER_I32 + O_NEXT] = s;
    li[lb + L_TAIL] = s;
    const count = li[lb + L_COUNT]! + 1;
    li[lb + L_COUNT] = count;
    const total = this.lf[level * LEVEL_F64]! + oi[b + O_LEAVES]!;
    this.lf[level * LEVEL_F64] = total;
    oi[b + O_LEVEL] = level;
    oi[b + O_ENTRY] = ++this.entrySeq;
    out.bookLevel(inst, side, price, total, count);
  }

  /** Takes an order out of its level's list and totals (the level may become empty). */
  private unlinkFromLevel(s: number, level: number): void {
    const oi = this.oi;
    const li = this.li;
    const b = s * ORDER_I32;
    const lb = level * LEVEL_I32;
    const prev = oi[b + O_PREV]!;
    const next = oi[b + O_NEXT]!;
    if (prev === 0) li[lb + L_HEAD] = next; else oi[prev * ORDER_I32 + O_NEXT] = next;
    if (next === 0) li[lb + L_TAIL] = prev; else oi[next * ORDER_I32 + O_PREV] = prev;
    li[lb + L_COUNT]!--;
    this.lf[level * LEVEL_F64]! -= oi[b + O_LEAVES]!;
    oi[b + O_LEVEL] = 0;
  }

  private appendToAccount(s: number, account: number): void {
    const oi = this.oi;
    const tail = this.accTail[account]!;
    oi[s * ORDER_I32 + O_ACC_PREV] = tail;
    oi[s * ORDER_I32 + O_ACC_NEXT] = 0;
    if (tail === 0) this.accHead[account] = s; else oi[tail * ORDER_I32 + O_ACC_NEXT] = s;
    this.accTail[account] = s;
  }

  /** Forgets a resting order that is already off its level: id map, account list, slot. */
  private release(s: number): void {
    const oi = this.oi;
    const b = s * ORDER_I32;
    this.ids.remove(this.of[s * ORDER_F64]!);
    const account = oi[b + O_ACCOUNT]!;
    const prev = oi[b + O_ACC_PREV]!;
    const next = oi[b + O_ACC_NEXT]!;
    if (prev === 0) this.accHead[account] = next; else oi[prev * ORDER_I32 + O_ACC_NEXT] = next;
    if (next === 0) this.accTail[account] = prev; else oi[next * ORDER_I32 + O_ACC_PREV] = prev;
    this.orders.free(s);
  }

  /** Slot of a resting order owned by `account` on `inst`, or 0. */
  private findOwned(orderId: number, account: number, inst: number): number {
    const s = this.ids.get(orderId);
    if (s === 0) return 0;
    const b = s * ORDER_I32;
    if (this.oi[b + O_ACCOUNT] !== account) return 0;
    if ((this.li[this.oi[b + O_LEVEL]! * LEVEL_I32 + L_BOOK_SIDE]! >> 1) !== inst) return 0;
    return s;
  }

  // ---- CANCEL --------------------------------------------------------------

  private cancel(cmd: Command, out: EventBuffer): void {
    const s = this.findOwned(cmd.orderId, cmd.account, cmd.instrument);
    if (s === 0) {
      out.rejected(CommandType.CANCEL, cmd.orderId, cmd.account, cmd.instrument, 0, 0, 0,
        RejectReason.UNKNOWN_ORDER);
      return;
    }
    this.cancelResting(s, CancelReason.USER, out);
  }

  private cancelResting(s: number, reason: number, out: EventBuffer): void {
    const b = s * ORDER_I32;
    const level = this.oi[b + O_LEVEL]!;
    const lb = level * LEVEL_I32;
    const key = this.li[lb + L_BOOK_SIDE]!;
    const inst = key >> 1;
    const side = key & 1;
    const px = this.li[lb + L_PRICE]!;
    out.canceled(this.of[s * ORDER_F64]!, this.oi[b + O_ACCOUNT]!, inst, side, px, this.oi[b + O_LEAVES]!, reason);
    this.unlinkFromLevel(s, level);
    this.release(s);
    const book = this.books[inst]!;
    this.levelChanged(side === Side.BUY ? book.bids : book.asks, inst, side, px, level, out);
  }

  // ---- REPLACE -------------------------------------------------------------

  private replace(cmd: Command, out: EventBuffer): void {
    const inst = cmd.instrument;
    const s = this.findOwned(cmd.orderId, cmd.account, inst);
    const reason = s === 0 ? RejectReason.UNKNOWN_ORDER : this.checkReplace(cmd, s);
    if (reason !== 0) {
      out.rejected(CommandType.REPLACE, cmd.orderId, cmd.account, inst, 0, cmd.price, cmd.qty, reason);
      return;
    }
    const oi = this.oi;
    const b = s * ORDER_I32;
    const book = this.books[inst]!;
    const level = oi[b + O_LEVEL]!;
    const side = this.li[level * LEVEL_I32 + L_BOOK_SIDE]! & 1;
    const bookSide = side === Side.BUY ? book.bids : book.asks;
    const oldPrice = this.li[level * LEVEL_I32 + L_PRICE]!;
    const id = this.of[s * ORDER_F64]!;
    const account = oi[b + O_ACCOUNT]!;
    const newPrice = cmd.price;
    const newQty = cmd.qty;
    const leaves = oi[b + O_LEAVES]!;
    const cum = oi[b + O_QTY]! - leaves;

    if (newQty <= cum) {
      out.replaced(id, account, inst, side, newPrice, newQty, 0, oldPrice, false);
      this.unlinkFromLevel(s, level);
      this.release(s);
      this.levelChanged(bookSide, inst, side, oldPrice, level, out);
      return;
    }
    const newLeaves = newQty - cum;
    if (newPrice === oldPrice && newLeaves <= leaves) {
      oi[b + O_QTY] = newQty;
      oi[b + O_LEAVES] = newLeaves;
      out.replaced(id, account, inst, side, newPrice, newQty, newLeaves, oldPrice, true);
      if (newLeaves !== leaves) {
        const total = this.lf[level * LEVEL_F64]! - (leaves - newLeaves);
        this.lf[level * LEVEL_F64] = total;
        out.bookLevel(inst, side, oldPrice, total, this.li[level * LEVEL_I32 + L_COUNT]!);
      }
      return;
    }
    out.replaced(id, account, inst, side, newPrice, newQty, newLeaves, oldPrice, false);
    this.unlinkFromLevel(s, level);
    this.levelChanged(bookSide, inst, side, oldPrice, level, out);
    oi[b + O_QTY] = newQty;
    const stp = (oi[b + O_FLAGS]! >> FLAG_STP_SHIFT) & 3;
    const left = this.match(book, inst, id, account, side, newPrice, newLeaves, stp, out);
    if (this.stpStopped) {
      out.canceled(id, account, inst, side, newPrice, left, CancelReason.STP);
      oi[b + O_LEAVES] = left;
      this.release(s);
    } else if (left > 0) {
      oi[b + O_LEAVES] = left;
      this.appendToLevel(book, inst, side, newPrice, s, out);
    } else {
      oi[b + O_LEAVES] = 0;
      this.release(s);
    }
  }

  private checkReplace(cmd: Command, s: number): number {
    const inst = cmd.instrument;
    const spec = this.instruments[inst]!;
    const qty = cmd.qty;
    if (!(Number.isInteger(qty) && qty >= spec.minQtyLots && qty <= spec.maxQtyLots)) {
      return RejectReason.QTY_OUT_OF_RANGE;
    }
    const price = cmd.price;
    const priceReason = this.checkLimitPrice(inst, price);
    if (priceReason !== 0) return priceReason;
    const b = s * ORDER_I32;
    const lb = this.oi[b + O_LEVEL]! * LEVEL_I32;
    const isBuy = (this.li[lb + L_BOOK_SIDE]! & 1) === Side.BUY;
    const book = this.books[inst]!;
    if ((this.oi[b + O_FLAGS]! & FLAG_POST_ONLY) !== 0 && this.wouldTake(book, isBuy, price)) {
      return RejectReason.POST_ONLY_WOULD_TAKE;
    }
    if (this.levelPool.used >= this.maxLevels && price !== this.li[lb + L_PRICE] &&
      (isBuy ? book.bids : book.asks).levelAt(price) === 0) {
      return RejectReason.ORDER_BOOK_FULL;
    }
    return 0;
  }

  // ---- MASS_CANCEL ---------------------------------------------------------

  private massCancel(cmd: Command, out: EventBuffer): void {
    const account = cmd.account;
    const inst = cmd.instrument;
    let reason = 0;
    if (!this.validAccount(account)) reason = RejectReason.INVALID_ORDER;
    else if (inst !== ALL_INSTRUMENTS &&
      !(Number.isInteger(inst) && inst >= 0 && inst < this.instruments.length)) {
      reason = RejectReason.UNKNOWN_SYMBOL;
    }
    if (reason !== 0) {
      out.rejected(CommandType.MASS_CANCEL, 0, account, inst, 0, 0, 0, reason);
      return;
    }
    const oi = this.oi;
    let count = 0;
    let s = this.accHead[account]!;
    while (s !== 0) {
      const next = oi[s * ORDER_I32 + O_ACC_NEXT]!;
      if (inst === ALL_INSTRUMENTS || (this.li[oi[s * ORDER_I32 + O_LEVEL]! * LEVEL_I32 + L_BOOK_SIDE]! >> 1) === inst) {
        this.cancelResting(s, CancelReason.MASS_CANCEL, out);
        count++;
      }
      s = next;
    }
    out.massCancelDone(account, inst, count);
  }

  // ---- queries -------------------------------------------------------------

  restingOrderCount(): number {
    return this.orders.used;
  }

  nextOrderId(): number {
    return this.nextOrder;
  }

  nextTradeId(): number {
    return this.nextTrade;
  }

  bestBid(instrument: number): number {
    return this.books[instrument]!.bids.best;
  }

  bestAsk(instrument: number): number {
    return this.books[instrument]!.asks.best;
  }

  forEachLevel(instrument: number, side: number, depth: number,
    visit: (price: number, qty: number, count: number) => void): void {
    const bookSide = side === Side.BUY ? this.books[instrument]!.bids : this.books[instrument]!.asks;
    let n = 0;
    for (let px = bookSide.best; px >= 0 && n < depth; px = bookSide.worseThan(px), n++) {
      const level = bookSide.levelAt(px);
      visit(px, this.levelPool.total(level), this.levelPool.get(level, L_COUNT));
    }
  }

  /** Slots of a level's orders in FIFO order. */
  forEachOrderAt(instrument: number, side: number, price: number, visit: (slot: number) => void): void {
    const book = this.books[instrument]!;
    const level = (side === Side.BUY ? book.bids : book.asks).levelAt(price);
    for (let s = level === 0 ? 0 : this.levelPool.get(level, L_HEAD); s !== 0; s = this.orders.get(s, O_NEXT)) visit(s);
  }

  stateHash(): string {
    const h = new StateHasher();
    const o = this.orders;
    const lv = this.levelPool;
    this.books.forEach((book, i) => {
      h.add(i).add(book.lastTradePrice);
      for (const side of [Side.BUY, Side.SELL]) {
        const bookSide = side === Side.BUY ? book.bids : book.asks;
        h.add(side).add(bookSide.levelCount);
        for (let px = bookSide.best; px >= 0; px = bookSide.worseThan(px)) {
          const level = bookSide.levelAt(px);
          h.add(px).add(lv.get(level, L_COUNT)).add(lv.total(level));
          for (let s = lv.get(level, L_HEAD); s !== 0; s = o.get(s, O_NEXT)) {
            const flags = o.get(s, O_FLAGS);
            h.add(o.id(s)).add(o.get(s, O_ACCOUNT)).add(o.get(s, O_QTY)).add(o.get(s, O_LEAVES))
              .add((flags & FLAG_POST_ONLY) !== 0 ? 1 : 0).add((flags >> FLAG_STP_SHIFT) & 3);
          }
        }
      }
    });
    h.add(this.nextOrder).add(this.nextTrade).add(o.used);
    return h.digest();
  }

  assertInvariants(): void {
    assertEngineInvariants(this);
  }

  /** Bytes of every preallocated structure (for the memory benchmark). */
  byteLength(): number {
    let n = this.orders.byteLength() + this.levelPool.byteLength() + this.ids.byteLength() +
      this.pages.byteLength() + this.accHead.byteLength + this.accTail.byteLength;
    for (const b of this.books) n += b.bids.byteLength() + b.asks.byteLength();
    return n;
  }
}
