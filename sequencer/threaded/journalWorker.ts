/**
 * The journal writer's thread (worker entry; runs from dist/). Consumes the
 * input ring as consumer 0, side by side with the core: every poll takes all
 * the ring has published (group commit: however many commands arrived while
 * the last fdatasync ran), appends their CoreCommand records to the
 * JournalWriter as they are (seq and timestamp read from the record), flushes
 * them with one write and, per fsync policy, one fdatasync, and publishes the
 * journal's durable seq in the control block, where the main thread reads it
 * before releasing any result.
 *
 * It starts once the core worker has recovered: recovery cuts a torn tail,
 * and the writer must open the journal as recovery left it (the main thread
 * forwards the core's RecoveryResult in the 'open' message).
 */
import { pathToFileURL } from 'node:url';
import { parentPort, workerData } from 'node:worker_threads';
import { CommandCodec } from '../commandCodec.js';
import type { JournalFs } from '../journal/journalFs.js';
import { JournalWriter } from '../journal/journalWriter.js';
import { Ring } from '../ring/ring.js';
import { ControlBlock, PIPELINE_VERSION } from './controlBlock.js';
import { serializeError, type JournalOpenMessage, type JournalWorkerData, type WorkerMessage } from './pipelineMessages.js';
import { CONTROL_RECORD_BYTES, ControlOp, readControlRecord } from './pipelineRecords.js';

const port = parentPort!;
const post = (m: WorkerMessage): void => port.postMessage(m);
const d = workerData as JournalWorkerData;

async function loadFs(): Promise<JournalFs | undefined> {
  if (d.fsModule === null) return undefined;
  const url = d.fsModule.startsWith('file:') ? d.fsModule : pathToFileURL(d.fsModule).href;
  const m = (await import(url)) as { createJournalFs?: (options: unknown) => JournalFs };
  if (typeof m.createJournalFs !== 'function') throw new Error(`${d.fsModule} does not export createJournalFs(options)`);
  return m.createJournalFs(d.fsOptions);
}

async function run(open: JournalOpenMessage): Promise<void> {
  if (d.version !== PIPELINE_VERSION) {
    throw new Error(`journal worker built for pipeline version ${PIPELINE_VERSION}, started with ${d.version}: rebuild (npm run build)`);
  }
  const control = ControlBlock.attach(d.control);
  const fs = await loadFs();
  const writer = JournalWriter.open({
    ...d.journal, dataDir: d.dataDir, firstSeq: open.firstSeq,
    ...(fs !== undefined ? { fs } : {}),
    logger: { warn: (details, message) => post({ type: 'log', details, message }) },
  }, open.recovery);
  try {
    loop(writer, control);
  } catch (error) {
    writer.close(); // a failed writer only releases its file
    throw error;
  }
}

function loop(writer: JournalWriter, control: ControlBlock): void {
  const input = Ring.attach(d.input).consumer(0, d.wait);
  const view = new DataView(d.input);
  const codec = new CommandCodec();
  let records = 0;
  let syncRequested = false;

  const publish = (): void => {
    control.publishDurable(writer.durableSeq);
    control.publishJournalStats(writer.stats.flushes, writer.stats.fdatasyncs, records);
  };

  const onRecord = (bytes: Uint8Array, offset: number, length: number): void => {
    if (length === CONTROL_RECORD_BYTES) {
      if (readControlRecord(view, offset).op === ControlOp.SYNC) syncRequested = true;
      return;
    }
    codec.readStamp(view, offset, length);
    if (!writer.append(codec.stampSeq, codec.stampTimestampUs, bytes, offset, length)) {
      // The batch buffer is full before the ring ran dry: commit this much.
      writer.flush();
      publish();
      if (!writer.append(codec.stampSeq, codec.stampTimestampUs, bytes, offset, length)) throw new Error('journal batch cannot hold one command');
    }
    records++;
  };

  publish();
  post({ type: 'ready', durableSeq: writer.durableSeq });
  for (;;) {
    if (input.poll(onRecord) > 0) {
      writer.flush(); // one write, and one fdatasync under 'always'
      if (syncRequested) {
        syncRequested = false;
        writer.sync();
      }
      publish();
      continue;
    }
    if (control.aborted) {
      writer.close();
      return;
    }
    // Idle. Under 'interval' a written tail becomes durable when its sync is due.
    const due = writer.msUntilSyncDue();
    if (due === 0) {
      writer.flush();
      publish();
      continue;
    }
    const got = due === Infinity ? input.waitForData() : input.waitForData(Math.max(1, Math.ceil(due)));
    if (got === 0 && input.closed) break;
  }
  writer.close(); // flushes and, unless 'none', syncs
  publish();
  post({ type: 'closed', lastSeq: writer.nextSeq - 1, stats: { ...writer.stats, records } });
}

port.once('message', (m: JournalOpenMessage) => {
  run(m).catch((error: unknown) => post({ type: 'failed', error: serializeError(error) }));
});
