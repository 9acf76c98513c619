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

/**
 * The buffer's length, read once per new buffer: DataView's byteLength getter
 * is a builtin call TurboFan does not inline (about 40 instructions in Node
 * 20), so flyweights keep it beside the view and check bounds against it.
 */
const CAPACITY = 'const capacity = buffer === this.$view ? this.$capacity : buffer.byteLength;';
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
    `const at = ${limit};\n${h.file.rt('requireSpace')}(this.$capacity, at, ${d.dataOffset}, ${path});\n` +
    `const length = ${getLen};\n${h.file.rt('requireVarData')}(this.$capacity, at, at + ${d.dataOffset}, length, ${path});\n` +
    `${setLimit(`at + ${d.dataOffset} + length`)}\n`;
  const add = (name: string, doc: string, sig: string, body: string): void => {
    h.names.claim(name, d.name);
    h.methods.push(`${docComment([doc])}${sig} {\n${indent(body)}\n}`);
  };
  const since = d.sinceVersion > 0 ? ` Since version ${d.sinceVersion}.` : '';
  add(`${ident}Length`, `Length of ${d.name} in bytes, without moving past it.${since}`, `${ident}Length(): number`,
    `${guard('0')}const at = ${limit};\n${h.file.rt('requireSpace')}(this.$capacity, at, ${d.dataOffset}, ${path});\nreturn ${getLen};`);
  if (d.textEncoding !== undefined) {
    const decode = d.textEncoding === 'utf8'
      ? `${h.file.rt('decodeUtf8')}(this.$bytes, at + ${d.dataOffset}, length, ${path})`
      : `${h.file.rt('decodeLatin1')}(this.$bytes, at + ${d.dataOffset}, length)`;
    add(ident, `${d.description ?? d.name} (var data ${d.id}, ${d.textEncoding === 'utf8' ? 'UTF-8' : 'one byte per char'}); moves past it.${since}`,
      `${ident}(): string`, `${guard("''")}${read}return length === 0 ? '' : ${decode};`);
  } else {
    add(`${ident}Bytes`, `${d.description ?? d.name} (var data ${d.id}) as a new array; moves past it.${since}`,
      `${ident}Bytes(): Uint8Array`, `${guard('new Uint8Array(0)')}${read}return this.$bytes.slice(at + ${d.dataOffset}, at + ${d.dataOffset} + length);`);
  }
  add(`get${capital(ident)}`, `Copies ${d.name} into dst without allocating; moves past it; returns its length.`,
    `get${capital(ident)}(dst: Uint8Array, dstOffset: number): number`,
    `${guard('0')}${read}return length === 0 ? 0 : ${h.file.rt('copyOut')}(this.$view, at + ${d.dataOffset}, length, dst, dstOffset, ${path});`);
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
      `const at = ${limit};\n${h.file.rt('requireSpace')}(this.$capacity, at, ${d.dataOffset}, ${path});\n` +
        // Empty is the usual value (ExecutionReport.Text outside rejects); it skips a runtime call that costs more than the rest.
        `let length = 0;\nif (value.length !== 0) {\n` +
        indent(
          `const room = Math.min(this.$capacity - at - ${d.dataOffset}, ${max});\n` +
            `length = ${write};\n` +
            `if (length < 0) throw ${h.file.rt('textDoesNotFit')}(${path}, at, room, ${max});`,
        ) +
        `\n}\n${finish}`);
  }
  add(`put${capital(ident)}`, `Writes ${d.name} from raw bytes.`, `put${capital(ident)}(src: Uint8Array, srcOffset: number, length: number): this`,
    `const at = ${limit};\n` +
      `if (length < 0 || length > ${max}) throw new ${h.file.rt('SbeCodecError')}(${path}, at, 'length ' + length + ' is outside 0..${max}');\n` +
      `${h.file.rt('requireSpace')}(this.$capacity, at, ${d.dataOffset} + length, ${path});\n` +
      `if (length !== 0) ${h.file.rt('copyIn')}(src, srcOffset, length, this.$view, at + ${d.dataOffset}, ${path});\n${finish}`);
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
      `${indent(`${guard}return this.$_${ident}.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, this.$actingVersion);`)}\n}`);
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
      `/** Reads the group header at the parent's limit. */\nsbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, actingVersion: number): this {\n` +
        indent(
          `const at = this.$root.sbeLimit();\n${file.rt('requireSpace')}(capacity, at, ${dim.encodedLength}, ${q});\n` +
            `this.$view = view;\nthis.$bytes = bytes;\nthis.$capacity = capacity;\nthis.$actingVersion = actingVersion;\n` +
            `const blockLength = ${getExpr(dim.blockLength.primitive, blAt, le, false)};\n` +
            `const count = ${getExpr(dim.numInGroup.primitive, nAt, le, false)};\n` +
            `${file.rt('requireBlockLength')}(blockLength, ${minBlockExpr(def, 'actingVersion')}, ${q}, at);\n` +
            `${file.rt('requireEntries')}(capacity, at + ${dim.encodedLength}, count, blockLength + ${minTrailing(def)}, ${q});\n` +
            `this.$blockLength = blockLength;\nthis.$count = count;\nthis.$index = 0;\nthis.$root.sbeSetLimit(at + ${dim.encodedLength});\nreturn this;`,
        ) +
        '\n}',
      `/** A group absent from an older version: no entries, nothing read. */\nsbeEmpty(): this {\n  this.$count = 0;\n  this.$index = 0;\n  return this;\n}`,
      `count(): number {\n  return this.$count;\n}`,
      `hasNext(): boolean {\n  return this.$index < this.$count;\n}`,
      `/** Moves to the next entry, which starts at the parent's limit. */\nnext(): this {\n` +
        indent(
          `if (this.$index >= this.$count) throw new RangeError(${q} + ': next() past the last of ' + this.$count + ' entries');\n` +
            `const at = this.$root.sbeLimit();\n${file.rt('requireSpace')}(this.$capacity, at, this.$blockLength, ${q});\n` +
            `this.$offset = at;\nthis.$root.sbeSetLimit(at + this.$blockLength);\nthis.$index++;\nreturn this;`,
        ) +
        '\n}',
      `sbeActingBlockLength(): number {\n  return this.$blockLength;\n}`,
      `sbeActingVersion(): number {\n  return this.$actingVersion;\n}`,
    );
  } else {
    const m = def as MessageDef;
    const hdrCls = file.use(`./${pascal(header.type.name)}.js`, `${pascal(header.type.name)}Decoder`);
    const { words, hdrGet } = headerReads(header, le);
    const body = (at: string): string =>
      `${file.rt('requireBlockLength')}(actingBlockLength, ${minBlockExpr(def, 'actingVersion')}, ${q}, ${at});\n` +
      `${file.rt('requireSpace')}(capacity, ${at}, actingBlockLength, ${q});\n` +
      `__VIEW__\nthis.$offset = ${at};\nthis.$actingBlockLength = actingBlockLength;\nthis.$actingVersion = actingVersion;\n` +
      `this.$limit = ${at} + actingBlockLength;\nreturn this;`;
    api.push(
      `wrap(buffer: DataView, offset: number, actingBlockLength: number = ${m.blockLength}, actingVersion: number = ${ctx.schema.version}): this {\n` +
        indent(`${CAPACITY}\n${body('offset')}`) +
        '\n}',
      `/** Reads the header at offset, checks it is this message of this schema, and wraps the body after it. */\n` +
        `wrapAndApplyHeader(buffer: DataView, offset: number, header: ${hdrCls}): this {\n` +
        indent(
          `${CAPACITY}\n${file.rt('requireSpace')}(capacity, offset, ${header.encodedLength}, ${stringLiteral(header.type.name)});\n` +
            `header.sbeWrapInBlock(buffer, offset);\n${words}` +
            `const schemaId = ${hdrGet(header.schemaId)};\nconst templateId = ${hdrGet(header.templateId)};\n` +
            `if (schemaId !== ${ctx.schema.id} || templateId !== ${m.id}) {\n` +
            `  throw ${file.rt('wrongHeader')}(offset + ${header.schemaId.offset}, schemaId, ${ctx.schema.id}, offset + ${header.templateId.offset}, templateId, ${m.id}, ${stringLiteral(m.name)});\n}\n` +
            `const actingBlockLength = ${hdrGet(header.blockLength)};\nconst actingVersion = ${hdrGet(header.version)};\n` +
            `const at = offset + ${header.encodedLength};\n${body('at')}`,
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
  state.push('private $capacity = 0;', 'private $offset = 0;');
  if (isGroup) {
    state.unshift(`private readonly $root: ${file.useType('./sbeRuntime.js', 'SbeLimitHolder')};`);
    state.push('private $blockLength = 0;', `private $actingVersion = ${ctx.schema.version};`, 'private $count = 0;', 'private $index = 0;');
  } else {
    state.push('private $limit = 0;', `private $actingBlockLength = ${def.blockLength};`, `private $actingVersion = ${ctx.schema.version};`);
  }
  const viewSet = 'if (buffer !== this.$view) this.$useBuffer(buffer, capacity);';
  if (!isGroup) all.push(useBuffer(file, usesBytes));
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

/**
 * A new buffer for a message flyweight: kept out of wrap, where it would
 * count against TurboFan's inlining budget of every function that wraps a
 * message, though it runs only when the buffer changes.
 */
function useBuffer(file: FileBuilder, usesBytes: boolean): string {
  const bytes = usesBytes ? `\n  this.$bytes = ${file.rt('bytesOf')}(buffer);` : '';
  return `private $useBuffer(buffer: DataView, capacity: number): void {\n  this.$view = buffer;${bytes}\n  this.$capacity = capacity;\n}`;
}

/**
 * How a decoder reads the header members once header.wrap has checked the
 * header's bytes: straight from the buffer (four getter calls cost more than
 * the reads), and for the usual four uint16 members as two 32-bit words,
 * each member a shift and mask of its word.
 */
function headerReads(header: HeaderDef, le: boolean): { words: string; hdrGet: (c: CountMember) => string } {
  const members = [header.blockLength, header.templateId, header.schemaId, header.version];
  const packed = members.every((c) => c.primitive.size === 2 && c.offset % 2 === 0 && c.offset - (c.offset % 4) + 4 <= header.encodedLength);
  if (!packed) return { words: '', hdrGet: (c) => getExpr(c.primitive, plus('offset', c.offset), le, false, 'buffer') };
  const used = [...new Set(members.map((c) => c.offset - (c.offset % 4)))].sort((a, b) => a - b);
  const words = used.map((w) => `const w${w} = buffer.getUint32(${plus('offset', w)}, ${le});\n`).join('');
  const hdrGet = (c: CountMember): string => {
    const w = `w${c.offset - (c.offset % 4)}`;
    const high = (c.offset % 4 === 2) === le;
    // A shift pair rather than & 0xffff, whose operand takes a 32-bit bytecode immediate.
    return high ? `${w} >>> 16` : `(${w} << 16) >>> 16`;
  };
  return { words, hdrGet };
}

/**
 * The message header is the same bytes for every message of a type, so the
 * generator lays it out once (members other than the four standard ones are
 * zero) and emits it as 32-bit stores: two for the standard 8-byte header
 * instead of four 16-bit ones.
 */
function headerWrites(header: HeaderDef, m: MessageDef, schema: Schema): string {
  const image = new DataView(new ArrayBuffer(header.encodedLength));
  const le = schema.byteOrder === 'littleEndian';
  const put = (c: CountMember, v: number): void => {
    if (c.primitive.size === 1) image.setUint8(c.offset, v);
    else if (c.primitive.size === 2) image.setUint16(c.offset, v, le);
    else if (c.primitive.size === 4) image.setUint32(c.offset, v, le);
    else image.setBigUint64(c.offset, BigInt(v), le);
  };
  put(header.blockLength, m.blockLength);
  put(header.templateId, m.id);
  put(header.schemaId, schema.id);
  put(header.version, schema.version);
  const out: string[] = [];
  let i = 0;
  for (; i + 4 <= header.encodedLength; i += 4) out.push(`buffer.setUint32(${plus('offset', i)}, 0x${image.getUint32(i, true).toString(16)}, true);`);
  for (; i < header.encodedLength; i++) out.push(`buffer.setUint8(${plus('offset', i)}, ${image.getUint8(i)});`);
  return out.join('\n');
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
      `  return this.$_${ident}.sbeWrapGroup(this.$view, this.$bytes, this.$capacity, count);\n}`);
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
      `/** Writes the group header at the parent's limit. */\nsbeWrapGroup(view: DataView, bytes: Uint8Array, capacity: number, count: number): this {\n` +
        indent(
          `const at = this.$root.sbeLimit();\n` +
            `if (!Number.isInteger(count) || count < 0 || count > ${dim.numInGroup.max}) {\n  throw new ${file.rt('SbeCodecError')}(${q}, at, 'count ' + count + ' is outside 0..${dim.numInGroup.max}');\n}\n` +
            `${file.rt('requireSpace')}(capacity, at, ${dim.encodedLength} + count * ${def.blockLength}, ${q});\n` +
            `this.$view = view;\nthis.$bytes = bytes;\nthis.$capacity = capacity;${clearDim}\n` +
            `${setStmt(dim.blockLength.primitive, blAt, String(def.blockLength), le, false)}\n` +
            `${setStmt(dim.numInGroup.primitive, nAt, 'count', le, false)}\n` +
            `this.$count = count;\nthis.$index = 0;\nthis.$root.sbeSetLimit(at + ${dim.encodedLength});\nreturn this;`,
        ) +
        '\n}',
      `count(): number {\n  return this.$count;\n}`,
      `/** Moves to the next entry, which starts at the parent's limit. */\nnext(): this {\n` +
        indent(
          `if (this.$index >= this.$count) throw new RangeError(${q} + ': next() past the last of ' + this.$count + ' entries');\n` +
            `const at = this.$root.sbeLimit();\n${file.rt('requireSpace')}(this.$capacity, at, ${def.blockLength}, ${q});\n` +
            `this.$offset = at;${zero('at')}\nthis.$root.sbeSetLimit(at + ${def.blockLength});\nthis.$index++;\nreturn this;`,
        ) +
        '\n}',
    );
  } else {
    const m = def as MessageDef;
    const hdrCls = file.use(`./${pascal(header.type.name)}.js`, `${pascal(header.type.name)}Encoder`);
    const state = (at: string): string => `__VIEW__\nthis.$offset = ${at};${zero(at)}\nthis.$limit = ${at} + ${m.blockLength};\nreturn this;`;
    api.push(
      `wrap(buffer: DataView, offset: number): this {\n${indent(`${CAPACITY}\n${file.rt('requireSpace')}(capacity, offset, ${m.blockLength}, ${q});\n${state('offset')}`)}\n}`,
      `/** Writes the message header at offset and wraps the body after it; one bounds check covers both. */\n` +
        `wrapAndApplyHeader(buffer: DataView, offset: number, header: ${hdrCls}): this {\n` +
        indent(
          `${CAPACITY}\n${file.rt('requireSpace')}(capacity, offset, ${header.encodedLength + m.blockLength}, ${q});\n` +
            `header.sbeWrapInBlock(buffer, offset);\n${headerWrites(header, m, ctx.schema)}\nconst at = offset + ${header.encodedLength};\n${state('at')}`,
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
  state.push('private $capacity = 0;', 'private $offset = 0;');
  if (isGroup) {
    state.unshift(`private readonly $root: ${file.useType('./sbeRuntime.js', 'SbeLimitHolder')};`);
    state.push('private $count = 0;', 'private $index = 0;');
  } else {
    state.push('private $limit = 0;');
  }
  const viewSet = 'if (buffer !== this.$view) this.$useBuffer(buffer, capacity);';
  if (!isGroup) all.push(useBuffer(file, usesBytes));
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
