import type { Command } from '../engine/command.js';
import type { EventBuffer } from '../engine/eventBuffer.js';

/**
 * The seam between the gateway and everything behind it (ARCHITECTURE.md,
 * principles 3 and 8). Implementations: `InProcessSequencer` (journal and
 * core in the caller's thread: tests, benchmarks, replay);
 * `ThreadedSequencer` (threaded/: journal writer and core on worker threads
 * over SharedArrayBuffer rings, principle 7); later, a replicated log. The
 * gateway sees only this.
 *
 * Contract:
 * - `submit` stamps the command with the next sequence number (contiguous,
 *   from the journal's next seq) and a timestamp in microseconds (never
 *   decreasing), copies it (the caller may reuse its `Command` at once) and
 *   returns the seq. It never changes the caller's command.
 * - Everything is bounded: when a pipelined implementation has no room for
 *   another command (its input ring is full), `submit` throws
 *   `SequencerFullError` and `trySubmit` returns -1, in both cases changing
 *   nothing (no seq used, nothing dropped). The gateway stops reading its
 *   sockets, awaits `waitForSpace()`, and submits again. In process there is
 *   always room.
 * - Results are handed to the `ResultHandler` given at construction, one call
 *   per command, in seq order, and only once the journal's durable seq has
 *   passed the command (under the fsync policy in force): nothing leaves
 *   before it is durable.
 * - `flush` ends a batch: the commands submitted since the last one are
 *   written with one write and, under `always`, one fdatasync (group commit).
 *   A full batch is flushed by `submit` itself.
 * - After an I/O failure the sequencer is failed: the error is thrown, no
 *   result of a command that was not durable is ever delivered, and every
 *   later call throws. The process restarts and recovers.
 */
export interface Sequencer {
  /** Returns the command's seq; throws SequencerFullError when there is no room (see above). */
  submit(cmd: Command): number;
  /** As `submit`, but returns -1 instead of throwing SequencerFullError. */
  trySubmit(cmd: Command): number;
  /** Resolves once a command can be submitted; rejects if the sequencer fails or closes. */
  waitForSpace(): Promise<void>;
  flush(): void;
  /** Resolves when every command submitted so far has had its results delivered. */
  drain(): Promise<void>;
  /** Flushes, makes everything durable, delivers, and releases the journal. */
  close(): Promise<void>;
  /** Seq of the last command submitted (journal's first seq - 1 before any). */
  readonly lastSeq: number;
  /** Last seq durable under the fsync policy. */
  readonly durableSeq: number;
  /** Last seq whose results were delivered. */
  readonly deliveredSeq: number;
}

/**
 * Receives the results of one durable command: its events are
 * `events[first, end)` (EventBuffer records), valid only during the call
 * (the buffer is reused): copy or encode what must outlive it.
 */
export type ResultHandler = (seq: number, timestampUs: number, events: EventBuffer, first: number, end: number) => void;

/** Microseconds since the Unix epoch: the sequencer's clock, injectable (the core never reads one). */
export type ClockUs = () => number;

export const systemClockUs: ClockUs = () => Math.floor((performance.timeOrigin + performance.now()) * 1000);

/** The sequencer failed earlier (journal I/O) and accepts nothing more. */
export class SequencerFailedError extends Error {
  readonly code = 'ERR_SEQUENCER_FAILED';
  constructor(override readonly cause: Error) {
    super(`sequencer failed earlier and accepts nothing more: ${cause.message}`);
    this.name = 'SequencerFailedError';
  }
}

/**
 * Back-pressure: the sequencer's bounded input (a ring of `capacity`
 * commands) is full. Nothing was changed and no seq used: await
 * `waitForSpace()` and submit again.
 */
export class SequencerFullError extends Error {
  readonly code = 'ERR_SEQUENCER_FULL';
  constructor(readonly capacity: number) {
    super(`sequencer input is full (${capacity} commands in flight): await waitForSpace() and submit again`);
    this.name = 'SequencerFullError';
  }
}
