// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/**
 * Message identifiers and length of message root.
 * Reads 8 bytes.
 */
export class MessageHeaderDecoder {
  static readonly ENCODED_LENGTH = 8;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 2): this {
    requireSpace(buffer.byteLength, offset, 8, 'messageHeader');
    return this.sbeWrapInBlock(buffer, offset);
  }

  /** Wraps without a bounds check, for a parent whose checked block holds these bytes. */
  sbeWrapInBlock(buffer: DataView, offset: number, _actingVersion: number = 2): this {
    this.$view = buffer;
    this.$offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Required. */
  blockLength(): number {
    return this.$view.getUint16(this.$offset, true);
  }

  /** Required. */
  templateId(): number {
    return this.$view.getUint16(this.$offset + 2, true);
  }

  /** Required. */
  schemaId(): number {
    return this.$view.getUint16(this.$offset + 4, true);
  }

  /** Required. */
  version(): number {
    return this.$view.getUint16(this.$offset + 6, true);
  }
}

/**
 * Message identifiers and length of message root.
 * Writes 8 bytes.
 */
export class MessageHeaderEncoder {
  static readonly ENCODED_LENGTH = 8;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 8, 'messageHeader');
    return this.sbeWrapInBlock(buffer, offset);
  }

  /** Wraps without a bounds check, for a parent whose checked block holds these bytes. */
  sbeWrapInBlock(buffer: DataView, offset: number): this {
    this.$view = buffer;
    this.$offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Required. */
  blockLength(value: number): this {
    this.$view.setUint16(this.$offset, value, true);
    return this;
  }

  /** Required. */
  templateId(value: number): this {
    this.$view.setUint16(this.$offset + 2, value, true);
    return this;
  }

  /** Required. */
  schemaId(value: number): this {
    this.$view.setUint16(this.$offset + 4, value, true);
    return this;
  }

  /** Required. */
  version(value: number): this {
    this.$view.setUint16(this.$offset + 6, value, true);
    return this;
  }
}
