/**
 * A journal file system for the threaded sequencer's tests, loaded inside its
 * journal worker (`journalFsModule`, transpiled by workerModule): the real
 * file system through FaultyFs, with fdatasync controlled from the test
 * thread through a SharedArrayBuffer of Int32 words (GATE_*):
 * - HOLD: while non-zero, fdatasync waits (a slow disk, held as long as the
 *   test wants);
 * - SYNCS: fdatasyncs completed (or attempted and failed);
 * - FAIL_NEXT: when non-zero, the next fdatasync fails with ENOSPC (a full
 *   disk) and the word is cleared.
 */
import type { JournalFs } from '../../../sequencer/journal/journalFs.js';
import { FaultyFs } from '../journal/support/faultyFs.js';

export const GATE_HOLD = 0;
export const GATE_SYNCS = 1;
export const GATE_FAIL_NEXT = 2;
export const GATE_WORDS = 4;

export interface GatedFsOptions {
  gate: SharedArrayBuffer;
}

export function createJournalFs(o: GatedFsOptions): JournalFs {
  const gate = new Int32Array(o.gate);
  const fs = new FaultyFs();
  const realSync = fs.fdatasyncSync.bind(fs);
  fs.fdatasyncSync = (fd: number): void => {
    while (Atomics.load(gate, GATE_HOLD) !== 0) Atomics.wait(gate, GATE_HOLD, Atomics.load(gate, GATE_HOLD), 20);
    if (Atomics.exchange(gate, GATE_FAIL_NEXT, 0) !== 0) fs.inject({ op: 'fdatasyncSync', atCall: 1, code: 'ENOSPC' });
    try {
      realSync(fd);
    } finally {
      Atomics.add(gate, GATE_SYNCS, 1);
    }
  };
  return fs;
}

/** The test thread's handle on a gate. */
export class FsGate {
  readonly buffer = new SharedArrayBuffer(GATE_WORDS * 4);
  private readonly i32 = new Int32Array(this.buffer);

  hold(): void {
    Atomics.store(this.i32, GATE_HOLD, 1);
  }

  release(): void {
    Atomics.store(this.i32, GATE_HOLD, 0);
    Atomics.notify(this.i32, GATE_HOLD);
  }

  failNextSync(): void {
    Atomics.store(this.i32, GATE_FAIL_NEXT, 1);
  }

  get syncs(): number {
    return Atomics.load(this.i32, GATE_SYNCS);
  }
}
