/**
 * Bad input never crashes a decoder: random bytes, truncated and corrupted
 * messages end in the codec's own SbeCodecError (never a RangeError from a
 * DataView, never a hang), and the common mistakes get an error naming the
 * field and the byte offset.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMessage } from '../../protocol/sbe/codec/otfDecoder.js';
import { encodeMessage } from '../../protocol/sbe/codec/otfEncoder.js';
import { SbeCodecError } from '../../protocol/sbe/runtime/sbeRuntime.js';
import { loadSchema } from '../../protocol/sbe/schema/schemaParser.js';
import { SbeCodecError as GeneratedCarError } from './generated/car/index.js';
import * as ex from '../../protocol/generated/index.js';
import { decodeWithFlyweights } from './support/carFlyweights.js';
import { CAR_BIN, CAR_SCHEMA, EXCHANGE_SCHEMA, viewOf } from './support/paths.js';

const car = loadSchema(CAR_SCHEMA);
const exchange = loadSchema(EXCHANGE_SCHEMA);
const reference = new Uint8Array(readFileSync(CAR_BIN));

/** Runs `f`; passes if it returns or throws `errorType`, fails on anything else. */
function onlyThrows(errorType: new (...args: never[]) => Error, f: () => unknown): void {
  try {
    f();
  } catch (err) {
    if (!(err instanceof errorType)) throw new Error(`expected ${errorType.name}, got ${String(err)}`);
  }
}

/** A header for the Car message followed by the rest of the reference body, with chosen bytes. */
function patched(at: number, write: (v: DataView) => void): Uint8Array {
  const bytes = reference.slice();
  write(new DataView(bytes.buffer, at));
  return bytes;
}

const mutations = fc.array(fc.tuple(fc.nat({ max: reference.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 });

describe('bad input to the schema-driven decoder', () => {
  it('answers every truncation of a valid message with a SbeCodecError', () => {
    for (let n = 0; n < reference.length; n++) {
      expect(() => decodeMessage(car, reference.subarray(0, n)), `${n} bytes`).toThrow(SbeCodecError);
    }
  });

  it('answers random bytes with a result or a SbeCodecError, for the Car and exchange schemas', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        onlyThrows(SbeCodecError, () => decodeMessage(car, bytes));
        onlyThrows(SbeCodecError, () => decodeMessage(exchange, bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers random headers over valid bodies, and corrupted messages, with a result or a SbeCodecError', () => {
    fc.assert(
      fc.property(mutations, (changes) => {
        const bytes = reference.slice();
        for (const [at, value] of changes) bytes[at] = value;
        onlyThrows(SbeCodecError, () => decodeMessage(car, bytes));
        onlyThrows(SbeCodecError, () => decodeMessage(car, bytes.subarray(0, changes[0]![0])));
      }),
      { numRuns: 2000 },
    );
  });

  it('names the field and offset of each common mistake', () => {
    expect(() => decodeMessage(car, reference.subarray(0, 5))).toThrow('messageHeader at offset 0: needs 8 bytes but the buffer has 5 left');
    expect(() => decodeMessage(car, reference.subarray(0, 30))).toThrow('Car at offset 8: needs 45 bytes but the buffer has 22 left');
    expect(() => decodeMessage(car, patched(2, (v) => v.setUint16(0, 9, true)))).toThrow(
      'messageHeader.templateId at offset 2: no message has templateId 9 in schema 1',
    );
    expect(() => decodeMessage(car, patched(4, (v) => v.setUint16(0, 7, true)))).toThrow(
      "messageHeader.schemaId at offset 4: schemaId 7 is not this schema's id 1",
    );
    expect(() => decodeMessage(car, patched(55, (v) => v.setUint16(0, 40000, true)))).toThrow(
      /^Car\.fuelFigures at offset 57: group count 40000 needs at least 400000 bytes \(10 per entry\) but the buffer has 150 left$/,
    );
    const manufacturerAt = reference.length - 4 - 6 - 4 - 9 - 4 - 5;
    expect(() => decodeMessage(car, patched(manufacturerAt, (v) => v.setUint32(0, 1000, true)))).toThrow(
      `Car.manufacturer at offset ${manufacturerAt}: var-data length 1000 runs past the end of the buffer (28 bytes left)`,
    );
  });
});

describe('bad input to the generated flyweights', () => {
  it('answers every truncation of a valid message with the generated SbeCodecError', () => {
    for (let n = 0; n < reference.length; n++) {
      expect(() => decodeWithFlyweights(reference.subarray(0, n)), `${n} bytes`).toThrow(GeneratedCarError);
    }
  });

  it('answers corrupted messages with a result or the generated SbeCodecError', () => {
    fc.assert(
      fc.property(mutations, (changes) => {
        const bytes = reference.slice();
        for (const [at, value] of changes) bytes[at] = value;
        onlyThrows(GeneratedCarError, () => decodeWithFlyweights(bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('answers random bytes under an exchange ExecutionReport decoder with the generated SbeCodecError', () => {
    const header = new ex.MessageHeaderDecoder();
    const er = new ex.ExecutionReportDecoder();
    const ids = new Uint8Array(64);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        onlyThrows(ex.SbeCodecError, () => {
          // Field accessors do not check bounds themselves: the check at wrap must cover every one of them.
          er.wrapAndApplyHeader(viewOf(bytes), 0, header);
          return [er.clOrdID(), er.getClOrdID(ids, 0), er.getFeeAsset(ids, 32), er.price().mantissa(), er.priceMantissa(),
            er.feeExponent(), er.rejectReason(), er.transactTime(), er.text()];
        });
      }),
      { numRuns: 2000 },
    );
  });

  it('names the message when an encoder is given too little room for its header and block', () => {
    const header = new ex.MessageHeaderEncoder();
    const er = new ex.ExecutionReportEncoder();
    const view = new DataView(new ArrayBuffer(100));
    expect(() => er.wrapAndApplyHeader(view, 0, header)).toThrow('ExecutionReport at offset 0: needs 175 bytes but the buffer has 100 left');
    expect(() => er.wrapAndApplyHeader(view, -8, header)).toThrow(ex.SbeCodecError);
    expect(() => er.wrap(view, 10)).toThrow('ExecutionReport at offset 10: needs 167 bytes but the buffer has 90 left');
  });

  it('names the field and offset of each common mistake', () => {
    expect(() => decodeWithFlyweights(reference.subarray(0, 30))).toThrow('Car at offset 8: needs 45 bytes but the buffer has 22 left');
    expect(() => decodeWithFlyweights(patched(2, (v) => v.setUint16(0, 9, true)))).toThrow(
      'messageHeader.templateId at offset 2: templateId 9 is not Car (1)',
    );
    expect(() => decodeWithFlyweights(patched(4, (v) => v.setUint16(0, 7, true)))).toThrow(
      "messageHeader.schemaId at offset 4: schemaId 7 is not this schema's id 1",
    );
    expect(() => decodeWithFlyweights(patched(55, (v) => v.setUint16(0, 40000, true)))).toThrow(
      'Car.fuelFigures at offset 57: group count 40000 needs at least 400000 bytes (10 per entry) but the buffer has 150 left',
    );
  });
});

describe('bad input to the schema-driven encoder', () => {
  const valid = decodeMessage(car, reference).message;

  it('names the field of each wrong value', () => {
    const withField = (name: string, value: unknown) => ({ ...valid, fields: { ...valid.fields, [name]: value } });
    expect(() => encodeMessage(car, withField('modelYear', 70000))).toThrow('Car.modelYear at offset 16: 70000 is outside the range of uint16 (0..65535)');
    expect(() => encodeMessage(car, withField('code', 'Z'))).toThrow('Car.code at offset 19: "Z" is not a value of Model (A, B, C)');
    expect(() => encodeMessage(car, withField('vehicleCode', 'toolongcode'))).toThrow('Car.vehicleCode at offset 36: text of 11 chars does not fit in 6 bytes');
    expect(() => encodeMessage(car, withField('nope', 1))).toThrow('Car.nope at offset 8: is not a field of Car');
    expect(() => encodeMessage(car, { ...valid, schemaId: 2 })).toThrow("schemaId at offset 0: schemaId 2 is not this schema's id 1");
  });

  it('answers any JSON value with bytes or a SbeCodecError', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        onlyThrows(SbeCodecError, () => encodeMessage(car, json));
        onlyThrows(SbeCodecError, () => encodeMessage(car, { message: 'Car', fields: json }));
      }),
      { numRuns: 1000 },
    );
  });
});
