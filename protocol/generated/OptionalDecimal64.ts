// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 1, littleEndian.
import { EMPTY_VIEW, getInt64AsNumber, requireSpace, setInt64FromNumber } from './sbeRuntime.js';

/**
 * A Decimal64 that may be absent: mantissa -2^63 (the int64 null) means no value.
 * Reads 9 bytes.
 */
export class OptionalDecimal64Decoder {
  static readonly ENCODED_LENGTH = 9;

  #view = EMPTY_VIEW;
  #offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 1): this {
    requireSpace(buffer, offset, 9, 'OptionalDecimal64');
    this.#view = buffer;
    this.#offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Optional. */
  mantissa(): number {
    return getInt64AsNumber(this.#view, this.#offset, true);
  }

  static readonly mantissaNullValue = -(2 ** 63);

  /** Required. */
  exponent(): number {
    return this.#view.getInt8(this.#offset + 8);
  }
}

/**
 * A Decimal64 that may be absent: mantissa -2^63 (the int64 null) means no value.
 * Writes 9 bytes.
 */
export class OptionalDecimal64Encoder {
  static readonly ENCODED_LENGTH = 9;

  #view = EMPTY_VIEW;
  #offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 9, 'OptionalDecimal64');
    this.#view = buffer;
    this.#offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Optional. */
  mantissa(value: number): this {
    setInt64FromNumber(this.#view, this.#offset, value, true);
    return this;
  }

  static readonly mantissaNullValue = -(2 ** 63);

  /** Required. */
  exponent(value: number): this {
    this.#view.setInt8(this.#offset + 8, value);
    return this;
  }
}
