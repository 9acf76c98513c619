import { afterEach, describe, expect, it } from 'vitest';
import type { JournalConfig } from '../../../sequencer/journal/journalConfig.js';
import { JournalErrorCode, JournalFailedError, JournalIoError, JournalWarningCode } from '../../../sequencer/journal/journalErrors.js';
import { JournalWriter } from '../../../sequencer/journal/journalWriter.js';
import { recoverJournal } from '../../../sequencer/journal/recovery.js';
import { FaultyFs, type Fault } from './support/faultyFs.js';
import { appendRecords, expectRecords, payloadFor } from './support/records.js';
import { TempDirs } from './support/tempDir.js';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

const LEN = 50;
const setup = (policy: JournalConfig['fsyncPolicy'], segmentBytesMax = 1 << 20) => {
  const fs = new FaultyFs();
  const config: JournalConfig = { dataDir: temp.make(), fs, fsyncPolicy: policy, payloadBytesMax: 64, segmentBytesMax, batchBytesMax: Math.min(segmentBytesMax, 4096), readBufferBytes: 1024 };
  const writer = JournalWriter.open(config);
  appendRecords(writer, 1, new Array<number>(10).fill(LEN));
  writer.flush();
  expect(writer.durableSeq).toBe(10);
  return { fs, config, writer };
};

/** Appends 11..20, injects the fault, flushes: expects the I/O error and a failed writer that acknowledged nothing more. */
function failSecondBatch(writer: JournalWriter, fs: FaultyFs, fault: Fault, operation: string): JournalIoError {
  appendRecords(writer, 11, new Array<number>(10).fill(LEN));
  fs.inject(fault);
  let error: unknown;
  try {
    writer.flush();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(JournalIoError);
  const e = error as JournalIoError;
  expect(e).toMatchObject({ code: JournalErrorCode.IO, errno: fault.code, operation });
  expect(e.message).toContain(fault.code);
  expect(e.message).toContain('journal-00000000000000000001.log');
  expect(writer.durableSeq).toBe(10);
  expect(writer.failed).toBe(e);
  expect(() => writer.append(21, 0, payloadFor(21, LEN))).toThrow(JournalFailedError);
  expect(() => writer.flush()).toThrow(JournalFailedError);
  expect(() => writer.sync()).toThrow(JournalFailedError);
  expect(writer.durableSeq).toBe(10);
  writer.close();
  return e;
}

describe('journal write and sync failures', () => {
  it('a full disk on write (ENOSPC): error, durableSeq unchanged, no further appends', () => {
    const { fs, config, writer } = setup('always');
    const syncsBefore = fs.calls.fdatasyncSync;
    failSecondBatch(writer, fs, { op: 'writeSync', atCall: 1, code: 'ENOSPC' }, 'write');
    expect(fs.calls.fdatasyncSync).toBe(syncsBefore);
    expectRecords(config, 1, new Array<number>(10).fill(LEN));
  });

  it('a short write then ENOSPC: the partial batch is a torn tail that recovery truncates', () => {
    const { fs, config, writer } = setup('always');
    failSecondBatch(writer, fs, { op: 'writeSync', atCall: 1, code: 'ENOSPC', shortWriteBytes: 3 * (24 + LEN) + 10 }, 'write');
    expect(fs.calls.writeSync).toBe(3);
    const rec = recoverJournal(config);
    expect(rec.warnings.map((w) => [w.code, w.offset])).toEqual([[JournalWarningCode.TAIL_TRUNCATED, 13 * (24 + LEN)]]);
    // Records 11..13 were written whole before the disk filled: kept, never acknowledged.
    expectRecords(config, 1, new Array<number>(13).fill(LEN));
  });

  it('EIO on write under fsync policy none', () => {
    const { fs, writer } = setup('none');
    failSecondBatch(writer, fs, { op: 'writeSync', atCall: 1, code: 'EIO' }, 'write');
  });

  it('EIO on fdatasync: written, not durable, not retried', () => {
    const { fs, writer } = setup('always');
    failSecondBatch(writer, fs, { op: 'fdatasyncSync', atCall: 1, code: 'EIO' }, 'fdatasync');
    expect(writer.writtenSeq).toBe(20);
  });

  it('EIO on the fdatasync of an interval policy, when it falls due', () => {
    let now = 0;
    const fs = new FaultyFs();
    const writer = JournalWriter.open({ dataDir: temp.make(), fs, fsyncPolicy: 'interval', fsyncIntervalMs: 5, nowMs: () => now });
    appendRecords(writer, 1, [LEN, LEN]);
    writer.flush();
    expect(writer.durableSeq).toBe(0);
    fs.inject({ op: 'fdatasyncSync', atCall: 1, code: 'EIO' });
    now = 5;
    expect(() => writer.flush()).toThrow(/fdatasync failed .*EIO/);
    expect(writer.durableSeq).toBe(0);
    expect(() => writer.append(3, 0, payloadFor(3, LEN))).toThrow(JournalFailedError);
  });

  it('a failure to create the next segment: the finished segment is durable, the records after the roll are not', () => {
    // 74-byte records, 5 per 400-byte segment.
    const fs = new FaultyFs();
    const config: JournalConfig = { dataDir: temp.make(), fs, fsyncPolicy: 'always', payloadBytesMax: 64, segmentBytesMax: 400, batchBytesMax: 400, readBufferBytes: 1024 };
    const writer = JournalWriter.open(config);
    appendRecords(writer, 1, [LEN, LEN, LEN]);
    writer.flush();
    // 4 and 5 complete the first segment, 6 starts the next.
    appendRecords(writer, 4, [LEN, LEN, LEN]);
    fs.inject({ op: 'openSync', atCall: 1, code: 'EMFILE' });
    expect(() => writer.flush()).toThrow(/journal create failed on .*journal-00000000000000000006\.log: EMFILE/);
    expect(writer.durableSeq).toBe(5);
    expect(() => writer.append(7, 0, payloadFor(7, LEN))).toThrow(JournalFailedError);
    writer.close();
    expectRecords(config, 1, new Array<number>(5).fill(LEN));
  });
});
