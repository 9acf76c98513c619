// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { BooleanType } from './BooleanType.js';
import { CommandType } from './CommandType.js';
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
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

/**
 * One sequenced command for the core, as the gateway normalized it: integers only (ticks, lots, minor units, dense account, instrument and asset numbers). The ring slot, the journal record's payload and the core's input; sequencer/commandCodec.ts maps it to engine/command.ts. 64-bit fields first, then 32-bit, then bytes, so every number is naturally aligned.
 * Decodes message CoreCommand (templateId 100).
 */
export class CoreCommandDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 147;
  static readonly TEMPLATE_ID = 100;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'CoreCommand';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 147;
  private $actingVersion = 2;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 147, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 147, 'CoreCommand', offset);
    requireSpace(capacity, offset, actingBlockLength, 'CoreCommand');
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
    if (schemaId !== 101 || templateId !== 100) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 100, 'CoreCommand');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 147, 'CoreCommand', at);
    requireSpace(capacity, at, actingBlockLength, 'CoreCommand');
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

  /** Field 34, required. */
  seq(): number {
    const view = this.$view;
    const at = this.$offset;
    return view.getUint32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /** Field 60, required. */
  timestampUs(): number {
    const view = this.$view;
    const at = this.$offset + 8;
    return view.getUint32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Target order of CANCEL, REPLACE and ORDER_STATUS when the client names it by id; 0 otherwise (then OrigClOrdID names it).
   * Field 37, required.
   */
  orderID(): number {
    const view = this.$view;
    const at = this.$offset + 16;
    return view.getUint32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Limit price in ticks (NEW_ORDER LIMIT, REPLACE); as given otherwise.
   * Field 44, required.
   */
  price(): number {
    const view = this.$view;
    const at = this.$offset + 24;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Order quantity in lots (NEW_ORDER; REPLACE: the new total).
   * Field 38, required.
   */
  qty(): number {
    const view = this.$view;
    const at = this.$offset + 32;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * GTD orders: sequencer time at which the order expires; 0 otherwise.
   * Field 126, required.
   */
  expireTimeUs(): number {
    const view = this.$view;
    const at = this.$offset + 40;
    return view.getUint32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * DEPOSIT / WITHDRAW: minor units of Asset; SET_LIMIT: the new value.
   * Field 5101, required.
   */
  amount(): number {
    const view = this.$view;
    const at = this.$offset + 48;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * DEPOSIT / WITHDRAW: the payment order id, applied at most once.
   * Field 5102, required.
   */
  refID(): number {
    const view = this.$view;
    const at = this.$offset + 56;
    return view.getUint32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /** Field 1, required. */
  account(): number {
    return this.$view.getInt32(this.$offset + 64, true);
  }

  /** Field 55, required. */
  instrument(): number {
    return this.$view.getInt32(this.$offset + 68, true);
  }

  /** Field 5103, required. */
  asset(): number {
    return this.$view.getInt32(this.$offset + 72, true);
  }

  /** Field 5100, required. */
  type(): CommandType {
    return this.$view.getUint8(this.$offset + 76) as CommandType;
  }

  /** Field 54, required. */
  side(): Side {
    return this.$view.getUint8(this.$offset + 77) as Side;
  }

  /** Field 40, required. */
  ordType(): OrdType {
    return this.$view.getUint8(this.$offset + 78) as OrdType;
  }

  /** Field 59, required. */
  timeInForce(): TimeInForce {
    return this.$view.getUint8(this.$offset + 79) as TimeInForce;
  }

  /** Field 5021, required. */
  stp(): STP {
    return this.$view.getUint8(this.$offset + 80) as STP;
  }

  /** Field 5020, required. */
  postOnly(): BooleanType {
    return this.$view.getUint8(this.$offset + 81) as BooleanType;
  }

  /**
   * SET_LIMIT: which limit (engine/enums.ts LimitKind).
   * Field 5104, required.
   */
  limitKind(): number {
    return this.$view.getUint8(this.$offset + 82);
  }

  /**
   * NEW_ORDER, REPLACE, ORDER_STATUS: the client's id, NUL-padded; all NUL = none (internal commands).
   * Field 11, required. Text up to the first NUL.
   */
  clOrdID(): string {
    return readChars(this.$bytes, this.$offset + 83, 32, false, 'CoreCommand.ClOrdID');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 32 raw bytes of ClOrdID into dst; returns the count. */
  getClOrdID(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 32, 'CoreCommand.ClOrdID', this.$offset + 83, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 83;
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

  /**
   * CANCEL, REPLACE: the order to act on when OrderID is 0.
   * Field 41, required. Text up to the first NUL.
   */
  origClOrdID(): string {
    return readChars(this.$bytes, this.$offset + 115, 32, false, 'CoreCommand.OrigClOrdID');
  }

  /** Copies the 32 raw bytes of OrigClOrdID into dst; returns the count. */
  getOrigClOrdID(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 32, 'CoreCommand.OrigClOrdID', this.$offset + 115, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 115;
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

  static readonly origClOrdIDLength = 32;

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/**
 * One sequenced command for the core, as the gateway normalized it: integers only (ticks, lots, minor units, dense account, instrument and asset numbers). The ring slot, the journal record's payload and the core's input; sequencer/commandCodec.ts maps it to engine/command.ts. 64-bit fields first, then 32-bit, then bytes, so every number is naturally aligned.
 * Encodes message CoreCommand (templateId 100).
 */
export class CoreCommandEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 147;
  static readonly TEMPLATE_ID = 100;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'CoreCommand';

  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 147, 'CoreCommand');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 147;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 155, 'CoreCommand');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x640093, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 147;
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

  /** Field 34, required. */
  seq(value: number): this {
    const view = this.$view;
    const at = this.$offset;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setUint32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /** Field 60, required. */
  timestampUs(value: number): this {
    const view = this.$view;
    const at = this.$offset + 8;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setUint32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Target order of CANCEL, REPLACE and ORDER_STATUS when the client names it by id; 0 otherwise (then OrigClOrdID names it).
   * Field 37, required.
   */
  orderID(value: number): this {
    const view = this.$view;
    const at = this.$offset + 16;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setUint32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Limit price in ticks (NEW_ORDER LIMIT, REPLACE); as given otherwise.
   * Field 44, required.
   */
  price(value: number): this {
    const view = this.$view;
    const at = this.$offset + 24;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Order quantity in lots (NEW_ORDER; REPLACE: the new total).
   * Field 38, required.
   */
  qty(value: number): this {
    const view = this.$view;
    const at = this.$offset + 32;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * GTD orders: sequencer time at which the order expires; 0 otherwise.
   * Field 126, required.
   */
  expireTimeUs(value: number): this {
    const view = this.$view;
    const at = this.$offset + 40;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setUint32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * DEPOSIT / WITHDRAW: minor units of Asset; SET_LIMIT: the new value.
   * Field 5101, required.
   */
  amount(value: number): this {
    const view = this.$view;
    const at = this.$offset + 48;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * DEPOSIT / WITHDRAW: the payment order id, applied at most once.
   * Field 5102, required.
   */
  refID(value: number): this {
    const view = this.$view;
    const at = this.$offset + 56;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setUint32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /** Field 1, required. */
  account(value: number): this {
    this.$view.setInt32(this.$offset + 64, value, true);
    return this;
  }

  /** Field 55, required. */
  instrument(value: number): this {
    this.$view.setInt32(this.$offset + 68, value, true);
    return this;
  }

  /** Field 5103, required. */
  asset(value: number): this {
    this.$view.setInt32(this.$offset + 72, value, true);
    return this;
  }

  /** Field 5100, required. */
  type(value: CommandType): this {
    this.$view.setUint8(this.$offset + 76, value);
    return this;
  }

  /** Field 54, required. */
  side(value: Side): this {
    this.$view.setUint8(this.$offset + 77, value);
    return this;
  }

  /** Field 40, required. */
  ordType(value: OrdType): this {
    this.$view.setUint8(this.$offset + 78, value);
    return this;
  }

  /** Field 59, required. */
  timeInForce(value: TimeInForce): this {
    this.$view.setUint8(this.$offset + 79, value);
    return this;
  }

  /** Field 5021, required. */
  stp(value: STP): this {
    this.$view.setUint8(this.$offset + 80, value);
    return this;
  }

  /** Field 5020, required. */
  postOnly(value: BooleanType): this {
    this.$view.setUint8(this.$offset + 81, value);
    return this;
  }

  /**
   * SET_LIMIT: which limit (engine/enums.ts LimitKind).
   * Field 5104, required.
   */
  limitKind(value: number): this {
    this.$view.setUint8(this.$offset + 82, value);
    return this;
  }

  /**
   * NEW_ORDER, REPLACE, ORDER_STATUS: the client's id, NUL-padded; all NUL = none (internal commands).
   * Field 11, required. Writes the text and NUL-pads the rest.
   */
  clOrdID(value: string): this {
    writeChars(this.$view, this.$offset + 83, 32, value, false, 'CoreCommand.ClOrdID');
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
    requireRoom(src, srcOffset, 32, 'CoreCommand.ClOrdID', this.$offset + 83, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 83;
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

  /**
   * CANCEL, REPLACE: the order to act on when OrderID is 0.
   * Field 41, required. Writes the text and NUL-pads the rest.
   */
  origClOrdID(value: string): this {
    writeChars(this.$view, this.$offset + 115, 32, value, false, 'CoreCommand.OrigClOrdID');
    return this;
  }

  /** Copies 32 raw bytes from src. */
  putOrigClOrdID(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 32, 'CoreCommand.OrigClOrdID', this.$offset + 115, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 115;
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

  static readonly origClOrdIDLength = 32;

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$capacity = capacity;
  }
}
