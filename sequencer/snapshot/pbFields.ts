import type protobuf from 'protobufjs/minimal.js';

/**
 * The protobuf wire helpers both snapshot codecs use (snapshotCodec.ts for
 * the books, riskSnapshotCodec.ts for the risk state): tags, packed
 * repeated scalars, and 64-bit values read back as safe integers.
 */
export type PbWriter = protobuf.Writer;
export type PbReader = protobuf.Reader;

export const VARINT = 0;
export const LEN = 2;
export const tag = (field: number, wire: number): number => (field << 3) | wire;

/** A repeated scalar, packed (as written) or not (proto3 parsers accept both). */
export function repeated<T>(r: PbReader, t: number, into: T[], read: () => T): void {
  if ((t & 7) === LEN) {
    const end = r.uint32() + r.pos;
    while (r.pos < end) into.push(read());
  } else {
    into.push(read());
  }
}

/** A 64-bit value as a safe integer (protobufjs gives a Long when the long package is present). */
export function toSafe(v: unknown, field: string): number {
  const n = typeof v === 'number' ? v : (v as { toNumber(): number }).toNumber();
  if (!Number.isSafeInteger(n)) throw new Error(`snapshot ${field} ${n} is not a safe integer`);
  return n;
}
