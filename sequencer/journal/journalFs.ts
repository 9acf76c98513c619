import * as fs from 'node:fs';

/**
 * The file-system calls the journal makes, as a small interface so tests can
 * count fdatasyncs and simulate a full disk or EIO (tests/sequencer/journal/
 * support/faultyFs.ts). All synchronous: the journal runs on its own worker
 * thread, where blocking is the point, and a sync call has no promise or
 * callback to allocate.
 *
 * Offsets are always explicit (`position`), so a short or failed write never
 * leaves a file-position cursor out of step with what the journal believes.
 */
export interface JournalFs {
  /** `flags` as in fs.openSync: 'r' read, 'r+' read/write existing, 'wx' create exclusively. */
  openSync(path: string, flags: string): number;
  closeSync(fd: number): void;
  /** Returns bytes written; may be fewer than `length` (a short write). */
  writeSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  /** Returns bytes read; 0 at end of file. */
  readSync(fd: number, buffer: Uint8Array, offset: number, length: number, position: number): number;
  fdatasyncSync(fd: number): void;
  /** Full fsync, used on directories so a new segment's name is durable. */
  fsyncSync(fd: number): void;
  sizeOf(fd: number): number;
  ftruncateSync(fd: number, length: number): void;
  readdirSync(path: string): string[];
  unlinkSync(path: string): void;
  mkdirSync(path: string): void;
}

export const nodeJournalFs: JournalFs = {
  openSync: (path, flags) => fs.openSync(path, flags),
  closeSync: (fd) => fs.closeSync(fd),
  writeSync: (fd, buffer, offset, length, position) => fs.writeSync(fd, buffer, offset, length, position),
  readSync: (fd, buffer, offset, length, position) => fs.readSync(fd, buffer, offset, length, position),
  fdatasyncSync: (fd) => fs.fdatasyncSync(fd),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  sizeOf: (fd) => fs.fstatSync(fd).size,
  ftruncateSync: (fd, length) => fs.ftruncateSync(fd, length),
  readdirSync: (path) => fs.readdirSync(path),
  unlinkSync: (path) => fs.unlinkSync(path),
  mkdirSync: (path) => {
    fs.mkdirSync(path, { recursive: true });
  },
};

/**
 * fsync a directory, so that a file created or removed in it survives a
 * crash (POSIX makes the name durable only through the directory).
 */
export function syncDirectory(jfs: JournalFs, dir: string): void {
  const fd = jfs.openSync(dir, 'r');
  try {
    jfs.fsyncSync(fd);
  } finally {
    jfs.closeSync(fd);
  }
}
