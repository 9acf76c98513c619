// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from groups.xml,
// schema "fixture.groups" id 13 version 0, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  SbeCodecError,
  type SbeLimitHolder,
  bytesOf,
  copyIn,
  copyOut,
  decodeLatin1,
  decodeUtf8,
  encodeUtf8Into,
  requireBlockLength,
  requireEntries,
  requireSpace,
  requireVarData,
  textDoesNotFit,
  writeLatin1,
  wrongHeader,
} from './sbeRuntime.js';

/** Decodes message Order (templateId 1). */
export class OrderDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 4;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 13;
  static readonly SCHEMA_VERSION = 0;
  static readonly NAME = 'Order';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 4;
  private $actingVersion = 0;

  private readonly $_legs = new OrderLegsDecoder(this);
  private readonly $_tags = new OrderTagsDecoder(this);
  private readonly $_spare = new OrderSpareDecoder(this);

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 4, actingVersion: number = 0): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 4, 'Order', offset);
    requireSpace(capacity, offset, actingBlockLength, 'Order');
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
    if (schemaId !== 13 || templateId !== 1) {
      throw wrongHeader(offset + 4, schemaId, 13, offset + 2, templateId, 1, 'Order');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 4, 'Order', at);
    requireSpace(capacity, at, actingBlockLength, 'Order');
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
  orderId(): number {
    return this.$view.getUint32(this.$offset, true);
  }

  /** Group 2: reads its header and moves past it; call next() per entry. */
  legs(): OrderLegsDecoder {
    return this.$_legs.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  /** Group 9: reads its header and moves past it; call next() per entry. */
  tags(): OrderTagsDecoder {
    return this.$_tags.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  /** Group 11: reads its header and moves past it; call next() per entry. */
  spare(): OrderSpareDecoder {
    return this.$_spare.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  /** Length of comment in bytes, without moving past it. */
  commentLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Order.comment');
    return this.$view.getUint32(at, true);
  }

  /** comment (var data 13, UTF-8); moves past it. */
  comment(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Order.comment');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Order.comment');
    this.$limit = at + 4 + length;
    return length === 0 ? '' : decodeUtf8(this.$bytes, at + 4, length, 'Order.comment');
  }

  /** Copies comment into dst without allocating; moves past it; returns its length. */
  getComment(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Order.comment');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Order.comment');
    this.$limit = at + 4 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 4, length, dst, dstOffset, 'Order.comment');
  }

  /** Moves past comment; returns its length. */
  skipComment(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Order.comment');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Order.comment');
    this.$limit = at + 4 + length;
    return length;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group Order.legs. */
export class OrderLegsDecoder {
  static readonly BLOCK_LENGTH = 8;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 0;
  private $count = 0;
  private $index = 0;

  private readonly $_fills: OrderLegsFillsDecoder;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
    this.$_fills = new OrderLegsFillsDecoder(root);
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(capacity, at, 4, 'Order.legs');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 6, 'Order.legs', at);
    requireEntries(capacity, at + 4, count, blockLength + 4, 'Order.legs');
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
    if (this.$index >= this.$count) throw new RangeError('Order.legs' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'Order.legs');
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

  /** Field 3, required. */
  price(): number {
    return this.$view.getInt32(this.$offset, true);
  }

  /** Field 4, required. */
  qty(): number {
    return this.$view.getUint16(this.$offset + 4, true);
  }

  /** Group 5: reads its header and moves past it; call next() per entry. */
  fills(): OrderLegsFillsDecoder {
    return this.$_fills.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  /** Length of legNote in bytes, without moving past it. */
  legNoteLength(): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 2, 'Order.legs.legNote');
    return this.$view.getUint16(at, true);
  }

  /** legNote (var data 8, one byte per char); moves past it. */
  legNote(): string {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 2, 'Order.legs.legNote');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Order.legs.legNote');
    this.$root.sbeSetLimit(at + 2 + length);
    return length === 0 ? '' : decodeLatin1(this.$bytes, at + 2, length);
  }

  /** Copies legNote into dst without allocating; moves past it; returns its length. */
  getLegNote(dst: Uint8Array, dstOffset: number): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 2, 'Order.legs.legNote');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Order.legs.legNote');
    this.$root.sbeSetLimit(at + 2 + length);
    return length === 0 ? 0 : copyOut(this.$view, at + 2, length, dst, dstOffset, 'Order.legs.legNote');
  }

  /** Moves past legNote; returns its length. */
  skipLegNote(): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 2, 'Order.legs.legNote');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Order.legs.legNote');
    this.$root.sbeSetLimit(at + 2 + length);
    return length;
  }
}

/** Entries of group Order.legs.fills. */
export class OrderLegsFillsDecoder {
  static readonly BLOCK_LENGTH = 4;
  static readonly HEADER_SIZE = 2;
  static readonly MAX_COUNT = 254;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
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
    requireSpace(capacity, at, 2, 'Order.legs.fills');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint8(at);
    const count = this.$view.getUint8(at + 1);
    requireBlockLength(blockLength, 4, 'Order.legs.fills', at);
    requireEntries(capacity, at + 2, count, blockLength + 4, 'Order.legs.fills');
    this.$blockLength = blockLength;
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 2);
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
    if (this.$index >= this.$count) throw new RangeError('Order.legs.fills' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'Order.legs.fills');
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

  /** Field 6, required. */
  px(): number {
    return this.$view.getInt32(this.$offset, true);
  }

  /** Length of fillNote in bytes, without moving past it. */
  fillNoteLength(): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Order.legs.fills.fillNote');
    return this.$view.getUint32(at, true);
  }

  /** fillNote (var data 7, UTF-8); moves past it. */
  fillNote(): string {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Order.legs.fills.fillNote');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Order.legs.fills.fillNote');
    this.$root.sbeSetLimit(at + 4 + length);
    return length === 0 ? '' : decodeUtf8(this.$bytes, at + 4, length, 'Order.legs.fills.fillNote');
  }

  /** Copies fillNote into dst without allocating; moves past it; returns its length. */
  getFillNote(dst: Uint8Array, dstOffset: number): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Order.legs.fills.fillNote');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Order.legs.fills.fillNote');
    this.$root.sbeSetLimit(at + 4 + length);
    return length === 0 ? 0 : copyOut(this.$view, at + 4, length, dst, dstOffset, 'Order.legs.fills.fillNote');
  }

  /** Moves past fillNote; returns its length. */
  skipFillNote(): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Order.legs.fills.fillNote');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Order.legs.fills.fillNote');
    this.$root.sbeSetLimit(at + 4 + length);
    return length;
  }
}

/** Entries of group Order.tags. */
export class OrderTagsDecoder {
  static readonly BLOCK_LENGTH = 0;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
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
    requireSpace(capacity, at, 4, 'Order.tags');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 0, 'Order.tags', at);
    requireEntries(capacity, at + 4, count, blockLength + 2, 'Order.tags');
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
    if (this.$index >= this.$count) throw new RangeError('Order.tags' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'Order.tags');
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

  /** Length of tag in bytes, without moving past it. */
  tagLength(): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 2, 'Order.tags.tag');
    return this.$view.getUint16(at, true);
  }

  /** tag (var data 10, one byte per char); moves past it. */
  tag(): string {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 2, 'Order.tags.tag');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Order.tags.tag');
    this.$root.sbeSetLimit(at + 2 + length);
    return length === 0 ? '' : decodeLatin1(this.$bytes, at + 2, length);
  }

  /** Copies tag into dst without allocating; moves past it; returns its length. */
  getTag(dst: Uint8Array, dstOffset: number): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 2, 'Order.tags.tag');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Order.tags.tag');
    this.$root.sbeSetLimit(at + 2 + length);
    return length === 0 ? 0 : copyOut(this.$view, at + 2, length, dst, dstOffset, 'Order.tags.tag');
  }

  /** Moves past tag; returns its length. */
  skipTag(): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 2, 'Order.tags.tag');
    const length = this.$view.getUint16(at, true);
    requireVarData(this.$capacity, at, at + 2, length, 'Order.tags.tag');
    this.$root.sbeSetLimit(at + 2 + length);
    return length;
  }
}

/** Entries of group Order.spare. */
export class OrderSpareDecoder {
  static readonly BLOCK_LENGTH = 1;
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
    requireSpace(capacity, at, 4, 'Order.spare');
    this.$view = view;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 1, 'Order.spare', at);
    requireEntries(capacity, at + 4, count, blockLength + 0, 'Order.spare');
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
    if (this.$index >= this.$count) throw new RangeError('Order.spare' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'Order.spare');
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

  /** Field 12, required. */
  x(): number {
    return this.$view.getUint8(this.$offset);
  }
}

/** Encodes message Order (templateId 1). */
export class OrderEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 4;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 13;
  static readonly SCHEMA_VERSION = 0;
  static readonly NAME = 'Order';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private readonly $_legs = new OrderLegsEncoder(this);
  private readonly $_tags = new OrderTagsEncoder(this);
  private readonly $_spare = new OrderSpareEncoder(this);

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 4, 'Order');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 4;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 12, 'Order');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x10004, true);
    buffer.setUint32(offset + 4, 0xd, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 4;
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
  orderId(value: number): this {
    this.$view.setUint32(this.$offset, value, true);
    return this;
  }

  /** Group 2: writes its header for count entries; call next() before each. */
  legsCount(count: number): OrderLegsEncoder {
    return this.$_legs.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  /** Group 9: writes its header for count entries; call next() before each. */
  tagsCount(count: number): OrderTagsEncoder {
    return this.$_tags.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  /** Group 11: writes its header for count entries; call next() before each. */
  spareCount(count: number): OrderSpareEncoder {
    return this.$_spare.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  /** Writes comment (var data 13) after what is already written. */
  comment(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Order.comment');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 4, 1000000);
      length = encodeUtf8Into(this.$bytes, at + 4, room, value);
      if (length < 0) throw textDoesNotFit('Order.comment', at, room, 1000000);
    }
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes comment from raw bytes. */
  putComment(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 1000000) throw new SbeCodecError('Order.comment', at, 'length ' + length + ' is outside 0..1000000');
    requireSpace(this.$capacity, at, 4 + length, 'Order.comment');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 4, 'Order.comment');
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

/** Entries of group Order.legs. */
export class OrderLegsEncoder {
  static readonly BLOCK_LENGTH = 8;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  private readonly $_fills: OrderLegsFillsEncoder;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
    this.$_fills = new OrderLegsFillsEncoder(root);
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 65534) {
      throw new SbeCodecError('Order.legs', at, 'count ' + count + ' is outside 0..65534');
    }
    requireSpace(capacity, at, 4 + count * 8, 'Order.legs');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$view.setUint16(at, 8, true);
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
    if (this.$index >= this.$count) throw new RangeError('Order.legs' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 8, 'Order.legs');
    this.$offset = at;
    this.$bytes.fill(0, at + 6, at + 8);
    this.$root.sbeSetLimit(at + 8);
    this.$index++;
    return this;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 3, required. */
  price(value: number): this {
    this.$view.setInt32(this.$offset, value, true);
    return this;
  }

  /** Field 4, required. */
  qty(value: number): this {
    this.$view.setUint16(this.$offset + 4, value, true);
    return this;
  }

  /** Group 5: writes its header for count entries; call next() before each. */
  fillsCount(count: number): OrderLegsFillsEncoder {
    return this.$_fills.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  /** Writes legNote (var data 8) after what is already written. */
  legNote(value: string): this {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 2, 'Order.legs.legNote');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 2, 65534);
      length = value.length > room ? -1 : writeLatin1(this.$bytes, at + 2, room, value, 'Order.legs.legNote');
      if (length < 0) throw textDoesNotFit('Order.legs.legNote', at, room, 65534);
    }
    this.$view.setUint16(at, length, true);
    this.$root.sbeSetLimit(at + 2 + length);
    return this;
  }

  /** Writes legNote from raw bytes. */
  putLegNote(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$root.sbeLimit();
    if (length < 0 || length > 65534) throw new SbeCodecError('Order.legs.legNote', at, 'length ' + length + ' is outside 0..65534');
    requireSpace(this.$capacity, at, 2 + length, 'Order.legs.legNote');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 2, 'Order.legs.legNote');
    this.$view.setUint16(at, length, true);
    this.$root.sbeSetLimit(at + 2 + length);
    return this;
  }
}

/** Entries of group Order.legs.fills. */
export class OrderLegsFillsEncoder {
  static readonly BLOCK_LENGTH = 4;
  static readonly HEADER_SIZE = 2;
  static readonly MAX_COUNT = 254;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
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
    if (!Number.isInteger(count) || count < 0 || count > 254) {
      throw new SbeCodecError('Order.legs.fills', at, 'count ' + count + ' is outside 0..254');
    }
    requireSpace(capacity, at, 2 + count * 4, 'Order.legs.fills');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$view.setUint8(at, 4);
    this.$view.setUint8(at + 1, count);
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 2);
    return this;
  }

  count(): number {
    return this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Order.legs.fills' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Order.legs.fills');
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

  /** Field 6, required. */
  px(value: number): this {
    this.$view.setInt32(this.$offset, value, true);
    return this;
  }

  /** Writes fillNote (var data 7) after what is already written. */
  fillNote(value: string): this {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Order.legs.fills.fillNote');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 4, 1000000);
      length = encodeUtf8Into(this.$bytes, at + 4, room, value);
      if (length < 0) throw textDoesNotFit('Order.legs.fills.fillNote', at, room, 1000000);
    }
    this.$view.setUint32(at, length, true);
    this.$root.sbeSetLimit(at + 4 + length);
    return this;
  }

  /** Writes fillNote from raw bytes. */
  putFillNote(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$root.sbeLimit();
    if (length < 0 || length > 1000000) throw new SbeCodecError('Order.legs.fills.fillNote', at, 'length ' + length + ' is outside 0..1000000');
    requireSpace(this.$capacity, at, 4 + length, 'Order.legs.fills.fillNote');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 4, 'Order.legs.fills.fillNote');
    this.$view.setUint32(at, length, true);
    this.$root.sbeSetLimit(at + 4 + length);
    return this;
  }
}

/** Entries of group Order.tags. */
export class OrderTagsEncoder {
  static readonly BLOCK_LENGTH = 0;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
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
      throw new SbeCodecError('Order.tags', at, 'count ' + count + ' is outside 0..65534');
    }
    requireSpace(capacity, at, 4 + count * 0, 'Order.tags');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$view.setUint16(at, 0, true);
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
    if (this.$index >= this.$count) throw new RangeError('Order.tags' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 0, 'Order.tags');
    this.$offset = at;
    this.$root.sbeSetLimit(at + 0);
    this.$index++;
    return this;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Writes tag (var data 10) after what is already written. */
  tag(value: string): this {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 2, 'Order.tags.tag');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 2, 65534);
      length = value.length > room ? -1 : writeLatin1(this.$bytes, at + 2, room, value, 'Order.tags.tag');
      if (length < 0) throw textDoesNotFit('Order.tags.tag', at, room, 65534);
    }
    this.$view.setUint16(at, length, true);
    this.$root.sbeSetLimit(at + 2 + length);
    return this;
  }

  /** Writes tag from raw bytes. */
  putTag(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$root.sbeLimit();
    if (length < 0 || length > 65534) throw new SbeCodecError('Order.tags.tag', at, 'length ' + length + ' is outside 0..65534');
    requireSpace(this.$capacity, at, 2 + length, 'Order.tags.tag');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 2, 'Order.tags.tag');
    this.$view.setUint16(at, length, true);
    this.$root.sbeSetLimit(at + 2 + length);
    return this;
  }
}

/** Entries of group Order.spare. */
export class OrderSpareEncoder {
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
      throw new SbeCodecError('Order.spare', at, 'count ' + count + ' is outside 0..65534');
    }
    requireSpace(capacity, at, 4 + count * 1, 'Order.spare');
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
    if (this.$index >= this.$count) throw new RangeError('Order.spare' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 1, 'Order.spare');
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

  /** Field 12, required. */
  x(value: number): this {
    this.$view.setUint8(this.$offset, value);
    return this;
  }
}
