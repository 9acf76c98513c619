import { afterEach, describe, expect, it } from 'vitest';
import type { FsyncPolicy, JournalConfig } from '../../../sequencer/journal/journalConfig.js';
import { JournalWriter } from '../../../sequencer/journal/journalWriter.js';
import { FaultyFs } from './support/faultyFs.js';
import { appendRecords, expectRecords } from './support/records.js';
import { TempDirs } from './support/tempDir.js';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

const LEN = 50;
const REC = 24 + LEN;
const fill = (n: number): number[] => new Array<number>(n).fill(LEN);

function open(policy: FsyncPolicy, extra: Partial<JournalConfig> = {}) {
  const fs = new FaultyFs();
  const clock = { now: 0 };
  const config: JournalConfig = {
    dataDir: temp.make(), fs, fsyncPolicy: policy, fsyncIntervalMs: 10, nowMs: () => clock.now,
    payloadBytesMax: 64, segmentBytesMax: 1 << 20, batchBytesMax: 8192, ...extra,
  };
  const writer = JournalWriter.open(config);
  return { fs, clock, config, writer };
}

describe('journal fsync policy', () => {
  it("'always': one write and one fdatasync per flushed batch, none for an empty flush", () => {
    const { fs, writer } = open('always');
    const base = { ...fs.calls };
    for (let b = 0; b < 5; b++) {
      appendRecords(writer, 1 + b * 20, fill(20));
      expect(writer.durableSeq).toBe(b * 20);
      writer.flush();
      expect(writer.durableSeq).toBe((b + 1) * 20);
    }
    writer.flush();
    expect(fs.calls.writeSync - base.writeSync).toBe(5);
    expect(fs.calls.fdatasyncSync - base.fdatasyncSync).toBe(5);
    expect(writer.stats).toMatchObject({ flushes: 5, writeCalls: 5, fdatasyncs: 5, bytesWritten: 100 * REC });
  });

  it("'none': never fdatasync or fsync; durableSeq follows each write", () => {
    const { fs, writer, config } = open('none', { segmentBytesMax: 20 * REC, batchBytesMax: 20 * REC });
    for (let b = 0; b < 6; b++) {
      appendRecords(writer, 1 + b * 15, fill(15));
      writer.flush();
      expect(writer.durableSeq).toBe((b + 1) * 15);
    }
    writer.close();
    expect(writer.stats.segmentsCreated).toBeGreaterThan(3);
    expect(fs.calls.fdatasyncSync).toBe(0);
    expect(fs.calls.fsyncSync).toBe(0);
    expectRecords(config, 1, fill(90));
  });

  it("'interval': fdatasync at most every fsyncIntervalMs; an idle flush syncs what is due", () => {
    const { fs, writer, clock } = open('interval');
    expect(writer.msUntilSyncDue()).toBe(Infinity);
    appendRecords(writer, 1, fill(5));
    writer.flush();
    expect([writer.writtenSeq, writer.durableSeq, fs.calls.fdatasyncSync]).toEqual([5, 0, 0]);
    expect(writer.msUntilSyncDue()).toBe(10);
    clock.now = 4;
    appendRecords(writer, 6, fill(5));
    writer.flush();
    expect([writer.durableSeq, fs.calls.fdatasyncSync, writer.msUntilSyncDue()]).toEqual([0, 0, 6]);
    clock.now = 10;
    appendRecords(writer, 11, fill(5));
    writer.flush();
    expect([writer.durableSeq, fs.calls.fdatasyncSync, writer.msUntilSyncDue()]).toEqual([15, 1, Infinity]);
    clock.now = 12;
    appendRecords(writer, 16, fill(5));
    writer.flush();
    expect([writer.durableSeq, fs.calls.fdatasyncSync]).toEqual([15, 1]);
    // No new records, but the interval has passed: an empty flush makes 16..20 durable.
    clock.now = 20;
    writer.flush();
    expect([writer.durableSeq, fs.calls.fdatasyncSync]).toEqual([20, 2]);
    // Nothing pending: no sync however long it has been.
    clock.now = 1000;
    writer.flush();
    expect(fs.calls.fdatasyncSync).toBe(2);
    appendRecords(writer, 21, fill(1));
    writer.close();
    expect([writer.durableSeq, fs.calls.fdatasyncSync]).toEqual([21, 3]);
  });

  it('a batch crossing into a new segment syncs the finished segment and the new directory entry', () => {
    // 10 records per segment; the second batch (8..14) rolls at seq 11.
    const { fs, writer, config } = open('always', { segmentBytesMax: 10 * REC, batchBytesMax: 10 * REC });
    appendRecords(writer, 1, fill(7));
    writer.flush();
    const base = { ...fs.calls };
    appendRecords(writer, 8, fill(7));
    writer.flush();
    expect(fs.calls.writeSync - base.writeSync).toBe(2);
    expect(fs.calls.fdatasyncSync - base.fdatasyncSync).toBe(2);
    expect(fs.calls.fsyncSync - base.fsyncSync).toBe(1);
    expect(writer.durableSeq).toBe(14);
    writer.close();
    expect(expectRecords(config, 1, fill(14)).segments.map((s) => [s.firstSeq, s.recordCount])).toEqual([[1, 10], [11, 4]]);
  });

  it("'interval': the finished segment is synced at a roll even when the interval has not passed", () => {
    const { fs, writer } = open('interval', { segmentBytesMax: 10 * REC, batchBytesMax: 10 * REC });
    appendRecords(writer, 1, fill(7));
    writer.flush();
    appendRecords(writer, 8, fill(7));
    writer.flush();
    expect(fs.calls.fdatasyncSync).toBe(1);
    expect([writer.writtenSeq, writer.durableSeq]).toEqual([14, 10]);
  });

  it('reopening syncs the recovered tail before anything new is acknowledged (not under none)', () => {
    for (const [policy, syncs] of [['always', 1], ['interval', 1], ['none', 0]] as const) {
      const { config, writer } = open('none');
      appendRecords(writer, 1, fill(3));
      writer.close();
      const fs = new FaultyFs();
      const reopened = JournalWriter.open({ ...config, fs, fsyncPolicy: policy });
      expect(fs.calls.fdatasyncSync).toBe(syncs);
      expect(reopened.durableSeq).toBe(3);
      reopened.close();
    }
  });

  it('close syncs what is pending under always and interval', () => {
    const { fs, writer } = open('interval');
    appendRecords(writer, 1, fill(3));
    writer.close();
    expect(fs.calls.fdatasyncSync).toBe(1);
    expect(writer.durableSeq).toBe(3);
  });
});
