/**
 * Message i of the ring worker test: [u32 i][bytes derived from i], 8 to 64
 * bytes long, so lengths vary and a misplaced or stale slot is detected.
 */
export const expectedLength = (i: number): number => 8 + (i % 57);

export const expectedByte = (i: number, k: number): number => (i * 131 + k * 29 + (i >>> 8)) & 0xff;

/** An order-sensitive checksum (FNV-1a step). */
// Kept in int32 (`| 0`): a uint32 above 2^31 would be boxed as a heap number on every update.
export const mixChecksum = (c: number, b: number): number => Math.imul(c ^ b, 0x01000193) | 0;
