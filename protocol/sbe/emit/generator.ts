/**
 * The SBE code generator: a resolved schema in, a set of TypeScript files out
 * (one per message and per named enum, set and composite, the runtime they
 * share, and an index). Output depends only on the schema, so regenerating
 * gives byte-identical files; a test holds the committed copies to that.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Schema, TypeDef } from '../schema/ir.js';
import { SbeSchemaError } from '../schema/schemaError.js';
import type { FileBuilder } from './fileBuilder.js';
import { messageFile } from './messageFiles.js';
import { pascal } from './naming.js';
import { compositeFile, enumFile, setFile } from './typeFiles.js';

export const GENERATED_MARK = '// generated, do not edit';

export type GeneratedFiles = ReadonlyMap<string, string>;

/** Named enums, sets and composites, top-level ones first, then those declared inside composites. */
function typesToEmit(schema: Schema): TypeDef[] {
  const byName = new Map<string, TypeDef>();
  const visit = (t: TypeDef): void => {
    if (t.kind === 'encoded') return;
    const seen = byName.get(pascal(t.name));
    if (seen !== undefined) {
      if (seen !== t) throw new SbeSchemaError(`two different types generate the class name ${pascal(t.name)} ("${seen.name}", "${t.name}")`);
      return;
    }
    byName.set(pascal(t.name), t);
    if (t.kind === 'composite') for (const m of t.members) visit(m.type);
  };
  for (const t of schema.types.values()) visit(t);
  return [...byName.values()];
}

/**
 * The runtime is one hand-written source file, copied beside the generated
 * code. From dist/ the .ts is not there, so look for it in the source tree the
 * build came from.
 */
function runtimeSource(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '../runtime/sbeRuntime.ts')];
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) {
    candidates.push(join(dir, 'protocol/sbe/runtime/sbeRuntime.ts'));
  }
  for (const c of candidates) if (existsSync(c)) return readFileSync(c, 'utf8');
  throw new Error(`cannot find protocol/sbe/runtime/sbeRuntime.ts near ${here}`);
}

export function generate(schema: Schema, schemaFile: string): GeneratedFiles {
  const banner =
    `${GENERATED_MARK}: made by the project's SBE generator (npm run sbe:generate) from ${basename(schemaFile)},\n` +
    `// schema "${schema.package}" id ${schema.id} version ${schema.version}, ${schema.byteOrder}.`;
  const le = schema.byteOrder === 'littleEndian';
  const builders: FileBuilder[] = [];
  for (const t of typesToEmit(schema)) {
    if (t.kind === 'enum') builders.push(enumFile(t, banner));
    else if (t.kind === 'set') builders.push(setFile(t, banner, le));
    else if (t.kind === 'composite') builders.push(compositeFile(t, banner, le, schema.version));
  }
  for (const m of schema.messages) builders.push(messageFile(m, schema, banner));

  const files = new Map<string, string>();
  for (const b of builders) {
    if (files.has(b.fileName)) throw new SbeSchemaError(`two schema elements generate the file ${b.fileName}`);
    files.set(b.fileName, b.render());
  }
  files.set('sbeRuntime.ts', `${banner}\n${runtimeSource()}`);
  const index = [
    banner,
    '',
    `export const SCHEMA_ID = ${schema.id};`,
    `export const SCHEMA_VERSION = ${schema.version};`,
    `export const SCHEMA_PACKAGE = '${schema.package.replace(/'/g, "\\'")}';`,
    `export const BYTE_ORDER = '${schema.byteOrder}';`,
    '',
    ...[...files.keys()].sort().map((f) => `export * from './${f.replace(/\.ts$/, '.js')}';`),
    '',
  ];
  files.set('index.ts', index.join('\n'));
  return new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Writes the files and removes generated files left from an earlier schema; other files are kept. */
export function writeGenerated(outDir: string, files: GeneratedFiles): void {
  mkdirSync(outDir, { recursive: true });
  for (const name of readdirSync(outDir)) {
    if (!name.endsWith('.ts') || files.has(name)) continue;
    const path = join(outDir, name);
    if (readFileSync(path, 'utf8').startsWith(GENERATED_MARK)) rmSync(path);
  }
  for (const [name, text] of files) writeFileSync(join(outDir, name), text);
}
