// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from varData.xml,
// schema "fixture.varData" id 14 version 0, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
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
  requireBlockLength,
  requireSpace,
  requireVarData,
  textDoesNotFit,
  writeLatin1,
  wrongHeader,
} from './sbeRuntime.js';

/** Decodes message Blob (templateId 1). */
export class BlobDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 4;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 14;
  static readonly SCHEMA_VERSION = 0;
  static readonly NAME = 'Blob';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 4;
  private $actingVersion = 0;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 4, actingVersion: number = 0): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 4, 'Blob', offset);
    requireSpace(capacity, offset, actingBlockLength, 'Blob');
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
    if (schemaId !== 14 || templateId !== 1) {
      throw wrongHeader(offset + 4, schemaId, 14, offset + 2, templateId, 1, 'Blob');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 4, 'Blob', at);
    requireSpace(capacity, at, actingBlockLength, 'Blob');
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

  /** Field 1, required. */
  id(): number {
    return this.$view.getUint32(this.$offset, true);
  }

  /** Length of text in bytes, without moving past it. */
  textLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Blob.text');
    return this.$view.getUint32(at, true);
  }

  /** text (var data 2, UTF-8); moves past it. */
  text(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Blob.text');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Blob.text');
    this.$limit = at + 4 + length;
    return length === 0 ? '' : decodeUtf8(this.$bytes, at + 4, length, 'Blob.text');
  }

  /** Copies text into dst without allocating; moves past it; returns its length. */
  getText(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Blob.text');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Blob.text');
    this.$limit = at + 4 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 4, length, dst, dstOffset, 'Blob.text');
  }

  /** Moves past text; returns its length. */
  skipText(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Blob.text');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Blob.text');
    this.$limit = at + 4 + length;
    return length;
  }

  /** Length of ascii in bytes, without moving past it. */
  asciiLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Blob.ascii');
    return this.$view.getUint16(at, true);
  }

  /** ascii (var data 3, one byte per char); moves past it. */
  ascii(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Blob.ascii');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Blob.ascii');
    this.$limit = at + 2 + length;
    return length === 0 ? '' : decodeLatin1(this.$bytes, at + 2, length);
  }

  /** Copies ascii into dst without allocating; moves past it; returns its length. */
  getAscii(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Blob.ascii');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Blob.ascii');
    this.$limit = at + 2 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 2, length, dst, dstOffset, 'Blob.ascii');
  }

  /** Moves past ascii; returns its length. */
  skipAscii(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Blob.ascii');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Blob.ascii');
    this.$limit = at + 2 + length;
    return length;
  }

  /** Length of small in bytes, without moving past it. */
  smallLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 1, 'Blob.small');
    return this.$view.getUint8(at);
  }

  /** small (var data 4) as a new array; moves past it. */
  smallBytes(): Uint8Array {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 1, 'Blob.small');
    const length = this.$view.getUint8(at);
    requireVarData(this.$capacity, at, at + 1, length, 'Blob.small');
    this.$limit = at + 1 + length;
    return this.$bytes.slice(at + 1, at + 1 + length);
  }

  /** Copies small into dst without allocating; moves past it; returns its length. */
  getSmall(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 1, 'Blob.small');
    const length = this.$view.getUint8(at);
    requireVarData(this.$capacity, at, at + 1, length, 'Blob.small');
    this.$limit = at + 1 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 1, length, dst, dstOffset, 'Blob.small');
  }

  /** Moves past small; returns its length. */
  skipSmall(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 1, 'Blob.small');
    const length = this.$view.getUint8(at);
    requireVarData(this.$capacity, at, at + 1, length, 'Blob.small');
    this.$limit = at + 1 + length;
    return length;
  }

  /** Length of big in bytes, without moving past it. */
  bigLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Blob.big');
    return this.$view.getUint32(at, true);
  }

  /** big (var data 5) as a new array; moves past it. */
  bigBytes(): Uint8Array {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Blob.big');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Blob.big');
    this.$limit = at + 4 + length;
    return this.$bytes.slice(at + 4, at + 4 + length);
  }

  /** Copies big into dst without allocating; moves past it; returns its length. */
  getBig(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Blob.big');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Blob.big');
    this.$limit = at + 4 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 4, length, dst, dstOffset, 'Blob.big');
  }

  /** Moves past big; returns its length. */
  skipBig(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Blob.big');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Blob.big');
    this.$limit = at + 4 + length;
    return length;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Encodes message Blob (templateId 1). */
export class BlobEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 4;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 14;
  static readonly SCHEMA_VERSION = 0;
  static readonly NAME = 'Blob';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 4, 'Blob');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 4;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 12, 'Blob');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x10004, true);
    buffer.setUint32(offset + 4, 0xe, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 4;
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

  /** Field 1, required. */
  id(value: number): this {
    this.$view.setUint32(this.$offset, value, true);
    return this;
  }

  /** Writes text (var data 2) after what is already written. */
  text(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Blob.text');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 4, 1000000);
      length = encodeUtf8Into(this.$bytes, at + 4, room, value);
      if (length < 0) throw textDoesNotFit('Blob.text', at, room, 1000000);
    }
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes text from raw bytes. */
  putText(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 1000000) throw new SbeCodecError('Blob.text', at, 'length ' + length + ' is outside 0..1000000');
    requireSpace(this.$capacity, at, 4 + length, 'Blob.text');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 4, 'Blob.text');
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes ascii (var data 3) after what is already written. */
  ascii(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Blob.ascii');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 2, 65534);
      length = value.length > room ? -1 : writeLatin1(this.$bytes, at + 2, room, value, 'Blob.ascii');
      if (length < 0) throw textDoesNotFit('Blob.ascii', at, room, 65534);
    }
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes ascii from raw bytes. */
  putAscii(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 65534) throw new SbeCodecError('Blob.ascii', at, 'length ' + length + ' is outside 0..65534');
    requireSpace(this.$capacity, at, 2 + length, 'Blob.ascii');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 2, 'Blob.ascii');
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes small from raw bytes. */
  putSmall(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 254) throw new SbeCodecError('Blob.small', at, 'length ' + length + ' is outside 0..254');
    requireSpace(this.$capacity, at, 1 + length, 'Blob.small');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 1, 'Blob.small');
    this.$view.setUint8(at, length);
    this.$limit = at + 1 + length;
    return this;
  }

  /** Writes big from raw bytes. */
  putBig(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 4294967294) throw new SbeCodecError('Blob.big', at, 'length ' + length + ' is outside 0..4294967294');
    requireSpace(this.$capacity, at, 4 + length, 'Blob.big');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 4, 'Blob.big');
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}
