// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from versionV1.xml,
// schema "fixture.versionV1" id 15 version 1, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { Venue } from './Venue.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  SbeCodecError,
  type SbeLimitHolder,
  bytesOf,
  copyIn,
  copyOut,
  decodeUtf8,
  encodeUtf8Into,
  requireBlockLength,
  requireEntries,
  requireSpace,
  requireVarData,
  textDoesNotFit,
  wrongHeader,
} from './sbeRuntime.js';

/** Decodes message Quote (templateId 1). */
export class QuoteDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 13;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 15;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'Quote';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 13;
  private $actingVersion = 1;

  private readonly $_levels = new QuoteLevelsDecoder(this);
  private readonly $_extras = new QuoteExtrasDecoder(this);

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 13, actingVersion: number = 1): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, actingVersion >= 1 ? 13 : 8, 'Quote', offset);
    requireSpace(capacity, offset, actingBlockLength, 'Quote');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$actingBlockLength = actingBlockLength;
    this.$actingVersion = actingVersion;
    this.$limit = offset + actingBlockLength;
    return this;
  }

  /** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderDecoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 8, 'messageHeader');
    header.sbeWrapInBlock(buffer, offset);
    const w0 = buffer.getUint32(offset, true);
    const w4 = buffer.getUint32(offset + 4, true);
    const schemaId = (w4 << 16) >>> 16;
    const templateId = w0 >>> 16;
    if (schemaId !== 15 || templateId !== 1) {
      throw wrongHeader(offset + 4, schemaId, 15, offset + 2, templateId, 1, 'Quote');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, actingVersion >= 1 ? 13 : 8, 'Quote', at);
    requireSpace(capacity, at, actingBlockLength, 'Quote');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$actingBlockLength = actingBlockLength;
    this.$actingVersion = actingVersion;
    this.$limit = at + actingBlockLength;
    return this;
  }

  sbeLimit(): number {
    return this.$limit;
  }

  sbeSetLimit(limit: number): void {
    this.$limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.$limit - this.$offset;
  }

  sbeActingBlockLength(): number {
    return this.$actingBlockLength;
  }

  sbeActingVersion(): number {
    return this.$actingVersion;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 1, required. */
  bid(): number {
    return this.$view.getInt32(this.$offset, true);
  }

  /** Field 2, required. */
  ask(): number {
    return this.$view.getInt32(this.$offset + 4, true);
  }

  /** Field 5, required, since version 1. */
  size(): number {
    if (this.$actingVersion < 1) return 4294967295;
    return this.$view.getUint32(this.$offset + 8, true);
  }

  /** Field 6, required, since version 1. */
  venue(): Venue {
    if (this.$actingVersion < 1) return Venue.NULL_VALUE;
    return this.$view.getUint8(this.$offset + 12) as Venue;
  }

  /** Group 3: reads its header and moves past it; call next() per entry. */
  levels(): QuoteLevelsDecoder {
    return this.$_levels.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  /** Group 8: reads its header and moves past it; call next() per entry. */
  extras(): QuoteExtrasDecoder {
    if (this.$actingVersion < 1) return this.$_extras.sbeEmpty();
    return this.$_extras.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  /** Length of note in bytes, without moving past it. Since version 1. */
  noteLength(): number {
    if (this.$actingVersion < 1) return 0;
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Quote.note');
    return this.$view.getUint32(at, true);
  }

  /** note (var data 10, UTF-8); moves past it. Since version 1. */
  note(): string {
    if (this.$actingVersion < 1) return '';
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Quote.note');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Quote.note');
    this.$limit = at + 4 + length;
    return length === 0 ? '' : decodeUtf8(this.$bytes, at + 4, length, 'Quote.note');
  }

  /** Copies note into dst without allocating; moves past it; returns its length. */
  getNote(dst: Uint8Array, dstOffset: number): number {
    if (this.$actingVersion < 1) return 0;
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Quote.note');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Quote.note');
    this.$limit = at + 4 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 4, length, dst, dstOffset, 'Quote.note');
  }

  /** Moves past note; returns its length. */
  skipNote(): number {
    if (this.$actingVersion < 1) return 0;
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Quote.note');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Quote.note');
    this.$limit = at + 4 + length;
    return length;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group Quote.levels. */
export class QuoteLevelsDecoder {
  static readonly BLOCK_LENGTH = 6;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 1;
  private $count = 0;
  private $index = 0;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(capacity, at, 4, 'Quote.levels');
    this.$view = view;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, actingVersion >= 1 ? 6 : 4, 'Quote.levels', at);
    requireEntries(capacity, at + 4, count, blockLength + 0, 'Quote.levels');
    this.$blockLength = blockLength;
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  /** A group absent from an older version: no entries, nothing read. */
  sbeEmpty(): this {
    this.$count = 0;
    this.$index = 0;
    return this;
  }

  count(): number {
    return this.$count;
  }

  hasNext(): boolean {
    return this.$index < this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Quote.levels' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'Quote.levels');
    this.$offset = at;
    this.$root.sbeSetLimit(at + this.$blockLength);
    this.$index++;
    return this;
  }

  sbeActingBlockLength(): number {
    return this.$blockLength;
  }

  sbeActingVersion(): number {
    return this.$actingVersion;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 4, required. */
  px(): number {
    return this.$view.getInt32(this.$offset, true);
  }

  /** Field 7, required, since version 1. */
  qty(): number {
    if (this.$actingVersion < 1) return 65535;
    return this.$view.getUint16(this.$offset + 4, true);
  }
}

/** Entries of group Quote.extras. */
export class QuoteExtrasDecoder {
  static readonly BLOCK_LENGTH = 1;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 1;
  private $count = 0;
  private $index = 0;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(capacity, at, 4, 'Quote.extras');
    this.$view = view;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 1, 'Quote.extras', at);
    requireEntries(capacity, at + 4, count, blockLength + 0, 'Quote.extras');
    this.$blockLength = blockLength;
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  /** A group absent from an older version: no entries, nothing read. */
  sbeEmpty(): this {
    this.$count = 0;
    this.$index = 0;
    return this;
  }

  count(): number {
    return this.$count;
  }

  hasNext(): boolean {
    return this.$index < this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Quote.extras' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'Quote.extras');
    this.$offset = at;
    this.$root.sbeSetLimit(at + this.$blockLength);
    this.$index++;
    return this;
  }

  sbeActingBlockLength(): number {
    return this.$blockLength;
  }

  sbeActingVersion(): number {
    return this.$actingVersion;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 9, required. */
  code(): number {
    return this.$view.getUint8(this.$offset);
  }
}

/** Encodes message Quote (templateId 1). */
export class QuoteEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 13;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 15;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'Quote';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private readonly $_levels = new QuoteLevelsEncoder(this);
  private readonly $_extras = new QuoteExtrasEncoder(this);

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 13, 'Quote');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 13;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 21, 'Quote');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x1000d, true);
    buffer.setUint32(offset + 4, 0x1000f, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 13;
    return this;
  }

  sbeLimit(): number {
    return this.$limit;
  }

  sbeSetLimit(limit: number): void {
    this.$limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.$limit - this.$offset;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 1, required. */
  bid(value: number): this {
    this.$view.setInt32(this.$offset, value, true);
    return this;
  }

  /** Field 2, required. */
  ask(value: number): this {
    this.$view.setInt32(this.$offset + 4, value, true);
    return this;
  }

  /** Field 5, required, since version 1. */
  size(value: number): this {
    this.$view.setUint32(this.$offset + 8, value, true);
    return this;
  }

  /** Field 6, required, since version 1. */
  venue(value: Venue): this {
    this.$view.setUint8(this.$offset + 12, value);
    return this;
  }

  /** Group 3: writes its header for count entries; call next() before each. */
  levelsCount(count: number): QuoteLevelsEncoder {
    return this.$_levels.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  /** Group 8: writes its header for count entries; call next() before each. */
  extrasCount(count: number): QuoteExtrasEncoder {
    return this.$_extras.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  /** Writes note (var data 10) after what is already written. */
  note(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Quote.note');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 4, 1000000);
      length = encodeUtf8Into(this.$bytes, at + 4, room, value);
      if (length < 0) throw textDoesNotFit('Quote.note', at, room, 1000000);
    }
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes note from raw bytes. */
  putNote(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 1000000) throw new SbeCodecError('Quote.note', at, 'length ' + length + ' is outside 0..1000000');
    requireSpace(this.$capacity, at, 4 + length, 'Quote.note');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 4, 'Quote.note');
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group Quote.levels. */
export class QuoteLevelsEncoder {
  static readonly BLOCK_LENGTH = 6;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 65534) {
      throw new SbeCodecError('Quote.levels', at, 'count ' + count + ' is outside 0..65534');
    }
    requireSpace(capacity, at, 4 + count * 6, 'Quote.levels');
    this.$view = view;
    this.$capacity = capacity;
    this.$view.setUint16(at, 6, true);
    this.$view.setUint16(at + 2, count, true);
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  count(): number {
    return this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Quote.levels' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 6, 'Quote.levels');
    this.$offset = at;
    this.$root.sbeSetLimit(at + 6);
    this.$index++;
    return this;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 4, required. */
  px(value: number): this {
    this.$view.setInt32(this.$offset, value, true);
    return this;
  }

  /** Field 7, required, since version 1. */
  qty(value: number): this {
    this.$view.setUint16(this.$offset + 4, value, true);
    return this;
  }
}

/** Entries of group Quote.extras. */
export class QuoteExtrasEncoder {
  static readonly BLOCK_LENGTH = 1;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 65534) {
      throw new SbeCodecError('Quote.extras', at, 'count ' + count + ' is outside 0..65534');
    }
    requireSpace(capacity, at, 4 + count * 1, 'Quote.extras');
    this.$view = view;
    this.$capacity = capacity;
    this.$view.setUint16(at, 1, true);
    this.$view.setUint16(at + 2, count, true);
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  count(): number {
    return this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Quote.extras' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 1, 'Quote.extras');
    this.$offset = at;
    this.$root.sbeSetLimit(at + 1);
    this.$index++;
    return this;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 9, required. */
  code(value: number): this {
    this.$view.setUint8(this.$offset, value);
    return this;
  }
}
