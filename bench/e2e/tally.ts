/**
 * What a load-generator phase counts: the latency histogram of measured
 * first reports, their ExecTypes, rejections by reason, and (open loop) how
 * late the generator itself sent each measured order.
 */
import type { Histogram } from 'hdr-histogram-js';
import type { PhaseResult } from './jobs.js';
import { encodeHistogram, newHistogram, recordMs, summarize } from './latency.js';
import { EXEC_TYPE_NAMES, EXEC_TYPE_UNKNOWN } from './replies.js';
import type { Session } from './session.js';

export class Tally {
  readonly latency: Histogram = newHistogram();
  readonly sendLag: Histogram = newHistogram();
  answered = 0;
  unanswered = 0;
  sessionRejects = 0;
  private readonly execTypes = new Float64Array(EXEC_TYPE_UNKNOWN + 1);
  private readonly rejects = new Map<string, number>();

  first(latencyMs: number, execType: number): void {
    recordMs(this.latency, latencyMs);
    this.execTypes[execType]!++;
    this.answered++;
  }

  /** Reasons are tallied by their code (the part before ':'), keeping the first full text seen as a sample. */
  reject(reason: string): void {
    const code = reason.split(':')[0]!;
    const key = [...this.rejects.keys()].find((k) => k.split(':')[0] === code) ?? reason;
    this.rejects.set(key, (this.rejects.get(key) ?? 0) + 1);
  }

  sessionReject(reason: string): void {
    this.sessionRejects++;
    this.reject(`Reject ${reason}`);
  }

  /** Forgets what the warm-up recorded. */
  reset(): void {
    this.latency.reset();
    this.sendLag.reset();
    this.answered = 0;
    this.execTypes.fill(0);
  }

  result(base: Pick<PhaseResult, 'mode' | 'encoding' | 'window' | 'rate' | 'measuredMs' | 'sent' | 'measuredSent' | 'ordersPerSec' | 'loadgenCpuPct'>,
    sessions: readonly Session[]): PhaseResult {
    const firstExecTypes: Record<string, number> = {};
    this.execTypes.forEach((n, i) => {
      if (n > 0) firstExecTypes[EXEC_TYPE_NAMES[i] ?? 'UNKNOWN'] = n;
    });
    const sum = (f: (s: Session) => number): number => sessions.reduce((a, s) => a + f(s), 0);
    return {
      ...base,
      connections: sessions.length,
      answered: this.answered,
      latency: summarize(this.latency),
      histogram: encodeHistogram(this.latency),
      sendLag: base.mode === 'open' ? summarize(this.sendLag) : null,
      firstExecTypes,
      rejects: Object.fromEntries(this.rejects),
      sessionRejects: this.sessionRejects,
      unanswered: this.unanswered,
      laterReports: sum((s) => s.laterReports),
      foreignReports: sum((s) => s.foreignReports),
      framesReceived: sum((s) => s.framesReceived),
    };
  }
}
