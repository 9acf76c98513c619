// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { RejectReason } from './RejectReason.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  SbeCodecError,
  type SbeLimitHolder,
  bytesOf,
  copyIn,
  copyOut,
  decodeLatin1,
  decodeUtf8,
  encodeUtf8Into,
  readChars,
  requireBlockLength,
  requireRoom,
  requireSpace,
  requireVarData,
  textDoesNotFit,
  writeChars,
  writeLatin1,
  wrongHeader,
} from './sbeRuntime.js';

/**
 * Session-level refusal of a message that cannot be read as its MsgType.
 * Decodes message Reject (templateId 4).
 */
export class RejectDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 34;
  static readonly TEMPLATE_ID = 4;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'Reject';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 34;
  private $actingVersion = 2;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 34, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 34, 'Reject', offset);
    requireSpace(capacity, offset, actingBlockLength, 'Reject');
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
    if (schemaId !== 101 || templateId !== 4) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 4, 'Reject');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 34, 'Reject', at);
    requireSpace(capacity, at, actingBlockLength, 'Reject');
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

  /** Field 372, required. Text up to the first NUL. */
  refMsgType(): string {
    return readChars(this.$bytes, this.$offset, 32, false, 'Reject.RefMsgType');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 32 raw bytes of RefMsgType into dst; returns the count. */
  getRefMsgType(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 32, 'Reject.RefMsgType', this.$offset, 'destination');
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

  static readonly refMsgTypeLength = 32;

  /** Field 5011, required. */
  reason(): RejectReason {
    return this.$view.getUint16(this.$offset + 32, true) as RejectReason;
  }

  /** Length of Field in bytes, without moving past it. */
  fieldLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Reject.Field');
    return this.$view.getUint16(at, true);
  }

  /** Field (var data 5012, one byte per char); moves past it. */
  field(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Reject.Field');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Reject.Field');
    this.$limit = at + 2 + length;
    return length === 0 ? '' : decodeLatin1(this.$bytes, at + 2, length);
  }

  /** Copies Field into dst without allocating; moves past it; returns its length. */
  getField(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Reject.Field');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Reject.Field');
    this.$limit = at + 2 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 2, length, dst, dstOffset, 'Reject.Field');
  }

  /** Moves past Field; returns its length. */
  skipField(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Reject.Field');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Reject.Field');
    this.$limit = at + 2 + length;
    return length;
  }

  /** Length of Text in bytes, without moving past it. */
  textLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Reject.Text');
    return this.$view.getUint16(at, true);
  }

  /** Text (var data 58, UTF-8); moves past it. */
  text(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Reject.Text');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Reject.Text');
    this.$limit = at + 2 + length;
    return length === 0 ? '' : decodeUtf8(this.$bytes, at + 2, length, 'Reject.Text');
  }

  /** Copies Text into dst without allocating; moves past it; returns its length. */
  getText(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Reject.Text');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Reject.Text');
    this.$limit = at + 2 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 2, length, dst, dstOffset, 'Reject.Text');
  }

  /** Moves past Text; returns its length. */
  skipText(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Reject.Text');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Reject.Text');
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
 * Session-level refusal of a message that cannot be read as its MsgType.
 * Encodes message Reject (templateId 4).
 */
export class RejectEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 34;
  static readonly TEMPLATE_ID = 4;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'Reject';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 34, 'Reject');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 34;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 42, 'Reject');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x40022, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 34;
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

  /** Field 372, required. Writes the text and NUL-pads the rest. */
  refMsgType(value: string): this {
    writeChars(this.$view, this.$offset, 32, value, false, 'Reject.RefMsgType');
    return this;
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies 32 raw bytes from src. */
  putRefMsgType(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 32, 'Reject.RefMsgType', this.$offset, 'source');
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

  static readonly refMsgTypeLength = 32;

  /** Field 5011, required. */
  reason(value: RejectReason): this {
    this.$view.setUint16(this.$offset + 32, value, true);
    return this;
  }

  /** Writes Field (var data 5012) after what is already written. */
  field(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Reject.Field');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 2, 256);
      length = value.length > room ? -1 : writeLatin1(this.$bytes, at + 2, room, value, 'Reject.Field');
      if (length < 0) throw textDoesNotFit('Reject.Field', at, room, 256);
    }
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes Field from raw bytes. */
  putField(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 256) throw new SbeCodecError('Reject.Field', at, 'length ' + length + ' is outside 0..256');
    requireSpace(this.$capacity, at, 2 + length, 'Reject.Field');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 2, 'Reject.Field');
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes Text (var data 58) after what is already written. */
  text(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Reject.Text');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 2, 1024);
      length = encodeUtf8Into(this.$bytes, at + 2, room, value);
      if (length < 0) throw textDoesNotFit('Reject.Text', at, room, 1024);
    }
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes Text from raw bytes. */
  putText(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 1024) throw new SbeCodecError('Reject.Text', at, 'length ' + length + ' is outside 0..1024');
    requireSpace(this.$capacity, at, 2 + length, 'Reject.Text');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 2, 'Reject.Text');
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
