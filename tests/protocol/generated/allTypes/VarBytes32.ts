// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypes.xml,
// schema "fixture.allTypes" id 11 version 0, littleEndian.
import { EMPTY_VIEW, requireSpace } from './sbeRuntime.js';

/** Reads 4 bytes. */
export class VarBytes32Decoder {
  static readonly ENCODED_LENGTH = 4;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 0): this {
    requireSpace(buffer.byteLength, offset, 4, 'varBytes32');
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
    return this.$view.getUint32(this.$offset, true);
  }

  /** Required. */
  varData(index: number): number {
    if (index < 0 || index >= 0) throw new RangeError('varBytes32.varData' + ': index ' + index + ' outside 0..-1');
    return this.$view.getUint8(this.$offset + 4 + index * 1);
  }

  static readonly varDataLength = 0;
}

/** Writes 4 bytes. */
export class VarBytes32Encoder {
  static readonly ENCODED_LENGTH = 4;

  private $view = EMPTY_VIEW;
  private $offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 4, 'varBytes32');
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
    this.$view.setUint32(this.$offset, value, true);
    return this;
  }

  /** Required. */
  varData(index: number, value: number): this {
    if (index < 0 || index >= 0) throw new RangeError('varBytes32.varData' + ': index ' + index + ' outside 0..-1');
    this.$view.setUint8(this.$offset + 4 + index * 1, value);
    return this;
  }

  static readonly varDataLength = 0;
}
