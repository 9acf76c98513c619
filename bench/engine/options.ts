/**
 * Command line of `npm run bench:engine [-- options]`. Sizes are commands.
 *
 *   --quick              a smaller dose (under a minute with the build)
 *   --seed N             workload seed (default 42)
 *   --runs N             timed runs per figure (median reported)
 *   --commands N         measured commands of the main workload
 *   --warmup N           warm-up commands before them
 *   --peer-commands N    measured commands for nodejs-order-book
 *   --depths A,B,C       resting orders of the deep-book runs
 *   --deep-commands N    measured commands per deep-book run
 *   --no-latency --no-peer --no-deep   skip a part
 *   --json PATH          where to write the figures (default bench/results/engine.json)
 */
export interface BenchOptions {
  quick: boolean;
  seed: number;
  runs: number;
  resting: number;
  warmup: number;
  commands: number;
  peerCommands: number;
  latency: boolean;
  peer: boolean;
  deep: boolean;
  depths: number[];
  deepWarmup: number;
  deepCommands: number;
  deepRuns: number;
  json: string | undefined;
}

const FULL: BenchOptions = {
  quick: false,
  seed: 42,
  runs: 5,
  resting: 1000,
  warmup: 500_000,
  commands: 3_000_000,
  peerCommands: 300_000,
  latency: true,
  peer: true,
  deep: true,
  depths: [1_000, 100_000, 1_000_000],
  deepWarmup: 200_000,
  deepCommands: 1_000_000,
  deepRuns: 5,
  json: undefined,
};

const QUICK: Partial<BenchOptions> = {
  quick: true,
  runs: 3,
  warmup: 100_000,
  commands: 500_000,
  peerCommands: 50_000,
  deepWarmup: 50_000,
  deepCommands: 150_000,
  // Each deep run rebuilds the 10^6-order book (seconds on a busy machine).
  deepRuns: 2,
};

export function parseOptions(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = { ...FULL, ...(argv.includes('--quick') ? QUICK : {}) };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    const int = (): number => {
      const v = Number(value().replace(/_/g, ''));
      if (!Number.isSafeInteger(v) || v < 0) throw new Error(`${flag} needs a non-negative integer`);
      return v;
    };
    switch (flag) {
      case '--quick': break;
      case '--seed': o.seed = int(); break;
      case '--runs': o.runs = Math.max(1, int()); break;
      case '--commands': o.commands = int(); break;
      case '--warmup': o.warmup = int(); break;
      case '--peer-commands': o.peerCommands = int(); break;
      case '--depths': o.depths = value().split(',').map((s) => Number(s.replace(/_/g, ''))); break;
      case '--deep-commands': o.deepCommands = int(); break;
      case '--no-latency': o.latency = false; break;
      case '--no-peer': o.peer = false; break;
      case '--no-deep': o.deep = false; break;
      case '--json': o.json = value(); break;
      default: throw new Error(`unknown option ${flag} (see bench/engine/options.ts)`);
    }
  }
  if (o.depths.some((d) => !Number.isSafeInteger(d) || d < 2)) throw new Error('--depths: integers >= 2');
  o.peerCommands = Math.min(o.peerCommands, o.commands);
  return o;
}
