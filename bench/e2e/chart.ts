/**
 * bench/results/e2e-latency.svg: the open-loop latency distributions as a
 * percentile plot (HdrHistogram style), hand-written SVG. x: percentile on a
 * log scale of 1 / (1 - p) (0, 90, 99, 99.9, ... %), y: latency on a log
 * scale. One line per series (the exchange under fsync always and none, the
 * echo server as the harness's floor), with the targets as dashed lines.
 */
import type { LatencySummary } from './latency.js';

export interface ChartSeries {
  name: string;
  color: string;
  points: ReadonlyArray<{ percentile: number; us: number }>;
  /** The figures quoted in the legend. */
  summary: Pick<LatencySummary, 'p50Us' | 'p99Us' | 'p999Us' | 'maxUs'>;
}

export interface ChartLine {
  label: string;
  us: number;
  color: string;
}

const W = 900;
const PH = 400;
const M = { left: 72, right: 48, top: 72, bottom: 56 };
const PW = W - M.left - M.right;
const LEGEND_ROW = 18;

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const nines = (p: number): number => -Math.log10(1 - p / 100);

function fmtUs(us: number): string {
  if (us >= 1_000_000) return `${+(us / 1e6).toPrecision(3)} s`;
  if (us >= 1000) return `${+(us / 1000).toPrecision(3)} ms`;
  return `${+us.toPrecision(3)} us`;
}

/** `subtitle`: one or more lines of grey text under the title. */
export function percentileChart(title: string, subtitle: readonly string[], series: readonly ChartSeries[], lines: readonly ChartLine[]): string {
  const top = M.top + (subtitle.length - 1) * 16;
  const H = top + PH + M.bottom + series.length * LEGEND_ROW + 8;
  // The max (p = 100) has no place on a 1 / (1 - p) axis: it is in the legend instead.
  const plotted = series.map((s) => ({ ...s, pts: s.points.filter((p) => p.percentile < 100 && p.us > 0) }));
  const all = plotted.flatMap((s) => s.pts);
  const xMax = Math.max(2, Math.ceil(Math.max(0, ...all.map((p) => nines(p.percentile)))));
  const ys = [...all.map((p) => p.us), ...lines.map((l) => l.us)];
  // Decades around everything drawn, with room below the lowest value for its label.
  const yLo = 10 ** Math.floor(Math.log10(Math.max(1, Math.min(...ys, 1e9) * 0.8)));
  const yHi = 10 ** Math.ceil(Math.log10(Math.max(yLo * 10, ...ys)));
  const x = (p: number): number => M.left + (nines(p) / xMax) * PW;
  const y = (us: number): number => top + PH - ((Math.log10(us) - Math.log10(yLo)) / (Math.log10(yHi) - Math.log10(yLo))) * PH;

  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica, Arial, sans-serif" font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#fff"/>`);
  out.push(`<text x="${M.left}" y="22" font-size="16" font-weight="bold">${esc(title)}</text>`);
  subtitle.forEach((line, i) => out.push(`<text x="${M.left}" y="${42 + i * 16}" fill="#555">${esc(line)}</text>`));
  // Grid: y at 1, 2, 5 x 10^k; x at each decade of nines.
  for (let d = yLo; d <= yHi; d *= 10) {
    for (const m of [1, 2, 5]) {
      const v = d * m;
      if (v > yHi) break;
      const yy = y(v).toFixed(1);
      out.push(`<line x1="${M.left}" x2="${M.left + PW}" y1="${yy}" y2="${yy}" stroke="${m === 1 ? '#ccc' : '#eee'}"/>`);
      out.push(`<text x="${M.left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle" fill="#444">${esc(fmtUs(v))}</text>`);
    }
  }
  for (let k = 0; k <= xMax; k++) {
    const xx = (M.left + (k / xMax) * PW).toFixed(1);
    const label = k === 0 ? '0%' : `${(100 - 100 / 10 ** k).toFixed(Math.max(0, k - 2))}%`;
    out.push(`<line x1="${xx}" x2="${xx}" y1="${top}" y2="${top + PH}" stroke="#ccc"/>`);
    out.push(`<text x="${xx}" y="${top + PH + 18}" text-anchor="middle" fill="#444">${label}</text>`);
  }
  out.push(`<text x="${M.left + PW / 2}" y="${top + PH + 40}" text-anchor="middle">percentile (log scale of 1 / (1 - p))</text>`);
  out.push(`<text transform="translate(16 ${top + PH / 2}) rotate(-90)" text-anchor="middle">latency: intended send to first ExecutionReport</text>`);
  out.push(`<rect x="${M.left}" y="${top}" width="${PW}" height="${PH}" fill="none" stroke="#888"/>`);
  for (const l of lines) {
    const yy = y(l.us).toFixed(1);
    out.push(`<line x1="${M.left}" x2="${M.left + PW}" y1="${yy}" y2="${yy}" stroke="${l.color}" stroke-dasharray="6 4"/>`);
    out.push(`<text x="${M.left + PW - 4}" y="${(y(l.us) - 4).toFixed(1)}" text-anchor="end" fill="${l.color}">${esc(l.label)}</text>`);
  }
  for (const s of plotted) {
    if (s.pts.length === 0) continue;
    const d = s.pts.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.percentile).toFixed(1)} ${y(p.us).toFixed(1)}`).join(' ');
    out.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
  }
  // Legend, under the plot.
  series.forEach((s, i) => {
    const ly = top + PH + M.bottom + i * LEGEND_ROW;
    const f = s.summary;
    out.push(`<line x1="${M.left + 10}" x2="${M.left + 34}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="3"/>`);
    out.push(`<text x="${M.left + 40}" y="${ly}" dominant-baseline="middle">${esc(`${s.name}: p50 ${fmtUs(f.p50Us)}, p99 ${fmtUs(f.p99Us)}, p99.9 ${fmtUs(f.p999Us)}, max ${fmtUs(f.maxUs)}`)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
