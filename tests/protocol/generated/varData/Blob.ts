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
  wrongSchemaId,
  wrongTemplateId,
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
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 4;
  private $actingVersion = 0;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 4, actingVersion: number = 0): this {
    requireBlockLength(actingBlockLength, 4, 'Blob', offset);
    requireSpace(buffer, offset, actingBlockLength, 'Blob');
    if (buffer !== this.$view) {
      this.$view = buffer;
      this.$bytes = bytesOf(buffer);
    }
    this.$offset = offset;
    this.$actingBlockLength = actingBlockLength;
    this.$actingVersion = actingVersion;
    this.$limit = offset + actingBlockLength;
    return this;
  }

  /** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderDecoder): this {
    header.wrap(buffer, offset);
    const schemaId = buffer.getUint16(offset + 4, true);
    if (schemaId !== 14) throw wrongSchemaId(offset + 4, schemaId, 14);
    const templateId = buffer.getUint16(offset + 2, true);
    if (templateId !== 1) throw wrongTemplateId(offset + 2, templateId, 1, 'Blob');
    return this.wrap(buffer, offset + 8, buffer.getUint16(offset, true), buffer.getUint16(offset + 6, true));
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
    requireSpace(this.$view, at, 4, 'Blob.text');
    return this.$view.getUint32(at, true);
  }

  /** text (var data 2, UTF-8); moves past it. */
  text(): string {
    const at = this.$limit;
    requireSpace(this.$view, at, 4, 'Blob.text');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$view, at, at + 4, length, 'Blob.text');
    this.$limit = at + 4 + length;
    return decodeUtf8(this.$bytes, at + 4, length, 'Blob.text');
  }

  /** Copies text into dst without allocating; moves past it; returns its length. */
  getText(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 4, 'Blob.text');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$view, at, at + 4, length, 'Blob.text');
    this.$limit = at + 4 + length;
    return copyOut(this.$view, at + 4, length, dst, dstOffset, 'Blob.text');
  }

  /** Moves past text; returns its length. */
  skipText(): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 4, 'Blob.text');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$view, at, at + 4, length, 'Blob.text');
    this.$limit = at + 4 + length;
    return length;
  }

  /** Length of ascii in bytes, without moving past it. */
  asciiLength(): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 2, 'Blob.ascii');
    return this.$view.getUint16(at, true);
  }

  /** ascii (var data 3, one byte per char); moves past it. */
  ascii(): string {
    const at = this.$limit;
    requireSpace(this.$view, at, 2, 'Blob.ascii');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$view, at, at + 2, length, 'Blob.ascii');
    this.$limit = at + 2 + length;
    return decodeLatin1(this.$bytes, at + 2, length);
  }

  /** Copies ascii into dst without allocating; moves past it; returns its length. */
  getAscii(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 2, 'Blob.ascii');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$view, at, at + 2, length, 'Blob.ascii');
    this.$limit = at + 2 + length;
    return copyOut(this.$view, at + 2, length, dst, dstOffset, 'Blob.ascii');
  }

  /** Moves past ascii; returns its length. */
  skipAscii(): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 2, 'Blob.ascii');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$view, at, at + 2, length, 'Blob.ascii');
    this.$limit = at + 2 + length;
    return length;
  }

  /** Length of small in bytes, without moving past it. */
  smallLength(): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 1, 'Blob.small');
    return this.$view.getUint8(at);
  }

  /** small (var data 4) as a new array; moves past it. */
  smallBytes(): Uint8Array {
    const at = this.$limit;
    requireSpace(this.$view, at, 1, 'Blob.small');
    const length = this.$view.getUint8(at);
    requireVarData(this.$view, at, at + 1, length, 'Blob.small');
    this.$limit = at + 1 + length;
    return this.$bytes.slice(at + 1, at + 1 + length);
  }

  /** Copies small into dst without allocating; moves past it; returns its length. */
  getSmall(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 1, 'Blob.small');
    const length = this.$view.getUint8(at);
    requireVarData(this.$view, at, at + 1, length, 'Blob.small');
    this.$limit = at + 1 + length;
    return copyOut(this.$view, at + 1, length, dst, dstOffset, 'Blob.small');
  }

  /** Moves past small; returns its length. */
  skipSmall(): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 1, 'Blob.small');
    const length = this.$view.getUint8(at);
    requireVarData(this.$view, at, at + 1, length, 'Blob.small');
    this.$limit = at + 1 + length;
    return length;
  }

  /** Length of big in bytes, without moving past it. */
  bigLength(): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 4, 'Blob.big');
    return this.$view.getUint32(at, true);
  }

  /** big (var data 5) as a new array; moves past it. */
  bigBytes(): Uint8Array {
    const at = this.$limit;
    requireSpace(this.$view, at, 4, 'Blob.big');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$view, at, at + 4, length, 'Blob.big');
    this.$limit = at + 4 + length;
    return this.$bytes.slice(at + 4, at + 4 + length);
  }

  /** Copies big into dst without allocating; moves past it; returns its length. */
  getBig(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 4, 'Blob.big');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$view, at, at + 4, length, 'Blob.big');
    this.$limit = at + 4 + length;
    return copyOut(this.$view, at + 4, length, dst, dstOffset, 'Blob.big');
  }

  /** Moves past big; returns its length. */
  skipBig(): number {
    const at = this.$limit;
    requireSpace(this.$view, at, 4, 'Blob.big');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$view, at, at + 4, length, 'Blob.big');
    this.$limit = at + 4 + length;
    return length;
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
  private $offset = 0;
  private $limit = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 4, 'Blob');
    if (buffer !== this.$view) {
      this.$view = buffer;
      this.$bytes = bytesOf(buffer);
    }
    this.$offset = offset;
    this.$limit = offset + 4;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    header.wrap(buffer, offset);
    this.wrap(buffer, offset + 8);
    buffer.setUint16(offset, 4, true);
    buffer.setUint16(offset + 2, 1, true);
    buffer.setUint16(offset + 4, 14, true);
    buffer.setUint16(offset + 6, 0, true);
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
    requireSpace(this.$view, at, 4, 'Blob.text');
    const room = Math.min(this.$view.byteLength - at - 4, 1000000);
    const length = encodeUtf8Into(this.$bytes, at + 4, room, value);
    if (length < 0) throw textDoesNotFit('Blob.text', at, room, 1000000);
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes text from raw bytes. */
  putText(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 1000000) throw new SbeCodecError('Blob.text', at, 'length ' + length + ' is outside 0..1000000');
    requireSpace(this.$view, at, 4 + length, 'Blob.text');
    copyIn(src, srcOffset, length, this.$view, at + 4, 'Blob.text');
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes ascii (var data 3) after what is already written. */
  ascii(value: string): this {
    const at = this.$limit;
    requireSpace(this.$view, at, 2, 'Blob.ascii');
    const room = Math.min(this.$view.byteLength - at - 2, 65534);
    const length = value.length > room ? -1 : writeLatin1(this.$bytes, at + 2, room, value, 'Blob.ascii');
    if (length < 0) throw textDoesNotFit('Blob.ascii', at, room, 65534);
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes ascii from raw bytes. */
  putAscii(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 65534) throw new SbeCodecError('Blob.ascii', at, 'length ' + length + ' is outside 0..65534');
    requireSpace(this.$view, at, 2 + length, 'Blob.ascii');
    copyIn(src, srcOffset, length, this.$view, at + 2, 'Blob.ascii');
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes small from raw bytes. */
  putSmall(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 254) throw new SbeCodecError('Blob.small', at, 'length ' + length + ' is outside 0..254');
    requireSpace(this.$view, at, 1 + length, 'Blob.small');
    copyIn(src, srcOffset, length, this.$view, at + 1, 'Blob.small');
    this.$view.setUint8(at, length);
    this.$limit = at + 1 + length;
    return this;
  }

  /** Writes big from raw bytes. */
  putBig(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 4294967294) throw new SbeCodecError('Blob.big', at, 'length ' + length + ' is outside 0..4294967294');
    requireSpace(this.$view, at, 4 + length, 'Blob.big');
    copyIn(src, srcOffset, length, this.$view, at + 4, 'Blob.big');
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }
}
