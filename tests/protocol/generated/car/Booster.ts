// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from example-schema.xml,
// schema "baseline" id 1 version 0, littleEndian.
import { BoostType } from './BoostType.js';
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/** Reads 2 bytes. */
export class BoosterDecoder {
  static readonly ENCODED_LENGTH = 2;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 0): this {
    requireSpace(buffer.byteLength, offset, 2, 'Booster');
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
  boostType(): BoostType {
    return this.$view.getUint8(this.$offset) as BoostType;
  }

  /** Required. */
  horsePower(): number {
    return this.$view.getUint8(this.$offset + 1);
  }
}

/** Writes 2 bytes. */
export class BoosterEncoder {
  static readonly ENCODED_LENGTH = 2;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 2, 'Booster');
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
  boostType(value: BoostType): this {
    this.$view.setUint8(this.$offset, value);
    return this;
  }

  /** Required. */
  horsePower(value: number): this {
    this.$view.setUint8(this.$offset + 1, value);
    return this;
  }
}
