// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { Channel } from './Channel.js';
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

/** Decodes message Subscribe (templateId 30). */
export class SubscribeDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 19;
  static readonly TEMPLATE_ID = 30;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'Subscribe';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 19;
  private $actingVersion = 2;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 19, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 19, 'Subscribe', offset);
    requireSpace(capacity, offset, actingBlockLength, 'Subscribe');
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
    if (schemaId !== 101 || templateId !== 30) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 30, 'Subscribe');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 19, 'Subscribe', at);
    requireSpace(capacity, at, actingBlockLength, 'Subscribe');
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

  /** Field 5060, required. */
  channel(): Channel {
    return this.$view.getUint8(this.$offset) as Channel;
  }

  /** Field 55, required. Text up to the first NUL. */
  symbol(): string {
    return readChars(this.$bytes, this.$offset + 1, 16, false, 'Subscribe.Symbol');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 16, 'Subscribe.Symbol', this.$offset + 1, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 1;
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

  /** Field 264, optional. */
  depth(): number {
    return this.$view.getUint16(this.$offset + 17, true);
  }

  static readonly depthNullValue = 65535;

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Encodes message Subscribe (templateId 30). */
export class SubscribeEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 19;
  static readonly TEMPLATE_ID = 30;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'Subscribe';

  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 19, 'Subscribe');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 19;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 27, 'Subscribe');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x1e0013, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 19;
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

  /** Field 5060, required. */
  channel(value: Channel): this {
    this.$view.setUint8(this.$offset, value);
    return this;
  }

  /** Field 55, required. Writes the text and NUL-pads the rest. */
  symbol(value: string): this {
    writeChars(this.$view, this.$offset + 1, 16, value, false, 'Subscribe.Symbol');
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
    requireRoom(src, srcOffset, 16, 'Subscribe.Symbol', this.$offset + 1, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 1;
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

  /** Field 264, optional. */
  depth(value: number): this {
    this.$view.setUint16(this.$offset + 17, value, true);
    return this;
  }

  static readonly depthNullValue = 65535;

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$capacity = capacity;
  }
}
