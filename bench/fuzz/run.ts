/**
 * `npm run fuzz -- [--frames N] [--seed S] [--window W] [--traffic T] [--out FILE] [--keep-data]`
 * `npm run fuzz -- --seed S --show LANE:INDEX`
 *
 * Sends N (default 1,000,000) random and mutated frames, JSON and SBE, to
 * the exchange running as a child process (its own config and data
 * directory in a temporary directory), and checks that:
 * - the server never crashes (the process stays up; it is restarted on the
 *   same data if it dies, and the frames in flight are kept as samples);
 * - every frame is answered (driver.ts: replies counted per frame with
 *   markers) or refused with the documented close;
 * - the garbage changes nothing in the core: the state hash read by the
 *   replay tool from the data directory is the same before (read while the
 *   server runs, after its startup deposits are journaled) and after (the
 *   server stopped with SIGTERM), and the journal grew by exactly the
 *   read-only commands the driver sent on purpose (`lastSeq`
 *   from GET /health and from the replay; with `--traffic 0` it must not
 *   grow at all).
 * Writes bench/results/fuzz.json: `frames`, `crashes`, `unanswered`,
 * `stateHashChanged`, `seed`, `durationSec`, `framesPerSec` and the details
 * (answers by close code, reply labels, frame kinds, samples of anything
 * wrong with their lane and index: `--show LANE:INDEX` with the same seed
 * prints such a frame). Exits 1 when any check fails.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { applyFuzzConfig, FUZZ_ACCOUNT, fuzzContext } from './config.js';
import { runFuzz, type FuzzStats } from './driver.js';
import { frameBytes } from './frame.js';
import { rebuildFrame } from './lanes.js';
import { ExchangeProcess, freePort, replayState } from './serverProcess.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function usage(message: string): never {
  process.stderr.write(`${message}\nusage: npm run fuzz -- [--frames N] [--seed S] [--window W] [--traffic T] [--out FILE] [--keep-data]\n`
    + '       npm run fuzz -- --seed S --show LANE:INDEX\n');
  process.exit(2);
}

function intArg(v: string | undefined, name: string, fallback: number, min: number): number {
  if (v === undefined) return fallback;
  const n = Number(v.replace(/_/g, ''));
  if (!Number.isSafeInteger(n) || n < min) usage(`--${name} must be an integer >= ${min}: ${v}`);
  return n;
}

function show(seed: number, what: string, raw: Record<string, unknown>): void {
  const m = /^([a-z-]+):(\d+)$/.exec(what);
  if (m === null) usage(`--show takes LANE:INDEX, e.g. authed-sbe:123: ${what}`);
  const f = rebuildFrame(seed, m[1]!, Number(m[2]), fuzzContext(raw));
  process.stdout.write(`lane ${f.lane} index ${f.index} kind ${f.kind} ${f.binary ? 'binary' : 'text'} ${frameBytes(f)} bytes`
    + ` expect ${f.expect ?? '>=1'} closes ${f.closes ?? '-'}\n`);
  if (typeof f.data === 'string') process.stdout.write(`${JSON.stringify(f.data)}\n`);
  else process.stdout.write(`${Buffer.from(f.data).toString('hex').replace(/(.{2})/g, '$1 ').replace(/((?:.. ){32})/g, '$1\n')}\n`);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      frames: { type: 'string' }, seed: { type: 'string' }, window: { type: 'string' }, traffic: { type: 'string' },
      out: { type: 'string' }, 'keep-data': { type: 'boolean', default: false }, show: { type: 'string' },
    },
    strict: true,
  });
  const frames = intArg(values.frames, 'frames', 1_000_000, 1);
  const seed = intArg(values.seed, 'seed', Math.floor(Math.random() * 2 ** 31), 0);
  const window = intArg(values.window, 'window', 32, 1);
  const trafficWindow = intArg(values.traffic, 'traffic', 4, 0);
  const out = resolve(values.out ?? join(root, 'bench/results/fuzz.json'));
  const raw = applyFuzzConfig(JSON.parse(readFileSync(join(root, 'config/demo.json'), 'utf8')) as Record<string, unknown>);
  if (values.show !== undefined) {
    show(seed, values.show, raw);
    return 0;
  }

  const dir = mkdtempSync(join(tmpdir(), 'exchange-fuzz-'));
  const configPath = join(dir, 'exchange.json');
  const dataDir = join(dir, 'data');
  const logPath = join(dir, 'server.log');
  writeFileSync(configPath, `${JSON.stringify(raw, null, 2)}\n`);
  const port = await freePort();
  const start = (): Promise<ExchangeProcess> => ExchangeProcess.start({ root, configPath, dataDir, port, logPath });
  let server = await start();
  process.stdout.write(`fuzz: ${frames.toLocaleString('en-US')} frames, seed ${seed}, window ${window}, traffic ${trafficWindow}; `
    + `exchange pid ${server.pid} on port ${port}, data ${dataDir}\n`);

  // Before: the startup deposits journaled, then the state as the journal has it (the replay reads while the server runs).
  let h0 = await server.health();
  for (let i = 0; i < 100 && h0.durableSeq < h0.lastSeq; i++) {
    await new Promise((r) => setTimeout(r, 50));
    h0 = await server.health();
  }
  const before = replayState(root, dataDir);
  if (before.lastSeq !== h0.lastSeq) throw new Error(`replay saw seq ${before.lastSeq}, the server ${h0.lastSeq}`);

  const restarts: string[] = [];
  const t0 = performance.now();
  const { result } = runFuzz({
    url: server.wsUrl, frames, seed, window, trafficWindow, ctx: fuzzContext(raw),
    account: { apiKey: FUZZ_ACCOUNT.apiKey, secret: FUZZ_ACCOUNT.secret },
    serverDied: () => server.died(2000),
    restartServer: async () => {
      restarts.push(`exit ${JSON.stringify(server.exit)}; log tail:\n${server.logTail(6000)}`);
      process.stdout.write(`fuzz: THE SERVER DIED (${JSON.stringify(server.exit)}); restarting it on the same data\n`);
      server = await start();
      return server.wsUrl;
    },
    onProgress: (s: FuzzStats, ms: number) => {
      process.stdout.write(`  ${s.frames.toLocaleString('en-US').padStart(11)} frames  ${Math.round(s.frames / (ms / 1000)).toLocaleString('en-US').padStart(7)}/s`
        + `  unanswered ${s.unanswered}  crashes ${s.crashes}  misordered ${s.misordered}  miscounted ${s.miscounted}  reconnects ${s.reconnects}\n`);
    },
  });
  const stats = await result;
  const seconds = (performance.now() - t0) / 1000;

  // After: lastSeq from the running server, then a clean stop and the state as the journal has it.
  let h1: { lastSeq: number } | null = null;
  try {
    h1 = await server.health();
  } catch {
    h1 = null;
  }
  const exit = await server.stop();
  const after = replayState(root, dataDir);
  const seqGrowth = after.lastSeq - before.lastSeq;
  const garbageCommands = seqGrowth - stats.traffic.sent - stats.sequenced;
  const stateHashChanged = after.stateHash !== before.stateHash;
  const ok = stats.crashes === 0 && stats.unanswered === 0 && !stateHashChanged && garbageCommands === 0 && stats.frames === frames
    && stats.miscounted === 0 && stats.badReplies === 0 && stats.coreReplies === 0 && stats.misordered === 0 && stats.wrongEncoding === 0 && stats.aborted === null
    && stats.traffic.answered === stats.traffic.sent && exit.code === 0;

  const report = {
    frames: stats.frames,
    crashes: stats.crashes,
    unanswered: stats.unanswered,
    stateHashChanged,
    seed,
    durationSec: Number(seconds.toFixed(2)),
    framesPerSec: Math.round(stats.frames / seconds),
    ok,
    framesRequested: frames,
    answered: stats.answered,
    answeredByClose: stats.answeredByClose,
    miscounted: stats.miscounted,
    wrongEncoding: stats.wrongEncoding,
    badReplies: stats.badReplies,
    coreReplies: stats.coreReplies,
    misordered: stats.misordered,
    readOnlyInFrames: stats.sequenced,
    unsolicited: stats.unsolicited,
    unexpectedCloses: stats.unexpectedCloses,
    aborted: stats.aborted,
    stateHashBefore: before.stateHash,
    stateHashAfter: after.stateHash,
    lastSeqBefore: before.lastSeq,
    lastSeqAfter: after.lastSeq,
    lastSeqAfterHealth: h1?.lastSeq ?? null,
    trafficCommands: stats.traffic.sent,
    trafficAnswered: stats.traffic.answered,
    garbageCommands,
    serverExit: exit,
    replies: stats.replies,
    markers: stats.markers,
    reconnects: stats.reconnects,
    resent: stats.resent,
    stalls: stats.stalls,
    bytesSent: stats.bytesSent,
    window,
    trafficWindow,
    method: 'child process dist/gateway/main.js (fsync none); replies counted per frame with markers (bench/fuzz/driver.ts); '
      + 'state hash by dist/sequencer/cli/replay.js before (server running) and after (SIGTERM); journal growth = traffic commands',
    node: process.version,
    date: new Date().toISOString(),
    lanes: stats.lanes,
    kinds: stats.kinds,
    replyLabels: stats.replyLabels,
    trafficReplies: stats.traffic.replies,
    samples: stats.samples,
    crashLogs: restarts,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`fuzz: ${stats.frames.toLocaleString('en-US')} frames in ${seconds.toFixed(1)} s (${report.framesPerSec.toLocaleString('en-US')}/s): `
    + `crashes ${stats.crashes}, unanswered ${stats.unanswered}, state hash ${stateHashChanged ? 'CHANGED' : 'unchanged'}, `
    + `garbage commands ${garbageCommands}, core replies ${stats.coreReplies}, misordered ${stats.misordered}, miscounted ${stats.miscounted}, bad replies ${stats.badReplies}, wrong encoding ${stats.wrongEncoding}`
    + `${stats.aborted !== null ? `, ABORTED: ${stats.aborted}` : ''} -> ${ok ? 'OK' : 'FAILED'}\nwrote ${out}\n`);
  if (values['keep-data'] || !ok) process.stdout.write(`data and server log kept in ${dir}\n`);
  else rmSync(dir, { recursive: true, force: true });
  return ok ? 0 : 1;
}

main().then((code) => { process.exitCode = code; }, (e: unknown) => {
  process.stderr.write(`fuzz: ${(e as Error).stack ?? String(e)}\n`);
  process.exitCode = 1;
});
