import type { FuzzRng } from './rng.js';

/**
 * Garbage building blocks shared by the JSON and SBE generators: random
 * text of several alphabets, raw JSON fragments (valid or not: a raw
 * fragment is spliced into a message's text as is), and byte-level
 * mutations. Nothing here knows the protocol; jsonFrames.ts and
 * sbeFrames.ts decide where the garbage goes.
 */

/** The prefix of every marker MsgType (driver.ts): no generator ever writes it, so markers stay recognizable. */
export const MARKER_PREFIX = 'FZMARK';

const PRINTABLE = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
const TRICKY = [
  '\u0000', '\u0001', '\u001f', '\u007f', '\u0080', '\u00ff', '\u0100', '\u20ac', '\u2028', '\u2029', '\ufeff', '\ufffd',
  '\ud800', '\udfff', '\ud83d\ude00', '"', '\\', '/', '{', '}', '[', ']', ':', ',', '\t', '\n', '\r', ' ',
];
const WORDS = [
  'MsgType', 'Logon', 'NewOrderSingle', 'BUY', 'SELL', 'LIMIT', 'MARKET', 'GTC', 'IOC', 'FOK', 'GTD', 'BTC-USD', 'null',
  'true', 'false', 'NaN', 'Infinity', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf',
  '1e999', '-0', '0x10', '%s%n', '${x}', '<script>', "'; DROP TABLE orders; --", '../../etc/passwd', '\u0000\u0000',
];

/** Random printable ASCII of length n. */
export function asciiText(rng: FuzzRng, n: number): string {
  if (n < 16) {
    let s = '';
    for (let i = 0; i < n; i++) s += PRINTABLE[rng.below(PRINTABLE.length)];
    return s;
  }
  const b = rng.bytes(n);
  for (let i = 0; i < n; i++) b[i] = 32 + (b[i]! % 95);
  return Buffer.from(b.buffer, b.byteOffset, n).toString('latin1');
}

/** Random text mixing ASCII, control characters, non-Latin-1 characters, lone surrogates, emoji and protocol words. */
export function wildText(rng: FuzzRng, n: number): string {
  let s = '';
  while (s.length < n) {
    const r = rng.below(10);
    if (r < 6) s += PRINTABLE[rng.below(PRINTABLE.length)];
    else if (r < 8) s += rng.pick(TRICKY);
    else if (r < 9) s += String.fromCharCode(rng.below(0x10000));
    else s += rng.pick(WORDS);
  }
  return s.length > n ? s.slice(0, n) : s;
}

/** A string that is not a marker (the generators' strings must never look like the driver's markers). */
export function noMarker(s: string): string {
  return s.includes(MARKER_PREFIX) ? s.split(MARKER_PREFIX).join('FZ_MARK') : s;
}

/** Raw JSON of a string (always valid JSON). */
export function rawString(s: string): string {
  return JSON.stringify(noMarker(s));
}

/** Raw JSON numbers a parser may choke on: huge, tiny, exponents, negative zero, beyond the safe integers. */
const NUMBER_RAWS = [
  '0', '-0', '1', '-1', '0.5', '100.25', '1e5', '1E-7', '-1e-7', '1e308', '1e999', '-1e999', '1e-400', '9007199254740991',
  '9007199254740993', '18446744073709551616', '123456789012345678901234567890', '0.1e2', '5e-324', '2.5e+3',
  '100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000',
];
/** Raw tokens that are not JSON at all: any frame holding one is MALFORMED. */
const INVALID_RAWS = ['NaN', 'Infinity', '-Infinity', 'undefined', "'x'", '0x10', '01', '.5', '5.', '+1', 'tru', 'nul', '"\\x41"', '"\\u12"', '"a\nb"', '[1,]', '{"a":1,}', '{a:1}'];

/** A raw JSON number (valid JSON, possibly absurd). */
export function numberRaw(rng: FuzzRng): string {
  const r = rng.below(4);
  if (r === 0) return String(rng.int(-1000, 1_000_000));
  if (r === 1) return (rng.float() * 10 ** rng.int(-10, 20)).toString();
  return rng.pick(NUMBER_RAWS);
}

/**
 * A raw JSON value of any type, nested up to `depth`: the "nested garbage"
 * of the fuzz. `allowInvalid` lets it contain non-JSON tokens (then the
 * whole frame is MALFORMED).
 */
export function garbageRaw(rng: FuzzRng, depth = 3, allowInvalid = false): string {
  const r = rng.below(allowInvalid ? 12 : 11);
  switch (r) {
    case 0: case 1: return numberRaw(rng);
    case 2: case 3: return rawString(wildText(rng, rng.size(0, 40)));
    case 4: return rng.pick(['true', 'false', 'null']);
    case 5: return rawString(asciiText(rng, rng.size(0, 300)));
    case 6: case 7: {
      if (depth <= 0) return '[]';
      const n = rng.size(0, 6);
      return `[${Array.from({ length: n }, () => garbageRaw(rng, depth - 1, allowInvalid)).join(',')}]`;
    }
    case 8: case 9: {
      if (depth <= 0) return '{}';
      const n = rng.size(0, 6);
      return `{${Array.from({ length: n }, () => `${rawString(rng.chance(0.5) ? rng.pick(WORDS) : wildText(rng, rng.size(0, 12)))}:${garbageRaw(rng, depth - 1, allowInvalid)}`).join(',')}}`;
    }
    case 10: return deepNesting(rng, rng.size(10, 2000));
    default: return rng.pick(INVALID_RAWS);
  }
}

/** `[[[...]]]` or `{"a":{"a":...}}` nested `levels` deep (valid JSON). */
export function deepNesting(rng: FuzzRng, levels: number): string {
  if (rng.chance(0.5)) return '['.repeat(levels) + ']'.repeat(levels);
  return '{"a":'.repeat(levels) + '0' + '}'.repeat(levels);
}

/** Random whitespace (JSON allows it between tokens). */
export function ws(rng: FuzzRng): string {
  if (!rng.chance(0.15)) return '';
  return Array.from({ length: rng.size(1, 8) }, () => rng.pick([' ', '\t', '\n', '\r'])).join('');
}

/** Text that is not whitespace only (appended after a complete JSON value, it makes the text invalid JSON). */
export function nonBlankGarbage(rng: FuzzRng, max: number): string {
  const s = wildText(rng, rng.size(1, max));
  return /^[ \t\n\r]*$/.test(s) ? `${s}x` : s;
}

// ---- bytes ----------------------------------------------------------------

/** Byte-level mutations: bit flips, byte sets, inserts, deletes, duplicated slices, interesting values. */
export function mutateBytes(rng: FuzzRng, input: Uint8Array, count: number): Uint8Array {
  let b = Uint8Array.from(input);
  for (let k = 0; k < count; k++) {
    const n = b.length;
    const at = n === 0 ? 0 : rng.below(n);
    switch (rng.below(8)) {
      case 0: if (n > 0) b[at]! ^= 1 << rng.below(8); break;
      case 1: if (n > 0) b[at] = rng.below(256); break;
      case 2: if (n > 0) b[at] = rng.pick([0, 1, 0x7f, 0x80, 0xfe, 0xff]); break;
      case 3: { // insert random bytes
        const ins = rng.bytes(rng.size(1, 16));
        const out = new Uint8Array(n + ins.length);
        out.set(b.subarray(0, at)); out.set(ins, at); out.set(b.subarray(at), at + ins.length);
        b = out;
        break;
      }
      case 4: { // delete a run
        const len = Math.min(n - at, rng.size(1, 16));
        const out = new Uint8Array(n - len);
        out.set(b.subarray(0, at)); out.set(b.subarray(at + len), at);
        b = out;
        break;
      }
      case 5: { // duplicate a slice
        const len = Math.min(n - at, rng.size(1, 32));
        const out = new Uint8Array(n + len);
        out.set(b.subarray(0, at + len)); out.set(b.subarray(at, at + len), at + len); out.set(b.subarray(at + len), at + 2 * len);
        b = out;
        break;
      }
      case 6: // a 16-bit interesting value (lengths, counts, ids)
        if (n >= 2) {
          const v = rng.pick([0, 1, 0x7fff, 0x8000, 0xffff, 256, 257, 1024, 65535]);
          const i = rng.below(n - 1);
          b[i] = v & 0xff; b[i + 1] = v >>> 8;
        }
        break;
      default: // an 8-byte interesting value (mantissas, timestamps)
        if (n >= 8) {
          const i = rng.below(n - 7);
          const v = rng.pick([[0, 0], [0, 0x80000000], [0xffffffff, 0x7fffffff], [0xffffffff, 0xffffffff], [0, 0x00200000], [1, 0]]);
          const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
          dv.setUint32(i, v[0]!, true); dv.setUint32(i + 4, v[1]!, true);
        }
    }
  }
  return b;
}

/** Text-level mutations of a JSON text: character replace/insert/delete, swapped quotes and brackets, random cuts. */
export function mutateText(rng: FuzzRng, text: string, count: number): string {
  let s = text;
  for (let k = 0; k < count; k++) {
    const at = rng.below(s.length + 1);
    switch (rng.below(6)) {
      case 0: s = s.slice(0, at) + wildText(rng, 1) + s.slice(at + 1); break;
      case 1: s = s.slice(0, at) + wildText(rng, rng.size(1, 8)) + s.slice(at); break;
      case 2: s = s.slice(0, at) + s.slice(at + rng.size(1, 8)); break;
      case 3: s = s.slice(0, at) + rng.pick(['"', '{', '}', '[', ']', ':', ',', '\\', '\\u', '0', '-', 'e']) + s.slice(at); break;
      case 4: { const j = rng.below(s.length + 1); s = s.slice(0, Math.min(at, j)) + s.slice(Math.max(at, j)) + s.slice(Math.min(at, j), Math.max(at, j)); break; }
      default: s = s.slice(0, at) + s.slice(at).replace(/[0-9]/, () => String(rng.below(10))); break;
    }
  }
  return noMarker(s);
}

/** Bytes that are not valid UTF-8 (a text frame of them is refused by the WebSocket layer). */
export function invalidUtf8(rng: FuzzRng): Uint8Array {
  const prefix = new TextEncoder().encode(`{"MsgType":"${asciiText(rng, rng.size(0, 10)).replace(/["\\]/g, '')}`);
  const bad = rng.pick([[0xff], [0xc3], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xc0, 0xaf], [0x80]]);
  const out = new Uint8Array(prefix.length + bad.length + 2);
  out.set(prefix); out.set(bad, prefix.length); out.set([0x22, 0x7d], prefix.length + bad.length);
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
export function isValidUtf8(b: Uint8Array): boolean {
  try {
    utf8.decode(b);
    return true;
  } catch {
    return false;
  }
}
