/**
 * Schema-driven encoder: the JSON form printed by otfDecoder back to bytes.
 * Encoding the decoder's output gives back the same bytes; a value that does
 * not fit its field is a SbeCodecError naming the field and output offset.
 */
import type { BlockDef, DataDef, FieldDef, GroupDef, MessageDef, Schema, TypeDef } from '../schema/ir.js';
import { minBlockLength } from '../schema/ir.js';
import { wireRange } from '../schema/primitives.js';
import { SbeCodecError, encodeUtf8Into, writeChars } from '../runtime/sbeRuntime.js';
import { constantToJson } from './constants.js';
import { describe, fromHex, scalarFromJson, writePrimitive } from './wire.js';

type JsonObject = { [key: string]: unknown };

const MESSAGE_KEYS = new Set(['message', 'templateId', 'schemaId', 'version', 'blockLength', 'fields']);

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Grows by doubling; new bytes are zero, so padding and unset fields come out as 0. */
class ByteWriter {
  bytes = new Uint8Array(256);
  view = new DataView(this.bytes.buffer);
  length = 0;

  reserve(n: number): number {
    const at = this.length;
    if (at + n > this.bytes.length) {
      let size = this.bytes.length;
      while (size < at + n) size *= 2;
      const grown = new Uint8Array(size);
      grown.set(this.bytes.subarray(0, at));
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
    this.length = at + n;
    return at;
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

export function encodeMessage(schema: Schema, value: unknown): Uint8Array {
  return new Encoder(schema).message(value);
}

class Encoder {
  private readonly out = new ByteWriter();
  private readonly le: boolean;
  private version = 0;

  constructor(private readonly schema: Schema) {
    this.le = schema.byteOrder === 'littleEndian';
  }

  private headerNumber(json: JsonObject, key: string, fallback: number, max: number): number {
    const v = json[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > max) {
      throw new SbeCodecError(key, 0, `expected an integer 0..${max}, got ${describe(v)}`);
    }
    return v;
  }

  private messageDef(json: JsonObject): MessageDef {
    const name = json['message'];
    const templateId = json['templateId'];
    if (name !== undefined) {
      const def = this.schema.messages.find((m) => m.name === name);
      if (def === undefined) throw new SbeCodecError('message', 0, `no message named ${describe(name)} in the schema`);
      if (templateId !== undefined && templateId !== def.id) {
        throw new SbeCodecError('templateId', 0, `templateId ${describe(templateId)} is not ${def.name}'s id ${def.id}`);
      }
      return def;
    }
    const def = this.schema.messages.find((m) => m.id === templateId);
    if (def === undefined) throw new SbeCodecError('templateId', 0, `no message named and no message with templateId ${describe(templateId)}`);
    return def;
  }

  message(json: unknown): Uint8Array {
    if (!isObject(json)) throw new SbeCodecError('message', 0, `expected a JSON object, got ${describe(json)}`);
    for (const key of Object.keys(json)) {
      if (!MESSAGE_KEYS.has(key)) throw new SbeCodecError(key, 0, 'is not a key of the message form (message, templateId, schemaId, version, blockLength, fields)');
    }
    const def = this.messageDef(json);
    const h = this.schema.header;
    const schemaId = json['schemaId'];
    if (schemaId !== undefined && schemaId !== this.schema.id) {
      throw new SbeCodecError('schemaId', 0, `schemaId ${describe(schemaId)} is not this schema's id ${this.schema.id}`);
    }
    this.version = this.headerNumber(json, 'version', this.schema.version, h.version.max);
    const minimum = minBlockLength(def, this.version);
    const blockLength = this.headerNumber(json, 'blockLength', this.blockLengthAt(def), h.blockLength.max);
    if (blockLength < minimum) {
      throw new SbeCodecError('blockLength', 0, `${blockLength} is shorter than the ${minimum} bytes of fields at version ${this.version}`);
    }
    const at = this.out.reserve(h.encodedLength);
    writePrimitive(this.out.view, at + h.blockLength.offset, h.blockLength.primitive, blockLength, this.le);
    writePrimitive(this.out.view, at + h.templateId.offset, h.templateId.primitive, def.id, this.le);
    writePrimitive(this.out.view, at + h.schemaId.offset, h.schemaId.primitive, this.schema.id, this.le);
    writePrimitive(this.out.view, at + h.version.offset, h.version.primitive, this.version, this.le);
    const fields = json['fields'] ?? {};
    this.block(def, def.name, fields, blockLength);
    return this.out.result();
  }

  /** The schema's block length at the current version: fields added later are left out. */
  private blockLengthAt(def: BlockDef): number {
    return this.version >= this.schema.version ? def.blockLength : minBlockLength(def, this.version);
  }

  private block(def: BlockDef, path: string, json: unknown, blockLength: number): void {
    const start = this.out.reserve(blockLength);
    if (!isObject(json)) throw new SbeCodecError(path, start, `expected an object of fields, got ${describe(json)}`);
    const known = new Set<string>([...def.fields, ...def.groups, ...def.data].map((x) => x.name));
    for (const key of Object.keys(json)) {
      if (!known.has(key)) throw new SbeCodecError(`${path}.${key}`, start, `is not a field of ${def.name}`);
    }
    for (const f of def.fields) this.field(f, `${path}.${f.name}`, json[f.name], start);
    for (const g of def.groups) this.group(g, `${path}.${g.name}`, json[g.name]);
    for (const d of def.data) this.data(d, `${path}.${d.name}`, json[d.name]);
  }

  private field(f: FieldDef, path: string, value: unknown, base: number): void {
    const at = base + f.offset;
    if (f.constant !== undefined) {
      const expected = constantToJson(f.constant, f.type);
      if (value !== undefined && value !== expected) {
        throw new SbeCodecError(path, at, `is the constant ${describe(expected)}, got ${describe(value)}`);
      }
      return;
    }
    if (f.sinceVersion > this.version) {
      if (value !== undefined && value !== null) {
        throw new SbeCodecError(path, at, `does not exist before version ${f.sinceVersion} (encoding version ${this.version})`);
      }
      return;
    }
    if (value === undefined) {
      if (f.presence !== 'optional') throw new SbeCodecError(path, at, 'is required but missing');
      this.value(f.type, true, path, null, at);
      return;
    }
    this.value(f.type, f.presence === 'optional', path, value, at);
  }

  private value(type: TypeDef, optional: boolean, path: string, value: unknown, at: number): void {
    const view = this.out.view;
    switch (type.kind) {
      case 'encoded': {
        const p = type.primitive;
        if (type.textEncoding !== undefined && (p.kind === 'char' || type.length > 1)) {
          if (typeof value !== 'string') {
            if (value === null && optional) return;
            throw new SbeCodecError(path, at, `expected a string, got ${describe(value)}`);
          }
          writeChars(this.out.view, at, type.length, value, type.textEncoding === 'utf8', path);
          return;
        }
        if (type.length !== 1) {
          if (!Array.isArray(value) || value.length !== type.length) {
            throw new SbeCodecError(path, at, `expected an array of ${type.length} values, got ${describe(value)}`);
          }
          value.forEach((item, i) => writePrimitive(view, at + i * p.size, p, scalarFromJson(item, p, `${path}[${i}]`, at + i * p.size), this.le));
          return;
        }
        if (value === null) {
          if (!optional) throw new SbeCodecError(path, at, 'is required and cannot be null');
          writePrimitive(view, at, p, type.nullValue, this.le);
          return;
        }
        writePrimitive(view, at, p, scalarFromJson(value, p, path, at), this.le);
        return;
      }
      case 'enum': {
        let raw: number;
        if (value === null) raw = type.nullValue;
        else if (typeof value === 'string') {
          const v = type.values.find((x) => x.name === value);
          if (v === undefined) {
            throw new SbeCodecError(path, at, `${describe(value)} is not a value of ${type.name} (${type.values.map((x) => x.name).join(', ')})`);
          }
          raw = v.value;
        } else if (typeof value === 'number') {
          raw = Number(scalarFromJson(value, type.primitive, path, at));
        } else {
          throw new SbeCodecError(path, at, `expected a ${type.name} value name, got ${describe(value)}`);
        }
        writePrimitive(view, at, type.primitive, raw, this.le);
        return;
      }
      case 'set': {
        if (!isObject(value)) throw new SbeCodecError(path, at, `expected an object of ${type.name} choices, got ${describe(value)}`);
        let raw = 0n;
        for (const [key, on] of Object.entries(value)) {
          const c = type.choices.find((x) => x.name === key);
          if (c === undefined) throw new SbeCodecError(`${path}.${key}`, at, `is not a choice of ${type.name}`);
          if (typeof on !== 'boolean') throw new SbeCodecError(`${path}.${key}`, at, `expected true or false, got ${describe(on)}`);
          if (on) raw |= 1n << BigInt(c.bit);
        }
        writePrimitive(view, at, type.primitive, type.primitive.size === 8 ? raw : Number(raw), this.le);
        return;
      }
      case 'composite': {
        if (!isObject(value)) throw new SbeCodecError(path, at, `expected an object for ${type.name}, got ${describe(value)}`);
        for (const key of Object.keys(value)) {
          if (!type.members.some((m) => m.name === key)) throw new SbeCodecError(`${path}.${key}`, at, `is not a member of ${type.name}`);
        }
        for (const m of type.members) this.field(m, `${path}.${m.name}`, value[m.name], at);
        return;
      }
    }
  }

  private group(g: GroupDef, path: string, value: unknown): void {
    const dim = g.dimension;
    if (g.sinceVersion > this.version) {
      if (value !== undefined && value !== null && !(Array.isArray(value) && value.length === 0)) {
        throw new SbeCodecError(path, this.out.length, `does not exist before version ${g.sinceVersion} (encoding version ${this.version})`);
      }
      return;
    }
    const at = this.out.reserve(dim.encodedLength);
    if (!Array.isArray(value)) throw new SbeCodecError(path, at, `expected an array of entries, got ${describe(value)}`);
    if (value.length > dim.numInGroup.max) {
      throw new SbeCodecError(path, at, `${value.length} entries exceed the group's limit of ${dim.numInGroup.max}`);
    }
    const blockLength = this.blockLengthAt(g);
    writePrimitive(this.out.view, at + dim.blockLength.offset, dim.blockLength.primitive, blockLength, this.le);
    writePrimitive(this.out.view, at + dim.numInGroup.offset, dim.numInGroup.primitive, value.length, this.le);
    value.forEach((entry, i) => this.block(g, `${path}[${i}]`, entry, blockLength));
  }

  private data(d: DataDef, path: string, value: unknown): void {
    if (d.sinceVersion > this.version) {
      if (value !== undefined && value !== null && value !== '') {
        throw new SbeCodecError(path, this.out.length, `does not exist before version ${d.sinceVersion} (encoding version ${this.version})`);
      }
      return;
    }
    const at = this.out.reserve(d.dataOffset);
    if (typeof value !== 'string') throw new SbeCodecError(path, at, `expected a string, got ${describe(value)}`);
    let length: number;
    if (d.textEncoding === 'utf8') {
      // Worst case 3 bytes per UTF-16 unit; the unused tail is given back below.
      const dataAt = this.out.reserve(value.length * 3);
      length = encodeUtf8Into(this.out.bytes, dataAt, value.length * 3, value);
      this.out.length = dataAt + length;
    } else {
      const bytes = d.textEncoding === 'latin1' ? this.latin1(value, path, at) : fromHex(value, path, at);
      const dataAt = this.out.reserve(bytes.length);
      this.out.bytes.set(bytes, dataAt);
      length = bytes.length;
    }
    const { max } = wireRange(d.length.primitive);
    if (length > Math.min(d.length.max, Number(max))) {
      throw new SbeCodecError(path, at, `${length} bytes exceed the var-data limit of ${Math.min(d.length.max, Number(max))}`);
    }
    writePrimitive(this.out.view, at + d.length.offset, d.length.primitive, length, this.le);
  }

  private latin1(value: string, path: string, at: number): Uint8Array {
    const bytes = new Uint8Array(value.length);
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c > 0xff) throw new SbeCodecError(path, at, `char U+${c.toString(16).padStart(4, '0')} at index ${i} is not one byte`);
      bytes[i] = c;
    }
    return bytes;
  }
}
