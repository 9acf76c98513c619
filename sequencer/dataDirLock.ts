import * as fs from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { JournalLogger } from './journal/journalErrors.js';

/**
 * One process per data directory: two sequencers on one directory would
 * interleave their journal writes (and recovery cuts tails, so even a second
 * one only starting would damage the first one's journal). A sequencer takes
 * `<dataDir>/LOCK` before recovery and releases it after its journal is
 * closed.
 *
 * The file is created exclusively ('wx') and holds, one `key value` a line:
 *
 *   pid 12345
 *   processStart 1222965          (Linux: /proc/<pid>/stat starttime, clock ticks since boot; '-' elsewhere)
 *   thread 0
 *   acquiredAt 2025-06-01T12:00:00.000Z
 *
 * A LOCK that exists is held while its pid runs. `processStart` tells the
 * holder from a later process that got the same pid: a container restarted
 * after a crash runs its server as pid 1 again, and comparing pids alone
 * would make it refuse its own stale lock forever. A zombie (killed, not yet
 * reaped by its parent) is not running either. The same process (any of its
 * threads) is a live holder, so opening a directory twice in one process
 * fails too.
 *
 * A lock whose holder is gone is stale: it is taken over, `staleTakenOver`
 * is set and the logger warned. Taking over moves the file aside and removes
 * it only if it is still the stale one judged (another starter may have
 * replaced it meanwhile, and then it is put back), so two processes starting
 * together after a crash do not both win.
 *
 * The file is not fsynced: a lock matters only while its holder runs, and
 * after a power loss every holder is gone; a LOCK left empty by one is old,
 * hence stale (below).
 */

export const DATA_DIR_LOCK_FILE = 'LOCK';
/** An empty or unparsable LOCK younger than this may be one another process is writing right now. */
export const UNREADABLE_LOCK_GRACE_MS = 5_000;
/** Create / take-over rounds before giving up when other processes keep racing for the lock. */
const ACQUIRE_ATTEMPTS_MAX = 8;

export class DataDirLockedError extends Error {
  readonly code = 'ERR_DATA_DIR_LOCKED';
  constructor(
    readonly path: string,
    /** pid of the live holder, null when it could not be told. */
    readonly holderPid: number | null,
    detail: string,
  ) {
    super(`${path}: data directory locked: ${detail}`);
    this.name = 'DataDirLockedError';
  }
}

export interface DataDirLock {
  readonly path: string;
  /** A lock left by a process that is gone was replaced (and reported to the logger). */
  readonly staleTakenOver: boolean;
  /** What was taken over and why it was stale; null when nothing was. */
  readonly staleMessage: string | null;
  /** Removes LOCK. Idempotent. Throws, naming the file, if LOCK is no longer this lock. */
  release(): void;
}

/**
 * Takes `<dataDir>/LOCK` (creating the directory if needed), or throws a
 * DataDirLockedError naming the file and the live holder's pid.
 */
export function acquireDataDirLock(dataDir: string, logger?: JournalLogger): DataDirLock {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
  } catch (cause) {
    throw new Error(`${dataDir}: cannot create the data directory: ${messageOf(cause)}`, { cause });
  }
  const path = join(dataDir, DATA_DIR_LOCK_FILE);
  const content = lockContent();
  let staleMessage: string | null = null;
  for (let attempt = 0; attempt < ACQUIRE_ATTEMPTS_MAX; attempt++) {
    if (tryCreate(path, content)) {
      if (staleMessage !== null) logger?.warn({ code: 'WARN_DATA_DIR_LOCK_STALE', file: path }, staleMessage);
      return new HeldLock(path, content, staleMessage);
    }
    const found = readLockFile(path);
    if (found === null) continue;
    const whyStale = staleReasonOrThrow(path, found);
    if (removeIfUnchanged(path, found.text)) staleMessage = `${path}: took over a stale lock: ${whyStale}`;
  }
  throw new DataDirLockedError(path, null, `not acquired in ${ACQUIRE_ATTEMPTS_MAX} attempts: other processes keep creating and removing it`);
}

class HeldLock implements DataDirLock {
  private released = false;

  constructor(
    readonly path: string,
    private readonly content: string,
    readonly staleMessage: string | null,
  ) {}

  get staleTakenOver(): boolean {
    return this.staleMessage !== null;
  }

  release(): void {
    if (this.released) return;
    this.released = true;
    const found = readLockFile(this.path);
    if (found === null || found.text !== this.content) {
      // Someone removed or replaced it while we held it: another process may
      // have written this directory, which must not pass unnoticed.
      throw new Error(`${this.path}: lock not released: ${found === null ? 'the file is gone' : `it now reads ${JSON.stringify(found.text)}`}, so it was removed or taken over while held`);
    }
    try {
      fs.unlinkSync(this.path);
    } catch (cause) {
      throw new Error(`${this.path}: cannot remove the lock file: ${messageOf(cause)}`, { cause });
    }
  }
}

interface LockFile {
  text: string;
  mtimeMs: number;
}

interface Holder {
  pid: number;
  /** Kernel start time of the holder, null when not recorded. */
  processStart: string | null;
}

function lockContent(): string {
  const start = procStat(process.pid)?.start ?? '-';
  return `pid ${process.pid}\nprocessStart ${start}\nthread ${threadId}\nacquiredAt ${new Date().toISOString()}\n`;
}

/** true when created; false when a LOCK exists already. */
function tryCreate(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = fs.openSync(path, 'wx');
  } catch (cause) {
    if (codeOf(cause) === 'EEXIST') return false;
    throw new Error(`${path}: cannot create the lock file: ${messageOf(cause)}`, { cause });
  }
  try {
    const bytes = Buffer.from(content, 'utf8');
    let off = 0;
    while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
  } catch (cause) {
    fs.closeSync(fd);
    fs.rmSync(path, { force: true });
    throw new Error(`${path}: cannot write the lock file: ${messageOf(cause)}`, { cause });
  }
  fs.closeSync(fd);
  return true;
}

/** The lock file's text and modification time, null when there is none. */
function readLockFile(path: string): LockFile | null {
  let fd: number;
  try {
    fd = fs.openSync(path, 'r');
  } catch (cause) {
    if (codeOf(cause) === 'ENOENT') return null;
    throw new Error(`${path}: cannot read the lock file: ${messageOf(cause)}`, { cause });
  }
  try {
    return { mtimeMs: fs.fstatSync(fd).mtimeMs, text: fs.readFileSync(fd, 'utf8') };
  } finally {
    fs.closeSync(fd);
  }
}

/** Why the lock is stale; throws DataDirLockedError when it is held. */
function staleReasonOrThrow(path: string, found: LockFile): string {
  const holder = parseHolder(found.text);
  if (holder === null) {
    const ageMs = Math.round(Date.now() - found.mtimeMs);
    if (ageMs < UNREADABLE_LOCK_GRACE_MS) {
      throw new DataDirLockedError(path, null, `the lock file is unreadable and ${ageMs} ms old: another process may be writing it (if none uses the directory, delete it)`);
    }
    return `the lock file is unreadable (${found.text.length} bytes) and ${ageMs} ms old: its writer died before finishing it`;
  }
  const dead = whyNotRunning(holder);
  if (dead !== null) return `pid ${holder.pid} ${dead}`;
  const who = holder.pid === process.pid ? `this process (pid ${holder.pid}) has the directory open already` : `held by running process pid ${holder.pid}`;
  throw new DataDirLockedError(path, holder.pid, `${who}; two processes on one data directory would interleave journal writes`);
}

function parseHolder(text: string): Holder | null {
  const pid = /^pid (\d{1,10})$/m.exec(text);
  const start = /^processStart (\d+|-)$/m.exec(text);
  if (pid === null || start === null) return null;
  const n = Number(pid[1]);
  // 0 would signal our process group, which process.kill(0, 0) reports alive.
  if (!(n >= 1 && n <= 0x7fffffff)) return null;
  return { pid: n, processStart: start[1] === '-' ? null : start[1]! };
}

/** null when the holder is running; otherwise why not. */
function whyNotRunning(holder: Holder): string | null {
  try {
    process.kill(holder.pid, 0);
  } catch (cause) {
    // EPERM: the process exists, owned by another user.
    if (codeOf(cause) === 'ESRCH') return 'is not running';
  }
  const stat = procStat(holder.pid);
  if (stat === null) return null;
  if (stat.state === 'Z' || stat.state === 'X') return 'has exited (its parent has not reaped it yet)';
  if (holder.processStart !== null && stat.start !== holder.processStart) {
    return `is now another process (started at tick ${stat.start}; the holder started at tick ${holder.processStart})`;
  }
  return null;
}

/** State and start time (clock ticks since boot) from /proc/<pid>/stat; null without procfs or process. */
function procStat(pid: number): { state: string; start: string } | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // Field 2 is the command name in parentheses and may hold spaces or ')':
  // the fields after the last ')' are 3 (state) onwards, starttime being 22.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  const start = fields[19];
  return state !== undefined && start !== undefined && /^\d+$/.test(start) ? { state, start } : null;
}

/**
 * Removes the stale LOCK judged from `judgedText`, unless it changed since:
 * renamed aside first (atomic), so a lock another starter created meanwhile
 * is never deleted, only moved and put back. true when the stale one went.
 */
function removeIfUnchanged(path: string, judgedText: string): boolean {
  const aside = `${path}.takeover-${process.pid}-${threadId}`;
  try {
    fs.renameSync(path, aside);
  } catch (cause) {
    if (codeOf(cause) === 'ENOENT') return false;
    throw new Error(`${path}: cannot move the stale lock file aside: ${messageOf(cause)}`, { cause });
  }
  let stale = false;
  try {
    stale = readLockFile(aside)?.text === judgedText;
  } finally {
    // Anything but the stale lock judged (or a file that failed to read) goes back.
    if (!stale) putBack(path, aside);
    fs.rmSync(aside, { force: true });
  }
  return stale;
}

function putBack(path: string, aside: string): void {
  try {
    fs.linkSync(aside, path);
  } catch (cause) {
    // A third process created LOCK while the second one's was aside: both
    // now believe they hold the directory, and only an operator can tell.
    throw new DataDirLockedError(path, null, `a lock replaced during a stale takeover could not be put back (${messageOf(cause)}): stop every process using this directory and start one`);
  }
}

function codeOf(cause: unknown): string | undefined {
  return typeof cause === 'object' && cause !== null && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
