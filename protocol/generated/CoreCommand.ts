// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { BooleanType } from './BooleanType.js';
import { CommandType } from './CommandType.js';
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { OrdType } from './OrdType.js';
import { STP } from './STP.js';
import { Side } from './Side.js';
import { TimeInForce } from './TimeInForce.js';
import { EMPTY_VIEW, type SbeLimitHolder, requireBlockLength, requireSpace, wrongHeader } from './sbeRuntime.js';

/**
 * One sequenced command for the core, as the gateway normalized it: integers only (ticks, lots, dense account and instrument numbers). The ring slot, the journal record's payload and the core's input; sequencer/commandCodec.ts maps it to engine/command.ts. 64-bit fields first, so every field is naturally aligned.
 * Decodes message CoreCommand (templateId 100).
 */
export class CoreCommandDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 62;
  static readonly TEMPLATE_ID = 100;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'CoreCommand';

  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 62;
  private $actingVersion = 1;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 62, actingVersion: number = 1): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 62, 'CoreCommand', offset);
    requireSpace(capacity, offset, actingBlockLength, 'CoreCommand');
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
    if (schemaId !== 101 || templateId !== 100) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 100, 'CoreCommand');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 62, 'CoreCommand', at);
    requireSpace(capacity, at, actingBlockLength, 'CoreCommand');
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

  /** Field 34, required. */
  seq(): number {
    const view = this.$view;
    const at = this.$offset;
    return view.getUint32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /** Field 60, required. */
  timestampUs(): number {
    const view = this.$view;
    const at = this.$offset + 8;
    return view.getUint32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Target order of CANCEL and REPLACE; 0 otherwise.
   * Field 37, required.
   */
  orderID(): number {
    const view = this.$view;
    const at = this.$offset + 16;
    return view.getUint32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Limit price in ticks (NEW_ORDER LIMIT, REPLACE); as given otherwise.
   * Field 44, required.
   */
  price(): number {
    const view = this.$view;
    const at = this.$offset + 24;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * Order quantity in lots (NEW_ORDER; REPLACE: the new total).
   * Field 38, required.
   */
  qty(): number {
    const view = this.$view;
    const at = this.$offset + 32;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /**
   * GTD orders: sequencer time at which the order expires; 0 otherwise.
   * Field 126, required.
   */
  expireTimeUs(): number {
    const view = this.$view;
    const at = this.$offset + 40;
    return view.getUint32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /** Field 1, required. */
  account(): number {
    return this.$view.getInt32(this.$offset + 48, true);
  }

  /** Field 55, required. */
  instrument(): number {
    return this.$view.getInt32(this.$offset + 52, true);
  }

  /** Field 5100, required. */
  type(): CommandType {
    return this.$view.getUint8(this.$offset + 56) as CommandType;
  }

  /** Field 54, required. */
  side(): Side {
    return this.$view.getUint8(this.$offset + 57) as Side;
  }

  /** Field 40, required. */
  ordType(): OrdType {
    return this.$view.getUint8(this.$offset + 58) as OrdType;
  }

  /** Field 59, required. */
  timeInForce(): TimeInForce {
    return this.$view.getUint8(this.$offset + 59) as TimeInForce;
  }

  /** Field 5021, required. */
  stp(): STP {
    return this.$view.getUint8(this.$offset + 60) as STP;
  }

  /** Field 5020, required. */
  postOnly(): BooleanType {
    return this.$view.getUint8(this.$offset + 61) as BooleanType;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$capacity = capacity;
  }
}

/**
 * One sequenced command for the core, as the gateway normalized it: integers only (ticks, lots, dense account and instrument numbers). The ring slot, the journal record's payload and the core's input; sequencer/commandCodec.ts maps it to engine/command.ts. 64-bit fields first, so every field is naturally aligned.
 * Encodes message CoreCommand (templateId 100).
 */
export class CoreCommandEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 62;
  static readonly TEMPLATE_ID = 100;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'CoreCommand';

  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 62, 'CoreCommand');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 62;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 70, 'CoreCommand');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x64003e, true);
    buffer.setUint32(offset + 4, 0x10065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 62;
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

  /** Field 34, required. */
  seq(value: number): this {
    const view = this.$view;
    const at = this.$offset;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setUint32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /** Field 60, required. */
  timestampUs(value: number): this {
    const view = this.$view;
    const at = this.$offset + 8;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setUint32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Target order of CANCEL and REPLACE; 0 otherwise.
   * Field 37, required.
   */
  orderID(value: number): this {
    const view = this.$view;
    const at = this.$offset + 16;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setUint32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Limit price in ticks (NEW_ORDER LIMIT, REPLACE); as given otherwise.
   * Field 44, required.
   */
  price(value: number): this {
    const view = this.$view;
    const at = this.$offset + 24;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * Order quantity in lots (NEW_ORDER; REPLACE: the new total).
   * Field 38, required.
   */
  qty(value: number): this {
    const view = this.$view;
    const at = this.$offset + 32;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /**
   * GTD orders: sequencer time at which the order expires; 0 otherwise.
   * Field 126, required.
   */
  expireTimeUs(value: number): this {
    const view = this.$view;
    const at = this.$offset + 40;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setUint32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /** Field 1, required. */
  account(value: number): this {
    this.$view.setInt32(this.$offset + 48, value, true);
    return this;
  }

  /** Field 55, required. */
  instrument(value: number): this {
    this.$view.setInt32(this.$offset + 52, value, true);
    return this;
  }

  /** Field 5100, required. */
  type(value: CommandType): this {
    this.$view.setUint8(this.$offset + 56, value);
    return this;
  }

  /** Field 54, required. */
  side(value: Side): this {
    this.$view.setUint8(this.$offset + 57, value);
    return this;
  }

  /** Field 40, required. */
  ordType(value: OrdType): this {
    this.$view.setUint8(this.$offset + 58, value);
    return this;
  }

  /** Field 59, required. */
  timeInForce(value: TimeInForce): this {
    this.$view.setUint8(this.$offset + 59, value);
    return this;
  }

  /** Field 5021, required. */
  stp(value: STP): this {
    this.$view.setUint8(this.$offset + 60, value);
    return this;
  }

  /** Field 5020, required. */
  postOnly(value: BooleanType): this {
    this.$view.setUint8(this.$offset + 61, value);
    return this;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$capacity = capacity;
  }
}
