import { crc32c } from './crc32c.js';

/**
 * One journal record, little endian (sequencer/journal/README.md):
 *
 *   offset  size  field
 *        0     4  payload length in bytes (1 .. payloadBytesMax)
 *        4     4  CRC32C over bytes 8 .. 24 + length (seq, timestamp, payload)
 *        8     8  sequence number (u64; a safe integer in JS)
 *       16     8  timestamp, microseconds since the Unix epoch (u64; safe integer)
 *       24     n  payload: the command bytes, opaque here
 *
 * The length is outside the CRC so a reader knows how much to checksum; a
 * damaged length still fails the check (the CRC then covers the wrong bytes),
 * or is out of range.
 */
export const R_LENGTH = 0;
export const R_CRC = 4;
export const R_SEQ = 8;
export const R_TIMESTAMP = 16;
export const RECORD_HEADER_BYTES = 24;
/** The CRC starts at the sequence number. */
export const CRC_START = R_SEQ;

const TWO_POW_32 = 0x1_0000_0000;
/** High word of Number.MAX_SAFE_INTEGER: u64 values above it are not representable. */
export const SAFE_HIGH_WORD_MAX = 0x1f_ffff;

/** Writes a non-negative safe integer as u64 LE. */
export function setU64(view: DataView, offset: number, value: number): void {
  view.setUint32(offset, value >>> 0, true);
  view.setUint32(offset + 4, Math.floor(value / TWO_POW_32), true);
}

/** Reads a u64 LE, or -1 when it does not fit a safe integer. */
export function getU64(view: DataView, offset: number): number {
  const hi = view.getUint32(offset + 4, true);
  if (hi > SAFE_HIGH_WORD_MAX) return -1;
  return hi * TWO_POW_32 + view.getUint32(offset, true);
}

/**
 * Writes the header of a record whose payload is already at
 * `offset + RECORD_HEADER_BYTES`, computing its CRC.
 */
export function sealRecord(view: DataView, offset: number, seq: number, timestampUs: number, payloadLength: number): void {
  view.setUint32(offset + R_LENGTH, payloadLength, true);
  setU64(view, offset + R_SEQ, seq);
  setU64(view, offset + R_TIMESTAMP, timestampUs);
  const crc = crc32c(view, offset + CRC_START, RECORD_HEADER_BYTES - CRC_START + payloadLength);
  view.setUint32(offset + R_CRC, crc, true);
}

/** True when the CRC stored in the record at `offset` matches its bytes (the length is trusted). */
export function recordCrcMatches(view: DataView, offset: number, payloadLength: number): boolean {
  const crc = crc32c(view, offset + CRC_START, RECORD_HEADER_BYTES - CRC_START + payloadLength);
  return crc === view.getUint32(offset + R_CRC, true);
}
