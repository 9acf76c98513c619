import { nodeJournalFs, type JournalFs } from '../../../../sequencer/journal/journalFs.js';

export type FsOp = keyof JournalFs;

export interface Fault {
  op: FsOp;
  /** Fail the n-th call of `op` from now (1 = the next one). */
  atCall: number;
  /** errno code of the thrown error (ENOSPC, EIO, ...). */
  code: string;
  /** writeSync only: that call writes this many bytes for real and returns; the following write fails. */
  shortWriteBytes?: number;
}

type Verdict = { kind: 'ok' } | { kind: 'fail'; code: string } | { kind: 'short'; bytes: number };
const OK: Verdict = { kind: 'ok' };

/**
 * The real file system, counting every call by operation and failing one
 * chosen call the way Node reports a failed syscall (an Error with an errno
 * `code`), to simulate a full disk or a failing device.
 */
export class FaultyFs implements JournalFs {
  readonly calls: Record<FsOp, number> = {
    openSync: 0, closeSync: 0, writeSync: 0, readSync: 0, fdatasyncSync: 0, fsyncSync: 0,
    sizeOf: 0, ftruncateSync: 0, readdirSync: 0, unlinkSync: 0, mkdirSync: 0,
  };
  private fault: Fault | null = null;
  private countdown = 0;

  inject(fault: Fault): void {
    this.fault = fault;
    this.countdown = fault.atCall;
  }

  private verdict(op: FsOp): Verdict {
    this.calls[op]++;
    const f = this.fault;
    if (f === null || f.op !== op || --this.countdown > 0) return OK;
    if (f.shortWriteBytes !== undefined) {
      this.fault = { op, atCall: 1, code: f.code };
      this.countdown = 1;
      return { kind: 'short', bytes: f.shortWriteBytes };
    }
    this.fault = null;
    return { kind: 'fail', code: f.code };
  }

  private run<T>(op: FsOp, real: () => T): T {
    const v = this.verdict(op);
    if (v.kind === 'fail') throw Object.assign(new Error(`${v.code}: simulated failure of ${op}`), { code: v.code });
    return real();
  }

  openSync(path: string, flags: string): number {
    return this.run('openSync', () => nodeJournalFs.openSync(path, flags));
  }
  closeSync(fd: number): void {
    this.run('closeSync', () => nodeJournalFs.closeSync(fd));
  }
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number {
    const v = this.verdict('writeSync');
    if (v.kind === 'fail') throw Object.assign(new Error(`${v.code}: simulated failure of writeSync`), { code: v.code });
    const n = v.kind === 'short' ? Math.min(length, v.bytes) : length;
    return nodeJournalFs.writeSync(fd, buffer, offset, n, position);
  }
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number {
    return this.run('readSync', () => nodeJournalFs.readSync(fd, buffer, offset, length, position));
  }
  fdatasyncSync(fd: number): void {
    this.run('fdatasyncSync', () => nodeJournalFs.fdatasyncSync(fd));
  }
  fsyncSync(fd: number): void {
    this.run('fsyncSync', () => nodeJournalFs.fsyncSync(fd));
  }
  sizeOf(fd: number): number {
    return this.run('sizeOf', () => nodeJournalFs.sizeOf(fd));
  }
  ftruncateSync(fd: number, length: number): void {
    this.run('ftruncateSync', () => nodeJournalFs.ftruncateSync(fd, length));
  }
  readdirSync(path: string): string[] {
    return this.run('readdirSync', () => nodeJournalFs.readdirSync(path));
  }
  unlinkSync(path: string): void {
    this.run('unlinkSync', () => nodeJournalFs.unlinkSync(path));
  }
  mkdirSync(path: string): void {
    this.run('mkdirSync', () => nodeJournalFs.mkdirSync(path));
  }
}
