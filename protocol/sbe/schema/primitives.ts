/**
 * The eleven SBE 1.0 primitive types: size, range and the null value the spec
 * assigns when a schema does not set its own.
 */
export type PrimitiveName =
  | 'char'
  | 'int8'
  | 'int16'
  | 'int32'
  | 'int64'
  | 'uint8'
  | 'uint16'
  | 'uint32'
  | 'uint64'
  | 'float'
  | 'double';

export interface Primitive {
  readonly name: PrimitiveName;
  readonly size: 1 | 2 | 4 | 8;
  readonly kind: 'char' | 'int' | 'float';
  readonly signed: boolean;
  /** Valid (non-null) integer range as bigint so 64-bit bounds are exact; unused for floats. */
  readonly min: bigint;
  readonly max: bigint;
  readonly nullValue: bigint | number;
}

function int(name: PrimitiveName, size: 1 | 2 | 4 | 8, signed: boolean): Primitive {
  const bits = BigInt(size * 8);
  // SBE's integer null is the wire minimum for signed types and the wire
  // maximum for unsigned ones, so the valid range is one smaller on that side.
  const min = signed ? -(1n << (bits - 1n)) + 1n : 0n;
  const max = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 2n;
  return { name, size, kind: 'int', signed, min, max, nullValue: signed ? min - 1n : max + 1n };
}

export const PRIMITIVES: Readonly<Record<PrimitiveName, Primitive>> = {
  char: { name: 'char', size: 1, kind: 'char', signed: false, min: 0x20n, max: 0x7en, nullValue: 0n },
  int8: int('int8', 1, true),
  int16: int('int16', 2, true),
  int32: int('int32', 4, true),
  int64: int('int64', 8, true),
  uint8: int('uint8', 1, false),
  uint16: int('uint16', 2, false),
  uint32: int('uint32', 4, false),
  uint64: int('uint64', 8, false),
  float: { name: 'float', size: 4, kind: 'float', signed: true, min: 0n, max: 0n, nullValue: Number.NaN },
  double: { name: 'double', size: 8, kind: 'float', signed: true, min: 0n, max: 0n, nullValue: Number.NaN },
};

export function isPrimitiveName(name: string): name is PrimitiveName {
  return Object.prototype.hasOwnProperty.call(PRIMITIVES, name);
}

export const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The raw range a char or integer primitive can hold on the wire (char is a byte). */
export function wireRange(p: Primitive): { min: bigint; max: bigint } {
  if (p.kind === 'char') return { min: 0n, max: 255n };
  const bits = BigInt(p.size * 8);
  return p.signed ? { min: -(1n << (bits - 1n)), max: (1n << (bits - 1n)) - 1n } : { min: 0n, max: (1n << bits) - 1n };
}
