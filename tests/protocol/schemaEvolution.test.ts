/**
 * SBE's extension rules between version 0 and version 1 of a message: an
 * older decoder reads a newer message by its blockLength (skipping fields it
 * does not know, in the block and in group entries), and a newer decoder
 * reads fields, groups and var data added since an older message as null.
 */
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../protocol/sbe/codec/otfDecoder.js';
import { encodeMessage } from '../../protocol/sbe/codec/otfEncoder.js';
import { loadSchema } from '../../protocol/sbe/schema/schemaParser.js';
import * as v0 from './generated/versionV0/index.js';
import * as v1 from './generated/versionV1/index.js';
import { fixture, viewOf } from './support/paths.js';

const schemaV0 = loadSchema(fixture('versionV0.xml'));
const schemaV1 = loadSchema(fixture('versionV1.xml'));

const newer = {
  message: 'Quote', templateId: 1, schemaId: 15, version: 1, blockLength: 13,
  fields: { bid: 100, ask: 101, size: 5, venue: 'DARK', levels: [{ px: 1, qty: 10 }, { px: 2, qty: 20 }], extras: [{ code: 3 }], note: 'ünicode' },
};
const older = {
  message: 'Quote', templateId: 1, schemaId: 15, version: 0, blockLength: 8,
  fields: { bid: 100, ask: 101, levels: [{ px: 1 }, { px: 2 }] },
};

/** A version-1 message written with the version-1 flyweights. */
function writeV1(): Uint8Array {
  const buffer = new Uint8Array(128);
  const e = new v1.QuoteEncoder().wrapAndApplyHeader(viewOf(buffer), 0, new v1.MessageHeaderEncoder());
  e.bid(100).ask(101).size(5).venue(v1.Venue.DARK);
  const levels = e.levelsCount(2);
  levels.next().px(1).qty(10);
  levels.next().px(2).qty(20);
  e.extrasCount(1).next().code(3);
  e.note('ünicode');
  return buffer.slice(0, 8 + e.sbeEncodedLength());
}

describe('a newer message read by an older decoder (blockLength rule)', () => {
  const bytes = encodeMessage(schemaV1, newer);

  it('is what the version-1 flyweights write', () => {
    expect(writeV1()).toEqual(bytes);
  });

  it('reads the fields it knows with the schema-driven codec, skipping the rest by blockLength', () => {
    const { message } = decodeMessage(schemaV0, bytes);
    expect(message).toEqual({ ...older, version: 1, blockLength: 13 });
  });

  it('reads the fields it knows with the version-0 flyweights', () => {
    const d = new v0.QuoteDecoder().wrapAndApplyHeader(viewOf(bytes), 0, new v0.MessageHeaderDecoder());
    expect([d.bid(), d.ask(), d.sbeActingBlockLength(), d.sbeActingVersion()]).toEqual([100, 101, 13, 1]);
    const levels = d.levels();
    expect(levels.sbeActingBlockLength()).toBe(6);
    const px = [];
    while (levels.hasNext()) px.push(levels.next().px());
    expect(px).toEqual([1, 2]);
  });
});

describe('an older message read by a newer decoder (sinceVersion fields read as null)', () => {
  const bytes = encodeMessage(schemaV0, older);
  const asNewer = { ...older, fields: { ...older.fields, size: null, venue: null, levels: [{ px: 1, qty: null }, { px: 2, qty: null }], extras: null, note: null } };

  it('gives null for every field, group and var data added since, with the schema-driven codec', () => {
    expect(decodeMessage(schemaV1, bytes).message).toEqual(asNewer);
  });

  it('re-encodes at version 0 with the newer schema, byte for byte', () => {
    expect(encodeMessage(schemaV1, asNewer)).toEqual(bytes);
  });

  it('gives null values, an empty group and empty var data with the version-1 flyweights', () => {
    const d = new v1.QuoteDecoder().wrapAndApplyHeader(viewOf(bytes), 0, new v1.MessageHeaderDecoder());
    expect([d.bid(), d.ask(), d.size(), d.venue()]).toEqual([100, 101, 4294967295, v1.Venue.NULL_VALUE]);
    const levels = d.levels();
    const qty = [];
    while (levels.hasNext()) qty.push(levels.next().qty());
    expect(qty).toEqual([65535, 65535]);
    expect(d.extras().count()).toBe(0);
    expect(d.note()).toBe('');
    expect(8 + d.sbeEncodedLength()).toBe(bytes.length);
  });

  it('refuses a block too short for the fields of the version it claims', () => {
    const short = encodeMessage(schemaV0, { ...older, version: 1 });
    expect(() => decodeMessage(schemaV1, short)).toThrow(/Quote at offset 8: blockLength 8 is shorter than the 13 bytes of fields this version defines/);
    expect(() => new v1.QuoteDecoder().wrapAndApplyHeader(viewOf(short), 0, new v1.MessageHeaderDecoder())).toThrow(
      /Quote at offset 8: blockLength 8 is shorter than the 13 bytes/,
    );
  });
});
