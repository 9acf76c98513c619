/**
 * `npm run bench:e2e [-- options]` (options.ts): the exchange end to end,
 * over WebSockets on loopback, against a bare echo server on the same stack.
 *
 * Processes: this one (orchestration, disk probe, report), ONE load
 * generator (loadgen.ts, forked from dist/, reused for every phase) and ONE
 * server at a time (the exchange, dist/gateway/main.js, or the echo server),
 * started fresh for every phase and run on a fresh data directory.
 *
 * Per run, the phases of phases.ts: closed-loop peak throughput in JSON and
 * SBE against the echo server and the exchange (fsync always), then open
 * loop at --rate (50,000/s) against the exchange with fsync always and none,
 * and the echo server at that rate (the harness's own floor). Before them,
 * the disk probe (64 KiB write + fdatasync) in the data directories'
 * filesystem.
 *
 * Writes bench/results/e2e.json (headline figures: report.ts Headline, the
 * phases' medians and every run) and bench/results/e2e-latency.svg.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchAccounts, writeBenchConfig } from './benchConfig.js';
import { percentileChart, type ChartLine, type ChartSeries } from './chart.js';
import { diskProbe } from './diskProbe.js';
import type { Job } from './jobs.js';
import { mergeHistograms, percentileCurve, summarize } from './latency.js';
import { LoadGenerator } from './loadgenClient.js';
import { parseOptions } from './options.js';
import { PHASES, type PhaseKey, type PhaseSpec } from './phases.js';
import { TARGETS, headline, renderReport, summarizePhase, type PhaseRun, type PhaseSummary } from './report.js';
import { exchangeBuilt, exchangeMain, startEcho, startExchange, type ServerHandle } from './servers.js';

const here = dirname(fileURLToPath(import.meta.url));
const root = here.split(/[\\/]/).includes('dist') ? join(here, '../../..') : join(here, '../..');
const o = parseOptions(process.argv.slice(2));
const out = o.out ?? join(root, 'bench/results/e2e.json');
const chartPath = join(dirname(out), 'e2e-latency.svg');
const log = (s: string): void => {
  process.stderr.write(`${s}\n`);
};

const startedAt = new Date();
const loadBefore = loadavg()[0]!;
const useEcho = o.target !== 'server';
let useExchange = o.target !== 'echo';
if (useExchange && !exchangeBuilt(root)) {
  if (o.target === 'server') throw new Error(`${exchangeMain(root)} missing: build the gateway first (npm run build)`);
  log(`note: ${exchangeMain(root)} does not exist yet: measuring the echo server only (--target echo)`);
  useExchange = false;
}
const phases = PHASES.filter((p) => (p.server === 'echo' ? useEcho : useExchange) && (o.only === null || o.only.includes(p.key)));
if (phases.length === 0) throw new Error('no phase to run (--target / --only)');

const work = mkdtempSync(join(o.dataRoot, 'e2e-bench-'));
const accounts = benchAccounts(o.connections);
/**
 * The exchange's config for a phase. Every ClOrdID a server sees in its life
 * (one phase: warm-up, measured interval, drain) must fit its dedupe window,
 * which is preallocated (~80 bytes a ClOrdID, touched at start): sized for
 * 250,000 orders/s in a closed loop, for the schedule in an open loop.
 */
const configs = new Map<number, string>();
function configFor(spec: PhaseSpec): string {
  const perSec = spec.mode === 'open' ? o.rate * 1.1 : 250_000;
  const orders = Math.ceil(Math.min(o.orders, (perSec * (o.warmupMs + o.durationMs + o.drainMs)) / 1000));
  let path = configs.get(orders);
  if (path === undefined) {
    const dir = join(work, `config-${configs.size + 1}`);
    mkdirSync(dir);
    path = writeBenchConfig(dir, accounts, orders);
    configs.set(orders, path);
  }
  return path;
}

const probe = diskProbe(o.dataRoot, o.fsyncWrites);
log(`disk probe in ${o.dataRoot}: ${probe.writes} x (64 KiB write + fdatasync): p50 ${probe.p50Us} us, p99 ${probe.p99Us} us, max ${probe.maxUs} us`);

const loadgen = LoadGenerator.start(root);
const runs = new Map<PhaseKey, PhaseRun[]>(phases.map((p) => [p.key, []]));
const errors = new Map<PhaseKey, string[]>(phases.map((p) => [p.key, []]));

/** One run of one phase: a fresh server (and data directory), the job, the server stopped. */
async function runPhase(spec: PhaseSpec, index: number, run: number): Promise<PhaseRun> {
  const logPath = join(work, `${spec.key}-${run}.log`);
  const dataDir = spec.server === 'exchange' ? mkdtempSync(join(work, `data-${spec.key}-${run}-`)) : null;
  const server: ServerHandle = spec.server === 'echo'
    ? await startEcho(root, logPath)
    : await startExchange(root, { configPath: configFor(spec), dataDir: dataDir!, fsync: spec.fsync!, logPath });
  try {
    const base = {
      url: server.url, encoding: spec.encoding, accounts,
      // ClOrdID prefix: phase letter, run, 'x' (the order number follows).
      tag: `${String.fromCharCode(97 + index)}${run}x`,
      warmupMs: o.warmupMs, durationMs: o.durationMs, drainMs: o.drainMs, maxOrders: o.orders,
    };
    const job: Job = spec.mode === 'open' ? { ...base, mode: 'open', rate: o.rate, pacing: o.pacing } : { ...base, mode: 'closed', window: o.window };
    let cpu0 = NaN;
    let t0 = 0;
    let serverCpuPct = NaN;
    const result = await loadgen.run(job, (mark) => {
      if (mark === 'measureStart') {
        cpu0 = server.cpuSeconds();
        t0 = performance.now();
      } else {
        serverCpuPct = Math.round(((server.cpuSeconds() - cpu0) / ((performance.now() - t0) / 1000)) * 1000) / 10;
      }
    });
    return { result, serverCpuPct };
  } finally {
    const exit = await server.stop();
    if (exit.code !== 0 && exit.signal !== 'SIGTERM') log(`  ${spec.server} server exit: ${exit.code ?? exit.signal} (log ${logPath})`);
    if (dataDir !== null && !o.keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

for (let run = 1; run <= o.runs; run++) {
  for (const spec of phases) {
    try {
      const r = await runPhase(spec, PHASES.indexOf(spec), run);
      runs.get(spec.key)!.push(r);
      const l = r.result.latency;
      log(`run ${run}/${o.runs} ${spec.label}: ${r.result.ordersPerSec.toLocaleString('en-US')} orders/s` +
        `${spec.mode === 'open' ? ` (target ${o.rate.toLocaleString('en-US')}/s)` : ''}, latency p50 ${l.p50Us} us p99 ${l.p99Us} us ` +
        `p99.9 ${l.p999Us} us max ${l.maxUs} us, server CPU ${r.serverCpuPct}%, loadgen CPU ${r.result.loadgenCpuPct}%` +
        `${r.result.sendLag !== null ? `, send lag p99 ${r.result.sendLag.p99Us} us` : ''}`);
    } catch (err) {
      const message = (err as Error).message;
      errors.get(spec.key)!.push(message);
      log(`run ${run}/${o.runs} ${spec.label}: FAILED: ${message}`);
    }
  }
}
await loadgen.stop();

const summaries: Partial<Record<PhaseKey, PhaseSummary>> = {};
for (const spec of phases) summaries[spec.key] = summarizePhase(spec, runs.get(spec.key)!, errors.get(spec.key)!);
const h = headline(summaries, probe);

// The chart: every run's samples of each open-loop phase merged.
const SERIES: Array<{ key: PhaseKey; name: string; color: string }> = [
  { key: 'openAlways', name: 'exchange, fsync always', color: '#c0392b' },
  { key: 'openNone', name: 'exchange, fsync none', color: '#2471a3' },
  { key: 'echoOpen', name: 'echo server', color: '#7f8c8d' },
];
const series: ChartSeries[] = [];
for (const s of SERIES) {
  const rs = runs.get(s.key);
  if (rs === undefined || rs.length === 0) continue;
  const merged = mergeHistograms(rs.map((r) => r.result.histogram));
  series.push({ name: s.name, color: s.color, points: percentileCurve(merged), summary: summarize(merged) });
}
const lines: ChartLine[] = useExchange ? [
  { label: `fsync always target: p99 <= disk fsync p99 + ${TARGETS.p99OverFsyncP99Us} us`, us: probe.p99Us + TARGETS.p99OverFsyncP99Us, color: '#c0392b' },
  { label: 'fsync none target: p99 < 1 ms', us: TARGETS.p99UsAt50kNoFsync, color: '#2471a3' },
  { label: 'fsync none target: p50 < 100 us', us: TARGETS.p50UsAt50kNoFsync, color: '#2471a3' },
] : [];
const svg = percentileChart(
  `Order latency at ${o.rate.toLocaleString('en-US')} orders/s, open loop (JSON, ${o.connections} connections)`,
  [
    'intended send time to first ExecutionReport (coordinated-omission corrected), HDR histogram; ' +
      `${o.runs} run(s) x ${o.durationMs / 1000} s merged per line`,
    `disk probe: 64 KiB write + fdatasync p50 ${probe.p50Us} us, p99 ${probe.p99Us} us; ${cpus().length} vCPUs; ${startedAt.toISOString().slice(0, 16)}Z`,
  ],
  series, lines);

const phaseRuns: Record<string, unknown> = {};
for (const [key, rs] of runs) {
  phaseRuns[key] = rs.map((r) => ({ ...r.result, histogram: undefined, serverCpuPct: r.serverCpuPct }));
}
const results = {
  ...h,
  connections: o.connections,
  closedLoopWindow: o.window,
  openLoopRate: o.rate,
  runs: o.runs,
  quick: o.quick,
  target: o.target,
  exchangeMeasured: useExchange,
  warmupMs: o.warmupMs,
  durationMs: o.durationMs,
  maxOrdersPerPhase: o.orders < Number.MAX_SAFE_INTEGER ? o.orders : null,
  targets: TARGETS,
  fsyncProbe: probe,
  phases: summaries,
  phaseRuns,
  method: 'Load generator: 1 process (ws client), one connection and account per --connections, one order per frame. ' +
    'Closed loop: each connection keeps --window orders in flight; ordersPerSec = first ExecutionReports received in the ' +
    'measured interval / its length. Open loop: orders due at t0 + i / rate round-robin over the connections, latency from ' +
    'the intended send time (coordinated omission corrected) to the first ExecutionReport for that ClOrdID, HDR histogram ' +
    '(3 digits); measured orders unanswered after the drain are recorded at drain end. Figures are medians over runs; ' +
    'shares of echo divide medians. Exchange and echo server each run as a fresh process per phase.',
  machine: {
    cpus: cpus().length, cpuModel: cpus()[0]?.model ?? '', node: process.version, platform: `${process.platform} ${process.arch}`,
    loadAvg1mBefore: Number(loadBefore.toFixed(2)), loadAvg1mAfter: Number(loadavg()[0]!.toFixed(2)),
  },
  startedAt: startedAt.toISOString(),
  elapsedSec: Math.round((Date.now() - startedAt.getTime()) / 1000),
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(chartPath, svg);

process.stdout.write(`${renderReport(h, summaries, o)}\n\nwrote ${out} and ${chartPath}\n`);
const failed = [...errors.values()].some((e) => e.length > 0);
if (o.keep || failed) log(`kept ${work} (config, server logs${o.keep ? ', data directories' : ''})`);
else rmSync(work, { recursive: true, force: true });
if (failed) process.exitCode = 1;
