// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypes.xml,
// schema "fixture.allTypes" id 11 version 0, littleEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/** Set over uint8. */
export class Flags8Decoder {
  static readonly ENCODED_LENGTH = 1;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 1, 'Flags8');
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
  first(): boolean {
    return ((this.$view.getUint8(this.$offset) >>> 0) & 1) === 1;
  }

  /** Bit 7. */
  last(): boolean {
    return ((this.$view.getUint8(this.$offset) >>> 7) & 1) === 1;
  }
}

/** Set over uint8. */
export class Flags8Encoder {
  static readonly ENCODED_LENGTH = 1;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 1, 'Flags8');
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
  first(value: boolean): this {
    const bits = this.$view.getUint8(this.$offset);
    this.$view.setUint8(this.$offset, value ? (bits | 0x1) >>> 0 : (bits & ~0x1) >>> 0);
    return this;
  }

  /** Bit 7. */
  last(value: boolean): this {
    const bits = this.$view.getUint8(this.$offset);
    this.$view.setUint8(this.$offset, value ? (bits | 0x80) >>> 0 : (bits & ~0x80) >>> 0);
    return this;
  }
}
