/**
 * Journal group-commit write rate and replay rate, 64-byte payloads.
 *
 *   npm run build && node dist/bench/sequencer/journalWrite.js [options]
 *
 *   --quick            one run per figure, fewer records
 *   --runs N           timed runs per figure, median reported (default 3)
 *   --dir PATH         where the data directories go (default the OS temp dir;
 *                      point it at the journal's real disk: fdatasync cost is the disk's)
 *   --batches A,B,C    records per flushed batch (default 64,256,1024,4096,16384)
 *   --json PATH        also write the figures as JSON
 *
 * Each figure appends records and flushes every `batch` records, timing
 * append + write + fdatasync (per policy) together, from an opened journal to
 * the last flush. Replay = recovery's validation pass, then a cursor over
 * every record (read, CRC, seq check). The counts of garbage collections
 * show the steady state allocates nothing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import type { FsyncPolicy } from '../../sequencer/journal/journalConfig.js';
import { JournalCursor } from '../../sequencer/journal/journalCursor.js';
import { JournalWriter } from '../../sequencer/journal/journalWriter.js';
import { RECORD_HEADER_BYTES } from '../../sequencer/journal/recordFormat.js';
import { recoverJournal } from '../../sequencer/journal/recovery.js';

const PAYLOAD_BYTES = 64;
const RECORD_BYTES = RECORD_HEADER_BYTES + PAYLOAD_BYTES;

interface Options {
  quick: boolean;
  runs: number;
  dir: string;
  batches: number[];
  json: string | undefined;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { quick: false, runs: 3, dir: tmpdir(), batches: [64, 256, 1024, 4096, 16384], json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') o.quick = true;
    else if (a === '--runs') o.runs = Number(value());
    else if (a === '--dir') o.dir = value();
    else if (a === '--batches') o.batches = value().split(',').map(Number);
    else if (a === '--json') o.json = value();
    else throw new Error(`unknown option ${a}`);
  }
  if (o.quick) o.runs = 1;
  return o;
}

let gcCount = 0;
new PerformanceObserver((list) => {
  gcCount += list.getEntries().length;
}).observe({ entryTypes: ['gc'] });

interface WriteFigure {
  policy: FsyncPolicy;
  batchRecords: number;
  records: number;
  recordsPerSec: number;
  mbPerSec: number;
  fdatasyncs: number;
  gcs: number;
}

/** Appends until both `recordsMin` records and `msMin` have passed, flushing every `batch`. */
function writeRun(dataDir: string, policy: FsyncPolicy, batch: number, recordsMin: number, msMin: number): WriteFigure {
  const writer = JournalWriter.open({ dataDir, fsyncPolicy: policy, payloadBytesMax: PAYLOAD_BYTES, batchBytesMax: batch * RECORD_BYTES, segmentBytesMax: 64 * 1024 * 1024 });
  const payload = new Uint8Array(PAYLOAD_BYTES).fill(0x5a);
  const view = new DataView(payload.buffer);
  const timestampUs = Date.now() * 1000;
  const gc0 = gcCount;
  const t0 = performance.now();
  let seq = 1;
  let elapsedMs = 0;
  while (seq <= recordsMin || elapsedMs < msMin) {
    for (let k = 0; k < batch; k++, seq++) {
      view.setUint32(0, seq, true);
      if (!writer.append(seq, timestampUs + seq, payload)) throw new Error('batch buffer sized for the batch refused a record');
    }
    writer.flush();
    elapsedMs = performance.now() - t0;
  }
  const records = seq - 1;
  const figure: WriteFigure = {
    policy,
    batchRecords: batch,
    records,
    recordsPerSec: Math.round((records / elapsedMs) * 1000),
    mbPerSec: Math.round((records * RECORD_BYTES) / 1e3 / elapsedMs),
    fdatasyncs: writer.stats.fdatasyncs,
    gcs: gcCount - gc0,
  };
  if (writer.durableSeq !== records) throw new Error(`durableSeq ${writer.durableSeq} after flushing ${records}`);
  writer.close();
  return figure;
}

interface ReplayFigure {
  records: number;
  validateRecordsPerSec: number;
  replayRecordsPerSec: number;
  gcs: number;
}

function replayRun(dataDir: string): ReplayFigure {
  const config = { dataDir, payloadBytesMax: PAYLOAD_BYTES, readOnly: true, readBufferBytes: 4 * 1024 * 1024 };
  const t0 = performance.now();
  const recovery = recoverJournal(config);
  const t1 = performance.now();
  const gc0 = gcCount;
  const cursor = new JournalCursor(config, recovery, recovery.firstSeq);
  let n = 0;
  let check = 0;
  while (cursor.next()) {
    n++;
    check = (check + cursor.buffer[cursor.payloadOffset]!) | 0;
  }
  cursor.close();
  const t2 = performance.now();
  if (n !== recovery.recordCount) throw new Error(`replayed ${n} of ${recovery.recordCount} (${check})`);
  return {
    records: n,
    validateRecordsPerSec: Math.round((n / (t1 - t0)) * 1000),
    replayRecordsPerSec: Math.round((n / (t2 - t1)) * 1000),
    gcs: gcCount - gc0,
  };
}

function median<T>(runs: T[], key: (t: T) => number): T {
  return [...runs].sort((a, b) => key(a) - key(b))[Math.floor(runs.length / 2)]!;
}

function main(): void {
  const o = parseOptions(process.argv.slice(2));
  const writes: WriteFigure[] = [];
  const replays: ReplayFigure[] = [];
  console.log(`journal write, ${PAYLOAD_BYTES}-byte payloads (${RECORD_BYTES}-byte records), median of ${o.runs} run(s), data in ${o.dir}, load average ${loadavg()[0]!.toFixed(2)}`);
  console.log('policy  batch   records/s      MB/s  fdatasyncs  records  gcs');
  for (const policy of ['none', 'always'] as const) {
    for (const batch of o.batches) {
      const runs: WriteFigure[] = [];
      for (let r = 0; r < o.runs; r++) {
        const dataDir = mkdtempSync(join(o.dir, 'journal-bench-'));
        try {
          // 'none' at 2M+ records/s: a fixed count; 'always': at least a second of syncs.
          const recordsMin = policy === 'none' ? (o.quick ? 500_000 : 2_000_000) : batch * 20;
          runs.push(writeRun(dataDir, policy, batch, recordsMin, policy === 'none' ? 0 : o.quick ? 300 : 1000));
          if (policy === 'none' && batch === o.batches[o.batches.length - 1]) replays.push(replayRun(dataDir));
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      }
      const m = median(runs, (f) => f.recordsPerSec);
      writes.push(m);
      console.log(
        `${policy.padEnd(6)} ${String(batch).padStart(6)} ${m.recordsPerSec.toLocaleString('en-US').padStart(11)} ${String(m.mbPerSec).padStart(9)} ${String(m.fdatasyncs).padStart(11)} ${String(m.records).padStart(8)} ${String(m.gcs).padStart(4)}`,
      );
    }
  }
  const replay = median(replays, (f) => f.replayRecordsPerSec);
  console.log(
    `replay of ${replay.records.toLocaleString('en-US')} records: validate (recovery) ${replay.validateRecordsPerSec.toLocaleString('en-US')} records/s, cursor (read + CRC + seq) ${replay.replayRecordsPerSec.toLocaleString('en-US')} records/s, gcs ${replay.gcs}`,
  );
  if (o.json !== undefined) writeFileSync(o.json, JSON.stringify({ payloadBytes: PAYLOAD_BYTES, runs: o.runs, writes, replay }, null, 2) + '\n');
}

main();
