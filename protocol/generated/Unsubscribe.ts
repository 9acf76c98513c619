// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { Channel } from './Channel.js';
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

/** Decodes message Unsubscribe (templateId 31). */
export class UnsubscribeDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 17;
  static readonly TEMPLATE_ID = 31;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'Unsubscribe';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 17;
  #actingVersion = 1;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 17, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 17, 'Unsubscribe', offset);
    requireSpace(buffer, offset, actingBlockLength, 'Unsubscribe');
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
    if (header.templateId() !== 31) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not Unsubscribe (31)');
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

  /** Field 5060, required. */
  channel(): Channel {
    return this.#view.getUint8(this.#offset) as Channel;
  }

  /** Field 55, required. Text up to the first NUL. */
  symbol(): string {
    return readChars(this.#bytes, this.#offset + 1, 16, false, 'Unsubscribe.Symbol');
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset + 1, 16, dst, dstOffset, 'Unsubscribe.Symbol');
  }

  static readonly symbolLength = 16;
}

/** Encodes message Unsubscribe (templateId 31). */
export class UnsubscribeEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 17;
  static readonly TEMPLATE_ID = 31;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'Unsubscribe';

  #view = EMPTY_VIEW;
  #offset = 0;
  #limit = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 17, 'Unsubscribe');
    this.#view = buffer;
    this.#offset = offset;
    this.#limit = offset + 17;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(17).templateId(31).schemaId(101).version(1);
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

  /** Field 5060, required. */
  channel(value: Channel): this {
    this.#view.setUint8(this.#offset, value);
    return this;
  }

  /** Field 55, required. Writes the text and NUL-pads the rest. */
  symbol(value: string): this {
    writeChars(this.#view, this.#offset + 1, 16, value, false, 'Unsubscribe.Symbol');
    return this;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 16, this.#view, this.#offset + 1, 'Unsubscribe.Symbol');
    return this;
  }

  static readonly symbolLength = 16;
}
