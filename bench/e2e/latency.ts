/**
 * Latency histograms of the end-to-end bench: nanoseconds in an HDR
 * histogram (hdr-histogram-js, 3 significant digits, up to one hour),
 * summarised in microseconds. Runs are combined as in the other benches
 * (median per percentile, worst max), and merged for the chart.
 */
import { build, decodeFromCompressedBase64, encodeIntoCompressedBase64, type Histogram } from 'hdr-histogram-js';
import { median } from '../engine/stats.js';

export interface LatencySummary {
  count: number;
  meanUs: number;
  p50Us: number;
  p90Us: number;
  p99Us: number;
  p999Us: number;
  p9999Us: number;
  maxUs: number;
}

const HOUR_NS = 3_600_000_000_000;

export function newHistogram(): Histogram {
  return build({ lowestDiscernibleValue: 1, highestTrackableValue: HOUR_NS, numberOfSignificantValueDigits: 3 });
}

/** Records a latency given in milliseconds (performance.now() differences), as ns clamped to [1, 1 h]. */
export function recordMs(h: Histogram, ms: number): void {
  h.recordValue(Math.min(HOUR_NS, Math.max(1, Math.round(ms * 1e6))));
}

const us = (ns: number): number => Math.round(ns / 10) / 100;

export function summarize(h: Histogram): LatencySummary {
  const n = h.totalCount;
  // A percentile reads as its bucket's highest equivalent value, which can lie above the largest sample.
  const at = (p: number): number => us(Math.min(h.getValueAtPercentile(p), h.maxValue));
  return {
    count: n,
    meanUs: n > 0 ? us(h.mean) : 0,
    p50Us: at(50),
    p90Us: at(90),
    p99Us: at(99),
    p999Us: at(99.9),
    p9999Us: at(99.99),
    maxUs: us(h.maxValue),
  };
}

/** Per field: the median over runs, except `maxUs` (the worst run's) and `count` (the sum). */
export function combineRuns(runs: readonly LatencySummary[]): LatencySummary {
  const pick = (f: (s: LatencySummary) => number): number => Math.round(median(runs.map(f)) * 100) / 100;
  return {
    count: runs.reduce((a, s) => a + s.count, 0),
    meanUs: pick((s) => s.meanUs),
    p50Us: pick((s) => s.p50Us),
    p90Us: pick((s) => s.p90Us),
    p99Us: pick((s) => s.p99Us),
    p999Us: pick((s) => s.p999Us),
    p9999Us: pick((s) => s.p9999Us),
    maxUs: Math.max(...runs.map((s) => s.maxUs)),
  };
}

export function encodeHistogram(h: Histogram): string {
  return encodeIntoCompressedBase64(h);
}

/** All runs' samples in one histogram. */
export function mergeHistograms(encoded: readonly string[]): Histogram {
  const all = newHistogram();
  for (const e of encoded) all.add(decodeFromCompressedBase64(e));
  return all;
}

/**
 * Points of a percentile plot: percentiles 0, 90, 99, ... spaced evenly in
 * log10(1 / (1 - p)) up to the last sample, each with its latency in us.
 */
export function percentileCurve(h: Histogram, stepsPerDecade = 10): Array<{ percentile: number; us: number }> {
  const n = h.totalCount;
  if (n === 0) return [];
  // Beyond 1 - 1/n the plot would only repeat the max.
  const decades = Math.log10(Math.max(10, n));
  const points: Array<{ percentile: number; us: number }> = [];
  for (let k = 0; k <= decades * stepsPerDecade; k++) {
    const p = 100 * (1 - 10 ** (-k / stepsPerDecade));
    points.push({ percentile: Number(p.toFixed(6)), us: us(Math.min(h.getValueAtPercentile(p), h.maxValue)) });
  }
  points.push({ percentile: 100, us: us(h.maxValue) });
  return points;
}
