// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypesBigEndian.xml,
// schema "fixture.allTypesBigEndian" id 12 version 0, bigEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/**
 * A dimension of uint8 members, to prove dimension types are read from the schema.
 * Reads 2 bytes.
 */
export class SmallGroupSizeDecoder {
  static readonly ENCODED_LENGTH = 2;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 0): this {
    requireSpace(buffer.byteLength, offset, 2, 'smallGroupSize');
    return this.sbeWrapInBlock(buffer, offset);
  }

  /** Wraps without a bounds check, for a parent whose checked block holds these bytes. */
  sbeWrapInBlock(buffer: DataView, offset: number, _actingVersion: number = 0): this {
    this.$view = buffer;
    this.$offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Required. */
  blockLength(): number {
    return this.$view.getUint8(this.$offset);
  }

  /** Required. */
  numInGroup(): number {
    return this.$view.getUint8(this.$offset + 1);
  }
}

/**
 * A dimension of uint8 members, to prove dimension types are read from the schema.
 * Writes 2 bytes.
 */
export class SmallGroupSizeEncoder {
  static readonly ENCODED_LENGTH = 2;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 2, 'smallGroupSize');
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
    this.$view.setUint8(this.$offset, value);
    return this;
  }

  /** Required. */
  numInGroup(value: number): this {
    this.$view.setUint8(this.$offset + 1, value);
    return this;
  }
}
