// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypes.xml,
// schema "fixture.allTypes" id 11 version 0, littleEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/** Set over uint16. */
export class Flags16Decoder {
  static readonly ENCODED_LENGTH = 2;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 2, 'Flags16');
    this.$view = buffer;
    this.$offset = offset;
    return this;
  }

  /** Wraps without a bounds check, for a parent whose checked block holds these bytes. */
  sbeWrapInBlock(buffer: DataView, offset: number): this {
    this.$view = buffer;
    this.$offset = offset;
    return this;
  }

  /** All bits, as stored. */
  raw(): number {
    return this.$view.getUint16(this.$offset, true);
  }

  /** Bit 0. */
  low(): boolean {
    return ((this.$view.getUint16(this.$offset, true) >>> 0) & 1) === 1;
  }

  /** Bit 15. */
  high(): boolean {
    return ((this.$view.getUint16(this.$offset, true) >>> 15) & 1) === 1;
  }
}

/** Set over uint16. */
export class Flags16Encoder {
  static readonly ENCODED_LENGTH = 2;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 2, 'Flags16');
    this.$view = buffer;
    this.$offset = offset;
    return this;
  }

  /** Wraps without a bounds check, for a parent whose checked block holds these bytes. */
  sbeWrapInBlock(buffer: DataView, offset: number): this {
    this.$view = buffer;
    this.$offset = offset;
    return this;
  }

  raw(value: number): this {
    this.$view.setUint16(this.$offset, value, true);
    return this;
  }

  clear(): this {
    this.$view.setUint16(this.$offset, 0, true);
    return this;
  }

  /** Bit 0. */
  low(value: boolean): this {
    const bits = this.$view.getUint16(this.$offset, true);
    this.$view.setUint16(this.$offset, value ? (bits | 0x1) >>> 0 : (bits & ~0x1) >>> 0, true);
    return this;
  }

  /** Bit 15. */
  high(value: boolean): this {
    const bits = this.$view.getUint16(this.$offset, true);
    this.$view.setUint16(this.$offset, value ? (bits | 0x8000) >>> 0 : (bits & ~0x8000) >>> 0, true);
    return this;
  }
}
