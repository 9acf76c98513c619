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

/** Decodes message OrderStatusRequest (templateId 14). */
export class OrderStatusRequestDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 14;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'OrderStatusRequest';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 32;
  #actingVersion = 1;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 32, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 32, 'OrderStatusRequest', offset);
    requireSpace(buffer, offset, actingBlockLength, 'OrderStatusRequest');
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
    if (header.templateId() !== 14) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not OrderStatusRequest (14)');
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

  /** Field 11, required. Text up to the first NUL. */
  clOrdID(): string {
    return readChars(this.#bytes, this.#offset, 32, false, 'OrderStatusRequest.ClOrdID');
  }

  /** Copies the 32 raw bytes of ClOrdID into dst; returns the count. */
  getClOrdID(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset, 32, dst, dstOffset, 'OrderStatusRequest.ClOrdID');
  }

  static readonly clOrdIDLength = 32;
}

/** Encodes message OrderStatusRequest (templateId 14). */
export class OrderStatusRequestEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 14;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'OrderStatusRequest';

  #view = EMPTY_VIEW;
  #offset = 0;
  #limit = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 32, 'OrderStatusRequest');
    this.#view = buffer;
    this.#offset = offset;
    this.#limit = offset + 32;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(32).templateId(14).schemaId(101).version(1);
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

  /** Field 11, required. Writes the text and NUL-pads the rest. */
  clOrdID(value: string): this {
    writeChars(this.#view, this.#offset, 32, value, false, 'OrderStatusRequest.ClOrdID');
    return this;
  }

  /** Copies 32 raw bytes from src. */
  putClOrdID(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 32, this.#view, this.#offset, 'OrderStatusRequest.ClOrdID');
    return this;
  }

  static readonly clOrdIDLength = 32;
}
