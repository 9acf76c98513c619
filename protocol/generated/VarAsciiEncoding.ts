// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/**
 * ASCII text of at most 256 bytes.
 * Reads 2 bytes.
 */
export class VarAsciiEncodingDecoder {
  static readonly ENCODED_LENGTH = 2;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 2): this {
    requireSpace(buffer.byteLength, offset, 2, 'varAsciiEncoding');
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
  length(): number {
    return this.$view.getUint16(this.$offset, true);
  }

  /** Required. */
  varData(index: number): number {
    if (index < 0 || index >= 0) throw new RangeError('varAsciiEncoding.varData' + ': index ' + index + ' outside 0..-1');
    return this.$view.getUint8(this.$offset + 2 + index * 1);
  }

  static readonly varDataLength = 0;
}

/**
 * ASCII text of at most 256 bytes.
 * Writes 2 bytes.
 */
export class VarAsciiEncodingEncoder {
  static readonly ENCODED_LENGTH = 2;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 2, 'varAsciiEncoding');
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
  length(value: number): this {
    this.$view.setUint16(this.$offset, value, true);
    return this;
  }

  /** Required. */
  varData(index: number, value: number): this {
    if (index < 0 || index >= 0) throw new RangeError('varAsciiEncoding.varData' + ': index ' + index + ' outside 0..-1');
    this.$view.setUint8(this.$offset + 2 + index * 1, value);
    return this;
  }

  static readonly varDataLength = 0;
}
