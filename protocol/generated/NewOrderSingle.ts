// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { BooleanType } from './BooleanType.js';
import { Decimal64Decoder, Decimal64Encoder } from './Decimal64.js';
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { OptionalDecimal64Decoder, OptionalDecimal64Encoder } from './OptionalDecimal64.js';
import { OrdType } from './OrdType.js';
import { STP } from './STP.js';
import { Side } from './Side.js';
import { TimeInForce } from './TimeInForce.js';
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

/** Decodes message NewOrderSingle (templateId 10). */
export class NewOrderSingleDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 79;
  static readonly TEMPLATE_ID = 10;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'NewOrderSingle';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 79;
  private $actingVersion = 2;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_price = new OptionalDecimal64Decoder();
  private readonly $_orderQty = new Decimal64Decoder();

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 79, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, actingVersion >= 2 ? 79 : 71, 'NewOrderSingle', offset);
    requireSpace(capacity, offset, actingBlockLength, 'NewOrderSingle');
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
    if (schemaId !== 101 || templateId !== 10) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 10, 'NewOrderSingle');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, actingVersion >= 2 ? 79 : 71, 'NewOrderSingle', at);
    requireSpace(capacity, at, actingBlockLength, 'NewOrderSingle');
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

  /** Field 11, required. Text up to the first NUL. */
  clOrdID(): string {
    return readChars(this.$bytes, this.$offset, 32, false, 'NewOrderSingle.ClOrdID');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 32 raw bytes of ClOrdID into dst; returns the count. */
  getClOrdID(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 32, 'NewOrderSingle.ClOrdID', this.$offset, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset;
    const w0 = view.getInt32(at, true);
    const w4 = view.getInt32(at + 4, true);
    const w8 = view.getInt32(at + 8, true);
    const w12 = view.getInt32(at + 12, true);
    const w16 = view.getInt32(at + 16, true);
    const w20 = view.getInt32(at + 20, true);
    const w24 = view.getInt32(at + 24, true);
    const w28 = view.getInt32(at + 28, true);
    to.setInt32(dstOffset, w0, true);
    to.setInt32(dstOffset + 4, w4, true);
    to.setInt32(dstOffset + 8, w8, true);
    to.setInt32(dstOffset + 12, w12, true);
    to.setInt32(dstOffset + 16, w16, true);
    to.setInt32(dstOffset + 20, w20, true);
    to.setInt32(dstOffset + 24, w24, true);
    to.setInt32(dstOffset + 28, w28, true);
    return 32;
  }

  static readonly clOrdIDLength = 32;

  /** Field 55, required. Text up to the first NUL. */
  symbol(): string {
    return readChars(this.$bytes, this.$offset + 32, 16, false, 'NewOrderSingle.Symbol');
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 16, 'NewOrderSingle.Symbol', this.$offset + 32, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 32;
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

  /** Field 54, required. */
  side(): Side {
    return this.$view.getUint8(this.$offset + 48) as Side;
  }

  /** Field 40, required. */
  ordType(): OrdType {
    return this.$view.getUint8(this.$offset + 49) as OrdType;
  }

  /**
   * Null for MARKET orders.
   * Field 44, required.
   */
  price(): OptionalDecimal64Decoder {
    return this.$_price.sbeWrapInBlock(this.$view, this.$offset + 50, this.$actingVersion);
  }

  /**
   * Price.mantissa (optional), without a child flyweight.
   * Field 44.
   */
  priceMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 50;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Price.exponent (required), without a child flyweight.
   * Field 44.
   */
  priceExponent(): number {
    return this.$view.getInt8(this.$offset + 58);
  }

  /** Field 38, required. */
  orderQty(): Decimal64Decoder {
    return this.$_orderQty.sbeWrapInBlock(this.$view, this.$offset + 59, this.$actingVersion);
  }

  /**
   * OrderQty.mantissa (required), without a child flyweight.
   * Field 38.
   */
  orderQtyMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 59;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * OrderQty.exponent (required), without a child flyweight.
   * Field 38.
   */
  orderQtyExponent(): number {
    return this.$view.getInt8(this.$offset + 67);
  }

  /** Field 59, required. */
  timeInForce(): TimeInForce {
    return this.$view.getUint8(this.$offset + 68) as TimeInForce;
  }

  /** Field 5020, required. */
  postOnly(): BooleanType {
    return this.$view.getUint8(this.$offset + 69) as BooleanType;
  }

  /** Field 5021, required. */
  stp(): STP {
    return this.$view.getUint8(this.$offset + 70) as STP;
  }

  /**
   * TimeInForce GTD: microseconds since the epoch (sequencer time) at which the order expires; null otherwise.
   * Field 126, optional, since version 2.
   */
  expireTime(): number {
    if (this.$actingVersion < 2) return -(2 ** 63);
    const view = this.$view;
    const at = this.$offset + 71;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  static readonly expireTimeNullValue = -(2 ** 63);

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Encodes message NewOrderSingle (templateId 10). */
export class NewOrderSingleEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 79;
  static readonly TEMPLATE_ID = 10;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'NewOrderSingle';

  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_price = new OptionalDecimal64Encoder();
  private readonly $_orderQty = new Decimal64Encoder();

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 79, 'NewOrderSingle');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 79;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 87, 'NewOrderSingle');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0xa004f, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 79;
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

  /** Field 11, required. Writes the text and NUL-pads the rest. */
  clOrdID(value: string): this {
    writeChars(this.$view, this.$offset, 32, value, false, 'NewOrderSingle.ClOrdID');
    return this;
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies 32 raw bytes from src. */
  putClOrdID(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 32, 'NewOrderSingle.ClOrdID', this.$offset, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset;
    const w0 = from.getInt32(srcOffset, true);
    const w4 = from.getInt32(srcOffset + 4, true);
    const w8 = from.getInt32(srcOffset + 8, true);
    const w12 = from.getInt32(srcOffset + 12, true);
    const w16 = from.getInt32(srcOffset + 16, true);
    const w20 = from.getInt32(srcOffset + 20, true);
    const w24 = from.getInt32(srcOffset + 24, true);
    const w28 = from.getInt32(srcOffset + 28, true);
    view.setInt32(at, w0, true);
    view.setInt32(at + 4, w4, true);
    view.setInt32(at + 8, w8, true);
    view.setInt32(at + 12, w12, true);
    view.setInt32(at + 16, w16, true);
    view.setInt32(at + 20, w20, true);
    view.setInt32(at + 24, w24, true);
    view.setInt32(at + 28, w28, true);
    return this;
  }

  static readonly clOrdIDLength = 32;

  /** Field 55, required. Writes the text and NUL-pads the rest. */
  symbol(value: string): this {
    writeChars(this.$view, this.$offset + 32, 16, value, false, 'NewOrderSingle.Symbol');
    return this;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 16, 'NewOrderSingle.Symbol', this.$offset + 32, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 32;
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

  /** Field 54, required. */
  side(value: Side): this {
    this.$view.setUint8(this.$offset + 48, value);
    return this;
  }

  /** Field 40, required. */
  ordType(value: OrdType): this {
    this.$view.setUint8(this.$offset + 49, value);
    return this;
  }

  /**
   * Null for MARKET orders.
   * Field 44, required.
   */
  price(): OptionalDecimal64Encoder {
    return this.$_price.sbeWrapInBlock(this.$view, this.$offset + 50);
  }

  /**
   * Price.mantissa (optional), without a child flyweight.
   * Field 44.
   */
  priceMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 50;
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
    this.$view.setInt8(this.$offset + 58, value);
    return this;
  }

  /** Field 38, required. */
  orderQty(): Decimal64Encoder {
    return this.$_orderQty.sbeWrapInBlock(this.$view, this.$offset + 59);
  }

  /**
   * OrderQty.mantissa (required), without a child flyweight.
   * Field 38.
   */
  orderQtyMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 59;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * OrderQty.exponent (required), without a child flyweight.
   * Field 38.
   */
  orderQtyExponent(value: number): this {
    this.$view.setInt8(this.$offset + 67, value);
    return this;
  }

  /** Field 59, required. */
  timeInForce(value: TimeInForce): this {
    this.$view.setUint8(this.$offset + 68, value);
    return this;
  }

  /** Field 5020, required. */
  postOnly(value: BooleanType): this {
    this.$view.setUint8(this.$offset + 69, value);
    return this;
  }

  /** Field 5021, required. */
  stp(value: STP): this {
    this.$view.setUint8(this.$offset + 70, value);
    return this;
  }

  /**
   * TimeInForce GTD: microseconds since the epoch (sequencer time) at which the order expires; null otherwise.
   * Field 126, optional, since version 2.
   */
  expireTime(value: number): this {
    const view = this.$view;
    const at = this.$offset + 71;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  static readonly expireTimeNullValue = -(2 ** 63);

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$capacity = capacity;
  }
}
