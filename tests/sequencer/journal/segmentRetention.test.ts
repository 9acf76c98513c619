import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalConfig } from '../../../sequencer/journal/journalConfig.js';
import { JournalCorruptionError, JournalIoError } from '../../../sequencer/journal/journalErrors.js';
import { JournalWriter } from '../../../sequencer/journal/journalWriter.js';
import { RECORD_HEADER_BYTES } from '../../../sequencer/journal/recordFormat.js';
import { recoverJournal } from '../../../sequencer/journal/recovery.js';
import { segmentFileName } from '../../../sequencer/journal/segmentName.js';
import { pruneSegments } from '../../../sequencer/journal/segmentRetention.js';
import { FaultyFs } from './support/faultyFs.js';
import { appendRecords, expectRecords, payloadFor, readAll, timestampFor } from './support/records.js';
import { TempDirs } from './support/tempDir.js';

const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

const PAYLOAD = 16;
/** Ten records per segment: segments start at 1, 11, 21, ... */
const PER_SEGMENT = 10;
const SEGMENT_BYTES = PER_SEGMENT * (RECORD_HEADER_BYTES + PAYLOAD);

/** A journal of records 1..count in segments of ten, closed. */
function journalOf(count: number): JournalConfig {
  const config: JournalConfig = { dataDir: dirs.make('retention-'), payloadBytesMax: PAYLOAD, segmentBytesMax: SEGMENT_BYTES, batchBytesMax: SEGMENT_BYTES };
  const writer = JournalWriter.open(config);
  appendRecords(writer, 1, new Array<number>(count).fill(PAYLOAD), 7);
  writer.close();
  return config;
}

const segmentsIn = (dir: string): string[] => readdirSync(dir).filter((n) => n.startsWith('journal-')).sort();
const names = (...firstSeqs: number[]): string[] => firstSeqs.map(segmentFileName);

describe('journal segment retention (pruneSegments)', () => {
  it('deletes exactly the segments the covered seq covers, and the rest replays from the seq after it', () => {
    const config = journalOf(45);
    expect(segmentsIn(config.dataDir)).toEqual(names(1, 11, 21, 31, 41));

    expect(pruneSegments(config.dataDir, 25)).toEqual(names(1, 11));
    expect(segmentsIn(config.dataDir)).toEqual(names(21, 31, 41));

    const recovery = recoverJournal({ ...config, readOnly: true });
    expect([recovery.firstSeq, recovery.lastSeq, recovery.warnings]).toEqual([21, 45, []]);
    const records = readAll(config, recovery, 26);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, k) => 26 + k));
    for (const r of records) {
      expect(r.timestampUs).toBe(timestampFor(r.seq));
      expect(Buffer.from(r.payload).equals(Buffer.from(payloadFor(r.seq, PAYLOAD)))).toBe(true);
    }
  });

  it('keeps a segment until its last record is covered: covered 29 keeps 21..30, covered 30 deletes it', () => {
    const config = journalOf(45);
    expect(pruneSegments(config.dataDir, 29)).toEqual(names(1, 11));
    expect(pruneSegments(config.dataDir, 29)).toEqual([]);
    expect(pruneSegments(config.dataDir, 30)).toEqual(names(21));
    expect(segmentsIn(config.dataDir)).toEqual(names(31, 41));
    expectRecords(config, 31, new Array<number>(15).fill(PAYLOAD));
  });

  it('deletes nothing when nothing is covered, and never the last segment even when everything is', () => {
    const config = journalOf(45);
    expect(pruneSegments(config.dataDir, 0)).toEqual([]);
    expect(pruneSegments(config.dataDir, 10 ** 9)).toEqual(names(1, 11, 21, 31));
    expect(segmentsIn(config.dataDir)).toEqual(names(41));
    const recovery = recoverJournal({ ...config, readOnly: true });
    expect([recovery.firstSeq, recovery.lastSeq, recovery.nextSeq]).toEqual([41, 45, 46]);
  });

  it('keeps an empty last segment (a crash right after a roll), and the writer continues in it', () => {
    const config = journalOf(40);
    // The writer rolls lazily; an empty next segment is what a crash right after a roll leaves.
    writeFileSync(join(config.dataDir, segmentFileName(41)), new Uint8Array(0));
    expect(pruneSegments(config.dataDir, 40)).toEqual(names(1, 11, 21, 31));
    expect(segmentsIn(config.dataDir)).toEqual(names(41));
    const writer = JournalWriter.open(config);
    expect([writer.recovery.firstSeq, writer.nextSeq]).toEqual([41, 41]);
    appendRecords(writer, 41, [PAYLOAD, PAYLOAD]);
    writer.close();
    expectRecords(config, 41, [PAYLOAD, PAYLOAD]);
  });

  it('runs beside an open writer, which goes on appending and rolling', () => {
    const config: JournalConfig = { dataDir: dirs.make('retention-'), payloadBytesMax: PAYLOAD, segmentBytesMax: SEGMENT_BYTES, batchBytesMax: SEGMENT_BYTES };
    const writer = JournalWriter.open(config);
    appendRecords(writer, 1, new Array<number>(35).fill(PAYLOAD), 5);
    writer.flush();
    expect(pruneSegments(config.dataDir, 35)).toEqual(names(1, 11, 21));
    appendRecords(writer, 36, new Array<number>(20).fill(PAYLOAD), 5);
    writer.close();
    expect(segmentsIn(config.dataDir)).toEqual(names(31, 41, 51));
    expectRecords(config, 31, new Array<number>(25).fill(PAYLOAD));
  });

  it('fsyncs the directory after each deletion, so a crash part-way leaves no hole', () => {
    const config = journalOf(45);
    const fs = new FaultyFs();
    expect(pruneSegments(config.dataDir, 30, fs)).toEqual(names(1, 11, 21));
    expect([fs.calls.unlinkSync, fs.calls.fsyncSync]).toEqual([3, 3]);
  });

  it('a failed unlink names the file and leaves a whole journal from the next segment on', () => {
    const config = journalOf(45);
    const fs = new FaultyFs();
    fs.inject({ op: 'unlinkSync', atCall: 2, code: 'EIO' });
    let error: unknown;
    try {
      pruneSegments(config.dataDir, 30, fs);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(JournalIoError);
    expect((error as JournalIoError).message).toContain(join(config.dataDir, segmentFileName(11)));
    expect(segmentsIn(config.dataDir)).toEqual(names(11, 21, 31, 41));
    expectRecords(config, 11, new Array<number>(35).fill(PAYLOAD));
  });

  it('refuses a covered seq that is not an integer >= 0, and a segment name that does not parse', () => {
    const config = journalOf(25);
    expect(() => pruneSegments(config.dataDir, -1)).toThrow(/covered seq must be an integer >= 0: -1/);
    expect(() => pruneSegments(config.dataDir, 1.5)).toThrow(RangeError);
    writeFileSync(join(config.dataDir, 'journal-7.log'), new Uint8Array(0));
    expect(() => pruneSegments(config.dataDir, 20)).toThrow(JournalCorruptionError);
    expect(segmentsIn(config.dataDir)).toEqual([...names(1, 11, 21), 'journal-7.log'].sort());
  });
});
