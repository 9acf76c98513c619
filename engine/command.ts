import { CommandType } from './enums.js';

/**
 * One command for the core: a reused, mutable slot (as exchange-core's
 * OrderCommand). The sequencer (or a test) fills it and calls `apply`; nothing
 * here is allocated per command. Prices are integer ticks, quantities integer
 * lots, time in microseconds stamped by the sequencer: the core reads no clock.
 */
export class Command {
  type: number = CommandType.NEW_ORDER;
  /** Sequencer's number of this command (echoed, never interpreted). */
  seq = 0;
  /** Sequencer's timestamp, microseconds since the epoch. */
  timestampUs = 0;
  account = 0;
  instrument = 0;
  /** Target order of CANCEL / REPLACE (ids are assigned by the core). */
  orderId = 0;
  side = 0;
  ordType = 0;
  tif = 0;
  stp = 0;
  postOnly = false;
  /** Limit price in ticks (NEW, REPLACE); ignored for MARKET. */
  price = 0;
  /** Total order quantity in lots (NEW, REPLACE: the new total, FIX OrderQty). */
  qty = 0;
  /** GTD orders: sequencer time (microseconds) at which the order expires; 0 otherwise. */
  expireTimeUs = 0;

  newOrder(
    account: number, instrument: number, side: number, ordType: number, tif: number,
    price: number, qty: number, postOnly = false, stp = 0, expireTimeUs = 0,
  ): this {
    this.type = CommandType.NEW_ORDER;
    this.account = account; this.instrument = instrument; this.side = side;
    this.ordType = ordType; this.tif = tif; this.price = price; this.qty = qty;
    this.postOnly = postOnly; this.stp = stp; this.orderId = 0; this.expireTimeUs = expireTimeUs;
    return this;
  }

  /** Only lets time pass (expires due GTD orders). */
  tick(): this {
    this.type = CommandType.TICK;
    return this;
  }

  cancel(account: number, instrument: number, orderId: number): this {
    this.type = CommandType.CANCEL;
    this.account = account; this.instrument = instrument; this.orderId = orderId;
    return this;
  }

  replace(account: number, instrument: number, orderId: number, price: number, qty: number): this {
    this.type = CommandType.REPLACE;
    this.account = account; this.instrument = instrument; this.orderId = orderId;
    this.price = price; this.qty = qty;
    return this;
  }

  /** `instrument` = ALL_INSTRUMENTS cancels the account's orders everywhere. */
  massCancel(account: number, instrument: number): this {
    this.type = CommandType.MASS_CANCEL;
    this.account = account; this.instrument = instrument;
    return this;
  }

  copyFrom(o: Command): this {
    this.type = o.type; this.seq = o.seq; this.timestampUs = o.timestampUs;
    this.account = o.account; this.instrument = o.instrument; this.orderId = o.orderId;
    this.side = o.side; this.ordType = o.ordType; this.tif = o.tif; this.stp = o.stp;
    this.postOnly = o.postOnly; this.price = o.price; this.qty = o.qty;
    this.expireTimeUs = o.expireTimeUs;
    return this;
  }
}
