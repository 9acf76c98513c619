// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
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
  viewOfArray,
  writeChars,
  wrongSchemaId,
  wrongTemplateId,
} from './sbeRuntime.js';

/**
 * First message of a BOOK subscription.
 * Decodes message BookSnapshot (templateId 32).
 */
export class BookSnapshotDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 32;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'BookSnapshot';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 32;
  private $actingVersion = 1;

  private readonly $_bids = new BookSnapshotBidsDecoder(this);
  private readonly $_asks = new BookSnapshotAsksDecoder(this);

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 32, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 32, 'BookSnapshot', offset);
    requireSpace(buffer, offset, actingBlockLength, 'BookSnapshot');
    if (buffer !== this.$view) {
      this.$view = buffer;
      this.$bytes = bytesOf(buffer);
    }
    this.$offset = offset;
    this.$actingBlockLength = actingBlockLength;
    this.$actingVersion = actingVersion;
    this.$limit = offset + actingBlockLength;
    return this;
  }

  /** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderDecoder): this {
    header.wrap(buffer, offset);
    const schemaId = buffer.getUint16(offset + 4, true);
    if (schemaId !== 101) throw wrongSchemaId(offset + 4, schemaId, 101);
    const templateId = buffer.getUint16(offset + 2, true);
    if (templateId !== 32) throw wrongTemplateId(offset + 2, templateId, 32, 'BookSnapshot');
    return this.wrap(buffer, offset + 8, buffer.getUint16(offset, true), buffer.getUint16(offset + 6, true));
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

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 16, 'BookSnapshot.Symbol', this.$offset, 'destination');
    const to = viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset;
    to.setUint32(dstOffset, view.getUint32(at, true), true);
    to.setUint32(dstOffset + 4, view.getUint32(at + 4, true), true);
    to.setUint32(dstOffset + 8, view.getUint32(at + 8, true), true);
    to.setUint32(dstOffset + 12, view.getUint32(at + 12, true), true);
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
    return this.$_bids.sbeWrapGroup(this.$view, this.$bytes, this.$actingVersion);
  }

  /** Group 5071: reads its header and moves past it; call next() per entry. */
  asks(): BookSnapshotAsksDecoder {
    return this.$_asks.sbeWrapGroup(this.$view, this.$bytes, this.$actingVersion);
  }
}

/** Entries of group BookSnapshot.Bids. */
export class BookSnapshotBidsDecoder {
  static readonly BLOCK_LENGTH = 18;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 1;
  private $count = 0;
  private $index = 0;

  private readonly $_price = new Decimal64Decoder();
  private readonly $_qty = new Decimal64Decoder();

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(view, at, 4, 'BookSnapshot.Bids');
    this.$view = view;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 18, 'BookSnapshot.Bids', at);
    requireEntries(view, at + 4, count, blockLength + 0, 'BookSnapshot.Bids');
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
    requireSpace(this.$view, at, this.$blockLength, 'BookSnapshot.Bids');
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
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 1;
  private $count = 0;
  private $index = 0;

  private readonly $_price = new Decimal64Decoder();
  private readonly $_qty = new Decimal64Decoder();

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(view, at, 4, 'BookSnapshot.Asks');
    this.$view = view;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 18, 'BookSnapshot.Asks', at);
    requireEntries(view, at + 4, count, blockLength + 0, 'BookSnapshot.Asks');
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
    requireSpace(this.$view, at, this.$blockLength, 'BookSnapshot.Asks');
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
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'BookSnapshot';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $offset = 0;
  private $limit = 0;

  private readonly $_bids = new BookSnapshotBidsEncoder(this);
  private readonly $_asks = new BookSnapshotAsksEncoder(this);

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 32, 'BookSnapshot');
    if (buffer !== this.$view) {
      this.$view = buffer;
      this.$bytes = bytesOf(buffer);
    }
    this.$offset = offset;
    this.$limit = offset + 32;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    requireSpace(buffer, offset, 40, 'BookSnapshot');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x200020, true);
    buffer.setUint32(offset + 4, 0x10065, true);
    const at = offset + 8;
    if (buffer !== this.$view) {
      this.$view = buffer;
      this.$bytes = bytesOf(buffer);
    }
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

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 16, 'BookSnapshot.Symbol', this.$offset, 'source');
    const from = viewOfArray(src);
    const view = this.$view;
    const at = this.$offset;
    view.setUint32(at, from.getUint32(srcOffset, true), true);
    view.setUint32(at + 4, from.getUint32(srcOffset + 4, true), true);
    view.setUint32(at + 8, from.getUint32(srcOffset + 8, true), true);
    view.setUint32(at + 12, from.getUint32(srcOffset + 12, true), true);
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
    return this.$_bids.sbeWrapGroup(this.$view, this.$bytes, count);
  }

  /** Group 5071: writes its header for count entries; call next() before each. */
  asksCount(count: number): BookSnapshotAsksEncoder {
    return this.$_asks.sbeWrapGroup(this.$view, this.$bytes, count);
  }
}

/** Entries of group BookSnapshot.Bids. */
export class BookSnapshotBidsEncoder {
  static readonly BLOCK_LENGTH = 18;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  private readonly $_price = new Decimal64Encoder();
  private readonly $_qty = new Decimal64Encoder();

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 10000) {
      throw new SbeCodecError('BookSnapshot.Bids', at, 'count ' + count + ' is outside 0..10000');
    }
    requireSpace(view, at, 4 + count * 18, 'BookSnapshot.Bids');
    this.$view = view;
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
    requireSpace(this.$view, at, 18, 'BookSnapshot.Bids');
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
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  private readonly $_price = new Decimal64Encoder();
  private readonly $_qty = new Decimal64Encoder();

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 10000) {
      throw new SbeCodecError('BookSnapshot.Asks', at, 'count ' + count + ' is outside 0..10000');
    }
    requireSpace(view, at, 4 + count * 18, 'BookSnapshot.Asks');
    this.$view = view;
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
    requireSpace(this.$view, at, 18, 'BookSnapshot.Asks');
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
