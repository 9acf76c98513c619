// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.
/**
 * Helpers shared by generated flyweights and the schema-driven codec: bounds
 * checks that fail with a SbeCodecError naming field and offset, 64-bit values
 * as exact numbers without a bigint, and text in and out of byte arrays.
 *
 * The generator copies this file next to the code it emits, so generated code
 * depends on nothing but itself; keep it free of imports.
 */

/** The one error type a codec throws for bad input: a buffer it cannot read or a value it cannot write. */
export class SbeCodecError extends Error {
  constructor(
    readonly field: string,
    readonly offset: number,
    detail: string,
  ) {
    super(`${field} at offset ${offset}: ${detail}`);
    this.name = 'SbeCodecError';
  }
}

/** What a group flyweight reads and moves: the position after the last byte used so far. */
export interface SbeLimitHolder {
  sbeLimit(): number;
  sbeSetLimit(limit: number): void;
}

/** Typed over ArrayBufferLike: flyweights also wrap SharedArrayBuffer rings. */
export const EMPTY_VIEW: DataView = new DataView(new ArrayBuffer(0));
export const EMPTY_BYTES: Uint8Array = new Uint8Array(0);

export function bytesOf(view: DataView): Uint8Array {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/**
 * Bounds checks take the buffer's length as a number (`capacity`): flyweights
 * read DataView's byteLength once per buffer, since the getter is a call that
 * TurboFan does not inline. The checks are inlined into every accessor that
 * calls them, so they keep only the comparison: building the message lives in
 * a function of its own, which keeps the check within the inlining budget.
 */
export function requireSpace(capacity: number, offset: number, length: number, field: string): void {
  if (offset < 0 || offset + length > capacity) throw noSpace(capacity, offset, length, field);
}

function noSpace(capacity: number, offset: number, length: number, field: string): SbeCodecError {
  const left = Math.max(0, capacity - offset);
  return new SbeCodecError(field, offset, `needs ${length} bytes but the buffer has ${left} left (${capacity} bytes in all)`);
}

/** The error of a message header that names another schema or message (the schema first), made apart from the check (see requireSpace). */
export function wrongHeader(
  schemaIdOffset: number,
  schemaId: number,
  expectedSchemaId: number,
  templateIdOffset: number,
  templateId: number,
  expectedTemplateId: number,
  message: string,
): SbeCodecError {
  if (schemaId !== expectedSchemaId) {
    return new SbeCodecError('messageHeader.schemaId', schemaIdOffset, `schemaId ${schemaId} is not this schema's id ${expectedSchemaId}`);
  }
  return new SbeCodecError('messageHeader.templateId', templateIdOffset, `templateId ${templateId} is not ${message} (${expectedTemplateId})`);
}

/** Var-data text longer than the room left in the buffer or than the length type allows. */
export function textDoesNotFit(field: string, offset: number, room: number, max: number): SbeCodecError {
  return new SbeCodecError(field, offset, `text does not fit in ${room} bytes (the buffer end or the var-data limit of ${max})`);
}

/**
 * Entries that take no bytes cannot be bounded by the buffer, so their count
 * is capped instead: no decoder loops billions of times over nothing.
 */
export const MAX_EMPTY_ENTRIES = 65_535;

/** A group header's count checked against the least room its entries need. */
export function requireEntries(capacity: number, offset: number, count: number, minEntryBytes: number, field: string): void {
  const left = Math.max(0, capacity - offset);
  if (minEntryBytes === 0 ? count > MAX_EMPTY_ENTRIES : count * minEntryBytes > left) {
    throw new SbeCodecError(
      field,
      offset,
      `group count ${count} needs at least ${count * minEntryBytes} bytes (${minEntryBytes} per entry) but the buffer has ${left} left`,
    );
  }
}

/** A var-data length checked against the bytes after it. */
export function requireVarData(capacity: number, lengthOffset: number, dataOffset: number, length: number, field: string): void {
  if (dataOffset + length > capacity) throw varDataPastEnd(capacity, lengthOffset, dataOffset, length, field);
}

function varDataPastEnd(capacity: number, lengthOffset: number, dataOffset: number, length: number, field: string): SbeCodecError {
  const left = Math.max(0, capacity - dataOffset);
  return new SbeCodecError(field, lengthOffset, `var-data length ${length} runs past the end of the buffer (${left} bytes left)`);
}

export function requireBlockLength(actual: number, needed: number, field: string, offset: number): void {
  if (actual < needed) throw blockTooShort(actual, needed, field, offset);
}

function blockTooShort(actual: number, needed: number, field: string, offset: number): SbeCodecError {
  return new SbeCodecError(field, offset, `blockLength ${actual} is shorter than the ${needed} bytes of fields this version defines`);
}

/** Bit `bit` of a 64-bit set, read from the 32-bit half that holds it. */
export function getBit64(view: DataView, offset: number, bit: number, le: boolean): boolean {
  const high = bit >= 32;
  const word = view.getUint32(high === le ? offset + 4 : offset, le);
  return ((word >>> (bit & 31)) & 1) === 1;
}

export function setBit64(view: DataView, offset: number, bit: number, on: boolean, le: boolean): void {
  const at = (bit >= 32) === le ? offset + 4 : offset;
  const word = view.getUint32(at, le);
  const mask = (1 << (bit & 31)) >>> 0;
  view.setUint32(at, on ? (word | mask) >>> 0 : (word & ~mask) >>> 0, le);
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

/** One char per byte (ASCII, ISO-8859-1): the inverse of writeLatin1, byte for byte. */
export function decodeLatin1(bytes: Uint8Array, offset: number, length: number): string {
  let out = '';
  // fromCharCode.apply in slices: fast for long text, never past the engine's argument limit.
  const SLICE = 4096;
  for (let at = offset; at < offset + length; at += SLICE) {
    const end = Math.min(offset + length, at + SLICE);
    out += String.fromCharCode.apply(null, bytes.subarray(at, end) as unknown as number[]);
  }
  return out;
}

export function decodeUtf8(bytes: Uint8Array, offset: number, length: number, field: string): string {
  try {
    return utf8Decoder.decode(bytes.subarray(offset, offset + length));
  } catch {
    throw new SbeCodecError(field, offset, `${length} bytes are not valid UTF-8`);
  }
}

/** A fixed char array as text: up to the first NUL, or the whole array. */
export function readChars(bytes: Uint8Array, offset: number, length: number, utf8: boolean, field: string): string {
  let end = offset;
  const limit = offset + length;
  while (end < limit && bytes[end] !== 0) end++;
  return utf8 ? decodeUtf8(bytes, offset, end - offset, field) : decodeLatin1(bytes, offset, end - offset);
}

/** Writes text one byte per char and NUL-pads the rest; returns bytes of text written. */
export function writeLatin1(bytes: Uint8Array, offset: number, capacity: number, value: string, field: string): number {
  if (value.length > capacity) {
    throw new SbeCodecError(field, offset, `text of ${value.length} chars does not fit in ${capacity} bytes`);
  }
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) throw new SbeCodecError(field, offset + i, `char U+${c.toString(16).padStart(4, '0')} is not one byte`);
    bytes[offset + i] = c;
  }
  return value.length;
}

/** Encodes UTF-8 into [offset, offset + capacity) without allocating; -1 if it does not fit. */
export function encodeUtf8Into(bytes: Uint8Array, offset: number, capacity: number, value: string): number {
  let at = offset;
  const end = offset + capacity;
  for (let i = 0; i < value.length; i++) {
    let c = value.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length) {
      const low = value.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i++;
      }
    }
    // A lone surrogate becomes U+FFFD, as TextEncoder does.
    if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
    if (c < 0x80) {
      if (at + 1 > end) return -1;
      bytes[at++] = c;
    } else if (c < 0x800) {
      if (at + 2 > end) return -1;
      bytes[at++] = 0xc0 | (c >> 6);
      bytes[at++] = 0x80 | (c & 0x3f);
    } else if (c < 0x10000) {
      if (at + 3 > end) return -1;
      bytes[at++] = 0xe0 | (c >> 12);
      bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[at++] = 0x80 | (c & 0x3f);
    } else {
      if (at + 4 > end) return -1;
      bytes[at++] = 0xf0 | (c >> 18);
      bytes[at++] = 0x80 | ((c >> 12) & 0x3f);
      bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at - offset;
}

/**
 * Writes a fixed char array: text, then NUL up to `length`. One-byte text goes
 * four chars to a 32-bit store: on the hot path (ClOrdID, Symbol) that is
 * measurably faster than a store per byte.
 */
export function writeChars(view: DataView, offset: number, length: number, value: string, utf8: boolean, field: string): void {
  if (utf8) {
    const bytes = bytesOf(view);
    const written = encodeUtf8Into(bytes, offset, length, value);
    if (written < 0) throw new SbeCodecError(field, offset, `UTF-8 text does not fit in ${length} bytes`);
    bytes.fill(0, offset + written, offset + length);
    return;
  }
  const n = value.length;
  if (n > length) throw new SbeCodecError(field, offset, `text of ${n} chars does not fit in ${length} bytes`);
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    const c0 = i < n ? value.charCodeAt(i) : 0;
    const c1 = i + 1 < n ? value.charCodeAt(i + 1) : 0;
    const c2 = i + 2 < n ? value.charCodeAt(i + 2) : 0;
    const c3 = i + 3 < n ? value.charCodeAt(i + 3) : 0;
    if ((c0 | c1 | c2 | c3) > 0xff) throw notOneByte(value, field, offset);
    view.setUint32(offset + i, c0 | (c1 << 8) | (c2 << 16) | (c3 << 24), true);
  }
  for (; i < length; i++) {
    const c = i < n ? value.charCodeAt(i) : 0;
    if (c > 0xff) throw notOneByte(value, field, offset);
    view.setUint8(offset + i, c);
  }
}

function notOneByte(value: string, field: string, offset: number): SbeCodecError {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c > 0xff) return new SbeCodecError(field, offset + i, `char U+${c.toString(16).padStart(4, '0')} is not one byte`);
  }
  return new SbeCodecError(field, offset, 'text is not one byte per char');
}

/**
 * The caller's array as a DataView, cached for the last array seen: callers
 * reuse one scratch array, so the steady state allocates nothing.
 */
let cachedArray: Uint8Array = EMPTY_BYTES;
let cachedView: DataView = EMPTY_VIEW;

export function viewOfArray(a: Uint8Array): DataView {
  if (a !== cachedArray) {
    cachedArray = a;
    cachedView = new DataView(a.buffer, a.byteOffset, a.byteLength);
  }
  return cachedView;
}

/**
 * A caller's source or destination array checked to hold `length` bytes from
 * `arrayOffset`, for the field at `offset` of the message buffer.
 */
export function requireRoom(array: Uint8Array, arrayOffset: number, length: number, field: string, offset: number, what: string): void {
  if (arrayOffset < 0 || arrayOffset + length > array.length) throw noRoom(array, arrayOffset, length, field, offset, what);
}

function noRoom(array: Uint8Array, arrayOffset: number, length: number, field: string, offset: number, what: string): SbeCodecError {
  const verb = what === 'source' ? 'has' : 'has room for';
  return new SbeCodecError(field, offset, `${what} ${verb} ${Math.max(0, array.length - Math.max(0, arrayOffset))} of ${length} bytes`);
}

/** Copies in 32-bit words, then the tail byte by byte. */
function copyWords(from: DataView, fromOffset: number, to: DataView, toOffset: number, length: number): void {
  let i = 0;
  for (; i + 4 <= length; i += 4) to.setUint32(toOffset + i, from.getUint32(fromOffset + i, true), true);
  for (; i < length; i++) to.setUint8(toOffset + i, from.getUint8(fromOffset + i));
}

/** Copies `length` bytes at `offset` of `view` into `dst`, failing with a clear error when `dst` is too small. */
export function copyOut(view: DataView, offset: number, length: number, dst: Uint8Array, dstOffset: number, field: string): number {
  requireRoom(dst, dstOffset, length, field, offset, 'destination');
  copyWords(view, offset, viewOfArray(dst), dstOffset, length);
  return length;
}

/** Copies `length` bytes of `src` into `view` at `offset`, failing with a clear error when `src` is too short. */
export function copyIn(src: Uint8Array, srcOffset: number, length: number, view: DataView, offset: number, field: string): void {
  requireRoom(src, srcOffset, length, field, offset, 'source');
  copyWords(viewOfArray(src), srcOffset, view, offset, length);
}
