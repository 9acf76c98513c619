/**
 * The core's thread (worker entry; runs from dist/). Recovers the state
 * (newest snapshot + journal replay, `recoverCore`) where it will be used,
 * then consumes the input ring as consumer 1, side by side with the journal
 * writer: decodes each CoreCommand into one reused Command, applies it to the
 * ExchangeCore (risk, wallet, matching), and writes its events as RESULT records into the output
 * ring (pipelineRecords.ts). It never waits for the disk; the main thread
 * holds each result until the journal's durable seq has passed it.
 *
 * Steady state allocates nothing per command: one Command, one EventBuffer
 * (the engine writes there, in this thread's cache; only the fields each
 * event sets are copied to the ring), typed-array views made once.
 */
import { openOrderViews } from '../../risk/openOrders.js';
import { parentPort, workerData } from 'node:worker_threads';
import { Command } from '../../engine/command.js';
import { EventBuffer } from '../../engine/eventBuffer.js';
import { exportCoreState } from '../../risk/coreState.js';
import { CommandCodec } from '../commandCodec.js';
import { recoverCore } from '../coreRecovery.js';
import { Ring } from '../ring/ring.js';
import { oldestSnapshotSeq, writeSnapshot } from '../snapshot/snapshotFiles.js';
import { pruneSegments } from '../journal/segmentRetention.js';
import { C_DURABLE, ControlBlock, PIPELINE_VERSION } from './controlBlock.js';
import { serializeError, type CoreWorkerData, type WorkerMessage } from './pipelineMessages.js';
import {
  CONTROL_RECORD_BYTES, ControlOp, eventFieldTables, readControlRecord, RESULT_HEADER_BYTES, RESULT_MORE, resultSlotWords,
} from './pipelineRecords.js';

const port = parentPort!;
const post = (m: WorkerMessage): void => port.postMessage(m);

class Aborted extends Error {}

function main(): void {
  const d = workerData as CoreWorkerData;
  if (d.version !== PIPELINE_VERSION) {
    throw new Error(`core worker built for pipeline version ${PIPELINE_VERSION}, started with ${d.version}: rebuild (npm run build)`);
  }
  const control = ControlBlock.attach(d.control);
  const recovery = recoverCore({
    dataDir: d.dataDir, spec: d.spec, journal: d.journal,
    logger: { warn: (details, message) => post({ type: 'log', details, message }) },
  });
  const core = recovery.core;
  control.publishApplied(recovery.lastSeq);
  post({
    type: 'recovered',
    info: {
      lastSeq: recovery.lastSeq, lastTimestampUs: recovery.lastTimestampUs, snapshotSeq: recovery.snapshotSeq,
      snapshotPath: recovery.snapshotPath, replayed: recovery.replayed, journal: recovery.journal,
    },
  });

  const input = Ring.attach(d.input).consumer(1, d.wait, d.batchMax);
  const outRing = Ring.attach(d.output);
  const output = outRing.producer(d.wait);
  const slotWords = resultSlotWords(outRing.payloadBytesMax);
  const { count: fieldCount, fields } = eventFieldTables();
  const inView = new DataView(d.input);
  const outI32 = new Int32Array(d.output);
  const outF64 = new Float64Array(d.output);
  const codec = new CommandCodec();
  const cmd = new Command();
  const events = new EventBuffer();
  let lastSeq = recovery.lastSeq;
  let lastTimestampUs = Math.max(recovery.lastTimestampUs, recovery.journal.lastTimestampUs);
  let lastSnapshotSeq = recovery.snapshotSeq;

  /** Claims a whole output slot, waiting (this thread may block) while the ring is full. */
  const claim = (): number => {
    let at = output.tryClaim(outRing.payloadBytesMax);
    while (at < 0) {
      // Full: the main thread holds results until they are durable. Let it
      // see what is claimed, then wait for it to free slots.
      output.publish();
      if (control.aborted) throw new Aborted();
      output.waitForSpace();
      at = output.tryClaim(outRing.payloadBytesMax);
    }
    return at;
  };

  /** The command's events as RESULT records (pipelineRecords.ts): type + its fields, as many slots as they need. */
  const writeResults = (seq: number, timestampUs: number): void => {
    const n = events.count;
    const src = events.data;
    let e = 0;
    do {
      const at = claim();
      // at = slot + 4: 4 mod 8, so every f64 from at + 4 on is aligned.
      let w = (at + RESULT_HEADER_BYTES) >> 3;
      const end = w + slotWords;
      let k = 0;
      while (e < n) {
        const base = e * 16;
        const type = src[base]!;
        const t = type >= 0 && type < 256 ? type | 0 : 0;
        const nf = fieldCount[t]!;
        if (w + 1 + nf > end) break;
        outF64[w++] = type;
        const row = t * 16;
        for (let j = 0; j < nf; j++) outF64[w++] = src[base + fields[row + j]!]!;
        e++;
        k++;
      }
      outI32[at >> 2] = e < n ? k | RESULT_MORE : k;
      outF64[(at + 4) >> 3] = seq;
      outF64[(at + 12) >> 3] = timestampUs;
    } while (e < n);
  };

  const waitDurable = (seq: number): void => {
    for (;;) {
      const seen = Atomics.load(control.i32, C_DURABLE);
      if (control.durableSeq(seq) >= seq) return;
      if (control.aborted) throw new Aborted();
      control.waitDurable(seen, 100);
    }
  };

  const snapshot = (requestId: number): void => {
    // A snapshot never covers a seq the journal could still lose.
    output.publish();
    waitDurable(lastSeq);
    try {
      const path = writeSnapshot(d.dataDir, { seq: lastSeq, timestampUs: Math.max(0, lastTimestampUs), core: exportCoreState(core) }, d.snapshotsKept);
      lastSnapshotSeq = lastSeq;
      // Retention: segments the oldest kept snapshot covers are no longer needed by any recovery.
      if (d.pruneCoveredSegments) pruneSegments(d.dataDir, oldestSnapshotSeq(d.dataDir));
      post({ type: 'snapshot', requestId, seq: lastSeq, path });
    } catch (error) {
      // A failed snapshot costs only the time of a longer replay; the core goes on.
      post({ type: 'requestFailed', requestId, error: serializeError(error) });
    }
  };

  const onControl = (offset: number): void => {
    const { op, requestId } = readControlRecord(inView, offset);
    if (op === ControlOp.STATE_HASH) post({ type: 'stateHash', requestId, seq: lastSeq, hash: core.stateHash() });
    else if (op === ControlOp.SNAPSHOT) snapshot(requestId);
    else if (op === ControlOp.OPEN_ORDERS) post({ type: 'openOrders', requestId, seq: lastSeq, orders: openOrderViews(core) });
  };

  const onCommand = (_bytes: Uint8Array, offset: number, length: number): void => {
    if (length === CONTROL_RECORD_BYTES) {
      onControl(offset);
      return;
    }
    codec.decode(inView, offset, length, cmd);
    if (cmd.seq !== lastSeq + 1) throw new Error(`core: input ring gave seq ${cmd.seq} after ${lastSeq}`);
    events.clear();
    core.apply(cmd, events);
    writeResults(cmd.seq, cmd.timestampUs);
    lastSeq = cmd.seq;
    lastTimestampUs = cmd.timestampUs;
  };

  const snapshotEvery = d.snapshotEveryCommands;
  for (;;) {
    if (input.poll(onCommand) > 0) {
      output.publish();
      control.publishApplied(lastSeq);
      if (snapshotEvery > 0 && lastSeq - lastSnapshotSeq >= snapshotEvery) snapshot(0);
      continue;
    }
    if (control.aborted) throw new Aborted();
    if (input.waitForData() === 0 && input.closed) break;
  }
  output.close();
  post({ type: 'closed', lastSeq, stateHash: core.stateHash() });
}

try {
  main();
} catch (error) {
  // Aborted: the main thread stopped the pipeline and knows why.
  if (!(error instanceof Aborted)) post({ type: 'failed', error: serializeError(error) });
}
