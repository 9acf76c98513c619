/**
 * The embedded sequencer: contiguous seqs, a never-decreasing injected clock,
 * group commit (one write and one fdatasync per batch), results only after
 * the journal's durable seq has passed their command, nothing acknowledged
 * after an I/O failure, and recovery (snapshot + journal) that continues the
 * same state and sequence.
 */
import { fundingCommands } from '../../risk/funding.js';
import { DataDirLockedError } from '../../sequencer/dataDirLock.js';
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Command } from '../../engine/command.js';
import { EventType, OrdType, Side, TimeInForce } from '../../engine/enums.js';
import type { EventBuffer } from '../../engine/eventBuffer.js';
import type { EngineLimits, InstrumentSpec } from '../../engine/instrumentSpec.js';
import { CommandEncodingError } from '../../sequencer/commandCodec.js';
import { InProcessSequencer, type InProcessSequencerOptions } from '../../sequencer/inProcessSequencer.js';
import { SequencerFailedError } from '../../sequencer/sequencer.js';
import { instrument } from '../engine/support/fixtures.js';
import { FaultyFs } from './journal/support/faultyFs.js';
import { TempDirs } from './journal/support/tempDir.js';
import { eventsOf } from './support/workload.js';
import { plainCoreSpec } from '../../risk/plainSpec.js';

const INSTRUMENTS: InstrumentSpec[] = [instrument(0), instrument(1)];
const LIMITS: EngineLimits = { maxOrders: 1000, maxLevels: 1000, maxAccounts: 10 };
const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

interface Delivered { seq: number; ts: number; events: number[][] }

function open(dataDir: string, extra: Partial<InProcessSequencerOptions> = {}) {
  const delivered: Delivered[] = [];
  let now = 1_000_000;
  const seq = InProcessSequencer.open({
    dataDir, spec: plainCoreSpec(INSTRUMENTS, LIMITS),
    clockUs: () => now,
    onResult: (s: number, ts: number, ev: EventBuffer, first: number, end: number) => delivered.push({ seq: s, ts, events: eventsOf(ev, first, end) }),
    ...extra,
  });
  return { seq, delivered, setNow: (t: number) => { now = t; } };
}

const buy = (price: number, qty = 1, account = 1) => new Command().newOrder(account, 0, Side.BUY, OrdType.LIMIT, TimeInForce.GTC, price, qty);
const sell = (price: number, qty = 1, account = 2) => new Command().newOrder(account, 0, Side.SELL, OrdType.LIMIT, TimeInForce.GTC, price, qty);

describe('InProcessSequencer', () => {
  it('stamps contiguous seqs and a never-decreasing timestamp, and leaves the caller\'s command alone', async () => {
    const { seq: s, delivered, setNow } = open(dirs.make('seq-test-'));
    const cmd = buy(100);
    setNow(5000);
    expect(s.submit(cmd)).toBe(1);
    setNow(4000); // the clock stepped back: the stamp holds
    expect(s.submit(cmd)).toBe(2);
    setNow(7000);
    expect(s.submit(cmd)).toBe(3);
    expect([cmd.seq, cmd.timestampUs]).toEqual([0, 0]);
    s.flush();
    expect(delivered.map((d) => [d.seq, d.ts])).toEqual([[1, 5000], [2, 5000], [3, 7000]]);
    await s.close();
  });

  it('delivers nothing before the batch is durable, then everything in seq order (one write, one fdatasync)', async () => {
    const { seq: s, delivered } = open(dirs.make('seq-test-'));
    const stats = s.journal.stats;
    const before = { writes: stats.writeCalls, syncs: stats.fdatasyncs };
    // The accounts' deposits first (journaled commands like any other), then the orders they back.
    const funding = fundingCommands(s.core.spec, 1_000_000);
    for (const c of funding) s.submit(c);
    for (let i = 0; i < 50; i++) s.submit(i % 2 === 0 ? buy(100 - (i % 5)) : sell(100 + (i % 5)));
    const total = funding.length + 50;
    expect(delivered).toHaveLength(0);
    expect(s.durableSeq).toBe(0);
    s.flush();
    expect(stats.writeCalls - before.writes).toBe(1);
    expect(stats.fdatasyncs - before.syncs).toBe(1);
    expect(delivered.map((d) => d.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(delivered[funding.length]!.events[0]![0]).toBe(EventType.ACCEPTED);
    expect(s.deliveredSeq).toBe(total);
    await s.close();
  });

  it('under the interval policy holds results until the fdatasync that covers them', async () => {
    let ms = 0;
    const { seq: s, delivered } = open(dirs.make('seq-test-'), { journal: { fsyncPolicy: 'interval', fsyncIntervalMs: 5, nowMs: () => ms } });
    s.submit(buy(100));
    s.flush();
    expect(s.journal.writtenSeq).toBe(1);
    expect(delivered).toHaveLength(0);
    ms = 10;
    s.flush();
    expect(delivered.map((d) => d.seq)).toEqual([1]);
    s.submit(buy(99));
    await s.drain(); // drain forces the sync
    expect(delivered.map((d) => d.seq)).toEqual([1, 2]);
    await s.close();
  });

  it('flushes a full batch itself and never holds more than batchCommandsMax results', async () => {
    const { seq: s, delivered } = open(dirs.make('seq-test-'), { batchCommandsMax: 8 });
    for (let i = 0; i < 20; i++) s.submit(buy(50 + i));
    expect(delivered.map((d) => d.seq)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    await s.drain();
    expect(delivered).toHaveLength(20);
    await s.close();
  });

  it('is never full: trySubmit is submit, waitForSpace resolves at once (and rejects once closed)', async () => {
    const { seq: s } = open(dirs.make('seq-test-'));
    expect(s.trySubmit(buy(100))).toBe(1);
    await expect(s.waitForSpace()).resolves.toBeUndefined();
    await s.close();
    await expect(s.waitForSpace()).rejects.toThrow(/after close/);
  });

  it('refuses a command it cannot encode without using a seq', async () => {
    const { seq: s } = open(dirs.make('seq-test-'));
    expect(() => s.submit(buy(100.5))).toThrow(CommandEncodingError);
    expect(s.submit(buy(100))).toBe(1);
    await s.close();
  });

  it('after a failed fdatasync (disk full) acknowledges nothing and accepts nothing more', async () => {
    const fs = new FaultyFs();
    const dir = dirs.make('seq-test-');
    const { seq: s, delivered } = open(dir, { journal: { fs } });
    s.submit(buy(100));
    s.flush();
    expect(delivered).toHaveLength(1);
    fs.inject({ op: 'fdatasyncSync', atCall: 1, code: 'ENOSPC' });
    s.submit(buy(99));
    expect(() => s.flush()).toThrow(/ENOSPC/);
    expect(delivered).toHaveLength(1);
    expect(() => s.submit(buy(98))).toThrow(SequencerFailedError);
    expect(() => s.flush()).toThrow(SequencerFailedError);
    await s.close();
    expect(delivered).toHaveLength(1);
  });

  it('reopens where it stopped: same state, next seq, clock not below the journal', async () => {
    const dir = dirs.make('seq-test-');
    const a = open(dir);
    a.setNow(9_000_000);
    for (let i = 0; i < 10; i++) a.seq.submit(i % 2 === 0 ? buy(100, 3) : sell(101, 2));
    a.seq.submit(sell(100, 1, 3));
    await a.seq.close();
    const hash = a.seq.core.stateHash();
    const b = open(dir);
    expect(b.seq.core.stateHash()).toBe(hash);
    expect(b.seq.recovery.replayed).toBe(11);
    b.setNow(1); // a clock far behind the journal
    expect(b.seq.submit(buy(90))).toBe(12);
    await b.seq.drain();
    expect(b.delivered[0]!.ts).toBe(9_000_000);
    await b.seq.close();
  });

  it('refuses a data directory made with other instruments', async () => {
    const dir = dirs.make('seq-test-');
    await open(dir).seq.close();
    expect(() => InProcessSequencer.open({
      dataDir: dir, spec: plainCoreSpec([instrument(0)], LIMITS), onResult: () => {},
    })).toThrow(/made with other instruments/);
  });

  it('holds the data directory\'s lock while open: a second sequencer on it is refused until the first closes', async () => {
    const dir = dirs.make('seq-test-');
    const a = open(dir);
    expect(() => open(dir)).toThrow(/LOCK.*(held|open already)|already|pid/);
    // The refused open left the first one's lock in place.
    expect(() => open(dir)).toThrow(DataDirLockedError);
    await a.seq.close();
    const b = open(dir);
    await b.seq.close();
    // A refused open (other instruments) releases the lock it took.
    expect(() => InProcessSequencer.open({
      dataDir: dir, spec: plainCoreSpec([instrument(0)], LIMITS), onResult: () => {},
    })).toThrow(/made with other instruments/);
    await open(dir).seq.close();
  });

  it('cuts a torn journal tail with a warning and continues from the last whole command', async () => {
    const dir = dirs.make('seq-test-');
    const a = open(dir);
    for (let i = 0; i < 5; i++) a.seq.submit(buy(100 - i));
    await a.seq.close();
    const segment = readdirSync(dir).find((f) => f.startsWith('journal-'))!;
    appendFileSync(join(dir, segment), Buffer.from([40, 0, 0, 0, 1, 2, 3])); // half a record
    const warnings: string[] = [];
    const b = open(dir, { logger: { warn: (_d, m) => warnings.push(m) } });
    expect(warnings.join('\n')).toMatch(/tail|truncat/i);
    expect(b.seq.core.stateHash()).toBe(a.seq.core.stateHash());
    expect(b.seq.submit(buy(90))).toBe(6);
    await b.seq.close();
  });
});
