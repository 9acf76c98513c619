// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { OptionalDecimal64Decoder, OptionalDecimal64Encoder } from './OptionalDecimal64.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  SbeCodecError,
  type SbeLimitHolder,
  bytesOf,
  copyIn,
  copyOut,
  getInt64AsNumber,
  readChars,
  requireBlockLength,
  requireSpace,
  setInt64FromNumber,
  writeChars,
} from './sbeRuntime.js';

/**
 * An empty side has null price and quantity.
 * Decodes message BBO (templateId 35).
 */
export class BBODecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 68;
  static readonly TEMPLATE_ID = 35;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'BBO';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 68;
  #actingVersion = 1;

  readonly #_bidPx = new OptionalDecimal64Decoder();
  readonly #_bidQty = new OptionalDecimal64Decoder();
  readonly #_askPx = new OptionalDecimal64Decoder();
  readonly #_askQty = new OptionalDecimal64Decoder();

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 68, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 68, 'BBO', offset);
    requireSpace(buffer, offset, actingBlockLength, 'BBO');
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
    if (header.templateId() !== 35) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not BBO (35)');
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

  /** Field 55, required. Text up to the first NUL. */
  symbol(): string {
    return readChars(this.#bytes, this.#offset, 16, false, 'BBO.Symbol');
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset, 16, dst, dstOffset, 'BBO.Symbol');
  }

  static readonly symbolLength = 16;

  /** Field 34, required. */
  seq(): number {
    return getInt64AsNumber(this.#view, this.#offset + 16, true);
  }

  /** Field 60, required. */
  transactTime(): number {
    return getInt64AsNumber(this.#view, this.#offset + 24, true);
  }

  /** Field 132, required. */
  bidPx(): OptionalDecimal64Decoder {
    return this.#_bidPx.wrap(this.#view, this.#offset + 32, this.#actingVersion);
  }

  /** Field 134, required. */
  bidQty(): OptionalDecimal64Decoder {
    return this.#_bidQty.wrap(this.#view, this.#offset + 41, this.#actingVersion);
  }

  /** Field 133, required. */
  askPx(): OptionalDecimal64Decoder {
    return this.#_askPx.wrap(this.#view, this.#offset + 50, this.#actingVersion);
  }

  /** Field 135, required. */
  askQty(): OptionalDecimal64Decoder {
    return this.#_askQty.wrap(this.#view, this.#offset + 59, this.#actingVersion);
  }
}

/**
 * An empty side has null price and quantity.
 * Encodes message BBO (templateId 35).
 */
export class BBOEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 68;
  static readonly TEMPLATE_ID = 35;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'BBO';

  #view = EMPTY_VIEW;
  #offset = 0;
  #limit = 0;

  readonly #_bidPx = new OptionalDecimal64Encoder();
  readonly #_bidQty = new OptionalDecimal64Encoder();
  readonly #_askPx = new OptionalDecimal64Encoder();
  readonly #_askQty = new OptionalDecimal64Encoder();

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 68, 'BBO');
    this.#view = buffer;
    this.#offset = offset;
    this.#limit = offset + 68;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(68).templateId(35).schemaId(101).version(1);
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

  /** Field 55, required. Writes the text and NUL-pads the rest. */
  symbol(value: string): this {
    writeChars(this.#view, this.#offset, 16, value, false, 'BBO.Symbol');
    return this;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 16, this.#view, this.#offset, 'BBO.Symbol');
    return this;
  }

  static readonly symbolLength = 16;

  /** Field 34, required. */
  seq(value: number): this {
    setInt64FromNumber(this.#view, this.#offset + 16, value, true);
    return this;
  }

  /** Field 60, required. */
  transactTime(value: number): this {
    setInt64FromNumber(this.#view, this.#offset + 24, value, true);
    return this;
  }

  /** Field 132, required. */
  bidPx(): OptionalDecimal64Encoder {
    return this.#_bidPx.wrap(this.#view, this.#offset + 32);
  }

  /** Field 134, required. */
  bidQty(): OptionalDecimal64Encoder {
    return this.#_bidQty.wrap(this.#view, this.#offset + 41);
  }

  /** Field 133, required. */
  askPx(): OptionalDecimal64Encoder {
    return this.#_askPx.wrap(this.#view, this.#offset + 50);
  }

  /** Field 135, required. */
  askQty(): OptionalDecimal64Encoder {
    return this.#_askQty.wrap(this.#view, this.#offset + 59);
  }
}
