import type { CoreSpec } from '../../risk/coreSpec.js';
import type { JournalOptions } from '../coreRecovery.js';

/** What the snapshot follower's worker is started with (snapshotFollower.ts). */
export interface FollowerWorkerData {
  dataDir: string;
  spec: CoreSpec;
  /** The pipeline's control block: the follower reads only the journal's durable seq from it. */
  control: SharedArrayBuffer;
  /** Snapshot once the durable seq is this many commands past the last snapshot; 0 = on request only. */
  everyCommands: number;
  snapshotsKept: number;
  pruneCoveredSegments: boolean;
  journal: JournalOptions;
}

export type ToFollower = { type: 'snapshot'; requestId: number } | { type: 'stop' };

export interface FollowerSnapshot {
  seq: number;
  path: string;
  /** Catching up: the first time a recovery (snapshot + journal), then the journal since the last snapshot. */
  catchUpMs: number;
  /** Exporting, encoding and writing the snapshot. */
  writeMs: number;
  commandsApplied: number;
}

export type FromFollower =
  | { type: 'snapshot'; requestId: number; info: FollowerSnapshot }
  | { type: 'warn'; message: string }
  | { type: 'failed'; message: string; stack?: string }
  | { type: 'stopped' };
