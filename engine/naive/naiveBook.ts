import { Side } from '../enums.js';

/**
 * A resting order of the naive engine. `entry` numbers arrivals at a level:
 * of two orders at one price, the one with the lower `entry` is first in FIFO.
 */
export interface NaiveOrder {
  id: number;
  account: number;
  instrument: number;
  side: number;
  price: number;
  /** Total order quantity (FIX OrderQty; a replace changes it). */
  qty: number;
  leaves: number;
  postOnly: boolean;
  stp: number;
  /** GTD: expire time in microseconds; 0 for other orders. */
  expireTimeUs: number;
  entry: number;
}

export interface NaiveLevel {
  price: number;
  qty: number;
  count: number;
  /** FIFO order. */
  orders: NaiveOrder[];
}

/**
 * Every resting order of every instrument in one plain array. Nothing is
 * indexed or cached: each question (best price, a level's total, the levels
 * in use) is answered by scanning and sorting, so there is nothing to keep in
 * sync. That is the point of the naive twin: slow, and obviously right.
 */
export class NaiveBook {
  readonly orders: NaiveOrder[] = [];
  private entries = 0;

  /** Puts an order at the back of its price level. */
  add(order: Omit<NaiveOrder, 'entry'>): void {
    this.orders.push({ ...order, entry: this.entries++ });
  }

  remove(order: NaiveOrder): void {
    const i = this.orders.indexOf(order);
    if (i < 0) throw new Error(`naive book: order ${order.id} is not resting`);
    this.orders.splice(i, 1);
  }

  find(orderId: number): NaiveOrder | undefined {
    return this.orders.find((o) => o.id === orderId);
  }

  /** One side of one instrument in priority order: best price first, FIFO within a price. */
  sideInPriority(instrument: number, side: number): NaiveOrder[] {
    return this.orders
      .filter((o) => o.instrument === instrument && o.side === side)
      .sort((a, b) => priceRank(side, a.price, b.price) || a.entry - b.entry);
  }

  /** The levels of one side, best first. */
  levels(instrument: number, side: number): NaiveLevel[] {
    const levels: NaiveLevel[] = [];
    for (const o of this.sideInPriority(instrument, side)) {
      let level = levels[levels.length - 1];
      if (level === undefined || level.price !== o.price) {
        level = { price: o.price, qty: 0, count: 0, orders: [] };
        levels.push(level);
      }
      level.qty += o.leaves;
      level.count++;
      level.orders.push(o);
    }
    return levels;
  }

  /** Total leaves and order count at one price of one side (0, 0 when no level). */
  level(instrument: number, side: number, price: number): { qty: number; count: number } {
    let qty = 0;
    let count = 0;
    for (const o of this.orders) {
      if (o.instrument === instrument && o.side === side && o.price === price) {
        qty += o.leaves;
        count++;
      }
    }
    return { qty, count };
  }

  /** Best price of one side, -1 when the side is empty. */
  best(instrument: number, side: number): number {
    const first = this.sideInPriority(instrument, side)[0];
    return first === undefined ? -1 : first.price;
  }

  /** Distinct (instrument, side, price) levels over all books. */
  levelsInUse(): number {
    return new Set(this.orders.map((o) => `${o.instrument}/${o.side}/${o.price}`)).size;
  }

  /** Price pages in use: distinct (instrument, side, price >> 10) among resting orders. */
  pagesInUse(): number {
    return new Set(this.orders.map((o) => `${o.instrument}/${o.side}/${Math.floor(o.price / PAGE_PRICES)}`)).size;
  }

  /** Whether a resting order of that side holds the price page of `price`. */
  pageHeld(instrument: number, side: number, price: number): boolean {
    const page = Math.floor(price / PAGE_PRICES);
    return this.orders.some((o) => o.instrument === instrument && o.side === side &&
      Math.floor(o.price / PAGE_PRICES) === page);
  }
}

/** Prices per price page (docs/engine.md, capacity). */
export const PAGE_PRICES = 1024;

/** Negative when price `a` comes before price `b` on `side` (higher bids, lower asks first). */
function priceRank(side: number, a: number, b: number): number {
  return side === Side.BUY ? b - a : a - b;
}
