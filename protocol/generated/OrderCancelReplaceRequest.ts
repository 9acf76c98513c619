// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { Decimal64Decoder, Decimal64Encoder } from './Decimal64.js';
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
  readChars,
  requireBlockLength,
  requireSpace,
  writeChars,
} from './sbeRuntime.js';

/** Decodes message OrderCancelReplaceRequest (templateId 12). */
export class OrderCancelReplaceRequestDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 98;
  static readonly TEMPLATE_ID = 12;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'OrderCancelReplaceRequest';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 98;
  #actingVersion = 1;

  readonly #_price = new OptionalDecimal64Decoder();
  readonly #_orderQty = new Decimal64Decoder();

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 98, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 98, 'OrderCancelReplaceRequest', offset);
    requireSpace(buffer, offset, actingBlockLength, 'OrderCancelReplaceRequest');
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
    if (header.templateId() !== 12) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not OrderCancelReplaceRequest (12)');
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
    return readChars(this.#bytes, this.#offset, 32, false, 'OrderCancelReplaceRequest.ClOrdID');
  }

  /** Copies the 32 raw bytes of ClOrdID into dst; returns the count. */
  getClOrdID(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset, 32, dst, dstOffset, 'OrderCancelReplaceRequest.ClOrdID');
  }

  static readonly clOrdIDLength = 32;

  /** Field 41, required. Text up to the first NUL. */
  origClOrdID(): string {
    return readChars(this.#bytes, this.#offset + 32, 32, false, 'OrderCancelReplaceRequest.OrigClOrdID');
  }

  /** Copies the 32 raw bytes of OrigClOrdID into dst; returns the count. */
  getOrigClOrdID(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset + 32, 32, dst, dstOffset, 'OrderCancelReplaceRequest.OrigClOrdID');
  }

  static readonly origClOrdIDLength = 32;

  /** Field 55, required. Text up to the first NUL. */
  symbol(): string {
    return readChars(this.#bytes, this.#offset + 64, 16, false, 'OrderCancelReplaceRequest.Symbol');
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset + 64, 16, dst, dstOffset, 'OrderCancelReplaceRequest.Symbol');
  }

  static readonly symbolLength = 16;

  /** Field 44, required. */
  price(): OptionalDecimal64Decoder {
    return this.#_price.wrap(this.#view, this.#offset + 80, this.#actingVersion);
  }

  /** Field 38, required. */
  orderQty(): Decimal64Decoder {
    return this.#_orderQty.wrap(this.#view, this.#offset + 89, this.#actingVersion);
  }
}

/** Encodes message OrderCancelReplaceRequest (templateId 12). */
export class OrderCancelReplaceRequestEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 98;
  static readonly TEMPLATE_ID = 12;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'OrderCancelReplaceRequest';

  #view = EMPTY_VIEW;
  #offset = 0;
  #limit = 0;

  readonly #_price = new OptionalDecimal64Encoder();
  readonly #_orderQty = new Decimal64Encoder();

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 98, 'OrderCancelReplaceRequest');
    this.#view = buffer;
    this.#offset = offset;
    this.#limit = offset + 98;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(98).templateId(12).schemaId(101).version(1);
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
    writeChars(this.#view, this.#offset, 32, value, false, 'OrderCancelReplaceRequest.ClOrdID');
    return this;
  }

  /** Copies 32 raw bytes from src. */
  putClOrdID(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 32, this.#view, this.#offset, 'OrderCancelReplaceRequest.ClOrdID');
    return this;
  }

  static readonly clOrdIDLength = 32;

  /** Field 41, required. Writes the text and NUL-pads the rest. */
  origClOrdID(value: string): this {
    writeChars(this.#view, this.#offset + 32, 32, value, false, 'OrderCancelReplaceRequest.OrigClOrdID');
    return this;
  }

  /** Copies 32 raw bytes from src. */
  putOrigClOrdID(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 32, this.#view, this.#offset + 32, 'OrderCancelReplaceRequest.OrigClOrdID');
    return this;
  }

  static readonly origClOrdIDLength = 32;

  /** Field 55, required. Writes the text and NUL-pads the rest. */
  symbol(value: string): this {
    writeChars(this.#view, this.#offset + 64, 16, value, false, 'OrderCancelReplaceRequest.Symbol');
    return this;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 16, this.#view, this.#offset + 64, 'OrderCancelReplaceRequest.Symbol');
    return this;
  }

  static readonly symbolLength = 16;

  /** Field 44, required. */
  price(): OptionalDecimal64Encoder {
    return this.#_price.wrap(this.#view, this.#offset + 80);
  }

  /** Field 38, required. */
  orderQty(): Decimal64Encoder {
    return this.#_orderQty.wrap(this.#view, this.#offset + 89);
  }
}
