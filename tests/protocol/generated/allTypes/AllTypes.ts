// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypes.xml,
// schema "fixture.allTypes" id 11 version 0, littleEndian.
import { BoxDecoder, BoxEncoder } from './Box.js';
import { Colour } from './Colour.js';
import { Flags16Decoder, Flags16Encoder } from './Flags16.js';
import { Flags32Decoder, Flags32Encoder } from './Flags32.js';
import { Flags64Decoder, Flags64Encoder } from './Flags64.js';
import { Flags8Decoder, Flags8Encoder } from './Flags8.js';
import { Grade } from './Grade.js';
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { Shade } from './Shade.js';
import { Wide } from './Wide.js';
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

/** Decodes message AllTypes (templateId 1). */
export class AllTypesDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 240;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 11;
  static readonly SCHEMA_VERSION = 0;
  static readonly NAME = 'AllTypes';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 240;
  private $actingVersion = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_flags8 = new Flags8Decoder();
  private readonly $_flags16 = new Flags16Decoder();
  private readonly $_flags32 = new Flags32Decoder();
  private readonly $_flags64 = new Flags64Decoder();
  private readonly $_box = new BoxDecoder();

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 240, actingVersion: number = 0): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 224, 'AllTypes', offset);
    requireSpace(capacity, offset, actingBlockLength, 'AllTypes');
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
    if (schemaId !== 11 || templateId !== 1) {
      throw wrongHeader(offset + 4, schemaId, 11, offset + 2, templateId, 1, 'AllTypes');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 224, 'AllTypes', at);
    requireSpace(capacity, at, actingBlockLength, 'AllTypes');
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

  /** Field 1, required. Text up to the first NUL. */
  c(): string {
    return readChars(this.$bytes, this.$offset, 1, false, 'AllTypes.c');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 1 raw bytes of c into dst; returns the count. */
  getC(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 1, 'AllTypes.c', this.$offset, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset;
    const b0 = view.getUint8(at);
    to.setUint8(dstOffset, b0);
    return 1;
  }

  static readonly cLength = 1;

  /** Field 2, required. */
  i8(): number {
    return this.$view.getInt8(this.$offset + 1);
  }

  /** Field 3, required. */
  i16(): number {
    return this.$view.getInt16(this.$offset + 2, true);
  }

  /** Field 4, required. */
  i32(): number {
    return this.$view.getInt32(this.$offset + 4, true);
  }

  /** Field 5, required. */
  i64(): bigint {
    return this.$view.getBigInt64(this.$offset + 8, true);
  }

  /** Field 6, required. */
  u8(): number {
    return this.$view.getUint8(this.$offset + 16);
  }

  /** Field 7, required. */
  u16(): number {
    return this.$view.getUint16(this.$offset + 17, true);
  }

  /** Field 8, required. */
  u32(): number {
    return this.$view.getUint32(this.$offset + 19, true);
  }

  /** Field 9, required. */
  u64(): bigint {
    return this.$view.getBigUint64(this.$offset + 23, true);
  }

  /** Field 10, required. */
  f(): number {
    return this.$view.getFloat32(this.$offset + 31, true);
  }

  /** Field 11, required. */
  d(): number {
    return this.$view.getFloat64(this.$offset + 35, true);
  }

  /** Field 12, required. */
  safe(): number {
    const view = this.$view;
    const at = this.$offset + 43;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /** Field 13, optional. */
  optI8(): number {
    return this.$view.getInt8(this.$offset + 51);
  }

  static readonly optI8NullValue = -128;

  /** Field 14, optional. */
  optU16(): number {
    return this.$view.getUint16(this.$offset + 52, true);
  }

  static readonly optU16NullValue = 65535;

  /** Field 15, optional. */
  optI32(): number {
    return this.$view.getInt32(this.$offset + 54, true);
  }

  static readonly optI32NullValue = -2147483648;

  /** Field 16, optional. */
  optI64(): bigint {
    return this.$view.getBigInt64(this.$offset + 58, true);
  }

  static readonly optI64NullValue = -9223372036854775808n;

  /** Field 17, optional. */
  optU64(): bigint {
    return this.$view.getBigUint64(this.$offset + 66, true);
  }

  static readonly optU64NullValue = 18446744073709551615n;

  /** Field 18, optional. */
  optF(): number {
    return this.$view.getFloat32(this.$offset + 74, true);
  }

  static readonly optFNullValue = Number.NaN;

  /** Field 19, optional. */
  optD(): number {
    return this.$view.getFloat64(this.$offset + 78, true);
  }

  static readonly optDNullValue = Number.NaN;

  /** Field 20, optional. */
  zeroIsNull(): number {
    return this.$view.getInt32(this.$offset + 86, true);
  }

  static readonly zeroIsNullNullValue = 0;

  /** Field 21, optional. */
  optByField(): number {
    return this.$view.getUint32(this.$offset + 90, true);
  }

  static readonly optByFieldNullValue = 4294967295;

  /** Field 22, required. Text up to the first NUL. */
  label(): string {
    return readChars(this.$bytes, this.$offset + 94, 8, false, 'AllTypes.label');
  }

  /** Copies the 8 raw bytes of label into dst; returns the count. */
  getLabel(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 8, 'AllTypes.label', this.$offset + 94, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 94;
    const w0 = view.getInt32(at, true);
    const w4 = view.getInt32(at + 4, true);
    to.setInt32(dstOffset, w0, true);
    to.setInt32(dstOffset + 4, w4, true);
    return 8;
  }

  static readonly labelLength = 8;

  /** Field 23, required. Text up to the first NUL. */
  utf8Label(): string {
    return readChars(this.$bytes, this.$offset + 102, 12, true, 'AllTypes.utf8Label');
  }

  /** Copies the 12 raw bytes of utf8Label into dst; returns the count. */
  getUtf8Label(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 12, 'AllTypes.utf8Label', this.$offset + 102, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 102;
    const w0 = view.getInt32(at, true);
    const w4 = view.getInt32(at + 4, true);
    const w8 = view.getInt32(at + 8, true);
    to.setInt32(dstOffset, w0, true);
    to.setInt32(dstOffset + 4, w4, true);
    to.setInt32(dstOffset + 8, w8, true);
    return 12;
  }

  static readonly utf8LabelLength = 12;

  /** Field 24, required. */
  shorts(index: number): number {
    if (index < 0 || index >= 3) throw new RangeError('AllTypes.shorts' + ': index ' + index + ' outside 0..2');
    return this.$view.getInt16(this.$offset + 114 + index * 2, true);
  }

  static readonly shortsLength = 3;

  /** Field 25, required. */
  longs(index: number): bigint {
    if (index < 0 || index >= 2) throw new RangeError('AllTypes.longs' + ': index ' + index + ' outside 0..1');
    return this.$view.getBigUint64(this.$offset + 120 + index * 8, true);
  }

  static readonly longsLength = 2;

  /** Field 26, required. */
  doubles(index: number): number {
    if (index < 0 || index >= 2) throw new RangeError('AllTypes.doubles' + ': index ' + index + ' outside 0..1');
    return this.$view.getFloat64(this.$offset + 136 + index * 8, true);
  }

  static readonly doublesLength = 2;

  /** Field 27, required. */
  colour(): Colour {
    return this.$view.getUint8(this.$offset + 152) as Colour;
  }

  /** Field 28, required. */
  grade(): Grade {
    return this.$view.getUint8(this.$offset + 153) as Grade;
  }

  /** Field 29, required. */
  wide(): Wide {
    return this.$view.getUint16(this.$offset + 154, true) as Wide;
  }

  /** Field 30, optional. */
  optColour(): Colour {
    return this.$view.getUint8(this.$offset + 156) as Colour;
  }

  /** Field 31, required. */
  flags8(): Flags8Decoder {
    return this.$_flags8.sbeWrapInBlock(this.$view, this.$offset + 157);
  }

  /** Field 32, required. */
  flags16(): Flags16Decoder {
    return this.$_flags16.sbeWrapInBlock(this.$view, this.$offset + 158);
  }

  /** Field 33, required. */
  flags32(): Flags32Decoder {
    return this.$_flags32.sbeWrapInBlock(this.$view, this.$offset + 160);
  }

  /** Field 34, required. */
  flags64(): Flags64Decoder {
    return this.$_flags64.sbeWrapInBlock(this.$view, this.$offset + 164);
  }

  /** Field 35, required. */
  box(): BoxDecoder {
    return this.$_box.sbeWrapInBlock(this.$view, this.$offset + 172, this.$actingVersion);
  }

  /**
   * box.min.x (required), without a child flyweight.
   * Field 35.
   */
  boxMinX(): number {
    return this.$view.getInt32(this.$offset + 172, true);
  }

  /**
   * box.min.y (required), without a child flyweight.
   * Field 35.
   */
  boxMinY(): number {
    return this.$view.getInt32(this.$offset + 176, true);
  }

  /**
   * box.max.x (required), without a child flyweight.
   * Field 35.
   */
  boxMaxX(): number {
    return this.$view.getInt32(this.$offset + 182, true);
  }

  /**
   * box.max.y (required), without a child flyweight.
   * Field 35.
   */
  boxMaxY(): number {
    return this.$view.getInt32(this.$offset + 186, true);
  }

  /**
   * box.Shade (required), without a child flyweight.
   * Field 35.
   */
  boxShade(): Shade {
    return this.$view.getUint8(this.$offset + 190) as Shade;
  }

  /**
   * box.Tag.weight (required), without a child flyweight.
   * Field 35.
   */
  boxTagWeight(): number {
    return this.$view.getUint16(this.$offset + 195, true);
  }

  /** Field 36, constant. Takes no space on the wire. */
  maxLevel(): number {
    return 9;
  }

  /** Field 37, constant. Takes no space on the wire. */
  venue(): string {
    return 'XNAS';
  }

  /** Field 38, constant. Takes no space on the wire. */
  bigConst(): number {
    return -5;
  }

  /** Field 39, constant. Takes no space on the wire. */
  fixedColour(): Colour {
    return Colour.BLUE;
  }

  /** Field 40, required. */
  padded(): number {
    return this.$view.getUint32(this.$offset + 220, true);
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Encodes message AllTypes (templateId 1). */
export class AllTypesEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 240;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 11;
  static readonly SCHEMA_VERSION = 0;
  static readonly NAME = 'AllTypes';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_flags8 = new Flags8Encoder();
  private readonly $_flags16 = new Flags16Encoder();
  private readonly $_flags32 = new Flags32Encoder();
  private readonly $_flags64 = new Flags64Encoder();
  private readonly $_box = new BoxEncoder();

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 240, 'AllTypes');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$bytes.fill(0, offset + 180, offset + 182);
    this.$bytes.fill(0, offset + 197, offset + 220);
    this.$bytes.fill(0, offset + 224, offset + 240);
    this.$limit = offset + 240;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 248, 'AllTypes');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x100f0, true);
    buffer.setUint32(offset + 4, 0xb, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$bytes.fill(0, at + 180, at + 182);
    this.$bytes.fill(0, at + 197, at + 220);
    this.$bytes.fill(0, at + 224, at + 240);
    this.$limit = at + 240;
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

  /** Field 1, required. Writes the text and NUL-pads the rest. */
  c(value: string): this {
    writeChars(this.$view, this.$offset, 1, value, false, 'AllTypes.c');
    return this;
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies 1 raw bytes from src. */
  putC(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 1, 'AllTypes.c', this.$offset, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset;
    const b0 = from.getUint8(srcOffset);
    view.setUint8(at, b0);
    return this;
  }

  static readonly cLength = 1;

  /** Field 2, required. */
  i8(value: number): this {
    this.$view.setInt8(this.$offset + 1, value);
    return this;
  }

  /** Field 3, required. */
  i16(value: number): this {
    this.$view.setInt16(this.$offset + 2, value, true);
    return this;
  }

  /** Field 4, required. */
  i32(value: number): this {
    this.$view.setInt32(this.$offset + 4, value, true);
    return this;
  }

  /** Field 5, required. */
  i64(value: bigint): this {
    this.$view.setBigInt64(this.$offset + 8, value, true);
    return this;
  }

  /** Field 6, required. */
  u8(value: number): this {
    this.$view.setUint8(this.$offset + 16, value);
    return this;
  }

  /** Field 7, required. */
  u16(value: number): this {
    this.$view.setUint16(this.$offset + 17, value, true);
    return this;
  }

  /** Field 8, required. */
  u32(value: number): this {
    this.$view.setUint32(this.$offset + 19, value, true);
    return this;
  }

  /** Field 9, required. */
  u64(value: bigint): this {
    this.$view.setBigUint64(this.$offset + 23, value, true);
    return this;
  }

  /** Field 10, required. */
  f(value: number): this {
    this.$view.setFloat32(this.$offset + 31, value, true);
    return this;
  }

  /** Field 11, required. */
  d(value: number): this {
    this.$view.setFloat64(this.$offset + 35, value, true);
    return this;
  }

  /** Field 12, required. */
  safe(value: number): this {
    const view = this.$view;
    const at = this.$offset + 43;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /** Field 13, optional. */
  optI8(value: number): this {
    this.$view.setInt8(this.$offset + 51, value);
    return this;
  }

  static readonly optI8NullValue = -128;

  /** Field 14, optional. */
  optU16(value: number): this {
    this.$view.setUint16(this.$offset + 52, value, true);
    return this;
  }

  static readonly optU16NullValue = 65535;

  /** Field 15, optional. */
  optI32(value: number): this {
    this.$view.setInt32(this.$offset + 54, value, true);
    return this;
  }

  static readonly optI32NullValue = -2147483648;

  /** Field 16, optional. */
  optI64(value: bigint): this {
    this.$view.setBigInt64(this.$offset + 58, value, true);
    return this;
  }

  static readonly optI64NullValue = -9223372036854775808n;

  /** Field 17, optional. */
  optU64(value: bigint): this {
    this.$view.setBigUint64(this.$offset + 66, value, true);
    return this;
  }

  static readonly optU64NullValue = 18446744073709551615n;

  /** Field 18, optional. */
  optF(value: number): this {
    this.$view.setFloat32(this.$offset + 74, value, true);
    return this;
  }

  static readonly optFNullValue = Number.NaN;

  /** Field 19, optional. */
  optD(value: number): this {
    this.$view.setFloat64(this.$offset + 78, value, true);
    return this;
  }

  static readonly optDNullValue = Number.NaN;

  /** Field 20, optional. */
  zeroIsNull(value: number): this {
    this.$view.setInt32(this.$offset + 86, value, true);
    return this;
  }

  static readonly zeroIsNullNullValue = 0;

  /** Field 21, optional. */
  optByField(value: number): this {
    this.$view.setUint32(this.$offset + 90, value, true);
    return this;
  }

  static readonly optByFieldNullValue = 4294967295;

  /** Field 22, required. Writes the text and NUL-pads the rest. */
  label(value: string): this {
    writeChars(this.$view, this.$offset + 94, 8, value, false, 'AllTypes.label');
    return this;
  }

  /** Copies 8 raw bytes from src. */
  putLabel(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 8, 'AllTypes.label', this.$offset + 94, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 94;
    const w0 = from.getInt32(srcOffset, true);
    const w4 = from.getInt32(srcOffset + 4, true);
    view.setInt32(at, w0, true);
    view.setInt32(at + 4, w4, true);
    return this;
  }

  static readonly labelLength = 8;

  /** Field 23, required. Writes the text and NUL-pads the rest. */
  utf8Label(value: string): this {
    writeChars(this.$view, this.$offset + 102, 12, value, true, 'AllTypes.utf8Label');
    return this;
  }

  /** Copies 12 raw bytes from src. */
  putUtf8Label(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 12, 'AllTypes.utf8Label', this.$offset + 102, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 102;
    const w0 = from.getInt32(srcOffset, true);
    const w4 = from.getInt32(srcOffset + 4, true);
    const w8 = from.getInt32(srcOffset + 8, true);
    view.setInt32(at, w0, true);
    view.setInt32(at + 4, w4, true);
    view.setInt32(at + 8, w8, true);
    return this;
  }

  static readonly utf8LabelLength = 12;

  /** Field 24, required. */
  shorts(index: number, value: number): this {
    if (index < 0 || index >= 3) throw new RangeError('AllTypes.shorts' + ': index ' + index + ' outside 0..2');
    this.$view.setInt16(this.$offset + 114 + index * 2, value, true);
    return this;
  }

  static readonly shortsLength = 3;

  /** Field 25, required. */
  longs(index: number, value: bigint): this {
    if (index < 0 || index >= 2) throw new RangeError('AllTypes.longs' + ': index ' + index + ' outside 0..1');
    this.$view.setBigUint64(this.$offset + 120 + index * 8, value, true);
    return this;
  }

  static readonly longsLength = 2;

  /** Field 26, required. */
  doubles(index: number, value: number): this {
    if (index < 0 || index >= 2) throw new RangeError('AllTypes.doubles' + ': index ' + index + ' outside 0..1');
    this.$view.setFloat64(this.$offset + 136 + index * 8, value, true);
    return this;
  }

  static readonly doublesLength = 2;

  /** Field 27, required. */
  colour(value: Colour): this {
    this.$view.setUint8(this.$offset + 152, value);
    return this;
  }

  /** Field 28, required. */
  grade(value: Grade): this {
    this.$view.setUint8(this.$offset + 153, value);
    return this;
  }

  /** Field 29, required. */
  wide(value: Wide): this {
    this.$view.setUint16(this.$offset + 154, value, true);
    return this;
  }

  /** Field 30, optional. */
  optColour(value: Colour): this {
    this.$view.setUint8(this.$offset + 156, value);
    return this;
  }

  /** Field 31, required. */
  flags8(): Flags8Encoder {
    return this.$_flags8.sbeWrapInBlock(this.$view, this.$offset + 157);
  }

  /** Field 32, required. */
  flags16(): Flags16Encoder {
    return this.$_flags16.sbeWrapInBlock(this.$view, this.$offset + 158);
  }

  /** Field 33, required. */
  flags32(): Flags32Encoder {
    return this.$_flags32.sbeWrapInBlock(this.$view, this.$offset + 160);
  }

  /** Field 34, required. */
  flags64(): Flags64Encoder {
    return this.$_flags64.sbeWrapInBlock(this.$view, this.$offset + 164);
  }

  /** Field 35, required. */
  box(): BoxEncoder {
    return this.$_box.sbeWrapInBlock(this.$view, this.$offset + 172);
  }

  /**
   * box.min.x (required), without a child flyweight.
   * Field 35.
   */
  boxMinX(value: number): this {
    this.$view.setInt32(this.$offset + 172, value, true);
    return this;
  }

  /**
   * box.min.y (required), without a child flyweight.
   * Field 35.
   */
  boxMinY(value: number): this {
    this.$view.setInt32(this.$offset + 176, value, true);
    return this;
  }

  /**
   * box.max.x (required), without a child flyweight.
   * Field 35.
   */
  boxMaxX(value: number): this {
    this.$view.setInt32(this.$offset + 182, value, true);
    return this;
  }

  /**
   * box.max.y (required), without a child flyweight.
   * Field 35.
   */
  boxMaxY(value: number): this {
    this.$view.setInt32(this.$offset + 186, value, true);
    return this;
  }

  /**
   * box.Shade (required), without a child flyweight.
   * Field 35.
   */
  boxShade(value: Shade): this {
    this.$view.setUint8(this.$offset + 190, value);
    return this;
  }

  /**
   * box.Tag.weight (required), without a child flyweight.
   * Field 35.
   */
  boxTagWeight(value: number): this {
    this.$view.setUint16(this.$offset + 195, value, true);
    return this;
  }

  /** Field 36, constant. Takes no space on the wire. */
  maxLevel(): number {
    return 9;
  }

  /** Field 37, constant. Takes no space on the wire. */
  venue(): string {
    return 'XNAS';
  }

  /** Field 38, constant. Takes no space on the wire. */
  bigConst(): number {
    return -5;
  }

  /** Field 39, constant. Takes no space on the wire. */
  fixedColour(): Colour {
    return Colour.BLUE;
  }

  /** Field 40, required. */
  padded(value: number): this {
    this.$view.setUint32(this.$offset + 220, value, true);
    return this;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}
