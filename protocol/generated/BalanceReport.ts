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

/** Decodes message BalanceReport (templateId 23). */
export class BalanceReportDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 0;
  static readonly TEMPLATE_ID = 23;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'BalanceReport';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 0;
  private $actingVersion = 2;

  private readonly $_balances = new BalanceReportBalancesDecoder(this);

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 0, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 0, 'BalanceReport', offset);
    requireSpace(capacity, offset, actingBlockLength, 'BalanceReport');
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
    if (schemaId !== 101 || templateId !== 23) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 23, 'BalanceReport');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 0, 'BalanceReport', at);
    requireSpace(capacity, at, actingBlockLength, 'BalanceReport');
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

  /** Group 5050: reads its header and moves past it; call next() per entry. */
  balances(): BalanceReportBalancesDecoder {
    return this.$_balances.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group BalanceReport.Balances. */
export class BalanceReportBalancesDecoder {
  static readonly BLOCK_LENGTH = 35;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 2;
  private $count = 0;
  private $index = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_total = new Decimal64Decoder();
  private readonly $_available = new Decimal64Decoder();
  private readonly $_held = new Decimal64Decoder();

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(capacity, at, 4, 'BalanceReport.Balances');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 35, 'BalanceReport.Balances', at);
    requireEntries(capacity, at + 4, count, blockLength + 0, 'BalanceReport.Balances');
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
    if (this.$index >= this.$count) throw new RangeError('BalanceReport.Balances' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'BalanceReport.Balances');
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

  /** Field 5051, required. Text up to the first NUL. */
  asset(): string {
    return readChars(this.$bytes, this.$offset, 8, false, 'BalanceReport.Balances.Asset');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 8 raw bytes of Asset into dst; returns the count. */
  getAsset(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 8, 'BalanceReport.Balances.Asset', this.$offset, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset;
    const w0 = view.getInt32(at, true);
    const w4 = view.getInt32(at + 4, true);
    to.setInt32(dstOffset, w0, true);
    to.setInt32(dstOffset + 4, w4, true);
    return 8;
  }

  static readonly assetLength = 8;

  /** Field 5052, required. */
  total(): Decimal64Decoder {
    return this.$_total.sbeWrapInBlock(this.$view, this.$offset + 8, this.$actingVersion);
  }

  /**
   * Balances.Total.mantissa (required), without a child flyweight.
   * Field 5052.
   */
  totalMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 8;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Balances.Total.exponent (required), without a child flyweight.
   * Field 5052.
   */
  totalExponent(): number {
    return this.$view.getInt8(this.$offset + 16);
  }

  /** Field 5053, required. */
  available(): Decimal64Decoder {
    return this.$_available.sbeWrapInBlock(this.$view, this.$offset + 17, this.$actingVersion);
  }

  /**
   * Balances.Available.mantissa (required), without a child flyweight.
   * Field 5053.
   */
  availableMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 17;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Balances.Available.exponent (required), without a child flyweight.
   * Field 5053.
   */
  availableExponent(): number {
    return this.$view.getInt8(this.$offset + 25);
  }

  /** Field 5054, required. */
  held(): Decimal64Decoder {
    return this.$_held.sbeWrapInBlock(this.$view, this.$offset + 26, this.$actingVersion);
  }

  /**
   * Balances.Held.mantissa (required), without a child flyweight.
   * Field 5054.
   */
  heldMantissa(): number {
    const view = this.$view;
    const at = this.$offset + 26;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Balances.Held.exponent (required), without a child flyweight.
   * Field 5054.
   */
  heldExponent(): number {
    return this.$view.getInt8(this.$offset + 34);
  }
}

/** Encodes message BalanceReport (templateId 23). */
export class BalanceReportEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 0;
  static readonly TEMPLATE_ID = 23;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'BalanceReport';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private readonly $_balances = new BalanceReportBalancesEncoder(this);

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 0, 'BalanceReport');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 0;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 8, 'BalanceReport');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x170000, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 0;
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

  /** Group 5050: writes its header for count entries; call next() before each. */
  balancesCount(count: number): BalanceReportBalancesEncoder {
    return this.$_balances.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group BalanceReport.Balances. */
export class BalanceReportBalancesEncoder {
  static readonly BLOCK_LENGTH = 35;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_total = new Decimal64Encoder();
  private readonly $_available = new Decimal64Encoder();
  private readonly $_held = new Decimal64Encoder();

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 10000) {
      throw new SbeCodecError('BalanceReport.Balances', at, 'count ' + count + ' is outside 0..10000');
    }
    requireSpace(capacity, at, 4 + count * 35, 'BalanceReport.Balances');
    this.$view = view;
    this.$capacity = capacity;
    this.$view.setUint16(at, 35, true);
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
    if (this.$index >= this.$count) throw new RangeError('BalanceReport.Balances' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 35, 'BalanceReport.Balances');
    this.$offset = at;
    this.$root.sbeSetLimit(at + 35);
    this.$index++;
    return this;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 5051, required. Writes the text and NUL-pads the rest. */
  asset(value: string): this {
    writeChars(this.$view, this.$offset, 8, value, false, 'BalanceReport.Balances.Asset');
    return this;
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies 8 raw bytes from src. */
  putAsset(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 8, 'BalanceReport.Balances.Asset', this.$offset, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset;
    const w0 = from.getInt32(srcOffset, true);
    const w4 = from.getInt32(srcOffset + 4, true);
    view.setInt32(at, w0, true);
    view.setInt32(at + 4, w4, true);
    return this;
  }

  static readonly assetLength = 8;

  /** Field 5052, required. */
  total(): Decimal64Encoder {
    return this.$_total.sbeWrapInBlock(this.$view, this.$offset + 8);
  }

  /**
   * Balances.Total.mantissa (required), without a child flyweight.
   * Field 5052.
   */
  totalMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 8;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Balances.Total.exponent (required), without a child flyweight.
   * Field 5052.
   */
  totalExponent(value: number): this {
    this.$view.setInt8(this.$offset + 16, value);
    return this;
  }

  /** Field 5053, required. */
  available(): Decimal64Encoder {
    return this.$_available.sbeWrapInBlock(this.$view, this.$offset + 17);
  }

  /**
   * Balances.Available.mantissa (required), without a child flyweight.
   * Field 5053.
   */
  availableMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 17;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Balances.Available.exponent (required), without a child flyweight.
   * Field 5053.
   */
  availableExponent(value: number): this {
    this.$view.setInt8(this.$offset + 25, value);
    return this;
  }

  /** Field 5054, required. */
  held(): Decimal64Encoder {
    return this.$_held.sbeWrapInBlock(this.$view, this.$offset + 26);
  }

  /**
   * Balances.Held.mantissa (required), without a child flyweight.
   * Field 5054.
   */
  heldMantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset + 26;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Balances.Held.exponent (required), without a child flyweight.
   * Field 5054.
   */
  heldExponent(value: number): this {
    this.$view.setInt8(this.$offset + 34, value);
    return this;
  }
}
