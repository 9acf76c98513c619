import { EventType } from './enums.js';

/**
 * The core's output: a reused buffer of fixed-size numeric event records
 * (struct of records in one Float64Array; every field is an integer that fits
 * a double exactly). `apply` appends; the caller reads, then `clear()`s.
 *
 * Every writer sets all FIELDS of its record (unused ones to 0), so two engines
 * that emit the same events produce identical bytes: the differential tests
 * compare records field by field.
 *
 * Bound: a command's events are bounded by what it can touch (a sweep is
 * bounded by the book, a mass cancel by the account's open orders), so the
 * buffer grows (doubling) when one command needs more than it has ever
 * needed; it never shrinks, so a steady state allocates nothing.
 */
export const F = {
  TYPE: 0,
  ORDER_ID: 1,
  ACCOUNT: 2,
  INSTRUMENT: 3,
  SIDE: 4,
  PRICE: 5,
  /** Trade qty / canceled qty / order qty (ACCEPTED, REPLACED, REJECTED) / level total (BOOK_LEVEL). */
  QTY: 6,
  /** The order's leaves after the event (taker's leaves for TRADE). */
  LEAVES: 7,
  /** RejectReason for REJECTED, CancelReason for CANCELED / EXPIRED. */
  REASON: 8,
  MAKER_ORDER_ID: 9,
  MAKER_ACCOUNT: 10,
  TRADE_ID: 11,
  MAKER_LEAVES: 12,
  /** BOOK_LEVEL: orders at the level; MASS_CANCEL_DONE: orders canceled; ACCEPTED: OrdType. */
  COUNT: 13,
  /** REJECTED: the CommandType refused; REPLACED: 1 if priority kept; ACCEPTED: TimeInForce. */
  AUX: 14,
  /** REPLACED: the old price; ACCEPTED: flags (bit0 postOnly, bits1-2 STP mode). */
  AUX2: 15,
} as const;

export const EVENT_STRIDE = 16;

export class EventBuffer {
  data: Float64Array;
  count = 0;

  constructor(initialEvents = 1024) {
    this.data = new Float64Array(initialEvents * EVENT_STRIDE);
  }

  clear(): void {
    this.count = 0;
  }

  /** Field `field` (an `F` index) of event `i`. */
  get(i: number, field: number): number {
    return this.data[i * EVENT_STRIDE + field]!;
  }

  type(i: number): number {
    return this.data[i * EVENT_STRIDE]!;
  }

  private slot(): number {
    const base = this.count * EVENT_STRIDE;
    if (base + EVENT_STRIDE > this.data.length) this.grow();
    this.count++;
    return base;
  }

  private grow(): void {
    const bigger = new Float64Array(this.data.length * 2);
    bigger.set(this.data);
    this.data = bigger;
  }

  private put(
    type: number, orderId: number, account: number, instrument: number, side: number,
    price: number, qty: number, leaves: number, reason: number, makerOrderId: number,
    makerAccount: number, tradeId: number, makerLeaves: number, count: number, aux: number,
    aux2: number,
  ): void {
    const b = this.slot();
    const d = this.data;
    d[b] = type; d[b + 1] = orderId; d[b + 2] = account; d[b + 3] = instrument;
    d[b + 4] = side; d[b + 5] = price; d[b + 6] = qty; d[b + 7] = leaves;
    d[b + 8] = reason; d[b + 9] = makerOrderId; d[b + 10] = makerAccount; d[b + 11] = tradeId;
    d[b + 12] = makerLeaves; d[b + 13] = count; d[b + 14] = aux; d[b + 15] = aux2;
  }

  accepted(
    orderId: number, account: number, instrument: number, side: number, price: number,
    orderQty: number, ordType: number, tif: number, postOnly: boolean, stp: number,
  ): void {
    const flags = (postOnly ? 1 : 0) | (stp << 1);
    this.put(EventType.ACCEPTED, orderId, account, instrument, side, price, orderQty, orderQty,
      0, 0, 0, 0, 0, ordType, tif, flags);
  }

  rejected(
    cmdType: number, orderId: number, account: number, instrument: number, side: number,
    price: number, qty: number, reason: number,
  ): void {
    this.put(EventType.REJECTED, orderId, account, instrument, side, price, qty, 0,
      reason, 0, 0, 0, 0, 0, cmdType, 0);
  }

  trade(
    tradeId: number, instrument: number, price: number, qty: number,
    takerOrderId: number, takerAccount: number, takerSide: number, takerLeaves: number,
    makerOrderId: number, makerAccount: number, makerLeaves: number,
  ): void {
    this.put(EventType.TRADE, takerOrderId, takerAccount, instrument, takerSide, price, qty,
      takerLeaves, 0, makerOrderId, makerAccount, tradeId, makerLeaves, 0, 0, 0);
  }

  canceled(
    orderId: number, account: number, instrument: number, side: number, price: number,
    canceledQty: number, reason: number,
  ): void {
    this.put(EventType.CANCELED, orderId, account, instrument, side, price, canceledQty, 0,
      reason, 0, 0, 0, 0, 0, 0, 0);
  }

  expired(
    orderId: number, account: number, instrument: number, side: number, price: number,
    expiredQty: number,
  ): void {
    this.put(EventType.EXPIRED, orderId, account, instrument, side, price, expiredQty, 0,
      0, 0, 0, 0, 0, 0, 0, 0);
  }

  replaced(
    orderId: number, account: number, instrument: number, side: number, newPrice: number,
    newOrderQty: number, newLeaves: number, oldPrice: number, priorityKept: boolean,
  ): void {
    this.put(EventType.REPLACED, orderId, account, instrument, side, newPrice, newOrderQty,
      newLeaves, 0, 0, 0, 0, 0, 0, priorityKept ? 1 : 0, oldPrice);
  }

  bookLevel(instrument: number, side: number, price: number, totalQty: number, orderCount: number): void {
    this.put(EventType.BOOK_LEVEL, 0, 0, instrument, side, price, totalQty, 0,
      0, 0, 0, 0, 0, orderCount, 0, 0);
  }

  massCancelDone(account: number, instrument: number, canceledCount: number): void {
    this.put(EventType.MASS_CANCEL_DONE, 0, account, instrument, 0, 0, 0, 0,
      0, 0, 0, 0, 0, canceledCount, 0, 0);
  }
}
