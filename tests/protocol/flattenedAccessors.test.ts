/**
 * The scalar members of composite fields have accessors on their parent
 * (`priceMantissa()`): they read and write the same bytes as the child
 * flyweights, in both byte orders and through nested composites; a buffer
 * reused by an encoder comes out the same whichever way the composite was
 * written; and a flattened name that clashes with another member gives way.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as ex from '../../protocol/generated/index.js';
import { generate } from '../../protocol/sbe/emit/generator.js';
import { loadSchema } from '../../protocol/sbe/schema/schemaParser.js';
import * as car from './generated/car/index.js';
import * as be from './generated/allTypesBigEndian/index.js';
import * as le from './generated/allTypes/index.js';
import { fixture, viewOf } from './support/paths.js';

type Gen = typeof le;

const INT64_NULL = -(2 ** 63);

describe.each([
  ['littleEndian', le],
  ['bigEndian', be as unknown as Gen],
])('flattened composite accessors, %s', (_, g) => {
  /** A message with only its Box written, into a buffer full of 0xee, one way or the other. */
  function writeBox(flat: boolean): Uint8Array {
    const buffer = new Uint8Array(400).fill(0xee);
    const e = new g.AllTypesEncoder().wrapAndApplyHeader(viewOf(buffer), 0, new g.MessageHeaderEncoder());
    // Tag.code (a char array) has no flattened accessor and is left unwritten by both, so the flat one never wraps a child.
    if (flat) {
      e.boxMinX(-1).boxMinY(2).boxMaxX(3).boxMaxY(-4).boxShade(g.Shade.DARK).boxTagWeight(500);
    } else {
      const box = e.box();
      box.min().x(-1).y(2);
      box.max().x(3).y(-4);
      box.shade(g.Shade.DARK).tag().weight(500);
    }
    return buffer.slice(0, g.MessageHeaderEncoder.ENCODED_LENGTH + e.sbeEncodedLength());
  }

  it('write the same bytes as the child flyweights, gaps inside the composite zeroed', () => {
    const flat = writeBox(true);
    expect(flat).toEqual(writeBox(false));
    const boxAt = 8 + loadSchema(fixture('allTypes.xml')).messages[0]!.fields.find((f) => f.name === 'box')!.offset;
    expect([...flat.subarray(boxAt + 8, boxAt + 10)]).toEqual([0, 0]);
  });

  it('read what the child flyweights read, through nested composites', () => {
    const d = new g.AllTypesDecoder().wrapAndApplyHeader(viewOf(writeBox(false)), 0, new g.MessageHeaderDecoder());
    const box = d.box();
    expect([d.boxMinX(), d.boxMinY(), d.boxMaxX(), d.boxMaxY(), d.boxShade(), d.boxTagWeight()]).toEqual([
      box.min().x(), box.min().y(), box.max().x(), box.max().y(), box.shade(), box.tag().weight(),
    ]);
    expect([d.boxMinX(), d.boxMaxY(), d.boxTagWeight()]).toEqual([-1, -4, 500]);
  });
});

describe('flattened accessors of the exchange and sample schemas', () => {
  it('read and write Decimal64 values, null mantissas included', () => {
    const bytes = new Uint8Array(512);
    const e = new ex.ExecutionReportEncoder().wrapAndApplyHeader(viewOf(bytes), 0, new ex.MessageHeaderEncoder());
    e.priceMantissa(INT64_NULL).priceExponent(-2).orderQtyMantissa(-(2 ** 53 - 1)).orderQtyExponent(-8);
    e.lastPxMantissa(2 ** 53 - 1).lastPxExponent(127).feeMantissa(-1).feeExponent(-128);
    const d = new ex.ExecutionReportDecoder().wrapAndApplyHeader(viewOf(bytes), 0, new ex.MessageHeaderDecoder());
    expect([d.priceMantissa(), d.price().mantissa(), d.price().exponent()]).toEqual([INT64_NULL, INT64_NULL, -2]);
    expect([d.orderQtyMantissa(), d.orderQty().mantissa(), d.orderQtyExponent()]).toEqual([-(2 ** 53 - 1), -(2 ** 53 - 1), -8]);
    expect([d.lastPxMantissa(), d.lastPx().exponent(), d.feeMantissa(), d.fee().exponent()]).toEqual([2 ** 53 - 1, 127, -1, -128]);
  });

  it('reach members of a nested composite (Car.engine.booster)', () => {
    const bytes = new Uint8Array(256);
    const e = new car.CarEncoder().wrapAndApplyHeader(viewOf(bytes), 0, new car.MessageHeaderEncoder());
    e.engineCapacity(2000).engineNumCylinders(4).engineBoosterBoostType(car.BoostType.NITROUS).engineBoosterHorsePower(200);
    const d = new car.CarDecoder().wrapAndApplyHeader(viewOf(bytes), 0, new car.MessageHeaderDecoder());
    const engine = d.engine();
    expect([engine.capacity(), engine.numCylinders(), engine.booster().boostType(), engine.booster().horsePower()]).toEqual([
      2000, 4, car.BoostType.NITROUS, 200,
    ]);
    expect([d.engineCapacity(), d.engineBoosterBoostType(), engine.boosterHorsePower()]).toEqual([2000, car.BoostType.NITROUS, 200]);
  });
});

describe('names of generated members', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sbe-names-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'names.xml');
  writeFileSync(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>
<sbe:messageSchema xmlns:sbe="http://fixprotocol.io/2016/sbe" package="names" id="9" version="0" byteOrder="littleEndian">
  <types>
    <composite name="messageHeader">
      <type name="blockLength" primitiveType="uint16"/>
      <type name="templateId" primitiveType="uint16"/>
      <type name="schemaId" primitiveType="uint16"/>
      <type name="version" primitiveType="uint16"/>
    </composite>
    <composite name="Decimal">
      <type name="mantissa" primitiveType="int32"/>
      <type name="exponent" primitiveType="int8"/>
    </composite>
  </types>
  <sbe:message name="Named" id="1">
    <field name="price" id="1" type="Decimal"/>
    <field name="priceMantissa" id="2" type="int32"/>
    <field name="sbeSeq" id="3" type="int32"/>
  </sbe:message>
</sbe:messageSchema>
`,
  );
  const text = generate(loadSchema(file), file).get('Named.ts')!;

  it('gives a field that starts with sbe a leading underscore', () => {
    expect(text).toContain('_sbeSeq(): number');
    expect(text).toContain('_sbeSeq(value: number): this');
  });

  it('leaves out a flattened accessor whose name a field already has', () => {
    expect(text.match(/^ {2}priceMantissa\(\): number/gm)).toHaveLength(1);
    expect(text).toContain('priceExponent(): number');
    // The one priceMantissa() is the field at offset 5, not the composite member at offset 0.
    expect(text).toContain('priceMantissa(): number {\n    return this.$view.getInt32(this.$offset + 5, true);');
  });
});
