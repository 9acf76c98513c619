// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  SbeCodecError,
  type SbeLimitHolder,
  bytesOf,
  copyIn,
  copyOut,
  readChars,
  requireBlockLength,
  requireSpace,
  writeChars,
} from './sbeRuntime.js';

/** Decodes message LogonAck (templateId 2). */
export class LogonAckDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 2;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'LogonAck';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 32;
  #actingVersion = 1;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 32, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 32, 'LogonAck', offset);
    requireSpace(buffer, offset, actingBlockLength, 'LogonAck');
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
    if (header.templateId() !== 2) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not LogonAck (2)');
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

  /** Field 1, required. Text up to the first NUL. */
  account(): string {
    return readChars(this.#bytes, this.#offset, 32, false, 'LogonAck.Account');
  }

  /** Copies the 32 raw bytes of Account into dst; returns the count. */
  getAccount(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset, 32, dst, dstOffset, 'LogonAck.Account');
  }

  static readonly accountLength = 32;
}

/** Encodes message LogonAck (templateId 2). */
export class LogonAckEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 2;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'LogonAck';

  #view = EMPTY_VIEW;
  #offset = 0;
  #limit = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 32, 'LogonAck');
    this.#view = buffer;
    this.#offset = offset;
    this.#limit = offset + 32;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(32).templateId(2).schemaId(101).version(1);
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

  /** Field 1, required. Writes the text and NUL-pads the rest. */
  account(value: string): this {
    writeChars(this.#view, this.#offset, 32, value, false, 'LogonAck.Account');
    return this;
  }

  /** Copies 32 raw bytes from src. */
  putAccount(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 32, this.#view, this.#offset, 'LogonAck.Account');
    return this;
  }

  static readonly accountLength = 32;
}
