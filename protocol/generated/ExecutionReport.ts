// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
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
  getInt64AsNumber,
  readChars,
  requireBlockLength,
  requireSpace,
  requireVarData,
  setInt64FromNumber,
  writeChars,
} from './sbeRuntime.js';

/**
 * TRADE reports fill LastPx..FeeAsset; REJECTED reports fill RejectReason and Text; other fields of a kind stay null.
 * Decodes message ExecutionReport (templateId 20).
 */
export class ExecutionReportDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 167;
  static readonly TEMPLATE_ID = 20;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'ExecutionReport';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 167;
  #actingVersion = 1;

  readonly #_price = new OptionalDecimal64Decoder();
  readonly #_orderQty = new Decimal64Decoder();
  readonly #_cumQty = new Decimal64Decoder();
  readonly #_leavesQty = new Decimal64Decoder();
  readonly #_avgPx = new Decimal64Decoder();
  readonly #_lastPx = new OptionalDecimal64Decoder();
  readonly #_lastQty = new OptionalDecimal64Decoder();
  readonly #_fee = new OptionalDecimal64Decoder();

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 167, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 167, 'ExecutionReport', offset);
    requireSpace(buffer, offset, actingBlockLength, 'ExecutionReport');
    if (buffer !== this.#view) {
      this.#view = buffer;
      this.#bytes = bytesOf(buffer);
    }
    this.#offset = offset;
    this.#actingBlockLength = actingBlockLength;
    this.#actingVersion = actingVersion;
    this.#limit = offset + actingBlockLength;
    return this;
  }

  /** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderDecoder): this {
    header.wrap(buffer, offset);
    if (header.schemaId() !== 101) {
      throw new SbeCodecError('messageHeader.schemaId', offset + 4, 'schemaId ' + header.schemaId() + " is not this schema's id 101");
    }
    if (header.templateId() !== 20) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not ExecutionReport (20)');
    }
    return this.wrap(buffer, offset + 8, header.blockLength(), header.version());
  }

  sbeLimit(): number {
    return this.#limit;
  }

  sbeSetLimit(limit: number): void {
    this.#limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.#limit - this.#offset;
  }

  sbeActingBlockLength(): number {
    return this.#actingBlockLength;
  }

  sbeActingVersion(): number {
    return this.#actingVersion;
  }

  sbeOffset(): number {
    return this.#offset;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Field 150, required. */
  execType(): ExecType {
    return this.#view.getUint8(this.#offset) as ExecType;
  }

  /** Field 39, required. */
  ordStatus(): OrdStatus {
    return this.#view.getUint8(this.#offset + 1) as OrdStatus;
  }

  /**
   * Null when the gateway rejected the order.
   * Field 37, optional.
   */
  orderID(): number {
    return getInt64AsNumber(this.#view, this.#offset + 2, true);
  }

  static readonly orderIDNullValue = -(2 ** 63);

  /** Field 11, required. Text up to the first NUL. */
  clOrdID(): string {
    return readChars(this.#bytes, this.#offset + 10, 32, false, 'ExecutionReport.ClOrdID');
  }

  /** Copies the 32 raw bytes of ClOrdID into dst; returns the count. */
  getClOrdID(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset + 10, 32, dst, dstOffset, 'ExecutionReport.ClOrdID');
  }

  static readonly clOrdIDLength = 32;

  /** Field 55, required. Text up to the first NUL. */
  symbol(): string {
    return readChars(this.#bytes, this.#offset + 42, 16, false, 'ExecutionReport.Symbol');
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset + 42, 16, dst, dstOffset, 'ExecutionReport.Symbol');
  }

  static readonly symbolLength = 16;

  /** Field 54, required. */
  side(): Side {
    return this.#view.getUint8(this.#offset + 58) as Side;
  }

  /** Field 40, required. */
  ordType(): OrdType {
    return this.#view.getUint8(this.#offset + 59) as OrdType;
  }

  /** Field 44, required. */
  price(): OptionalDecimal64Decoder {
    return this.#_price.wrap(this.#view, this.#offset + 60, this.#actingVersion);
  }

  /** Field 38, required. */
  orderQty(): Decimal64Decoder {
    return this.#_orderQty.wrap(this.#view, this.#offset + 69, this.#actingVersion);
  }

  /** Field 14, required. */
  cumQty(): Decimal64Decoder {
    return this.#_cumQty.wrap(this.#view, this.#offset + 78, this.#actingVersion);
  }

  /** Field 151, required. */
  leavesQty(): Decimal64Decoder {
    return this.#_leavesQty.wrap(this.#view, this.#offset + 87, this.#actingVersion);
  }

  /** Field 6, required. */
  avgPx(): Decimal64Decoder {
    return this.#_avgPx.wrap(this.#view, this.#offset + 96, this.#actingVersion);
  }

  /** Field 60, required. */
  transactTime(): number {
    return getInt64AsNumber(this.#view, this.#offset + 105, true);
  }

  /**
   * Null on a rejection made by the gateway.
   * Field 34, optional.
   */
  seq(): number {
    return getInt64AsNumber(this.#view, this.#offset + 113, true);
  }

  static readonly seqNullValue = -(2 ** 63);

  /** Field 31, required. */
  lastPx(): OptionalDecimal64Decoder {
    return this.#_lastPx.wrap(this.#view, this.#offset + 121, this.#actingVersion);
  }

  /** Field 32, required. */
  lastQty(): OptionalDecimal64Decoder {
    return this.#_lastQty.wrap(this.#view, this.#offset + 130, this.#actingVersion);
  }

  /** Field 1003, optional. */
  tradeID(): number {
    return getInt64AsNumber(this.#view, this.#offset + 139, true);
  }

  static readonly tradeIDNullValue = -(2 ** 63);

  /** Field 851, optional. */
  liquidity(): Liquidity {
    return this.#view.getUint8(this.#offset + 147) as Liquidity;
  }

  /** Field 5030, required. */
  fee(): OptionalDecimal64Decoder {
    return this.#_fee.wrap(this.#view, this.#offset + 148, this.#actingVersion);
  }

  /**
   * The instrument's quote asset on TRADE; empty otherwise.
   * Field 5031, required. Text up to the first NUL.
   */
  feeAsset(): string {
    return readChars(this.#bytes, this.#offset + 157, 8, false, 'ExecutionReport.FeeAsset');
  }

  /** Copies the 8 raw bytes of FeeAsset into dst; returns the count. */
  getFeeAsset(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset + 157, 8, dst, dstOffset, 'ExecutionReport.FeeAsset');
  }

  static readonly feeAssetLength = 8;

  /** Field 103, optional. */
  rejectReason(): RejectReason {
    return this.#view.getUint16(this.#offset + 165, true) as RejectReason;
  }

  /** Length of Text in bytes, without moving past it. */
  textLength(): number {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'ExecutionReport.Text');
    return this.#view.getUint16(at, true);
  }

  /** Text (var data 58, UTF-8); moves past it. */
  text(): string {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'ExecutionReport.Text');
    const length = this.#view.getUint16(at, true);
    requireVarData(this.#view, at, at + 2, length, 'ExecutionReport.Text');
    this.#limit = at + 2 + length;
    return decodeUtf8(this.#bytes, at + 2, length, 'ExecutionReport.Text');
  }

  /** Copies Text into dst without allocating; moves past it; returns its length. */
  getText(dst: Uint8Array, dstOffset: number): number {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'ExecutionReport.Text');
    const length = this.#view.getUint16(at, true);
    requireVarData(this.#view, at, at + 2, length, 'ExecutionReport.Text');
    this.#limit = at + 2 + length;
    return copyOut(this.#view, at + 2, length, dst, dstOffset, 'ExecutionReport.Text');
  }

  /** Moves past Text; returns its length. */
  skipText(): number {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'ExecutionReport.Text');
    const length = this.#view.getUint16(at, true);
    requireVarData(this.#view, at, at + 2, length, 'ExecutionReport.Text');
    this.#limit = at + 2 + length;
    return length;
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
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'ExecutionReport';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;

  readonly #_price = new OptionalDecimal64Encoder();
  readonly #_orderQty = new Decimal64Encoder();
  readonly #_cumQty = new Decimal64Encoder();
  readonly #_leavesQty = new Decimal64Encoder();
  readonly #_avgPx = new Decimal64Encoder();
  readonly #_lastPx = new OptionalDecimal64Encoder();
  readonly #_lastQty = new OptionalDecimal64Encoder();
  readonly #_fee = new OptionalDecimal64Encoder();

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 167, 'ExecutionReport');
    if (buffer !== this.#view) {
      this.#view = buffer;
      this.#bytes = bytesOf(buffer);
    }
    this.#offset = offset;
    this.#limit = offset + 167;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(167).templateId(20).schemaId(101).version(1);
    return this;
  }

  sbeLimit(): number {
    return this.#limit;
  }

  sbeSetLimit(limit: number): void {
    this.#limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.#limit - this.#offset;
  }

  sbeOffset(): number {
    return this.#offset;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Field 150, required. */
  execType(value: ExecType): this {
    this.#view.setUint8(this.#offset, value);
    return this;
  }

  /** Field 39, required. */
  ordStatus(value: OrdStatus): this {
    this.#view.setUint8(this.#offset + 1, value);
    return this;
  }

  /**
   * Null when the gateway rejected the order.
   * Field 37, optional.
   */
  orderID(value: number): this {
    setInt64FromNumber(this.#view, this.#offset + 2, value, true);
    return this;
  }

  static readonly orderIDNullValue = -(2 ** 63);

  /** Field 11, required. Writes the text and NUL-pads the rest. */
  clOrdID(value: string): this {
    writeChars(this.#view, this.#offset + 10, 32, value, false, 'ExecutionReport.ClOrdID');
    return this;
  }

  /** Copies 32 raw bytes from src. */
  putClOrdID(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 32, this.#view, this.#offset + 10, 'ExecutionReport.ClOrdID');
    return this;
  }

  static readonly clOrdIDLength = 32;

  /** Field 55, required. Writes the text and NUL-pads the rest. */
  symbol(value: string): this {
    writeChars(this.#view, this.#offset + 42, 16, value, false, 'ExecutionReport.Symbol');
    return this;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 16, this.#view, this.#offset + 42, 'ExecutionReport.Symbol');
    return this;
  }

  static readonly symbolLength = 16;

  /** Field 54, required. */
  side(value: Side): this {
    this.#view.setUint8(this.#offset + 58, value);
    return this;
  }

  /** Field 40, required. */
  ordType(value: OrdType): this {
    this.#view.setUint8(this.#offset + 59, value);
    return this;
  }

  /** Field 44, required. */
  price(): OptionalDecimal64Encoder {
    return this.#_price.wrap(this.#view, this.#offset + 60);
  }

  /** Field 38, required. */
  orderQty(): Decimal64Encoder {
    return this.#_orderQty.wrap(this.#view, this.#offset + 69);
  }

  /** Field 14, required. */
  cumQty(): Decimal64Encoder {
    return this.#_cumQty.wrap(this.#view, this.#offset + 78);
  }

  /** Field 151, required. */
  leavesQty(): Decimal64Encoder {
    return this.#_leavesQty.wrap(this.#view, this.#offset + 87);
  }

  /** Field 6, required. */
  avgPx(): Decimal64Encoder {
    return this.#_avgPx.wrap(this.#view, this.#offset + 96);
  }

  /** Field 60, required. */
  transactTime(value: number): this {
    setInt64FromNumber(this.#view, this.#offset + 105, value, true);
    return this;
  }

  /**
   * Null on a rejection made by the gateway.
   * Field 34, optional.
   */
  seq(value: number): this {
    setInt64FromNumber(this.#view, this.#offset + 113, value, true);
    return this;
  }

  static readonly seqNullValue = -(2 ** 63);

  /** Field 31, required. */
  lastPx(): OptionalDecimal64Encoder {
    return this.#_lastPx.wrap(this.#view, this.#offset + 121);
  }

  /** Field 32, required. */
  lastQty(): OptionalDecimal64Encoder {
    return this.#_lastQty.wrap(this.#view, this.#offset + 130);
  }

  /** Field 1003, optional. */
  tradeID(value: number): this {
    setInt64FromNumber(this.#view, this.#offset + 139, value, true);
    return this;
  }

  static readonly tradeIDNullValue = -(2 ** 63);

  /** Field 851, optional. */
  liquidity(value: Liquidity): this {
    this.#view.setUint8(this.#offset + 147, value);
    return this;
  }

  /** Field 5030, required. */
  fee(): OptionalDecimal64Encoder {
    return this.#_fee.wrap(this.#view, this.#offset + 148);
  }

  /**
   * The instrument's quote asset on TRADE; empty otherwise.
   * Field 5031, required. Writes the text and NUL-pads the rest.
   */
  feeAsset(value: string): this {
    writeChars(this.#view, this.#offset + 157, 8, value, false, 'ExecutionReport.FeeAsset');
    return this;
  }

  /** Copies 8 raw bytes from src. */
  putFeeAsset(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 8, this.#view, this.#offset + 157, 'ExecutionReport.FeeAsset');
    return this;
  }

  static readonly feeAssetLength = 8;

  /** Field 103, optional. */
  rejectReason(value: RejectReason): this {
    this.#view.setUint16(this.#offset + 165, value, true);
    return this;
  }

  /** Writes Text (var data 58) after what is already written. */
  text(value: string): this {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'ExecutionReport.Text');
    const room = Math.min(this.#view.byteLength - at - 2, 1024);
    const length = encodeUtf8Into(this.#bytes, at + 2, room, value);
    if (length < 0) throw new SbeCodecError('ExecutionReport.Text', at, 'text does not fit in ' + room + ' bytes (the buffer end or the var-data limit of 1024)');
    this.#view.setUint16(at, length, true);
    this.#limit = at + 2 + length;
    return this;
  }

  /** Writes Text from raw bytes. */
  putText(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.#limit;
    if (length < 0 || length > 1024) throw new SbeCodecError('ExecutionReport.Text', at, 'length ' + length + ' is outside 0..1024');
    requireSpace(this.#view, at, 2 + length, 'ExecutionReport.Text');
    copyIn(src, srcOffset, length, this.#view, at + 2, 'ExecutionReport.Text');
    this.#view.setUint16(at, length, true);
    this.#limit = at + 2 + length;
    return this;
  }
}
