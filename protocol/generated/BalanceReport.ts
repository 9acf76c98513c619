// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { Decimal64Decoder, Decimal64Encoder } from './Decimal64.js';
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
  requireEntries,
  requireSpace,
  writeChars,
} from './sbeRuntime.js';

/** Decodes message BalanceReport (templateId 23). */
export class BalanceReportDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 0;
  static readonly TEMPLATE_ID = 23;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'BalanceReport';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 0;
  #actingVersion = 1;

  readonly #_balances = new BalanceReportBalancesDecoder(this);

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 0, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 0, 'BalanceReport', offset);
    requireSpace(buffer, offset, actingBlockLength, 'BalanceReport');
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
    if (header.templateId() !== 23) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not BalanceReport (23)');
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

  /** Group 5050: reads its header and moves past it; call next() per entry. */
  balances(): BalanceReportBalancesDecoder {
    return this.#_balances.sbeWrapGroup(this.#view, this.#bytes, this.#actingVersion);
  }
}

/** Entries of group BalanceReport.Balances. */
export class BalanceReportBalancesDecoder {
  static readonly BLOCK_LENGTH = 35;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  readonly #root: SbeLimitHolder;
  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #blockLength = 0;
  #actingVersion = 1;
  #count = 0;
  #index = 0;

  readonly #_total = new Decimal64Decoder();
  readonly #_available = new Decimal64Decoder();
  readonly #_held = new Decimal64Decoder();

  constructor(root: SbeLimitHolder) {
    this.#root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, actingVersion: number): this {
    const at = this.#root.sbeLimit();
    requireSpace(view, at, 4, 'BalanceReport.Balances');
    this.#view = view;
    this.#bytes = bytes;
    this.#actingVersion = actingVersion;
    const blockLength = this.#view.getUint16(at, true);
    const count = this.#view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 35, 'BalanceReport.Balances', at);
    requireEntries(view, at + 4, count, blockLength + 0, 'BalanceReport.Balances');
    this.#blockLength = blockLength;
    this.#count = count;
    this.#index = 0;
    this.#root.sbeSetLimit(at + 4);
    return this;
  }

  /** A group absent from an older version: no entries, nothing read. */
  sbeEmpty(): this {
    this.#count = 0;
    this.#index = 0;
    return this;
  }

  count(): number {
    return this.#count;
  }

  hasNext(): boolean {
    return this.#index < this.#count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.#index >= this.#count) throw new RangeError('BalanceReport.Balances' + ': next() past the last of ' + this.#count + ' entries');
    const at = this.#root.sbeLimit();
    requireSpace(this.#view, at, this.#blockLength, 'BalanceReport.Balances');
    this.#offset = at;
    this.#root.sbeSetLimit(at + this.#blockLength);
    this.#index++;
    return this;
  }

  sbeActingBlockLength(): number {
    return this.#blockLength;
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

  /** Field 5051, required. Text up to the first NUL. */
  asset(): string {
    return readChars(this.#bytes, this.#offset, 8, false, 'BalanceReport.Balances.Asset');
  }

  /** Copies the 8 raw bytes of Asset into dst; returns the count. */
  getAsset(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset, 8, dst, dstOffset, 'BalanceReport.Balances.Asset');
  }

  static readonly assetLength = 8;

  /** Field 5052, required. */
  total(): Decimal64Decoder {
    return this.#_total.wrap(this.#view, this.#offset + 8, this.#actingVersion);
  }

  /** Field 5053, required. */
  available(): Decimal64Decoder {
    return this.#_available.wrap(this.#view, this.#offset + 17, this.#actingVersion);
  }

  /** Field 5054, required. */
  held(): Decimal64Decoder {
    return this.#_held.wrap(this.#view, this.#offset + 26, this.#actingVersion);
  }
}

/** Encodes message BalanceReport (templateId 23). */
export class BalanceReportEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 0;
  static readonly TEMPLATE_ID = 23;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'BalanceReport';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;

  readonly #_balances = new BalanceReportBalancesEncoder(this);

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 0, 'BalanceReport');
    if (buffer !== this.#view) {
      this.#view = buffer;
      this.#bytes = bytesOf(buffer);
    }
    this.#offset = offset;
    this.#limit = offset + 0;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(0).templateId(23).schemaId(101).version(1);
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

  /** Group 5050: writes its header for count entries; call next() before each. */
  balancesCount(count: number): BalanceReportBalancesEncoder {
    return this.#_balances.sbeWrapGroup(this.#view, this.#bytes, count);
  }
}

/** Entries of group BalanceReport.Balances. */
export class BalanceReportBalancesEncoder {
  static readonly BLOCK_LENGTH = 35;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  readonly #root: SbeLimitHolder;
  #view = EMPTY_VIEW;
  #offset = 0;
  #count = 0;
  #index = 0;

  readonly #_total = new Decimal64Encoder();
  readonly #_available = new Decimal64Encoder();
  readonly #_held = new Decimal64Encoder();

  constructor(root: SbeLimitHolder) {
    this.#root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, count: number): this {
    const at = this.#root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 10000) {
      throw new SbeCodecError('BalanceReport.Balances', at, 'count ' + count + ' is outside 0..10000');
    }
    requireSpace(view, at, 4 + count * 35, 'BalanceReport.Balances');
    this.#view = view;
    this.#view.setUint16(at, 35, true);
    this.#view.setUint16(at + 2, count, true);
    this.#count = count;
    this.#index = 0;
    this.#root.sbeSetLimit(at + 4);
    return this;
  }

  count(): number {
    return this.#count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.#index >= this.#count) throw new RangeError('BalanceReport.Balances' + ': next() past the last of ' + this.#count + ' entries');
    const at = this.#root.sbeLimit();
    requireSpace(this.#view, at, 35, 'BalanceReport.Balances');
    this.#offset = at;
    this.#root.sbeSetLimit(at + 35);
    this.#index++;
    return this;
  }

  sbeOffset(): number {
    return this.#offset;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Field 5051, required. Writes the text and NUL-pads the rest. */
  asset(value: string): this {
    writeChars(this.#view, this.#offset, 8, value, false, 'BalanceReport.Balances.Asset');
    return this;
  }

  /** Copies 8 raw bytes from src. */
  putAsset(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 8, this.#view, this.#offset, 'BalanceReport.Balances.Asset');
    return this;
  }

  static readonly assetLength = 8;

  /** Field 5052, required. */
  total(): Decimal64Encoder {
    return this.#_total.wrap(this.#view, this.#offset + 8);
  }

  /** Field 5053, required. */
  available(): Decimal64Encoder {
    return this.#_available.wrap(this.#view, this.#offset + 17);
  }

  /** Field 5054, required. */
  held(): Decimal64Encoder {
    return this.#_held.wrap(this.#view, this.#offset + 26);
  }
}
