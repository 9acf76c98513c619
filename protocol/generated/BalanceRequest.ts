// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { EMPTY_VIEW, type SbeLimitHolder, requireBlockLength, requireSpace, wrongHeader } from './sbeRuntime.js';

/** Decodes message BalanceRequest (templateId 15). */
export class BalanceRequestDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 0;
  static readonly TEMPLATE_ID = 15;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'BalanceRequest';

  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 0;
  private $actingVersion = 2;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 0, actingVersion: number = 2): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 0, 'BalanceRequest', offset);
    requireSpace(capacity, offset, actingBlockLength, 'BalanceRequest');
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
    if (schemaId !== 101 || templateId !== 15) {
      throw wrongHeader(offset + 4, schemaId, 101, offset + 2, templateId, 15, 'BalanceRequest');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 0, 'BalanceRequest', at);
    requireSpace(capacity, at, actingBlockLength, 'BalanceRequest');
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

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$capacity = capacity;
  }
}

/** Encodes message BalanceRequest (templateId 15). */
export class BalanceRequestEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 0;
  static readonly TEMPLATE_ID = 15;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 2;
  static readonly NAME = 'BalanceRequest';

  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 0, 'BalanceRequest');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 0;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 8, 'BalanceRequest');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0xf0000, true);
    buffer.setUint32(offset + 4, 0x20065, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 0;
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

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$capacity = capacity;
  }
}
