// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { EMPTY_VIEW, getInt64AsNumber, requireSpace, setInt64FromNumber } from './sbeRuntime.js';

/**
 * Fixed-point decimal: mantissa * 10^exponent.
 * Reads 9 bytes.
 */
export class Decimal64Decoder {
  static readonly ENCODED_LENGTH = 9;

  #view = EMPTY_VIEW;
  #offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 1): this {
    requireSpace(buffer, offset, 9, 'Decimal64');
    this.#view = buffer;
    this.#offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Required. */
  mantissa(): number {
    return getInt64AsNumber(this.#view, this.#offset, true);
  }

  /** Required. */
  exponent(): number {
    return this.#view.getInt8(this.#offset + 8);
  }
}

/**
 * Fixed-point decimal: mantissa * 10^exponent.
 * Writes 9 bytes.
 */
export class Decimal64Encoder {
  static readonly ENCODED_LENGTH = 9;

  #view = EMPTY_VIEW;
  #offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 9, 'Decimal64');
    this.#view = buffer;
    this.#offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Required. */
  mantissa(value: number): this {
    setInt64FromNumber(this.#view, this.#offset, value, true);
    return this;
  }

  /** Required. */
  exponent(value: number): this {
    this.#view.setInt8(this.#offset + 8, value);
    return this;
  }
}
