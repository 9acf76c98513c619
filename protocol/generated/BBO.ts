// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { OptionalDecimal64Decoder, OptionalDecimal64Encoder } from './OptionalDecimal64.js';
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

/**
 * An empty side has null price and quantity.
 * Decodes message BBO (templateId 35).
 */
export class BBODecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 68;
  static readonly TEMPLATE_ID = 35;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'BBO';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 68;
  private $actingVersion = 2;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_bidPx = new OptionalDecimal64Decoder();
  private readonly $_bidQty = new OptionalDecimal64Decoder();
  private readonly $_askPx = new OptionalDecimal64Decoder();
  private readonly $_askQty = new OptionalDecimal64Decoder();

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 68, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 68, 'BBO', offset);
    requireSpace(capacity, offset, actingBlockLength, 'BBO');
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
    if (schemaId !== 101 || templateId !== 35) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 35, 'BBO');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 68, 'BBO', at);
    requireSpace(capacity, at, actingBlockLength, 'BBO');
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
    return readChars(this.$bytes, this.$offset, 16, false, 'BBO.Symbol');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 16, 'BBO.Symbol', this.$offset, 'destination');
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

  /** Field 132, required. */
  bidPx(): OptionalDecimal64Decoder {
    return this.$_bidPx.sbeWrapInBlock(this.$view, this.$offset + 32, this.$actingVersion);
  }

  /**
   * BidPx.mantissa (optional), without a child flyweight.
   * Field 132.
   */
  bidPxMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 32;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * BidPx.exponent (required), without a child flyweight.
   * Field 132.
   */
  bidPxExponent(): number {
    return this.$view.getInt8(this.$offset + 40);
  }

  /** Field 134, required. */
  bidQty(): OptionalDecimal64Decoder {
    return this.$_bidQty.sbeWrapInBlock(this.$view, this.$offset + 41, this.$actingVersion);
  }

  /**
   * BidQty.mantissa (optional), without a child flyweight.
   * Field 134.
   */
  bidQtyMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 41;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * BidQty.exponent (required), without a child flyweight.
   * Field 134.
   */
  bidQtyExponent(): number {
    return this.$view.getInt8(this.$offset + 49);
  }

  /** Field 133, required. */
  askPx(): OptionalDecimal64Decoder {
    return this.$_askPx.sbeWrapInBlock(this.$view, this.$offset + 50, this.$actingVersion);
  }

  /**
   * AskPx.mantissa (optional), without a child flyweight.
   * Field 133.
   */
  askPxMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 50;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * AskPx.exponent (required), without a child flyweight.
   * Field 133.
   */
  askPxExponent(): number {
    return this.$view.getInt8(this.$offset + 58);
  }

  /** Field 135, required. */
  askQty(): OptionalDecimal64Decoder {
    return this.$_askQty.sbeWrapInBlock(this.$view, this.$offset + 59, this.$actingVersion);
  }

  /**
   * AskQty.mantissa (optional), without a child flyweight.
   * Field 135.
   */
  askQtyMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 59;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * AskQty.exponent (required), without a child flyweight.
   * Field 135.
   */
  askQtyExponent(): number {
    return this.$view.getInt8(this.$offset + 67);
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/**
 * An empty side has null price and quantity.
 * Encodes message BBO (templateId 35).
 */
export class BBOEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 68;
  static readonly TEMPLATE_ID = 35;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'BBO';

  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_bidPx = new OptionalDecimal64Encoder();
  private readonly $_bidQty = new OptionalDecimal64Encoder();
  private readonly $_askPx = new OptionalDecimal64Encoder();
  private readonly $_askQty = new OptionalDecimal64Encoder();

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 68, 'BBO');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 68;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 76, 'BBO');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x230044, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 68;
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
    writeChars(this.$view, this.$offset, 16, value, false, 'BBO.Symbol');
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
    requireRoom(src, srcOffset, 16, 'BBO.Symbol', this.$offset, 'source');
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

  /** Field 132, required. */
  bidPx(): OptionalDecimal64Encoder {
    return this.$_bidPx.sbeWrapInBlock(this.$view, this.$offset + 32);
  }

  /**
   * BidPx.mantissa (optional), without a child flyweight.
   * Field 132.
   */
  bidPxMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 32;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * BidPx.exponent (required), without a child flyweight.
   * Field 132.
   */
  bidPxExponent(value: number): this {
    this.$view.setInt8(this.$offset + 40, value);
    return this;
  }

  /** Field 134, required. */
  bidQty(): OptionalDecimal64Encoder {
    return this.$_bidQty.sbeWrapInBlock(this.$view, this.$offset + 41);
  }

  /**
   * BidQty.mantissa (optional), without a child flyweight.
   * Field 134.
   */
  bidQtyMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 41;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * BidQty.exponent (required), without a child flyweight.
   * Field 134.
   */
  bidQtyExponent(value: number): this {
    this.$view.setInt8(this.$offset + 49, value);
    return this;
  }

  /** Field 133, required. */
  askPx(): OptionalDecimal64Encoder {
    return this.$_askPx.sbeWrapInBlock(this.$view, this.$offset + 50);
  }

  /**
   * AskPx.mantissa (optional), without a child flyweight.
   * Field 133.
   */
  askPxMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 50;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * AskPx.exponent (required), without a child flyweight.
   * Field 133.
   */
  askPxExponent(value: number): this {
    this.$view.setInt8(this.$offset + 58, value);
    return this;
  }

  /** Field 135, required. */
  askQty(): OptionalDecimal64Encoder {
    return this.$_askQty.sbeWrapInBlock(this.$view, this.$offset + 59);
  }

  /**
   * AskQty.mantissa (optional), without a child flyweight.
   * Field 135.
   */
  askQtyMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 59;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * AskQty.exponent (required), without a child flyweight.
   * Field 135.
   */
  askQtyExponent(value: number): this {
    this.$view.setInt8(this.$offset + 67, value);
    return this;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$capacity = capacity;
  }
}
