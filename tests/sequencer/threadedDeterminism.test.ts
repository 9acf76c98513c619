/**
 * Determinism across implementations: a seeded workload through the
 * worker-thread sequencer gives the same result stream (seq, timestamp, every
 * event) and the same state hash as through the in-process sequencer, writes
 * a byte-identical journal, and a replay of that journal agrees. One seed runs
 * with tiny rings and one event per output slot, so back-pressure and results
 * spanning several slots are on the path.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../../engine/command.js';
import type { EngineLimits, InstrumentSpec } from '../../engine/instrumentSpec.js';
import { recoverCore } from '../../sequencer/coreRecovery.js';
import { InProcessSequencer } from '../../sequencer/inProcessSequencer.js';
import { ThreadedSequencer, type ThreadedSequencerOptions } from '../../sequencer/threaded/threadedSequencer.js';
import { instrument } from '../engine/support/fixtures.js';
import { mulberry32 } from '../engine/support/randomCommands.js';
import { TempDirs } from './journal/support/tempDir.js';
import { assertWorkersBuilt } from './support/threadedWorkers.js';
import { eventsOf, makeWorkload } from './support/workload.js';
import { plainCoreSpec } from '../../risk/plainSpec.js';

const INSTRUMENTS: InstrumentSpec[] = [
  instrument(0), instrument(1, { priceBandBps: 300, referencePriceTicks: 1000 }), instrument(2),
];
const LIMITS: EngineLimits = { maxOrders: 3000, maxLevels: 2000, maxAccounts: 8 };
const COUNT = 20_000;
const JOURNAL = { segmentBytesMax: 256 * 1024, batchBytesMax: 64 * 1024 }; // several segments
const dirs = new TempDirs();
beforeAll(() => assertWorkersBuilt());
afterEach(() => dirs.cleanup());
afterAll(() => dirs.cleanup());

type Row = [number, number, number[][]];
const clockFor = (i: number) => 1_700_000_000_000_000 + 2 * i - (i % 7 === 0 ? 5 : 0); // steps back now and then

function inProcess(commands: Command[], dir: string, seed: number): { rows: Row[]; hash: string } {
  const rows: Row[] = [];
  let now = 0;
  const s = InProcessSequencer.open({
    dataDir: dir, spec: plainCoreSpec(INSTRUMENTS, LIMITS), journal: JOURNAL, clockUs: () => now,
    onResult: (seq, ts, ev, first, end) => { rows.push([seq, ts, eventsOf(ev, first, end)]); },
  });
  const rnd = mulberry32(seed);
  for (let i = 0; i < commands.length;) {
    const batch = 1 + Math.floor(rnd() * 700);
    for (let k = 0; k < batch && i < commands.length; k++, i++) {
      now = clockFor(i);
      s.submit(commands[i]!);
    }
    s.flush();
  }
  void s.close();
  return { rows, hash: s.core.stateHash() };
}

async function threaded(commands: Command[], dir: string, extra: Partial<ThreadedSequencerOptions>): Promise<{ rows: Row[]; hash: string; fullWaits: number }> {
  const rows: Row[] = [];
  let now = 0;
  const s = await ThreadedSequencer.open({
    dataDir: dir, spec: plainCoreSpec(INSTRUMENTS, LIMITS), journal: JOURNAL, clockUs: () => now,
    onResult: (seq, ts, ev, first, end) => { rows.push([seq, ts, eventsOf(ev, first, end)]); },
    ...extra,
  });
  let fullWaits = 0;
  try {
    for (let i = 0; i < commands.length; i++) {
      now = clockFor(i);
      while (s.trySubmit(commands[i]!) < 0) {
        fullWaits++;
        await s.waitForSpace();
      }
      if (i % 1000 === 999) await new Promise((r) => setImmediate(r)); // let results flow, as a gateway's ticks would
    }
    await s.drain();
    const { seq, hash } = await s.stateHash();
    expect(seq).toBe(commands.length);
    await s.close();
    expect(s.finalStateHash).toBe(hash);
    return { rows, hash, fullWaits };
  } finally {
    await s.close().catch(() => {});
  }
}

function journalBytes(dir: string): Buffer[] {
  return readdirSync(dir).filter((f) => f.startsWith('journal-')).sort().map((f) => readFileSync(join(dir, f)));
}

describe('threaded sequencer determinism', () => {
  it.each([
    [7, {}],
    [8, { inputSlots: 64, outputSlots: 16, resultEventsPerSlot: 1, coreBatchMax: 16, publishBatch: 8 }],
  ] as const)('seed %i %o: same result stream, state hash and journal bytes as in process; replay agrees', async (seed, extra) => {
    const commands = makeWorkload(seed, COUNT, INSTRUMENTS, LIMITS);
    const dirA = dirs.make('det-inproc-');
    const dirB = dirs.make('det-threaded-');
    const a = inProcess(commands, dirA, seed);
    const b = await threaded(commands, dirB, extra);
    expect(b.rows.length).toBe(COUNT);
    expect(b.rows.map((r) => r[0])).toEqual(a.rows.map((r) => r[0]));
    expect(b.rows).toEqual(a.rows);
    expect(b.hash).toBe(a.hash);
    if ('inputSlots' in extra) expect(b.fullWaits).toBeGreaterThan(0);
    // Multi-event commands exist, so a one-event slot split some results.
    expect(a.rows.some((r) => r[2].length > 1)).toBe(true);

    const journalA = journalBytes(dirA);
    const journalB = journalBytes(dirB);
    expect(journalB.length).toBeGreaterThan(1);
    expect(journalB.length).toBe(journalA.length);
    journalB.forEach((bytes, i) => expect(bytes.equals(journalA[i]!), `segment ${i}`).toBe(true));

    const replayed = recoverCore({ dataDir: dirB, spec: plainCoreSpec(INSTRUMENTS, LIMITS), readOnly: true, journal: JOURNAL });
    expect(replayed.replayed).toBe(COUNT);
    expect(replayed.core.stateHash()).toBe(a.hash);
  });
});
