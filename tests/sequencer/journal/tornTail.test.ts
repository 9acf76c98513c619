import { appendFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalConfig } from '../../../sequencer/journal/journalConfig.js';
import { Damage, JournalWarningCode, type JournalWarning } from '../../../sequencer/journal/journalErrors.js';
import { JournalWriter } from '../../../sequencer/journal/journalWriter.js';
import { RECORD_HEADER_BYTES } from '../../../sequencer/journal/recordFormat.js';
import { recoverJournal, type RecoveryResult } from '../../../sequencer/journal/recovery.js';
import { FaultyFs } from './support/faultyFs.js';
import { appendRecords, expectRecords } from './support/records.js';
import { TempDirs } from './support/tempDir.js';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

const LENGTHS = Array.from({ length: 120 }, (_, k) => 1 + ((k * 53) % 100));

/** A journal of 120 records over several segments; returns the recovery and the last record's file offset. */
function writeJournal(): { config: JournalConfig; before: RecoveryResult; lastPath: string; lastRecordOffset: number; lastEnd: number } {
  const config: JournalConfig = { dataDir: temp.make(), payloadBytesMax: 100, segmentBytesMax: 2048, batchBytesMax: 512, readBufferBytes: 512, fsyncPolicy: 'none' };
  const writer = JournalWriter.open(config);
  appendRecords(writer, 1, LENGTHS, 5);
  writer.close();
  const before = recoverJournal(config);
  const last = before.segments.at(-1)!;
  expect(before.segments.length).toBeGreaterThan(2);
  expect(last.recordCount).toBeGreaterThan(1);
  return { config, before, lastPath: last.path, lastRecordOffset: last.byteLength - RECORD_HEADER_BYTES - LENGTHS[119]!, lastEnd: last.byteLength };
}

/** Recovers with a logger, checks one truncation warning, then appends 30 more records and reads all back. */
function recoverAndContinue(config: JournalConfig, lastPath: string, expected: { offset: number; damage: Damage; records: number }): JournalWarning {
  const logged: object[] = [];
  const recovery = recoverJournal({ ...config, logger: { warn: (details) => logged.push(details) } });
  expect(recovery.warnings).toHaveLength(1);
  const w = recovery.warnings[0]!;
  expect(w).toMatchObject({ code: JournalWarningCode.TAIL_TRUNCATED, offset: expected.offset, damage: expected.damage });
  expect(w.file).toBe(lastPath.split('/').at(-1));
  expect(w.message).toContain(`byte offset ${expected.offset}`);
  expect(logged).toEqual([w]);
  expect(statSync(lastPath).size).toBe(expected.offset);
  expect(recovery.nextSeq).toBe(expected.records + 1);
  // A second recovery finds nothing more to do.
  expect(recoverJournal(config).warnings).toEqual([]);
  const more = Array.from({ length: 30 }, (_, k) => 1 + ((k * 29) % 100));
  const writer = JournalWriter.open(config, recovery);
  expect(writer.nextSeq).toBe(expected.records + 1);
  appendRecords(writer, expected.records + 1, more, 4);
  writer.close();
  expectRecords(config, 1, [...LENGTHS.slice(0, expected.records), ...more]);
  return w;
}

describe('journal torn tail', () => {
  it('truncates a last record cut inside its header', () => {
    const j = writeJournal();
    truncateSync(j.lastPath, j.lastRecordOffset + 10);
    const w = recoverAndContinue(j.config, j.lastPath, { offset: j.lastRecordOffset, damage: Damage.TRUNCATED_HEADER, records: 119 });
    expect(w.truncatedBytes).toBe(10);
  });

  it('truncates a last record cut inside its payload', () => {
    const j = writeJournal();
    truncateSync(j.lastPath, j.lastEnd - 1);
    recoverAndContinue(j.config, j.lastPath, { offset: j.lastRecordOffset, damage: Damage.TRUNCATED_RECORD, records: 119 });
  });

  it('truncates a complete last record that fails its CRC', () => {
    const j = writeJournal();
    const bytes = readFileSync(j.lastPath);
    bytes[j.lastEnd - 1]! ^= 0x40;
    writeFileSync(j.lastPath, bytes);
    recoverAndContinue(j.config, j.lastPath, { offset: j.lastRecordOffset, damage: Damage.BAD_CRC, records: 119 });
  });

  it('truncates trailing zeros after the last good record (size updated, data never written)', () => {
    const j = writeJournal();
    appendFileSync(j.lastPath, new Uint8Array(4096));
    const w = recoverAndContinue(j.config, j.lastPath, { offset: j.lastEnd, damage: Damage.BAD_LENGTH, records: 120 });
    expect(w.truncatedBytes).toBe(4096);
  });

  it('truncates a few trailing zero bytes, shorter than a header', () => {
    const j = writeJournal();
    appendFileSync(j.lastPath, new Uint8Array(7));
    recoverAndContinue(j.config, j.lastPath, { offset: j.lastEnd, damage: Damage.TRUNCATED_HEADER, records: 120 });
  });

  it('truncates trailing garbage that holds no valid record', () => {
    const j = writeJournal();
    const garbage = Uint8Array.from({ length: 3000 }, (_, i) => (i * 97 + 31) & 0xff);
    appendFileSync(j.lastPath, garbage);
    recoverAndContinue(j.config, j.lastPath, { offset: j.lastEnd, damage: Damage.BAD_LENGTH, records: 120 });
  });

  it('truncates a torn write that ends in zeros (a partial batch followed by an unwritten page)', () => {
    const j = writeJournal();
    truncateSync(j.lastPath, j.lastEnd - 30);
    appendFileSync(j.lastPath, new Uint8Array(1000));
    recoverAndContinue(j.config, j.lastPath, { offset: j.lastRecordOffset, damage: Damage.BAD_CRC, records: 119 });
  });

  it('keeps a last segment that is torn down to nothing and appends into it', () => {
    const j = writeJournal();
    const last = j.before.segments.at(-1)!;
    truncateSync(j.lastPath, 15);
    recoverAndContinue(j.config, j.lastPath, { offset: 0, damage: Damage.TRUNCATED_HEADER, records: last.firstSeq - 1 });
  });

  it('syncs the truncated file before anything is appended after it', () => {
    const j = writeJournal();
    truncateSync(j.lastPath, j.lastEnd - 1);
    const fs = new FaultyFs();
    recoverJournal({ ...j.config, fs });
    expect([fs.calls.ftruncateSync, fs.calls.fdatasyncSync]).toEqual([1, 1]);
  });

  it('read-only recovery reports the torn tail and changes nothing', () => {
    const j = writeJournal();
    truncateSync(j.lastPath, j.lastEnd - 3);
    const recovery = recoverJournal({ ...j.config, readOnly: true });
    expect(recovery.warnings.map((w) => [w.code, w.offset, w.truncatedBytes])).toEqual([
      [JournalWarningCode.TAIL_IGNORED_READ_ONLY, j.lastRecordOffset, j.lastEnd - 3 - j.lastRecordOffset],
    ]);
    expect(statSync(j.lastPath).size).toBe(j.lastEnd - 3);
    expect(recovery.nextSeq).toBe(120);
    expect(() => JournalWriter.open(j.config, recovery)).toThrow(/SIZE_CHANGED/);
  });
});
