// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypesBigEndian.xml,
// schema "fixture.allTypesBigEndian" id 12 version 0, bigEndian.
import { EMPTY_BYTES, EMPTY_VIEW, bytesOf, readChars, requireRoom, requireSpace, writeChars } from './sbeRuntime.js';

/** Reads 6 bytes. */
export class TagDecoder {
  static readonly ENCODED_LENGTH = 6;

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $offset = 0;
  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 0): this {
    requireSpace(buffer.byteLength, offset, 6, 'Tag');
    return this.sbeWrapInBlock(buffer, offset);
  }

  /** Wraps without a bounds check, for a parent whose checked block holds these bytes. */
  sbeWrapInBlock(buffer: DataView, offset: number, _actingVersion: number = 0): this {
    if (buffer !== this.$view) {
      this.$view = buffer;
      this.$bytes = bytesOf(buffer);
    }
    this.$offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Required. Text up to the first NUL. */
  code(): string {
    return readChars(this.$bytes, this.$offset, 4, false, 'Tag.code');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 4 raw bytes of code into dst; returns the count. */
  getCode(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 4, 'Tag.code', this.$offset, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset;
    const w0 = view.getInt32(at, true);
    to.setInt32(dstOffset, w0, true);
    return 4;
  }

  static readonly codeLength = 4;

  /** Required. */
  weight(): number {
    return this.$view.getUint16(this.$offset + 4, false);
  }
}

/** Writes 6 bytes. */
export class TagEncoder {
  static readonly ENCODED_LENGTH = 6;

  private $view = EMPTY_VIEW;
  private $offset = 0;
  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 6, 'Tag');
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

  /** Required. Writes the text and NUL-pads the rest. */
  code(value: string): this {
    writeChars(this.$view, this.$offset, 4, value, false, 'Tag.code');
    return this;
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies 4 raw bytes from src. */
  putCode(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 4, 'Tag.code', this.$offset, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset;
    const w0 = from.getInt32(srcOffset, true);
    view.setInt32(at, w0, true);
    return this;
  }

  static readonly codeLength = 4;

  /** Required. */
  weight(value: number): this {
    this.$view.setUint16(this.$offset + 4, value, false);
    return this;
  }
}
