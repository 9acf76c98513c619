/**
 * The order manager's record of every order that is open or whose ClOrdID is
 * still in the dedupe window (docs/risk.md, "Order manager"): its FIX state,
 * the hold behind it, and the fields of the NewOrderSingle (for "same fields"
 * dedupe). Preallocated at start with a free list; record 0 is never used
 * (0 = none, as OrderIdMap expects).
 *
 * Layout: records as structs (array of structs), not one array per field:
 * a replace touches about ten fields of one record, and with a typed array
 * per field that was ten cache lines per command (the risk benchmark spent
 * most of its overhead there). What every order command touches sits in one
 * 64-byte hot record; what only entry and dedupe read (expire time, the
 * NewOrderSingle's price and quantity) in a 32-byte cold one.
 *
 * Hot record, 64 bytes: float64 words 0-4, int32 words 10-13, bytes 56-62.
 * Cold record, 32 bytes: float64 words 0-2. A free record links to the next
 * free one through its REFS word (a record in use has USED = 1), so alloc
 * and free touch only the hot line the order then uses.
 * Price and quantities are float64: a rejected order keeps whatever safe
 * integer it was sent with, for the dedupe comparison.
 */
export const enum RF { ORDER_ID = 0, CUM_NOTIONAL = 1, HELD = 2, PRICE = 3, ORDER_QTY = 4, STRIDE = 8 }
export const enum RI { CUM_QTY = 10, ACCOUNT = 11, INSTRUMENT = 12, REFS = 13, STRIDE = 16 }
export const enum RB { SIDE = 56, ORD_TYPE = 57, TIF = 58, FLAGS = 59, STATUS = 60, OPEN = 61, USED = 62, STRIDE = 64 }
export const enum RC { EXPIRE_TIME_US = 0, ORIG_PRICE = 1, ORIG_QTY = 2, STRIDE = 4 }

/** FIX OrdStatus codes (the SBE schema's OrdStatus). */
export const OrdStatus = {
  NEW: 0,
  PARTIALLY_FILLED: 1,
  FILLED: 2,
  CANCELED: 3,
  REJECTED: 4,
  EXPIRED: 5,
} as const;

export const enum OS { NEW = 0, PARTIALLY_FILLED = 1, FILLED = 2, CANCELED = 3, REJECTED = 4, EXPIRED = 5 }

/** Every field by name, for the cold paths (state hash, snapshots, tests): [view, word or byte offset]. */
export const RECORD_FIELDS = {
  orderId: ['hf', RF.ORDER_ID], cumNotional: ['hf', RF.CUM_NOTIONAL], held: ['hf', RF.HELD], price: ['hf', RF.PRICE],
  orderQty: ['hf', RF.ORDER_QTY], cumQty: ['hi', RI.CUM_QTY], account: ['hi', RI.ACCOUNT],
  instrument: ['hi', RI.INSTRUMENT], refs: ['hi', RI.REFS], side: ['hb', RB.SIDE], ordType: ['hb', RB.ORD_TYPE],
  tif: ['hb', RB.TIF], flags: ['hb', RB.FLAGS], status: ['hb', RB.STATUS], open: ['hb', RB.OPEN],
  expireTimeUs: ['cf', RC.EXPIRE_TIME_US], origPrice: ['cf', RC.ORIG_PRICE], origQty: ['cf', RC.ORIG_QTY],
} as const satisfies Record<string, readonly ['hf' | 'hi' | 'hb' | 'cf', number]>;

export type RecordField = keyof typeof RECORD_FIELDS;

const STRIDES = { hf: RF.STRIDE, hi: RI.STRIDE, hb: RB.STRIDE, cf: RC.STRIDE } as const;

export class OrderRecords {
  readonly capacity: number;
  /** Hot records as float64 / int32 / byte views of one buffer. */
  readonly hf: Float64Array;
  readonly hi: Int32Array;
  readonly hb: Uint8Array;
  /** Cold records. */
  readonly cf: Float64Array;
  private freeHead: number;
  used = 0;

  constructor(capacity: number) {
    const n = capacity + 1;
    this.capacity = capacity;
    const hot = new ArrayBuffer(n * 64);
    this.hf = new Float64Array(hot);
    this.hi = new Int32Array(hot);
    this.hb = new Uint8Array(hot);
    this.cf = new Float64Array(n * RC.STRIDE);
    // Writing every record now also maps every page: no first-touch fault mid-command.
    for (let r = 1; r < capacity; r++) this.hi[r * RI.STRIDE + RI.REFS] = r + 1;
    this.hi[capacity * RI.STRIDE + RI.REFS] = 0;
    this.cf.fill(0);
    this.freeHead = capacity > 0 ? 1 : 0;
  }

  /** A cleared record, or 0 when every record is in use. */
  alloc(): number {
    const r = this.freeHead;
    if (r === 0) return 0;
    const i = r * RI.STRIDE;
    this.freeHead = this.hi[i + RI.REFS]!;
    this.used++;
    const f = r * RF.STRIDE;
    this.hf[f + RF.ORDER_ID] = 0; this.hf[f + RF.CUM_NOTIONAL] = 0; this.hf[f + RF.HELD] = 0;
    this.hi[i + RI.CUM_QTY] = 0; this.hi[i + RI.REFS] = 0;
    this.hb[r * RB.STRIDE + RB.OPEN] = 0;
    this.hb[r * RB.STRIDE + RB.USED] = 1;
    return r;
  }

  free(r: number): void {
    if (this.hb[r * RB.STRIDE + RB.USED] !== 1) throw new Error(`OrderRecords.free: record ${r} is not in use`);
    this.hb[r * RB.STRIDE + RB.USED] = 0;
    this.hi[r * RI.STRIDE + RI.REFS] = this.freeHead;
    this.freeHead = r;
    this.used--;
  }

  isUsed(r: number): boolean {
    return r > 0 && r <= this.capacity && this.hb[r * RB.STRIDE + RB.USED] === 1;
  }

  /** Leaves quantity of an open order (0 once closed). */
  leaves(r: number): number {
    return this.hb[r * RB.STRIDE + RB.OPEN] === 1
      ? this.hf[r * RF.STRIDE + RF.ORDER_QTY]! - this.hi[r * RI.STRIDE + RI.CUM_QTY]! : 0;
  }

  /** Any field by name (cold paths). */
  get(r: number, field: RecordField): number {
    const [view, at] = RECORD_FIELDS[field];
    return this[view][r * STRIDES[view] + at]!;
  }

  set(r: number, field: RecordField, value: number): void {
    const [view, at] = RECORD_FIELDS[field];
    this[view][r * STRIDES[view] + at] = value;
  }

  /**
   * Each field as (name, view, stride, offset), for loops over many records
   * (state hash, snapshots) that must not look the field up per value.
   */
  columns(fields: readonly RecordField[]): { name: RecordField; view: Float64Array | Int32Array | Uint8Array; stride: number; at: number }[] {
    return fields.map((name) => {
      const [view, at] = RECORD_FIELDS[name];
      return { name, view: this[view], stride: STRIDES[view], at };
    });
  }

  /** Open records that no ClOrdID names, by ascending order id (a canonical order for hashes and snapshots). */
  unkeyedOpenByOrderId(): number[] {
    const ids: number[] = [];
    for (let r = 1; r <= this.capacity; r++) {
      if (this.hb[r * RB.STRIDE + RB.USED] === 1 && this.hi[r * RI.STRIDE + RI.REFS] === 0) ids.push(r);
    }
    const byId = Float64Array.from(ids, (r) => this.hf[r * RF.STRIDE + RF.ORDER_ID]!);
    const order = Uint32Array.from(ids.keys());
    order.sort((x, y) => byId[x]! - byId[y]!);
    return Array.from(order, (k) => ids[k]!);
  }

  /** Makes the free list equal to "every record not in `inUse`", in index order (restore). */
  rebuildFreeList(inUse: (r: number) => boolean): void {
    this.freeHead = 0;
    this.used = 0;
    for (let r = this.capacity; r >= 1; r--) {
      if (inUse(r)) {
        this.hb[r * RB.STRIDE + RB.USED] = 1;
        this.used++;
      } else {
        this.hb[r * RB.STRIDE + RB.USED] = 0;
        this.hi[r * RI.STRIDE + RI.REFS] = this.freeHead;
        this.freeHead = r;
      }
    }
  }

  byteLength(): number {
    return (this.capacity + 1) * (64 + 32);
  }
}
