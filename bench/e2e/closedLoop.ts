/**
 * Closed loop, for peak throughput: every connection keeps `window` orders
 * in flight and sends the next one as soon as an order's first report
 * arrives. Refills are batched per connection per event-loop turn (all the
 * first reports of one socket read free their slots, then one corked burst
 * refills them).
 *
 * Timeline: warm-up (sent and answered, not counted), the measured interval
 * (throughput = first reports received in it / its length; latency = send to
 * first report of the orders answered in it), then no more sends and a drain
 * of what is in flight. A closed loop's latency is mostly queueing behind the
 * window (Little's law: about connections x window / throughput); the
 * figure to read here is the throughput.
 */
import type { ClosedJob, PhaseResult } from './jobs.js';
import type { Session, SessionEvents } from './session.js';
import { Tally } from './tally.js';
import { cpuPct, until } from './timing.js';

export class ClosedLoop implements SessionEvents {
  readonly tally = new Tally();
  private measuring = false;
  private stopping = false;
  /** Orders the phase may still send (the job's maxOrders). */
  private budget: number;
  private sent = 0;

  constructor(private readonly job: ClosedJob, private readonly mark: (m: 'measureStart' | 'measureEnd') => void) {
    this.budget = job.maxOrders;
  }

  first(s: Session, sentAt: number, now: number, execType: number): void {
    if (this.measuring) this.tally.first(now - sentAt, execType);
    this.refillSoon(s);
  }

  rejected(_s: Session, reason: string): void {
    this.tally.reject(reason);
  }

  sessionReject(s: Session, reason: string): void {
    this.tally.sessionReject(reason);
    this.refillSoon(s);
  }

  async run(sessions: readonly Session[]): Promise<PhaseResult> {
    const job = this.job;
    const inFlight = (): number => sessions.reduce((a, s) => a + s.inFlight, 0);
    const exhausted = (): boolean => this.budget <= 0 && inFlight() === 0;
    let m0 = performance.now();
    let cpu0 = process.cpuUsage();
    let sent0 = 0;
    const startMeasuring = (): void => {
      this.tally.reset();
      this.measuring = true;
      m0 = performance.now();
      cpu0 = process.cpuUsage();
      sent0 = this.sent;
      this.mark('measureStart');
    };
    if (job.warmupMs <= 0) startMeasuring();
    for (const s of sessions) this.refill(s);
    if (job.warmupMs > 0) {
      await until(exhausted, job.warmupMs);
      startMeasuring();
    }
    await until(exhausted, job.durationMs);
    const m1 = performance.now();
    this.measuring = false;
    this.stopping = true;
    const cpu = cpuPct(cpu0, m1 - m0);
    this.mark('measureEnd');
    const measuredSent = this.sent - sent0;
    await until(() => inFlight() === 0, job.drainMs);
    this.tally.unanswered = inFlight();
    const measuredMs = m1 - m0;
    return this.tally.result({
      mode: 'closed', encoding: job.encoding, window: job.window, rate: null, measuredMs,
      sent: this.sent, measuredSent, ordersPerSec: Math.round(this.tally.answered / (measuredMs / 1000)), loadgenCpuPct: cpu,
    }, sessions);
  }

  private refillSoon(s: Session): void {
    if (s.flag || this.stopping) return;
    s.flag = true;
    process.nextTick(this.refill, s);
  }

  private readonly refill = (s: Session): void => {
    s.flag = false;
    if (this.stopping) return;
    const k = Math.min(this.job.window - s.inFlight, this.budget);
    if (k <= 0) return;
    this.budget -= k;
    this.sent += k;
    s.cork();
    for (let i = 0; i < k; i++) s.send(performance.now());
    s.uncork();
  };
}
