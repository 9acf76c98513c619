import { JournalCursor } from '../../../../sequencer/journal/journalCursor.js';
import type { JournalConfig } from '../../../../sequencer/journal/journalConfig.js';
import type { JournalWriter } from '../../../../sequencer/journal/journalWriter.js';
import { recoverJournal, type RecoveryResult } from '../../../../sequencer/journal/recovery.js';

/** Deterministic payload of record `seq`: its length and bytes follow from seq alone. */
export function payloadFor(seq: number, length: number): Uint8Array {
  const p = new Uint8Array(length);
  let x = (seq * 2654435761) >>> 0;
  for (let i = 0; i < length; i++) {
    x = (x ^ (x << 13)) >>> 0;
    x = (x ^ (x >>> 17)) >>> 0;
    x = (x ^ (x << 5)) >>> 0;
    p[i] = x & 0xff;
  }
  return p;
}

export const timestampFor = (seq: number): number => 1_700_000_000_000_000 + seq * 7;

export interface ReadRecord {
  seq: number;
  timestampUs: number;
  payload: Uint8Array;
}

/** Appends records from..from+lengths.length-1, flushing whenever the batch is full and every `flushEvery` records. */
export function appendRecords(writer: JournalWriter, from: number, lengths: number[], flushEvery = Infinity): void {
  for (let k = 0; k < lengths.length; k++) {
    const seq = from + k;
    const payload = payloadFor(seq, lengths[k]!);
    if (!writer.append(seq, timestampFor(seq), payload)) {
      writer.flush();
      writer.assertInvariants();
      if (!writer.append(seq, timestampFor(seq), payload)) throw new Error('append refused right after a flush');
    }
    writer.assertInvariants();
    if ((k + 1) % flushEvery === 0) {
      writer.flush();
      writer.assertInvariants();
    }
  }
}

/** Every record from `fromSeq`, copied out of the cursor. */
export function readAll(config: JournalConfig, recovery: RecoveryResult, fromSeq = recovery.firstSeq): ReadRecord[] {
  const cursor = new JournalCursor(config, recovery, fromSeq);
  const out: ReadRecord[] = [];
  try {
    while (cursor.next()) {
      out.push({
        seq: cursor.seq,
        timestampUs: cursor.timestampUs,
        payload: cursor.buffer.slice(cursor.payloadOffset, cursor.payloadOffset + cursor.payloadLength),
      });
    }
  } finally {
    cursor.close();
  }
  return out;
}

/** Recovers (read-only) and checks the records are exactly `first..first+lengths.length-1` with the generated contents. */
export function expectRecords(config: JournalConfig, first: number, lengths: number[]): RecoveryResult {
  const recovery = recoverJournal({ ...config, readOnly: true });
  const records = readAll(config, recovery, recovery.firstSeq);
  if (records.length !== lengths.length) throw new Error(`expected ${lengths.length} records, read ${records.length}`);
  for (let k = 0; k < records.length; k++) {
    const r = records[k]!;
    const seq = first + k;
    if (r.seq !== seq || r.timestampUs !== timestampFor(seq)) throw new Error(`record ${k}: seq ${r.seq} ts ${r.timestampUs}, expected seq ${seq}`);
    const expected = payloadFor(seq, lengths[k]!);
    if (Buffer.compare(Buffer.from(r.payload), Buffer.from(expected)) !== 0) throw new Error(`record seq ${seq}: payload differs`);
  }
  return recovery;
}
