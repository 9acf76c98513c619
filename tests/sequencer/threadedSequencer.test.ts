/**
 * The worker-thread sequencer (principle 7): the same contract as the
 * in-process one, with the journal writer and the core on workers. Results
 * are held until the journal's durable seq passes them (checked with a disk
 * whose fdatasync the test holds back), a full input ring is back-pressure
 * that loses nothing, recovery continues the same state and sequence, and a
 * failing disk or a dying worker surfaces as an error, never a hang.
 *
 * The workers run from dist/ (`npm test` builds first; see
 * support/threadedWorkers.ts). The test's journal file system is loaded into
 * the journal worker from a transpiled module (support/gatedJournalFs.ts).
 */
import { fundingCommands } from '../../risk/funding.js';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Command } from '../../engine/command.js';
import { EventType, OrdType, Side, TimeInForce } from '../../engine/enums.js';
import type { EventBuffer } from '../../engine/eventBuffer.js';
import type { EngineLimits, InstrumentSpec } from '../../engine/instrumentSpec.js';
import { CommandEncodingError } from '../../sequencer/commandCodec.js';
import { InProcessSequencer } from '../../sequencer/inProcessSequencer.js';
import { SequencerFailedError, SequencerFullError } from '../../sequencer/sequencer.js';
import { listSnapshots } from '../../sequencer/snapshot/snapshotFiles.js';
import {
  SequencerWorkerError, ThreadedSequencer, type ThreadedSequencerOptions,
} from '../../sequencer/threaded/threadedSequencer.js';
import { instrument } from '../engine/support/fixtures.js';
import { TempDirs } from './journal/support/tempDir.js';
import { FsGate } from './support/gatedJournalFs.js';
import { assertWorkersBuilt } from './support/threadedWorkers.js';
import { workerModule } from './support/workerModule.js';
import { eventsOf } from './support/workload.js';
import { plainCoreSpec } from '../../risk/plainSpec.js';

const INSTRUMENTS: InstrumentSpec[] = [instrument(0), instrument(1)];
const LIMITS: EngineLimits = { maxOrders: 1000, maxLevels: 1000, maxAccounts: 10 };
const dirs = new TempDirs();
let gatedFs: { path: string; cleanup: () => void };
const open: ThreadedSequencer[] = [];

beforeAll(() => {
  assertWorkersBuilt();
  gatedFs = workerModule(new URL('./support/gatedJournalFs.ts', import.meta.url).pathname);
});
afterAll(() => gatedFs.cleanup());
afterEach(async () => {
  // A failed test must not leave workers running.
  await Promise.all(open.splice(0).map((s) => s.close().catch(() => {})));
  dirs.cleanup();
});

interface Delivered { seq: number; ts: number; events: number[][]; durableAtDelivery: number }

async function start(dataDir: string, extra: Partial<ThreadedSequencerOptions> & { gate?: FsGate } = {}) {
  const delivered: Delivered[] = [];
  let now = 1_000_000;
  const { gate, ...rest } = extra;
  const holder: { s?: ThreadedSequencer } = {};
  const s = await ThreadedSequencer.open({
    dataDir, spec: plainCoreSpec(INSTRUMENTS, LIMITS),
    clockUs: () => now,
    onResult: (seq: number, ts: number, ev: EventBuffer, first: number, end: number) => {
      delivered.push({ seq, ts, events: eventsOf(ev, first, end), durableAtDelivery: holder.s!.durableSeq });
    },
    ...(gate !== undefined ? { journalFsModule: gatedFs.path, journalFsOptions: { gate: gate.buffer } } : {}),
    ...rest,
  });
  holder.s = s;
  open.push(s);
  return { s, delivered, setNow: (t: number) => { now = t; } };
}

const buy = (price: number, qty = 1, account = 1) => new Command().newOrder(account, 0, Side.BUY, OrdType.LIMIT, TimeInForce.GTC, price, qty);
const sell = (price: number, qty = 1, account = 2) => new Command().newOrder(account, 0, Side.SELL, OrdType.LIMIT, TimeInForce.GTC, price, qty);
const seqs = (ds: Delivered[]) => ds.map((d) => d.seq);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

async function until(cond: () => boolean, what: string, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** Submits, awaiting space whenever the input ring is full. */
async function submitAll(s: ThreadedSequencer, commands: Command[]): Promise<number> {
  let fullWaits = 0;
  for (const c of commands) {
    while (s.trySubmit(c) < 0) {
      fullWaits++;
      await s.waitForSpace();
    }
  }
  return fullWaits;
}

describe('ThreadedSequencer', () => {
  it('stamps contiguous seqs and never-decreasing timestamps, and delivers the same results as in process', async () => {
    const { s, delivered, setNow } = await start(dirs.make('threaded-'));
    // The accounts' deposits first (journaled like any command), then the orders they back.
    const funding = fundingCommands(plainCoreSpec(INSTRUMENTS, LIMITS), 1_000_000);
    const f = funding.length;
    setNow(1000);
    for (const c of funding) s.submit(c);
    const cmd = buy(100);
    setNow(5000);
    expect(s.submit(cmd)).toBe(f + 1);
    setNow(4000); // the clock stepped back: the stamp holds
    expect(s.submit(cmd)).toBe(f + 2);
    setNow(7000);
    expect(s.submit(sell(100, 3))).toBe(f + 3);
    expect([cmd.seq, cmd.timestampUs]).toEqual([0, 0]);
    await s.drain();
    expect(delivered.slice(f).map((d) => [d.seq, d.ts])).toEqual([[f + 1, 5000], [f + 2, 5000], [f + 3, 7000]]);

    const inProcess: Delivered[] = [];
    const times = [...funding.map(() => 1000), 5000, 4000, 7000];
    let k = 0;
    const p = InProcessSequencer.open({
      dataDir: dirs.make('threaded-ref-'), spec: plainCoreSpec(INSTRUMENTS, LIMITS), clockUs: () => times[k++]!,
      onResult: (seq, ts, ev, first, end) => inProcess.push({ seq, ts, events: eventsOf(ev, first, end), durableAtDelivery: 0 }),
    });
    for (const c of funding) p.submit(c);
    p.submit(buy(100));
    p.submit(buy(100));
    p.submit(sell(100, 3));
    await p.close();
    expect(delivered.map((d) => d.events)).toEqual(inProcess.map((d) => d.events));
    expect(delivered[f + 2]!.events.map((e) => e[0])).toContain(EventType.TRADE);
    expect((await s.stateHash()).hash).toBe(p.core.stateHash());
    await s.close();
    expect(s.finalStateHash).toBe(p.core.stateHash());
  });

  it('holds every result until the journal has made its command durable', async () => {
    const gate = new FsGate();
    const { s, delivered } = await start(dirs.make('threaded-'), { gate });
    gate.hold(); // the disk stalls: fdatasync waits
    for (let i = 0; i < 100; i++) s.submit(i % 2 === 0 ? buy(100 - (i % 5)) : sell(101 + (i % 5)));
    s.flush();
    // The core runs ahead of the disk: everything is applied, nothing leaves.
    await until(() => s.appliedSeq === 100, 'the core to apply 100 commands');
    await new Promise((r) => setTimeout(r, 50));
    expect(delivered).toHaveLength(0);
    expect(s.durableSeq).toBe(0);
    gate.release();
    await s.drain();
    expect(seqs(delivered)).toEqual(range(1, 100));
    for (const d of delivered) expect(d.durableAtDelivery).toBeGreaterThanOrEqual(d.seq);
    expect(gate.syncs).toBeGreaterThanOrEqual(1);
    expect(gate.syncs).toBeLessThan(100); // group commit, not one fdatasync per command
    await s.close();
  });

  it('under the interval policy holds results until a sync; drain asks the journal for it', async () => {
    const { s, delivered } = await start(dirs.make('threaded-'), { journal: { fsyncPolicy: 'interval', fsyncIntervalMs: 60_000 } });
    s.submit(buy(100));
    s.flush();
    await until(() => s.appliedSeq === 1, 'the core to apply');
    await new Promise((r) => setTimeout(r, 50));
    expect(delivered).toHaveLength(0);
    await s.drain();
    expect(seqs(delivered)).toEqual([1]);
    await s.close();
  });

  it('a full input ring is back-pressure: SequencerFullError / -1, nothing changed, nothing lost', async () => {
    const gate = new FsGate();
    const { s, delivered } = await start(dirs.make('threaded-'), { gate, inputSlots: 8, outputSlots: 4, coreBatchMax: 4 });
    gate.hold();
    let accepted = 0;
    let error: unknown = null;
    const make = (i: number) => (i % 3 === 0 ? sell(100 + (i % 7), 2) : buy(95 + (i % 9)));
    try {
      for (; accepted < 1000; accepted++) {
        s.submit(make(accepted));
        s.flush();
        if (accepted % 4 === 3) await new Promise((r) => setTimeout(r, 2));
      }
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SequencerFullError);
    expect((error as SequencerFullError).code).toBe('ERR_SEQUENCER_FULL');
    // Bounded by the rings (8 input slots, 4 output slots, the journal's held batch), never grown.
    expect(accepted).toBeGreaterThanOrEqual(8);
    expect(accepted).toBeLessThanOrEqual(8 + 8 + 4 + 4);
    expect(s.lastSeq).toBe(accepted);
    expect(s.trySubmit(make(accepted))).toBe(-1);
    expect(s.lastSeq).toBe(accepted);
    expect(s.freeSlots).toBe(0);
    expect(delivered).toHaveLength(0);

    const space = s.waitForSpace();
    gate.release();
    await space;
    const rest = Array.from({ length: 3000 - accepted }, (_, i) => make(accepted + i));
    const waits = await submitAll(s, rest);
    await s.drain();
    expect(waits).toBeGreaterThan(0);
    expect(seqs(delivered)).toEqual(range(1, 3000));

    // The same commands in process: same results, same state.
    const ref: number[][][] = [];
    const p = InProcessSequencer.open({
      dataDir: dirs.make('threaded-ref-'), spec: plainCoreSpec(INSTRUMENTS, LIMITS), clockUs: () => 1_000_000,
      onResult: (_seq, _ts, ev, first, end) => ref.push(eventsOf(ev, first, end)),
    });
    for (let i = 0; i < 3000; i++) p.submit(make(i));
    await p.close();
    expect(delivered.map((d) => d.events)).toEqual(ref);
    expect((await s.stateHash()).hash).toBe(p.core.stateHash());
    await s.close();
  });

  it('refuses a command it cannot encode without using a seq', async () => {
    const { s } = await start(dirs.make('threaded-'));
    expect(() => s.submit(buy(100.5))).toThrow(CommandEncodingError);
    expect(s.submit(buy(100))).toBe(1);
    await s.close();
  });

  it('reopens where it stopped: same state, next seq, clock not below the journal; then from a snapshot', async () => {
    const dir = dirs.make('threaded-');
    const a = await start(dir);
    a.setNow(9_000_000);
    for (let i = 0; i < 10; i++) a.s.submit(i % 2 === 0 ? buy(100, 3) : sell(101, 2));
    a.s.submit(sell(100, 1, 3));
    await a.s.close();
    const hash = a.s.finalStateHash;

    const b = await start(dir, { snapshotEveryCommands: 5 });
    expect(b.s.recovery.replayed).toBe(11);
    expect((await b.s.stateHash())).toEqual({ seq: 11, hash });
    b.setNow(1); // a clock far behind the journal
    expect(b.s.submit(buy(90))).toBe(12);
    await b.s.drain();
    expect(b.delivered[0]!.ts).toBe(9_000_000);
    for (let i = 0; i < 8; i++) b.s.submit(buy(80 - i));
    const snap = await b.s.snapshot();
    expect(snap.seq).toBe(20);
    expect(listSnapshots(dir).map((f) => f.seq)).toContain(20);
    b.s.submit(sell(200));
    await b.s.close();

    const c = await start(dir);
    expect(c.s.recovery.snapshotSeq).toBe(20);
    expect(c.s.recovery.replayed).toBe(1);
    expect((await c.s.stateHash()).hash).toBe(b.s.finalStateHash);
    expect(c.s.lastSeq).toBe(21);
    await c.s.close();
  });

  it('cuts a torn journal tail with a warning (to the logger) and continues from the last whole command', async () => {
    const dir = dirs.make('threaded-');
    const a = await start(dir);
    for (let i = 0; i < 5; i++) a.s.submit(buy(100 - i));
    await a.s.close();
    const segment = readdirSync(dir).find((f) => f.startsWith('journal-'))!;
    appendFileSync(join(dir, segment), Buffer.from([40, 0, 0, 0, 1, 2, 3])); // half a record
    const warnings: string[] = [];
    const b = await start(dir, { logger: { warn: (_d, m) => warnings.push(m) } });
    expect(warnings.join('\n')).toMatch(/tail|truncat/i);
    expect(b.s.recovery.warnings).toHaveLength(1);
    expect((await b.s.stateHash()).hash).toBe(a.s.finalStateHash);
    expect(b.s.submit(buy(90))).toBe(6);
    await b.s.close();
  });

  it('a ResultHandler that throws is reported and delivery goes on', async () => {
    const errors: [unknown, number][] = [];
    const got: number[] = [];
    const s = await ThreadedSequencer.open({
      dataDir: dirs.make('threaded-'), spec: plainCoreSpec(INSTRUMENTS, LIMITS),
      onResult: (seq) => {
        got.push(seq);
        if (seq === 2) throw new Error('handler bug');
      },
      onHandlerError: (e, seq) => errors.push([e, seq]),
    });
    open.push(s);
    for (let i = 0; i < 4; i++) s.submit(buy(100 - i));
    await s.drain();
    expect(got).toEqual([1, 2, 3, 4]);
    expect(errors.map(([e, seq]) => [(e as Error).message, seq])).toEqual([['handler bug', 2]]);
    await s.close();
    expect(() => s.submit(buy(1))).toThrow(/after close/);
    await s.close(); // twice is fine
  });
});

describe('ThreadedSequencer failures surface, never hang', () => {
  it('a failed fdatasync (disk full): nothing undurable delivered, drain rejects, later calls throw', async () => {
    const gate = new FsGate();
    const dir = dirs.make('threaded-');
    const failures: Error[] = [];
    const { s, delivered } = await start(dir, { gate, onFailure: (e) => failures.push(e) });
    s.submit(buy(100));
    await s.drain();
    expect(seqs(delivered)).toEqual([1]);
    gate.failNextSync();
    for (let i = 0; i < 10; i++) s.submit(buy(99 - i));
    await expect(s.drain()).rejects.toThrow(/ENOSPC/);
    expect(failures).toHaveLength(1);
    expect((failures[0] as Error & { code?: string }).code).toBe('ERR_JOURNAL_IO');
    expect(seqs(delivered)).toEqual([1]);
    expect(() => s.submit(buy(1))).toThrow(SequencerFailedError);
    await expect(s.drain()).rejects.toThrow(SequencerFailedError);
    await expect(s.waitForSpace()).rejects.toThrow(SequencerFailedError);
    await s.close();
    // Restart: recovery keeps what reached the journal (acknowledged or not) and goes on.
    const b = await start(dir);
    expect(b.s.lastSeq).toBeGreaterThanOrEqual(1);
    expect(b.s.submit(buy(50))).toBe(b.s.lastSeq);
    await b.s.close();
  });

  it('a core worker that dies mid-run fails the sequencer with a SequencerWorkerError', async () => {
    const gate = new FsGate();
    const failures: Error[] = [];
    const { s, delivered } = await start(dirs.make('threaded-'), { gate, onFailure: (e) => failures.push(e) });
    s.submit(buy(100));
    await s.drain();
    gate.hold(); // results stay owed while the core dies
    for (let i = 0; i < 50; i++) s.submit(buy(90));
    const pending = s.drain();
    // As an out-of-memory kill of the thread would: no message, no cleanup.
    await (s as unknown as { workers: { core: { worker: { terminate(): Promise<number> } } } }).workers.core.worker.terminate();
    await expect(pending).rejects.toThrow(/core worker: exited with code 1/);
    expect(failures[0]).toBeInstanceOf(SequencerWorkerError);
    expect(seqs(delivered)).toEqual([1]);
    expect(() => s.submit(buy(1))).toThrow(SequencerFailedError);
    gate.release();
    await s.close();
  });

  it('a journal corrupt before its tail refuses to open, naming file and offset', async () => {
    const dir = dirs.make('threaded-');
    const a = await start(dir);
    for (let i = 0; i < 5; i++) a.s.submit(buy(100 - i));
    await a.s.close();
    const segment = readdirSync(dir).find((f) => f.startsWith('journal-'))!;
    const bytes = readFileSync(join(dir, segment));
    bytes[40] = bytes[40]! ^ 0xff; // inside the first record, four valid ones after it
    writeFileSync(join(dir, segment), bytes);
    const error = await ThreadedSequencer.open({ dataDir: dir, spec: plainCoreSpec(INSTRUMENTS, LIMITS), onResult: () => {} })
      .then(() => null, (e: unknown) => e as Error & { code?: string; file?: string; offset?: number });
    expect(error).not.toBeNull();
    expect(error!.code).toBe('ERR_JOURNAL_CORRUPT');
    expect(error!.message).toContain(segment);
    expect(error!.offset).toBe(0);
  });

  it('a missing worker build is a clear error', async () => {
    await expect(ThreadedSequencer.open({
      dataDir: dirs.make('threaded-'), spec: plainCoreSpec(INSTRUMENTS, LIMITS), onResult: () => {}, workerDir: '/nonexistent/dir',
    })).rejects.toThrow(/worker entry .* is missing: build/);
  });
});
