/**
 * The SBE project's Car sample, encoded by the reference tool (1.33.2), read
 * and written by both our generated flyweights and the schema-driven codec.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../protocol/sbe/cli/decode.js';
import { encodeFile } from '../../protocol/sbe/cli/encode.js';
import { decodeMessage } from '../../protocol/sbe/codec/otfDecoder.js';
import { encodeMessage } from '../../protocol/sbe/codec/otfEncoder.js';
import { loadSchema } from '../../protocol/sbe/schema/schemaParser.js';
import { decodeWithFlyweights, encodeWithFlyweights } from './support/carFlyweights.js';
import { CAR_BIN, CAR_JSON, CAR_SCHEMA, CAR_SCHEMA_FLAT } from './support/paths.js';

const referenceBytes = new Uint8Array(readFileSync(CAR_BIN));
const referenceText = readFileSync(CAR_JSON, 'utf8');
const referenceJson = JSON.parse(referenceText) as unknown;

describe('car-reference.bin from the reference SBE tool', () => {
  const schema = loadSchema(CAR_SCHEMA);

  it('decodes to car-reference.json with the schema-driven codec, text for text', () => {
    expect(decodeFile(CAR_SCHEMA, CAR_BIN)).toBe(referenceText);
    expect(decodeMessage(schema, referenceBytes).message).toEqual(referenceJson);
  });

  it('re-encodes from car-reference.json byte for byte with the schema-driven codec', () => {
    expect(Buffer.from(encodeFile(CAR_SCHEMA, CAR_JSON)).equals(Buffer.from(referenceBytes))).toBe(true);
    expect(encodeMessage(schema, decodeMessage(schema, referenceBytes).message)).toEqual(referenceBytes);
  });

  it('reads the same with the xi:include schema and the flat one', () => {
    const flat = loadSchema(CAR_SCHEMA_FLAT);
    expect(decodeMessage(flat, referenceBytes).message).toEqual(referenceJson);
    expect(encodeMessage(flat, referenceJson)).toEqual(referenceBytes);
  });

  it('decodes to car-reference.json with the generated flyweights', () => {
    expect(decodeWithFlyweights(referenceBytes)).toEqual({ message: referenceJson, encodedLength: referenceBytes.length });
  });

  it('encodes the Car example byte for byte with the generated flyweights', () => {
    expect(encodeWithFlyweights()).toEqual(referenceBytes);
  });

  it('round-trips every message, group and var-data field through flyweights and codec both ways', () => {
    const fromFlyweights = encodeWithFlyweights();
    expect(decodeMessage(schema, fromFlyweights).message).toEqual(referenceJson);
    expect(decodeWithFlyweights(encodeMessage(schema, referenceJson)).message).toEqual(referenceJson);
  });
});
