// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypes.xml,
// schema "fixture.allTypes" id 11 version 0, littleEndian.
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  bytesOf,
  copyIn,
  copyOut,
  readChars,
  requireSpace,
  writeChars,
} from './sbeRuntime.js';

/** Reads 6 bytes. */
export class TagDecoder {
  static readonly ENCODED_LENGTH = 6;

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;

  wrap(buffer: DataView, offset: number, _actingVersion: number = 0): this {
    requireSpace(buffer, offset, 6, 'Tag');
    if (buffer !== this.#view) {
      this.#view = buffer;
      this.#bytes = bytesOf(buffer);
    }
    this.#offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Required. Text up to the first NUL. */
  code(): string {
    return readChars(this.#bytes, this.#offset, 4, false, 'Tag.code');
  }

  /** Copies the 4 raw bytes of code into dst; returns the count. */
  getCode(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset, 4, dst, dstOffset, 'Tag.code');
  }

  static readonly codeLength = 4;

  /** Required. */
  weight(): number {
    return this.#view.getUint16(this.#offset + 4, true);
  }
}

/** Writes 6 bytes. */
export class TagEncoder {
  static readonly ENCODED_LENGTH = 6;

  #view = EMPTY_VIEW;
  #offset = 0;

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 6, 'Tag');
    this.#view = buffer;
    this.#offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Required. Writes the text and NUL-pads the rest. */
  code(value: string): this {
    writeChars(this.#view, this.#offset, 4, value, false, 'Tag.code');
    return this;
  }

  /** Copies 4 raw bytes from src. */
  putCode(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 4, this.#view, this.#offset, 'Tag.code');
    return this;
  }

  static readonly codeLength = 4;

  /** Required. */
  weight(value: number): this {
    this.#view.setUint16(this.#offset + 4, value, true);
    return this;
  }
}
