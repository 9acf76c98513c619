import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32c, crc32cOfBytes } from '../../../sequencer/journal/crc32c.js';

/** The naive twin: one bit at a time, straight from the polynomial. */
function crc32cBitwise(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0x82f63b78 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

const bytes = (n: number, f: (i: number) => number): Uint8Array => Uint8Array.from({ length: n }, (_, i) => f(i));

describe('crc32c', () => {
  it('matches the published check value and the RFC 3720 (iSCSI) vectors', () => {
    expect(crc32cOfBytes(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
    expect(crc32cOfBytes(new Uint8Array(0))).toBe(0);
    expect(crc32cOfBytes(bytes(32, () => 0))).toBe(0x8a9136aa);
    expect(crc32cOfBytes(bytes(32, () => 0xff))).toBe(0x62a8ab43);
    expect(crc32cOfBytes(bytes(32, (i) => i))).toBe(0x46dd794e);
    expect(crc32cOfBytes(bytes(32, (i) => 31 - i))).toBe(0x113fdb5c);
  });

  it('equals the bitwise reference for every length 0..300 at odd offsets', () => {
    const buf = bytes(400, (i) => (i * 167 + 13) & 0xff);
    const view = new DataView(buf.buffer);
    for (let len = 0; len <= 300; len++) {
      for (const off of [0, 1, 3, 7]) {
        expect(crc32c(view, off, len)).toBe(crc32cBitwise(buf.subarray(off, off + len)));
      }
    }
  });

  it('equals the bitwise reference on random input and continues across a split', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(), (data, cut) => {
        const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
        const whole = crc32c(view, 0, data.length);
        expect(whole).toBe(crc32cBitwise(data));
        const k = data.length === 0 ? 0 : cut % data.length;
        expect(crc32c(view, k, data.length - k, crc32c(view, 0, k))).toBe(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a range outside the buffer', () => {
    const view = new DataView(new ArrayBuffer(8));
    expect(() => crc32c(view, 4, 5)).toThrow(RangeError);
    expect(() => crc32c(view, -1, 2)).toThrow(RangeError);
  });
});
