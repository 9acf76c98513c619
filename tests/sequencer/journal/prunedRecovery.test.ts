import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../../engine/command.js';
import { COMMAND_RECORD_BYTES } from '../../../sequencer/commandCodec.js';
import { recoverCore, type JournalOptions } from '../../../sequencer/coreRecovery.js';
import { InProcessSequencer } from '../../../sequencer/inProcessSequencer.js';
import { RECORD_HEADER_BYTES } from '../../../sequencer/journal/recordFormat.js';
import { segmentFileName } from '../../../sequencer/journal/segmentName.js';
import { pruneSegments } from '../../../sequencer/journal/segmentRetention.js';
import { oldestSnapshotSeq, snapshotFileName } from '../../../sequencer/snapshot/snapshotFiles.js';
import { LIMITS, TWO_INSTRUMENTS } from '../../engine/support/fixtures.js';
import { makeWorkload } from '../support/workload.js';
import { TempDirs } from './support/tempDir.js';
import { plainCoreSpec } from '../../../risk/plainSpec.js';

/**
 * Retention end to end: a sequencer writes snapshots at 100 and 200 (two
 * kept) and 300 commands in segments of 20; the journal is pruned to the
 * oldest kept snapshot, as the sequencer does after each snapshot. Recovery
 * must then work from either snapshot, and refuse, naming the missing
 * seqs, when no snapshot covers what was pruned.
 */

const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

const PER_SEGMENT = 20;
const SEGMENT_BYTES = PER_SEGMENT * (RECORD_HEADER_BYTES + COMMAND_RECORD_BYTES);
const JOURNAL: JournalOptions = { payloadBytesMax: COMMAND_RECORD_BYTES, segmentBytesMax: SEGMENT_BYTES, batchBytesMax: SEGMENT_BYTES };
const COMMANDS: Command[] = makeWorkload(505, 300, TWO_INSTRUMENTS, LIMITS);

function openSequencer(dataDir: string): InProcessSequencer {
  let now = 1_000_000;
  return InProcessSequencer.open({
    dataDir, spec: plainCoreSpec(TWO_INSTRUMENTS, LIMITS), journal: JOURNAL, onResult: () => {}, clockUs: () => (now += 3),
  });
}

/** Runs the workload with snapshots at 100 and 200, prunes to the oldest kept one; returns the final state hash. */
async function prunedDataDir(dataDir: string): Promise<string> {
  const s = openSequencer(dataDir);
  COMMANDS.forEach((cmd, i) => {
    s.submit(cmd);
    if (i + 1 === 100 || i + 1 === 200) s.snapshot();
  });
  await s.close();
  expect(oldestSnapshotSeq(dataDir)).toBe(100);
  expect(pruneSegments(dataDir, oldestSnapshotSeq(dataDir))).toEqual([1, 21, 41, 61, 81].map(segmentFileName));
  return s.core.stateHash();
}

const recover = (dataDir: string, extra: { ignoreSnapshots?: boolean; logger?: { warn(d: object, m: string): void } } = {}) =>
  recoverCore({ dataDir, spec: plainCoreSpec(TWO_INSTRUMENTS, LIMITS), journal: JOURNAL, readOnly: true, ...extra });

function damage(path: string): void {
  const bytes = readFileSync(path);
  bytes[bytes.length - 1]! ^= 0xff;
  writeFileSync(path, bytes);
}

describe('recovery of a pruned journal', () => {
  it('starts from the newest snapshot and replays the rest, the journal now starting at 101', async () => {
    const dir = dirs.make('pruned-');
    const hash = await prunedDataDir(dir);
    const r = recover(dir);
    expect([r.journal.firstSeq, r.snapshotSeq, r.replayed, r.lastSeq]).toEqual([101, 200, 100, 300]);
    expect(r.core.stateHash()).toBe(hash);
  });

  it('falls back to the older kept snapshot when the newest is damaged: pruning kept what it needs', async () => {
    const dir = dirs.make('pruned-');
    const hash = await prunedDataDir(dir);
    damage(join(dir, snapshotFileName(200)));
    const warnings: string[] = [];
    const r = recover(dir, { logger: { warn: (_d, m) => warnings.push(m) } });
    expect(warnings.join('\n')).toContain(snapshotFileName(200));
    expect([r.snapshotSeq, r.replayed, r.lastSeq]).toEqual([100, 200, 300]);
    expect(r.core.stateHash()).toBe(hash);
  });

  it('refuses, naming the missing seqs, when no snapshot covers the pruned start', async () => {
    const dir = dirs.make('pruned-');
    await prunedDataDir(dir);
    expect(() => recover(dir, { ignoreSnapshots: true })).toThrow(/journal starts at seq 101 .*commands 1\.\.100 are missing/);
    for (const seq of [100, 200]) rmSync(join(dir, snapshotFileName(seq)));
    expect(() => recover(dir)).toThrow(/journal starts at seq 101 but the state \(no snapshot\) ends at 0: commands 1\.\.100 are missing/);
  });

  it('refuses, naming the fallback snapshot and the gap, a journal pruned past the oldest kept snapshot', async () => {
    const dir = dirs.make('pruned-');
    await prunedDataDir(dir);
    // The wrong floor: the newest snapshot's seq instead of the oldest's.
    expect(pruneSegments(dir, 200)).toEqual([101, 121, 141, 161, 181].map(segmentFileName));
    damage(join(dir, snapshotFileName(200)));
    expect(() => recover(dir, { logger: { warn: () => {} } })).toThrow(
      new RegExp(`journal starts at seq 201 but the state \\(.*${snapshotFileName(100)}\\) ends at 100: commands 101\\.\\.200 are missing`),
    );
  });

  it('a sequencer reopens on the pruned directory and goes on from seq 301', async () => {
    const dir = dirs.make('pruned-');
    const hash = await prunedDataDir(dir);
    const s = openSequencer(dir);
    expect([s.recovery.snapshotSeq, s.lastSeq]).toEqual([200, 300]);
    expect(s.core.stateHash()).toBe(hash);
    expect(s.submit(COMMANDS[0]!)).toBe(301);
    await s.close();
    expect(readdirSync(dir).filter((n) => n.startsWith('journal-')).sort()).toEqual([101, 121, 141, 161, 181, 201, 221, 241, 261, 281, 301].map(segmentFileName));
    expect(recover(dir).lastSeq).toBe(301);
  });

  it('with pruneCoveredSegments the sequencer prunes after each snapshot itself, and recovery agrees', async () => {
    const dir = dirs.make('pruned-auto-');
    let now = 1_000_000;
    const s = InProcessSequencer.open({
      dataDir: dir, spec: plainCoreSpec(TWO_INSTRUMENTS, LIMITS), journal: JOURNAL, onResult: () => {},
      clockUs: () => (now += 3), pruneCoveredSegments: true,
    });
    COMMANDS.forEach((cmd, i) => {
      s.submit(cmd);
      if (i + 1 === 100 || i + 1 === 200) s.snapshot();
    });
    await s.close();
    // Snapshots at 100 and 200 are kept: the segments wholly at or below 100 went at the second snapshot.
    expect(readdirSync(dir).filter((f) => f.startsWith('journal-')).sort()[0]).toBe(segmentFileName(101));
    expect(pruneSegments(dir, oldestSnapshotSeq(dir))).toEqual([]);
    const r = recover(dir);
    expect([r.journal.firstSeq, r.snapshotSeq, r.lastSeq]).toEqual([101, 200, 300]);
    expect(r.core.stateHash()).toBe(s.core.stateHash());
  });
});
