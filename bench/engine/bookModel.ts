import { Side } from '../../engine/enums.js';

/**
 * The workload generator's own model of the book, so it can target cancels
 * and moves at orders that really rest and predict the ids the engine
 * assigns. It follows docs/engine.md exactly for the subset the workload
 * uses (one instrument; LIMIT GTC / IOC and MARKET IOC; CANCEL; REPLACE that
 * changes the price and keeps the order quantity; STP CANCEL_NEWEST; the
 * price band), which the verification pass in `verify.ts` checks against the
 * real engine after generation.
 *
 * It is simple rather than fast: prices index plain arrays over the price
 * window the workload uses, and the best price is found by scanning.
 */
export interface ModelConfig {
  /** Most orders resting at once. */
  capacity: number;
  /** Most NEW_ORDER commands (ids are 1..maxIds). */
  maxIds: number;
  /** Inclusive price window the workload stays in. */
  priceLo: number;
  priceHi: number;
  maxPriceTicks: number;
  priceBandBps: number;
  referencePriceTicks: number;
}

const NONE = -1;

export class BookModel {
  // Orders, by slot (1..capacity; 0 = none).
  readonly id: Int32Array;
  readonly side: Uint8Array;
  readonly price: Int32Array;
  readonly leaves: Int32Array;
  /** FIX OrderQty: total quantity, filled included. */
  readonly qty: Int32Array;
  readonly account: Int32Array;
  private readonly next: Int32Array;
  private readonly prev: Int32Array;
  /** Index of the slot in `resting`. */
  private readonly pos: Int32Array;
  private freeHead = 0;
  /** Dense list of resting slots, for uniform random choice. */
  readonly resting: Int32Array;
  restingCount = 0;
  readonly slotOfId: Int32Array;

  // Levels: head / tail slot per price, per side.
  private readonly lo: number;
  private readonly hi: number;
  private readonly head: [Int32Array, Int32Array];
  private readonly tail: [Int32Array, Int32Array];
  /** Best price per side (Side.BUY, Side.SELL), -1 when empty. */
  readonly best: [number, number] = [NONE, NONE];
  readonly ordersOnSide: [number, number] = [0, 0];
  readonly levelsOnSide: [number, number] = [0, 0];

  lastTradePrice = 0;
  nextOrderId = 1;
  peakOrders = 0;
  peakLevels = 0;

  /** Outcome of the last command. */
  fills = 0;
  stpStopped = false;

  constructor(private readonly cfg: ModelConfig) {
    const n = cfg.capacity + 1;
    this.id = new Int32Array(n);
    this.side = new Uint8Array(n);
    this.price = new Int32Array(n);
    this.leaves = new Int32Array(n);
    this.qty = new Int32Array(n);
    this.account = new Int32Array(n);
    this.next = new Int32Array(n);
    this.prev = new Int32Array(n);
    this.pos = new Int32Array(n);
    this.resting = new Int32Array(n);
    for (let s = cfg.capacity; s >= 1; s--) {
      this.next[s] = this.freeHead;
      this.freeHead = s;
    }
    this.slotOfId = new Int32Array(cfg.maxIds + 2);
    this.lo = cfg.priceLo;
    this.hi = cfg.priceHi;
    const span = cfg.priceHi - cfg.priceLo + 1;
    this.head = [new Int32Array(span), new Int32Array(span)];
    this.tail = [new Int32Array(span), new Int32Array(span)];
  }

  get levels(): number {
    return this.levelsOnSide[0] + this.levelsOnSide[1];
  }

  /** Band edges as the engine computes them; [1, maxPrice] when no band applies. */
  bandLower(): number {
    const ref = this.bandRef();
    if (ref <= 0) return 1;
    return Math.max(1, Math.ceil((ref * (10000 - this.cfg.priceBandBps)) / 10000));
  }

  bandUpper(): number {
    const ref = this.bandRef();
    if (ref <= 0) return this.cfg.maxPriceTicks;
    return Math.min(this.cfg.maxPriceTicks, Math.floor((ref * (10000 + this.cfg.priceBandBps)) / 10000));
  }

  private bandRef(): number {
    if (this.cfg.priceBandBps <= 0) return 0;
    return this.lastTradePrice > 0 ? this.lastTradePrice : this.cfg.referencePriceTicks;
  }

  /** First order of the level at the best price of `side`, or 0. */
  headAtBest(side: number): number {
    const px = this.best[side]!;
    return px === NONE ? 0 : this.head[side]![px - this.lo]!;
  }

  /** NEW_ORDER: returns the id it consumed. The caller made sure it is accepted. */
  newOrder(side: number, isMarket: boolean, isGtc: boolean, price: number, qty: number, account: number): number {
    const id = this.nextOrderId++;
    this.fills = 0;
    const limit = isMarket ? (side === Side.BUY ? this.bandUpper() : this.bandLower()) : price;
    const leaves = this.match(side, limit, qty, account);
    if (!this.stpStopped && leaves > 0 && isGtc && !isMarket) {
      const s = this.allocSlot();
      this.id[s] = id;
      this.side[s] = side;
      this.qty[s] = qty;
      this.leaves[s] = leaves;
      this.account[s] = account;
      this.slotOfId[id] = s;
      this.addResting(s);
      this.append(s, price);
    }
    this.track();
    return id;
  }

  cancel(s: number): void {
    this.fills = 0;
    this.stpStopped = false;
    this.unlink(s);
    this.release(s);
    this.track();
  }

  /** REPLACE to a new price with the same order quantity (so leaves are kept). */
  move(s: number, newPrice: number): void {
    if (newPrice === this.price[s]) throw new Error('model: a move must change the price');
    this.fills = 0;
    this.unlink(s);
    const left = this.match(this.side[s]!, newPrice, this.leaves[s]!, this.account[s]!);
    if (this.stpStopped || left === 0) {
      this.release(s);
    } else {
      this.leaves[s] = left;
      this.append(s, newPrice);
    }
    this.track();
  }

  /** Matches a taker against the other side up to `limit`; returns its leaves. */
  private match(side: number, limit: number, qty: number, account: number): number {
    this.stpStopped = false;
    const opp = side === Side.BUY ? Side.SELL : Side.BUY;
    const isBuy = side === Side.BUY;
    let leaves = qty;
    while (leaves > 0) {
      const px = this.best[opp]!;
      if (px === NONE || (isBuy ? px > limit : px < limit)) break;
      let s = this.head[opp]![px - this.lo]!;
      while (s !== 0 && leaves > 0) {
        const next = this.next[s]!;
        if (this.account[s] === account) {
          this.stpStopped = true;
          return leaves;
        }
        const q = leaves < this.leaves[s]! ? leaves : this.leaves[s]!;
        leaves -= q;
        this.leaves[s]! -= q;
        this.fills++;
        this.lastTradePrice = px;
        if (this.leaves[s] === 0) {
          this.unlink(s);
          this.release(s);
        }
        s = next;
      }
    }
    return leaves;
  }

  private append(s: number, price: number): void {
    if (price < this.lo || price > this.hi) {
      throw new Error(`model: price ${price} outside the window ${this.lo}..${this.hi}`);
    }
    const side = this.side[s]!;
    const i = price - this.lo;
    const head = this.head[side]!;
    const tail = this.tail[side]!;
    this.price[s] = price;
    const t = tail[i]!;
    this.prev[s] = t;
    this.next[s] = 0;
    if (t === 0) {
      head[i] = s;
      this.levelsOnSide[side]++;
      const best = this.best[side]!;
      if (best === NONE || (side === Side.BUY ? price > best : price < best)) this.best[side] = price;
    } else {
      this.next[t] = s;
    }
    tail[i] = s;
    this.ordersOnSide[side]++;
  }

  /** Takes an order off its level (the slot stays allocated). */
  private unlink(s: number): void {
    const side = this.side[s]!;
    const price = this.price[s]!;
    const i = price - this.lo;
    const head = this.head[side]!;
    const tail = this.tail[side]!;
    const p = this.prev[s]!;
    const n = this.next[s]!;
    if (p === 0) head[i] = n; else this.next[p] = n;
    if (n === 0) tail[i] = p; else this.prev[n] = p;
    this.ordersOnSide[side]--;
    if (head[i] === 0) {
      this.levelsOnSide[side]--;
      if (price === this.best[side]) this.best[side] = this.scanBest(side, price);
    }
  }

  private scanBest(side: number, from: number): number {
    if (this.ordersOnSide[side] === 0) return NONE;
    const head = this.head[side]!;
    if (side === Side.BUY) {
      for (let px = from - 1; px >= this.lo; px--) if (head[px - this.lo] !== 0) return px;
    } else {
      for (let px = from + 1; px <= this.hi; px++) if (head[px - this.lo] !== 0) return px;
    }
    throw new Error('model: orders on a side but no level found');
  }

  private allocSlot(): number {
    const s = this.freeHead;
    if (s === 0) throw new Error('model: capacity exhausted');
    this.freeHead = this.next[s]!;
    return s;
  }

  private addResting(s: number): void {
    this.pos[s] = this.restingCount;
    this.resting[this.restingCount++] = s;
  }

  /** Forgets an order already off its level. */
  private release(s: number): void {
    const last = this.resting[--this.restingCount]!;
    const at = this.pos[s]!;
    this.resting[at] = last;
    this.pos[last] = at;
    this.slotOfId[this.id[s]!] = 0;
    this.id[s] = 0;
    this.next[s] = this.freeHead;
    this.freeHead = s;
  }

  private track(): void {
    if (this.restingCount > this.peakOrders) this.peakOrders = this.restingCount;
    const levels = this.levels;
    if (levels > this.peakLevels) this.peakLevels = levels;
  }
}
