import fc from 'fast-check';
import { appendFileSync, readFileSync, truncateSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalConfig } from '../../../sequencer/journal/journalConfig.js';
import { JournalWriter } from '../../../sequencer/journal/journalWriter.js';
import { RECORD_HEADER_BYTES } from '../../../sequencer/journal/recordFormat.js';
import { recoverJournal } from '../../../sequencer/journal/recovery.js';
import { appendRecords, expectRecords } from './support/records.js';
import { TempDirs } from './support/tempDir.js';

const temp = new TempDirs();
afterEach(() => temp.cleanup());

const PAYLOAD_MAX = 120;

describe('journal recovery property', () => {
  it('after any cut of the last segment (plus zeros or garbage), recovers exactly the records written whole before the cut', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: PAYLOAD_MAX }), { minLength: 1, maxLength: 150 }),
        fc.integer({ min: 1, max: 20 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('none', 'zeros', 'garbage'),
        fc.integer({ min: 1, max: 700 }),
        (lengths, flushEvery, cutFraction, tail, tailBytes) => {
          const config: JournalConfig = {
            dataDir: temp.make(), payloadBytesMax: PAYLOAD_MAX, segmentBytesMax: 1500, batchBytesMax: 700, readBufferBytes: 2 * (RECORD_HEADER_BYTES + PAYLOAD_MAX), fsyncPolicy: 'none',
          };
          const writer = JournalWriter.open(config);
          appendRecords(writer, 1, lengths, flushEvery);
          writer.close();
          const last = recoverJournal(config).segments.at(-1)!;
          // Record boundaries within the last segment.
          const ends: number[] = [];
          let end = 0;
          for (let seq = last.firstSeq; seq <= last.lastSeq; seq++) ends.push((end += RECORD_HEADER_BYTES + lengths[seq - 1]!));
          expect(end).toBe(last.byteLength);
          const cut = Math.floor(cutFraction * last.byteLength);
          // The byte the garbage overwrites first: garbage that happened to equal it would be no damage at all.
          const cutByte = cut < last.byteLength ? readFileSync(last.path)[cut]! : -1;
          // Zeros over a cut zero byte would restore it: not the damage this case is about.
          fc.pre(!(tail === 'zeros' && cutByte === 0));
          truncateSync(last.path, cut);
          if (tail === 'zeros') appendFileSync(last.path, new Uint8Array(tailBytes));
          if (tail === 'garbage') {
            appendFileSync(last.path, Uint8Array.from({ length: tailBytes }, (_, i) => {
              const g = (i * 131 + cut) & 0xff;
              return i === 0 && g === cutByte ? g ^ 0xff : g;
            }));
          }
          const whole = ends.filter((e) => e <= cut).length;
          const survivors = last.firstSeq - 1 + whole;
          const recovery = recoverJournal(config);
          const onBoundary = cut === 0 || ends.includes(cut);
          expect(recovery.warnings.length).toBe(onBoundary && tail === 'none' ? 0 : 1);
          expect(recovery.nextSeq).toBe(survivors + 1);
          // Appending goes on from the survivors, and everything reads back.
          const more = [7, PAYLOAD_MAX, 1];
          const next = JournalWriter.open(config, recovery);
          appendRecords(next, survivors + 1, more);
          next.close();
          expectRecords(config, 1, [...lengths.slice(0, survivors), ...more]);
          temp.cleanup();
        },
      ),
      { numRuns: 250 },
    );
  });
});
