/**
 * Repeating groups: nested two deep with var data at every level, a uint8
 * dimension, a padded group block, entries of var data only, and empty
 * groups, through the generated flyweights and the schema-driven codec.
 */
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../protocol/sbe/codec/otfDecoder.js';
import { encodeMessage } from '../../protocol/sbe/codec/otfEncoder.js';
import { loadSchema } from '../../protocol/sbe/schema/schemaParser.js';
import { MessageHeaderDecoder, MessageHeaderEncoder, OrderDecoder, OrderEncoder } from './generated/groups/index.js';
import { fixture, viewOf } from './support/paths.js';

interface Fill { px: number; fillNote: string }
interface Leg { price: number; qty: number; fills: Fill[]; legNote: string }
interface Order { orderId: number; legs: Leg[]; tags: { tag: string }[]; spare: { x: number }[]; comment: string }

const schema = loadSchema(fixture('groups.xml'));
const message = (fields: Order) => ({ message: 'Order', templateId: 1, schemaId: 13, version: 0, blockLength: 4, fields });

const nested: Order = {
  orderId: 7,
  legs: [
    { price: -5, qty: 10, fills: [{ px: 1, fillNote: 'first' }, { px: 2, fillNote: 'zweite Füllung' }], legNote: 'leg one' },
    { price: 6, qty: 0, fills: [], legNote: '' },
    { price: 7, qty: 65534, fills: [{ px: -3, fillNote: '' }], legNote: 'third' },
  ],
  tags: [{ tag: 'a' }, { tag: '' }, { tag: 'ccc' }],
  spare: [],
  comment: 'done',
};
const empty: Order = { orderId: 0, legs: [], tags: [], spare: [], comment: '' };

function writeOrder(o: Order): Uint8Array {
  const buffer = new Uint8Array(1024).fill(0xee);
  const e = new OrderEncoder().wrapAndApplyHeader(viewOf(buffer), 0, new MessageHeaderEncoder()).orderId(o.orderId);
  const legs = e.legsCount(o.legs.length);
  for (const leg of o.legs) {
    legs.next().price(leg.price).qty(leg.qty);
    const fills = legs.fillsCount(leg.fills.length);
    for (const f of leg.fills) fills.next().px(f.px).fillNote(f.fillNote);
    legs.legNote(leg.legNote);
  }
  const tags = e.tagsCount(o.tags.length);
  for (const t of o.tags) tags.next().tag(t.tag);
  const spare = e.spareCount(o.spare.length);
  for (const s of o.spare) spare.next().x(s.x);
  e.comment(o.comment);
  return buffer.slice(0, MessageHeaderEncoder.ENCODED_LENGTH + e.sbeEncodedLength());
}

function readOrder(bytes: Uint8Array): Order {
  const d = new OrderDecoder().wrapAndApplyHeader(viewOf(bytes), 0, new MessageHeaderDecoder());
  const out: Order = { orderId: d.orderId(), legs: [], tags: [], spare: [], comment: '' };
  for (const legs = d.legs(); legs.hasNext(); ) {
    legs.next();
    const leg: Leg = { price: legs.price(), qty: legs.qty(), fills: [], legNote: '' };
    for (const fills = legs.fills(); fills.hasNext(); ) {
      fills.next();
      leg.fills.push({ px: fills.px(), fillNote: fills.fillNote() });
    }
    leg.legNote = legs.legNote();
    out.legs.push(leg);
  }
  for (const tags = d.tags(); tags.hasNext(); ) out.tags.push({ tag: tags.next().tag() });
  for (const spare = d.spare(); spare.hasNext(); ) out.spare.push({ x: spare.next().x() });
  out.comment = d.comment();
  expect(MessageHeaderDecoder.ENCODED_LENGTH + d.sbeEncodedLength()).toBe(bytes.length);
  return out;
}

describe('repeating groups', () => {
  it.each([['nested groups with var data', nested], ['every group empty', empty]])('round-trip %s through both codecs', (_, order) => {
    const otfBytes = encodeMessage(schema, message(order));
    expect(writeOrder(order)).toEqual(otfBytes);
    expect(decodeMessage(schema, otfBytes).message).toEqual(message(order));
    expect(readOrder(otfBytes)).toEqual(order);
  });

  it('writes the declared group blockLength, padding zeroed, and the uint8 dimension of a nested group', () => {
    const bytes = writeOrder(nested);
    const view = viewOf(bytes);
    const legsHeader = 8 + 4;
    expect(view.getUint16(legsHeader, true)).toBe(8);
    expect(view.getUint16(legsHeader + 2, true)).toBe(3);
    const firstLeg = legsHeader + 4;
    expect([bytes[firstLeg + 6], bytes[firstLeg + 7]]).toEqual([0, 0]);
    expect([bytes[firstLeg + 8], bytes[firstLeg + 9]]).toEqual([4, 2]);
  });

  it('refuses more entries than the dimension can count', () => {
    const e = new OrderEncoder().wrap(viewOf(new Uint8Array(64)), 0);
    const legs = e.legsCount(1).next();
    expect(() => legs.fillsCount(256)).toThrow(/Order\.legs\.fills at offset \d+: count 256 is outside 0\.\.254/);
    const tooMany = { ...nested, legs: [{ ...nested.legs[0]!, fills: Array.from({ length: 255 }, () => ({ px: 0, fillNote: '' })) }] };
    expect(() => encodeMessage(schema, message(tooMany))).toThrow(/Order\.legs\[0\]\.fills at offset \d+: 255 entries exceed the group's limit of 254/);
  });
});
