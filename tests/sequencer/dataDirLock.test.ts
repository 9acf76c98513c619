import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import { existsSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireDataDirLock, DATA_DIR_LOCK_FILE, DataDirLockedError, UNREADABLE_LOCK_GRACE_MS, type DataDirLock } from '../../sequencer/dataDirLock.js';
import { TempDirs } from './journal/support/tempDir.js';

// renameSync passes through, except where a test interleaves another starter with a takeover.
vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return { ...actual, renameSync: vi.fn(actual.renameSync) };
});

const dirs = new TempDirs();
const held: DataDirLock[] = [];
const children: ChildProcess[] = [];
afterEach(() => {
  for (const lock of held.splice(0)) {
    try {
      lock.release();
    } catch {
      // A test that replaced the file on purpose has checked release's error already.
    }
  }
  for (const child of children.splice(0)) child.kill('SIGKILL');
  dirs.cleanup();
});

const hasProcfs = existsSync('/proc/self/stat');

function acquire(dataDir: string, warnings: string[] = []): DataDirLock {
  const lock = acquireDataDirLock(dataDir, { warn: (_d, m) => warnings.push(m) });
  held.push(lock);
  return lock;
}

function errorOf(f: () => unknown): DataDirLockedError {
  try {
    f();
  } catch (e) {
    if (e instanceof DataDirLockedError) return e;
    throw e;
  }
  throw new Error('expected a DataDirLockedError');
}

/** pid of a process that has run and been reaped: nothing runs under it now. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  return child.pid!;
}

function writeLock(dataDir: string, text: string): string {
  const path = join(dataDir, DATA_DIR_LOCK_FILE);
  writeFileSync(path, text);
  return path;
}

const lockText = (pid: number, processStart = '-') => `pid ${pid}\nprocessStart ${processStart}\nthread 0\nacquiredAt 2020-01-01T00:00:00.000Z\n`;

describe('data directory lock', () => {
  it('writes LOCK with our pid and start; a second acquire in the same process fails naming path and pid', () => {
    const dir = dirs.make('lock-');
    const lock = acquire(dir);
    expect(lock.path).toBe(join(dir, DATA_DIR_LOCK_FILE));
    expect(lock.staleTakenOver).toBe(false);
    const text = readFileSync(lock.path, 'utf8');
    expect(text).toMatch(new RegExp(`^pid ${process.pid}$`, 'm'));
    expect(text).toMatch(hasProcfs ? /^processStart \d+$/m : /^processStart -$/m);
    expect(text).toMatch(/^acquiredAt \d{4}-\d\d-\d\dT/m);

    const error = errorOf(() => acquire(dir));
    expect(error.code).toBe('ERR_DATA_DIR_LOCKED');
    expect(error.holderPid).toBe(process.pid);
    expect(error.message).toContain(lock.path);
    expect(error.message).toContain(`this process (pid ${process.pid})`);
    expect(readFileSync(lock.path, 'utf8')).toBe(text);
  });

  it('refuses a lock held by another running process, naming its pid', async () => {
    const dir = dirs.make('lock-');
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(child);
    await new Promise((resolve) => child.once('spawn', resolve));
    const path = writeLock(dir, lockText(child.pid!));
    const error = errorOf(() => acquire(dir));
    expect(error.holderPid).toBe(child.pid);
    expect(error.message).toContain(path);
    expect(error.message).toContain(`held by running process pid ${child.pid}`);
    expect(readFileSync(path, 'utf8')).toBe(lockText(child.pid!));
  });

  it('takes over a stale lock whose process has exited, and says so', async () => {
    const dir = dirs.make('lock-');
    const pid = await deadPid();
    writeLock(dir, lockText(pid));
    const warnings: string[] = [];
    const lock = acquire(dir, warnings);
    expect(lock.staleTakenOver).toBe(true);
    expect(lock.staleMessage).toContain(`pid ${pid} is not running`);
    expect(warnings).toEqual([lock.staleMessage]);
    expect(readFileSync(lock.path, 'utf8')).toMatch(new RegExp(`^pid ${process.pid}$`, 'm'));
  });

  it.skipIf(!hasProcfs)('takes over a lock whose pid now belongs to a later process (our own pid after a container restart)', () => {
    const dir = dirs.make('lock-');
    writeLock(dir, lockText(process.pid, '1'));
    const lock = acquire(dir);
    expect(lock.staleTakenOver).toBe(true);
    expect(lock.staleMessage).toMatch(new RegExp(`pid ${process.pid} is now another process .*holder started at tick 1\\)`));
  });

  it.skipIf(!hasProcfs)('takes over a lock whose holder is a zombie its parent has not reaped', async () => {
    const dir = dirs.make('lock-');
    // `sleep 0` exits at once; its parent execs `sleep 30`, which never reaps it.
    const parent = spawn('sh', ['-c', 'sleep 0 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    children.push(parent);
    const pid = Number(await new Promise<string>((resolve) => parent.stdout!.once('data', (b: Buffer) => resolve(b.toString()))));
    const deadline = Date.now() + 5000;
    while (!/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))) {
      if (Date.now() > deadline) throw new Error(`pid ${pid} did not become a zombie`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    writeLock(dir, lockText(pid));
    const lock = acquire(dir);
    expect(lock.staleMessage).toContain(`pid ${pid} has exited`);
  });

  it('a takeover never deletes the lock another starter put in place between its check and its move', async () => {
    const dir = dirs.make('lock-');
    const path = writeLock(dir, lockText(await deadPid()));
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
    children.push(child);
    await new Promise((resolve) => child.once('spawn', resolve));
    const winner = lockText(child.pid!);
    const realRename = vi.mocked(fs.renameSync).getMockImplementation()!;
    vi.mocked(fs.renameSync).mockImplementationOnce((from, to) => {
      // The other starter took the stale lock over first: our move catches its fresh one.
      rmSync(from);
      writeFileSync(from, winner);
      realRename(from, to);
    });
    const error = errorOf(() => acquire(dir));
    expect(error.holderPid).toBe(child.pid);
    expect(readFileSync(path, 'utf8')).toBe(winner);
    expect(readdirSync(dir)).toEqual([DATA_DIR_LOCK_FILE]);
  });

  it('release removes LOCK (once), after which the directory can be locked again', () => {
    const dir = dirs.make('lock-');
    const first = acquire(dir);
    first.release();
    expect(existsSync(first.path)).toBe(false);
    first.release();
    const second = acquire(dir);
    expect(second.staleTakenOver).toBe(false);
    expect(existsSync(second.path)).toBe(true);
  });

  it('release refuses to remove a LOCK that is no longer its own, naming the file', () => {
    const dir = dirs.make('lock-');
    const lock = acquire(dir);
    writeLock(dir, lockText(1));
    expect(() => lock.release()).toThrow(new RegExp(`${lock.path}: lock not released: it now reads`));
    expect(readFileSync(lock.path, 'utf8')).toBe(lockText(1));
  });

  it('refuses an unreadable LOCK that may be being written, takes over an old one', () => {
    const dir = dirs.make('lock-');
    const path = writeLock(dir, '');
    expect(errorOf(() => acquire(dir)).message).toMatch(/unreadable and \d+ ms old: another process may be writing it/);
    const past = (Date.now() - 2 * UNREADABLE_LOCK_GRACE_MS) / 1000;
    utimesSync(path, past, past);
    const lock = acquire(dir);
    expect(lock.staleMessage).toMatch(/unreadable \(0 bytes\)/);
  });

  it('creates the data directory when it does not exist yet', () => {
    const dir = join(dirs.make('lock-'), 'new', 'data');
    const lock = acquire(dir);
    expect(existsSync(lock.path)).toBe(true);
  });
});
