// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
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
  getInt64AsNumber,
  readChars,
  requireBlockLength,
  requireSpace,
  requireVarData,
  setInt64FromNumber,
  writeChars,
  writeLatin1,
} from './sbeRuntime.js';

/**
 * First message on /trade, within 5 s of connecting.
 * Decodes message Logon (templateId 1).
 */
export class LogonDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 73;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'Logon';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 73;
  #actingVersion = 1;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 73, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 73, 'Logon', offset);
    requireSpace(buffer, offset, actingBlockLength, 'Logon');
    if (buffer !== this.#view) {
      this.#view = buffer;
      this.#bytes = bytesOf(buffer);
    }
    this.#offset = offset;
    this.#actingBlockLength = actingBlockLength;
    this.#actingVersion = actingVersion;
    this.#limit = offset + actingBlockLength;
    return this;
  }

  /** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderDecoder): this {
    header.wrap(buffer, offset);
    if (header.schemaId() !== 101) {
      throw new SbeCodecError('messageHeader.schemaId', offset + 4, 'schemaId ' + header.schemaId() + " is not this schema's id 101");
    }
    if (header.templateId() !== 1) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not Logon (1)');
    }
    return this.wrap(buffer, offset + 8, header.blockLength(), header.version());
  }

  sbeLimit(): number {
    return this.#limit;
  }

  sbeSetLimit(limit: number): void {
    this.#limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.#limit - this.#offset;
  }

  sbeActingBlockLength(): number {
    return this.#actingBlockLength;
  }

  sbeActingVersion(): number {
    return this.#actingVersion;
  }

  sbeOffset(): number {
    return this.#offset;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Field 52, required. */
  timestamp(): number {
    return getInt64AsNumber(this.#view, this.#offset, true);
  }

  /** Field 5001, required. Text up to the first NUL. */
  signature(): string {
    return readChars(this.#bytes, this.#offset + 8, 64, false, 'Logon.Signature');
  }

  /** Copies the 64 raw bytes of Signature into dst; returns the count. */
  getSignature(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset + 8, 64, dst, dstOffset, 'Logon.Signature');
  }

  static readonly signatureLength = 64;

  /** Field 5002, required. */
  cancelOnDisconnect(): BooleanType {
    return this.#view.getUint8(this.#offset + 72) as BooleanType;
  }

  /** Length of ApiKey in bytes, without moving past it. */
  apiKeyLength(): number {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'Logon.ApiKey');
    return this.#view.getUint16(at, true);
  }

  /** ApiKey (var data 5003, one byte per char); moves past it. */
  apiKey(): string {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'Logon.ApiKey');
    const length = this.#view.getUint16(at, true);
    requireVarData(this.#view, at, at + 2, length, 'Logon.ApiKey');
    this.#limit = at + 2 + length;
    return decodeLatin1(this.#bytes, at + 2, length);
  }

  /** Copies ApiKey into dst without allocating; moves past it; returns its length. */
  getApiKey(dst: Uint8Array, dstOffset: number): number {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'Logon.ApiKey');
    const length = this.#view.getUint16(at, true);
    requireVarData(this.#view, at, at + 2, length, 'Logon.ApiKey');
    this.#limit = at + 2 + length;
    return copyOut(this.#view, at + 2, length, dst, dstOffset, 'Logon.ApiKey');
  }

  /** Moves past ApiKey; returns its length. */
  skipApiKey(): number {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'Logon.ApiKey');
    const length = this.#view.getUint16(at, true);
    requireVarData(this.#view, at, at + 2, length, 'Logon.ApiKey');
    this.#limit = at + 2 + length;
    return length;
  }

  /** Length of Nonce in bytes, without moving past it. */
  nonceLength(): number {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'Logon.Nonce');
    return this.#view.getUint16(at, true);
  }

  /** Nonce (var data 5004, one byte per char); moves past it. */
  nonce(): string {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'Logon.Nonce');
    const length = this.#view.getUint16(at, true);
    requireVarData(this.#view, at, at + 2, length, 'Logon.Nonce');
    this.#limit = at + 2 + length;
    return decodeLatin1(this.#bytes, at + 2, length);
  }

  /** Copies Nonce into dst without allocating; moves past it; returns its length. */
  getNonce(dst: Uint8Array, dstOffset: number): number {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'Logon.Nonce');
    const length = this.#view.getUint16(at, true);
    requireVarData(this.#view, at, at + 2, length, 'Logon.Nonce');
    this.#limit = at + 2 + length;
    return copyOut(this.#view, at + 2, length, dst, dstOffset, 'Logon.Nonce');
  }

  /** Moves past Nonce; returns its length. */
  skipNonce(): number {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'Logon.Nonce');
    const length = this.#view.getUint16(at, true);
    requireVarData(this.#view, at, at + 2, length, 'Logon.Nonce');
    this.#limit = at + 2 + length;
    return length;
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
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'Logon';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 73, 'Logon');
    if (buffer !== this.#view) {
      this.#view = buffer;
      this.#bytes = bytesOf(buffer);
    }
    this.#offset = offset;
    this.#limit = offset + 73;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(73).templateId(1).schemaId(101).version(1);
    return this;
  }

  sbeLimit(): number {
    return this.#limit;
  }

  sbeSetLimit(limit: number): void {
    this.#limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.#limit - this.#offset;
  }

  sbeOffset(): number {
    return this.#offset;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Field 52, required. */
  timestamp(value: number): this {
    setInt64FromNumber(this.#view, this.#offset, value, true);
    return this;
  }

  /** Field 5001, required. Writes the text and NUL-pads the rest. */
  signature(value: string): this {
    writeChars(this.#view, this.#offset + 8, 64, value, false, 'Logon.Signature');
    return this;
  }

  /** Copies 64 raw bytes from src. */
  putSignature(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 64, this.#view, this.#offset + 8, 'Logon.Signature');
    return this;
  }

  static readonly signatureLength = 64;

  /** Field 5002, required. */
  cancelOnDisconnect(value: BooleanType): this {
    this.#view.setUint8(this.#offset + 72, value);
    return this;
  }

  /** Writes ApiKey (var data 5003) after what is already written. */
  apiKey(value: string): this {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'Logon.ApiKey');
    const room = Math.min(this.#view.byteLength - at - 2, 256);
    const length = value.length > room ? -1 : writeLatin1(this.#bytes, at + 2, room, value, 'Logon.ApiKey');
    if (length < 0) throw new SbeCodecError('Logon.ApiKey', at, 'text does not fit in ' + room + ' bytes (the buffer end or the var-data limit of 256)');
    this.#view.setUint16(at, length, true);
    this.#limit = at + 2 + length;
    return this;
  }

  /** Writes ApiKey from raw bytes. */
  putApiKey(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.#limit;
    if (length < 0 || length > 256) throw new SbeCodecError('Logon.ApiKey', at, 'length ' + length + ' is outside 0..256');
    requireSpace(this.#view, at, 2 + length, 'Logon.ApiKey');
    copyIn(src, srcOffset, length, this.#view, at + 2, 'Logon.ApiKey');
    this.#view.setUint16(at, length, true);
    this.#limit = at + 2 + length;
    return this;
  }

  /** Writes Nonce (var data 5004) after what is already written. */
  nonce(value: string): this {
    const at = this.#limit;
    requireSpace(this.#view, at, 2, 'Logon.Nonce');
    const room = Math.min(this.#view.byteLength - at - 2, 256);
    const length = value.length > room ? -1 : writeLatin1(this.#bytes, at + 2, room, value, 'Logon.Nonce');
    if (length < 0) throw new SbeCodecError('Logon.Nonce', at, 'text does not fit in ' + room + ' bytes (the buffer end or the var-data limit of 256)');
    this.#view.setUint16(at, length, true);
    this.#limit = at + 2 + length;
    return this;
  }

  /** Writes Nonce from raw bytes. */
  putNonce(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.#limit;
    if (length < 0 || length > 256) throw new SbeCodecError('Logon.Nonce', at, 'length ' + length + ' is outside 0..256');
    requireSpace(this.#view, at, 2 + length, 'Logon.Nonce');
    copyIn(src, srcOffset, length, this.#view, at + 2, 'Logon.Nonce');
    this.#view.setUint16(at, length, true);
    this.#limit = at + 2 + length;
    return this;
  }
}
