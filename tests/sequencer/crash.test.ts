/**
 * Crash recovery (issue 5): a real sequencer process killed with SIGKILL 20
 * times under load loses no acknowledged command, applies none twice, and
 * restarts to the state hash of a clean replay of its journal. Runs the built
 * harness (`npm test` builds first; `npm run crash -- --kills 200` runs more).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempDirs } from './journal/support/tempDir.js';

const HARNESS = join(import.meta.dirname, '../../dist/bench/sequencer/crash.js');
const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

describe('crash under load', () => {
  it('20 SIGKILLs: no acknowledged command lost, none doubled, every restart equals a clean replay', () => {
    expect(existsSync(HARNESS), `${HARNESS} missing: run npm run build`).toBe(true);
    const out = join(dirs.make('crash-test-'), 'crash.json');
    const r = spawnSync(process.execPath, [HARNESS, '--kills', '20', '--seed', '3', '--out', out], { encoding: 'utf8', timeout: 110_000 });
    expect(r.status, r.stderr + r.stdout).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as Record<string, number>;
    expect(report.kills).toBe(20);
    expect(report.acksSeen).toBeGreaterThan(20);
    expect([report.ackedLost, report.doubled, report.hashMismatches]).toEqual([0, 0, 0]);
  }, 120_000);
});
