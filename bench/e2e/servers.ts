/**
 * The servers under test, each a child process on a free loopback port:
 * the exchange (`dist/gateway/main.js --config FILE --data-dir DIR --port N
 * --fsync POLICY`) or the echo server (`dist/bench/e2e/echoServer.js`). A
 * server counts as up when `GET /health` answers 200; it is stopped with
 * SIGTERM (SIGKILL after 15 s). Its stdout and stderr go to a log file, not
 * through this process.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { sleep } from './timing.js';

export type FsyncPolicy = 'always' | 'none';

export interface ServerHandle {
  kind: 'echo' | 'exchange';
  port: number;
  pid: number;
  /** ws://127.0.0.1:PORT/trade */
  url: string;
  logPath: string;
  /** CPU seconds the process has used so far (all threads), from /proc; NaN where unavailable. */
  cpuSeconds(): number;
  stop(): Promise<{ code: number | null; signal: string | null }>;
}

/** A port the OS says is free now (bound to 0, read, released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export function exchangeMain(root: string): string {
  return join(root, 'dist/gateway/main.js');
}

export function exchangeBuilt(root: string): boolean {
  return existsSync(exchangeMain(root));
}

export async function startExchange(root: string, o: { configPath: string; dataDir: string; fsync: FsyncPolicy; logPath: string }): Promise<ServerHandle> {
  const port = await freePort();
  return start('exchange', port, [exchangeMain(root), '--config', o.configPath, '--data-dir', o.dataDir, '--port', String(port), '--fsync', o.fsync], o.logPath);
}

export async function startEcho(root: string, logPath: string): Promise<ServerHandle> {
  const port = await freePort();
  return start('echo', port, [join(root, 'dist/bench/e2e/echoServer.js'), '--port', String(port)], logPath);
}

async function start(kind: ServerHandle['kind'], port: number, args: string[], logPath: string, timeoutMs = 60_000): Promise<ServerHandle> {
  const log = openSync(logPath, 'a');
  let child: ChildProcess;
  try {
    // E2E_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"): extra node flags for the servers, to profile them.
    const extra = (process.env.E2E_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
    child = spawn(process.execPath, [...extra, ...args], { stdio: ['ignore', log, log] });
  } finally {
    closeSync(log);
  }
  let exited: { code: number | null; signal: string | null } | null = null;
  const exit = new Promise<{ code: number | null; signal: string | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve(exited);
    });
  });
  const tail = (): string => readFileSync(logPath, 'utf8').split('\n').slice(-15).join('\n');
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (exited !== null) {
      const e = exited as { code: number | null; signal: string | null };
      throw new Error(`${kind} server exited (${e.code ?? e.signal}) before /health answered; log ${logPath}:\n${tail()}`);
    }
    if (await healthy(port)) break;
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${kind} server: /health did not answer 200 within ${timeoutMs} ms; log ${logPath}:\n${tail()}`);
    }
    await sleep(50);
  }
  const pid = child.pid!;
  return {
    kind, port, pid, url: `ws://127.0.0.1:${port}/trade`, logPath,
    cpuSeconds: () => processCpuSeconds(pid),
    async stop() {
      if (exited !== null) return exited;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      const e = await exit;
      clearTimeout(killer);
      return e;
    },
  };
}

/** True when GET /health answers 200. */
function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/health', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(false));
  });
}

/** utime + stime of a process (all its threads) from /proc/PID/stat, in seconds (USER_HZ = 100). */
export function processCpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}
