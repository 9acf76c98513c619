/**
 * Determinism (issue 5): a seeded workload through the sequencer gives the
 * same full event stream and state hash as a replay of its journal, from the
 * start or from a snapshot, and as the engine fed the commands directly.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { EventBuffer } from '../../engine/eventBuffer.js';
import type { EngineLimits, InstrumentSpec } from '../../engine/instrumentSpec.js';
import { ExchangeCore } from '../../risk/exchangeCore.js';
import { recoverCore } from '../../sequencer/coreRecovery.js';
import { InProcessSequencer } from '../../sequencer/inProcessSequencer.js';
import { listSnapshots } from '../../sequencer/snapshot/snapshotFiles.js';
import { instrument, } from '../engine/support/fixtures.js';
import { mulberry32 } from '../engine/support/randomCommands.js';
import { TempDirs } from './journal/support/tempDir.js';
import { eventsOf, makeWorkload } from './support/workload.js';
import { plainCoreSpec } from '../../risk/plainSpec.js';

const INSTRUMENTS: InstrumentSpec[] = [
  instrument(0), instrument(1, { priceBandBps: 300, referencePriceTicks: 1000 }), instrument(2),
];
const LIMITS: EngineLimits = { maxOrders: 3000, maxLevels: 2000, maxAccounts: 8 };
const COUNT = 20_000;
const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

describe('determinism', () => {
  it.each([7, 8])('seed %i: live events and hash equal a journal replay, a snapshot + replay, and the bare engine', async (seed) => {
    const commands = makeWorkload(seed, COUNT, INSTRUMENTS, LIMITS);
    const dir = dirs.make('determinism-');
    const live: number[][][] = [];
    const liveTs: number[] = [];
    let clock = 1_700_000_000_000_000;
    const rnd = mulberry32(seed);
    const s = InProcessSequencer.open({
      dataDir: dir, spec: plainCoreSpec(INSTRUMENTS, LIMITS), snapshotEveryCommands: 4000, snapshotsKept: 3,
      clockUs: () => (clock += Math.floor(rnd() * 3)),
      journal: { segmentBytesMax: 256 * 1024, batchBytesMax: 64 * 1024 }, // several segments
      onResult: (seq, ts, ev, first, end) => { live[seq - 1] = eventsOf(ev, first, end); liveTs[seq - 1] = ts; },
    });
    const hashAt = new Map<number, string>();
    let i = 0;
    while (i < COUNT) {
      const batch = 1 + Math.floor(rnd() * 700);
      for (let k = 0; k < batch && i < COUNT; k++, i++) s.submit(commands[i]!);
      s.flush();
      if (hashAt.size < 3 && rnd() < 0.2) hashAt.set(s.lastSeq, s.core.stateHash());
    }
    await s.close();
    const hash = s.core.stateHash();
    expect(live).toHaveLength(COUNT);
    expect(listSnapshots(dir).length).toBe(3);

    // The bare core, fed the commands without the sequencer (with the times it stamped:
    // GTD expiry depends on them).
    const bare = new ExchangeCore(plainCoreSpec(INSTRUMENTS, LIMITS));
    const ev = new EventBuffer();
    for (let j = 0; j < COUNT; j++) {
      ev.clear();
      commands[j]!.timestampUs = liveTs[j]!;
      bare.apply(commands[j]!, ev);
      if (j % 997 === 0) expect(eventsOf(ev), `command ${j + 1}`).toEqual(live[j]);
    }
    expect(bare.stateHash()).toBe(hash);

    // The journal alone, every event of every command.
    const replayed: number[][][] = [];
    const full = recoverCore({
      dataDir: dir, spec: plainCoreSpec(INSTRUMENTS, LIMITS), readOnly: true, ignoreSnapshots: true,
      onReplayed: (cmd, e) => { replayed[cmd.seq - 1] = eventsOf(e); },
    });
    expect(full.replayed).toBe(COUNT);
    expect(full.core.stateHash()).toBe(hash);
    expect(replayed).toEqual(live);

    // Newest snapshot, then the journal after it.
    const fromSnapshot = recoverCore({ dataDir: dir, spec: plainCoreSpec(INSTRUMENTS, LIMITS), readOnly: true });
    expect(fromSnapshot.snapshotSeq).toBeGreaterThanOrEqual(16_000);
    expect(fromSnapshot.replayed).toBe(COUNT - fromSnapshot.snapshotSeq);
    expect(fromSnapshot.core.stateHash()).toBe(hash);

    // Up to a chosen seq (the replay tool's --until).
    for (const [seq, h] of hashAt) {
      const until = recoverCore({ dataDir: dir, spec: plainCoreSpec(INSTRUMENTS, LIMITS), readOnly: true, untilSeq: seq });
      expect(until.lastSeq).toBe(seq);
      expect(until.core.stateHash()).toBe(h);
    }
  });
});
