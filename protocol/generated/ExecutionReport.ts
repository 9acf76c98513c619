// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { Decimal64Decoder, Decimal64Encoder } from './Decimal64.js';
import { ExecType } from './ExecType.js';
import { Liquidity } from './Liquidity.js';
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { OptionalDecimal64Decoder, OptionalDecimal64Encoder } from './OptionalDecimal64.js';
import { OrdStatus } from './OrdStatus.js';
import { OrdType } from './OrdType.js';
import { RejectReason } from './RejectReason.js';
import { Side } from './Side.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  SbeCodecError,
  type SbeLimitHolder,
  bytesOf,
  copyIn,
  copyOut,
  decodeUtf8,
  encodeUtf8Into,
  readChars,
  requireBlockLength,
  requireRoom,
  requireSpace,
  requireVarData,
  textDoesNotFit,
  writeChars,
  wrongHeader,
} from './sbeRuntime.js';

/**
 * TRADE reports fill LastPx..FeeAsset; REJECTED reports fill RejectReason and Text; other fields of a kind stay null.
 * Decodes message ExecutionReport (templateId 20).
 */
export class ExecutionReportDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 167;
  static readonly TEMPLATE_ID = 20;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'ExecutionReport';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 167;
  private $actingVersion = 2;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_price = new OptionalDecimal64Decoder();
  private readonly $_orderQty = new Decimal64Decoder();
  private readonly $_cumQty = new Decimal64Decoder();
  private readonly $_leavesQty = new Decimal64Decoder();
  private readonly $_avgPx = new Decimal64Decoder();
  private readonly $_lastPx = new OptionalDecimal64Decoder();
  private readonly $_lastQty = new OptionalDecimal64Decoder();
  private readonly $_fee = new OptionalDecimal64Decoder();

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 167, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 167, 'ExecutionReport', offset);
    requireSpace(capacity, offset, actingBlockLength, 'ExecutionReport');
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
    if (schemaId !== 101 || templateId !== 20) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 20, 'ExecutionReport');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 167, 'ExecutionReport', at);
    requireSpace(capacity, at, actingBlockLength, 'ExecutionReport');
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

  /** Field 150, required. */
  execType(): ExecType {
    return this.$view.getUint8(this.$offset) as ExecType;
  }

  /** Field 39, required. */
  ordStatus(): OrdStatus {
    return this.$view.getUint8(this.$offset + 1) as OrdStatus;
  }

  /**
   * Null when the gateway rejected the order.
   * Field 37, optional.
   */
  orderID(): number {
    const view = this.$view;
    const at = this.$offset + 2;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  static readonly orderIDNullValue = -(2 ** 63);

  /** Field 11, required. Text up to the first NUL. */
  clOrdID(): string {
    return readChars(this.$bytes, this.$offset + 10, 32, false, 'ExecutionReport.ClOrdID');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 32 raw bytes of ClOrdID into dst; returns the count. */
  getClOrdID(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 32, 'ExecutionReport.ClOrdID', this.$offset + 10, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 10;
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
    return readChars(this.$bytes, this.$offset + 42, 16, false, 'ExecutionReport.Symbol');
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 16, 'ExecutionReport.Symbol', this.$offset + 42, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 42;
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
    return this.$view.getUint8(this.$offset + 58) as Side;
  }

  /** Field 40, required. */
  ordType(): OrdType {
    return this.$view.getUint8(this.$offset + 59) as OrdType;
  }

  /** Field 44, required. */
  price(): OptionalDecimal64Decoder {
    return this.$_price.sbeWrapInBlock(this.$view, this.$offset + 60, this.$actingVersion);
  }

  /**
   * Price.mantissa (optional), without a child flyweight.
   * Field 44.
   */
  priceMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 60;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Price.exponent (required), without a child flyweight.
   * Field 44.
   */
  priceExponent(): number {
    return this.$view.getInt8(this.$offset + 68);
  }

  /** Field 38, required. */
  orderQty(): Decimal64Decoder {
    return this.$_orderQty.sbeWrapInBlock(this.$view, this.$offset + 69, this.$actingVersion);
  }

  /**
   * OrderQty.mantissa (required), without a child flyweight.
   * Field 38.
   */
  orderQtyMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 69;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * OrderQty.exponent (required), without a child flyweight.
   * Field 38.
   */
  orderQtyExponent(): number {
    return this.$view.getInt8(this.$offset + 77);
  }

  /** Field 14, required. */
  cumQty(): Decimal64Decoder {
    return this.$_cumQty.sbeWrapInBlock(this.$view, this.$offset + 78, this.$actingVersion);
  }

  /**
   * CumQty.mantissa (required), without a child flyweight.
   * Field 14.
   */
  cumQtyMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 78;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * CumQty.exponent (required), without a child flyweight.
   * Field 14.
   */
  cumQtyExponent(): number {
    return this.$view.getInt8(this.$offset + 86);
  }

  /** Field 151, required. */
  leavesQty(): Decimal64Decoder {
    return this.$_leavesQty.sbeWrapInBlock(this.$view, this.$offset + 87, this.$actingVersion);
  }

  /**
   * LeavesQty.mantissa (required), without a child flyweight.
   * Field 151.
   */
  leavesQtyMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 87;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * LeavesQty.exponent (required), without a child flyweight.
   * Field 151.
   */
  leavesQtyExponent(): number {
    return this.$view.getInt8(this.$offset + 95);
  }

  /** Field 6, required. */
  avgPx(): Decimal64Decoder {
    return this.$_avgPx.sbeWrapInBlock(this.$view, this.$offset + 96, this.$actingVersion);
  }

  /**
   * AvgPx.mantissa (required), without a child flyweight.
   * Field 6.
   */
  avgPxMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 96;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * AvgPx.exponent (required), without a child flyweight.
   * Field 6.
   */
  avgPxExponent(): number {
    return this.$view.getInt8(this.$offset + 104);
  }

  /** Field 60, required. */
  transactTime(): number {
    const view = this.$view;
    const at = this.$offset + 105;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Null on a rejection made by the gateway.
   * Field 34, optional.
   */
  seq(): number {
    const view = this.$view;
    const at = this.$offset + 113;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  static readonly seqNullValue = -(2 ** 63);

  /** Field 31, required. */
  lastPx(): OptionalDecimal64Decoder {
    return this.$_lastPx.sbeWrapInBlock(this.$view, this.$offset + 121, this.$actingVersion);
  }

  /**
   * LastPx.mantissa (optional), without a child flyweight.
   * Field 31.
   */
  lastPxMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 121;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * LastPx.exponent (required), without a child flyweight.
   * Field 31.
   */
  lastPxExponent(): number {
    return this.$view.getInt8(this.$offset + 129);
  }

  /** Field 32, required. */
  lastQty(): OptionalDecimal64Decoder {
    return this.$_lastQty.sbeWrapInBlock(this.$view, this.$offset + 130, this.$actingVersion);
  }

  /**
   * LastQty.mantissa (optional), without a child flyweight.
   * Field 32.
   */
  lastQtyMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 130;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * LastQty.exponent (required), without a child flyweight.
   * Field 32.
   */
  lastQtyExponent(): number {
    return this.$view.getInt8(this.$offset + 138);
  }

  /** Field 1003, optional. */
  tradeID(): number {
    const view = this.$view;
    const at = this.$offset + 139;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  static readonly tradeIDNullValue = -(2 ** 63);

  /** Field 851, optional. */
  liquidity(): Liquidity {
    return this.$view.getUint8(this.$offset + 147) as Liquidity;
  }

  /** Field 5030, required. */
  fee(): OptionalDecimal64Decoder {
    return this.$_fee.sbeWrapInBlock(this.$view, this.$offset + 148, this.$actingVersion);
  }

  /**
   * Fee.mantissa (optional), without a child flyweight.
   * Field 5030.
   */
  feeMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 148;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Fee.exponent (required), without a child flyweight.
   * Field 5030.
   */
  feeExponent(): number {
    return this.$view.getInt8(this.$offset + 156);
  }

  /**
   * The instrument's quote asset on TRADE; empty otherwise.
   * Field 5031, required. Text up to the first NUL.
   */
  feeAsset(): string {
    return readChars(this.$bytes, this.$offset + 157, 8, false, 'ExecutionReport.FeeAsset');
  }

  /** Copies the 8 raw bytes of FeeAsset into dst; returns the count. */
  getFeeAsset(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 8, 'ExecutionReport.FeeAsset', this.$offset + 157, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 157;
    const w0 = view.getInt32(at, true);
    const w4 = view.getInt32(at + 4, true);
    to.setInt32(dstOffset, w0, true);
    to.setInt32(dstOffset + 4, w4, true);
    return 8;
  }

  static readonly feeAssetLength = 8;

  /** Field 103, optional. */
  rejectReason(): RejectReason {
    return this.$view.getUint16(this.$offset + 165, true) as RejectReason;
  }

  /** Length of Text in bytes, without moving past it. */
  textLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'ExecutionReport.Text');
    return this.$view.getUint16(at, true);
  }

  /** Text (var data 58, UTF-8); moves past it. */
  text(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'ExecutionReport.Text');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'ExecutionReport.Text');
    this.$limit = at + 2 + length;
    return length === 0 ? '' : decodeUtf8(this.$bytes, at + 2, length, 'ExecutionReport.Text');
  }

  /** Copies Text into dst without allocating; moves past it; returns its length. */
  getText(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'ExecutionReport.Text');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'ExecutionReport.Text');
    this.$limit = at + 2 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 2, length, dst, dstOffset, 'ExecutionReport.Text');
  }

  /** Moves past Text; returns its length. */
  skipText(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'ExecutionReport.Text');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'ExecutionReport.Text');
    this.$limit = at + 2 + length;
    return length;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/**
 * TRADE reports fill LastPx..FeeAsset; REJECTED reports fill RejectReason and Text; other fields of a kind stay null.
 * Encodes message ExecutionReport (templateId 20).
 */
export class ExecutionReportEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 167;
  static readonly TEMPLATE_ID = 20;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'ExecutionReport';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_price = new OptionalDecimal64Encoder();
  private readonly $_orderQty = new Decimal64Encoder();
  private readonly $_cumQty = new Decimal64Encoder();
  private readonly $_leavesQty = new Decimal64Encoder();
  private readonly $_avgPx = new Decimal64Encoder();
  private readonly $_lastPx = new OptionalDecimal64Encoder();
  private readonly $_lastQty = new OptionalDecimal64Encoder();
  private readonly $_fee = new OptionalDecimal64Encoder();

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 167, 'ExecutionReport');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 167;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 175, 'ExecutionReport');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x1400a7, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 167;
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

  /** Field 150, required. */
  execType(value: ExecType): this {
    this.$view.setUint8(this.$offset, value);
    return this;
  }

  /** Field 39, required. */
  ordStatus(value: OrdStatus): this {
    this.$view.setUint8(this.$offset + 1, value);
    return this;
  }

  /**
   * Null when the gateway rejected the order.
   * Field 37, optional.
   */
  orderID(value: number): this {
    const view = this.$view;
    const at = this.$offset + 2;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  static readonly orderIDNullValue = -(2 ** 63);

  /** Field 11, required. Writes the text and NUL-pads the rest. */
  clOrdID(value: string): this {
    writeChars(this.$view, this.$offset + 10, 32, value, false, 'ExecutionReport.ClOrdID');
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
    requireRoom(src, srcOffset, 32, 'ExecutionReport.ClOrdID', this.$offset + 10, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 10;
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
    writeChars(this.$view, this.$offset + 42, 16, value, false, 'ExecutionReport.Symbol');
    return this;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 16, 'ExecutionReport.Symbol', this.$offset + 42, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 42;
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
    this.$view.setUint8(this.$offset + 58, value);
    return this;
  }

  /** Field 40, required. */
  ordType(value: OrdType): this {
    this.$view.setUint8(this.$offset + 59, value);
    return this;
  }

  /** Field 44, required. */
  price(): OptionalDecimal64Encoder {
    return this.$_price.sbeWrapInBlock(this.$view, this.$offset + 60);
  }

  /**
   * Price.mantissa (optional), without a child flyweight.
   * Field 44.
   */
  priceMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 60;
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
    this.$view.setInt8(this.$offset + 68, value);
    return this;
  }

  /** Field 38, required. */
  orderQty(): Decimal64Encoder {
    return this.$_orderQty.sbeWrapInBlock(this.$view, this.$offset + 69);
  }

  /**
   * OrderQty.mantissa (required), without a child flyweight.
   * Field 38.
   */
  orderQtyMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 69;
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
    this.$view.setInt8(this.$offset + 77, value);
    return this;
  }

  /** Field 14, required. */
  cumQty(): Decimal64Encoder {
    return this.$_cumQty.sbeWrapInBlock(this.$view, this.$offset + 78);
  }

  /**
   * CumQty.mantissa (required), without a child flyweight.
   * Field 14.
   */
  cumQtyMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 78;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * CumQty.exponent (required), without a child flyweight.
   * Field 14.
   */
  cumQtyExponent(value: number): this {
    this.$view.setInt8(this.$offset + 86, value);
    return this;
  }

  /** Field 151, required. */
  leavesQty(): Decimal64Encoder {
    return this.$_leavesQty.sbeWrapInBlock(this.$view, this.$offset + 87);
  }

  /**
   * LeavesQty.mantissa (required), without a child flyweight.
   * Field 151.
   */
  leavesQtyMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 87;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * LeavesQty.exponent (required), without a child flyweight.
   * Field 151.
   */
  leavesQtyExponent(value: number): this {
    this.$view.setInt8(this.$offset + 95, value);
    return this;
  }

  /** Field 6, required. */
  avgPx(): Decimal64Encoder {
    return this.$_avgPx.sbeWrapInBlock(this.$view, this.$offset + 96);
  }

  /**
   * AvgPx.mantissa (required), without a child flyweight.
   * Field 6.
   */
  avgPxMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 96;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * AvgPx.exponent (required), without a child flyweight.
   * Field 6.
   */
  avgPxExponent(value: number): this {
    this.$view.setInt8(this.$offset + 104, value);
    return this;
  }

  /** Field 60, required. */
  transactTime(value: number): this {
    const view = this.$view;
    const at = this.$offset + 105;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Null on a rejection made by the gateway.
   * Field 34, optional.
   */
  seq(value: number): this {
    const view = this.$view;
    const at = this.$offset + 113;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  static readonly seqNullValue = -(2 ** 63);

  /** Field 31, required. */
  lastPx(): OptionalDecimal64Encoder {
    return this.$_lastPx.sbeWrapInBlock(this.$view, this.$offset + 121);
  }

  /**
   * LastPx.mantissa (optional), without a child flyweight.
   * Field 31.
   */
  lastPxMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 121;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * LastPx.exponent (required), without a child flyweight.
   * Field 31.
   */
  lastPxExponent(value: number): this {
    this.$view.setInt8(this.$offset + 129, value);
    return this;
  }

  /** Field 32, required. */
  lastQty(): OptionalDecimal64Encoder {
    return this.$_lastQty.sbeWrapInBlock(this.$view, this.$offset + 130);
  }

  /**
   * LastQty.mantissa (optional), without a child flyweight.
   * Field 32.
   */
  lastQtyMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 130;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * LastQty.exponent (required), without a child flyweight.
   * Field 32.
   */
  lastQtyExponent(value: number): this {
    this.$view.setInt8(this.$offset + 138, value);
    return this;
  }

  /** Field 1003, optional. */
  tradeID(value: number): this {
    const view = this.$view;
    const at = this.$offset + 139;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  static readonly tradeIDNullValue = -(2 ** 63);

  /** Field 851, optional. */
  liquidity(value: Liquidity): this {
    this.$view.setUint8(this.$offset + 147, value);
    return this;
  }

  /** Field 5030, required. */
  fee(): OptionalDecimal64Encoder {
    return this.$_fee.sbeWrapInBlock(this.$view, this.$offset + 148);
  }

  /**
   * Fee.mantissa (optional), without a child flyweight.
   * Field 5030.
   */
  feeMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 148;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Fee.exponent (required), without a child flyweight.
   * Field 5030.
   */
  feeExponent(value: number): this {
    this.$view.setInt8(this.$offset + 156, value);
    return this;
  }

  /**
   * The instrument's quote asset on TRADE; empty otherwise.
   * Field 5031, required. Writes the text and NUL-pads the rest.
   */
  feeAsset(value: string): this {
    writeChars(this.$view, this.$offset + 157, 8, value, false, 'ExecutionReport.FeeAsset');
    return this;
  }

  /** Copies 8 raw bytes from src. */
  putFeeAsset(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 8, 'ExecutionReport.FeeAsset', this.$offset + 157, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 157;
    const w0 = from.getInt32(srcOffset, true);
    const w4 = from.getInt32(srcOffset + 4, true);
    view.setInt32(at, w0, true);
    view.setInt32(at + 4, w4, true);
    return this;
  }

  static readonly feeAssetLength = 8;

  /** Field 103, optional. */
  rejectReason(value: RejectReason): this {
    this.$view.setUint16(this.$offset + 165, value, true);
    return this;
  }

  /** Writes Text (var data 58) after what is already written. */
  text(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'ExecutionReport.Text');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 2, 1024);
      length = encodeUtf8Into(this.$bytes, at + 2, room, value);
      if (length < 0) throw textDoesNotFit('ExecutionReport.Text', at, room, 1024);
    }
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes Text from raw bytes. */
  putText(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 1024) throw new SbeCodecError('ExecutionReport.Text', at, 'length ' + length + ' is outside 0..1024');
    requireSpace(this.$capacity, at, 2 + length, 'ExecutionReport.Text');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 2, 'ExecutionReport.Text');
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}
