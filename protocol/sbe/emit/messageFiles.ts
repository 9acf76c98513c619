/**
 * One file per message: the message's encoder and decoder, and a class pair
 * per repeating group (nested groups included). Groups and var data follow
 * the fixed block in schema order; the message holds the running limit, and
 * group flyweights read and move it, as in the reference tool's Java.
 */
import type { BlockDef, CountMember, DataDef, GroupDef, HeaderDef, MessageDef, Schema } from '../schema/ir.js';
import { minBlockLength } from '../schema/ir.js';
import { emitFields, getExpr, insertFlattened, plus, setStmt, type Host } from './accessors.js';
import { FileBuilder, docComment, indent } from './fileBuilder.js';
import { MemberNames, capital, pascal } from './naming.js';
import { stringLiteral } from './literals.js';
import { gaps } from './typeFiles.js';

const MESSAGE_API = ['wrap', 'wrapAndApplyHeader'];
const GROUP_API = ['count', 'hasNext', 'next'];

interface BlockCtx {
  readonly schema: Schema;
  readonly file: FileBuilder;
  readonly le: boolean;
  readonly isGroup: boolean;
  readonly path: string;
  readonly cls: string;
}

/** `actingVersion >= 2 ? 30 : actingVersion >= 1 ? 22 : 18`: the fixed bytes each version needs. */
function minBlockExpr(def: BlockDef, versionVar: string): string {
  const versions = [...new Set(def.fields.map((f) => f.sinceVersion).filter((v) => v > 0))].sort((a, b) => b - a);
  let expr = String(minBlockLength(def, 0));
  for (const v of versions.reverse()) expr = `${versionVar} >= ${v} ? ${minBlockLength(def, v)} : ${expr}`;
  return expr;
}

/** Bytes every entry needs after its block at the oldest version: nested group headers and var-data lengths. */
function minTrailing(def: BlockDef): number {
  let n = 0;
  for (const g of def.groups) if (g.sinceVersion <= def.sinceVersion) n += g.dimension.encodedLength;
  for (const d of def.data) if (d.sinceVersion <= def.sinceVersion) n += d.dataOffset;
  return n;
}

/**
 * A group keeps the parent's byte array only when an accessor reads it: the
 * project compiles with noUnusedLocals, which rejects a private field that is
 * written and never read.
 */
function dropUnusedBytes(methods: string[]): { all: string[]; usesBytes: boolean } {
  const assign = '\nthis.$bytes = bytes;';
  const usesBytes = methods.some((t) => t.replaceAll(indent(assign), '').includes('this.$bytes'));
  return { all: usesBytes ? methods : methods.map((t) => t.replaceAll(indent(assign), '')), usesBytes };
}

function classText(doc: string, name: string, implementsClause: string, parts: string[]): string {
  return `${doc}export class ${name}${implementsClause} {\n${indent(parts.filter((p) => p !== '').join('\n\n'))}\n}`;
}

function varDataDecoder(d: DataDef, h: Host, limit: string, setLimit: (v: string) => string): void {
  const ident = h.names.fieldIdent(d.name);
  const path = stringLiteral(`${h.path}.${d.name}`);
  const lenAt = d.length.offset === 0 ? 'at' : `at + ${d.length.offset}`;
  const getLen = getExpr(d.length.primitive, lenAt, h.le, false);
  const guard = (v: string): string => (d.sinceVersion > 0 ? `if (this.$actingVersion < ${d.sinceVersion}) return ${v};\n` : '');
  const read =
    `const at = ${limit};\n${h.file.rt('requireSpace')}(this.$view, at, ${d.dataOffset}, ${path});\n` +
    `const length = ${getLen};\n${h.file.rt('requireVarData')}(this.$view, at, at + ${d.dataOffset}, length, ${path});\n` +
    `${setLimit(`at + ${d.dataOffset} + length`)}\n`;
  const add = (name: string, doc: string, sig: string, body: string): void => {
    h.names.claim(name, d.name);
    h.methods.push(`${docComment([doc])}${sig} {\n${indent(body)}\n}`);
  };
  const since = d.sinceVersion > 0 ? ` Since version ${d.sinceVersion}.` : '';
  add(`${ident}Length`, `Length of ${d.name} in bytes, without moving past it.${since}`, `${ident}Length(): number`,
    `${guard('0')}const at = ${limit};\n${h.file.rt('requireSpace')}(this.$view, at, ${d.dataOffset}, ${path});\nreturn ${getLen};`);
  if (d.textEncoding !== undefined) {
    const decode = d.textEncoding === 'utf8'
      ? `${h.file.rt('decodeUtf8')}(this.$bytes, at + ${d.dataOffset}, length, ${path})`
      : `${h.file.rt('decodeLatin1')}(this.$bytes, at + ${d.dataOffset}, length)`;
    add(ident, `${d.description ?? d.name} (var data ${d.id}, ${d.textEncoding === 'utf8' ? 'UTF-8' : 'one byte per char'}); moves past it.${since}`,
      `${ident}(): string`, `${guard("''")}${read}return ${decode};`);
  } else {
    add(`${ident}Bytes`, `${d.description ?? d.name} (var data ${d.id}) as a new array; moves past it.${since}`,
      `${ident}Bytes(): Uint8Array`, `${guard('new Uint8Array(0)')}${read}return this.$bytes.slice(at + ${d.dataOffset}, at + ${d.dataOffset} + length);`);
  }
  add(`get${capital(ident)}`, `Copies ${d.name} into dst without allocating; moves past it; returns its length.`,
    `get${capital(ident)}(dst: Uint8Array, dstOffset: number): number`,
    `${guard('0')}${read}return ${h.file.rt('copyOut')}(this.$view, at + ${d.dataOffset}, length, dst, dstOffset, ${path});`);
  add(`skip${capital(ident)}`, `Moves past ${d.name}; returns its length.`, `skip${capital(ident)}(): number`, `${guard('0')}${read}return length;`);
}

function varDataEncoder(d: DataDef, h: Host, limit: string, setLimit: (v: string) => string): void {
  const ident = h.names.fieldIdent(d.name);
  const path = stringLiteral(`${h.path}.${d.name}`);
  const max = d.length.max;
  const lenAt = d.length.offset === 0 ? 'at' : `at + ${d.length.offset}`;
  const clearHeader = d.dataOffset > d.length.primitive.size ? `this.$bytes.fill(0, at, at + ${d.dataOffset});\n` : '';
  const finish = `${clearHeader}${setStmt(d.length.primitive, lenAt, 'length', h.le, false)}\n${setLimit(`at + ${d.dataOffset} + length`)}\nreturn this;`;
  const add = (name: string, doc: string, sig: string, body: string): void => {
    h.names.claim(name, d.name);
    h.methods.push(`${docComment([doc])}${sig} {\n${indent(body)}\n}`);
  };
  if (d.textEncoding !== undefined) {
    const write = d.textEncoding === 'utf8'
      ? `${h.file.rt('encodeUtf8Into')}(this.$bytes, at + ${d.dataOffset}, room, value)`
      : `value.length > room ? -1 : ${h.file.rt('writeLatin1')}(this.$bytes, at + ${d.dataOffset}, room, value, ${path})`;
    add(ident, `Writes ${d.name} (var data ${d.id}) after what is already written.`, `${ident}(value: string): this`,
      `const at = ${limit};\n${h.file.rt('requireSpace')}(this.$view, at, ${d.dataOffset}, ${path});\n` +
        `const room = Math.min(this.$view.byteLength - at - ${d.dataOffset}, ${max});\n` +
        `const length = ${write};\n` +
        `if (length < 0) throw ${h.file.rt('textDoesNotFit')}(${path}, at, room, ${max});\n` +
        finish);
  }
  add(`put${capital(ident)}`, `Writes ${d.name} from raw bytes.`, `put${capital(ident)}(src: Uint8Array, srcOffset: number, length: number): this`,
    `const at = ${limit};\n` +
      `if (length < 0 || length > ${max}) throw new ${h.file.rt('SbeCodecError')}(${path}, at, 'length ' + length + ' is outside 0..${max}');\n` +
      `${h.file.rt('requireSpace')}(this.$view, at, ${d.dataOffset} + length, ${path});\n` +
      `${h.file.rt('copyIn')}(src, srcOffset, length, this.$view, at + ${d.dataOffset}, ${path});\n${finish}`);
}

/** Emits the decoder class of a block (and, recursively, of its groups); returns the class texts. */
function blockDecoder(def: BlockDef, ctx: BlockCtx, header: HeaderDef): string[] {
  const { file, le, isGroup, path, cls } = ctx;
  const h: Host = { file, names: new MemberNames(cls, isGroup ? GROUP_API : MESSAGE_API), path, le, members: [], methods: [] };
  const nested: string[] = [];
  const ctor: string[] = [];
  const flat = emitFields(def.fields, h, 'Decoder');
  for (const g of def.groups) {
    const ident = h.names.fieldIdent(g.name);
    const gCls = `${cls.replace(/Decoder$/, '')}${pascal(g.name)}Decoder`;
    nested.push(...blockDecoder(g, { ...ctx, isGroup: true, path: `${path}.${g.name}`, cls: gCls }, header));
    if (isGroup) {
      h.members.push(`private readonly $_${ident}: ${gCls};`);
      ctor.push(`this.$_${ident} = new ${gCls}(root);`);
    } else {
      h.members.push(`private readonly $_${ident} = new ${gCls}(this);`);
    }
    const guard = g.sinceVersion > 0 ? `if (this.$actingVersion < ${g.sinceVersion}) return this.$_${ident}.sbeEmpty();\n` : '';
    h.names.claim(ident, g.name);
    h.methods.push(`${docComment([g.description, `Group ${g.id}: reads its header and moves past it; call next() per entry.`])}${ident}(): ${gCls} {\n` +
      `${indent(`${guard}return this.$_${ident}.sbeWrapGroup(this.$view, this.$bytes, this.$actingVersion);`)}\n}`);
  }
  const limit = isGroup ? 'this.$root.sbeLimit()' : 'this.$limit';
  const setLimit = (v: string): string => (isGroup ? `this.$root.sbeSetLimit(${v});` : `this.$limit = ${v};`);
  for (const d of def.data) varDataDecoder(d, h, limit, setLimit);
  insertFlattened(flat, h, 'Decoder');

  const api: string[] = [];
  const q = stringLiteral(path);
  if (isGroup) {
    const g = def as GroupDef;
    const dim = g.dimension;
    const blAt = dim.blockLength.offset === 0 ? 'at' : `at + ${dim.blockLength.offset}`;
    const nAt = dim.numInGroup.offset === 0 ? 'at' : `at + ${dim.numInGroup.offset}`;
    api.push(
      `constructor(root: ${file.useType('./sbeRuntime.js', 'SbeLimitHolder')}) {\n${indent(['this.$root = root;', ...ctor].join('\n'))}\n}`,
      `/** Reads the group header at the parent's limit. */\nsbeWrapGroup(view: DataView, bytes: Uint8Array, actingVersion: number): this {\n` +
        indent(
          `const at = this.$root.sbeLimit();\n${file.rt('requireSpace')}(view, at, ${dim.encodedLength}, ${q});\n` +
            `this.$view = view;\nthis.$bytes = bytes;\nthis.$actingVersion = actingVersion;\n` +
            `const blockLength = ${getExpr(dim.blockLength.primitive, blAt, le, false)};\n` +
            `const count = ${getExpr(dim.numInGroup.primitive, nAt, le, false)};\n` +
            `${file.rt('requireBlockLength')}(blockLength, ${minBlockExpr(def, 'actingVersion')}, ${q}, at);\n` +
            `${file.rt('requireEntries')}(view, at + ${dim.encodedLength}, count, blockLength + ${minTrailing(def)}, ${q});\n` +
            `this.$blockLength = blockLength;\nthis.$count = count;\nthis.$index = 0;\nthis.$root.sbeSetLimit(at + ${dim.encodedLength});\nreturn this;`,
        ) +
        '\n}',
      `/** A group absent from an older version: no entries, nothing read. */\nsbeEmpty(): this {\n  this.$count = 0;\n  this.$index = 0;\n  return this;\n}`,
      `count(): number {\n  return this.$count;\n}`,
      `hasNext(): boolean {\n  return this.$index < this.$count;\n}`,
      `/** Moves to the next entry, which starts at the parent's limit. */\nnext(): this {\n` +
        indent(
          `if (this.$index >= this.$count) throw new RangeError(${q} + ': next() past the last of ' + this.$count + ' entries');\n` +
            `const at = this.$root.sbeLimit();\n${file.rt('requireSpace')}(this.$view, at, this.$blockLength, ${q});\n` +
            `this.$offset = at;\nthis.$root.sbeSetLimit(at + this.$blockLength);\nthis.$index++;\nreturn this;`,
        ) +
        '\n}',
      `sbeActingBlockLength(): number {\n  return this.$blockLength;\n}`,
      `sbeActingVersion(): number {\n  return this.$actingVersion;\n}`,
    );
  } else {
    const m = def as MessageDef;
    const hdrCls = file.use(`./${pascal(header.type.name)}.js`, `${pascal(header.type.name)}Decoder`);
    // Header members are read straight from the buffer once header.wrap has checked its bytes: four getter calls cost more than the reads.
    const hdrGet = (c: CountMember): string => getExpr(c.primitive, plus('offset', c.offset), le, false, 'buffer');
    api.push(
      `wrap(buffer: DataView, offset: number, actingBlockLength: number = ${m.blockLength}, actingVersion: number = ${ctx.schema.version}): this {\n` +
        indent(
          `${file.rt('requireBlockLength')}(actingBlockLength, ${minBlockExpr(def, 'actingVersion')}, ${q}, offset);\n` +
            `${file.rt('requireSpace')}(buffer, offset, actingBlockLength, ${q});\n` +
            `__VIEW__\nthis.$offset = offset;\nthis.$actingBlockLength = actingBlockLength;\nthis.$actingVersion = actingVersion;\n` +
            `this.$limit = offset + actingBlockLength;\nreturn this;`,
        ) +
        '\n}',
      `/** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */\n` +
        `wrapAndApplyHeader(buffer: DataView, offset: number, header: ${hdrCls}): this {\n` +
        indent(
          `header.wrap(buffer, offset);\n` +
            `const schemaId = ${hdrGet(header.schemaId)};\n` +
            `if (schemaId !== ${ctx.schema.id}) throw ${file.rt('wrongSchemaId')}(offset + ${header.schemaId.offset}, schemaId, ${ctx.schema.id});\n` +
            `const templateId = ${hdrGet(header.templateId)};\n` +
            `if (templateId !== ${m.id}) throw ${file.rt('wrongTemplateId')}(offset + ${header.templateId.offset}, templateId, ${m.id}, ${stringLiteral(m.name)});\n` +
            `return this.wrap(buffer, offset + ${header.encodedLength}, ${hdrGet(header.blockLength)}, ${hdrGet(header.version)});`,
        ) +
        '\n}',
      `sbeLimit(): number {\n  return this.$limit;\n}`,
      `sbeSetLimit(limit: number): void {\n  this.$limit = limit;\n}`,
      `/** Bytes from the start of the block to the limit (header excluded). */\nsbeEncodedLength(): number {\n  return this.$limit - this.$offset;\n}`,
      `sbeActingBlockLength(): number {\n  return this.$actingBlockLength;\n}`,
      `sbeActingVersion(): number {\n  return this.$actingVersion;\n}`,
    );
  }
  api.push(`sbeOffset(): number {\n  return this.$offset;\n}`, `sbeBuffer(): DataView {\n  return this.$view;\n}`);
  const { all, usesBytes } = dropUnusedBytes([...api, ...h.methods]);
  const state = [`private $view = ${file.rt('EMPTY_VIEW')};`];
  if (usesBytes) state.push(`private $bytes = ${file.rt('EMPTY_BYTES')};`);
  state.push('private $offset = 0;');
  if (isGroup) {
    state.unshift(`private readonly $root: ${file.useType('./sbeRuntime.js', 'SbeLimitHolder')};`);
    state.push('private $blockLength = 0;', `private $actingVersion = ${ctx.schema.version};`, 'private $count = 0;', 'private $index = 0;');
  } else {
    state.push('private $limit = 0;', `private $actingBlockLength = ${def.blockLength};`, `private $actingVersion = ${ctx.schema.version};`);
  }
  const viewSet = usesBytes
    ? `if (buffer !== this.$view) {\n  this.$view = buffer;\n  this.$bytes = ${file.rt('bytesOf')}(buffer);\n}`
    : 'this.$view = buffer;';
  const statics = staticsOf(def, ctx);
  const text = classText(
    docComment([def.description, isGroup ? `Entries of group ${path}.` : `Decodes message ${def.name} (templateId ${def.id}).`]),
    cls,
    isGroup ? '' : ` implements ${file.useType('./sbeRuntime.js', 'SbeLimitHolder')}`,
    [statics, state.join('\n'), h.members.join('\n'), ...all.map((t) => t.replace('__VIEW__', indent(viewSet).trimStart()))],
  );
  return [text, ...nested];
}

function staticsOf(def: BlockDef, ctx: BlockCtx): string {
  const s = [`static readonly BLOCK_LENGTH = ${def.blockLength};`];
  if (ctx.isGroup) {
    const g = def as GroupDef;
    s.push(`static readonly HEADER_SIZE = ${g.dimension.encodedLength};`, `static readonly MAX_COUNT = ${g.dimension.numInGroup.max};`);
  } else {
    s.push(
      `static readonly TEMPLATE_ID = ${def.id};`,
      `static readonly SCHEMA_ID = ${ctx.schema.id};`,
      `static readonly SCHEMA_VERSION = ${ctx.schema.version};`,
      `static readonly NAME = ${stringLiteral(def.name)};`,
    );
  }
  return s.join('\n');
}

function blockEncoder(def: BlockDef, ctx: BlockCtx, header: HeaderDef): string[] {
  const { file, le, isGroup, path, cls } = ctx;
  const h: Host = { file, names: new MemberNames(cls, isGroup ? GROUP_API : MESSAGE_API), path, le, members: [], methods: [] };
  const nested: string[] = [];
  const ctor: string[] = [];
  const flat = emitFields(def.fields, h, 'Encoder');
  for (const g of def.groups) {
    const ident = h.names.fieldIdent(g.name);
    const gCls = `${cls.replace(/Encoder$/, '')}${pascal(g.name)}Encoder`;
    nested.push(...blockEncoder(g, { ...ctx, isGroup: true, path: `${path}.${g.name}`, cls: gCls }, header));
    if (isGroup) {
      h.members.push(`private readonly $_${ident}: ${gCls};`);
      ctor.push(`this.$_${ident} = new ${gCls}(root);`);
    } else {
      h.members.push(`private readonly $_${ident} = new ${gCls}(this);`);
    }
    h.names.claim(`${ident}Count`, g.name);
    h.methods.push(`${docComment([g.description, `Group ${g.id}: writes its header for count entries; call next() before each.`])}${ident}Count(count: number): ${gCls} {\n` +
      `  return this.$_${ident}.sbeWrapGroup(this.$view, this.$bytes, count);\n}`);
  }
  const limit = isGroup ? 'this.$root.sbeLimit()' : 'this.$limit';
  const setLimit = (v: string): string => (isGroup ? `this.$root.sbeSetLimit(${v});` : `this.$limit = ${v};`);
  for (const d of def.data) varDataEncoder(d, h, limit, setLimit);
  insertFlattened(flat, h, 'Encoder');

  const q = stringLiteral(path);
  const zero = (base: string): string => gaps(def.fields, def.blockLength).map(([s, e]) => `\nthis.$bytes.fill(0, ${base} + ${s}, ${base} + ${e});`).join('');
  const api: string[] = [];
  if (isGroup) {
    const g = def as GroupDef;
    const dim = g.dimension;
    const blAt = dim.blockLength.offset === 0 ? 'at' : `at + ${dim.blockLength.offset}`;
    const nAt = dim.numInGroup.offset === 0 ? 'at' : `at + ${dim.numInGroup.offset}`;
    const clearDim = dim.encodedLength > dim.blockLength.primitive.size + dim.numInGroup.primitive.size
      ? `\nbytes.fill(0, at, at + ${dim.encodedLength});`
      : '';
    api.push(
      `constructor(root: ${file.useType('./sbeRuntime.js', 'SbeLimitHolder')}) {\n${indent(['this.$root = root;', ...ctor].join('\n'))}\n}`,
      `/** Writes the group header at the parent's limit. */\nsbeWrapGroup(view: DataView, bytes: Uint8Array, count: number): this {\n` +
        indent(
          `const at = this.$root.sbeLimit();\n` +
            `if (!Number.isInteger(count) || count < 0 || count > ${dim.numInGroup.max}) {\n  throw new ${file.rt('SbeCodecError')}(${q}, at, 'count ' + count + ' is outside 0..${dim.numInGroup.max}');\n}\n` +
            `${file.rt('requireSpace')}(view, at, ${dim.encodedLength} + count * ${def.blockLength}, ${q});\n` +
            `this.$view = view;\nthis.$bytes = bytes;${clearDim}\n` +
            `${setStmt(dim.blockLength.primitive, blAt, String(def.blockLength), le, false)}\n` +
            `${setStmt(dim.numInGroup.primitive, nAt, 'count', le, false)}\n` +
            `this.$count = count;\nthis.$index = 0;\nthis.$root.sbeSetLimit(at + ${dim.encodedLength});\nreturn this;`,
        ) +
        '\n}',
      `count(): number {\n  return this.$count;\n}`,
      `/** Moves to the next entry, which starts at the parent's limit. */\nnext(): this {\n` +
        indent(
          `if (this.$index >= this.$count) throw new RangeError(${q} + ': next() past the last of ' + this.$count + ' entries');\n` +
            `const at = this.$root.sbeLimit();\n${file.rt('requireSpace')}(this.$view, at, ${def.blockLength}, ${q});\n` +
            `this.$offset = at;${zero('at')}\nthis.$root.sbeSetLimit(at + ${def.blockLength});\nthis.$index++;\nreturn this;`,
        ) +
        '\n}',
    );
  } else {
    const m = def as MessageDef;
    const hdrCls = file.use(`./${pascal(header.type.name)}.js`, `${pascal(header.type.name)}Encoder`);
    // Written straight to the buffer once header.wrap has checked its bytes, as the decoder reads them.
    const hdrSet = (c: CountMember, v: number): string => setStmt(c.primitive, plus('offset', c.offset), String(v), le, false, 'buffer');
    const extraHeader = header.type.members.some((x) => !['blockLength', 'templateId', 'schemaId', 'version'].includes(x.name));
    api.push(
      `wrap(buffer: DataView, offset: number): this {\n` +
        indent(
          `${file.rt('requireSpace')}(buffer, offset, ${m.blockLength}, ${q});\n__VIEW__\n` +
            `this.$offset = offset;${zero('offset')}\nthis.$limit = offset + ${m.blockLength};\nreturn this;`,
        ) +
        '\n}',
      `/** Writes the message header at offset and wraps the body after it. */\n` +
        `wrapAndApplyHeader(buffer: DataView, offset: number, header: ${hdrCls}): this {\n` +
        indent(
          `header.wrap(buffer, offset);\n` +
            `this.wrap(buffer, offset + ${header.encodedLength});\n` +
            (extraHeader ? `this.$bytes.fill(0, offset, offset + ${header.encodedLength});\n` : '') +
            `${hdrSet(header.blockLength, m.blockLength)}\n${hdrSet(header.templateId, m.id)}\n${hdrSet(header.schemaId, ctx.schema.id)}\n${hdrSet(header.version, ctx.schema.version)}\n` +
            'return this;',
        ) +
        '\n}',
      `sbeLimit(): number {\n  return this.$limit;\n}`,
      `sbeSetLimit(limit: number): void {\n  this.$limit = limit;\n}`,
      `/** Bytes from the start of the block to the limit (header excluded). */\nsbeEncodedLength(): number {\n  return this.$limit - this.$offset;\n}`,
    );
  }
  api.push(`sbeOffset(): number {\n  return this.$offset;\n}`, `sbeBuffer(): DataView {\n  return this.$view;\n}`);
  const { all, usesBytes } = dropUnusedBytes([...api, ...h.methods]);
  const state = [`private $view = ${file.rt('EMPTY_VIEW')};`];
  if (usesBytes) state.push(`private $bytes = ${file.rt('EMPTY_BYTES')};`);
  state.push('private $offset = 0;');
  if (isGroup) {
    state.unshift(`private readonly $root: ${file.useType('./sbeRuntime.js', 'SbeLimitHolder')};`);
    state.push('private $count = 0;', 'private $index = 0;');
  } else {
    state.push('private $limit = 0;');
  }
  const viewSet = usesBytes
    ? `if (buffer !== this.$view) {\n  this.$view = buffer;\n  this.$bytes = ${file.rt('bytesOf')}(buffer);\n}`
    : 'this.$view = buffer;';
  const text = classText(
    docComment([def.description, isGroup ? `Entries of group ${path}.` : `Encodes message ${def.name} (templateId ${def.id}).`]),
    cls,
    isGroup ? '' : ` implements ${file.useType('./sbeRuntime.js', 'SbeLimitHolder')}`,
    [staticsOf(def, ctx), state.join('\n'), h.members.join('\n'), ...all.map((t) => t.replace('__VIEW__', indent(viewSet).trimStart()))],
  );
  return [text, ...nested];
}

export function messageFile(m: MessageDef, schema: Schema, banner: string): FileBuilder {
  const name = pascal(m.name);
  const file = new FileBuilder(`${name}.ts`, banner);
  const le = schema.byteOrder === 'littleEndian';
  const base = { schema, file, le, isGroup: false, path: m.name };
  const classes = [
    ...blockDecoder(m, { ...base, cls: `${name}Decoder` }, schema.header),
    ...blockEncoder(m, { ...base, cls: `${name}Encoder` }, schema.header),
  ];
  file.add(...classes);
  return file;
}
