// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypesBigEndian.xml,
// schema "fixture.allTypesBigEndian" id 12 version 0, bigEndian.
import { EMPTY_VIEW, getBit64, requireSpace, setBit64 } from './sbeRuntime.js';

/** Set over uint64. */
export class Flags64Decoder {
  static readonly ENCODED_LENGTH = 8;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 8, 'Flags64');
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
  raw(): bigint {
    return this.$view.getBigUint64(this.$offset, false);
  }

  /** Bit 0. */
  low(): boolean {
    return getBit64(this.$view, this.$offset, 0, false);
  }

  /** Bit 31. */
  bit31(): boolean {
    return getBit64(this.$view, this.$offset, 31, false);
  }

  /** Bit 32. */
  bit32(): boolean {
    return getBit64(this.$view, this.$offset, 32, false);
  }

  /** Bit 63. */
  high(): boolean {
    return getBit64(this.$view, this.$offset, 63, false);
  }
}

/** Set over uint64. */
export class Flags64Encoder {
  static readonly ENCODED_LENGTH = 8;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 8, 'Flags64');
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

  raw(value: bigint): this {
    this.$view.setBigUint64(this.$offset, value, false);
    return this;
  }

  clear(): this {
    this.$view.setBigUint64(this.$offset, 0n, false);
    return this;
  }

  /** Bit 0. */
  low(value: boolean): this {
    setBit64(this.$view, this.$offset, 0, value, false);
    return this;
  }

  /** Bit 31. */
  bit31(value: boolean): this {
    setBit64(this.$view, this.$offset, 31, value, false);
    return this;
  }

  /** Bit 32. */
  bit32(value: boolean): this {
    setBit64(this.$view, this.$offset, 32, value, false);
    return this;
  }

  /** Bit 63. */
  high(value: boolean): this {
    setBit64(this.$view, this.$offset, 63, value, false);
    return this;
  }
}
