// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { BooleanType } from './BooleanType.js';
import { Decimal64Decoder, Decimal64Encoder } from './Decimal64.js';
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { OptionalDecimal64Decoder, OptionalDecimal64Encoder } from './OptionalDecimal64.js';
import { OrdType } from './OrdType.js';
import { STP } from './STP.js';
import { Side } from './Side.js';
import { TimeInForce } from './TimeInForce.js';
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

/** Decodes message NewOrderSingle (templateId 10). */
export class NewOrderSingleDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 71;
  static readonly TEMPLATE_ID = 10;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'NewOrderSingle';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 71;
  #actingVersion = 1;

  readonly #_price = new OptionalDecimal64Decoder();
  readonly #_orderQty = new Decimal64Decoder();

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 71, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 71, 'NewOrderSingle', offset);
    requireSpace(buffer, offset, actingBlockLength, 'NewOrderSingle');
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
    if (header.templateId() !== 10) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not NewOrderSingle (10)');
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
    return readChars(this.#bytes, this.#offset, 32, false, 'NewOrderSingle.ClOrdID');
  }

  /** Copies the 32 raw bytes of ClOrdID into dst; returns the count. */
  getClOrdID(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset, 32, dst, dstOffset, 'NewOrderSingle.ClOrdID');
  }

  static readonly clOrdIDLength = 32;

  /** Field 55, required. Text up to the first NUL. */
  symbol(): string {
    return readChars(this.#bytes, this.#offset + 32, 16, false, 'NewOrderSingle.Symbol');
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset + 32, 16, dst, dstOffset, 'NewOrderSingle.Symbol');
  }

  static readonly symbolLength = 16;

  /** Field 54, required. */
  side(): Side {
    return this.#view.getUint8(this.#offset + 48) as Side;
  }

  /** Field 40, required. */
  ordType(): OrdType {
    return this.#view.getUint8(this.#offset + 49) as OrdType;
  }

  /**
   * Null for MARKET orders.
   * Field 44, required.
   */
  price(): OptionalDecimal64Decoder {
    return this.#_price.wrap(this.#view, this.#offset + 50, this.#actingVersion);
  }

  /** Field 38, required. */
  orderQty(): Decimal64Decoder {
    return this.#_orderQty.wrap(this.#view, this.#offset + 59, this.#actingVersion);
  }

  /** Field 59, required. */
  timeInForce(): TimeInForce {
    return this.#view.getUint8(this.#offset + 68) as TimeInForce;
  }

  /** Field 5020, required. */
  postOnly(): BooleanType {
    return this.#view.getUint8(this.#offset + 69) as BooleanType;
  }

  /** Field 5021, required. */
  stp(): STP {
    return this.#view.getUint8(this.#offset + 70) as STP;
  }
}

/** Encodes message NewOrderSingle (templateId 10). */
export class NewOrderSingleEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 71;
  static readonly TEMPLATE_ID = 10;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'NewOrderSingle';

  #view = EMPTY_VIEW;
  #offset = 0;
  #limit = 0;

  readonly #_price = new OptionalDecimal64Encoder();
  readonly #_orderQty = new Decimal64Encoder();

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 71, 'NewOrderSingle');
    this.#view = buffer;
    this.#offset = offset;
    this.#limit = offset + 71;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(71).templateId(10).schemaId(101).version(1);
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
    writeChars(this.#view, this.#offset, 32, value, false, 'NewOrderSingle.ClOrdID');
    return this;
  }

  /** Copies 32 raw bytes from src. */
  putClOrdID(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 32, this.#view, this.#offset, 'NewOrderSingle.ClOrdID');
    return this;
  }

  static readonly clOrdIDLength = 32;

  /** Field 55, required. Writes the text and NUL-pads the rest. */
  symbol(value: string): this {
    writeChars(this.#view, this.#offset + 32, 16, value, false, 'NewOrderSingle.Symbol');
    return this;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 16, this.#view, this.#offset + 32, 'NewOrderSingle.Symbol');
    return this;
  }

  static readonly symbolLength = 16;

  /** Field 54, required. */
  side(value: Side): this {
    this.#view.setUint8(this.#offset + 48, value);
    return this;
  }

  /** Field 40, required. */
  ordType(value: OrdType): this {
    this.#view.setUint8(this.#offset + 49, value);
    return this;
  }

  /**
   * Null for MARKET orders.
   * Field 44, required.
   */
  price(): OptionalDecimal64Encoder {
    return this.#_price.wrap(this.#view, this.#offset + 50);
  }

  /** Field 38, required. */
  orderQty(): Decimal64Encoder {
    return this.#_orderQty.wrap(this.#view, this.#offset + 59);
  }

  /** Field 59, required. */
  timeInForce(value: TimeInForce): this {
    this.#view.setUint8(this.#offset + 68, value);
    return this;
  }

  /** Field 5020, required. */
  postOnly(value: BooleanType): this {
    this.#view.setUint8(this.#offset + 69, value);
    return this;
  }

  /** Field 5021, required. */
  stp(value: STP): this {
    this.#view.setUint8(this.#offset + 70, value);
    return this;
  }
}
