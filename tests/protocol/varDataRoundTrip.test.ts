/**
 * Var data: UTF-8 text with multi-byte characters (2, 3 and 4 bytes, and a
 * surrogate pair), ASCII text, and binary blobs with uint8 and uint32
 * lengths, printed as hex by the schema-driven codec.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../protocol/sbe/codec/otfDecoder.js';
import { encodeMessage } from '../../protocol/sbe/codec/otfEncoder.js';
import { loadSchema } from '../../protocol/sbe/schema/schemaParser.js';
import { BlobDecoder, BlobEncoder, MessageHeaderDecoder, MessageHeaderEncoder, SbeCodecError } from './generated/varData/index.js';
import { fixture, viewOf } from './support/paths.js';

const schema = loadSchema(fixture('varData.xml'));
const hex = (b: Uint8Array): string => Buffer.from(b).toString('hex');

function writeBlob(id: number, text: string, ascii: string, small: Uint8Array, big: Uint8Array): Uint8Array {
  const buffer = new Uint8Array(8 + 4 + 4 + text.length * 3 + 2 + ascii.length + 1 + small.length + 4 + big.length);
  const e = new BlobEncoder().wrapAndApplyHeader(viewOf(buffer), 0, new MessageHeaderEncoder()).id(id);
  e.text(text).ascii(ascii).putSmall(small, 0, small.length).putBig(big, 0, big.length);
  return buffer.slice(0, 8 + e.sbeEncodedLength());
}

function readBlob(bytes: Uint8Array) {
  const d = new BlobDecoder().wrapAndApplyHeader(viewOf(bytes), 0, new MessageHeaderDecoder());
  return { id: d.id(), text: d.text(), ascii: d.ascii(), small: hex(d.smallBytes()), big: hex(d.bigBytes()) };
}

describe('var data', () => {
  const text = 'naïve 価格 🚀 €';

  it('round-trips multi-byte UTF-8 through both codecs, byte for byte', () => {
    const small = Uint8Array.of(0, 1, 254, 255);
    const big = new Uint8Array(300).map((_, i) => i & 0xff);
    const fields = { id: 9, text, ascii: 'plain', small: hex(small), big: hex(big) };
    const json = { message: 'Blob', templateId: 1, schemaId: 14, version: 0, blockLength: 4, fields };
    const otf = encodeMessage(schema, json);
    expect(writeBlob(9, text, 'plain', small, big)).toEqual(otf);
    expect(decodeMessage(schema, otf).message).toEqual(json);
    expect(readBlob(otf)).toEqual(fields);
    const textLength = viewOf(otf).getUint32(12, true);
    expect(textLength).toBe(Buffer.byteLength(text, 'utf8'));
    expect(textLength).toBeGreaterThan(text.length);
  });

  it('round-trips any string, with empty values, through both codecs', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.uint8Array({ maxLength: 255 }), (s, bytes) => {
        const fields = { id: 1, text: s, ascii: '', small: hex(bytes), big: '' };
        const otf = encodeMessage(schema, { message: 'Blob', fields });
        expect(writeBlob(1, s, '', bytes, new Uint8Array(0))).toEqual(otf);
        expect(decodeMessage(schema, otf).message.fields).toEqual(fields);
        expect(readBlob(otf)).toEqual(fields);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses text that does not fit the buffer or the length type', () => {
    const e = new BlobEncoder().wrap(viewOf(new Uint8Array(16)), 0);
    expect(() => e.text('€€€€€')).toThrow(SbeCodecError);
    expect(() => e.text('€€€€€')).toThrow(/Blob\.text at offset 4: text does not fit in 8 bytes/);
    const tooBig = { message: 'Blob', fields: { id: 1, text: '', ascii: '', small: '00'.repeat(256), big: '' } };
    expect(() => encodeMessage(schema, tooBig)).toThrow(/Blob\.small at offset \d+: 256 bytes exceed the var-data limit of 254/);
  });

  it('refuses invalid UTF-8 on the wire with an error naming the field', () => {
    const bytes = writeBlob(1, 'ab', '', new Uint8Array(0), new Uint8Array(0));
    bytes[16] = 0xff;
    expect(() => decodeMessage(schema, bytes)).toThrow(/Blob\.text at offset 16: 2 bytes are not valid UTF-8/);
    expect(() => readBlob(bytes)).toThrow(/Blob\.text at offset 16: 2 bytes are not valid UTF-8/);
  });
});
