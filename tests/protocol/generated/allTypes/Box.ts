// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from allTypes.xml,
// schema "fixture.allTypes" id 11 version 0, littleEndian.
import { PointDecoder, PointEncoder } from './Point.js';
import { Shade } from './Shade.js';
import { TagDecoder, TagEncoder } from './Tag.js';
import { EMPTY_BYTES, EMPTY_VIEW, bytesOf, requireSpace } from './sbeRuntime.js';

/**
 * Nested composites, a ref at an explicit offset (a 2-byte gap), an inline enum and composite, a constant.
 * Reads 25 bytes.
 */
export class BoxDecoder {
  static readonly ENCODED_LENGTH = 25;

  #view = EMPTY_VIEW;
  #offset = 0;
  #actingVersion = 0;
  readonly #_min = new PointDecoder();
  readonly #_max = new PointDecoder();
  readonly #_tag = new TagDecoder();

  wrap(buffer: DataView, offset: number, actingVersion: number = 0): this {
    requireSpace(buffer, offset, 25, 'Box');
    this.#view = buffer;
    this.#offset = offset;
    this.#actingVersion = actingVersion;
    return this;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Required. */
  min(): PointDecoder {
    return this.#_min.wrap(this.#view, this.#offset, this.#actingVersion);
  }

  /** Required. */
  max(): PointDecoder {
    return this.#_max.wrap(this.#view, this.#offset + 10, this.#actingVersion);
  }

  /** Required. */
  shade(): Shade {
    return this.#view.getUint8(this.#offset + 18) as Shade;
  }

  /** Required. */
  tag(): TagDecoder {
    return this.#_tag.wrap(this.#view, this.#offset + 19, this.#actingVersion);
  }

  /** Constant. Takes no space on the wire. */
  kind(): number {
    return 7;
  }
}

/**
 * Nested composites, a ref at an explicit offset (a 2-byte gap), an inline enum and composite, a constant.
 * Writes 25 bytes.
 */
export class BoxEncoder {
  static readonly ENCODED_LENGTH = 25;

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  readonly #_min = new PointEncoder();
  readonly #_max = new PointEncoder();
  readonly #_tag = new TagEncoder();

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 25, 'Box');
    if (buffer !== this.#view) {
      this.#view = buffer;
      this.#bytes = bytesOf(buffer);
    }
    this.#offset = offset;
    this.#bytes.fill(0, offset + 8, offset + 10);
    return this;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Required. */
  min(): PointEncoder {
    return this.#_min.wrap(this.#view, this.#offset);
  }

  /** Required. */
  max(): PointEncoder {
    return this.#_max.wrap(this.#view, this.#offset + 10);
  }

  /** Required. */
  shade(value: Shade): this {
    this.#view.setUint8(this.#offset + 18, value);
    return this;
  }

  /** Required. */
  tag(): TagEncoder {
    return this.#_tag.wrap(this.#view, this.#offset + 19);
  }

  /** Constant. Takes no space on the wire. */
  kind(): number {
    return 7;
  }
}
