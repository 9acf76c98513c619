import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';

/**
 * The exchange under fuzz as a child process (`dist/gateway/main.js --config
 * FILE --data-dir DIR --port N --fsync none`), so that a crash is seen as
 * the process ending (its stack is in the log file, which every start
 * appends to), and the replay tool (`dist/sequencer/cli/replay.js`) that
 * reads the core's state hash from the data directory.
 */
export interface Health {
  status: string;
  lastSeq: number;
  durableSeq: number;
  deliveredSeq: number;
  connections: number;
}

/** Shared with the end-to-end bench: a free loopback port. */
export { freePort } from '../e2e/servers.js';

function httpGet(url: string, timeoutMs = 2000): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = get(url, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class ExchangeProcess {
  exit: { code: number | null; signal: string | null } | null = null;
  readonly exited: Promise<{ code: number | null; signal: string | null }>;

  private constructor(private readonly child: ChildProcess, readonly port: number, readonly logPath: string) {
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => {
      this.exit = { code, signal };
      resolve(this.exit);
    }));
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  get httpUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Starts the server and waits (up to 60 s) until GET /health answers 200. */
  static async start(o: { root: string; configPath: string; dataDir: string; port: number; logPath: string }): Promise<ExchangeProcess> {
    const fd = openSync(o.logPath, 'a');
    const child = spawn(process.execPath, [
      join(o.root, 'dist/gateway/main.js'), '--config', o.configPath, '--data-dir', o.dataDir, '--port', String(o.port),
      '--fsync', 'none', '--log-level', 'warn',
    ], { stdio: ['ignore', fd, fd], cwd: o.root });
    closeSync(fd);
    const p = new ExchangeProcess(child, o.port, o.logPath);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (p.exit !== null) throw new Error(`the exchange exited during startup (${JSON.stringify(p.exit)}):\n${p.logTail()}`);
      try {
        if ((await httpGet(`${p.httpUrl}/health`)).status === 200) return p;
      } catch {
        // not listening yet
      }
      await sleep(100);
    }
    await p.stop();
    throw new Error(`the exchange did not answer /health within 60 s:\n${p.logTail()}`);
  }

  async health(): Promise<Health> {
    const r = await httpGet(`${this.httpUrl}/health`);
    return JSON.parse(r.body) as Health;
  }

  /** True if the process ends within `waitMs` (or has ended). */
  async died(waitMs = 2000): Promise<boolean> {
    if (this.exit !== null) return true;
    return Promise.race([this.exited.then(() => true), sleep(waitMs).then(() => this.exit !== null)]);
  }

  /** SIGTERM (a clean close), SIGKILL after 20 s. */
  async stop(): Promise<{ code: number | null; signal: string | null }> {
    if (this.exit !== null) return this.exit;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 20_000);
    const e = await this.exited;
    clearTimeout(timer);
    return e;
  }

  /** The end of the log file (where a crash's stack is). */
  logTail(bytes = 8192): string {
    try {
      const size = statSync(this.logPath).size;
      const text = readFileSync(this.logPath, 'utf8');
      return size > bytes ? text.slice(-bytes) : text;
    } catch {
      return '';
    }
  }
}

/** `replay.js --data-dir DIR`: the core's state hash and last sequence number rebuilt from the journal (read-only). */
export function replayState(root: string, dataDir: string): { stateHash: string; lastSeq: number } {
  const r = spawnSync(process.execPath, [join(root, 'dist/sequencer/cli/replay.js'), '--data-dir', dataDir], { encoding: 'utf8' });
  const hash = /^stateHash\s+(\S+)/m.exec(r.stdout)?.[1];
  const seq = /^lastSeq\s+(\d+)/m.exec(r.stdout)?.[1];
  if (r.status !== 0 || hash === undefined || seq === undefined) {
    throw new Error(`replay failed (exit ${r.status}): ${r.stdout}\n${r.stderr}`);
  }
  return { stateHash: hash, lastSeq: Number(seq) };
}
