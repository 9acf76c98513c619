// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from example-schema.xml,
// schema "baseline" id 1 version 0, littleEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/** Set over uint8. */
export class OptionalExtrasDecoder {
  static readonly ENCODED_LENGTH = 1;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 1, 'OptionalExtras');
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
    return this.$view.getUint8(this.$offset);
  }

  /** Bit 0. */
  sunRoof(): boolean {
    return ((this.$view.getUint8(this.$offset) >>> 0) & 1) === 1;
  }

  /** Bit 1. */
  sportsPack(): boolean {
    return ((this.$view.getUint8(this.$offset) >>> 1) & 1) === 1;
  }

  /** Bit 2. */
  cruiseControl(): boolean {
    return ((this.$view.getUint8(this.$offset) >>> 2) & 1) === 1;
  }
}

/** Set over uint8. */
export class OptionalExtrasEncoder {
  static readonly ENCODED_LENGTH = 1;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 1, 'OptionalExtras');
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
    this.$view.setUint8(this.$offset, value);
    return this;
  }

  clear(): this {
    this.$view.setUint8(this.$offset, 0);
    return this;
  }

  /** Bit 0. */
  sunRoof(value: boolean): this {
    const bits = this.$view.getUint8(this.$offset);
    this.$view.setUint8(this.$offset, value ? (bits | 0x1) >>> 0 : (bits & ~0x1) >>> 0);
    return this;
  }

  /** Bit 1. */
  sportsPack(value: boolean): this {
    const bits = this.$view.getUint8(this.$offset);
    this.$view.setUint8(this.$offset, value ? (bits | 0x2) >>> 0 : (bits & ~0x2) >>> 0);
    return this;
  }

  /** Bit 2. */
  cruiseControl(value: boolean): this {
    const bits = this.$view.getUint8(this.$offset);
    this.$view.setUint8(this.$offset, value ? (bits | 0x4) >>> 0 : (bits & ~0x4) >>> 0);
    return this;
  }
}
