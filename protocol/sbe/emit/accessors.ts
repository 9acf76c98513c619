/**
 * Accessors for fixed fields, shared by composites, messages and groups: a
 * getter or setter at a fixed offset from the host flyweight's start. Sets
 * and composites are preallocated child flyweights, so no access allocates.
 */
import type { EncodedType, FieldDef } from '../schema/ir.js';
import type { Primitive } from '../schema/primitives.js';
import { docComment, indent, type FileBuilder } from './fileBuilder.js';
import { int64AsNumber, numberLiteral, stringLiteral, tsValueType, valueLiteral } from './literals.js';
import { capital, pascal, type MemberNames } from './naming.js';

/** What an accessor needs to know about the class it is emitted into. */
export interface Host {
  readonly file: FileBuilder;
  readonly names: MemberNames;
  /** Error-message name of the host, e.g. `Car.fuelFigures`. */
  readonly path: string;
  readonly le: boolean;
  /** Private preallocated child flyweights, emitted as class members. */
  readonly members: string[];
  readonly methods: string[];
}

/** File (without extension) that defines a named enum, set or composite. */
export function typeModule(name: string): string {
  return `./${pascal(name)}.js`;
}

export function getExpr(p: Primitive, at: string, le: boolean, asNumber: boolean, h: Host): string {
  switch (p.name) {
    case 'char':
    case 'uint8':
      return `this.#view.getUint8(${at})`;
    case 'int8':
      return `this.#view.getInt8(${at})`;
    case 'int64':
      return asNumber ? `${h.file.rt('getInt64AsNumber')}(this.#view, ${at}, ${le})` : `this.#view.getBigInt64(${at}, ${le})`;
    case 'uint64':
      return asNumber ? `${h.file.rt('getUint64AsNumber')}(this.#view, ${at}, ${le})` : `this.#view.getBigUint64(${at}, ${le})`;
    case 'float':
      return `this.#view.getFloat32(${at}, ${le})`;
    case 'double':
      return `this.#view.getFloat64(${at}, ${le})`;
    default:
      return `this.#view.get${capital(p.name.replace('int', 'Int').replace('uInt', 'Uint'))}(${at}, ${le})`;
  }
}

export function setStmt(p: Primitive, at: string, value: string, le: boolean, asNumber: boolean, h: Host): string {
  switch (p.name) {
    case 'char':
    case 'uint8':
      return `this.#view.setUint8(${at}, ${value});`;
    case 'int8':
      return `this.#view.setInt8(${at}, ${value});`;
    case 'int64':
      return asNumber
        ? `${h.file.rt('setInt64FromNumber')}(this.#view, ${at}, ${value}, ${le});`
        : `this.#view.setBigInt64(${at}, ${value}, ${le});`;
    case 'uint64':
      return asNumber
        ? `${h.file.rt('setUint64FromNumber')}(this.#view, ${at}, ${value}, ${le});`
        : `this.#view.setBigUint64(${at}, ${value}, ${le});`;
    case 'float':
      return `this.#view.setFloat32(${at}, ${value}, ${le});`;
    case 'double':
      return `this.#view.setFloat64(${at}, ${value}, ${le});`;
    default:
      return `this.#view.set${capital(p.name.replace('int', 'Int').replace('uInt', 'Uint'))}(${at}, ${value}, ${le});`;
  }
}

function method(h: Host, name: string, schemaName: string, doc: string, signature: string, body: string): void {
  h.names.claim(name, schemaName);
  h.methods.push(`${doc}${signature} {\n${indent(body)}\n}`);
}

function staticConst(h: Host, name: string, schemaName: string, value: string): void {
  h.names.claim(`static ${name}`, schemaName);
  h.methods.push(`static readonly ${name} = ${value};`);
}

function isText(t: EncodedType): boolean {
  return t.textEncoding !== undefined && (t.primitive.kind === 'char' || t.length > 1);
}

function fieldDoc(f: FieldDef, extra?: string): string {
  const presence = f.id > 0 ? `Field ${f.id}, ${f.presence}` : capital(f.presence);
  const since = f.sinceVersion > 0 ? `, since version ${f.sinceVersion}` : '';
  return docComment([f.description, `${presence}${since}.${extra ? ` ${extra}` : ''}`]);
}

/** The decoder getter (and helpers) for one fixed field of a host at `base`. */
export function emitFieldDecoder(f: FieldDef, h: Host, base: string): void {
  const ident = h.names.fieldIdent(f.name);
  const at = f.offset === 0 ? base : `${base} + ${f.offset}`;
  const path = stringLiteral(`${h.path}.${f.name}`);
  const guard = (nullExpr: string): string =>
    f.sinceVersion > 0 ? `if (this.#actingVersion < ${f.sinceVersion}) return ${nullExpr};\n` : '';
  const t = f.type;

  if (f.constant !== undefined) {
    emitConstant(f, h, ident);
    return;
  }
  switch (t.kind) {
    case 'encoded': {
      const p = t.primitive;
      const asNumber = int64AsNumber(t, f.presence);
      const vt = tsValueType(p, asNumber);
      if (isText(t)) {
        const utf8 = t.textEncoding === 'utf8';
        method(h, ident, f.name, fieldDoc(f, 'Text up to the first NUL.'), `${ident}(): string`,
          `${guard("''")}return ${h.file.rt('readChars')}(this.#bytes, ${at}, ${t.length}, ${utf8}, ${path});`);
        method(h, `get${capital(ident)}`, f.name, docComment([`Copies the ${t.length} raw bytes of ${f.name} into dst; returns the count.`]),
          `get${capital(ident)}(dst: Uint8Array, dstOffset: number): number`,
          `${guard('0')}return ${h.file.rt('copyOut')}(this.#view, ${at}, ${t.length}, dst, dstOffset, ${path});`);
        staticConst(h, `${ident}Length`, f.name, String(t.length));
        return;
      }
      if (t.length !== 1) {
        method(h, ident, f.name, fieldDoc(f), `${ident}(index: number): ${vt}`,
          `if (index < 0 || index >= ${t.length}) throw new RangeError(${path} + ': index ' + index + ' outside 0..${t.length - 1}');\n` +
            `${guard(valueLiteral(t.nullValue, p, asNumber))}return ${getExpr(p, `${at} + index * ${p.size}`, h.le, asNumber, h)};`);
        staticConst(h, `${ident}Length`, f.name, String(t.length));
        return;
      }
      method(h, ident, f.name, fieldDoc(f), `${ident}(): ${vt}`,
        `${guard(valueLiteral(t.nullValue, p, asNumber))}return ${getExpr(p, at, h.le, asNumber, h)};`);
      if (f.presence === 'optional') staticConst(h, `${ident}NullValue`, f.name, valueLiteral(t.nullValue, p, asNumber));
      return;
    }
    case 'enum': {
      const enumName = h.file.use(typeModule(t.name), pascal(t.name));
      method(h, ident, f.name, fieldDoc(f), `${ident}(): ${enumName}`,
        `${guard(`${enumName}.NULL_VALUE`)}return ${getExpr(t.primitive, at, h.le, false, h)} as ${enumName};`);
      return;
    }
    case 'set':
    case 'composite': {
      const cls = h.file.use(typeModule(t.name), `${pascal(t.name)}Decoder`);
      const member = `#_${ident}`;
      h.members.push(`readonly ${member} = new ${cls}();`);
      const args = t.kind === 'composite' ? `this.#view, ${at}, this.#actingVersion` : `this.#view, ${at}`;
      method(h, ident, f.name, fieldDoc(f), `${ident}(): ${cls}${f.sinceVersion > 0 ? ' | null' : ''}`,
        `${guard('null')}return this.${member}.wrap(${args});`);
      return;
    }
  }
}

/** The encoder setter (and helpers) for one fixed field of a host at `base`. */
export function emitFieldEncoder(f: FieldDef, h: Host, base: string): void {
  const ident = h.names.fieldIdent(f.name);
  const at = f.offset === 0 ? base : `${base} + ${f.offset}`;
  const path = stringLiteral(`${h.path}.${f.name}`);
  const t = f.type;
  if (f.constant !== undefined) {
    emitConstant(f, h, ident);
    return;
  }
  switch (t.kind) {
    case 'encoded': {
      const p = t.primitive;
      const asNumber = int64AsNumber(t, f.presence);
      const vt = tsValueType(p, asNumber);
      if (isText(t)) {
        const utf8 = t.textEncoding === 'utf8';
        method(h, ident, f.name, fieldDoc(f, 'Writes the text and NUL-pads the rest.'), `${ident}(value: string): this`,
          `${h.file.rt('writeChars')}(this.#view, ${at}, ${t.length}, value, ${utf8}, ${path});\nreturn this;`);
        method(h, `put${capital(ident)}`, f.name, docComment([`Copies ${t.length} raw bytes from src.`]),
          `put${capital(ident)}(src: Uint8Array, srcOffset: number): this`,
          `${h.file.rt('copyIn')}(src, srcOffset, ${t.length}, this.#view, ${at}, ${path});\nreturn this;`);
        staticConst(h, `${ident}Length`, f.name, String(t.length));
        return;
      }
      if (t.length !== 1) {
        method(h, ident, f.name, fieldDoc(f), `${ident}(index: number, value: ${vt}): this`,
          `if (index < 0 || index >= ${t.length}) throw new RangeError(${path} + ': index ' + index + ' outside 0..${t.length - 1}');\n` +
            `${setStmt(p, `${at} + index * ${p.size}`, 'value', h.le, asNumber, h)}\nreturn this;`);
        staticConst(h, `${ident}Length`, f.name, String(t.length));
        return;
      }
      method(h, ident, f.name, fieldDoc(f), `${ident}(value: ${vt}): this`, `${setStmt(p, at, 'value', h.le, asNumber, h)}\nreturn this;`);
      if (f.presence === 'optional') staticConst(h, `${ident}NullValue`, f.name, valueLiteral(t.nullValue, p, asNumber));
      return;
    }
    case 'enum': {
      const enumName = h.file.use(typeModule(t.name), pascal(t.name));
      method(h, ident, f.name, fieldDoc(f), `${ident}(value: ${enumName}): this`,
        `${setStmt(t.primitive, at, 'value', h.le, false, h)}\nreturn this;`);
      return;
    }
    case 'set':
    case 'composite': {
      const cls = h.file.use(typeModule(t.name), `${pascal(t.name)}Encoder`);
      const member = `#_${ident}`;
      h.members.push(`readonly ${member} = new ${cls}();`);
      method(h, ident, f.name, fieldDoc(f), `${ident}(): ${cls}`, `return this.${member}.wrap(this.#view, ${at});`);
      return;
    }
  }
}

function emitConstant(f: FieldDef, h: Host, ident: string): void {
  const c = f.constant!;
  const t = f.type;
  const doc = fieldDoc(f, 'Takes no space on the wire.');
  switch (c.kind) {
    case 'enum': {
      const enumName = h.file.use(typeModule(t.name), pascal(t.name));
      method(h, ident, f.name, doc, `${ident}(): ${enumName}`, `return ${enumName}.${enumMemberName(c.name)};`);
      return;
    }
    case 'string':
      method(h, ident, f.name, doc, `${ident}(): string`, `return ${stringLiteral(c.value)};`);
      return;
    case 'number': {
      const p = (t as EncodedType).primitive;
      const asNumber = typeof c.value === 'number' || (c.value >= -BigInt(Number.MAX_SAFE_INTEGER) && c.value <= BigInt(Number.MAX_SAFE_INTEGER));
      const vt = tsValueType(p, asNumber);
      method(h, ident, f.name, doc, `${ident}(): ${vt}`, `return ${vt === 'bigint' ? `${BigInt(c.value)}n` : numberLiteral(c.value)};`);
      return;
    }
  }
}

/** Enum members keep their schema names; NULL_VALUE is taken by the generator. */
export function enumMemberName(name: string): string {
  const s = name.replace(/[^A-Za-z0-9_$]/g, '_');
  const ident = /^[0-9]/.test(s) ? `_${s}` : s;
  return ident === 'NULL_VALUE' ? 'NULL_VALUE_' : ident;
}
