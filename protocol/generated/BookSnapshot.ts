// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { Decimal64Decoder, Decimal64Encoder } from './Decimal64.js';
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  SbeCodecError,
  type SbeLimitHolder,
  bytesOf,
  readChars,
  requireBlockLength,
  requireEntries,
  requireRoom,
  requireSpace,
  writeChars,
  wrongHeader,
} from './sbeRuntime.js';

/**
 * First message of a BOOK subscription.
 * Decodes message BookSnapshot (templateId 32).
 */
export class BookSnapshotDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 32;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'BookSnapshot';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 32;
  private $actingVersion = 2;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_bids = new BookSnapshotBidsDecoder(this);
  private readonly $_asks = new BookSnapshotAsksDecoder(this);

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 32, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 32, 'BookSnapshot', offset);
    requireSpace(capacity, offset, actingBlockLength, 'BookSnapshot');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$actingBlockLength = actingBlockLength;
    this.$actingVersion = actingVersion;
    this.$limit = offset + actingBlockLength;
    return this;
  }

  /** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderDecoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 8, 'messageHeader');
    header.sbeWrapInBlock(buffer, offset);
    const w0 = buffer.getUint32(offset, true);
    const w4 = buffer.getUint32(offset + 4, true);
    const schemaId = (w4 << 16) >>> 16;
    const templateId = w0 >>> 16;
    if (schemaId !== 101 || templateId !== 32) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 32, 'BookSnapshot');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 32, 'BookSnapshot', at);
    requireSpace(capacity, at, actingBlockLength, 'BookSnapshot');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$actingBlockLength = actingBlockLength;
    this.$actingVersion = actingVersion;
    this.$limit = at + actingBlockLength;
    return this;
  }

  sbeLimit(): number {
    return this.$limit;
  }

  sbeSetLimit(limit: number): void {
    this.$limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.$limit - this.$offset;
  }

  sbeActingBlockLength(): number {
    return this.$actingBlockLength;
  }

  sbeActingVersion(): number {
    return this.$actingVersion;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 55, required. Text up to the first NUL. */
  symbol(): string {
    return readChars(this.$bytes, this.$offset, 16, false, 'BookSnapshot.Symbol');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 16, 'BookSnapshot.Symbol', this.$offset, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset;
    const w0 = view.getInt32(at, true);
    const w4 = view.getInt32(at + 4, true);
    const w8 = view.getInt32(at + 8, true);
    const w12 = view.getInt32(at + 12, true);
    to.setInt32(dstOffset, w0, true);
    to.setInt32(dstOffset + 4, w4, true);
    to.setInt32(dstOffset + 8, w8, true);
    to.setInt32(dstOffset + 12, w12, true);
    return 16;
  }

  static readonly symbolLength = 16;

  /** Field 34, required. */
  seq(): number {
    const view = this.$view;
    const at = this.$offset + 16;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /** Field 60, required. */
  transactTime(): number {
    const view = this.$view;
    const at = this.$offset + 24;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /** Group 5070: reads its header and moves past it; call next() per entry. */
  bids(): BookSnapshotBidsDecoder {
    return this.$_bids.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  /** Group 5071: reads its header and moves past it; call next() per entry. */
  asks(): BookSnapshotAsksDecoder {
    return this.$_asks.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group BookSnapshot.Bids. */
export class BookSnapshotBidsDecoder {
  static readonly BLOCK_LENGTH = 18;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 2;
  private $count = 0;
  private $index = 0;

  private readonly $_price = new Decimal64Decoder();
  private readonly $_qty = new Decimal64Decoder();

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(capacity, at, 4, 'BookSnapshot.Bids');
    this.$view = view;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 18, 'BookSnapshot.Bids', at);
    requireEntries(capacity, at + 4, count, blockLength + 0, 'BookSnapshot.Bids');
    this.$blockLength = blockLength;
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  /** A group absent from an older version: no entries, nothing read. */
  sbeEmpty(): this {
    this.$count = 0;
    this.$index = 0;
    return this;
  }

  count(): number {
    return this.$count;
  }

  hasNext(): boolean {
    return this.$index < this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('BookSnapshot.Bids' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'BookSnapshot.Bids');
    this.$offset = at;
    this.$root.sbeSetLimit(at + this.$blockLength);
    this.$index++;
    return this;
  }

  sbeActingBlockLength(): number {
    return this.$blockLength;
  }

  sbeActingVersion(): number {
    return this.$actingVersion;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 44, required. */
  price(): Decimal64Decoder {
    return this.$_price.sbeWrapInBlock(this.$view, this.$offset, this.$actingVersion);
  }

  /**
   * Bids.Price.mantissa (required), without a child flyweight.
   * Field 44.
   */
  priceMantissa(): number {
    const view = this.$view;
    const at = this.$offset;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Bids.Price.exponent (required), without a child flyweight.
   * Field 44.
   */
  priceExponent(): number {
    return this.$view.getInt8(this.$offset + 8);
  }

  /** Field 53, required. */
  qty(): Decimal64Decoder {
    return this.$_qty.sbeWrapInBlock(this.$view, this.$offset + 9, this.$actingVersion);
  }

  /**
   * Bids.Qty.mantissa (required), without a child flyweight.
   * Field 53.
   */
  qtyMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 9;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Bids.Qty.exponent (required), without a child flyweight.
   * Field 53.
   */
  qtyExponent(): number {
    return this.$view.getInt8(this.$offset + 17);
  }
}

/** Entries of group BookSnapshot.Asks. */
export class BookSnapshotAsksDecoder {
  static readonly BLOCK_LENGTH = 18;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 2;
  private $count = 0;
  private $index = 0;

  private readonly $_price = new Decimal64Decoder();
  private readonly $_qty = new Decimal64Decoder();

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(capacity, at, 4, 'BookSnapshot.Asks');
    this.$view = view;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 18, 'BookSnapshot.Asks', at);
    requireEntries(capacity, at + 4, count, blockLength + 0, 'BookSnapshot.Asks');
    this.$blockLength = blockLength;
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  /** A group absent from an older version: no entries, nothing read. */
  sbeEmpty(): this {
    this.$count = 0;
    this.$index = 0;
    return this;
  }

  count(): number {
    return this.$count;
  }

  hasNext(): boolean {
    return this.$index < this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('BookSnapshot.Asks' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'BookSnapshot.Asks');
    this.$offset = at;
    this.$root.sbeSetLimit(at + this.$blockLength);
    this.$index++;
    return this;
  }

  sbeActingBlockLength(): number {
    return this.$blockLength;
  }

  sbeActingVersion(): number {
    return this.$actingVersion;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 44, required. */
  price(): Decimal64Decoder {
    return this.$_price.sbeWrapInBlock(this.$view, this.$offset, this.$actingVersion);
  }

  /**
   * Asks.Price.mantissa (required), without a child flyweight.
   * Field 44.
   */
  priceMantissa(): number {
    const view = this.$view;
    const at = this.$offset;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Asks.Price.exponent (required), without a child flyweight.
   * Field 44.
   */
  priceExponent(): number {
    return this.$view.getInt8(this.$offset + 8);
  }

  /** Field 53, required. */
  qty(): Decimal64Decoder {
    return this.$_qty.sbeWrapInBlock(this.$view, this.$offset + 9, this.$actingVersion);
  }

  /**
   * Asks.Qty.mantissa (required), without a child flyweight.
   * Field 53.
   */
  qtyMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 9;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Asks.Qty.exponent (required), without a child flyweight.
   * Field 53.
   */
  qtyExponent(): number {
    return this.$view.getInt8(this.$offset + 17);
  }
}

/**
 * First message of a BOOK subscription.
 * Encodes message BookSnapshot (templateId 32).
 */
export class BookSnapshotEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 32;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'BookSnapshot';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_bids = new BookSnapshotBidsEncoder(this);
  private readonly $_asks = new BookSnapshotAsksEncoder(this);

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 32, 'BookSnapshot');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 32;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 40, 'BookSnapshot');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x200020, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 32;
    return this;
  }

  sbeLimit(): number {
    return this.$limit;
  }

  sbeSetLimit(limit: number): void {
    this.$limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.$limit - this.$offset;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 55, required. Writes the text and NUL-pads the rest. */
  symbol(value: string): this {
    writeChars(this.$view, this.$offset, 16, value, false, 'BookSnapshot.Symbol');
    return this;
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 16, 'BookSnapshot.Symbol', this.$offset, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset;
    const w0 = from.getInt32(srcOffset, true);
    const w4 = from.getInt32(srcOffset + 4, true);
    const w8 = from.getInt32(srcOffset + 8, true);
    const w12 = from.getInt32(srcOffset + 12, true);
    view.setInt32(at, w0, true);
    view.setInt32(at + 4, w4, true);
    view.setInt32(at + 8, w8, true);
    view.setInt32(at + 12, w12, true);
    return this;
  }

  static readonly symbolLength = 16;

  /** Field 34, required. */
  seq(value: number): this {
    const view = this.$view;
    const at = this.$offset + 16;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /** Field 60, required. */
  transactTime(value: number): this {
    const view = this.$view;
    const at = this.$offset + 24;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /** Group 5070: writes its header for count entries; call next() before each. */
  bidsCount(count: number): BookSnapshotBidsEncoder {
    return this.$_bids.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  /** Group 5071: writes its header for count entries; call next() before each. */
  asksCount(count: number): BookSnapshotAsksEncoder {
    return this.$_asks.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group BookSnapshot.Bids. */
export class BookSnapshotBidsEncoder {
  static readonly BLOCK_LENGTH = 18;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  private readonly $_price = new Decimal64Encoder();
  private readonly $_qty = new Decimal64Encoder();

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 10000) {
      throw new SbeCodecError('BookSnapshot.Bids', at, 'count ' + count + ' is outside 0..10000');
    }
    requireSpace(capacity, at, 4 + count * 18, 'BookSnapshot.Bids');
    this.$view = view;
    this.$capacity = capacity;
    this.$view.setUint16(at, 18, true);
    this.$view.setUint16(at + 2, count, true);
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  count(): number {
    return this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('BookSnapshot.Bids' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 18, 'BookSnapshot.Bids');
    this.$offset = at;
    this.$root.sbeSetLimit(at + 18);
    this.$index++;
    return this;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 44, required. */
  price(): Decimal64Encoder {
    return this.$_price.sbeWrapInBlock(this.$view, this.$offset);
  }

  /**
   * Bids.Price.mantissa (required), without a child flyweight.
   * Field 44.
   */
  priceMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Bids.Price.exponent (required), without a child flyweight.
   * Field 44.
   */
  priceExponent(value: number): this {
    this.$view.setInt8(this.$offset + 8, value);
    return this;
  }

  /** Field 53, required. */
  qty(): Decimal64Encoder {
    return this.$_qty.sbeWrapInBlock(this.$view, this.$offset + 9);
  }

  /**
   * Bids.Qty.mantissa (required), without a child flyweight.
   * Field 53.
   */
  qtyMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 9;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Bids.Qty.exponent (required), without a child flyweight.
   * Field 53.
   */
  qtyExponent(value: number): this {
    this.$view.setInt8(this.$offset + 17, value);
    return this;
  }
}

/** Entries of group BookSnapshot.Asks. */
export class BookSnapshotAsksEncoder {
  static readonly BLOCK_LENGTH = 18;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  private readonly $_price = new Decimal64Encoder();
  private readonly $_qty = new Decimal64Encoder();

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 10000) {
      throw new SbeCodecError('BookSnapshot.Asks', at, 'count ' + count + ' is outside 0..10000');
    }
    requireSpace(capacity, at, 4 + count * 18, 'BookSnapshot.Asks');
    this.$view = view;
    this.$capacity = capacity;
    this.$view.setUint16(at, 18, true);
    this.$view.setUint16(at + 2, count, true);
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  count(): number {
    return this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('BookSnapshot.Asks' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 18, 'BookSnapshot.Asks');
    this.$offset = at;
    this.$root.sbeSetLimit(at + 18);
    this.$index++;
    return this;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 44, required. */
  price(): Decimal64Encoder {
    return this.$_price.sbeWrapInBlock(this.$view, this.$offset);
  }

  /**
   * Asks.Price.mantissa (required), without a child flyweight.
   * Field 44.
   */
  priceMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Asks.Price.exponent (required), without a child flyweight.
   * Field 44.
   */
  priceExponent(value: number): this {
    this.$view.setInt8(this.$offset + 8, value);
    return this;
  }

  /** Field 53, required. */
  qty(): Decimal64Encoder {
    return this.$_qty.sbeWrapInBlock(this.$view, this.$offset + 9);
  }

  /**
   * Asks.Qty.mantissa (required), without a child flyweight.
   * Field 53.
   */
  qtyMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 9;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Asks.Qty.exponent (required), without a child flyweight.
   * Field 53.
   */
  qtyExponent(value: number): this {
    this.$view.setInt8(this.$offset + 17, value);
    return this;
  }
}
