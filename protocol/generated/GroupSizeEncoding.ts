// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/**
 * Repeating group dimensions.
 * Reads 4 bytes.
 */
export class GroupSizeEncodingDecoder {
  static readonly ENCODED_LENGTH = 4;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 2): this {
    requireSpace(buffer.byteLength, offset, 4, 'groupSizeEncoding');
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
  numInGroup(): number {
    return this.$view.getUint16(this.$offset + 2, true);
  }
}

/**
 * Repeating group dimensions.
 * Writes 4 bytes.
 */
export class GroupSizeEncodingEncoder {
  static readonly ENCODED_LENGTH = 4;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 4, 'groupSizeEncoding');
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
  numInGroup(value: number): this {
    this.$view.setUint16(this.$offset + 2, value, true);
    return this;
  }
}
