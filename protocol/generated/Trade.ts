// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { Decimal64Decoder, Decimal64Encoder } from './Decimal64.js';
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { Side } from './Side.js';
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

/** Decodes message Trade (templateId 34). */
export class TradeDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 59;
  static readonly TEMPLATE_ID = 34;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'Trade';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 59;
  #actingVersion = 1;

  readonly #_price = new Decimal64Decoder();
  readonly #_qty = new Decimal64Decoder();

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 59, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 59, 'Trade', offset);
    requireSpace(buffer, offset, actingBlockLength, 'Trade');
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
    if (header.templateId() !== 34) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not Trade (34)');
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
    return readChars(this.#bytes, this.#offset, 16, false, 'Trade.Symbol');
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset, 16, dst, dstOffset, 'Trade.Symbol');
  }

  static readonly symbolLength = 16;

  /** Field 34, required. */
  seq(): number {
    return getInt64AsNumber(this.#view, this.#offset + 16, true);
  }

  /** Field 1003, required. */
  tradeID(): number {
    return getInt64AsNumber(this.#view, this.#offset + 24, true);
  }

  /** Field 44, required. */
  price(): Decimal64Decoder {
    return this.#_price.wrap(this.#view, this.#offset + 32, this.#actingVersion);
  }

  /** Field 53, required. */
  qty(): Decimal64Decoder {
    return this.#_qty.wrap(this.#view, this.#offset + 41, this.#actingVersion);
  }

  /** Field 5080, required. */
  aggressorSide(): Side {
    return this.#view.getUint8(this.#offset + 50) as Side;
  }

  /** Field 60, required. */
  transactTime(): number {
    return getInt64AsNumber(this.#view, this.#offset + 51, true);
  }
}

/** Encodes message Trade (templateId 34). */
export class TradeEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 59;
  static readonly TEMPLATE_ID = 34;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'Trade';

  #view = EMPTY_VIEW;
  #offset = 0;
  #limit = 0;

  readonly #_price = new Decimal64Encoder();
  readonly #_qty = new Decimal64Encoder();

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 59, 'Trade');
    this.#view = buffer;
    this.#offset = offset;
    this.#limit = offset + 59;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(59).templateId(34).schemaId(101).version(1);
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
    writeChars(this.#view, this.#offset, 16, value, false, 'Trade.Symbol');
    return this;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 16, this.#view, this.#offset, 'Trade.Symbol');
    return this;
  }

  static readonly symbolLength = 16;

  /** Field 34, required. */
  seq(value: number): this {
    setInt64FromNumber(this.#view, this.#offset + 16, value, true);
    return this;
  }

  /** Field 1003, required. */
  tradeID(value: number): this {
    setInt64FromNumber(this.#view, this.#offset + 24, value, true);
    return this;
  }

  /** Field 44, required. */
  price(): Decimal64Encoder {
    return this.#_price.wrap(this.#view, this.#offset + 32);
  }

  /** Field 53, required. */
  qty(): Decimal64Encoder {
    return this.#_qty.wrap(this.#view, this.#offset + 41);
  }

  /** Field 5080, required. */
  aggressorSide(value: Side): this {
    this.#view.setUint8(this.#offset + 50, value);
    return this;
  }

  /** Field 60, required. */
  transactTime(value: number): this {
    setInt64FromNumber(this.#view, this.#offset + 51, value, true);
    return this;
  }
}
