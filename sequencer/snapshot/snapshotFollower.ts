import { Worker } from 'node:worker_threads';
import type { JournalLogger } from '../journal/journalErrors.js';
import type { FollowerSnapshot, FollowerWorkerData, FromFollower, ToFollower } from './followerMessages.js';

/** The worker's data (followerMessages.ts), and what only the main thread needs. */
export interface SnapshotFollowerOptions extends FollowerWorkerData {
  /** Directory (file URL) holding the built followerWorker.js. */
  workerUrl: URL;
  logger?: JournalLogger;
  /** Called for every snapshot written (periodic or requested). */
  onSnapshot?: (info: FollowerSnapshot) => void;
}

/**
 * Writes the core's snapshots from a worker of its own (followerWorker.ts),
 * so the core that serves orders never stalls for one: the follower rebuilds
 * the same state from the newest snapshot and the journal, follows the
 * journal up to the durable seq, and snapshots every `everyCommands` and on
 * request. It holds a second copy of the core's state in memory.
 *
 * A follower failure never fails the pipeline (a missing snapshot costs only
 * a longer replay at the next start): it is logged, kept in `failure`, and
 * pending requests are rejected with it.
 */
export class SnapshotFollower {
  failure: Error | null = null;
  private readonly worker: Worker;
  private nextRequest = 1;
  private readonly pending = new Map<number, { resolve(info: FollowerSnapshot): void; reject(e: Error): void }>();
  private readonly exited: Promise<void>;

  constructor(private readonly o: SnapshotFollowerOptions) {
    const data: FollowerWorkerData = {
      dataDir: o.dataDir, spec: o.spec, control: o.control, everyCommands: o.everyCommands,
      snapshotsKept: o.snapshotsKept, pruneCoveredSegments: o.pruneCoveredSegments, journal: o.journal,
    };
    this.worker = new Worker(new URL('followerWorker.js', o.workerUrl), { workerData: data });
    this.worker.on('message', (m: FromFollower) => this.onMessage(m));
    this.worker.on('error', (e) => this.fail(e));
    this.exited = new Promise((resolve) => this.worker.once('exit', () => {
      this.fail(new Error('snapshot follower stopped'));
      resolve();
    }));
  }

  /** A snapshot of every command durable now; resolves when it is written. */
  snapshot(): Promise<FollowerSnapshot> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const requestId = this.nextRequest++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject });
      this.worker.postMessage({ type: 'snapshot', requestId } satisfies ToFollower);
    });
  }

  /** Stops the worker after the snapshot it is writing, if any. */
  async stop(): Promise<void> {
    if (this.failure === null) this.worker.postMessage({ type: 'stop' } satisfies ToFollower);
    await this.exited;
  }

  private onMessage(m: FromFollower): void {
    switch (m.type) {
      case 'snapshot': {
        this.o.onSnapshot?.(m.info);
        const p = this.pending.get(m.requestId);
        this.pending.delete(m.requestId);
        p?.resolve(m.info);
        break;
      }
      case 'warn': this.o.logger?.warn({ code: 'WARN_SNAPSHOT_FOLLOWER' }, m.message); break;
      case 'failed': {
        const e = new Error(`snapshot follower failed: ${m.message}`);
        if (m.stack !== undefined) e.stack = m.stack;
        this.o.logger?.warn({ code: 'WARN_SNAPSHOT_FOLLOWER' }, e.message);
        this.fail(e);
        break;
      }
      case 'stopped': break;
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const p of this.pending.values()) p.reject(this.failure);
    this.pending.clear();
  }
}
