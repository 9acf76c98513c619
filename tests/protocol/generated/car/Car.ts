// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from example-schema.xml,
// schema "baseline" id 1 version 0, littleEndian.
import { BooleanType } from './BooleanType.js';
import { BoostType } from './BoostType.js';
import { EngineDecoder, EngineEncoder } from './Engine.js';
import { MessageHeaderDecoder, MessageHeaderEncoder } from './MessageHeader.js';
import { Model } from './Model.js';
import { OptionalExtrasDecoder, OptionalExtrasEncoder } from './OptionalExtras.js';
import {
  EMPTY_BYTES,
  EMPTY_VIEW,
  SbeCodecError,
  type SbeLimitHolder,
  bytesOf,
  copyIn,
  copyOut,
  decodeLatin1,
  decodeUtf8,
  encodeUtf8Into,
  readChars,
  requireBlockLength,
  requireEntries,
  requireRoom,
  requireSpace,
  requireVarData,
  textDoesNotFit,
  writeChars,
  writeLatin1,
  wrongHeader,
} from './sbeRuntime.js';

/**
 * Description of a basic Car
 * Decodes message Car (templateId 1).
 */
export class CarDecoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 45;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 1;
  static readonly SCHEMA_VERSION = 0;
  static readonly NAME = 'Car';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;
  private $actingBlockLength = 45;
  private $actingVersion = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_extras = new OptionalExtrasDecoder();
  private readonly $_engine = new EngineDecoder();
  private readonly $_fuelFigures = new CarFuelFiguresDecoder(this);
  private readonly $_performanceFigures = new CarPerformanceFiguresDecoder(this);

  wrap(buffer: DataView, offset: number, actingBlockLength: number = 45, actingVersion: number = 0): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireBlockLength(actingBlockLength, 45, 'Car', offset);
    requireSpace(capacity, offset, actingBlockLength, 'Car');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$actingBlockLength = actingBlockLength;
    this.$actingVersion = actingVersion;
    this.$limit = offset + actingBlockLength;
    return this;
  }

  /** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderDecoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 8, 'messageHeader');
    header.sbeWrapInBlock(buffer, offset);
    const w0 = buffer.getUint32(offset, true);
    const w4 = buffer.getUint32(offset + 4, true);
    const schemaId = (w4 << 16) >>> 16;
    const templateId = w0 >>> 16;
    if (schemaId !== 1 || templateId !== 1) {
      throw wrongHeader(offset + 4, schemaId, 1, offset + 2, templateId, 1, 'Car');
    }
    const actingBlockLength = (w0 << 16) >>> 16;
    const actingVersion = w4 >>> 16;
    const at = offset + 8;
    requireBlockLength(actingBlockLength, 45, 'Car', at);
    requireSpace(capacity, at, actingBlockLength, 'Car');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$actingBlockLength = actingBlockLength;
    this.$actingVersion = actingVersion;
    this.$limit = at + actingBlockLength;
    return this;
  }

  sbeLimit(): number {
    return this.$limit;
  }

  sbeSetLimit(limit: number): void {
    this.$limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.$limit - this.$offset;
  }

  sbeActingBlockLength(): number {
    return this.$actingBlockLength;
  }

  sbeActingVersion(): number {
    return this.$actingVersion;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 1, required. */
  serialNumber(): bigint {
    return this.$view.getBigUint64(this.$offset, true);
  }

  /** Field 2, required. */
  modelYear(): number {
    return this.$view.getUint16(this.$offset + 8, true);
  }

  /** Field 3, required. */
  available(): BooleanType {
    return this.$view.getUint8(this.$offset + 10) as BooleanType;
  }

  /** Field 4, required. */
  code(): Model {
    return this.$view.getUint8(this.$offset + 11) as Model;
  }

  /** Field 5, required. */
  someNumbers(index: number): number {
    if (index < 0 || index >= 4) throw new RangeError('Car.someNumbers' + ': index ' + index + ' outside 0..3');
    return this.$view.getUint32(this.$offset + 12 + index * 4, true);
  }

  static readonly someNumbersLength = 4;

  /** Field 6, required. Text up to the first NUL. */
  vehicleCode(): string {
    return readChars(this.$bytes, this.$offset + 28, 6, false, 'Car.vehicleCode');
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies the 6 raw bytes of vehicleCode into dst; returns the count. */
  getVehicleCode(dst: Uint8Array, dstOffset: number): number {
    requireRoom(dst, dstOffset, 6, 'Car.vehicleCode', this.$offset + 28, 'destination');
    const to = dst === this.$array ? this.$arrayView : this.$viewOfArray(dst);
    const view = this.$view;
    const at = this.$offset + 28;
    const w0 = view.getInt32(at, true);
    const b4 = view.getUint8(at + 4);
    const b5 = view.getUint8(at + 5);
    to.setInt32(dstOffset, w0, true);
    to.setUint8(dstOffset + 4, b4);
    to.setUint8(dstOffset + 5, b5);
    return 6;
  }

  static readonly vehicleCodeLength = 6;

  /** Field 7, required. */
  extras(): OptionalExtrasDecoder {
    return this.$_extras.sbeWrapInBlock(this.$view, this.$offset + 34);
  }

  /** Field 8, constant. Takes no space on the wire. */
  discountedModel(): Model {
    return Model.C;
  }

  /** Field 9, required. */
  engine(): EngineDecoder {
    return this.$_engine.sbeWrapInBlock(this.$view, this.$offset + 35, this.$actingVersion);
  }

  /**
   * engine.capacity (required), without a child flyweight.
   * Field 9.
   */
  engineCapacity(): number {
    return this.$view.getUint16(this.$offset + 35, true);
  }

  /**
   * engine.numCylinders (required), without a child flyweight.
   * Field 9.
   */
  engineNumCylinders(): number {
    return this.$view.getUint8(this.$offset + 37);
  }

  /**
   * engine.efficiency (required), without a child flyweight.
   * Field 9.
   */
  engineEfficiency(): number {
    return this.$view.getInt8(this.$offset + 41);
  }

  /**
   * engine.boosterEnabled (required), without a child flyweight.
   * Field 9.
   */
  engineBoosterEnabled(): BooleanType {
    return this.$view.getUint8(this.$offset + 42) as BooleanType;
  }

  /**
   * engine.booster.BoostType (required), without a child flyweight.
   * Field 9.
   */
  engineBoosterBoostType(): BoostType {
    return this.$view.getUint8(this.$offset + 43) as BoostType;
  }

  /**
   * engine.booster.horsePower (required), without a child flyweight.
   * Field 9.
   */
  engineBoosterHorsePower(): number {
    return this.$view.getUint8(this.$offset + 44);
  }

  /** Group 10: reads its header and moves past it; call next() per entry. */
  fuelFigures(): CarFuelFiguresDecoder {
    return this.$_fuelFigures.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  /** Group 13: reads its header and moves past it; call next() per entry. */
  performanceFigures(): CarPerformanceFiguresDecoder {
    return this.$_performanceFigures.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }

  /** Length of manufacturer in bytes, without moving past it. */
  manufacturerLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.manufacturer');
    return this.$view.getUint32(at, true);
  }

  /** manufacturer (var data 18, UTF-8); moves past it. */
  manufacturer(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.manufacturer');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.manufacturer');
    this.$limit = at + 4 + length;
    return length === 0 ? '' : decodeUtf8(this.$bytes, at + 4, length, 'Car.manufacturer');
  }

  /** Copies manufacturer into dst without allocating; moves past it; returns its length. */
  getManufacturer(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.manufacturer');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.manufacturer');
    this.$limit = at + 4 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 4, length, dst, dstOffset, 'Car.manufacturer');
  }

  /** Moves past manufacturer; returns its length. */
  skipManufacturer(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.manufacturer');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.manufacturer');
    this.$limit = at + 4 + length;
    return length;
  }

  /** Length of model in bytes, without moving past it. */
  modelLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.model');
    return this.$view.getUint32(at, true);
  }

  /** model (var data 19, UTF-8); moves past it. */
  model(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.model');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.model');
    this.$limit = at + 4 + length;
    return length === 0 ? '' : decodeUtf8(this.$bytes, at + 4, length, 'Car.model');
  }

  /** Copies model into dst without allocating; moves past it; returns its length. */
  getModel(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.model');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.model');
    this.$limit = at + 4 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 4, length, dst, dstOffset, 'Car.model');
  }

  /** Moves past model; returns its length. */
  skipModel(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.model');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.model');
    this.$limit = at + 4 + length;
    return length;
  }

  /** Length of activationCode in bytes, without moving past it. */
  activationCodeLength(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.activationCode');
    return this.$view.getUint32(at, true);
  }

  /** activationCode (var data 20, one byte per char); moves past it. */
  activationCode(): string {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.activationCode');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.activationCode');
    this.$limit = at + 4 + length;
    return length === 0 ? '' : decodeLatin1(this.$bytes, at + 4, length);
  }

  /** Copies activationCode into dst without allocating; moves past it; returns its length. */
  getActivationCode(dst: Uint8Array, dstOffset: number): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.activationCode');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.activationCode');
    this.$limit = at + 4 + length;
    return length === 0 ? 0 : copyOut(this.$view, at + 4, length, dst, dstOffset, 'Car.activationCode');
  }

  /** Moves past activationCode; returns its length. */
  skipActivationCode(): number {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.activationCode');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.activationCode');
    this.$limit = at + 4 + length;
    return length;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group Car.fuelFigures. */
export class CarFuelFiguresDecoder {
  static readonly BLOCK_LENGTH = 6;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 0;
  private $count = 0;
  private $index = 0;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(capacity, at, 4, 'Car.fuelFigures');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 6, 'Car.fuelFigures', at);
    requireEntries(capacity, at + 4, count, blockLength + 4, 'Car.fuelFigures');
    this.$blockLength = blockLength;
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  /** A group absent from an older version: no entries, nothing read. */
  sbeEmpty(): this {
    this.$count = 0;
    this.$index = 0;
    return this;
  }

  count(): number {
    return this.$count;
  }

  hasNext(): boolean {
    return this.$index < this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Car.fuelFigures' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'Car.fuelFigures');
    this.$offset = at;
    this.$root.sbeSetLimit(at + this.$blockLength);
    this.$index++;
    return this;
  }

  sbeActingBlockLength(): number {
    return this.$blockLength;
  }

  sbeActingVersion(): number {
    return this.$actingVersion;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 11, required. */
  speed(): number {
    return this.$view.getUint16(this.$offset, true);
  }

  /** Field 12, required. */
  mpg(): number {
    return this.$view.getFloat32(this.$offset + 2, true);
  }

  /** Length of usageDescription in bytes, without moving past it. */
  usageDescriptionLength(): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Car.fuelFigures.usageDescription');
    return this.$view.getUint32(at, true);
  }

  /** usageDescription (var data 200, one byte per char); moves past it. */
  usageDescription(): string {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Car.fuelFigures.usageDescription');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.fuelFigures.usageDescription');
    this.$root.sbeSetLimit(at + 4 + length);
    return length === 0 ? '' : decodeLatin1(this.$bytes, at + 4, length);
  }

  /** Copies usageDescription into dst without allocating; moves past it; returns its length. */
  getUsageDescription(dst: Uint8Array, dstOffset: number): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Car.fuelFigures.usageDescription');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.fuelFigures.usageDescription');
    this.$root.sbeSetLimit(at + 4 + length);
    return length === 0 ? 0 : copyOut(this.$view, at + 4, length, dst, dstOffset, 'Car.fuelFigures.usageDescription');
  }

  /** Moves past usageDescription; returns its length. */
  skipUsageDescription(): number {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Car.fuelFigures.usageDescription');
    const length = this.$view.getUint32(at, true);
    requireVarData(this.$capacity, at, at + 4, length, 'Car.fuelFigures.usageDescription');
    this.$root.sbeSetLimit(at + 4 + length);
    return length;
  }
}

/** Entries of group Car.performanceFigures. */
export class CarPerformanceFiguresDecoder {
  static readonly BLOCK_LENGTH = 1;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 0;
  private $count = 0;
  private $index = 0;

  private readonly $_acceleration: CarPerformanceFiguresAccelerationDecoder;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
    this.$_acceleration = new CarPerformanceFiguresAccelerationDecoder(root);
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(capacity, at, 4, 'Car.performanceFigures');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 1, 'Car.performanceFigures', at);
    requireEntries(capacity, at + 4, count, blockLength + 4, 'Car.performanceFigures');
    this.$blockLength = blockLength;
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  /** A group absent from an older version: no entries, nothing read. */
  sbeEmpty(): this {
    this.$count = 0;
    this.$index = 0;
    return this;
  }

  count(): number {
    return this.$count;
  }

  hasNext(): boolean {
    return this.$index < this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Car.performanceFigures' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'Car.performanceFigures');
    this.$offset = at;
    this.$root.sbeSetLimit(at + this.$blockLength);
    this.$index++;
    return this;
  }

  sbeActingBlockLength(): number {
    return this.$blockLength;
  }

  sbeActingVersion(): number {
    return this.$actingVersion;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 14, required. */
  octaneRating(): number {
    return this.$view.getUint8(this.$offset);
  }

  /** Group 15: reads its header and moves past it; call next() per entry. */
  acceleration(): CarPerformanceFiguresAccelerationDecoder {
    return this.$_acceleration.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);
  }
}

/** Entries of group Car.performanceFigures.acceleration. */
export class CarPerformanceFiguresAccelerationDecoder {
  static readonly BLOCK_LENGTH = 6;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $blockLength = 0;
  private $actingVersion = 0;
  private $count = 0;
  private $index = 0;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Reads the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, actingVersion: number): this {
    const at = this.$root.sbeLimit();
    requireSpace(capacity, at, 4, 'Car.performanceFigures.acceleration');
    this.$view = view;
    this.$capacity = capacity;
    this.$actingVersion = actingVersion;
    const blockLength = this.$view.getUint16(at, true);
    const count = this.$view.getUint16(at + 2, true);
    requireBlockLength(blockLength, 6, 'Car.performanceFigures.acceleration', at);
    requireEntries(capacity, at + 4, count, blockLength + 0, 'Car.performanceFigures.acceleration');
    this.$blockLength = blockLength;
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  /** A group absent from an older version: no entries, nothing read. */
  sbeEmpty(): this {
    this.$count = 0;
    this.$index = 0;
    return this;
  }

  count(): number {
    return this.$count;
  }

  hasNext(): boolean {
    return this.$index < this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Car.performanceFigures.acceleration' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, this.$blockLength, 'Car.performanceFigures.acceleration');
    this.$offset = at;
    this.$root.sbeSetLimit(at + this.$blockLength);
    this.$index++;
    return this;
  }

  sbeActingBlockLength(): number {
    return this.$blockLength;
  }

  sbeActingVersion(): number {
    return this.$actingVersion;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 16, required. */
  mph(): number {
    return this.$view.getUint16(this.$offset, true);
  }

  /** Field 17, required. */
  seconds(): number {
    return this.$view.getFloat32(this.$offset + 2, true);
  }
}

/**
 * Description of a basic Car
 * Encodes message Car (templateId 1).
 */
export class CarEncoder implements SbeLimitHolder {
  static readonly BLOCK_LENGTH = 45;
  static readonly TEMPLATE_ID = 1;
  static readonly SCHEMA_ID = 1;
  static readonly SCHEMA_VERSION = 0;
  static readonly NAME = 'Car';

  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $limit = 0;

  private $array = EMPTY_BYTES;
  private $arrayView = EMPTY_VIEW;
  private readonly $_extras = new OptionalExtrasEncoder();
  private readonly $_engine = new EngineEncoder();
  private readonly $_fuelFigures = new CarFuelFiguresEncoder(this);
  private readonly $_performanceFigures = new CarPerformanceFiguresEncoder(this);

  wrap(buffer: DataView, offset: number): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 45, 'Car');
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = offset;
    this.$limit = offset + 45;
    return this;
  }

  /** Writes the message header at offset and wraps the body after it; one bounds check covers both. */
  wrapAndApplyHeader(buffer: DataView, offset: number, header: MessageHeaderEncoder): this {
    const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;
    requireSpace(capacity, offset, 53, 'Car');
    header.sbeWrapInBlock(buffer, offset);
    buffer.setUint32(offset, 0x1002d, true);
    buffer.setUint32(offset + 4, 0x1, true);
    const at = offset + 8;
    if (buffer !== this.$view) this.$useBuffer(buffer, capacity);
    this.$offset = at;
    this.$limit = at + 45;
    return this;
  }

  sbeLimit(): number {
    return this.$limit;
  }

  sbeSetLimit(limit: number): void {
    this.$limit = limit;
  }

  /** Bytes from the start of the block to the limit (header excluded). */
  sbeEncodedLength(): number {
    return this.$limit - this.$offset;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 1, required. */
  serialNumber(value: bigint): this {
    this.$view.setBigUint64(this.$offset, value, true);
    return this;
  }

  /** Field 2, required. */
  modelYear(value: number): this {
    this.$view.setUint16(this.$offset + 8, value, true);
    return this;
  }

  /** Field 3, required. */
  available(value: BooleanType): this {
    this.$view.setUint8(this.$offset + 10, value);
    return this;
  }

  /** Field 4, required. */
  code(value: Model): this {
    this.$view.setUint8(this.$offset + 11, value);
    return this;
  }

  /** Field 5, required. */
  someNumbers(index: number, value: number): this {
    if (index < 0 || index >= 4) throw new RangeError('Car.someNumbers' + ': index ' + index + ' outside 0..3');
    this.$view.setUint32(this.$offset + 12 + index * 4, value, true);
    return this;
  }

  static readonly someNumbersLength = 4;

  /** Field 6, required. Writes the text and NUL-pads the rest. */
  vehicleCode(value: string): this {
    writeChars(this.$view, this.$offset + 28, 6, value, false, 'Car.vehicleCode');
    return this;
  }

  /** The caller's array as a DataView, kept for the next call. */
  private $viewOfArray(array: Uint8Array): DataView {
    this.$array = array;
    this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);
    return this.$arrayView;
  }

  /** Copies 6 raw bytes from src. */
  putVehicleCode(src: Uint8Array, srcOffset: number): this {
    requireRoom(src, srcOffset, 6, 'Car.vehicleCode', this.$offset + 28, 'source');
    const from = src === this.$array ? this.$arrayView : this.$viewOfArray(src);
    const view = this.$view;
    const at = this.$offset + 28;
    const w0 = from.getInt32(srcOffset, true);
    const b4 = from.getUint8(srcOffset + 4);
    const b5 = from.getUint8(srcOffset + 5);
    view.setInt32(at, w0, true);
    view.setUint8(at + 4, b4);
    view.setUint8(at + 5, b5);
    return this;
  }

  static readonly vehicleCodeLength = 6;

  /** Field 7, required. */
  extras(): OptionalExtrasEncoder {
    return this.$_extras.sbeWrapInBlock(this.$view, this.$offset + 34);
  }

  /** Field 8, constant. Takes no space on the wire. */
  discountedModel(): Model {
    return Model.C;
  }

  /** Field 9, required. */
  engine(): EngineEncoder {
    return this.$_engine.sbeWrapInBlock(this.$view, this.$offset + 35);
  }

  /**
   * engine.capacity (required), without a child flyweight.
   * Field 9.
   */
  engineCapacity(value: number): this {
    this.$view.setUint16(this.$offset + 35, value, true);
    return this;
  }

  /**
   * engine.numCylinders (required), without a child flyweight.
   * Field 9.
   */
  engineNumCylinders(value: number): this {
    this.$view.setUint8(this.$offset + 37, value);
    return this;
  }

  /**
   * engine.efficiency (required), without a child flyweight.
   * Field 9.
   */
  engineEfficiency(value: number): this {
    this.$view.setInt8(this.$offset + 41, value);
    return this;
  }

  /**
   * engine.boosterEnabled (required), without a child flyweight.
   * Field 9.
   */
  engineBoosterEnabled(value: BooleanType): this {
    this.$view.setUint8(this.$offset + 42, value);
    return this;
  }

  /**
   * engine.booster.BoostType (required), without a child flyweight.
   * Field 9.
   */
  engineBoosterBoostType(value: BoostType): this {
    this.$view.setUint8(this.$offset + 43, value);
    return this;
  }

  /**
   * engine.booster.horsePower (required), without a child flyweight.
   * Field 9.
   */
  engineBoosterHorsePower(value: number): this {
    this.$view.setUint8(this.$offset + 44, value);
    return this;
  }

  /** Group 10: writes its header for count entries; call next() before each. */
  fuelFiguresCount(count: number): CarFuelFiguresEncoder {
    return this.$_fuelFigures.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  /** Group 13: writes its header for count entries; call next() before each. */
  performanceFiguresCount(count: number): CarPerformanceFiguresEncoder {
    return this.$_performanceFigures.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }

  /** Writes manufacturer (var data 18) after what is already written. */
  manufacturer(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.manufacturer');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 4, 1073741824);
      length = encodeUtf8Into(this.$bytes, at + 4, room, value);
      if (length < 0) throw textDoesNotFit('Car.manufacturer', at, room, 1073741824);
    }
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes manufacturer from raw bytes. */
  putManufacturer(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 1073741824) throw new SbeCodecError('Car.manufacturer', at, 'length ' + length + ' is outside 0..1073741824');
    requireSpace(this.$capacity, at, 4 + length, 'Car.manufacturer');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 4, 'Car.manufacturer');
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes model (var data 19) after what is already written. */
  model(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.model');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 4, 1073741824);
      length = encodeUtf8Into(this.$bytes, at + 4, room, value);
      if (length < 0) throw textDoesNotFit('Car.model', at, room, 1073741824);
    }
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes model from raw bytes. */
  putModel(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 1073741824) throw new SbeCodecError('Car.model', at, 'length ' + length + ' is outside 0..1073741824');
    requireSpace(this.$capacity, at, 4 + length, 'Car.model');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 4, 'Car.model');
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes activationCode (var data 20) after what is already written. */
  activationCode(value: string): this {
    const at = this.$limit;
    requireSpace(this.$capacity, at, 4, 'Car.activationCode');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 4, 1073741824);
      length = value.length > room ? -1 : writeLatin1(this.$bytes, at + 4, room, value, 'Car.activationCode');
      if (length < 0) throw textDoesNotFit('Car.activationCode', at, room, 1073741824);
    }
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  /** Writes activationCode from raw bytes. */
  putActivationCode(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$limit;
    if (length < 0 || length > 1073741824) throw new SbeCodecError('Car.activationCode', at, 'length ' + length + ' is outside 0..1073741824');
    requireSpace(this.$capacity, at, 4 + length, 'Car.activationCode');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 4, 'Car.activationCode');
    this.$view.setUint32(at, length, true);
    this.$limit = at + 4 + length;
    return this;
  }

  private $useBuffer(buffer: DataView, capacity: number): void {
    this.$view = buffer;
    this.$bytes = bytesOf(buffer);
    this.$capacity = capacity;
  }
}

/** Entries of group Car.fuelFigures. */
export class CarFuelFiguresEncoder {
  static readonly BLOCK_LENGTH = 6;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 65534) {
      throw new SbeCodecError('Car.fuelFigures', at, 'count ' + count + ' is outside 0..65534');
    }
    requireSpace(capacity, at, 4 + count * 6, 'Car.fuelFigures');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$view.setUint16(at, 6, true);
    this.$view.setUint16(at + 2, count, true);
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  count(): number {
    return this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Car.fuelFigures' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 6, 'Car.fuelFigures');
    this.$offset = at;
    this.$root.sbeSetLimit(at + 6);
    this.$index++;
    return this;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 11, required. */
  speed(value: number): this {
    this.$view.setUint16(this.$offset, value, true);
    return this;
  }

  /** Field 12, required. */
  mpg(value: number): this {
    this.$view.setFloat32(this.$offset + 2, value, true);
    return this;
  }

  /** Writes usageDescription (var data 200) after what is already written. */
  usageDescription(value: string): this {
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 4, 'Car.fuelFigures.usageDescription');
    let length = 0;
    if (value.length !== 0) {
      const room = Math.min(this.$capacity - at - 4, 1073741824);
      length = value.length > room ? -1 : writeLatin1(this.$bytes, at + 4, room, value, 'Car.fuelFigures.usageDescription');
      if (length < 0) throw textDoesNotFit('Car.fuelFigures.usageDescription', at, room, 1073741824);
    }
    this.$view.setUint32(at, length, true);
    this.$root.sbeSetLimit(at + 4 + length);
    return this;
  }

  /** Writes usageDescription from raw bytes. */
  putUsageDescription(src: Uint8Array, srcOffset: number, length: number): this {
    const at = this.$root.sbeLimit();
    if (length < 0 || length > 1073741824) throw new SbeCodecError('Car.fuelFigures.usageDescription', at, 'length ' + length + ' is outside 0..1073741824');
    requireSpace(this.$capacity, at, 4 + length, 'Car.fuelFigures.usageDescription');
    if (length !== 0) copyIn(src, srcOffset, length, this.$view, at + 4, 'Car.fuelFigures.usageDescription');
    this.$view.setUint32(at, length, true);
    this.$root.sbeSetLimit(at + 4 + length);
    return this;
  }
}

/** Entries of group Car.performanceFigures. */
export class CarPerformanceFiguresEncoder {
  static readonly BLOCK_LENGTH = 1;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $bytes = EMPTY_BYTES;
  private $capacity = 0;
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  private readonly $_acceleration: CarPerformanceFiguresAccelerationEncoder;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
    this.$_acceleration = new CarPerformanceFiguresAccelerationEncoder(root);
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 65534) {
      throw new SbeCodecError('Car.performanceFigures', at, 'count ' + count + ' is outside 0..65534');
    }
    requireSpace(capacity, at, 4 + count * 1, 'Car.performanceFigures');
    this.$view = view;
    this.$bytes = bytes;
    this.$capacity = capacity;
    this.$view.setUint16(at, 1, true);
    this.$view.setUint16(at + 2, count, true);
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  count(): number {
    return this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Car.performanceFigures' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 1, 'Car.performanceFigures');
    this.$offset = at;
    this.$root.sbeSetLimit(at + 1);
    this.$index++;
    return this;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 14, required. */
  octaneRating(value: number): this {
    this.$view.setUint8(this.$offset, value);
    return this;
  }

  /** Group 15: writes its header for count entries; call next() before each. */
  accelerationCount(count: number): CarPerformanceFiguresAccelerationEncoder {
    return this.$_acceleration.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);
  }
}

/** Entries of group Car.performanceFigures.acceleration. */
export class CarPerformanceFiguresAccelerationEncoder {
  static readonly BLOCK_LENGTH = 6;
  static readonly HEADER_SIZE = 4;
  static readonly MAX_COUNT = 65534;

  private readonly $root: SbeLimitHolder;
  private $view = EMPTY_VIEW;
  private $capacity = 0;
  private $offset = 0;
  private $count = 0;
  private $index = 0;

  constructor(root: SbeLimitHolder) {
    this.$root = root;
  }

  /** Writes the group header at the parent's limit. */
  sbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, count: number): this {
    const at = this.$root.sbeLimit();
    if (!Number.isInteger(count) || count < 0 || count > 65534) {
      throw new SbeCodecError('Car.performanceFigures.acceleration', at, 'count ' + count + ' is outside 0..65534');
    }
    requireSpace(capacity, at, 4 + count * 6, 'Car.performanceFigures.acceleration');
    this.$view = view;
    this.$capacity = capacity;
    this.$view.setUint16(at, 6, true);
    this.$view.setUint16(at + 2, count, true);
    this.$count = count;
    this.$index = 0;
    this.$root.sbeSetLimit(at + 4);
    return this;
  }

  count(): number {
    return this.$count;
  }

  /** Moves to the next entry, which starts at the parent's limit. */
  next(): this {
    if (this.$index >= this.$count) throw new RangeError('Car.performanceFigures.acceleration' + ': next() past the last of ' + this.$count + ' entries');
    const at = this.$root.sbeLimit();
    requireSpace(this.$capacity, at, 6, 'Car.performanceFigures.acceleration');
    this.$offset = at;
    this.$root.sbeSetLimit(at + 6);
    this.$index++;
    return this;
  }

  sbeOffset(): number {
    return this.$offset;
  }

  sbeBuffer(): DataView {
    return this.$view;
  }

  /** Field 16, required. */
  mph(value: number): this {
    this.$view.setUint16(this.$offset, value, true);
    return this;
  }

  /** Field 17, required. */
  seconds(value: number): this {
    this.$view.setFloat32(this.$offset + 2, value, true);
    return this;
  }
}
