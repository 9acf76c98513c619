/**
 * Figures of `npm run bench:e2e`: per phase, the medians over runs; then the
 * headline figures of bench/results/e2e.json and the printed table with the
 * targets of the issue beside them.
 */
import { median } from '../engine/stats.js';
import { fmtInt, table } from '../engine/report.js';
import type { DiskProbe } from './diskProbe.js';
import type { PhaseResult } from './jobs.js';
import { combineRuns, type LatencySummary } from './latency.js';
import type { PhaseKey, PhaseSpec } from './phases.js';

/** The targets of the issue, checked in the printed table. */
export const TARGETS = {
  jsonOrdersPerSec: 150_000,
  sbeOrdersPerSec: 200_000,
  jsonShareOfEchoPct: 65,
  sbeShareOfEchoPct: 75,
  /** At the open-loop rate, fsync none. */
  p50UsAt50kNoFsync: 100,
  p99UsAt50kNoFsync: 1000,
  /** At the open-loop rate, fsync always: p99 at most the disk probe's p99 plus this. */
  p99OverFsyncP99Us: 300,
} as const;

/** One run of one phase as the bench saw it: the load generator's result plus the server's CPU. */
export interface PhaseRun {
  result: PhaseResult;
  /** The server process's CPU time over the measured interval, % of one core (all its threads). */
  serverCpuPct: number;
}

export interface PhaseSummary {
  label: string;
  server: PhaseSpec['server'];
  fsync: PhaseSpec['fsync'];
  mode: PhaseSpec['mode'];
  encoding: PhaseSpec['encoding'];
  runs: number;
  /** Median over runs. */
  ordersPerSec: number;
  ordersPerSecRuns: number[];
  /** Per percentile the median over runs (max: the worst run's). */
  latency: LatencySummary;
  sendLag: LatencySummary | null;
  serverCpuPct: number;
  loadgenCpuPct: number;
  /** Over all runs. */
  sent: number;
  answered: number;
  unanswered: number;
  sessionRejects: number;
  rejects: Record<string, number>;
  firstExecTypes: Record<string, number>;
  /** Frames received per order sent: 1 for the echo, more where fills also report to makers. */
  framesPerOrder: number;
  errors: string[];
}

const NO_LATENCY: LatencySummary = { count: 0, meanUs: 0, p50Us: 0, p90Us: 0, p99Us: 0, p999Us: 0, p9999Us: 0, maxUs: 0 };

export function summarizePhase(spec: PhaseSpec, runs: readonly PhaseRun[], errors: readonly string[]): PhaseSummary {
  const rs = runs.map((r) => r.result);
  const sumOf = (f: (r: PhaseResult) => number): number => rs.reduce((a, r) => a + f(r), 0);
  const merge = (f: (r: PhaseResult) => Record<string, number>): Record<string, number> => {
    const out: Record<string, number> = {};
    for (const r of rs) for (const [k, v] of Object.entries(f(r))) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  const r1 = (x: number): number => Math.round(x * 10) / 10;
  return {
    label: spec.label, server: spec.server, fsync: spec.fsync, mode: spec.mode, encoding: spec.encoding,
    runs: rs.length,
    ordersPerSec: Math.round(median(rs.map((r) => r.ordersPerSec))),
    ordersPerSecRuns: rs.map((r) => r.ordersPerSec),
    latency: rs.length > 0 ? combineRuns(rs.map((r) => r.latency)) : NO_LATENCY,
    sendLag: spec.mode === 'open' && rs.length > 0 ? combineRuns(rs.map((r) => r.sendLag!)) : null,
    serverCpuPct: runs.length > 0 ? r1(median(runs.map((r) => r.serverCpuPct))) : 0,
    loadgenCpuPct: rs.length > 0 ? r1(median(rs.map((r) => r.loadgenCpuPct))) : 0,
    sent: sumOf((r) => r.sent),
    answered: sumOf((r) => r.answered),
    unanswered: sumOf((r) => r.unanswered),
    sessionRejects: sumOf((r) => r.sessionRejects),
    rejects: merge((r) => r.rejects),
    firstExecTypes: merge((r) => r.firstExecTypes),
    framesPerOrder: Math.round((sumOf((r) => r.framesReceived) / Math.max(1, sumOf((r) => r.sent))) * 100) / 100,
    errors: [...errors],
  };
}

export interface Headline {
  jsonOrdersPerSec: number | null;
  sbeOrdersPerSec: number | null;
  echoJsonPerSec: number | null;
  echoSbePerSec: number | null;
  jsonShareOfEchoPct: number | null;
  sbeShareOfEchoPct: number | null;
  p50UsAt50k: number | null;
  p99UsAt50k: number | null;
  p999UsAt50k: number | null;
  p50UsAt50kNoFsync: number | null;
  p99UsAt50kNoFsync: number | null;
  p999UsAt50kNoFsync: number | null;
  echoP50UsAt50k: number | null;
  echoP99UsAt50k: number | null;
  echoP999UsAt50k: number | null;
  fsyncP50Us: number;
  fsyncP99Us: number;
}

export function headline(phases: Partial<Record<PhaseKey, PhaseSummary>>, probe: DiskProbe): Headline {
  const rate = (k: PhaseKey): number | null => (phases[k] !== undefined && phases[k].runs > 0 ? phases[k].ordersPerSec : null);
  const lat = (k: PhaseKey, f: (l: LatencySummary) => number): number | null =>
    (phases[k] !== undefined && phases[k].runs > 0 ? f(phases[k].latency) : null);
  const share = (a: number | null, b: number | null): number | null => (a === null || b === null || b === 0 ? null : Math.round((a / b) * 1000) / 10);
  const json = rate('closedJson');
  const sbe = rate('closedSbe');
  const echoJson = rate('echoClosedJson');
  const echoSbe = rate('echoClosedSbe');
  return {
    jsonOrdersPerSec: json,
    sbeOrdersPerSec: sbe,
    echoJsonPerSec: echoJson,
    echoSbePerSec: echoSbe,
    jsonShareOfEchoPct: share(json, echoJson),
    sbeShareOfEchoPct: share(sbe, echoSbe),
    p50UsAt50k: lat('openAlways', (l) => l.p50Us),
    p99UsAt50k: lat('openAlways', (l) => l.p99Us),
    p999UsAt50k: lat('openAlways', (l) => l.p999Us),
    p50UsAt50kNoFsync: lat('openNone', (l) => l.p50Us),
    p99UsAt50kNoFsync: lat('openNone', (l) => l.p99Us),
    p999UsAt50kNoFsync: lat('openNone', (l) => l.p999Us),
    echoP50UsAt50k: lat('echoOpen', (l) => l.p50Us),
    echoP99UsAt50k: lat('echoOpen', (l) => l.p99Us),
    echoP999UsAt50k: lat('echoOpen', (l) => l.p999Us),
    fsyncP50Us: probe.p50Us,
    fsyncP99Us: probe.p99Us,
  };
}

const fmtUs = (v: number | null): string => (v === null ? '-' : v >= 10_000 ? `${(v / 1000).toFixed(1)} ms` : `${v.toFixed(v < 100 ? 1 : 0)} us`);
const fmtN = (v: number | null): string => (v === null ? '-' : fmtInt(v));
const fmtPct = (v: number | null): string => (v === null ? '-' : `${v.toFixed(1)} %`);
const verdict = (ok: boolean | null): string => (ok === null ? 'n/a' : ok ? 'ok' : 'MISSED');

/** The printed report: phases, then the headline figures against their targets. */
export function renderReport(h: Headline, phases: Partial<Record<PhaseKey, PhaseSummary>>, o: { rate: number; connections: number; window: number }): string {
  const rows: string[][] = [['phase', 'orders/s', 'p50', 'p99', 'p99.9', 'max', 'server CPU', 'loadgen CPU', 'first reports', 'rejects', 'unanswered']];
  for (const p of Object.values(phases)) {
    if (p === undefined) continue;
    const types = Object.entries(p.firstExecTypes).map(([k, v]) => `${k} ${Math.round((v / Math.max(1, p.answered)) * 100)}%`).join(' ');
    const rejects = Object.values(p.rejects).reduce((a, b) => a + b, 0);
    rows.push([
      p.label + (p.mode === 'open' ? ` @ ${fmtInt(o.rate)}/s` : ''), p.runs > 0 ? fmtInt(p.ordersPerSec) : 'failed',
      fmtUs(p.latency.p50Us), fmtUs(p.latency.p99Us), fmtUs(p.latency.p999Us), fmtUs(p.latency.maxUs),
      `${p.serverCpuPct}%`, `${p.loadgenCpuPct}%`, types || '-', String(rejects), String(p.unanswered),
    ]);
  }
  const alwaysBound = h.fsyncP99Us + TARGETS.p99OverFsyncP99Us;
  const t = TARGETS;
  const check = (v: number | null, ok: (v: number) => boolean): boolean | null => (v === null ? null : ok(v));
  const head: string[][] = [
    ['figure', 'value', 'target', ''],
    ['JSON orders/s (closed loop, fsync always)', fmtN(h.jsonOrdersPerSec), `>= ${fmtInt(t.jsonOrdersPerSec)}`, verdict(check(h.jsonOrdersPerSec, (v) => v >= t.jsonOrdersPerSec))],
    ['SBE orders/s (closed loop, fsync always)', fmtN(h.sbeOrdersPerSec), `>= ${fmtInt(t.sbeOrdersPerSec)}`, verdict(check(h.sbeOrdersPerSec, (v) => v >= t.sbeOrdersPerSec))],
    ['echo server JSON / SBE orders/s', `${fmtN(h.echoJsonPerSec)} / ${fmtN(h.echoSbePerSec)}`, '', ''],
    ['JSON share of echo', fmtPct(h.jsonShareOfEchoPct), `>= ${t.jsonShareOfEchoPct} %`, verdict(check(h.jsonShareOfEchoPct, (v) => v >= t.jsonShareOfEchoPct))],
    ['SBE share of echo', fmtPct(h.sbeShareOfEchoPct), `>= ${t.sbeShareOfEchoPct} %`, verdict(check(h.sbeShareOfEchoPct, (v) => v >= t.sbeShareOfEchoPct))],
    [`p50 @ ${fmtInt(o.rate)}/s, fsync none`, fmtUs(h.p50UsAt50kNoFsync), `< ${t.p50UsAt50kNoFsync} us`, verdict(check(h.p50UsAt50kNoFsync, (v) => v < t.p50UsAt50kNoFsync))],
    [`p99 @ ${fmtInt(o.rate)}/s, fsync none`, fmtUs(h.p99UsAt50kNoFsync), `< ${fmtInt(t.p99UsAt50kNoFsync)} us`, verdict(check(h.p99UsAt50kNoFsync, (v) => v < t.p99UsAt50kNoFsync))],
    [`p50 / p99.9 @ ${fmtInt(o.rate)}/s, fsync always`, `${fmtUs(h.p50UsAt50k)} / ${fmtUs(h.p999UsAt50k)}`, '', ''],
    [`p99 @ ${fmtInt(o.rate)}/s, fsync always`, fmtUs(h.p99UsAt50k), `<= fsync p99 + ${t.p99OverFsyncP99Us} us = ${fmtUs(alwaysBound)}`, verdict(check(h.p99UsAt50k, (v) => v <= alwaysBound))],
    [`echo p50 / p99 @ ${fmtInt(o.rate)}/s (harness floor)`, `${fmtUs(h.echoP50UsAt50k)} / ${fmtUs(h.echoP99UsAt50k)}`, '', ''],
    ['disk: 64 KiB write + fdatasync p50 / p99', `${fmtUs(h.fsyncP50Us)} / ${fmtUs(h.fsyncP99Us)}`, '', ''],
  ];
  const notes: string[] = [];
  for (const p of Object.values(phases)) {
    if (p === undefined) continue;
    for (const e of p.errors) notes.push(`! ${p.label}: ${e.split('\n')[0]}`);
    const rejects = Object.entries(p.rejects);
    if (rejects.length > 0) notes.push(`! ${p.label}: rejections ${rejects.map(([k, v]) => `${v} x ${k}`).join('; ')}`);
    if (p.unanswered > 0) notes.push(`! ${p.label}: ${p.unanswered} measured orders unanswered at the end of the drain`);
  }
  return [
    `${o.connections} connections; closed loop: ${o.window} orders in flight per connection; open loop: ${fmtInt(o.rate)} orders/s`,
    '',
    table(rows),
    '',
    table(head),
    ...(notes.length > 0 ? ['', ...notes] : []),
  ].join('\n');
}
