// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from versionV0.xml,
// schema "fixture.versionV0" id 15 version 0, littleEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/** Reads 1 bytes. */
export class VarBytes8Decoder {
  static readonly ENCODED_LENGTH = 1;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 0): this {
    requireSpace(buffer.byteLength, offset, 1, 'varBytes8');
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
  length(): number {
    return this.$view.getUint8(this.$offset);
  }

  /** Required. */
  varData(index: number): number {
    if (index < 0 || index >= 0) throw new RangeError('varBytes8.varData' + ': index ' + index + ' outside 0..-1');
    return this.$view.getUint8(this.$offset + 1 + index * 1);
  }

  static readonly varDataLength = 0;
}

/** Writes 1 bytes. */
export class VarBytes8Encoder {
  static readonly ENCODED_LENGTH = 1;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 1, 'varBytes8');
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
  length(value: number): this {
    this.$view.setUint8(this.$offset, value);
    return this;
  }

  /** Required. */
  varData(index: number, value: number): this {
    if (index < 0 || index >= 0) throw new RangeError('varBytes8.varData' + ': index ' + index + ' outside 0..-1');
    this.$view.setUint8(this.$offset + 1 + index * 1, value);
    return this;
  }

  static readonly varDataLength = 0;
}
