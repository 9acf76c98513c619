/**
 * Reading and writing one primitive at an offset, and the JSON form of a
 * scalar, for the schema-driven codec (generated code inlines the DataView
 * calls instead).
 */
import type { Primitive } from '../schema/primitives.js';
import { wireRange } from '../schema/primitives.js';
import { SbeCodecError } from '../runtime/sbeRuntime.js';

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export function readPrimitive(view: DataView, offset: number, p: Primitive, le: boolean): number | bigint {
  switch (p.name) {
    case 'char':
    case 'uint8':
      return view.getUint8(offset);
    case 'int8':
      return view.getInt8(offset);
    case 'int16':
      return view.getInt16(offset, le);
    case 'uint16':
      return view.getUint16(offset, le);
    case 'int32':
      return view.getInt32(offset, le);
    case 'uint32':
      return view.getUint32(offset, le);
    case 'int64':
      return view.getBigInt64(offset, le);
    case 'uint64':
      return view.getBigUint64(offset, le);
    case 'float':
      return view.getFloat32(offset, le);
    case 'double':
      return view.getFloat64(offset, le);
  }
}

export function writePrimitive(view: DataView, offset: number, p: Primitive, value: number | bigint, le: boolean): void {
  switch (p.name) {
    case 'char':
    case 'uint8':
      return view.setUint8(offset, Number(value));
    case 'int8':
      return view.setInt8(offset, Number(value));
    case 'int16':
      return view.setInt16(offset, Number(value), le);
    case 'uint16':
      return view.setUint16(offset, Number(value), le);
    case 'int32':
      return view.setInt32(offset, Number(value), le);
    case 'uint32':
      return view.setUint32(offset, Number(value), le);
    case 'int64':
      return view.setBigInt64(offset, BigInt(value), le);
    case 'uint64':
      return view.setBigUint64(offset, BigInt(value), le);
    case 'float':
      return view.setFloat32(offset, Number(value), le);
    case 'double':
      return view.setFloat64(offset, Number(value), le);
  }
}

export function isNullValue(raw: number | bigint, nullValue: number | bigint): boolean {
  if (typeof nullValue === 'number' && Number.isNaN(nullValue)) return typeof raw === 'number' && Number.isNaN(raw);
  return BigInt(raw) === BigInt(nullValue);
}

/**
 * JSON form of a scalar: 64-bit integers as decimal strings (a double cannot
 * hold them all); non-finite floats as the strings "NaN", "Infinity" and
 * "-Infinity", which JSON has no literal for.
 */
export function scalarToJson(raw: number | bigint, p: Primitive): JsonValue {
  if (typeof raw === 'bigint') return raw.toString();
  if (p.kind === 'float' && !Number.isFinite(raw)) return String(raw);
  return raw;
}

const NON_FINITE: Readonly<Record<string, number>> = { NaN: Number.NaN, Infinity: Infinity, '-Infinity': -Infinity };

/** The inverse of scalarToJson, with the value checked against what the primitive can hold. */
export function scalarFromJson(value: unknown, p: Primitive, field: string, offset: number): number | bigint {
  if (p.kind === 'float') {
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && Object.prototype.hasOwnProperty.call(NON_FINITE, value)) return NON_FINITE[value]!;
    throw new SbeCodecError(field, offset, `expected a number for ${p.name}, got ${describe(value)}`);
  }
  let v: bigint;
  if (typeof value === 'number' && Number.isSafeInteger(value)) v = BigInt(value);
  else if (typeof value === 'string' && /^-?\d+$/.test(value)) v = BigInt(value);
  else throw new SbeCodecError(field, offset, `expected an integer (number or decimal string) for ${p.name}, got ${describe(value)}`);
  const { min, max } = wireRange(p);
  if (v < min || v > max) throw new SbeCodecError(field, offset, `${v} is outside the range of ${p.name} (${min}..${max})`);
  return p.size === 8 ? v : Number(v);
}

export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

export function toHex(bytes: Uint8Array, offset: number, length: number): string {
  let out = '';
  for (let i = offset; i < offset + length; i++) out += bytes[i]!.toString(16).padStart(2, '0');
  return out;
}

export function fromHex(text: string, field: string, offset: number): Uint8Array {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) {
    throw new SbeCodecError(field, offset, `expected hex bytes (an even number of 0-9a-f), got ${describe(text)}`);
  }
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return out;
}
