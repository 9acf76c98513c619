import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalConfig } from '../../../sequencer/journal/journalConfig.js';
import { JournalCursor } from '../../../sequencer/journal/journalCursor.js';
import { JournalWriter } from '../../../sequencer/journal/journalWriter.js';
import { RECORD_HEADER_BYTES } from '../../../sequencer/journal/recordFormat.js';
import { recoverJournal } from '../../../sequencer/journal/recovery.js';
import { segmentFileName } from '../../../sequencer/journal/segmentName.js';
import { appendRecords, expectRecords, payloadFor, readAll, timestampFor } from './support/records.js';
import { TempDirs } from './support/tempDir.js';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

/** Small bounds so a few hundred records span many segments and batches. */
function smallConfig(dataDir: string): JournalConfig {
  return { dataDir, payloadBytesMax: 200, segmentBytesMax: 4096, batchBytesMax: 1024, readBufferBytes: 1024, fsyncPolicy: 'none' };
}

const lengthsOf = (n: number, seed = 1): number[] => Array.from({ length: n }, (_, k) => 1 + ((k * 37 + seed * 11) % 200));

describe('journal round trip', () => {
  it('reads back every record across several segments, none larger than the bound', () => {
    const config = smallConfig(temp.make());
    const lengths = lengthsOf(500);
    const writer = JournalWriter.open(config);
    appendRecords(writer, 1, lengths, 7);
    writer.close();
    const recovery = expectRecords(config, 1, lengths);
    expect(recovery.segments.length).toBeGreaterThan(10);
    expect(recovery.warnings).toEqual([]);
    expect(recovery.nextSeq).toBe(501);
    expect(recovery.lastTimestampUs).toBe(timestampFor(500));
    for (const s of recovery.segments) {
      expect(s.fileName).toBe(segmentFileName(s.firstSeq));
      expect(statSync(s.path).size).toBe(s.byteLength);
      expect(s.byteLength).toBeLessThanOrEqual(4096);
      // Full: the next record did not fit.
      if (s !== recovery.segments.at(-1)) expect(s.byteLength + RECORD_HEADER_BYTES + lengths[s.lastSeq]!).toBeGreaterThan(4096);
    }
    expect(recovery.segments.map((s) => s.recordCount).reduce((a, b) => a + b)).toBe(500);
  });

  it('replays from any seq, including the first of a segment and one past the end', () => {
    const config = smallConfig(temp.make());
    const lengths = lengthsOf(300, 2);
    const writer = JournalWriter.open(config);
    appendRecords(writer, 1, lengths);
    writer.close();
    const recovery = recoverJournal(config);
    const starts = [1, 2, 150, 300, 301, ...recovery.segments.map((s) => s.firstSeq)];
    for (const from of starts) {
      const records = readAll(config, recovery, from);
      expect(records.length).toBe(301 - from);
      if (records.length > 0) {
        expect(records[0]!.seq).toBe(from);
        expect(records[0]!.payload).toEqual(payloadFor(from, lengths[from - 1]!));
      }
    }
    expect(() => new JournalCursor(config, recovery, 0)).toThrow(RangeError);
    expect(() => new JournalCursor(config, recovery, 302)).toThrow(RangeError);
  });

  it('continues a reopened journal with the next seq, in the same and in new segments', () => {
    const config = smallConfig(temp.make());
    const lengths = lengthsOf(400, 3);
    let writer = JournalWriter.open(config);
    appendRecords(writer, 1, lengths.slice(0, 123));
    writer.close();
    for (let [from, to] of [[123, 250], [250, 400]] as const) {
      writer = JournalWriter.open(config);
      expect(writer.nextSeq).toBe(from + 1);
      expect(writer.durableSeq).toBe(from);
      appendRecords(writer, from + 1, lengths.slice(from, to));
      writer.close();
    }
    expectRecords(config, 1, lengths);
  });

  it('starts an empty journal at the configured first seq and refuses an out-of-order append', () => {
    const config = { ...smallConfig(temp.make()), firstSeq: 1_000_000 };
    const writer = JournalWriter.open(config);
    expect(() => writer.append(1, 0, payloadFor(1, 10))).toThrow(/expected seq 1000000, got 1/);
    appendRecords(writer, 1_000_000, [5, 6, 7]);
    expect(() => writer.append(1_000_004, 0, payloadFor(1, 10))).toThrow(/expected seq 1000003/);
    writer.close();
    expect(readdirSync(config.dataDir)).toEqual([segmentFileName(1_000_000)]);
    const recovery = expectRecords(config, 1_000_000, [5, 6, 7]);
    expect(recovery.firstSeq).toBe(1_000_000);
  });

  it('holds seq and timestamps up to 2^53 - 1 exactly', () => {
    const config = { ...smallConfig(temp.make()), firstSeq: Number.MAX_SAFE_INTEGER - 2 };
    const writer = JournalWriter.open(config);
    const p = payloadFor(9, 9);
    writer.append(Number.MAX_SAFE_INTEGER - 2, Number.MAX_SAFE_INTEGER, p);
    writer.append(Number.MAX_SAFE_INTEGER - 1, 0, p);
    writer.close();
    const records = readAll(config, recoverJournal(config));
    expect(records.map((r) => [r.seq, r.timestampUs])).toEqual([
      [Number.MAX_SAFE_INTEGER - 2, Number.MAX_SAFE_INTEGER],
      [Number.MAX_SAFE_INTEGER - 1, 0],
    ]);
  });

  it('bounds every input: payload size, timestamp, batch room, config ranges', () => {
    const config = smallConfig(temp.make());
    const writer = JournalWriter.open(config);
    expect(() => writer.append(1, 0, new Uint8Array(201))).toThrow(/outside 1\.\.200/);
    expect(() => writer.append(1, 0, new Uint8Array(0))).toThrow(/outside 1\.\.200/);
    expect(() => writer.append(1, -1, new Uint8Array(1))).toThrow(/timestampUs/);
    expect(() => writer.append(1, 0, new Uint8Array(4), 2, 3)).toThrow(/range/);
    // The batch holds 1024 bytes: four 224-byte records, not five; nothing changes on refusal.
    for (let seq = 1; seq <= 4; seq++) expect(writer.append(seq, 0, new Uint8Array(200))).toBe(true);
    expect(writer.append(5, 0, new Uint8Array(200))).toBe(false);
    expect(writer.batchRecords).toBe(4);
    expect(writer.nextSeq).toBe(5);
    writer.flush();
    expect(writer.append(5, 0, new Uint8Array(200))).toBe(true);
    writer.close();
    expect(() => writer.append(6, 0, new Uint8Array(1))).toThrow(/after close/);
    const dataDir = temp.make();
    expect(() => JournalWriter.open({ dataDir, segmentBytesMax: 100, payloadBytesMax: 200 })).toThrow(/segmentBytesMax/);
    expect(() => JournalWriter.open({ dataDir, batchBytesMax: 8192, segmentBytesMax: 4096 })).toThrow(/batchBytesMax/);
    expect(() => JournalWriter.open({ dataDir, readBufferBytes: 600 })).toThrow(/readBufferBytes/);
    expect(() => JournalWriter.open({ dataDir, fsyncPolicy: 'sometimes' as never })).toThrow(/fsyncPolicy/);
  });

  it('copies a payload from an offset inside a larger buffer (a ring slot)', () => {
    const config = smallConfig(temp.make());
    const writer = JournalWriter.open(config);
    const slot = new Uint8Array(64);
    slot.set(payloadFor(1, 20), 10);
    writer.append(1, 5, slot, 10, 20);
    writer.close();
    expect(readAll(config, recoverJournal(config))[0]!.payload).toEqual(payloadFor(1, 20));
  });

  it('names segment files by their first seq, zero-padded to 20 digits', () => {
    expect(segmentFileName(1)).toBe('journal-00000000000000000001.log');
    expect(segmentFileName(Number.MAX_SAFE_INTEGER)).toBe(`journal-0000${Number.MAX_SAFE_INTEGER}.log`);
    const config = smallConfig(temp.make());
    const writer = JournalWriter.open(config);
    appendRecords(writer, 1, lengthsOf(100));
    writer.close();
    const names = readdirSync(config.dataDir).sort();
    expect(names.every((n) => /^journal-\d{20}\.log$/.test(n))).toBe(true);
    expect(names[0]).toBe(segmentFileName(1));
    expect(join(config.dataDir, names[0]!)).toBe(recoverJournal(config).segments[0]!.path);
  });
});
