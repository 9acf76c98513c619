// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/**
 * Fixed-point decimal: mantissa * 10^exponent.
 * Reads 9 bytes.
 */
export class Decimal64Decoder {
  static readonly ENCODED_LENGTH = 9;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 2): this {
    requireSpace(buffer.byteLength, offset, 9, 'Decimal64');
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
  mantissa(): number {
    const view = this.$view;
    const at = this.$offset;
    return view.getInt32(at + 4, true) * 4294967296 + view.getUint32(at, true);
  }

  /** Required. */
  exponent(): number {
    return this.$view.getInt8(this.$offset + 8);
  }
}

/**
 * Fixed-point decimal: mantissa * 10^exponent.
 * Writes 9 bytes.
 */
export class Decimal64Encoder {
  static readonly ENCODED_LENGTH = 9;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 9, 'Decimal64');
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
  mantissa(value: number): this {
    const view = this.$view;
    const at = this.$offset;
    const lo = value >>> 0;
    view.setUint32(at, lo, true);
    view.setInt32(at + 4, (value - lo) / 4294967296, true);
    return this;
  }

  /** Required. */
  exponent(value: number): this {
    this.$view.setInt8(this.$offset + 8, value);
    return this;
  }
}
