/**
 * Command line of `npm run bench:e2e [-- options]`.
 *
 *   --quick                 a CI-sized dose: 1 s warm-up + 3 s measured per phase, 1 run
 *   --target all|echo|server
 *                           which servers to drive (default all: the echo server and the
 *                           exchange; with all and no dist/gateway/main.js, echo only)
 *   --only KEY,KEY          run only these phases (phases.ts: echoClosedJson, closedJson,
 *                           echoClosedSbe, closedSbe, openAlways, openNone, echoOpen)
 *   --runs N                runs of every phase (medians reported; default 3, quick 1)
 *   --connections N         WebSocket connections = accounts (default 64)
 *   --window N              closed loop: orders in flight per connection (default 16)
 *   --rate N                open loop: orders per second in total (default 50000)
 *   --pacing io|spin        open loop: how the generator waits for the next due order
 *                           (default io: woken by replies and a 1 ms ticker; spin: polls,
 *                           one core busy; see openLoop.ts)
 *   --warmup-ms N           per phase, sent but not counted (default 5000, quick 1000)
 *   --duration-ms N         per phase, measured (default 20000, quick 3000)
 *   --drain-ms N            wait for outstanding answers after the last send (default 3000)
 *   --orders N              at most N orders per phase (default no cap; for smoke tests)
 *   --fsync-writes N        disk probe: 64 KiB writes + fdatasync (default 500, quick 200)
 *   --data-root DIR         where data directories and the disk probe go (default the OS
 *                           temp dir; point it at the disk the exchange will journal to)
 *   --out FILE              results JSON (default bench/results/e2e.json); the chart is
 *                           written beside it as e2e-latency.svg
 *   --keep                  keep the temp directory (configs, data, server logs)
 */
import { tmpdir } from 'node:os';
import type { Pacing } from './jobs.js';
import { PHASES, type PhaseKey } from './phases.js';

export type Target = 'all' | 'echo' | 'server';

export interface E2eOptions {
  quick: boolean;
  target: Target;
  /** Phases to run (phases.ts keys); all of the target's by default. */
  only: PhaseKey[] | null;
  runs: number;
  connections: number;
  window: number;
  rate: number;
  pacing: Pacing;
  warmupMs: number;
  durationMs: number;
  drainMs: number;
  orders: number;
  fsyncWrites: number;
  dataRoot: string;
  out: string | undefined;
  keep: boolean;
}

const FULL: E2eOptions = {
  quick: false,
  target: 'all',
  only: null,
  runs: 3,
  connections: 64,
  window: 16,
  rate: 50_000,
  pacing: 'io',
  warmupMs: 5000,
  durationMs: 20_000,
  drainMs: 3000,
  // No cap (a number that survives the IPC channel's JSON, unlike Infinity).
  orders: Number.MAX_SAFE_INTEGER,
  fsyncWrites: 500,
  dataRoot: tmpdir(),
  out: undefined,
  keep: false,
};

const QUICK: Partial<E2eOptions> = { quick: true, runs: 1, warmupMs: 1000, durationMs: 3000, fsyncWrites: 200 };

export function parseOptions(argv: readonly string[]): E2eOptions {
  const o: E2eOptions = { ...FULL, ...(argv.includes('--quick') ? QUICK : {}) };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = (min: number): number => {
      const v = Number(value().replace(/_/g, ''));
      if (!Number.isSafeInteger(v) || v < min) throw new Error(`${flag} needs an integer >= ${min}`);
      return v;
    };
    switch (flag) {
      case '--quick': break;
      case '--target': {
        const t = value();
        if (t !== 'all' && t !== 'echo' && t !== 'server') throw new Error('--target: all, echo or server');
        o.target = t;
        break;
      }
      case '--only': {
        const keys = value().split(',');
        const bad = keys.filter((k) => !PHASES.some((p) => p.key === k));
        if (bad.length > 0) throw new Error(`--only: unknown phase ${bad.join(', ')} (phases: ${PHASES.map((p) => p.key).join(', ')})`);
        o.only = keys as PhaseKey[];
        break;
      }
      case '--runs': o.runs = int(1); break;
      case '--connections': o.connections = int(1); break;
      case '--window': o.window = int(1); break;
      case '--rate': o.rate = int(1); break;
      case '--pacing': {
        const p = value();
        if (p !== 'io' && p !== 'spin') throw new Error('--pacing: io or spin');
        o.pacing = p;
        break;
      }
      case '--warmup-ms': o.warmupMs = int(0); break;
      case '--duration-ms': o.durationMs = int(1); break;
      case '--drain-ms': o.drainMs = int(0); break;
      case '--orders': o.orders = int(1); break;
      case '--fsync-writes': o.fsyncWrites = int(1); break;
      case '--data-root': o.dataRoot = value(); break;
      case '--out': o.out = value(); break;
      case '--keep': o.keep = true; break;
      default: throw new Error(`unknown option ${flag} (see bench/e2e/options.ts)`);
    }
  }
  return o;
}
