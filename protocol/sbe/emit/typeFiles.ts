/**
 * Files for named types: an enum per SBE enum (its null value as NULL_VALUE),
 * and an encoder/decoder flyweight pair per set and per composite.
 */
import type { CompositeType, EnumType, FieldDef, SetType } from '../schema/ir.js';
import { emitFields, enumMemberName, insertFlattened, type Host } from './accessors.js';
import { FileBuilder, docComment, indent } from './fileBuilder.js';
import { MemberNames, pascal } from './naming.js';
import { stringLiteral } from './literals.js';

export function enumFile(t: EnumType, banner: string): FileBuilder {
  const name = pascal(t.name);
  const file = new FileBuilder(`${name}.ts`, banner);
  const char = t.primitive.kind === 'char';
  const members = t.values.map((v) => {
    const note = char ? ` // '${String.fromCharCode(v.value)}'` : '';
    return `${enumMemberName(v.name)} = ${v.value},${note}`;
  });
  members.push(`/** No value: the ${t.primitive.name} null. */\nNULL_VALUE = ${t.nullValue},`);
  file.add(`${docComment([t.description, `Encoded as ${t.primitive.name}.`])}export enum ${name} {\n${indent(members.join('\n'))}\n}`);
  return file;
}

/** The wrap a parent flyweight uses for a field of its own block, which it bounds-checked when it was wrapped. */
const IN_BLOCK_DOC = docComment(['Wraps without a bounds check, for a parent whose checked block holds these bytes.']);

function flyweightClass(name: string, doc: string, length: number, fields: string[], methods: string[]): string {
  const body = [`static readonly ENCODED_LENGTH = ${length};`, fields.join('\n'), ...methods];
  return `${doc}export class ${name} {\n${indent(body.join('\n\n'))}\n}`;
}

export function setFile(t: SetType, banner: string, le: boolean): FileBuilder {
  const base = pascal(t.name);
  const file = new FileBuilder(`${base}.ts`, banner);
  const p = t.primitive;
  const wide = p.size === 8;
  const get = p.size === 1 ? 'this.$view.getUint8(this.$offset)' : `this.$view.getUint${p.size * 8}(this.$offset, ${le})`;
  const set = (v: string): string => (p.size === 1 ? `this.$view.setUint8(this.$offset, ${v});` : `this.$view.setUint${p.size * 8}(this.$offset, ${v}, ${le});`);
  const rawType = wide ? 'bigint' : 'number';
  const path = stringLiteral(t.name);
  for (const kind of ['Decoder', 'Encoder'] as const) {
    const names = new MemberNames(`${base}${kind}`, ['wrap', 'raw', 'clear']);
    const fields = ['private $view = EMPTY_VIEW;', 'private $offset = 0;'];
    file.rt('EMPTY_VIEW');
    const methods = [
      `wrap(buffer: DataView, offset: number): this {\n  ${file.rt('requireSpace')}(buffer.byteLength, offset, ${p.size}, ${path});\n  this.$view = buffer;\n  this.$offset = offset;\n  return this;\n}`,
      `${IN_BLOCK_DOC}sbeWrapInBlock(buffer: DataView, offset: number): this {\n  this.$view = buffer;\n  this.$offset = offset;\n  return this;\n}`,
    ];
    if (kind === 'Decoder') {
      methods.push(`/** All bits, as stored. */\nraw(): ${rawType} {\n  return ${wide ? `this.$view.getBigUint64(this.$offset, ${le})` : get};\n}`);
    } else {
      methods.push(`raw(value: ${rawType}): this {\n  ${wide ? `this.$view.setBigUint64(this.$offset, value, ${le});` : set('value')}\n  return this;\n}`);
      methods.push(`clear(): this {\n  ${wide ? `this.$view.setBigUint64(this.$offset, 0n, ${le});` : set('0')}\n  return this;\n}`);
    }
    for (const c of t.choices) {
      const ident = names.fieldIdent(c.name);
      names.claim(ident, c.name);
      const doc = docComment([`Bit ${c.bit}.`]);
      if (kind === 'Decoder') {
        const body = wide
          ? `return ${file.rt('getBit64')}(this.$view, this.$offset, ${c.bit}, ${le});`
          : `return ((${get} >>> ${c.bit}) & 1) === 1;`;
        methods.push(`${doc}${ident}(): boolean {\n  ${body}\n}`);
      } else {
        const mask = `0x${(1n << BigInt(c.bit)).toString(16)}`;
        const body = wide
          ? `${file.rt('setBit64')}(this.$view, this.$offset, ${c.bit}, value, ${le});`
          : `const bits = ${get};\n  ${set(`value ? (bits | ${mask}) >>> 0 : (bits & ~${mask}) >>> 0`)}`;
        methods.push(`${doc}${ident}(value: boolean): this {\n  ${body}\n  return this;\n}`);
      }
    }
    file.add(flyweightClass(`${base}${kind}`, docComment([t.description, `Set over ${p.name}.`]), p.size, fields, methods));
  }
  return file;
}

/**
 * Byte ranges of a composite or block not covered by any field, padding inside
 * composite fields included: zeroed by encoders on wrap for deterministic
 * output, so that a composite written through the host's flattened setters
 * leaves no stale bytes either.
 */
export function gaps(fields: readonly FieldDef[], length: number): [number, number][] {
  const covered = new Uint8Array(length);
  const cover = (fs: readonly FieldDef[], base: number): void => {
    for (const f of fs) {
      if (f.type.kind === 'composite' && f.constant === undefined) cover(f.type.members, base + f.offset);
      else covered.fill(1, base + f.offset, base + f.offset + f.encodedLength);
    }
  };
  cover(fields, 0);
  const out: [number, number][] = [];
  for (let i = 0; i < length; i++) {
    if (covered[i] === 1) continue;
    const start = i;
    while (i < length && covered[i] === 0) i++;
    out.push([start, i]);
  }
  return out;
}

export function compositeFile(t: CompositeType, banner: string, le: boolean, schemaVersion: number): FileBuilder {
  const base = pascal(t.name);
  const file = new FileBuilder(`${base}.ts`, banner);
  const path = t.name;
  for (const kind of ['Decoder', 'Encoder'] as const) {
    const cls = `${base}${kind}`;
    const names = new MemberNames(cls, ['wrap']);
    const h: Host = { file, names, path, le, members: [], methods: [] };
    insertFlattened(emitFields(t.members, h, kind), h, kind);
    const zero = kind === 'Encoder' ? gaps(t.members, t.encodedLength).map(([s, e]) => `\n  this.$bytes.fill(0, offset + ${s}, offset + ${e});`).join('') : '';
    // Only the state the accessors read is declared: the project compiles with noUnusedLocals.
    const uses = (member: string): boolean => h.methods.some((m) => m.includes(`this.${member}`)) || zero.includes(member);
    const fields = [`private $view = ${file.rt('EMPTY_VIEW')};`];
    let wrapBody = '';
    if (uses('$bytes')) {
      fields.push(`private $bytes = ${file.rt('EMPTY_BYTES')};`);
      wrapBody += `  if (buffer !== this.$view) {\n    this.$view = buffer;\n    this.$bytes = ${file.rt('bytesOf')}(buffer);\n  }\n`;
    } else {
      wrapBody += '  this.$view = buffer;\n';
    }
    fields.push('private $offset = 0;');
    wrapBody += '  this.$offset = offset;\n';
    let versionParam = '';
    let versionArg = '';
    if (kind === 'Decoder') {
      versionParam = `, actingVersion: number = ${schemaVersion}`;
      versionArg = ', actingVersion';
      if (uses('$actingVersion')) {
        fields.push(`private $actingVersion = ${schemaVersion};`);
        wrapBody += '  this.$actingVersion = actingVersion;\n';
      } else {
        versionParam = `, _actingVersion: number = ${schemaVersion}`;
        versionArg = '';
      }
    }
    wrapBody += `${zero ? `${zero.slice(1)}\n` : ''}  return this;\n`;
    const wrap =
      `wrap(buffer: DataView, offset: number${versionParam}): this {\n` +
      `  ${file.rt('requireSpace')}(buffer.byteLength, offset, ${t.encodedLength}, ${stringLiteral(path)});\n` +
      `  return this.sbeWrapInBlock(buffer, offset${versionArg});\n}`;
    const inBlock = `${IN_BLOCK_DOC}sbeWrapInBlock(buffer: DataView, offset: number${versionParam}): this {\n${wrapBody}}`;
    const buffer = `sbeBuffer(): DataView {\n  return this.$view;\n}`;
    const doc = docComment([t.description, `${kind === 'Decoder' ? 'Reads' : 'Writes'} ${t.encodedLength} bytes.`]);
    file.add(flyweightClass(cls, doc, t.encodedLength, [...fields, ...h.members], [wrap, inBlock, buffer, ...h.methods]));
  }
  return file;
}
