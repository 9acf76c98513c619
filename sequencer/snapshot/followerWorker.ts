/**
 * The snapshot follower's thread (worker entry; runs from dist/). It keeps a
 * core of its own, built like recovery builds one (newest snapshot, then
 * the journal) and brought forward by replaying the journal up to the
 * pipeline's durable seq, and writes the snapshots: the core that serves
 * orders never pauses for one (issue 5, "Snapshots"). It reads only files
 * and the durable seq, so it can lag, fail or stop without touching the
 * pipeline; a snapshot never covers a command that is not durable.
 */
import { setPriority } from 'node:os';
import { parentPort, receiveMessageOnPort, workerData } from 'node:worker_threads';
import { exportCoreState } from '../../risk/coreState.js';
import type { ExchangeCore } from '../../risk/exchangeCore.js';
import { recoverCore, replayJournal } from '../coreRecovery.js';
import { recoverJournal } from '../journal/recovery.js';
import { pruneSegments } from '../journal/segmentRetention.js';
import { C_DURABLE, ControlBlock } from '../threaded/controlBlock.js';
import type { FollowerWorkerData, FromFollower, ToFollower } from './followerMessages.js';
import { oldestSnapshotSeq, writeSnapshot } from './snapshotFiles.js';

const port = parentPort!;
const d = workerData as FollowerWorkerData;
const post = (m: FromFollower): void => port.postMessage(m);
const control = ControlBlock.attach(d.control);
// The journal writer appends to the last segment while this thread reads it:
// a record half written at the end looks like a torn tail, which read-only
// recovery reports and leaves alone. Only records up to the durable seq are applied.
const quiet = { warn: () => {} };

let core: ExchangeCore | null = null;
let lastSeq = 0;
let lastTimestampUs = 0;
let lastSnapshotSeq = -1;

/** Applies the journal up to `target` (durable); returns the commands applied. */
function catchUp(target: number): number {
  if (core === null) {
    const r = recoverCore({ dataDir: d.dataDir, spec: d.spec, journal: d.journal, readOnly: true, untilSeq: target, logger: quiet });
    core = r.core;
    lastSeq = r.lastSeq;
    lastTimestampUs = Math.max(0, r.lastTimestampUs);
    if (lastSnapshotSeq < 0) lastSnapshotSeq = r.snapshotSeq;
    return r.replayed;
  }
  if (target <= lastSeq) return 0;
  const config = { ...d.journal, dataDir: d.dataDir, readOnly: true, firstSeq: lastSeq + 1, logger: quiet };
  const r = replayJournal(core, config, recoverJournal(config), lastSeq + 1, target);
  if (r.replayed > 0) {
    lastSeq = r.lastSeq;
    lastTimestampUs = r.lastTimestampUs;
  }
  if (lastSeq < target) throw new Error(`snapshot follower: the journal ends at seq ${lastSeq}, the durable seq is ${target}`);
  return r.replayed;
}

function snapshot(requestId: number): void {
  const target = control.durableSeq(lastSeq);
  const t0 = performance.now();
  const applied = catchUp(target);
  const t1 = performance.now();
  const path = writeSnapshot(d.dataDir, { seq: lastSeq, timestampUs: lastTimestampUs, core: exportCoreState(core!) }, d.snapshotsKept);
  if (d.pruneCoveredSegments) pruneSegments(d.dataDir, oldestSnapshotSeq(d.dataDir));
  lastSnapshotSeq = lastSeq;
  post({ type: 'snapshot', requestId, info: { seq: lastSeq, path, catchUpMs: t1 - t0, writeMs: performance.now() - t1, commandsApplied: applied } });
}

function main(): void {
  // Lowest scheduling priority for this thread only (Linux nice values are per thread): on a machine
  // with fewer cores than busy threads, the core, the journal writer and the gateway win the CPU and the
  // follower takes what is left. Refused elsewhere: then it only shares the CPU evenly.
  try {
    setPriority(19);
  } catch {
    // Not permitted here: the follower still works, at normal priority.
  }
  for (;;) {
    let m: { message: ToFollower } | undefined;
    while ((m = receiveMessageOnPort(port) as { message: ToFollower } | undefined) !== undefined) {
      if (m.message.type === 'stop') return;
      snapshot(m.message.requestId);
    }
    const durable = control.durableSeq(lastSeq);
    const base = lastSnapshotSeq < 0 ? 0 : lastSnapshotSeq;
    if (d.everyCommands > 0 && durable - base >= d.everyCommands) {
      snapshot(0);
      continue;
    }
    // Wake when the durable seq moves (or every 50 ms, to see a request).
    control.waitDurable(Atomics.load(control.i32, C_DURABLE), 50);
  }
}

try {
  main();
  post({ type: 'stopped' });
} catch (error) {
  const e = error as Error;
  post({ type: 'failed', message: e.message, ...(e.stack !== undefined ? { stack: e.stack } : {}) });
}
