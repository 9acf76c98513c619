import { build } from 'hdr-histogram-js';

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export interface LatencySummary {
  count: number;
  meanNs: number;
  p50Ns: number;
  p90Ns: number;
  p99Ns: number;
  p999Ns: number;
  p9999Ns: number;
  maxNs: number;
}

/**
 * Percentiles of `n` samples (ns) through an HDR histogram (3 significant
 * digits), after subtracting `subtractNs` from each (clamped at 0).
 */
export function summarize(samples: Float64Array, n: number, subtractNs: number): LatencySummary {
  const h = build({ bitBucketSize: 64, numberOfSignificantValueDigits: 3, useWebAssembly: false });
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const v = Math.max(0, Math.round(samples[i]! - subtractNs));
    h.recordValue(v);
    sum += v;
  }
  return {
    count: n,
    meanNs: n > 0 ? sum / n : 0,
    p50Ns: h.getValueAtPercentile(50),
    p90Ns: h.getValueAtPercentile(90),
    p99Ns: h.getValueAtPercentile(99),
    p999Ns: h.getValueAtPercentile(99.9),
    p9999Ns: h.getValueAtPercentile(99.99),
    maxNs: h.maxValue,
  };
}

/** Per field: the median over runs, except `maxNs`: the worst run's. */
export function combineRuns(runs: readonly LatencySummary[]): LatencySummary {
  const pick = (f: (s: LatencySummary) => number): number => median(runs.map(f));
  return {
    count: runs.reduce((a, s) => a + s.count, 0),
    meanNs: pick((s) => s.meanNs),
    p50Ns: pick((s) => s.p50Ns),
    p90Ns: pick((s) => s.p90Ns),
    p99Ns: pick((s) => s.p99Ns),
    p999Ns: pick((s) => s.p999Ns),
    p9999Ns: pick((s) => s.p9999Ns),
    maxNs: Math.max(...runs.map((s) => s.maxNs)),
  };
}
