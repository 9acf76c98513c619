// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  type SbeLimitHolder,
  bytesOf,
  readChars,
  requireBlockLength,
  requireRoom,
  requireSpace,
  viewOfArray,
  writeChars,
  wrongSchemaId,
  wrongTemplateId,
} from './sbeRuntime.js';

/** Decodes message OrderCancelRequest (templateId 11). */
export class OrderCancelRequestDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 80;
  static readonly TEMPLATE_ID = 11;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'OrderCancelRequest';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 80;
  private $actingVersion = 1;

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 80, actingVersion: number = 1): this {
    requireBlockLength(actingBlockLength, 80, 'OrderCancelRequest', offset);
    requireSpace(buffer, offset, actingBlockLength, 'OrderCancelRequest');
    if (buffer !== this.$view) {
      this.$view = buffer;
      this.$bytes = bytesOf(buffer);
    }
    this.$offset = offset;
    this.$actingBlockLength = actingBlockLength;
    this.$actingVersion = actingVersion;
    this.$limit = offset + actingBlockLength;
    return this;
  }

  /** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderDecoder): this {
    header.wrap(buffer, offset);
    const schemaId = buffer.getUint16(offset + 4, true);
    if (schemaId !== 101) throw wrongSchemaId(offset + 4, schemaId, 101);
    const templateId = buffer.getUint16(offset + 2, true);
    if (templateId !== 11) throw wrongTemplateId(offset + 2, templateId, 11, 'OrderCancelRequest');
    return this.wrap(buffer, offset + 8, buffer.getUint16(offset, true), buffer.getUint16(offset + 6, true));
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

  /** Field 11, required. Text up to the first NUL. */
  clOrdID(): string {
    return readChars(this.$bytes, this.$offset, 32, false, 'OrderCancelRequest.ClOrdID');
  }

  /** Copies the 32 raw bytes of ClOrdID into dst; returns the count. */
  getClOrdID(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 32, 'OrderCancelRequest.ClOrdID', this.$offset, 'destination');
    const to = viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset;
    to.setUint32(dstOffset, view.getUint32(at, true), true);
    to.setUint32(dstOffset + 4, view.getUint32(at + 4, true), true);
    to.setUint32(dstOffset + 8, view.getUint32(at + 8, true), true);
    to.setUint32(dstOffset + 12, view.getUint32(at + 12, true), true);
    to.setUint32(dstOffset + 16, view.getUint32(at + 16, true), true);
    to.setUint32(dstOffset + 20, view.getUint32(at + 20, true), true);
    to.setUint32(dstOffset + 24, view.getUint32(at + 24, true), true);
    to.setUint32(dstOffset + 28, view.getUint32(at + 28, true), true);
    return 32;
  }

  static readonly clOrdIDLength = 32;

  /** Field 41, required. Text up to the first NUL. */
  origClOrdID(): string {
    return readChars(this.$bytes, this.$offset + 32, 32, false, 'OrderCancelRequest.OrigClOrdID');
  }

  /** Copies the 32 raw bytes of OrigClOrdID into dst; returns the count. */
  getOrigClOrdID(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 32, 'OrderCancelRequest.OrigClOrdID', this.$offset + 32, 'destination');
    const to = viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 32;
    to.setUint32(dstOffset, view.getUint32(at, true), true);
    to.setUint32(dstOffset + 4, view.getUint32(at + 4, true), true);
    to.setUint32(dstOffset + 8, view.getUint32(at + 8, true), true);
    to.setUint32(dstOffset + 12, view.getUint32(at + 12, true), true);
    to.setUint32(dstOffset + 16, view.getUint32(at + 16, true), true);
    to.setUint32(dstOffset + 20, view.getUint32(at + 20, true), true);
    to.setUint32(dstOffset + 24, view.getUint32(at + 24, true), true);
    to.setUint32(dstOffset + 28, view.getUint32(at + 28, true), true);
    return 32;
  }

  static readonly origClOrdIDLength = 32;

  /** Field 55, required. Text up to the first NUL. */
  symbol(): string {
    return readChars(this.$bytes, this.$offset + 64, 16, false, 'OrderCancelRequest.Symbol');
  }

  /** Copies the 16 raw bytes of Symbol into dst; returns the count. */
  getSymbol(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 16, 'OrderCancelRequest.Symbol', this.$offset + 64, 'destination');
    const to = viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 64;
    to.setUint32(dstOffset, view.getUint32(at, true), true);
    to.setUint32(dstOffset + 4, view.getUint32(at + 4, true), true);
    to.setUint32(dstOffset + 8, view.getUint32(at + 8, true), true);
    to.setUint32(dstOffset + 12, view.getUint32(at + 12, true), true);
    return 16;
  }

  static readonly symbolLength = 16;
}

/** Encodes message OrderCancelRequest (templateId 11). */
export class OrderCancelRequestEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 80;
  static readonly TEMPLATE_ID = 11;
  static readonly SCHEMA_ID = 101;
  static readonly SCHEMA_VERSION = 1;
  static readonly NAME = 'OrderCancelRequest';

  private $view = EMPTY_VIEW;
  private $offset = 0;
  private $limit = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 80, 'OrderCancelRequest');
    this.$view = buffer;
    this.$offset = offset;
    this.$limit = offset + 80;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    requireSpace(buffer, offset, 88, 'OrderCancelRequest');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0xb0050, true);
    buffer.setUint32(offset + 4, 0x10065, true);
    const at = offset + 8;
    this.$view = buffer;
    this.$offset = at;
    this.$limit = at + 80;
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

  /** Field 11, required. Writes the text and NUL-pads the rest. */
  clOrdID(value: string): this {
    writeChars(this.$view, this.$offset, 32, value, false, 'OrderCancelRequest.ClOrdID');
    return this;
  }

  /** Copies 32 raw bytes from src. */
  putClOrdID(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 32, 'OrderCancelRequest.ClOrdID', this.$offset, 'source');
    const from = viewOfArray(src);
    const view = this.$view;
    const at = this.$offset;
    view.setUint32(at, from.getUint32(srcOffset, true), true);
    view.setUint32(at + 4, from.getUint32(srcOffset + 4, true), true);
    view.setUint32(at + 8, from.getUint32(srcOffset + 8, true), true);
    view.setUint32(at + 12, from.getUint32(srcOffset + 12, true), true);
    view.setUint32(at + 16, from.getUint32(srcOffset + 16, true), true);
    view.setUint32(at + 20, from.getUint32(srcOffset + 20, true), true);
    view.setUint32(at + 24, from.getUint32(srcOffset + 24, true), true);
    view.setUint32(at + 28, from.getUint32(srcOffset + 28, true), true);
    return this;
  }

  static readonly clOrdIDLength = 32;

  /** Field 41, required. Writes the text and NUL-pads the rest. */
  origClOrdID(value: string): this {
    writeChars(this.$view, this.$offset + 32, 32, value, false, 'OrderCancelRequest.OrigClOrdID');
    return this;
  }

  /** Copies 32 raw bytes from src. */
  putOrigClOrdID(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 32, 'OrderCancelRequest.OrigClOrdID', this.$offset + 32, 'source');
    const from = viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 32;
    view.setUint32(at, from.getUint32(srcOffset, true), true);
    view.setUint32(at + 4, from.getUint32(srcOffset + 4, true), true);
    view.setUint32(at + 8, from.getUint32(srcOffset + 8, true), true);
    view.setUint32(at + 12, from.getUint32(srcOffset + 12, true), true);
    view.setUint32(at + 16, from.getUint32(srcOffset + 16, true), true);
    view.setUint32(at + 20, from.getUint32(srcOffset + 20, true), true);
    view.setUint32(at + 24, from.getUint32(srcOffset + 24, true), true);
    view.setUint32(at + 28, from.getUint32(srcOffset + 28, true), true);
    return this;
  }

  static readonly origClOrdIDLength = 32;

  /** Field 55, required. Writes the text and NUL-pads the rest. */
  symbol(value: string): this {
    writeChars(this.$view, this.$offset + 64, 16, value, false, 'OrderCancelRequest.Symbol');
    return this;
  }

  /** Copies 16 raw bytes from src. */
  putSymbol(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 16, 'OrderCancelRequest.Symbol', this.$offset + 64, 'source');
    const from = viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 64;
    view.setUint32(at, from.getUint32(srcOffset, true), true);
    view.setUint32(at + 4, from.getUint32(srcOffset + 4, true), true);
    view.setUint32(at + 8, from.getUint32(srcOffset + 8, true), true);
    view.setUint32(at + 12, from.getUint32(srcOffset + 12, true), true);
    return this;
  }

  static readonly symbolLength = 16;
}
