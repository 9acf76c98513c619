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
  /** DEPOSIT / WITHDRAW: asset number and amount in its minor units; SET_LIMIT: the new value in `amount`. */
  asset = 0;
  amount = 0;
  /** DEPOSIT / WITHDRAW: unique payment order id (applied at most once). */
  refId = 0;
  /** SET_LIMIT: which limit (LimitKind). */
  limitKind = 0;
  /**
   * The client's ClOrdID: 32 ASCII bytes, NUL-padded (all NUL = none), and a
   * 32-bit view of the same bytes for the core's dedupe index. Preallocated
   * per Command; `setClOrdId` fills it.
   */
  /**
   * Both ids in one 64-byte array (ClOrdID at 0, OrigClOrdID at 32): the SBE
   * flyweights copy raw bytes through a DataView they keep for the last
   * array they were given, so one array for both means no DataView is
   * created per command (two arrays cost two per command).
   */
  readonly ids = new Uint8Array(2 * CL_ORD_ID_BYTES);
  readonly clOrdId = this.ids.subarray(0, CL_ORD_ID_BYTES);
  readonly clOrdId32 = new Uint32Array(this.ids.buffer, 0, CL_ORD_ID_BYTES / 4);
  /** CANCEL / REPLACE when `orderId` is 0: the ClOrdID of the order to act on. */
  readonly origClOrdId = this.ids.subarray(CL_ORD_ID_BYTES);
  readonly origClOrdId32 = new Uint32Array(this.ids.buffer, CL_ORD_ID_BYTES, CL_ORD_ID_BYTES / 4);

  /** Sets the ClOrdID from ASCII text (at most 32 characters; '' = none). Not for the hot path. */
  setClOrdId(text: string): this {
    writeId(this.clOrdId, text, 'ClOrdID');
    return this;
  }

  setOrigClOrdId(text: string): this {
    writeId(this.origClOrdId, text, 'OrigClOrdID');
    return this;
  }

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

  /** Funding: DEPOSIT or WITHDRAW of `amount` minor units of `asset`, payment order `refId`. */
  funding(type: number, account: number, asset: number, amount: number, refId: number): this {
    this.type = type;
    this.account = account; this.asset = asset; this.amount = amount; this.refId = refId;
    return this;
  }

  /** Operator commands (HALT, RESUME: instrument; DISABLE_ACCOUNT, ENABLE_ACCOUNT: account; queries). */
  admin(type: number, account: number, instrument: number): this {
    this.type = type;
    this.account = account; this.instrument = instrument;
    return this;
  }

  /** SET_LIMIT `kind` to `value` for an account (-1: the default) and instrument (-1: account-wide). */
  setLimit(account: number, instrument: number, kind: number, value: number): this {
    this.type = CommandType.SET_LIMIT;
    this.account = account; this.instrument = instrument; this.limitKind = kind; this.amount = value;
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
    this.expireTimeUs = o.expireTimeUs; this.asset = o.asset; this.amount = o.amount; this.refId = o.refId;
    this.limitKind = o.limitKind;
    this.ids.set(o.ids);
    return this;
  }
}

export const CL_ORD_ID_BYTES = 32;

function writeId(into: Uint8Array, text: string, field: string): void {
  if (text.length > CL_ORD_ID_BYTES || !/^[\x21-\x7e]*$/.test(text)) {
    throw new RangeError(`${field} "${text}" must be at most ${CL_ORD_ID_BYTES} printable ASCII characters`);
  }
  into.fill(0);
  for (let i = 0; i < text.length; i++) into[i] = text.charCodeAt(i);
}

/** The ClOrdID bytes as text (NUL padding dropped). */
export function clOrdIdText(bytes: Uint8Array): string {
  let end = 0;
  while (end < bytes.length && bytes[end] !== 0) end++;
  return String.fromCharCode(...bytes.subarray(0, end));
}
