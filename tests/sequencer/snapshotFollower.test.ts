/**
 * Snapshots from a follower worker (issue 5, "without stalling the core"):
 * with `snapshotFollower`, the threaded sequencer's snapshots are written by
 * a worker that rebuilds the state from the newest snapshot and the journal,
 * not by the core worker. They must hold exactly the state a replay of the
 * journal up to their seq gives, and recovery must use them.
 */
import { readdirSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { EngineLimits, InstrumentSpec } from '../../engine/instrumentSpec.js';
import { exportCoreState } from '../../risk/coreState.js';
import { plainCoreSpec } from '../../risk/plainSpec.js';
import { recoverCore } from '../../sequencer/coreRecovery.js';
import { segmentFileName } from '../../sequencer/journal/segmentName.js';
import { listSnapshots, readSnapshot } from '../../sequencer/snapshot/snapshotFiles.js';
import { ThreadedSequencer } from '../../sequencer/threaded/threadedSequencer.js';
import { instrument } from '../engine/support/fixtures.js';
import { TempDirs } from './journal/support/tempDir.js';
import { assertWorkersBuilt } from './support/threadedWorkers.js';
import { makeWorkload } from './support/workload.js';

const INSTRUMENTS: InstrumentSpec[] = [instrument(0), instrument(1, { priceBandBps: 300, referencePriceTicks: 1000 })];
const LIMITS: EngineLimits = { maxOrders: 3000, maxLevels: 2000, maxAccounts: 8 };
const SPEC = plainCoreSpec(INSTRUMENTS, LIMITS);
const dirs = new TempDirs();
beforeAll(() => assertWorkersBuilt());
afterEach(() => dirs.cleanup());
afterAll(() => dirs.cleanup());

describe('snapshot follower', () => {
  it('writes periodic and requested snapshots that equal a replay of the journal to their seq; recovery starts from them', async () => {
    const dir = dirs.make('follower-');
    const commands = makeWorkload(21, 9000, INSTRUMENTS, LIMITS);
    let now = 1_700_000_000_000_000;
    const written: number[] = [];
    const s = await ThreadedSequencer.open({
      dataDir: dir, spec: SPEC, onResult: () => {}, clockUs: () => (now += 3),
      snapshotFollower: true, snapshotEveryCommands: 2500, snapshotsKept: 10,
    });
    for (let i = 0; i < commands.length; i++) {
      while (s.trySubmit(commands[i]!) < 0) await s.waitForSpace();
      // Paced, so the follower (which coalesces: it snapshots the newest durable state when it lags) sees the
      // durable seq pass several multiples of 2500.
      if (i % 500 === 499) {
        await s.drain();
        await new Promise((r) => setTimeout(r, 60));
      }
      if (i === 6000) {
        const requested = await s.snapshot();
        // Everything submitted before the request is in it.
        expect(requested.seq).toBe(i + 1);
        written.push(requested.seq);
      }
    }
    await s.drain();
    const live = await s.stateHash();
    // The periodic ones come as the durable seq passes 2500 past the last snapshot (the follower may lag, never lead).
    const deadline = Date.now() + 20_000;
    while (!listSnapshots(dir).some((f) => f.seq >= 8501) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    await s.close();
    expect(s.follower!.failure?.message).toBe('snapshot follower stopped');

    const files = listSnapshots(dir);
    const periodic = files.map((f) => f.seq).filter((seq) => seq !== written[0]).sort((a, b) => a - b);
    expect(periodic.length).toBeGreaterThanOrEqual(3);
    // A periodic snapshot comes at least 2500 commands after the one before it (periodic or requested).
    const all = files.map((f) => f.seq).sort((a, b) => a - b);
    for (const seq of periodic) expect(seq - (all.filter((x) => x < seq).pop() ?? 0)).toBeGreaterThanOrEqual(2500);
    for (const f of files) {
      const fromFile = readSnapshot(f.path).core;
      const replayed = recoverCore({ dataDir: dir, spec: SPEC, readOnly: true, ignoreSnapshots: true, untilSeq: f.seq });
      expect(replayed.lastSeq).toBe(f.seq);
      expect(fromFile.stateHash, `snapshot at ${f.seq}`).toBe(replayed.core.stateHash());
      expect(fromFile).toEqual(exportCoreState(replayed.core));
    }
    const recovered = recoverCore({ dataDir: dir, spec: SPEC, readOnly: true });
    expect(recovered.snapshotSeq).toBe(Math.max(...files.map((f) => f.seq)));
    expect([recovered.lastSeq, recovered.core.stateHash()]).toEqual([live.seq, live.hash]);
  });

  it('with pruneCoveredSegments, the follower prunes the segments its oldest kept snapshot covers; recovery agrees', async () => {
    const dir = dirs.make('follower-prune-');
    const commands = makeWorkload(22, 4000, INSTRUMENTS, LIMITS);
    let now = 1_700_000_000_000_000;
    const s = await ThreadedSequencer.open({
      dataDir: dir, spec: SPEC, onResult: () => {}, clockUs: () => (now += 3), journal: { segmentBytesMax: 64 * 1024, batchBytesMax: 32 * 1024 },
      snapshotFollower: true, snapshotEveryCommands: 0, snapshotsKept: 1, pruneCoveredSegments: true,
    });
    for (let i = 0; i < commands.length; i++) {
      while (s.trySubmit(commands[i]!) < 0) await s.waitForSpace();
      if (i === 2999) expect((await s.snapshot()).seq).toBe(3000);
    }
    await s.drain();
    const live = await s.stateHash();
    await s.close();
    const segments = readdirSync(dir).filter((f) => f.startsWith('journal-')).sort();
    // Segments wholly at or below seq 3000 are gone; the journal now starts after the first one.
    expect(segments[0]).not.toBe(segmentFileName(1));
    const recovered = recoverCore({ dataDir: dir, spec: SPEC, readOnly: true });
    expect(recovered.journal.firstSeq).toBeGreaterThan(1);
    expect(recovered.journal.firstSeq).toBeLessThanOrEqual(3001);
    expect([recovered.snapshotSeq, recovered.lastSeq, recovered.core.stateHash()]).toEqual([3000, live.seq, live.hash]);
  });
});
