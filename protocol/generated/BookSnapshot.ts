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
  getInt64AsNumber,
  readChars,
  requireBlockLength,
  requireEntries,
  requireSpace,
  setInt64FromNumber,
  writeChars,
} from './sbeRuntime.js';

/**
 * First message of a BOOK subscription.
 * Decodes message BookSnapshot (templateId 32).
 */
export class BookSnapshotDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 32;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'BookSnapshot';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;
  #actingBlockLength = 32;
  #actingVersion = 1;

  readonly #_bids = new BookSnapshotBidsDecoder(this);
  readonly #_asks = new BookSnapshotAsksDecoder(this);

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 32, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 32, 'BookSnapshot', offset);
    requireSpace(buffer, offset, actingBlockLength, 'BookSnapshot');
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
    if (header.templateId() !== 32) {
      throw new SbeCodecError('messageHeader.templateId', offset + 2, 'templateId ' + header.templateId() + ' is not BookSnapshot (32)');
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
    return readChars(this.#bytes, this.#offset, 16, false, 'BookSnapshot.Symbol');
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset, 16, dst, dstOffset, 'BookSnapshot.Symbol');
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

  /** Group 5070: reads its header and moves past it; call next() per entry. */
  bids(): BookSnapshotBidsDecoder {
    return this.#_bids.sbeWrapGroup(this.#view, this.#bytes, this.#actingVersion);
  }

  /** Group 5071: reads its header and moves past it; call next() per entry. */
  asks(): BookSnapshotAsksDecoder {
    return this.#_asks.sbeWrapGroup(this.#view, this.#bytes, this.#actingVersion);
  }
}

/** Entries of group BookSnapshot.Bids. */
export class BookSnapshotBidsDecoder {
  static readonly BLOCK_LENGTH = 18;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  readonly #root: SbeLimitHolder;
  #view = EMPTY_VIEW;
  #offset = 0;
  #blockLength = 0;
  #actingVersion = 1;
  #count = 0;
  #index = 0;

  readonly #_price = new Decimal64Decoder();
  readonly #_qty = new Decimal64Decoder();

  constructor(root: SbeLimitHolder) {
    this.#root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, actingVersion: number): this {
    const at = this.#root.sbeLimit();
    requireSpace(view, at, 4, 'BookSnapshot.Bids');
    this.#view = view;
    this.#actingVersion = actingVersion;
    const blockLength = this.#view.getUint16(at, true);
    const count = this.#view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 18, 'BookSnapshot.Bids', at);
    requireEntries(view, at + 4, count, blockLength + 0, 'BookSnapshot.Bids');
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
    if (this.#index >= this.#count) throw new RangeError('BookSnapshot.Bids' + ': next() past the last of ' + this.#count + ' entries');
    const at = this.#root.sbeLimit();
    requireSpace(this.#view, at, this.#blockLength, 'BookSnapshot.Bids');
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

  /** Field 44, required. */
  price(): Decimal64Decoder {
    return this.#_price.wrap(this.#view, this.#offset, this.#actingVersion);
  }

  /** Field 53, required. */
  qty(): Decimal64Decoder {
    return this.#_qty.wrap(this.#view, this.#offset + 9, this.#actingVersion);
  }
}

/** Entries of group BookSnapshot.Asks. */
export class BookSnapshotAsksDecoder {
  static readonly BLOCK_LENGTH = 18;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  readonly #root: SbeLimitHolder;
  #view = EMPTY_VIEW;
  #offset = 0;
  #blockLength = 0;
  #actingVersion = 1;
  #count = 0;
  #index = 0;

  readonly #_price = new Decimal64Decoder();
  readonly #_qty = new Decimal64Decoder();

  constructor(root: SbeLimitHolder) {
    this.#root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, actingVersion: number): this {
    const at = this.#root.sbeLimit();
    requireSpace(view, at, 4, 'BookSnapshot.Asks');
    this.#view = view;
    this.#actingVersion = actingVersion;
    const blockLength = this.#view.getUint16(at, true);
    const count = this.#view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 18, 'BookSnapshot.Asks', at);
    requireEntries(view, at + 4, count, blockLength + 0, 'BookSnapshot.Asks');
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
    if (this.#index >= this.#count) throw new RangeError('BookSnapshot.Asks' + ': next() past the last of ' + this.#count + ' entries');
    const at = this.#root.sbeLimit();
    requireSpace(this.#view, at, this.#blockLength, 'BookSnapshot.Asks');
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

  /** Field 44, required. */
  price(): Decimal64Decoder {
    return this.#_price.wrap(this.#view, this.#offset, this.#actingVersion);
  }

  /** Field 53, required. */
  qty(): Decimal64Decoder {
    return this.#_qty.wrap(this.#view, this.#offset + 9, this.#actingVersion);
  }
}

/**
 * First message of a BOOK subscription.
 * Encodes message BookSnapshot (templateId 32).
 */
export class BookSnapshotEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 32;
  static readonly TEMPLATE_ID = 32;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'BookSnapshot';

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #limit = 0;

  readonly #_bids = new BookSnapshotBidsEncoder(this);
  readonly #_asks = new BookSnapshotAsksEncoder(this);

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 32, 'BookSnapshot');
    if (buffer !== this.#view) {
      this.#view = buffer;
      this.#bytes = bytesOf(buffer);
    }
    this.#offset = offset;
    this.#limit = offset + 32;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    this.wrap(buffer, offset + 8);
    header.wrap(buffer, offset).blockLength(32).templateId(32).schemaId(101).version(1);
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
    writeChars(this.#view, this.#offset, 16, value, false, 'BookSnapshot.Symbol');
    return this;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 16, this.#view, this.#offset, 'BookSnapshot.Symbol');
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

  /** Group 5070: writes its header for count entries; call next() before each. */
  bidsCount(count: number): BookSnapshotBidsEncoder {
    return this.#_bids.sbeWrapGroup(this.#view, this.#bytes, count);
  }

  /** Group 5071: writes its header for count entries; call next() before each. */
  asksCount(count: number): BookSnapshotAsksEncoder {
    return this.#_asks.sbeWrapGroup(this.#view, this.#bytes, count);
  }
}

/** Entries of group BookSnapshot.Bids. */
export class BookSnapshotBidsEncoder {
  static readonly BLOCK_LENGTH = 18;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  readonly #root: SbeLimitHolder;
  #view = EMPTY_VIEW;
  #offset = 0;
  #count = 0;
  #index = 0;

  readonly #_price = new Decimal64Encoder();
  readonly #_qty = new Decimal64Encoder();

  constructor(root: SbeLimitHolder) {
    this.#root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, count: number): this {
    const at = this.#root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 10000) {
      throw new SbeCodecError('BookSnapshot.Bids', at, 'count ' + count + ' is outside 0..10000');
    }
    requireSpace(view, at, 4 + count * 18, 'BookSnapshot.Bids');
    this.#view = view;
    this.#view.setUint16(at, 18, true);
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
    if (this.#index >= this.#count) throw new RangeError('BookSnapshot.Bids' + ': next() past the last of ' + this.#count + ' entries');
    const at = this.#root.sbeLimit();
    requireSpace(this.#view, at, 18, 'BookSnapshot.Bids');
    this.#offset = at;
    this.#root.sbeSetLimit(at + 18);
    this.#index++;
    return this;
  }

  sbeOffset(): number {
    return this.#offset;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Field 44, required. */
  price(): Decimal64Encoder {
    return this.#_price.wrap(this.#view, this.#offset);
  }

  /** Field 53, required. */
  qty(): Decimal64Encoder {
    return this.#_qty.wrap(this.#view, this.#offset + 9);
  }
}

/** Entries of group BookSnapshot.Asks. */
export class BookSnapshotAsksEncoder {
  static readonly BLOCK_LENGTH = 18;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 10000;

  readonly #root: SbeLimitHolder;
  #view = EMPTY_VIEW;
  #offset = 0;
  #count = 0;
  #index = 0;

  readonly #_price = new Decimal64Encoder();
  readonly #_qty = new Decimal64Encoder();

  constructor(root: SbeLimitHolder) {
    this.#root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, count: number): this {
    const at = this.#root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 10000) {
      throw new SbeCodecError('BookSnapshot.Asks', at, 'count ' + count + ' is outside 0..10000');
    }
    requireSpace(view, at, 4 + count * 18, 'BookSnapshot.Asks');
    this.#view = view;
    this.#view.setUint16(at, 18, true);
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
    if (this.#index >= this.#count) throw new RangeError('BookSnapshot.Asks' + ': next() past the last of ' + this.#count + ' entries');
    const at = this.#root.sbeLimit();
    requireSpace(this.#view, at, 18, 'BookSnapshot.Asks');
    this.#offset = at;
    this.#root.sbeSetLimit(at + 18);
    this.#index++;
    return this;
  }

  sbeOffset(): number {
    return this.#offset;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Field 44, required. */
  price(): Decimal64Encoder {
    return this.#_price.wrap(this.#view, this.#offset);
  }

  /** Field 53, required. */
  qty(): Decimal64Encoder {
    return this.#_qty.wrap(this.#view, this.#offset + 9);
  }
}
