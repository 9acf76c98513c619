// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from versionV0.xml,
// schema "fixture.versionV0" id 15 version 0, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  SbeCodecError,
  type SbeLimitHolder,
  bytesOf,
  requireBlockLength,
  requireEntries,
  requireSpace,
  wrongHeader,
} from './sbeRuntime.js';

/** Decodes message Quote (templateId 1). */
export class QuoteDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 8;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 15;
  static readonly SCHEMA_VERSION = 0;
  static readonly NAME = 'Quote';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 8;
  private $actingVersion = 0;

  private readonly $_levels = new QuoteLevelsDecoder(this);

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 8, actingVersion: number = 0): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 8, 'Quote', offset);
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
    requireBlockLength(actingBlockLength, 8, 'Quote', at);
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

  /** Group 3: reads its header and moves past it; call next() per entry. */
  levels(): QuoteLevelsDecoder {
    return this.$_levels.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group Quote.levels. */
export class QuoteLevelsDecoder {
  static readonly BLOCK_LENGTH = 4;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 0;
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
    requireBlockLength(blockLength, 4, 'Quote.levels', at);
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
}

/** Encodes message Quote (templateId 1). */
export class QuoteEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 8;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 15;
  static readonly SCHEMA_VERSION = 0;
  static readonly NAME = 'Quote';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private readonly $_levels = new QuoteLevelsEncoder(this);

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 8, 'Quote');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 8;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 16, 'Quote');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x10008, true);
    buffer.setUint32(offset + 4, 0xf, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 8;
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

  /** Group 3: writes its header for count entries; call next() before each. */
  levelsCount(count: number): QuoteLevelsEncoder {
    return this.$_levels.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group Quote.levels. */
export class QuoteLevelsEncoder {
  static readonly BLOCK_LENGTH = 4;
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
    requireSpace(capacity, at, 4 + count * 4, 'Quote.levels');
    this.$view = view;
    this.$capacity = capacity;
    this.$view.setUint16(at, 4, true);
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
    requireSpace(this.$capacity, at, 4, 'Quote.levels');
    this.$offset = at;
    this.$root.sbeSetLimit(at + 4);
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
}
