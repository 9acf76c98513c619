import { existsSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalConfig } from '../../../sequencer/journal/journalConfig.js';
import { Damage, JournalCorruptionError, JournalErrorCode } from '../../../sequencer/journal/journalErrors.js';
import { JournalWriter } from '../../../sequencer/journal/journalWriter.js';
import { RECORD_HEADER_BYTES } from '../../../sequencer/journal/recordFormat.js';
import { recoverJournal, type RecoveryResult } from '../../../sequencer/journal/recovery.js';
import { segmentFileName } from '../../../sequencer/journal/segmentName.js';
import { appendRecords, expectRecords, readAll } from './support/records.js';
import { rawRecords } from './support/rawSegment.js';
import { TempDirs } from './support/tempDir.js';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

const LEN = 40;
const RECORD = RECORD_HEADER_BYTES + LEN;
/** 10 records per 720-byte segment. */
const config = (dataDir: string): JournalConfig => ({
  dataDir, payloadBytesMax: 64, segmentBytesMax: 10 * RECORD, batchBytesMax: 4 * RECORD, readBufferBytes: 256, fsyncPolicy: 'none',
});

/** 35 records of 40 bytes: segments of 10, 10, 10 and 5 records. */
function writeJournal(): { cfg: JournalConfig; rec: RecoveryResult } {
  const cfg = config(temp.make());
  const writer = JournalWriter.open(cfg);
  appendRecords(writer, 1, new Array<number>(35).fill(LEN), 3);
  writer.close();
  const rec = recoverJournal(cfg);
  expect(rec.segments.map((s) => s.recordCount)).toEqual([10, 10, 10, 5]);
  return { cfg, rec };
}

function corruptByte(path: string, offset: number): void {
  const bytes = readFileSync(path);
  bytes[offset]! ^= 0x01;
  writeFileSync(path, bytes);
}

function expectCorrupt(cfg: JournalConfig, expected: { file: string; offset: number; damage: Damage }, message?: RegExp): JournalCorruptionError {
  let error: unknown;
  try {
    recoverJournal(cfg);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(JournalCorruptionError);
  const e = error as JournalCorruptionError;
  expect(e).toMatchObject({ code: JournalErrorCode.CORRUPT, ...expected });
  expect(e.message).toContain(expected.file);
  expect(e.message).toContain(`byte offset ${expected.offset}`);
  if (message) expect(e.message).toMatch(message);
  return e;
}

describe('journal corruption before the tail refuses to start', () => {
  it('a bad CRC in the last segment with records after it', () => {
    const { cfg, rec } = writeJournal();
    const last = rec.segments[3]!;
    corruptByte(last.path, 2 * RECORD + RECORD_HEADER_BYTES + 5);
    expectCorrupt(cfg, { file: last.fileName, offset: 2 * RECORD, damage: Damage.BAD_CRC }, new RegExp(`a valid record follows at byte offset ${3 * RECORD}$`));
    // Nothing was truncated.
    expect(readFileSync(last.path).length).toBe(5 * RECORD);
  });

  it('a damaged length field in the last segment with records after it', () => {
    const { cfg, rec } = writeJournal();
    const last = rec.segments[3]!;
    const bytes = readFileSync(last.path);
    new DataView(bytes.buffer, bytes.byteOffset).setUint32(RECORD, 0xffff, true);
    writeFileSync(last.path, bytes);
    expectCorrupt(cfg, { file: last.fileName, offset: RECORD, damage: Damage.BAD_LENGTH });
  });

  it('a zeroed hole (a lost page) followed by valid records in the last segment', () => {
    const { cfg, rec } = writeJournal();
    const last = rec.segments[3]!;
    const bytes = readFileSync(last.path);
    bytes.fill(0, RECORD, 3 * RECORD);
    writeFileSync(last.path, bytes);
    expectCorrupt(cfg, { file: last.fileName, offset: RECORD, damage: Damage.BAD_LENGTH }, new RegExp(`a valid record follows at byte offset ${3 * RECORD}$`));
  });

  it('a bad record in a segment that is not the last, even its final record', () => {
    const { cfg, rec } = writeJournal();
    const middle = rec.segments[1]!;
    corruptByte(middle.path, 9 * RECORD + 30);
    expectCorrupt(cfg, { file: middle.fileName, offset: 9 * RECORD, damage: Damage.BAD_CRC }, /not the last segment/);
  });

  it('a torn record at the end of a segment that is not the last', () => {
    const { cfg, rec } = writeJournal();
    const first = rec.segments[0]!;
    writeFileSync(first.path, readFileSync(first.path).subarray(0, 10 * RECORD - 5));
    expectCorrupt(cfg, { file: first.fileName, offset: 9 * RECORD, damage: Damage.TRUNCATED_RECORD });
  });

  it('a sequence gap between records, valid CRCs and all, even at the tail', () => {
    const dataDir = temp.make();
    const cfg = config(dataDir);
    writeFileSync(join(dataDir, segmentFileName(1)), rawRecords([1, 2, 4], LEN));
    expectCorrupt(cfg, { file: segmentFileName(1), offset: 2 * RECORD, damage: Damage.SEQ_GAP }, /expected seq 3, record carries 4/);
  });

  it('a first record whose seq is not the one in the file name', () => {
    const dataDir = temp.make();
    writeFileSync(join(dataDir, segmentFileName(5)), rawRecords([6, 7], LEN));
    expectCorrupt(config(dataDir), { file: segmentFileName(5), offset: 0, damage: Damage.SEQ_GAP }, /expected seq 5/);
  });

  it('a missing segment: a gap in seq between files', () => {
    const { cfg, rec } = writeJournal();
    unlinkSync(rec.segments[1]!.path);
    expectCorrupt(cfg, { file: rec.segments[2]!.fileName, offset: 0, damage: Damage.MISSING_SEGMENT }, new RegExp(`${rec.segments[0]!.fileName} ends at seq 10, so the next segment must start at 11, this one starts at 21`));
  });

  it('a missing last segment cannot be seen, but a missing first one leaves a shorter valid journal', () => {
    const { cfg, rec } = writeJournal();
    unlinkSync(rec.segments[0]!.path);
    // Segments before a snapshot may be deleted on purpose: the journal then starts later.
    const after = recoverJournal(cfg);
    expect([after.firstSeq, after.lastSeq]).toEqual([11, 35]);
  });

  it('overlapping segments', () => {
    const dataDir = temp.make();
    writeFileSync(join(dataDir, segmentFileName(1)), rawRecords([1, 2, 3], LEN));
    writeFileSync(join(dataDir, segmentFileName(3)), rawRecords([3, 4], LEN));
    expectCorrupt(config(dataDir), { file: segmentFileName(3), offset: 0, damage: Damage.OVERLAPPING_SEGMENT });
  });

  it('a zero-length segment before the last', () => {
    const { cfg, rec } = writeJournal();
    writeFileSync(rec.segments[1]!.path, new Uint8Array(0));
    expectCorrupt(cfg, { file: rec.segments[1]!.fileName, offset: 0, damage: Damage.EMPTY_SEGMENT });
  });

  it('a zero-length last segment that does not continue the previous one', () => {
    const { cfg, rec } = writeJournal();
    writeFileSync(join(cfg.dataDir, segmentFileName(40)), new Uint8Array(0));
    expectCorrupt(cfg, { file: segmentFileName(40), offset: 0, damage: Damage.MISSING_SEGMENT });
    expect(rec.nextSeq).toBe(36);
  });

  it('a journal-*.log file whose name does not parse, while other files are ignored', () => {
    const { cfg } = writeJournal();
    writeFileSync(join(cfg.dataDir, 'snapshot-00000000000000000010.pb'), 'x');
    expect(recoverJournal(cfg).nextSeq).toBe(36);
    writeFileSync(join(cfg.dataDir, 'journal-12.log'), rawRecords([12], LEN));
    expectCorrupt(cfg, { file: 'journal-12.log', offset: 0, damage: Damage.BAD_SEGMENT_NAME });
  });

  it('damage that appears after recovery is an error of the replay cursor, naming file and offset', () => {
    const { cfg, rec } = writeJournal();
    corruptByte(rec.segments[2]!.path, 4 * RECORD + 8);
    expect(() => readAll(cfg, rec, 1)).toThrow(new RegExp(`${rec.segments[2]!.fileName} at byte offset ${4 * RECORD}: BAD_CRC.*during replay`));
  });
});

describe('journal zero-length last segment', () => {
  it('is accepted and reused by the writer (a crash right after a segment roll)', () => {
    const { cfg } = writeJournal();
    const empty = join(cfg.dataDir, segmentFileName(36));
    writeFileSync(empty, new Uint8Array(0));
    const rec = recoverJournal(cfg);
    expect(rec.warnings).toEqual([]);
    expect(rec.segments.at(-1)).toMatchObject({ firstSeq: 36, lastSeq: 35, recordCount: 0, byteLength: 0 });
    const writer = JournalWriter.open(cfg, rec);
    appendRecords(writer, 36, [LEN, LEN]);
    writer.close();
    expect(readFileSync(empty).length).toBe(2 * RECORD);
    expect(readdirSync(cfg.dataDir)).toHaveLength(5);
    expectRecords(cfg, 1, new Array<number>(37).fill(LEN));
  });

  it('as the only file, starts the journal at the seq in its name', () => {
    const dataDir = temp.make();
    const cfg = config(dataDir);
    writeFileSync(join(dataDir, segmentFileName(77)), new Uint8Array(0));
    const rec = recoverJournal(cfg);
    expect([rec.firstSeq, rec.lastSeq, rec.nextSeq, rec.recordCount]).toEqual([77, 76, 77, 0]);
    const writer = JournalWriter.open(cfg, rec);
    appendRecords(writer, 77, [LEN]);
    writer.close();
    expectRecords(cfg, 77, [LEN]);
    expect(existsSync(join(dataDir, segmentFileName(77)))).toBe(true);
  });
});
