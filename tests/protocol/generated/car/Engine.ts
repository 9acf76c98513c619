// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from example-schema.xml,
// schema "baseline" id 1 version 0, littleEndian.
import { BooleanType } from './BooleanType.js';
import { BoostType } from './BoostType.js';
import { BoosterDecoder, BoosterEncoder } from './Booster.js';
import { EMPTY_BYTES, EMPTY_VIEW, bytesOf, readChars, requireRoom, requireSpace, writeChars } from './sbeRuntime.js';

/** Reads 10 bytes. */
export class EngineDecoder {
  static readonly ENCODED_LENGTH = 10;

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $offset = 0;
  private $actingVersion = 0;
  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_booster = new BoosterDecoder();

  wrap(buffer: DataView, offset: number, actingVersion: number = 0): this {
    requireSpace(buffer.byteLength, offset, 10, 'Engine');
    return this.sbeWrapInBlock(buffer, offset, actingVersion);
  }

  /** Wraps without a bounds check, for a parent whose checked block holds these bytes. */
  sbeWrapInBlock(buffer: DataView, offset: number, actingVersion: number = 0): this {
    if (buffer !== this.$view) {
      this.$view = buffer;
      this.$bytes = bytesOf(buffer);
    }
    this.$offset = offset;
    this.$actingVersion = actingVersion;
    return this;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Required. */
  capacity(): number {
    return this.$view.getUint16(this.$offset, true);
  }

  /** Required. */
  numCylinders(): number {
    return this.$view.getUint8(this.$offset + 2);
  }

  /** Constant. Takes no space on the wire. */
  maxRpm(): number {
    return 9000;
  }

  /** Required. Text up to the first NUL. */
  manufacturerCode(): string {
    return readChars(this.$bytes, this.$offset + 3, 3, false, 'Engine.manufacturerCode');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 3 raw bytes of manufacturerCode into dst; returns the count. */
  getManufacturerCode(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 3, 'Engine.manufacturerCode', this.$offset + 3, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 3;
    const b0 = view.getUint8(at);
    const b1 = view.getUint8(at + 1);
    const b2 = view.getUint8(at + 2);
    to.setUint8(dstOffset, b0);
    to.setUint8(dstOffset + 1, b1);
    to.setUint8(dstOffset + 2, b2);
    return 3;
  }

  static readonly manufacturerCodeLength = 3;

  /** Constant. Takes no space on the wire. */
  fuel(): string {
    return 'Petrol';
  }

  /** Required. */
  efficiency(): number {
    return this.$view.getInt8(this.$offset + 6);
  }

  /**
   * Boolean Type.
   * Required.
   */
  boosterEnabled(): BooleanType {
    return this.$view.getUint8(this.$offset + 7) as BooleanType;
  }

  /** Required. */
  booster(): BoosterDecoder {
    return this.$_booster.sbeWrapInBlock(this.$view, this.$offset + 8, this.$actingVersion);
  }

  /** booster.BoostType (required), without a child flyweight. */
  boosterBoostType(): BoostType {
    return this.$view.getUint8(this.$offset + 8) as BoostType;
  }

  /** booster.horsePower (required), without a child flyweight. */
  boosterHorsePower(): number {
    return this.$view.getUint8(this.$offset + 9);
  }
}

/** Writes 10 bytes. */
export class EngineEncoder {
  static readonly ENCODED_LENGTH = 10;

  private $view = EMPTY_VIEW;
  private $offset = 0;
  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_booster = new BoosterEncoder();

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer.byteLength, offset, 10, 'Engine');
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
  capacity(value: number): this {
    this.$view.setUint16(this.$offset, value, true);
    return this;
  }

  /** Required. */
  numCylinders(value: number): this {
    this.$view.setUint8(this.$offset + 2, value);
    return this;
  }

  /** Constant. Takes no space on the wire. */
  maxRpm(): number {
    return 9000;
  }

  /** Required. Writes the text and NUL-pads the rest. */
  manufacturerCode(value: string): this {
    writeChars(this.$view, this.$offset + 3, 3, value, false, 'Engine.manufacturerCode');
    return this;
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies 3 raw bytes from src. */
  putManufacturerCode(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 3, 'Engine.manufacturerCode', this.$offset + 3, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 3;
    const b0 = from.getUint8(srcOffset);
    const b1 = from.getUint8(srcOffset + 1);
    const b2 = from.getUint8(srcOffset + 2);
    view.setUint8(at, b0);
    view.setUint8(at + 1, b1);
    view.setUint8(at + 2, b2);
    return this;
  }

  static readonly manufacturerCodeLength = 3;

  /** Constant. Takes no space on the wire. */
  fuel(): string {
    return 'Petrol';
  }

  /** Required. */
  efficiency(value: number): this {
    this.$view.setInt8(this.$offset + 6, value);
    return this;
  }

  /**
   * Boolean Type.
   * Required.
   */
  boosterEnabled(value: BooleanType): this {
    this.$view.setUint8(this.$offset + 7, value);
    return this;
  }

  /** Required. */
  booster(): BoosterEncoder {
    return this.$_booster.sbeWrapInBlock(this.$view, this.$offset + 8);
  }

  /** booster.BoostType (required), without a child flyweight. */
  boosterBoostType(value: BoostType): this {
    this.$view.setUint8(this.$offset + 8, value);
    return this;
  }

  /** booster.horsePower (required), without a child flyweight. */
  boosterHorsePower(value: number): this {
    this.$view.setUint8(this.$offset + 9, value);
    return this;
  }
}
