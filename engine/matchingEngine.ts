import { BookSide } from './bookSide.js';
import { CR, CT, OT, RR, S, STP, TIF, assertCodesMatch } from './codes.js';
import type { Command } from './command.js';
import type { MatchingEngine } from './engine.js';
import { ALL_INSTRUMENTS } from './enums.js';
import type { EventBuffer } from './eventBuffer.js';
import { DEFAULT_MAX_PRICE_PAGES, type EngineLimits, type InstrumentSpec } from './instrumentSpec.js';
import { ExpiryQueue } from './expiryQueue.js';
import { assertEngineInvariants } from './invariants.js';
import { OrderIdMap } from './orderIdMap.js';
import { FLAG, O, OrderStore } from './orderStore.js';
import { LV, PG, PricePages } from './pricePages.js';
import { validateInstrumentSpec } from './specBounds.js';
import { StateHasher } from './stateHasher.js';

const BAND_DENOMINATOR = 10000;

/** Per instrument: both sides, the last trade and the price band it implies. */
export class Book {
  /** Price of the last trade in ticks, 0 before the first one. */
  lastTradePrice = 0;
  /** Whether the band applies now, and its edges (recomputed only when the reference moves). */
  bandActive = false;
  bandLower = 0;
  bandUpper = 0;

  constructor(readonly spec: InstrumentSpec, readonly bids: BookSide, readonly asks: BookSide) {
    this.updateBand();
  }

  /** Band around the last trade, else the configured reference (docs/engine.md, NEW_ORDER 6). */
  updateBand(): void {
    const bps = this.spec.priceBandBps;
    const ref = this.lastTradePrice > 0 ? this.lastTradePrice : this.spec.referencePriceTicks;
    this.bandActive = bps > 0 && ref > 0;
    if (!this.bandActive) return;
    // ref < 2^31 and bps <= 10^4 keep these products far below 2^53: exact.
    this.bandLower = Math.ceil((ref * (BAND_DENOMINATOR - bps)) / BAND_DENOMINATOR);
    this.bandUpper = Math.floor((ref * (BAND_DENOMINATOR + bps)) / BAND_DENOMINATOR);
  }
}

/**
 * The optimized matching engine (semantics: docs/engine.md). All state lives
 * in typed arrays preallocated from `EngineLimits` (price pages grow up to
 * their bound); `apply` allocates nothing in steady state. Hot paths index the
 * order records (`oi`/`of`: int32/float64 views, offsets `O`) and the level
 * records (`pages.li`/`pages.lf`, offsets `LV`) directly.
 */
export class OrderBookEngine implements MatchingEngine {
  readonly instruments: readonly InstrumentSpec[];
  readonly limits: EngineLimits;
  readonly orders: OrderStore;
  readonly pages: PricePages;
  readonly books: Book[];
  readonly ids: OrderIdMap;
  readonly accHead: Int32Array;
  readonly accTail: Int32Array;
  private readonly oi: Int32Array;
  private readonly of: Float64Array;
  private readonly maxOrders: number;
  private readonly maxLevels: number;
  private readonly maxAccounts: number;
  private nextOrder = 1;
  private nextTrade = 1;
  private entrySeq = 0;
  /** Levels with orders, all books. */
  private levelsInUse = 0;
  /** GTD orders resting, and their expiries (docs/engine.md, "GTD and TICK"). */
  private liveGtd = 0;
  readonly expiries = new ExpiryQueue();
  /** Set by `match` when self-trade prevention stopped the taker. */
  private stpStopped = false;

  constructor(instruments: InstrumentSpec[], limits: EngineLimits) {
    assertCodesMatch();
    instruments.forEach((spec, i) => validateInstrumentSpec(spec, i));
    if (!(Number.isInteger(limits.maxAccounts) && limits.maxAccounts > 0 && limits.maxAccounts < 2 ** 31)) {
      throw new Error(`maxAccounts out of range: ${limits.maxAccounts}`);
    }
    if (!(Number.isInteger(limits.maxLevels) && limits.maxLevels > 0)) {
      throw new Error(`maxLevels out of range: ${limits.maxLevels}`);
    }
    this.instruments = instruments;
    this.limits = limits;
    this.maxOrders = limits.maxOrders;
    this.maxLevels = limits.maxLevels;
    this.maxAccounts = limits.maxAccounts;
    this.orders = new OrderStore(limits.maxOrders);
    this.pages = new PricePages(limits.maxPricePages ?? DEFAULT_MAX_PRICE_PAGES);
    this.oi = this.orders.i32;
    this.of = this.orders.f64;
    this.ids = new OrderIdMap(limits.maxOrders, this.of, O.F64);
    this.accHead = new Int32Array(limits.maxAccounts);
    this.accTail = new Int32Array(limits.maxAccounts);
    this.books = instruments.map((spec, i) => new Book(spec,
      new BookSide(true, i * 2 + S.BUY, spec.maxPriceTicks, this.pages),
      new BookSide(false, i * 2 + S.SELL, spec.maxPriceTicks, this.pages),
    ));
  }

  apply(cmd: Command, out: EventBuffer): void {
    if (this.expiries.size !== 0 && this.expiries.topTime() <= cmd.timestampUs) this.expireDue(cmd.timestampUs, out);
    switch (cmd.type) {
      case CT.REPLACE: this.replace(cmd, out); break;
      case CT.NEW_ORDER: this.newOrder(cmd, out); break;
      case CT.CANCEL: this.cancel(cmd, out); break;
      case CT.MASS_CANCEL: this.massCancel(cmd, out); break;
      case CT.TICK: break;
      default:
        out.rejected(cmd.type, cmd.orderId, cmd.account, cmd.instrument, cmd.side, cmd.price,
          cmd.qty, RR.INVALID_ORDER);
    }
  }

  // ---- NEW_ORDER -----------------------------------------------------------

  private newOrder(cmd: Command, out: EventBuffer): void {
    const id = this.nextOrder++;
    const reason = this.checkNewOrder(cmd);
    if (reason !== 0) {
      out.rejected(CT.NEW_ORDER, id, cmd.account, cmd.instrument, cmd.side, cmd.price, cmd.qty, reason);
      return;
    }
    const inst = cmd.instrument;
    const isMarket = cmd.ordType === OT.MARKET;
    const price = isMarket ? 0 : cmd.price;
    out.accepted(id, cmd.account, inst, cmd.side, price, cmd.qty, cmd.ordType, cmd.tif,
      cmd.postOnly, cmd.stp);
    const book = this.books[inst]!;
    const limit = isMarket ? this.marketLimit(book, cmd.side) : cmd.price;
    const leaves = this.match(book, inst, id, cmd.account, cmd.side, limit, cmd.qty, cmd.stp, out);
    if (this.stpStopped) {
      out.canceled(id, cmd.account, inst, cmd.side, price, leaves, CR.STP);
    } else if (leaves > 0) {
      if (!isMarket && (cmd.tif === TIF.GTC || cmd.tif === TIF.GTD)) {
        this.restNew(book, inst, id, cmd, leaves, out);
      } else {
        out.canceled(id, cmd.account, inst, cmd.side, price, leaves, CR.IOC_REMAINDER);
      }
    }
  }

  /** The first failing check of docs/engine.md "NEW_ORDER", or 0. */
  private checkNewOrder(cmd: Command): number {
    const inst = cmd.instrument;
    if (!(Number.isInteger(inst) && inst >= 0 && inst < this.books.length)) return RR.UNKNOWN_SYMBOL;
    if (!this.validAccount(cmd.account)) return RR.INVALID_ORDER;
    const side = cmd.side;
    const ordType = cmd.ordType;
    const tif = cmd.tif;
    const stp = cmd.stp;
    if (!(side === S.BUY || side === S.SELL) ||
      !(ordType === OT.LIMIT || ordType === OT.MARKET) ||
      !(tif === TIF.GTC || tif === TIF.IOC || tif === TIF.FOK || tif === TIF.GTD) ||
      !(stp === STP.CANCEL_NEWEST || stp === STP.CANCEL_OLDEST || stp === STP.CANCEL_BOTH)) {
      return RR.INVALID_ORDER;
    }
    const isMarket = ordType === OT.MARKET;
    const rests = tif === TIF.GTC || tif === TIF.GTD;
    if (isMarket && rests) return RR.INVALID_ORDER;
    if (cmd.postOnly && (isMarket || !rests)) return RR.INVALID_ORDER;
    if (tif === TIF.GTD && !(Number.isSafeInteger(cmd.expireTimeUs) && cmd.expireTimeUs > cmd.timestampUs)) {
      return RR.INVALID_ORDER;
    }
    const book = this.books[inst]!;
    const spec = book.spec;
    const qty = cmd.qty;
    if (!(Number.isInteger(qty) && qty >= spec.minQtyLots && qty <= spec.maxQtyLots)) {
      return RR.QTY_OUT_OF_RANGE;
    }
    const isBuy = side === S.BUY;
    let limit: number;
    if (isMarket) {
      limit = this.marketLimit(book, side);
      const best = isBuy ? book.asks.best : book.bids.best;
      if (best < 0 || (isBuy ? best > limit : best < limit)) return RR.NO_LIQUIDITY;
    } else {
      limit = cmd.price;
      if (!(Number.isInteger(limit) && limit >= 1 && limit <= spec.maxPriceTicks)) return RR.PRICE_OUT_OF_RANGE;
      if (book.bandActive && (limit < book.bandLower || limit > book.bandUpper)) return RR.PRICE_BAND;
      if (cmd.postOnly && this.wouldTake(book, isBuy, limit)) return RR.POST_ONLY_WOULD_TAKE;
    }
    if (tif === TIF.FOK && !this.fokFillable(book, cmd.account, isBuy, limit, qty, stp)) {
      return RR.FOK_NOT_FILLABLE;
    }
    if (!isMarket && rests &&
      (this.orders.used >= this.maxOrders || !this.canRestAt(isBuy ? book.bids : book.asks, limit))) {
      return RR.ORDER_BOOK_FULL;
    }
    return 0;
  }

  /** docs/engine.md capacity rule: an existing level, or room for a level (and its page). */
  private canRestAt(bookSide: BookSide, price: number): boolean {
    return bookSide.levelAt(price) !== 0 ||
      (this.levelsInUse < this.maxLevels && bookSide.canOpen(price));
  }

  private validAccount(account: number): boolean {
    return Number.isInteger(account) && account >= 0 && account < this.maxAccounts;
  }

  private marketLimit(book: Book, side: number): number {
    if (book.bandActive) return side === S.BUY ? book.bandUpper : book.bandLower;
    return side === S.BUY ? book.spec.maxPriceTicks : 1;
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
    const li = this.pages.li;
    let avail = 0;
    for (let px = opp.best; px >= 0 && (isBuy ? px <= limit : px >= limit); px = opp.worseThan(px)) {
      for (let s = li[opp.levelAt(px) * LV.I32 + LV.HEAD]!; s !== 0; s = oi[s * O.I32 + O.NEXT]!) {
        if (oi[s * O.I32 + O.ACCOUNT] === account) {
          if (stp === STP.CANCEL_OLDEST) continue;
          return false;
        }
        avail += oi[s * O.I32 + O.LEAVES]!;
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
    const isBuy = side === S.BUY;
    const opp = isBuy ? book.asks : book.bids;
    let px = opp.best;
    if (px < 0 || (isBuy ? px > limit : px < limit)) return qty;
    const oppSide = isBuy ? S.SELL : S.BUY;
    const oi = this.oi;
    const of = this.of;
    const li = this.pages.li;
    const lf = this.pages.lf;
    let leaves = qty;
    let traded = false;
    let stop = false;
    for (;;) {
      const level = opp.levelAt(px);
      const lb = level * LV.I32;
      let s = li[lb + LV.HEAD]!;
      let touched = false;
      let tradedHere = false;
      while (s !== 0) {
        const b = s * O.I32;
        const next = oi[b + O.NEXT]!;
        const makerAccount = oi[b + O.ACCOUNT]!;
        const makerLeaves = oi[b + O.LEAVES]!;
        if (makerAccount === account) {
          if (stp === STP.CANCEL_NEWEST) { stop = true; break; }
          out.canceled(of[s * O.F64]!, makerAccount, inst, oppSide, px, makerLeaves, CR.STP);
          this.unlink(s, level);
          this.release(s);
          touched = true;
          if (stp === STP.CANCEL_BOTH) { stop = true; break; }
          s = next;
          continue;
        }
        const q = leaves < makerLeaves ? leaves : makerLeaves;
        leaves -= q;
        const left = makerLeaves - q;
        lf[level * LV.F64]! -= q;
        out.trade(this.nextTrade++, inst, px, q, takerId, account, side, leaves,
          of[s * O.F64]!, makerAccount, left);
        tradedHere = true;
        touched = true;
        if (left === 0) {
          oi[b + O.LEAVES] = 0;
          // The maker is the level's head: everything before it is gone.
          li[lb + LV.HEAD] = next;
          if (next === 0) li[lb + LV.TAIL] = 0; else oi[next * O.I32 + O.PREV] = 0;
          li[lb + LV.COUNT]!--;
          this.release(s);
        } else {
          oi[b + O.LEAVES] = left;
        }
        if (leaves === 0) break;
        s = next;
      }
      if (tradedHere) {
        book.lastTradePrice = px;
        traded = true;
      }
      if (touched) this.levelChanged(opp, inst, oppSide, px, level, out);
      if (stop || leaves === 0) break;
      px = opp.best;
      if (px < 0 || (isBuy ? px > limit : px < limit)) break;
    }
    if (traded) book.updateBand();
    this.stpStopped = stop;
    return leaves;
  }

  /** Emits BOOK_LEVEL for a level and closes it when it is empty. */
  private levelChanged(
    bookSide: BookSide, inst: number, side: number, px: number, level: number, out: EventBuffer,
  ): void {
    const count = this.pages.li[level * LV.I32 + LV.COUNT]!;
    out.bookLevel(inst, side, px, this.pages.lf[level * LV.F64]!, count);
    if (count === 0) {
      bookSide.close(px);
      this.levelsInUse--;
    }
  }

  // ---- resting, unlinking --------------------------------------------------

  private restNew(book: Book, inst: number, id: number, cmd: Command, leaves: number, out: EventBuffer): void {
    const s = this.orders.alloc();
    const b = s * O.I32;
    const oi = this.oi;
    this.of[s * O.F64] = id;
    oi[b + O.QTY] = cmd.qty;
    oi[b + O.LEAVES] = leaves;
    oi[b + O.ACCOUNT] = cmd.account;
    oi[b + O.FLAGS] = (cmd.side === S.SELL ? FLAG.SELL : 0) | (cmd.postOnly ? FLAG.POST_ONLY : 0) |
      (cmd.stp << FLAG.STP_SHIFT);
    this.ids.insert(id, s);
    if (cmd.tif === TIF.GTD) this.addExpiry(s, id, cmd.expireTimeUs);
    this.appendToAccount(s, cmd.account);
    this.appendToLevel(book, inst, cmd.side, cmd.price, s, out);
  }

  /** Appends an order at the back of the level at `price` (opening it if needed); BOOK_LEVEL. */
  private appendToLevel(book: Book, inst: number, side: number, price: number, s: number, out: EventBuffer): void {
    const bookSide = side === S.BUY ? book.bids : book.asks;
    const before = bookSide.levelCount;
    const level = bookSide.open(price);
    if (bookSide.levelCount !== before) this.levelsInUse++;
    const oi = this.oi;
    const li = this.pages.li;
    const lb = level * LV.I32;
    const b = s * O.I32;
    const tail = li[lb + LV.TAIL]!;
    oi[b + O.PREV] = tail;
    oi[b + O.NEXT] = 0;
    if (tail === 0) li[lb + LV.HEAD] = s; else oi[tail * O.I32 + O.NEXT] = s;
    li[lb + LV.TAIL] = s;
    const count = li[lb + LV.COUNT]! + 1;
    li[lb + LV.COUNT] = count;
    const lf = this.pages.lf;
    const total = lf[level * LV.F64]! + oi[b + O.LEAVES]!;
    lf[level * LV.F64] = total;
    oi[b + O.LEVEL] = level;
    oi[b + O.ENTRY] = ++this.entrySeq;
    out.bookLevel(inst, side, price, total, count);
  }

  /** Takes an order out of its level's list and totals (the level may become empty). */
  private unlink(s: number, level: number): void {
    const oi = this.oi;
    const li = this.pages.li;
    const b = s * O.I32;
    const lb = level * LV.I32;
    const prev = oi[b + O.PREV]!;
    const next = oi[b + O.NEXT]!;
    if (prev === 0) li[lb + LV.HEAD] = next; else oi[prev * O.I32 + O.NEXT] = next;
    if (next === 0) li[lb + LV.TAIL] = prev; else oi[next * O.I32 + O.PREV] = prev;
    li[lb + LV.COUNT]!--;
    this.pages.lf[level * LV.F64]! -= oi[b + O.LEAVES]!;
    oi[b + O.LEVEL] = 0;
  }

  private appendToAccount(s: number, account: number): void {
    const oi = this.oi;
    const tail = this.accTail[account]!;
    oi[s * O.I32 + O.ACC_PREV] = tail;
    oi[s * O.I32 + O.ACC_NEXT] = 0;
    if (tail === 0) this.accHead[account] = s; else oi[tail * O.I32 + O.ACC_NEXT] = s;
    this.accTail[account] = s;
  }

  /** Forgets a resting order that is already off its level: id map, account list, slot. */
  private release(s: number): void {
    const oi = this.oi;
    const b = s * O.I32;
    this.ids.remove(this.of[s * O.F64]!);
    if ((oi[b + O.FLAGS]! & FLAG.GTD) !== 0) this.liveGtd--;
    const account = oi[b + O.ACCOUNT]!;
    const prev = oi[b + O.ACC_PREV]!;
    const next = oi[b + O.ACC_NEXT]!;
    if (prev === 0) this.accHead[account] = next; else oi[prev * O.I32 + O.ACC_NEXT] = next;
    if (next === 0) this.accTail[account] = prev; else oi[next * O.I32 + O.ACC_PREV] = prev;
    this.orders.free(s);
  }

  /** Slot of a resting order owned by `account` on `inst`, or 0. */
  private findOwned(orderId: number, account: number, inst: number): number {
    const s = this.ids.get(orderId);
    if (s === 0) return 0;
    const b = s * O.I32;
    if (this.oi[b + O.ACCOUNT] !== account) return 0;
    if ((this.pages.bookSide[this.oi[b + O.LEVEL]! >> PG.BITS]! >> 1) !== inst) return 0;
    return s;
  }

  // ---- GTD expiry ------------------------------------------------------------

  /** Marks a resting order GTD and queues its expiry; drops dead queue entries when they dominate. */
  private addExpiry(s: number, id: number, expireTimeUs: number): void {
    this.oi[s * O.I32 + O.FLAGS]! |= FLAG.GTD;
    this.liveGtd++;
    const q = this.expiries;
    if (q.size >= 2 * this.liveGtd + 64) q.compact(this.isLive);
    q.push(expireTimeUs, id);
  }

  private readonly isLive = (id: number): boolean => this.ids.get(id) !== 0;

  /** Expires, in (expire time, id) order, every GTD order due at `nowUs`. */
  private expireDue(nowUs: number, out: EventBuffer): void {
    const q = this.expiries;
    while (q.size !== 0 && q.topTime() <= nowUs) {
      const s = this.ids.get(q.topId());
      q.pop();
      if (s !== 0) this.removeResting(s, -1, out);
    }
  }

  // ---- CANCEL --------------------------------------------------------------

  private cancel(cmd: Command, out: EventBuffer): void {
    const s = this.findOwned(cmd.orderId, cmd.account, cmd.instrument);
    if (s === 0) {
      out.rejected(CT.CANCEL, cmd.orderId, cmd.account, cmd.instrument, 0, 0, 0, RR.UNKNOWN_ORDER);
      return;
    }
    this.removeResting(s, CR.USER, out);
  }

  /** Takes a resting order out: CANCELED with `reason`, or EXPIRED when reason is -1; BOOK_LEVEL. */
  private removeResting(s: number, reason: number, out: EventBuffer): void {
    const b = s * O.I32;
    const level = this.oi[b + O.LEVEL]!;
    const pages = this.pages;
    const key = pages.bookSideOf(level);
    const inst = key >> 1;
    const side = key & 1;
    const px = pages.priceOf(level);
    if (reason < 0) out.expired(this.of[s * O.F64]!, this.oi[b + O.ACCOUNT]!, inst, side, px, this.oi[b + O.LEAVES]!);
    else out.canceled(this.of[s * O.F64]!, this.oi[b + O.ACCOUNT]!, inst, side, px, this.oi[b + O.LEAVES]!, reason);
    this.unlink(s, level);
    this.release(s);
    const book = this.books[inst]!;
    this.levelChanged(side === S.BUY ? book.bids : book.asks, inst, side, px, level, out);
  }

  // ---- REPLACE -------------------------------------------------------------

  private replace(cmd: Command, out: EventBuffer): void {
    const inst = cmd.instrument;
    const s = this.findOwned(cmd.orderId, cmd.account, inst);
    const reason = s === 0 ? RR.UNKNOWN_ORDER : this.checkReplace(cmd, s);
    if (reason !== 0) {
      out.rejected(CT.REPLACE, cmd.orderId, cmd.account, inst, 0, cmd.price, cmd.qty, reason);
      return;
    }
    const oi = this.oi;
    const b = s * O.I32;
    const book = this.books[inst]!;
    const level = oi[b + O.LEVEL]!;
    const side = oi[b + O.FLAGS]! & FLAG.SELL;
    const bookSide = side === S.BUY ? book.bids : book.asks;
    const oldPrice = this.pages.priceOf(level);
    const id = this.of[s * O.F64]!;
    const account = oi[b + O.ACCOUNT]!;
    const newPrice = cmd.price;
    const newQty = cmd.qty;
    const leaves = oi[b + O.LEAVES]!;
    const cum = oi[b + O.QTY]! - leaves;

    if (newQty <= cum) {
      out.replaced(id, account, inst, side, newPrice, newQty, 0, oldPrice, false);
      this.unlink(s, level);
      this.release(s);
      this.levelChanged(bookSide, inst, side, oldPrice, level, out);
      return;
    }
    const newLeaves = newQty - cum;
    if (newPrice === oldPrice && newLeaves <= leaves) {
      oi[b + O.QTY] = newQty;
      oi[b + O.LEAVES] = newLeaves;
      out.replaced(id, account, inst, side, newPrice, newQty, newLeaves, oldPrice, true);
      if (newLeaves !== leaves) {
        const lf = this.pages.lf;
        const total = lf[level * LV.F64]! - (leaves - newLeaves);
        lf[level * LV.F64] = total;
        out.bookLevel(inst, side, oldPrice, total, this.pages.li[level * LV.I32 + LV.COUNT]!);
      }
      return;
    }
    out.replaced(id, account, inst, side, newPrice, newQty, newLeaves, oldPrice, false);
    this.unlink(s, level);
    this.levelChanged(bookSide, inst, side, oldPrice, level, out);
    oi[b + O.QTY] = newQty;
    const oppBest = side === S.BUY ? book.asks.best : book.bids.best;
    if (oppBest < 0 || (side === S.BUY ? oppBest > newPrice : oppBest < newPrice)) {
      // Most moves do not cross: skip the matcher's call and its STP bookkeeping.
      oi[b + O.LEAVES] = newLeaves;
      this.appendToLevel(book, inst, side, newPrice, s, out);
      return;
    }
    const stp = (oi[b + O.FLAGS]! >> FLAG.STP_SHIFT) & 3;
    const left = this.match(book, inst, id, account, side, newPrice, newLeaves, stp, out);
    if (this.stpStopped) {
      out.canceled(id, account, inst, side, newPrice, left, CR.STP);
      oi[b + O.LEAVES] = left;
      this.release(s);
    } else if (left > 0) {
      oi[b + O.LEAVES] = left;
      this.appendToLevel(book, inst, side, newPrice, s, out);
    } else {
      oi[b + O.LEAVES] = 0;
      this.release(s);
    }
  }

  private checkReplace(cmd: Command, s: number): number {
    const book = this.books[cmd.instrument]!;
    const spec = book.spec;
    const qty = cmd.qty;
    if (!(Number.isInteger(qty) && qty >= spec.minQtyLots && qty <= spec.maxQtyLots)) {
      return RR.QTY_OUT_OF_RANGE;
    }
    const price = cmd.price;
    if (!(Number.isInteger(price) && price >= 1 && price <= spec.maxPriceTicks)) return RR.PRICE_OUT_OF_RANGE;
    const b = s * O.I32;
    // An unchanged price is not judged again (docs/engine.md, REPLACE).
    if (price === this.pages.priceOf(this.oi[b + O.LEVEL]!)) return 0;
    if (book.bandActive && (price < book.bandLower || price > book.bandUpper)) return RR.PRICE_BAND;
    const flags = this.oi[b + O.FLAGS]!;
    const isBuy = (flags & FLAG.SELL) === 0;
    if ((flags & FLAG.POST_ONLY) !== 0 && this.wouldTake(book, isBuy, price)) return RR.POST_ONLY_WOULD_TAKE;
    if (!this.canRestAt(isBuy ? book.bids : book.asks, price)) return RR.ORDER_BOOK_FULL;
    return 0;
  }

  // ---- MASS_CANCEL ---------------------------------------------------------

  private massCancel(cmd: Command, out: EventBuffer): void {
    const account = cmd.account;
    const inst = cmd.instrument;
    let reason = 0;
    if (!this.validAccount(account)) reason = RR.INVALID_ORDER;
    else if (inst !== ALL_INSTRUMENTS && !(Number.isInteger(inst) && inst >= 0 && inst < this.books.length)) {
      reason = RR.UNKNOWN_SYMBOL;
    }
    if (reason !== 0) {
      out.rejected(CT.MASS_CANCEL, 0, account, inst, 0, 0, 0, reason);
      return;
    }
    const oi = this.oi;
    let count = 0;
    let s = this.accHead[account]!;
    while (s !== 0) {
      const next = oi[s * O.I32 + O.ACC_NEXT]!;
      if (inst === ALL_INSTRUMENTS || (this.pages.bookSideOf(oi[s * O.I32 + O.LEVEL]!) >> 1) === inst) {
        this.removeResting(s, CR.MASS_CANCEL, out);
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

  levelCount(): number {
    return this.levelsInUse;
  }

  /** GTD orders resting. */
  gtdCount(): number {
    return this.liveGtd;
  }

  nextOrderId(): number {
    return this.nextOrder;
  }

  /**
   * The price a MARKET order of `side` is bounded by now (band edge, else the
   * instrument's max price for a buy and 1 tick for a sell): what a market
   * buy holds funds at (risk/).
   */
  marketLimitPrice(instrument: number, side: number): number {
    return this.marketLimit(this.books[instrument]!, side);
  }

  /** Whether a GTD order is due at `nowUs` (what `advanceTime` would expire). */
  hasExpiryDue(nowUs: number): boolean {
    return this.expiries.size !== 0 && this.expiries.topTime() <= nowUs;
  }

  /** Lets time pass without a command: expires due GTD orders (as every `apply` does first). */
  advanceTime(nowUs: number, out: EventBuffer): void {
    if (this.expiries.size !== 0 && this.expiries.topTime() <= nowUs) this.expireDue(nowUs, out);
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
    const bookSide = side === S.BUY ? this.books[instrument]!.bids : this.books[instrument]!.asks;
    let n = 0;
    for (let px = bookSide.best; px >= 0 && n < depth; px = bookSide.worseThan(px), n++) {
      const level = bookSide.levelAt(px);
      visit(px, this.pages.total(level), this.pages.count(level));
    }
  }

  /** Expire time of each resting GTD order (for the state hash and snapshots). */
  gtdExpiries(): Map<number, number> {
    const m = new Map<number, number>();
    this.expiries.forEach((time, id) => {
      if (this.ids.get(id) !== 0) m.set(id, time);
    });
    return m;
  }

  stateHash(): string {
    const h = new StateHasher();
    const o = this.orders;
    const pages = this.pages;
    const expiries = this.gtdExpiries();
    this.books.forEach((book, i) => {
      h.add(i).add(book.lastTradePrice);
      for (const side of [S.BUY, S.SELL]) {
        const bookSide = side === S.BUY ? book.bids : book.asks;
        h.add(side).add(bookSide.levelCount);
        for (let px = bookSide.best; px >= 0; px = bookSide.worseThan(px)) {
          const level = bookSide.levelAt(px);
          h.add(px).add(pages.count(level)).add(pages.total(level));
          for (let s = pages.head(level); s !== 0; s = o.get(s, O.NEXT)) {
            const flags = o.get(s, O.FLAGS);
            h.add(o.id(s)).add(o.get(s, O.ACCOUNT)).add(o.get(s, O.QTY)).add(o.get(s, O.LEAVES))
              .add((flags & FLAG.POST_ONLY) !== 0 ? 1 : 0).add((flags >> FLAG.STP_SHIFT) & 3)
              .add(expiries.get(o.id(s)) ?? 0);
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

  /**
   * Sets the counters a snapshot restore rebuilds alongside the orders
   * (engine/snapshotState.ts): only on an engine that has applied no command.
   */
  /** Snapshot restore: makes a restored resting order GTD with its expire time. */
  restoreExpiry(orderId: number, expireTimeUs: number): void {
    const s = this.ids.get(orderId);
    if (s === 0) throw new Error(`restoreExpiry: order ${orderId} is not resting`);
    if (!(Number.isSafeInteger(expireTimeUs) && expireTimeUs > 0)) throw new Error(`restoreExpiry: bad time ${expireTimeUs}`);
    this.addExpiry(s, orderId, expireTimeUs);
  }

  restoreCounters(nextOrderId: number, nextTradeId: number, entrySeq: number, levelsInUse: number): void {
    if (this.nextOrder !== 1 || this.nextTrade !== 1) throw new Error('restoreCounters on an engine that has run');
    for (const [name, v] of [['nextOrderId', nextOrderId], ['nextTradeId', nextTradeId],
      ['entrySeq', entrySeq], ['levelsInUse', levelsInUse]] as const) {
      if (!Number.isSafeInteger(v) || v < 0) throw new Error(`restoreCounters: ${name} ${v} is not a count`);
    }
    this.nextOrder = nextOrderId;
    this.nextTrade = nextTradeId;
    this.entrySeq = entrySeq;
    this.levelsInUse = levelsInUse;
  }

  /** Bytes of every structure the engine holds (for the memory benchmark). */
  byteLength(): number {
    let n = this.orders.byteLength() + this.ids.byteLength() + this.pages.byteLength() +
      this.accHead.byteLength + this.accTail.byteLength;
    for (const b of this.books) n += b.bids.byteLength() + b.asks.byteLength();
    return n;
  }
}
