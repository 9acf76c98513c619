import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * The threaded sequencer's workers run from dist/ (worker entries must be
 * JavaScript; `npm test` builds first, as the crash test relies on). When
 * vitest is run by hand after an edit, dist/ may be stale and the workers
 * would run old code against the test's new main thread: this checks that
 * every source file the worker entries import (relative imports, followed
 * transitively) is older than its built twin, and says what to run if not.
 */
export function assertWorkersBuilt(): void {
  const entries = ['sequencer/threaded/coreWorker.ts', 'sequencer/threaded/journalWorker.ts', 'sequencer/threaded/threadedSequencer.ts',
    'sequencer/snapshot/followerWorker.ts'];
  const seen = new Set<string>();
  const pending = entries.map((e) => join(REPO_ROOT, e));
  const stale: string[] = [];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const built = join(REPO_ROOT, 'dist', relative(REPO_ROOT, file)).replace(/\.ts$/, '.js');
    if (!existsSync(built)) stale.push(`${relative(REPO_ROOT, built)} missing`);
    else if (statSync(built).mtimeMs + 1 < statSync(file).mtimeMs) stale.push(`${relative(REPO_ROOT, file)} is newer than its build`);
    for (const imported of ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles) {
      if (!imported.fileName.startsWith('.')) continue;
      const target = resolve(dirname(file), imported.fileName).replace(/\.js$/, '.ts');
      if (existsSync(target)) pending.push(target);
    }
  }
  if (stale.length > 0) {
    throw new Error(`the threaded sequencer's workers run from dist/, which is stale: ${stale.slice(0, 5).join('; ')}${stale.length > 5 ? ` (+${stale.length - 5} more)` : ''}. Run npm run build (npm test does it first).`);
  }
}
