// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { BooleanType } from './BooleanType.js';
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
 * First message on /trade, within 5 s of connecting.
 * Decodes message Logon (templateId 1).
 */
export class LogonDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 73;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'Logon';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 73;
  private $actingVersion = 2;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 73, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 73, 'Logon', offset);
    requireSpace(capacity, offset, actingBlockLength, 'Logon');
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
    if (schemaId !== 101 || templateId !== 1) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 1, 'Logon');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 73, 'Logon', at);
    requireSpace(capacity, at, actingBlockLength, 'Logon');
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

  /** Field 52, required. */
  timestamp(): number {
    const view = this.$view;
    const at = this.$offset;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /** Field 5001, required. Text up to the first NUL. */
  signature(): string {
    return readChars(this.$bytes, this.$offset + 8, 64, false, 'Logon.Signature');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 64 raw bytes of Signature into dst; returns the count. */
  getSignature(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 64, 'Logon.Signature', this.$offset + 8, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 8;
    const w0 = view.getInt32(at, true);
    const w4 = view.getInt32(at + 4, true);
    const w8 = view.getInt32(at + 8, true);
    const w12 = view.getInt32(at + 12, true);
    const w16 = view.getInt32(at + 16, true);
    const w20 = view.getInt32(at + 20, true);
    const w24 = view.getInt32(at + 24, true);
    const w28 = view.getInt32(at + 28, true);
    const w32 = view.getInt32(at + 32, true);
    const w36 = view.getInt32(at + 36, true);
    const w40 = view.getInt32(at + 40, true);
    const w44 = view.getInt32(at + 44, true);
    const w48 = view.getInt32(at + 48, true);
    const w52 = view.getInt32(at + 52, true);
    const w56 = view.getInt32(at + 56, true);
    const w60 = view.getInt32(at + 60, true);
    to.setInt32(dstOffset, w0, true);
    to.setInt32(dstOffset + 4, w4, true);
    to.setInt32(dstOffset + 8, w8, true);
    to.setInt32(dstOffset + 12, w12, true);
    to.setInt32(dstOffset + 16, w16, true);
    to.setInt32(dstOffset + 20, w20, true);
    to.setInt32(dstOffset + 24, w24, true);
    to.setInt32(dstOffset + 28, w28, true);
    to.setInt32(dstOffset + 32, w32, true);
    to.setInt32(dstOffset + 36, w36, true);
    to.setInt32(dstOffset + 40, w40, true);
    to.setInt32(dstOffset + 44, w44, true);
    to.setInt32(dstOffset + 48, w48, true);
    to.setInt32(dstOffset + 52, w52, true);
    to.setInt32(dstOffset + 56, w56, true);
    to.setInt32(dstOffset + 60, w60, true);
    return 64;
  }

  static readonly signatureLength = 64;

  /** Field 5002, required. */
  cancelOnDisconnect(): BooleanType {
    return this.$view.getUint8(this.$offset + 72) as BooleanType;
  }

  /** Length of ApiKey in bytes, without moving past it. */
  apiKeyLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Logon.ApiKey');
    return this.$view.getUint16(at, true);
  }

  /** ApiKey (var data 5003, one byte per char); moves past it. */
  apiKey(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Logon.ApiKey');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Logon.ApiKey');
    this.$limit = at + 2 + length;
    return length === 0 ? '' : decodeLatin1(this.$bytes, at + 2, length);
  }

  /** Copies ApiKey into dst without allocating; moves past it; returns its length. */
  getApiKey(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Logon.ApiKey');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Logon.ApiKey');
    this.$limit = at + 2 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 2, length, dst, dstOffset, 'Logon.ApiKey');
  }

  /** Moves past ApiKey; returns its length. */
  skipApiKey(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Logon.ApiKey');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Logon.ApiKey');
    this.$limit = at + 2 + length;
    return length;
  }

  /** Length of Nonce in bytes, without moving past it. */
  nonceLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Logon.Nonce');
    return this.$view.getUint16(at, true);
  }

  /** Nonce (var data 5004, one byte per char); moves past it. */
  nonce(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Logon.Nonce');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Logon.Nonce');
    this.$limit = at + 2 + length;
    return length === 0 ? '' : decodeLatin1(this.$bytes, at + 2, length);
  }

  /** Copies Nonce into dst without allocating; moves past it; returns its length. */
  getNonce(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Logon.Nonce');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Logon.Nonce');
    this.$limit = at + 2 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 2, length, dst, dstOffset, 'Logon.Nonce');
  }

  /** Moves past Nonce; returns its length. */
  skipNonce(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Logon.Nonce');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Logon.Nonce');
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
 * First message on /trade, within 5 s of connecting.
 * Encodes message Logon (templateId 1).
 */
export class LogonEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 73;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'Logon';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 73, 'Logon');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 73;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 81, 'Logon');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x10049, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 73;
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

  /** Field 52, required. */
  timestamp(value: number): this {
    const view = this.$view;
    const at = this.$offset;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /** Field 5001, required. Writes the text and NUL-pads the rest. */
  signature(value: string): this {
    writeChars(this.$view, this.$offset + 8, 64, value, false, 'Logon.Signature');
    return this;
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies 64 raw bytes from src. */
  putSignature(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 64, 'Logon.Signature', this.$offset + 8, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 8;
    const w0 = from.getInt32(srcOffset, true);
    const w4 = from.getInt32(srcOffset + 4, true);
    const w8 = from.getInt32(srcOffset + 8, true);
    const w12 = from.getInt32(srcOffset + 12, true);
    const w16 = from.getInt32(srcOffset + 16, true);
    const w20 = from.getInt32(srcOffset + 20, true);
    const w24 = from.getInt32(srcOffset + 24, true);
    const w28 = from.getInt32(srcOffset + 28, true);
    const w32 = from.getInt32(srcOffset + 32, true);
    const w36 = from.getInt32(srcOffset + 36, true);
    const w40 = from.getInt32(srcOffset + 40, true);
    const w44 = from.getInt32(srcOffset + 44, true);
    const w48 = from.getInt32(srcOffset + 48, true);
    const w52 = from.getInt32(srcOffset + 52, true);
    const w56 = from.getInt32(srcOffset + 56, true);
    const w60 = from.getInt32(srcOffset + 60, true);
    view.setInt32(at, w0, true);
    view.setInt32(at + 4, w4, true);
    view.setInt32(at + 8, w8, true);
    view.setInt32(at + 12, w12, true);
    view.setInt32(at + 16, w16, true);
    view.setInt32(at + 20, w20, true);
    view.setInt32(at + 24, w24, true);
    view.setInt32(at + 28, w28, true);
    view.setInt32(at + 32, w32, true);
    view.setInt32(at + 36, w36, true);
    view.setInt32(at + 40, w40, true);
    view.setInt32(at + 44, w44, true);
    view.setInt32(at + 48, w48, true);
    view.setInt32(at + 52, w52, true);
    view.setInt32(at + 56, w56, true);
    view.setInt32(at + 60, w60, true);
    return this;
  }

  static readonly signatureLength = 64;

  /** Field 5002, required. */
  cancelOnDisconnect(value: BooleanType): this {
    this.$view.setUint8(this.$offset + 72, value);
    return this;
  }

  /** Writes ApiKey (var data 5003) after what is already written. */
  apiKey(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Logon.ApiKey');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 2, 256);
      length = value.length > room ? -1 : writeLatin1(this.$bytes, at + 2, room, value, 'Logon.ApiKey');
      if (length < 0) throw textDoesNotFit('Logon.ApiKey', at, room, 256);
    }
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes ApiKey from raw bytes. */
  putApiKey(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 256) throw new SbeCodecError('Logon.ApiKey', at, 'length ' + length + ' is outside 0..256');
    requireSpace(this.$capacity, at, 2 + length, 'Logon.ApiKey');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 2, 'Logon.ApiKey');
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes Nonce (var data 5004) after what is already written. */
  nonce(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 2, 'Logon.Nonce');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 2, 256);
      length = value.length > room ? -1 : writeLatin1(this.$bytes, at + 2, room, value, 'Logon.Nonce');
      if (length < 0) throw textDoesNotFit('Logon.Nonce', at, room, 256);
    }
    this.$view.setUint16(at, length, true);
    this.$limit = at + 2 + length;
    return this;
  }

  /** Writes Nonce from raw bytes. */
  putNonce(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 256) throw new SbeCodecError('Logon.Nonce', at, 'length ' + length + ' is outside 0..256');
    requireSpace(this.$capacity, at, 2 + length, 'Logon.Nonce');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 2, 'Logon.Nonce');
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
