// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from example-schema.xml,
// schema "baseline" id 1 version 0, littleEndian.
import { BooleanType } from './BooleanType.js';
import { BoosterDecoder, BoosterEncoder } from './Booster.js';
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

/** Reads 10 bytes. */
export class EngineDecoder {
  static readonly ENCODED_LENGTH = 10;

  #view = EMPTY_VIEW;
  #bytes = EMPTY_BYTES;
  #offset = 0;
  #actingVersion = 0;
  readonly #_booster = new BoosterDecoder();

  wrap(buffer: DataView, offset: number, actingVersion: number = 0): this {
    requireSpace(buffer, offset, 10, 'Engine');
    if (buffer !== this.#view) {
      this.#view = buffer;
      this.#bytes = bytesOf(buffer);
    }
    this.#offset = offset;
    this.#actingVersion = actingVersion;
    return this;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Required. */
  capacity(): number {
    return this.#view.getUint16(this.#offset, true);
  }

  /** Required. */
  numCylinders(): number {
    return this.#view.getUint8(this.#offset + 2);
  }

  /** Constant. Takes no space on the wire. */
  maxRpm(): number {
    return 9000;
  }

  /** Required. Text up to the first NUL. */
  manufacturerCode(): string {
    return readChars(this.#bytes, this.#offset + 3, 3, false, 'Engine.manufacturerCode');
  }

  /** Copies the 3 raw bytes of manufacturerCode into dst; returns the count. */
  getManufacturerCode(dst: Uint8Array, dstOffset: number): number {
    return copyOut(this.#view, this.#offset + 3, 3, dst, dstOffset, 'Engine.manufacturerCode');
  }

  static readonly manufacturerCodeLength = 3;

  /** Constant. Takes no space on the wire. */
  fuel(): string {
    return 'Petrol';
  }

  /** Required. */
  efficiency(): number {
    return this.#view.getInt8(this.#offset + 6);
  }

  /**
   * Boolean Type.
   * Required.
   */
  boosterEnabled(): BooleanType {
    return this.#view.getUint8(this.#offset + 7) as BooleanType;
  }

  /** Required. */
  booster(): BoosterDecoder {
    return this.#_booster.wrap(this.#view, this.#offset + 8, this.#actingVersion);
  }
}

/** Writes 10 bytes. */
export class EngineEncoder {
  static readonly ENCODED_LENGTH = 10;

  #view = EMPTY_VIEW;
  #offset = 0;
  readonly #_booster = new BoosterEncoder();

  wrap(buffer: DataView, offset: number): this {
    requireSpace(buffer, offset, 10, 'Engine');
    this.#view = buffer;
    this.#offset = offset;
    return this;
  }

  sbeBuffer(): DataView {
    return this.#view;
  }

  /** Required. */
  capacity(value: number): this {
    this.#view.setUint16(this.#offset, value, true);
    return this;
  }

  /** Required. */
  numCylinders(value: number): this {
    this.#view.setUint8(this.#offset + 2, value);
    return this;
  }

  /** Constant. Takes no space on the wire. */
  maxRpm(): number {
    return 9000;
  }

  /** Required. Writes the text and NUL-pads the rest. */
  manufacturerCode(value: string): this {
    writeChars(this.#view, this.#offset + 3, 3, value, false, 'Engine.manufacturerCode');
    return this;
  }

  /** Copies 3 raw bytes from src. */
  putManufacturerCode(src: Uint8Array, srcOffset: number): this {
    copyIn(src, srcOffset, 3, this.#view, this.#offset + 3, 'Engine.manufacturerCode');
    return this;
  }

  static readonly manufacturerCodeLength = 3;

  /** Constant. Takes no space on the wire. */
  fuel(): string {
    return 'Petrol';
  }

  /** Required. */
  efficiency(value: number): this {
    this.#view.setInt8(this.#offset + 6, value);
    return this;
  }

  /**
   * Boolean Type.
   * Required.
   */
  boosterEnabled(value: BooleanType): this {
    this.#view.setUint8(this.#offset + 7, value);
    return this;
  }

  /** Required. */
  booster(): BoosterEncoder {
    return this.#_booster.wrap(this.#view, this.#offset + 8);
  }
}
