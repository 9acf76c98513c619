/**
 * Every kind of fixed field (each primitive, optional nulls, constants, char
 * and numeric arrays, char and numeric enums, sets of 8 to 64 bits, nested
 * composites with refs and offsets) round-trips through the generated
 * flyweights and the schema-driven codec, in both byte orders, and the two
 * agree byte for byte.
 */
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../protocol/sbe/codec/otfDecoder.js';
import { encodeMessage } from '../../protocol/sbe/codec/otfEncoder.js';
import { loadSchema } from '../../protocol/sbe/schema/schemaParser.js';
import * as be from './generated/allTypesBigEndian/index.js';
import * as le from './generated/allTypes/index.js';
import { fixture, viewOf } from './support/paths.js';

type Gen = typeof le;
type Json = Record<string, unknown>;

const full: Json = {
  c: 'x', i8: -100, i16: -30000, i32: -2000000000, i64: '-9223372036854775807', u8: 250, u16: 65000, u32: 4000000000,
  u64: '18446744073709551000', f: 1.5, d: -2.25e100, safe: '-9007199254740991', optI8: -3, optU16: 7, optI32: -7,
  optI64: '-42', optU64: '42', optF: 0.25, optD: 0.1, zeroIsNull: 5, optByField: 123, label: 'abc', utf8Label: 'héllo€',
  shorts: [-1, 0, 1], longs: ['0', '18446744073709551614'], doubles: [1e-300, 'Infinity'], colour: 'GREEN', grade: 'B',
  wide: 'BIG', optColour: 'RED', flags8: { first: true, last: true }, flags16: { low: false, high: true },
  flags32: { low: true, middle: false, high: true }, flags64: { low: true, bit31: true, bit32: true, high: true },
  box: { min: { x: -1, y: 2 }, max: { x: 3, y: -4 }, Shade: 'DARK', Tag: { code: 'ab', weight: 500 }, kind: 7 },
  maxLevel: 9, venue: 'XNAS', bigConst: '-5', fixedColour: 'BLUE', padded: 77,
};

const nulls: Json = {
  ...full, c: '', label: '', utf8Label: '', optI8: null, optU16: null, optI32: null, optI64: null, optU64: null,
  optF: null, optD: null, zeroIsNull: null, optByField: null, optColour: null, doubles: ['NaN', '-Infinity'],
  flags64: { low: false, bit31: false, bit32: false, high: false },
};

function num(v: number): number | string {
  return Number.isFinite(v) ? v : String(v);
}

/** The JSON form built from the generated decoder's getters. */
function readAll(g: Gen, bytes: Uint8Array): Json {
  const d = new g.AllTypesDecoder().wrapAndApplyHeader(viewOf(bytes), 0, new g.MessageHeaderDecoder());
  const opt = <T>(v: T, nullValue: T, map: (x: T) => unknown = (x) => x): unknown => (v === nullValue ? null : map(v));
  const box = d.box();
  const f8 = d.flags8();
  const f16 = d.flags16();
  const f32 = d.flags32();
  const f64 = d.flags64();
  return {
    c: d.c(), i8: d.i8(), i16: d.i16(), i32: d.i32(), i64: String(d.i64()), u8: d.u8(), u16: d.u16(), u32: d.u32(),
    u64: String(d.u64()), f: d.f(), d: d.d(), safe: String(d.safe()), optI8: opt(d.optI8(), g.AllTypesDecoder.optI8NullValue),
    optU16: opt(d.optU16(), g.AllTypesDecoder.optU16NullValue), optI32: opt(d.optI32(), g.AllTypesDecoder.optI32NullValue),
    optI64: opt(d.optI64(), g.AllTypesDecoder.optI64NullValue, String), optU64: opt(d.optU64(), g.AllTypesDecoder.optU64NullValue, String),
    optF: Number.isNaN(d.optF()) ? null : d.optF(), optD: Number.isNaN(d.optD()) ? null : d.optD(),
    zeroIsNull: opt(d.zeroIsNull(), g.AllTypesDecoder.zeroIsNullNullValue), optByField: opt(d.optByField(), g.AllTypesDecoder.optByFieldNullValue),
    label: d.label(), utf8Label: d.utf8Label(), shorts: [0, 1, 2].map((i) => d.shorts(i)), longs: [0, 1].map((i) => String(d.longs(i))),
    doubles: [0, 1].map((i) => num(d.doubles(i))), colour: g.Colour[d.colour()], grade: g.Grade[d.grade()], wide: g.Wide[d.wide()],
    optColour: d.optColour() === g.Colour.NULL_VALUE ? null : g.Colour[d.optColour()],
    flags8: { first: f8.first(), last: f8.last() }, flags16: { low: f16.low(), high: f16.high() },
    flags32: { low: f32.low(), middle: f32.middle(), high: f32.high() },
    flags64: { low: f64.low(), bit31: f64.bit31(), bit32: f64.bit32(), high: f64.high() },
    box: {
      min: { x: box.min().x(), y: box.min().y() }, max: { x: box.max().x(), y: box.max().y() }, Shade: g.Shade[box.shade()],
      Tag: { code: box.tag().code(), weight: box.tag().weight() }, kind: box.kind(),
    },
    maxLevel: d.maxLevel(), venue: d.venue(), bigConst: String(d.bigConst()), fixedColour: g.Colour[d.fixedColour()], padded: d.padded(),
  };
}

/** Writes a JSON-form value with the generated encoder's setters. */
function writeAll(g: Gen, v: Json): Uint8Array {
  const buffer = new Uint8Array(400).fill(0xee);
  const e = new g.AllTypesEncoder().wrapAndApplyHeader(viewOf(buffer), 0, new g.MessageHeaderEncoder());
  const n = (x: unknown, nullValue: number): number => (x === null ? nullValue : (x as number));
  const f = (x: unknown): number => (typeof x === 'string' ? Number(x) : x === null ? Number.NaN : (x as number));
  const b = (x: unknown, nullValue: bigint): bigint => (x === null ? nullValue : BigInt(x as string));
  const flags = v['flags64'] as Json;
  e.c(v['c'] as string).i8(v['i8'] as number).i16(v['i16'] as number).i32(v['i32'] as number).i64(BigInt(v['i64'] as string));
  e.u8(v['u8'] as number).u16(v['u16'] as number).u32(v['u32'] as number).u64(BigInt(v['u64'] as string)).f(f(v['f'])).d(f(v['d']));
  e.safe(Number(v['safe'])).optI8(n(v['optI8'], g.AllTypesEncoder.optI8NullValue)).optU16(n(v['optU16'], g.AllTypesEncoder.optU16NullValue));
  e.optI32(n(v['optI32'], g.AllTypesEncoder.optI32NullValue)).optI64(b(v['optI64'], g.AllTypesEncoder.optI64NullValue));
  e.optU64(b(v['optU64'], g.AllTypesEncoder.optU64NullValue)).optF(f(v['optF'])).optD(f(v['optD']));
  e.zeroIsNull(n(v['zeroIsNull'], g.AllTypesEncoder.zeroIsNullNullValue)).optByField(n(v['optByField'], g.AllTypesEncoder.optByFieldNullValue));
  e.label(v['label'] as string).utf8Label(v['utf8Label'] as string);
  (v['shorts'] as number[]).forEach((x, i) => e.shorts(i, x));
  (v['longs'] as string[]).forEach((x, i) => e.longs(i, BigInt(x)));
  (v['doubles'] as unknown[]).forEach((x, i) => e.doubles(i, f(x)));
  e.colour(g.Colour[v['colour'] as 'GREEN']).grade(g.Grade[v['grade'] as 'B']).wide(g.Wide[v['wide'] as 'BIG']);
  e.optColour(v['optColour'] === null ? g.Colour.NULL_VALUE : g.Colour[v['optColour'] as 'RED']);
  const f8 = v['flags8'] as Json;
  const f16 = v['flags16'] as Json;
  const f32 = v['flags32'] as Json;
  e.flags8().clear().first(f8['first'] as boolean).last(f8['last'] as boolean);
  e.flags16().clear().low(f16['low'] as boolean).high(f16['high'] as boolean);
  e.flags32().clear().low(f32['low'] as boolean).middle(f32['middle'] as boolean).high(f32['high'] as boolean);
  e.flags64().clear().low(flags['low'] as boolean).bit31(flags['bit31'] as boolean).bit32(flags['bit32'] as boolean).high(flags['high'] as boolean);
  const box = v['box'] as { min: Json; max: Json; Shade: 'DARK'; Tag: Json };
  const eb = e.box();
  eb.min().x(box.min['x'] as number).y(box.min['y'] as number);
  eb.max().x(box.max['x'] as number).y(box.max['y'] as number);
  eb.shade(g.Shade[box.Shade]).tag().code(box.Tag['code'] as string).weight(box.Tag['weight'] as number);
  e.padded(v['padded'] as number);
  return buffer.slice(0, g.MessageHeaderEncoder.ENCODED_LENGTH + e.sbeEncodedLength());
}

describe.each([
  ['littleEndian', 'allTypes.xml', le],
  ['bigEndian', 'allTypesBigEndian.xml', be as unknown as Gen],
])('every fixed-field construct, %s', (order, file, g) => {
  const schema = loadSchema(fixture(file));
  const message = (fields: Json): Json => ({
    message: 'AllTypes', templateId: 1, schemaId: schema.id, version: 0, blockLength: 240, fields,
  });

  it.each([['values', full], ['null and empty values', nulls]])('round-trips %s through both codecs, byte for byte', (_, fields) => {
    const otfBytes = encodeMessage(schema, message(fields));
    const genBytes = writeAll(g, fields);
    expect(genBytes).toEqual(otfBytes);
    expect(decodeMessage(schema, otfBytes).message).toEqual(message(fields));
    expect(readAll(g, otfBytes)).toEqual(fields);
  });

  it('writes multi-byte values in the schema byte order', () => {
    const bytes = encodeMessage(schema, message(full));
    const view = viewOf(bytes);
    const i16At = 8 + 2;
    expect(view.getInt16(i16At, order === 'littleEndian')).toBe(-30000);
    expect(view.getUint16(0, order === 'littleEndian')).toBe(240);
  });

  it('zeroes the gaps left by explicit offsets, so reused buffers give the same bytes', () => {
    const bytes = writeAll(g, full);
    const block = bytes.subarray(8);
    const boxAt = schema.messages[0]!.fields.find((x) => x.name === 'box')!.offset;
    expect([...block.subarray(boxAt + 8, boxAt + 10)]).toEqual([0, 0]);
    expect([...block.subarray(224, 240)].every((x) => x === 0)).toBe(true);
  });
});
