// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
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
  requireBlockLength,
  requireSpace,
  requireVarData,
  textDoesNotFit,
  wrongHeader,
} from './sbeRuntime.js';

/**
 * Followed by the server closing the socket.
 * Decodes message LogonReject (templateId 3).
 */
export class LogonRejectDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 0;
  static readonly TEMPLATE_ID = 3;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'LogonReject';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 0;
  private $actingVersion = 2;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 0, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 0, 'LogonReject', offset);
    requireSpace(capacity, offset, actingBlockLength, 'LogonReject');
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
    if (schemaId !== 101 || templateId !== 3) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 3, 'LogonReject');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 0, 'LogonReject', at);
    requireSpace(capacity, at, actingBlockLength, 'LogonReject');
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

  /** Length of Reason in bytes, without moving past it. */
  reasonLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'LogonReject.Reason');
    return this.$view.getUint16(at, true);
  }

  /** Reason (var data 5010, UTF-8); moves past it. */
  reason(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'LogonReject.Reason');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'LogonReject.Reason');
    this.$limit = at + 2 + length;
    return length === 0 ? '' : decodeUtf8(this.$bytes, at + 2, length, 'LogonReject.Reason');
  }

  /** Copies Reason into dst without allocating; moves past it; returns its length. */
  getReason(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'LogonReject.Reason');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'LogonReject.Reason');
    this.$limit = at + 2 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 2, length, dst, dstOffset, 'LogonReject.Reason');
  }

  /** Moves past Reason; returns its length. */
  skipReason(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'LogonReject.Reason');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'LogonReject.Reason');
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
 * Followed by the server closing the socket.
 * Encodes message LogonReject (templateId 3).
 */
export class LogonRejectEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 0;
  static readonly TEMPLATE_ID = 3;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'LogonReject';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 0, 'LogonReject');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 0;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 8, 'LogonReject');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x30000, true);
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

  /** Writes Reason (var data 5010) after what is already written. */
  reason(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'LogonReject.Reason');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 2, 1024);
      length = encodeUtf8Into(this.$bytes, at + 2, room, value);
      if (length < 0) throw textDoesNotFit('LogonReject.Reason', at, room, 1024);
    }
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes Reason from raw bytes. */
  putReason(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 1024) throw new SbeCodecError('LogonReject.Reason', at, 'length ' + length + ' is outside 0..1024');
    requireSpace(this.$capacity, at, 2 + length, 'LogonReject.Reason');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 2, 'LogonReject.Reason');
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
