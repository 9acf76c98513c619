import { RECORD_HEADER_BYTES, sealRecord } from '../../../../sequencer/journal/recordFormat.js';
import { payloadFor, timestampFor } from './records.js';

/** The bytes of records with the given seqs (any order, gaps allowed), as a writer would seal them. */
export function rawRecords(seqs: number[], length = 16): Uint8Array {
  const out = new Uint8Array(seqs.length * (RECORD_HEADER_BYTES + length));
  const view = new DataView(out.buffer);
  seqs.forEach((seq, k) => {
    const at = k * (RECORD_HEADER_BYTES + length);
    out.set(payloadFor(seq, length), at + RECORD_HEADER_BYTES);
    sealRecord(view, at, seq, timestampFor(seq), length);
  });
  return out;
}
