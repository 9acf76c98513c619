// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { Decimal64Decoder, Decimal64Encoder } from './Decimal64.js';
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { Side } from './Side.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  type SbeLimitHolder,
  bytesOf,
  readChars,
  requireBlockLength,
  requireRoom,
  requireSpace,
  writeChars,
  wrongHeader,
} from './sbeRuntime.js';

/** Decodes message Trade (templateId 34). */
export class TradeDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 59;
  static readonly TEMPLATE_ID = 34;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'Trade';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 59;
  private $actingVersion = 2;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_price = new Decimal64Decoder();
  private readonly $_qty = new Decimal64Decoder();

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 59, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 59, 'Trade', offset);
    requireSpace(capacity, offset, actingBlockLength, 'Trade');
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
    if (schemaId !== 101 || templateId !== 34) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 34, 'Trade');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 59, 'Trade', at);
    requireSpace(capacity, at, actingBlockLength, 'Trade');
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
    return readChars(this.$bytes, this.$offset, 16, false, 'Trade.Symbol');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 16, 'Trade.Symbol', this.$offset, 'destination');
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

  /** Field 1003, required. */
  tradeID(): number {
    const view = this.$view;
    const at = this.$offset + 24;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /** Field 44, required. */
  price(): Decimal64Decoder {
    return this.$_price.sbeWrapInBlock(this.$view, this.$offset + 32, this.$actingVersion);
  }

  /**
   * Price.mantissa (required), without a child flyweight.
   * Field 44.
   */
  priceMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 32;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Price.exponent (required), without a child flyweight.
   * Field 44.
   */
  priceExponent(): number {
    return this.$view.getInt8(this.$offset + 40);
  }

  /** Field 53, required. */
  qty(): Decimal64Decoder {
    return this.$_qty.sbeWrapInBlock(this.$view, this.$offset + 41, this.$actingVersion);
  }

  /**
   * Qty.mantissa (required), without a child flyweight.
   * Field 53.
   */
  qtyMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 41;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Qty.exponent (required), without a child flyweight.
   * Field 53.
   */
  qtyExponent(): number {
    return this.$view.getInt8(this.$offset + 49);
  }

  /** Field 5080, required. */
  aggressorSide(): Side {
    return this.$view.getUint8(this.$offset + 50) as Side;
  }

  /** Field 60, required. */
  transactTime(): number {
    const view = this.$view;
    const at = this.$offset + 51;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Encodes message Trade (templateId 34). */
export class TradeEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 59;
  static readonly TEMPLATE_ID = 34;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'Trade';

  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_price = new Decimal64Encoder();
  private readonly $_qty = new Decimal64Encoder();

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 59, 'Trade');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 59;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 67, 'Trade');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x22003b, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 59;
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
    writeChars(this.$view, this.$offset, 16, value, false, 'Trade.Symbol');
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
    requireRoom(src, srcOffset, 16, 'Trade.Symbol', this.$offset, 'source');
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

  /** Field 1003, required. */
  tradeID(value: number): this {
    const view = this.$view;
    const at = this.$offset + 24;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /** Field 44, required. */
  price(): Decimal64Encoder {
    return this.$_price.sbeWrapInBlock(this.$view, this.$offset + 32);
  }

  /**
   * Price.mantissa (required), without a child flyweight.
   * Field 44.
   */
  priceMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 32;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Price.exponent (required), without a child flyweight.
   * Field 44.
   */
  priceExponent(value: number): this {
    this.$view.setInt8(this.$offset + 40, value);
    return this;
  }

  /** Field 53, required. */
  qty(): Decimal64Encoder {
    return this.$_qty.sbeWrapInBlock(this.$view, this.$offset + 41);
  }

  /**
   * Qty.mantissa (required), without a child flyweight.
   * Field 53.
   */
  qtyMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 41;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Qty.exponent (required), without a child flyweight.
   * Field 53.
   */
  qtyExponent(value: number): this {
    this.$view.setInt8(this.$offset + 49, value);
    return this;
  }

  /** Field 5080, required. */
  aggressorSide(value: Side): this {
    this.$view.setUint8(this.$offset + 50, value);
    return this;
  }

  /** Field 60, required. */
  transactTime(value: number): this {
    const view = this.$view;
    const at = this.$offset + 51;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$capacity = capacity;
  }
}
