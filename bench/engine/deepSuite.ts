import type { EngineLimits } from '../../engine/instrumentSpec.js';
import { driveRange } from './drive.js';
import { heapAfterGc } from './memory.js';
import { ACCOUNTS, createEngine, engineBytes, limitsFor, newSlots } from './setup.js';
import { median } from './stats.js';
import { type VerifyReport, verifyWorkload } from './verify.js';
import { type Workload, defaultSpread, generateWorkload } from './workload.js';

/**
 * Deep books: the same workload shape built to N resting orders (prefill of
 * N passive orders, then the mixed commands, which keep the size near N), for
 * each N; cost per command and memory per resting order.
 *
 * Memory per order: after a forced gc, take heapUsed + arrayBuffers (typed
 * arrays' backing stores are outside heapUsed); build the engine with
 * capacity for the workload's peak (N plus the few percent the mix
 * overshoots, plus 1024) and apply the N-order prefill; gc again; the
 * difference divided by N. It includes everything the engine allocates: the
 * order and level pools at their capacity, the id map, the price index pages
 * and the per-instrument fixed part (a page table over the instrument's whole
 * price range), which dominates at small N. The marginal figure between two
 * depths, (M(N2) - M(N1)) / (N2 - N1), is the cost of one more order.
 */
export interface DepthResult {
  resting: number;
  spreadTicks: number;
  levels: number;
  capacityOrders: number;
  capacityLevels: number;
  nsPerCmd: number;
  cmdsPerSec: number;
  bytesPerOrder: number;
  /** Bytes one more resting order costs, against the previous depth. */
  marginalBytesPerOrder: number | null;
  /** The engine's own count of its preallocated bytes, when it offers one. */
  engineBytesPerOrder: number | null;
  /** Of the measured commands, from the verification pass (the model's when skipped). */
  tradeRatio: number;
  /** Engine and model agree (null: verification skipped, --quick). */
  verified: boolean | null;
  runs: number[];
}

export interface DeepOptions {
  seed: number;
  depths: number[];
  warmup: number;
  commands: number;
  runs: number;
  /** Run the verification pass on each depth (skipped by --quick: seconds at 10^6). */
  verify: boolean;
}

export function runDeep(o: DeepOptions, log: (line: string) => void): DepthResult[] {
  const results: DepthResult[] = [];
  let prevMem = 0;
  let prevN = 0;
  for (const n of o.depths) {
    const spreadTicks = defaultSpread(n);
    let wl: Workload | null = generateWorkload({
      seed: o.seed + n,
      restingTarget: n,
      spreadTicks,
      warmupCommands: o.warmup,
      measuredCommands: o.commands,
      accounts: ACCOUNTS,
    });
    const limits = limitsFor(wl.peakOrders, wl.peakLevels);
    const check: VerifyReport | null = o.verify ? verifyWorkload(() => createEngine(limits), wl) : null;
    const tradeRatio = check
      ? check.segments[check.segments.length - 1]!.tradeRatio
      : wl.measured.tradeCommands / wl.measured.commands;
    const nsPerCmd: number[] = [];
    const mem: number[] = [];
    let engBytes: number | undefined;
    for (let r = 0; r < o.runs; r++) {
      const run = depthRun(wl, limits);
      nsPerCmd.push(run.nsPerCmd);
      mem.push(run.bytes);
      engBytes = run.engineBytes;
    }
    const bytes = median(mem);
    const ns = median(nsPerCmd);
    const res: DepthResult = {
      resting: n,
      spreadTicks,
      levels: wl.prefill.levelsAtEnd,
      capacityOrders: limits.maxOrders,
      capacityLevels: limits.maxLevels,
      nsPerCmd: ns,
      cmdsPerSec: 1e9 / ns,
      bytesPerOrder: bytes / n,
      marginalBytesPerOrder: prevN > 0 ? (bytes - prevMem) / (n - prevN) : null,
      engineBytesPerOrder: engBytes === undefined ? null : engBytes / n,
      tradeRatio,
      verified: check ? check.ok : null,
      runs: nsPerCmd,
    };
    results.push(res);
    log(`  depth ${n.toLocaleString('en-US')}: ${ns.toFixed(1)} ns/cmd, ${res.bytesPerOrder.toFixed(1)} B/order` +
      `${check === null || check.ok ? '' : '  (VERIFICATION FAILED)'}`);
    prevMem = bytes;
    prevN = n;
    wl = null;
  }
  return results;
}

/**
 * One run on a fresh engine. Its own function so that no register of the
 * caller's frame still holds the previous run's engine when the "before"
 * heap figure is taken (it would then be freed inside the measurement).
 */
function depthRun(wl: Workload, limits: EngineLimits): { nsPerCmd: number; bytes: number; engineBytes: number | undefined } {
  const words = wl.stream.words;
  const { cmd, events } = newSlots();
  const m0 = heapAfterGc();
  const engine = createEngine(limits);
  driveRange(engine, words, 0, wl.prefillEnd, cmd, events);
  const m1 = heapAfterGc();
  driveRange(engine, words, wl.prefillEnd, wl.warmupEnd, cmd, events);
  const ns = driveRange(engine, words, wl.warmupEnd, wl.end, cmd, events);
  return {
    nsPerCmd: ns / (wl.end - wl.warmupEnd),
    bytes: m1.heapUsed + m1.arrayBuffers - (m0.heapUsed + m0.arrayBuffers),
    engineBytes: engineBytes(engine),
  };
}
