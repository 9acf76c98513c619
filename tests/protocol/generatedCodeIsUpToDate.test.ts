/**
 * Committed generated code is exactly what the generator makes from its
 * schema today, and freshly generated code compiles under the project's
 * strict compiler settings.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED_MARK, generate, writeGenerated } from '../../protocol/sbe/emit/generator.js';
import { loadSchema } from '../../protocol/sbe/schema/schemaParser.js';
import { GENERATED_SETS } from './support/generatedSets.js';
import { CAR_SCHEMA, REPO_ROOT } from './support/paths.js';

describe.each(GENERATED_SETS.map((s) => [s.dir.slice(REPO_ROOT.length + 1), s] as const))('generated code in %s', (_, set) => {
  const files = generate(loadSchema(set.schema), set.schema);

  it('matches the generator output byte for byte, file for file', () => {
    const committed = readdirSync(set.dir).filter((f) => f.endsWith('.ts')).sort();
    expect(committed).toEqual([...files.keys()]);
    for (const [name, text] of files) expect(readFileSync(join(set.dir, name), 'utf8'), name).toBe(text);
  });

  it('says it is generated at the top of every file', () => {
    for (const text of files.values()) expect(text.startsWith(GENERATED_MARK)).toBe(true);
  });
});

describe('freshly generated code', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sbe-car-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles under tsc strict with noUnusedLocals', () => {
    writeGenerated(dir, generate(loadSchema(CAR_SCHEMA), CAR_SCHEMA));
    writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
    const program = ts.createProgram(
      readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)),
      {
        target: ts.ScriptTarget.ES2022,
        module: ts.ModuleKind.NodeNext,
        moduleResolution: ts.ModuleResolutionKind.NodeNext,
        lib: ['lib.es2022.d.ts'],
        types: ['node'],
        typeRoots: [join(REPO_ROOT, 'node_modules/@types')],
        strict: true,
        noUnusedLocals: true,
        noImplicitOverride: true,
        noFallthroughCasesInSwitch: true,
        noEmit: true,
      },
    );
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });

  it('replaces stale generated files but keeps files it did not write', () => {
    writeFileSync(join(dir, 'Stale.ts'), `${GENERATED_MARK}: left from an older schema\n`);
    writeFileSync(join(dir, 'notes.ts'), 'export const kept = true;\n');
    writeGenerated(dir, generate(loadSchema(CAR_SCHEMA), CAR_SCHEMA));
    const names = readdirSync(dir);
    expect(names).not.toContain('Stale.ts');
    expect(names).toContain('notes.ts');
  });
});
