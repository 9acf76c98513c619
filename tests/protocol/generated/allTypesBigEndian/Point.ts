// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypesBigEndian.xml,
// schema "fixture.allTypesBigEndian" id 12 version 0, bigEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/** Reads 8 bytes. */
export class PointDecoder {
  static readonly ENCODED_LENGTH = 8;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 0): this {
    requireSpace(buffer.byteLength, offset, 8, 'Point');
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
  x(): number {
    return this.$view.getInt32(this.$offset, false);
  }

  /** Required. */
  y(): number {
    return this.$view.getInt32(this.$offset + 4, false);
  }
}

/** Writes 8 bytes. */
export class PointEncoder {
  static readonly ENCODED_LENGTH = 8;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 8, 'Point');
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
  x(value: number): this {
    this.$view.setInt32(this.$offset, value, false);
    return this;
  }

  /** Required. */
  y(value: number): this {
    this.$view.setInt32(this.$offset + 4, value, false);
    return this;
  }
}
