/**
 * Accessors for fixed fields, shared by composites, messages and groups: a
 * getter or setter at a fixed offset from the host flyweight's start. Sets
 * and composites are preallocated child flyweights, so no access allocates;
 * the scalar members of a composite also get accessors on the host itself
 * (`priceMantissa()`), which read and write without a child flyweight.
 *
 * What the emitted code looks like is decided by measurement on Node 20
 * (bench/sbe, protocol/README.md "Speed"): offsets and lengths are literals,
 * DataView calls take a literal `littleEndian`, 64-bit numbers and fixed char
 * arrays are written out inline rather than through runtime helpers, and no
 * accessor checks bounds, since the host checked its whole block when it was
 * wrapped. TurboFan inlines a small accessor whole, and a method call it does
 * not inline costs more than the field access itself.
 */
import type { CompositeType, EncodedType, FieldDef } from '../schema/ir.js';
import type { Primitive } from '../schema/primitives.js';
import { docComment, indent, type FileBuilder } from './fileBuilder.js';
import { int64AsNumber, numberLiteral, stringLiteral, tsValueType, valueLiteral } from './literals.js';
import { camel, capital, pascal, type MemberNames } from './naming.js';

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

/** `base + n`, or `base` alone for 0: offsets are folded into one literal. */
export function plus(base: string, n: number): string {
  return n === 0 ? base : `${base} + ${n}`;
}

/** DataView method suffix of an integer or float primitive: `Uint16`, `Int64`, `Float32`. */
function viewType(p: Primitive): string {
  if (p.kind === 'float') return p.size === 4 ? 'Float32' : 'Float64';
  if (p.kind === 'char') return 'Uint8';
  return `${p.signed ? 'Int' : 'Uint'}${p.size * 8}`;
}

/**
 * An expression reading primitive `p` at `at` of `view`. A 64-bit number is
 * read as two 32-bit halves, hi * 2^32 + lo: exact for every safe integer and
 * for powers of two such as the int64 null, and no bigint is made.
 */
export function getExpr(p: Primitive, at: string, le: boolean, asNumber: boolean, view = 'this.$view'): string {
  if (p.size === 1) return `${view}.get${viewType(p)}(${at})`;
  if (p.size === 8 && p.kind === 'int') {
    if (!asNumber) return `${view}.getBig${viewType(p)}(${at}, ${le})`;
    const hi = `${view}.get${p.signed ? 'Int32' : 'Uint32'}(${le ? `${at} + 4` : at}, ${le})`;
    const lo = `${view}.getUint32(${le ? at : `${at} + 4`}, ${le})`;
    return `${hi} * 4294967296 + ${lo}`;
  }
  return `${view}.get${viewType(p)}(${at}, ${le})`;
}

/**
 * Statements writing `value` as primitive `p` at `at` of `view`. A 64-bit
 * number goes as two halves: the low word is `value >>> 0` (ToUint32 is exact
 * modulo 2^32 for an integral double) and the high word the exact quotient of
 * the rest; this declares `lo`, so it is emitted once per method.
 */
export function setStmt(p: Primitive, at: string, value: string, le: boolean, asNumber: boolean, view = 'this.$view'): string {
  if (p.size === 1) return `${view}.set${viewType(p)}(${at}, ${value});`;
  if (p.size === 8 && p.kind === 'int') {
    if (!asNumber) return `${view}.setBig${viewType(p)}(${at}, ${value}, ${le});`;
    const hiAt = le ? `${at} + 4` : at;
    const loAt = le ? at : `${at} + 4`;
    return `const lo = ${value} >>> 0;\n${view}.setUint32(${loAt}, lo, ${le});\n${view}.set${p.signed ? 'Int32' : 'Uint32'}(${hiAt}, (${value} - lo) / 4294967296, ${le});`;
  }
  return `${view}.set${viewType(p)}(${at}, ${value}, ${le});`;
}

/**
 * Statements copying `length` bytes between two DataViews in 32-bit words and
 * then single bytes: unrolled, since a loop over a byte array measured three
 * times slower for a 32-byte ClOrdID. Every read comes before every write:
 * TurboFan re-checks a view after any DataView store, so interleaving paid
 * the source's checks once per word (a NewOrderSingle decode went from about
 * 810 to 610 instructions). Int32 rather than Uint32: a word stays a small
 * integer in unoptimized code too, where a Uint32 above 2^31 is boxed.
 */
export function copyStmts(from: string, fromAt: string, to: string, toAt: string, length: number): string {
  const reads: string[] = [];
  const writes: string[] = [];
  let i = 0;
  for (; i + 4 <= length; i += 4) {
    reads.push(`const w${i} = ${from}.getInt32(${plus(fromAt, i)}, true);`);
    writes.push(`${to}.setInt32(${plus(toAt, i)}, w${i}, true);`);
  }
  for (; i < length; i++) {
    reads.push(`const b${i} = ${from}.getUint8(${plus(fromAt, i)});`);
    writes.push(`${to}.setUint8(${plus(toAt, i)}, b${i});`);
  }
  return [...reads, ...writes].join('\n');
}

/**
 * The caller's byte array as a DataView, for the unrolled copies: each
 * flyweight keeps the last array it was given and its view (a caller reuses
 * one scratch array, so the steady state allocates nothing), rather than one
 * cache for the program, which a decoder reading into one array and an
 * encoder writing from another would make every call miss.
 */
function arrayView(h: Host, array: string): string {
  const decls = [`private $array = ${h.file.rt('EMPTY_BYTES')};`, `private $arrayView = ${h.file.rt('EMPTY_VIEW')};`];
  if (!h.members.includes(decls[0]!)) {
    h.members.unshift(...decls);
    h.methods.push(
      `/** The caller's array as a DataView, kept for the next call. */\nprivate $viewOfArray(array: Uint8Array): DataView {\n` +
        `  this.$array = array;\n  this.$arrayView = new DataView(array.buffer, array.byteOffset, array.byteLength);\n  return this.$arrayView;\n}`,
    );
  }
  return `${array} === this.$array ? this.$arrayView : this.$viewOfArray(${array})`;
}

/** Fixed char arrays up to this length are copied by unrolled code; longer ones by a runtime loop. */
const UNROLL_MAX = 64;

/** Where one accessor goes: its name, its error path and its offset from the host's start. */
interface Site {
  readonly ident: string;
  /** The schema name that owns the member names (collisions are reported with it). */
  readonly owner: string;
  readonly path: string;
  readonly offset: number;
  readonly sinceVersion: number;
  /** A flattened composite member: skipped, rather than an error, if its name is taken. */
  readonly optionalName: boolean;
}

function claimAll(h: Host, site: Site, names: string[]): boolean {
  if (site.optionalName) {
    if (!names.every((n) => h.names.isFree(n, site.owner))) return false;
  }
  for (const n of names) h.names.claim(n, site.owner);
  return true;
}

function method(h: Host, doc: string, signature: string, body: string): void {
  h.methods.push(`${doc}${signature} {\n${indent(body)}\n}`);
}

function staticConst(h: Host, name: string, value: string): void {
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

function siteOf(f: FieldDef, h: Host): Site {
  return { ident: h.names.fieldIdent(f.name), owner: f.name, path: `${h.path}.${f.name}`, offset: f.offset, sinceVersion: f.sinceVersion, optionalName: false };
}

/** The decoder getter (and helpers) for one fixed field of a host. */
export function emitFieldDecoder(f: FieldDef, h: Host): void {
  fieldDecoder(f, h, siteOf(f, h), fieldDoc(f));
}

/** The encoder setter (and helpers) for one fixed field of a host. */
export function emitFieldEncoder(f: FieldDef, h: Host): void {
  fieldEncoder(f, h, siteOf(f, h), fieldDoc(f));
}

/** Where the flattened accessors of composite fields go: after each composite's own accessor. */
export type FlattenPoints = [number, FieldDef][];

/** Emits the accessors of `fields`; returns where their flattened accessors belong, for insertFlattened. */
export function emitFields(fields: readonly FieldDef[], h: Host, kind: 'Decoder' | 'Encoder'): FlattenPoints {
  const points: FlattenPoints = [];
  for (const f of fields) {
    if (kind === 'Decoder') emitFieldDecoder(f, h);
    else emitFieldEncoder(f, h);
    if (f.type.kind === 'composite' && f.constant === undefined) points.push([h.methods.length, f]);
  }
  return points;
}

/** Adds the flattened accessors once every other member of the host is named (so they give way on a clash). */
export function insertFlattened(points: FlattenPoints, h: Host, kind: 'Decoder' | 'Encoder'): void {
  let shift = 0;
  for (const [at, f] of points) {
    const before = h.methods.length;
    if (kind === 'Decoder') emitFlattenedDecoders(f, h);
    else emitFlattenedEncoders(f, h);
    const added = h.methods.splice(before);
    h.methods.splice(at + shift, 0, ...added);
    shift += added.length;
  }
}

/**
 * Scalar members of a composite field (recursively through nested
 * composites) as accessors on the host: `priceMantissa()`, `priceExponent()`.
 * Call after every other member of the host is named: a flattened name that
 * is already taken is left out.
 */
export function emitFlattenedDecoders(f: FieldDef, h: Host): void {
  for (const [m, site] of flattened(f, h)) fieldDecoder(m, h, site, flatDoc(f, m, site));
}

export function emitFlattenedEncoders(f: FieldDef, h: Host): void {
  for (const [m, site] of flattened(f, h)) fieldEncoder(m, h, site, flatDoc(f, m, site));
}

function flatDoc(f: FieldDef, m: FieldDef, site: Site): string {
  const since = site.sinceVersion > 0 ? `, since version ${site.sinceVersion}` : '';
  return docComment([`${site.path.slice(site.path.indexOf('.') + 1)} (${m.presence}${since}), without a child flyweight.`, f.id > 0 ? `Field ${f.id}.` : undefined]);
}

function flattened(f: FieldDef, h: Host): [FieldDef, Site][] {
  const out: [FieldDef, Site][] = [];
  const walk = (c: CompositeType, ident: string, path: string, offset: number, since: number): void => {
    for (const m of c.members) {
      if (m.constant !== undefined) continue;
      const site: Site = {
        ident: `${ident}${capital(camel(m.name))}`,
        owner: `${path}.${m.name}`,
        path: `${path}.${m.name}`,
        offset: offset + m.offset,
        sinceVersion: Math.max(since, m.sinceVersion),
        optionalName: true,
      };
      const t = m.type;
      if (t.kind === 'composite') walk(t, site.ident, site.path, site.offset, site.sinceVersion);
      else if (t.kind === 'enum' || (t.kind === 'encoded' && t.length === 1 && !isText(t))) out.push([m, site]);
    }
  };
  if (f.type.kind === 'composite' && f.constant === undefined) walk(f.type, h.names.fieldIdent(f.name), `${h.path}.${f.name}`, f.offset, f.sinceVersion);
  return out;
}

function fieldDecoder(f: FieldDef, h: Host, site: Site, doc: string): void {
  const { ident } = site;
  const at = plus('this.$offset', site.offset);
  const path = stringLiteral(site.path);
  const guard = (nullExpr: string): string =>
    site.sinceVersion > 0 ? `if (this.$actingVersion < ${site.sinceVersion}) return ${nullExpr};\n` : '';
  const t = f.type;

  if (f.constant !== undefined) {
    if (claimAll(h, site, [ident])) emitConstant(f, h, ident);
    return;
  }
  switch (t.kind) {
    case 'encoded': {
      const p = t.primitive;
      const asNumber = int64AsNumber(t, f.presence);
      const vt = tsValueType(p, asNumber);
      if (isText(t)) {
        if (!claimAll(h, site, [ident, `get${capital(ident)}`, `static ${ident}Length`])) return;
        const utf8 = t.textEncoding === 'utf8';
        method(h, fieldDoc(f, 'Text up to the first NUL.'), `${ident}(): string`,
          `${guard("''")}return ${h.file.rt('readChars')}(this.$bytes, ${at}, ${t.length}, ${utf8}, ${path});`);
        const copy = t.length <= UNROLL_MAX
          ? `const to = ${arrayView(h, 'dst')};\nconst view = this.$view;\nconst at = ${at};\n${copyStmts('view', 'at', 'to', 'dstOffset', t.length)}\nreturn ${t.length};`
          : `return ${h.file.rt('copyOut')}(this.$view, ${at}, ${t.length}, dst, dstOffset, ${path});`;
        method(h, docComment([`Copies the ${t.length} raw bytes of ${f.name} into dst; returns the count.`]),
          `get${capital(ident)}(dst: Uint8Array, dstOffset: number): number`,
          `${guard('0')}${h.file.rt('requireRoom')}(dst, dstOffset, ${t.length}, ${path}, ${at}, 'destination');\n${copy}`);
        staticConst(h, `${ident}Length`, String(t.length));
        return;
      }
      if (t.length !== 1) {
        if (!claimAll(h, site, [ident, `static ${ident}Length`])) return;
        method(h, doc, `${ident}(index: number): ${vt}`,
          `if (index < 0 || index >= ${t.length}) throw new RangeError(${path} + ': index ' + index + ' outside 0..${t.length - 1}');\n` +
            `${guard(valueLiteral(t.nullValue, p, asNumber))}return ${getExpr(p, `${at} + index * ${p.size}`, h.le, asNumber)};`);
        staticConst(h, `${ident}Length`, String(t.length));
        return;
      }
      const nullName = f.presence === 'optional' && !site.optionalName ? [`static ${ident}NullValue`] : [];
      if (!claimAll(h, site, [ident, ...nullName])) return;
      // A 64-bit number is read in the getter itself, not through a runtime function: a call nested
      // in an inlined getter ranks below every direct call of the caller in TurboFan's inlining order
      // (its frequency is the product), so in an ExecutionReport decode it was always the one left
      // out when the budget ran short, and it returned a boxed double.
      const body = p.size === 8 && asNumber
        ? `const view = this.$view;\nconst at = ${at};\nreturn ${getExpr(p, 'at', h.le, true, 'view')};`
        : `return ${getExpr(p, at, h.le, asNumber)};`;
      method(h, doc, `${ident}(): ${vt}`, `${guard(valueLiteral(t.nullValue, p, asNumber))}${body}`);
      if (nullName.length > 0) staticConst(h, `${ident}NullValue`, valueLiteral(t.nullValue, p, asNumber));
      return;
    }
    case 'enum': {
      if (!claimAll(h, site, [ident])) return;
      const enumName = h.file.use(typeModule(t.name), pascal(t.name));
      method(h, doc, `${ident}(): ${enumName}`,
        `${guard(`${enumName}.NULL_VALUE`)}return ${getExpr(t.primitive, at, h.le, false)} as ${enumName};`);
      return;
    }
    case 'set':
    case 'composite': {
      if (!claimAll(h, site, [ident])) return;
      const cls = h.file.use(typeModule(t.name), `${pascal(t.name)}Decoder`);
      const member = `$_${ident}`;
      h.members.push(`private readonly ${member} = new ${cls}();`);
      const args = t.kind === 'composite' ? `this.$view, ${at}, this.$actingVersion` : `this.$view, ${at}`;
      method(h, doc, `${ident}(): ${cls}${site.sinceVersion > 0 ? ' | null' : ''}`,
        `${guard('null')}return this.${member}.sbeWrapInBlock(${args});`);
      return;
    }
  }
}

function fieldEncoder(f: FieldDef, h: Host, site: Site, doc: string): void {
  const { ident } = site;
  const at = plus('this.$offset', site.offset);
  const path = stringLiteral(site.path);
  const t = f.type;
  if (f.constant !== undefined) {
    if (claimAll(h, site, [ident])) emitConstant(f, h, ident);
    return;
  }
  switch (t.kind) {
    case 'encoded': {
      const p = t.primitive;
      const asNumber = int64AsNumber(t, f.presence);
      const vt = tsValueType(p, asNumber);
      if (isText(t)) {
        if (!claimAll(h, site, [ident, `put${capital(ident)}`, `static ${ident}Length`])) return;
        const utf8 = t.textEncoding === 'utf8';
        method(h, fieldDoc(f, 'Writes the text and NUL-pads the rest.'), `${ident}(value: string): this`,
          `${h.file.rt('writeChars')}(this.$view, ${at}, ${t.length}, value, ${utf8}, ${path});\nreturn this;`);
        const copy = t.length <= UNROLL_MAX
          ? `const from = ${arrayView(h, 'src')};\nconst view = this.$view;\nconst at = ${at};\n${copyStmts('from', 'srcOffset', 'view', 'at', t.length)}`
          : `${h.file.rt('copyIn')}(src, srcOffset, ${t.length}, this.$view, ${at}, ${path});`;
        method(h, docComment([`Copies ${t.length} raw bytes from src.`]), `put${capital(ident)}(src: Uint8Array, srcOffset: number): this`,
          `${h.file.rt('requireRoom')}(src, srcOffset, ${t.length}, ${path}, ${at}, 'source');\n${copy}\nreturn this;`);
        staticConst(h, `${ident}Length`, String(t.length));
        return;
      }
      if (t.length !== 1) {
        if (!claimAll(h, site, [ident, `static ${ident}Length`])) return;
        method(h, doc, `${ident}(index: number, value: ${vt}): this`,
          `if (index < 0 || index >= ${t.length}) throw new RangeError(${path} + ': index ' + index + ' outside 0..${t.length - 1}');\n` +
            `${setStmt(p, `${at} + index * ${p.size}`, 'value', h.le, asNumber)}\nreturn this;`);
        staticConst(h, `${ident}Length`, String(t.length));
        return;
      }
      const nullName = f.presence === 'optional' && !site.optionalName ? [`static ${ident}NullValue`] : [];
      if (!claimAll(h, site, [ident, ...nullName])) return;
      const body = p.size === 8 && asNumber
        ? `const view = this.$view;\nconst at = ${at};\n${setStmt(p, 'at', 'value', h.le, true, 'view')}`
        : setStmt(p, at, 'value', h.le, asNumber);
      method(h, doc, `${ident}(value: ${vt}): this`, `${body}\nreturn this;`);
      if (nullName.length > 0) staticConst(h, `${ident}NullValue`, valueLiteral(t.nullValue, p, asNumber));
      return;
    }
    case 'enum': {
      if (!claimAll(h, site, [ident])) return;
      const enumName = h.file.use(typeModule(t.name), pascal(t.name));
      method(h, doc, `${ident}(value: ${enumName}): this`, `${setStmt(t.primitive, at, 'value', h.le, false)}\nreturn this;`);
      return;
    }
    case 'set':
    case 'composite': {
      if (!claimAll(h, site, [ident])) return;
      const cls = h.file.use(typeModule(t.name), `${pascal(t.name)}Encoder`);
      const member = `$_${ident}`;
      h.members.push(`private readonly ${member} = new ${cls}();`);
      method(h, doc, `${ident}(): ${cls}`, `return this.${member}.sbeWrapInBlock(this.$view, ${at});`);
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
      method(h, doc, `${ident}(): ${enumName}`, `return ${enumName}.${enumMemberName(c.name)};`);
      return;
    }
    case 'string':
      method(h, doc, `${ident}(): string`, `return ${stringLiteral(c.value)};`);
      return;
    case 'number': {
      const p = (t as EncodedType).primitive;
      const asNumber = typeof c.value === 'number' || (c.value >= -BigInt(Number.MAX_SAFE_INTEGER) && c.value <= BigInt(Number.MAX_SAFE_INTEGER));
      const vt = tsValueType(p, asNumber);
      method(h, doc, `${ident}(): ${vt}`, `return ${vt === 'bigint' ? `${BigInt(c.value)}n` : numberLiteral(c.value)};`);
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
