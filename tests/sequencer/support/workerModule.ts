import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * Makes a TypeScript module runnable as a worker_threads entry from a test.
 *
 * vitest runs test files through its own transform, but a Worker is a plain
 * Node thread that loads plain JS. Rather than spawn from dist/ (stale
 * unless `npm run build` ran, and broken whenever someone else's
 * half-finished file fails the build) or install a loader, this transpiles
 * the entry and every module it imports by relative path (types stripped
 * with `ts.transpileModule`, no type check: tsc -p tsconfig.test.json does
 * that) into a temp dir mirroring the repo layout. Imports already carry
 * NodeNext `.js` suffixes, so they resolve unchanged. Only relative and
 * `node:` imports are supported; that is all the ring and its test
 * workers use.
 *
 * Returns the entry's path and a cleanup function.
 */
export function workerModule(entryTs: string): { path: string; cleanup: () => void } {
  const outDir = mkdtempSync(join(tmpdir(), 'worker-module-'));
  writeFileSync(join(outDir, 'package.json'), '{"type":"module"}\n');
  const seen = new Set<string>();
  const pending = [resolve(entryTs)];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    const js = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false },
    }).outputText;
    const out = join(outDir, relative(REPO_ROOT, file)).replace(/\.ts$/, '.js');
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, js);
    for (const imported of ts.preProcessFile(source, true, true).importedFiles) {
      const spec = imported.fileName;
      if (spec.startsWith('node:')) continue;
      if (!spec.startsWith('.')) throw new Error(`${file}: worker modules may import only relative and node: modules, not ${spec}`);
      const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      if (!existsSync(target)) throw new Error(`${file}: cannot find ${target} for import ${spec}`);
      pending.push(target);
    }
  }
  return {
    path: join(outDir, relative(REPO_ROOT, resolve(entryTs))).replace(/\.ts$/, '.js'),
    cleanup: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
