/**
 * Field conversions between the contract's JSON values and the generated
 * flyweights' values, shared by the SBE face's encoder and decoder:
 * enum names <-> codes, decimal strings <-> Decimal64, id strings <-> Id64,
 * and the null values the schema uses for absent optional fields.
 */
import { decimal64ToDecimal, decimalToDecimal64 } from './decimal.js';

/** A message the SBE face cannot encode or a frame it cannot decode. */
export class SbeFaceError extends Error {
  readonly code = 'ERR_SBE_FACE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SbeFaceError';
  }
}

/** The int64 null of optional Id64 fields and of OptionalDecimal64's mantissa: -2^63, exact as a double. */
export const INT64_NULL = -(2 ** 63);

/** A generated TypeScript enum: name -> code, and code -> name (numeric enums map both ways). */
type GeneratedEnum = Record<string, string | number>;

/** `'BUY'` -> `Side.BUY`; throws for a name the enum does not have (or its NULL_VALUE). */
export function enumCode(e: GeneratedEnum, name: unknown, field: string): number {
  const code = typeof name === 'string' && name !== 'NULL_VALUE' ? e[name] : undefined;
  if (typeof code !== 'number') throw new SbeFaceError(`${field}: ${JSON.stringify(name)} is not one of ${enumNames(e).join(', ')}`);
  return code;
}

/**
 * Code -> name; `undefined` for the enum's null. A code the schema does not
 * know (a newer server) comes back as its number in text, so the message is
 * still delivered rather than dropped.
 */
export function enumName(e: GeneratedEnum, code: number): string | undefined {
  if (code === e['NULL_VALUE']) return undefined;
  const name = e[code];
  return typeof name === 'string' ? name : String(code);
}

/** Like `enumName` for a required field: the null code is reported as its number. */
export function requiredEnumName(e: GeneratedEnum, code: number): string {
  return enumName(e, code) ?? String(code);
}

function enumNames(e: GeneratedEnum): string[] {
  return Object.keys(e).filter((k) => Number.isNaN(Number(k)) && k !== 'NULL_VALUE');
}

/** A Decimal64 child flyweight, encoder side. */
interface Decimal64Out {
  mantissa(value: number): unknown;
  exponent(value: number): unknown;
}

/** A Decimal64 child flyweight, decoder side. */
interface Decimal64In {
  mantissa(): number;
  exponent(): number;
}

export function putDecimal(out: Decimal64Out, text: unknown, field: string): void {
  if (typeof text !== 'string') throw new SbeFaceError(`${field}: a decimal string is required, not ${JSON.stringify(text)}`);
  let d;
  try {
    d = decimalToDecimal64(text);
  } catch (error) {
    throw new SbeFaceError(`${field}: ${(error as Error).message}`, { cause: error });
  }
  out.mantissa(d.mantissa);
  out.exponent(d.exponent);
}

/** An OptionalDecimal64: `undefined` or `null` writes the null mantissa (and exponent 0). */
export function putOptionalDecimal(out: Decimal64Out, text: unknown, field: string): void {
  if (text === undefined || text === null) {
    out.mantissa(INT64_NULL);
    out.exponent(0);
  } else {
    putDecimal(out, text, field);
  }
}

export function getDecimal(from: Decimal64In, field: string): string {
  const mantissa = from.mantissa();
  if (!Number.isSafeInteger(mantissa)) throw new SbeFaceError(`${field}: mantissa ${mantissa} is outside the schema's ±(2^53 - 1)`);
  return decimal64ToDecimal(mantissa, from.exponent());
}

/** `undefined` when the mantissa holds the null. */
export function getOptionalDecimal(from: Decimal64In, field: string): string | undefined {
  return from.mantissa() === INT64_NULL ? undefined : getDecimal(from, field);
}

/** `"17"` -> 17 for an Id64 (0..2^53 - 1); ids are strings in JSON. */
export function idNumber(id: unknown, field: string): number {
  const n = typeof id === 'string' && /^\d{1,16}$/.test(id) ? Number(id) : NaN;
  if (!Number.isSafeInteger(n)) throw new SbeFaceError(`${field}: ${JSON.stringify(id)} is not an id (decimal digits, at most 2^53 - 1)`);
  return n;
}

/** An optional Id64: absent writes the null. */
export function optionalIdNumber(id: unknown, field: string): number {
  return id === undefined || id === null ? INT64_NULL : idNumber(id, field);
}

/** A required int64 field that the schema keeps within 0..2^53 - 1 (times, Seq). */
export function safeInt(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new SbeFaceError(`${field}: ${JSON.stringify(value)} is not an integer in 0..2^53 - 1`);
  }
  return value;
}

/** An optional int64: absent writes the null. */
export function optionalSafeInt(value: unknown, field: string): number {
  return value === undefined || value === null ? INT64_NULL : safeInt(value, field);
}

/** Adds `key: value` to `into` unless the value is absent (undefined, or '' for char arrays and var data). */
export function putIfPresent<T extends object, K extends keyof T>(into: T, key: K, value: T[K] | undefined | ''): void {
  if (value !== undefined && value !== '') into[key] = value as T[K];
}
