/**
 * Schema-driven decoder: any message of a schema to the JSON form of the
 * issue, without generated code (the role of the reference tool's OTF
 * decoder). Every read is bounds-checked first, so bad input ends in a
 * SbeCodecError naming the field path and byte offset, never a RangeError.
 */
import type { BlockDef, CountMember, DataDef, FieldDef, GroupDef, Schema, TypeDef } from '../schema/ir.js';
import { minBlockLength } from '../schema/ir.js';
import {
  SbeCodecError,
  decodeLatin1,
  decodeUtf8,
  readChars,
  requireBlockLength,
  requireEntries,
  requireSpace,
  requireVarData,
} from '../runtime/sbeRuntime.js';
import { constantToJson } from './constants.js';
import { type JsonValue, isNullValue, readPrimitive, scalarToJson, toHex } from './wire.js';

export interface DecodedMessage {
  message: string;
  templateId: number;
  schemaId: number;
  version: number;
  blockLength: number;
  fields: { [name: string]: JsonValue };
}

export interface DecodeResult {
  readonly message: DecodedMessage;
  /** Bytes used from the start offset, header included. */
  readonly encodedLength: number;
}

export function decodeMessage(schema: Schema, bytes: Uint8Array, offset = 0): DecodeResult {
  return new Decoder(schema, bytes).message(offset);
}

class Decoder {
  private readonly view: DataView;
  private readonly le: boolean;
  private limit = 0;
  private version = 0;

  constructor(
    private readonly schema: Schema,
    private readonly bytes: Uint8Array,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.le = schema.byteOrder === 'littleEndian';
  }

  private count(m: CountMember, base: number): number {
    return Number(readPrimitive(this.view, base + m.offset, m.primitive, this.le));
  }

  message(start: number): DecodeResult {
    const h = this.schema.header;
    requireSpace(this.view.byteLength, start, h.encodedLength, 'messageHeader');
    const blockLength = this.count(h.blockLength, start);
    const templateId = this.count(h.templateId, start);
    const schemaId = this.count(h.schemaId, start);
    const version = this.count(h.version, start);
    if (schemaId !== this.schema.id) {
      throw new SbeCodecError('messageHeader.schemaId', start + h.schemaId.offset, `schemaId ${schemaId} is not this schema's id ${this.schema.id}`);
    }
    const def = this.schema.messages.find((m) => m.id === templateId);
    if (def === undefined) {
      throw new SbeCodecError('messageHeader.templateId', start + h.templateId.offset, `no message has templateId ${templateId} in schema ${schemaId}`);
    }
    this.version = version;
    const blockStart = start + h.encodedLength;
    const fields = this.block(def, def.name, blockStart, blockLength);
    return {
      message: { message: def.name, templateId, schemaId, version, blockLength, fields },
      encodedLength: this.limit - start,
    };
  }

  /** Fixed fields at `start`, then groups and var data from the end of the block on. */
  private block(def: BlockDef, path: string, start: number, blockLength: number): { [name: string]: JsonValue } {
    requireBlockLength(blockLength, minBlockLength(def, this.version), path, start);
    requireSpace(this.view.byteLength, start, blockLength, path);
    const out: { [name: string]: JsonValue } = {};
    for (const f of def.fields) out[f.name] = this.field(f, `${path}.${f.name}`, start);
    this.limit = start + blockLength;
    for (const g of def.groups) out[g.name] = this.group(g, `${path}.${g.name}`);
    for (const d of def.data) out[d.name] = this.data(d, `${path}.${d.name}`);
    return out;
  }

  private field(f: FieldDef, path: string, base: number): JsonValue {
    if (f.constant !== undefined) return constantToJson(f.constant, f.type);
    if (f.sinceVersion > this.version) return null;
    return this.value(f.type, f.presence === 'optional', path, base + f.offset);
  }

  private value(type: TypeDef, optional: boolean, path: string, at: number): JsonValue {
    switch (type.kind) {
      case 'encoded': {
        const p = type.primitive;
        if (type.textEncoding !== undefined && (p.kind === 'char' || type.length > 1)) {
          return readChars(this.bytes, at, type.length, type.textEncoding === 'utf8', path);
        }
        if (type.length !== 1) {
          const items: JsonValue[] = [];
          for (let i = 0; i < type.length; i++) items.push(scalarToJson(readPrimitive(this.view, at + i * p.size, p, this.le), p));
          return items;
        }
        const raw = readPrimitive(this.view, at, p, this.le);
        return optional && isNullValue(raw, type.nullValue) ? null : scalarToJson(raw, p);
      }
      case 'enum': {
        const raw = Number(readPrimitive(this.view, at, type.primitive, this.le));
        if (raw === type.nullValue) return null;
        // A value this schema does not know (a newer sender's) stays a number, so re-encoding keeps it.
        return type.values.find((v) => v.value === raw)?.name ?? raw;
      }
      case 'set': {
        const raw = BigInt(readPrimitive(this.view, at, type.primitive, this.le));
        const out: { [name: string]: JsonValue } = {};
        for (const c of type.choices) out[c.name] = ((raw >> BigInt(c.bit)) & 1n) === 1n;
        return out;
      }
      case 'composite': {
        const out: { [name: string]: JsonValue } = {};
        for (const m of type.members) out[m.name] = this.field(m, `${path}.${m.name}`, at);
        return out;
      }
    }
  }

  private group(g: GroupDef, path: string): JsonValue {
    if (g.sinceVersion > this.version) return null;
    const dim = g.dimension;
    const headerAt = this.limit;
    requireSpace(this.view.byteLength, headerAt, dim.encodedLength, `${path} (group header)`);
    const blockLength = this.count(dim.blockLength, headerAt);
    const count = this.count(dim.numInGroup, headerAt);
    requireBlockLength(blockLength, minBlockLength(g, this.version), path, headerAt);
    this.limit = headerAt + dim.encodedLength;
    requireEntries(this.view.byteLength, this.limit, count, blockLength + this.minTrailingBytes(g), path);
    const entries: JsonValue[] = [];
    for (let i = 0; i < count; i++) entries.push(this.block(g, `${path}[${i}]`, this.limit, blockLength));
    return entries;
  }

  /** Bytes every entry needs after its block: nested group headers and var-data lengths. */
  private minTrailingBytes(def: BlockDef): number {
    let n = 0;
    for (const g of def.groups) if (g.sinceVersion <= this.version) n += g.dimension.encodedLength;
    for (const d of def.data) if (d.sinceVersion <= this.version) n += d.dataOffset;
    return n;
  }

  private data(d: DataDef, path: string): JsonValue {
    if (d.sinceVersion > this.version) return null;
    const at = this.limit;
    requireSpace(this.view.byteLength, at, d.dataOffset, `${path} (var-data length)`);
    const length = this.count(d.length, at);
    const dataAt = at + d.dataOffset;
    requireVarData(this.view.byteLength, at, dataAt, length, path);
    this.limit = dataAt + length;
    if (d.textEncoding === 'utf8') return decodeUtf8(this.bytes, dataAt, length, path);
    if (d.textEncoding === 'latin1') return decodeLatin1(this.bytes, dataAt, length);
    return toHex(this.bytes, dataAt, length);
  }
}
