/**
 * `npm run crash -- [--kills N] [--seed S] [--out FILE]`: kills a real
 * sequencer process (crashChild.ts) with SIGKILL at random moments under
 * load, N times, restarting it on the same data directory each time. After
 * each kill:
 * - ackedLost: acknowledged seqs (`ack` lines the child printed before the
 *   kill) missing from the recovered journal;
 * - doubled: journal records whose command is not the workload's command of
 *   that seq (a command applied twice or out of place shifts the stream);
 * - hashMismatches: the restarted child's state (its recovery: snapshot +
 *   journal) differs from a clean replay of the surviving journal here.
 * Writes bench/results/crash.json (or --out) and exits 1 on any failure.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Command } from '../../engine/command.js';
import { recoverCore } from '../../sequencer/coreRecovery.js';
import { CRASH_SPEC, commandFor, sameCommand } from './crashWorkload.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = here.split(/[\\/]/).includes('dist') ? join(here, '../../..') : join(here, '../..');

interface ChildRun { startSeq: number; startHash: string; maxAcked: number; acks: number }

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts the child, lets it run `runMs` after it reported its start, kills it with SIGKILL. */
function runChild(dataDir: string, seed: number, runMs: number): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(here, 'crashChild.js'), dataDir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    const run: ChildRun = { startSeq: -1, startHash: '', maxAcked: 0, acks: 0 };
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.stdout.on('data', (d: Buffer) => {
      pending += d.toString();
      let nl: number;
      while ((nl = pending.indexOf('\n')) >= 0) {
        const [kind, a, b] = pending.slice(0, nl).split(' ');
        pending = pending.slice(nl + 1);
        if (kind === 'start') {
          run.startSeq = Number(a);
          run.startHash = b!;
          setTimeout(() => child.kill('SIGKILL'), runMs);
        } else if (kind === 'ack') {
          run.maxAcked = Math.max(run.maxAcked, Number(a));
          run.acks++;
        }
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL' && run.startSeq >= 0) resolve(run);
      else reject(new Error(`crash child ended with code ${code} signal ${signal} before its kill:\n${stderr}`));
    });
  });
}

/** A clean replay of the journal (no snapshot, no file changed) and a check of every record against the workload. */
function cleanReplay(dataDir: string, seed: number): { lastSeq: number; hash: string; doubled: number } {
  const expected = new Command();
  let doubled = 0;
  const r = recoverCore({
    dataDir, spec: CRASH_SPEC, readOnly: true, ignoreSnapshots: true,
    logger: { warn: () => {} },
    onReplayed: (cmd) => { if (!sameCommand(cmd, commandFor(seed, cmd.seq, expected))) doubled++; },
  });
  return { lastSeq: r.lastSeq, hash: r.core.stateHash(), doubled };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { kills: { type: 'string', default: '20' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  const kills = Number(values.kills);
  const seed = Number(values.seed);
  const out = values.out ?? join(root, 'bench/results/crash.json');
  const rnd = mulberry32(seed);
  const dataDir = mkdtempSync(join(tmpdir(), 'crash-'));
  const result = { kills: 0, ackedLost: 0, doubled: 0, hashMismatches: 0, commandsJournaled: 0, acksSeen: 0, seed, failures: [] as string[] };
  const t0 = performance.now();
  try {
    let prev: ChildRun | null = null;
    let clean: { lastSeq: number; hash: string; doubled: number } | null = null;
    for (let k = 0; k <= kills; k++) {
      // The last run only restarts and checks the state; it is killed too.
      const run = await runChild(dataDir, seed, k === kills ? 0 : 30 + Math.floor(rnd() * 400));
      if (prev !== null && clean !== null) {
        if (run.startSeq < prev.maxAcked) {
          result.ackedLost += prev.maxAcked - run.startSeq;
          result.failures.push(`kill ${k}: acked up to ${prev.maxAcked}, recovered ${run.startSeq}`);
        }
        if (run.startSeq !== clean.lastSeq || run.startHash !== clean.hash) {
          result.hashMismatches++;
          result.failures.push(`kill ${k}: restart at ${run.startSeq} ${run.startHash}, clean replay ${clean.lastSeq} ${clean.hash}`);
        }
      }
      if (k === kills) break;
      result.kills++;
      result.acksSeen += run.acks;
      clean = cleanReplay(dataDir, seed);
      result.doubled += clean.doubled;
      result.commandsJournaled = clean.lastSeq;
      prev = run;
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const report = { ...result, seconds: Number(((performance.now() - t0) / 1000).toFixed(1)) };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return result.ackedLost + result.doubled + result.hashMismatches === 0 ? 0 : 1;
}

process.exitCode = await main();
