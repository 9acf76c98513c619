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

  private $view = EMPTY_VIEW;
  private $offset = 0;
  private $actingVersion = 0;
  private readonly $_min = new PointDecoder();
  private readonly $_max = new PointDecoder();
  private readonly $_tag = new TagDecoder();

  wrap(buffer: DataView, offset: number, actingVersion: number = 0): this {
    requireSpace(buffer.byteLength, offset, 25, 'Box');
    return this.sbeWrapInBlock(buffer, offset, actingVersion);
  }

  /** Wraps without a bounds check, for a parent whose checked block holds these bytes. */
  sbeWrapInBlock(buffer: DataView, offset: number, actingVersion: number = 0): this {
    this.$view = buffer;
    this.$offset = offset;
    this.$actingVersion = actingVersion;
    return this;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Required. */
  min(): PointDecoder {
    return this.$_min.sbeWrapInBlock(this.$view, this.$offset, this.$actingVersion);
  }

  /** min.x (required), without a child flyweight. */
  minX(): number {
    return this.$view.getInt32(this.$offset, true);
  }

  /** min.y (required), without a child flyweight. */
  minY(): number {
    return this.$view.getInt32(this.$offset + 4, true);
  }

  /** Required. */
  max(): PointDecoder {
    return this.$_max.sbeWrapInBlock(this.$view, this.$offset + 10, this.$actingVersion);
  }

  /** max.x (required), without a child flyweight. */
  maxX(): number {
    return this.$view.getInt32(this.$offset + 10, true);
  }

  /** max.y (required), without a child flyweight. */
  maxY(): number {
    return this.$view.getInt32(this.$offset + 14, true);
  }

  /** Required. */
  shade(): Shade {
    return this.$view.getUint8(this.$offset + 18) as Shade;
  }

  /** Required. */
  tag(): TagDecoder {
    return this.$_tag.sbeWrapInBlock(this.$view, this.$offset + 19, this.$actingVersion);
  }

  /** Tag.weight (required), without a child flyweight. */
  tagWeight(): number {
    return this.$view.getUint16(this.$offset + 23, true);
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

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $offset = 0;
  private readonly $_min = new PointEncoder();
  private readonly $_max = new PointEncoder();
  private readonly $_tag = new TagEncoder();

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 25, 'Box');
    return this.sbeWrapInBlock(buffer, offset);
  }

  /** Wraps without a bounds check, for a parent whose checked block holds these bytes. */
  sbeWrapInBlock(buffer: DataView, offset: number): this {
    if (buffer !== this.$view) {
      this.$view = buffer;
      this.$bytes = bytesOf(buffer);
    }
    this.$offset = offset;
    this.$bytes.fill(0, offset + 8, offset + 10);
    return this;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Required. */
  min(): PointEncoder {
    return this.$_min.sbeWrapInBlock(this.$view, this.$offset);
  }

  /** min.x (required), without a child flyweight. */
  minX(value: number): this {
    this.$view.setInt32(this.$offset, value, true);
    return this;
  }

  /** min.y (required), without a child flyweight. */
  minY(value: number): this {
    this.$view.setInt32(this.$offset + 4, value, true);
    return this;
  }

  /** Required. */
  max(): PointEncoder {
    return this.$_max.sbeWrapInBlock(this.$view, this.$offset + 10);
  }

  /** max.x (required), without a child flyweight. */
  maxX(value: number): this {
    this.$view.setInt32(this.$offset + 10, value, true);
    return this;
  }

  /** max.y (required), without a child flyweight. */
  maxY(value: number): this {
    this.$view.setInt32(this.$offset + 14, value, true);
    return this;
  }

  /** Required. */
  shade(value: Shade): this {
    this.$view.setUint8(this.$offset + 18, value);
    return this;
  }

  /** Required. */
  tag(): TagEncoder {
    return this.$_tag.sbeWrapInBlock(this.$view, this.$offset + 19);
  }

  /** Tag.weight (required), without a child flyweight. */
  tagWeight(value: number): this {
    this.$view.setUint16(this.$offset + 23, value, true);
    return this;
  }

  /** Constant. Takes no space on the wire. */
  kind(): number {
    return 7;
  }
}
