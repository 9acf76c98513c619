// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
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

/** Decodes message OrderStatusRequest (templateId 14). */
export class OrderStatusRequestDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 14;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'OrderStatusRequest';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 32;
  private $actingVersion = 2;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 32, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 32, 'OrderStatusRequest', offset);
    requireSpace(capacity, offset, actingBlockLength, 'OrderStatusRequest');
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
    if (schemaId !== 101 || templateId !== 14) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 14, 'OrderStatusRequest');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 32, 'OrderStatusRequest', at);
    requireSpace(capacity, at, actingBlockLength, 'OrderStatusRequest');
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
    return readChars(this.$bytes, this.$offset, 32, false, 'OrderStatusRequest.ClOrdID');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 32 raw bytes of ClOrdID into dst; returns the count. */
  getClOrdID(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 32, 'OrderStatusRequest.ClOrdID', this.$offset, 'destination');
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

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Encodes message OrderStatusRequest (templateId 14). */
export class OrderStatusRequestEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 14;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'OrderStatusRequest';

  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 32, 'OrderStatusRequest');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 32;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 40, 'OrderStatusRequest');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0xe0020, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
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

  /** Field 11, required. Writes the text and NUL-pads the rest. */
  clOrdID(value: string): this {
    writeChars(this.$view, this.$offset, 32, value, false, 'OrderStatusRequest.ClOrdID');
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
    requireRoom(src, srcOffset, 32, 'OrderStatusRequest.ClOrdID', this.$offset, 'source');
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

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$capacity = capacity;
  }
}
