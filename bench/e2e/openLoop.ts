/**
 * Open loop at a fixed total rate, with coordinated-omission correction:
 * order i (i = 0, 1, ...) is due at t0 + i / rate and goes to connection
 * i mod N, whatever the server has answered. Its latency runs from that
 * INTENDED time to its first ExecutionReport, so a server that stalls is
 * charged for every order that should have been sent meanwhile, not just
 * the one it stalled on (the error wrk2 and HdrHistogram's docs describe).
 *
 * Pacing (`job.pacing`): Node's timers tick in whole milliseconds, while at
 * 50,000/s an order is due every 20 us.
 * - 'io' (default): a 1 ms ticker, and a pump at the end of every event-loop
 *   turn that read a frame. Under load the server's replies wake the loop far
 *   more often than every millisecond, so orders leave close to their time
 *   without burning a core; at low rates an order may leave up to ~1 ms late.
 * - 'spin': poll with setImmediate when the next order is under 2 ms away.
 *   Sends on time when a core is free for it, but on a 2-vCPU machine that
 *   core is taken from the server (and a VM's CPU quota can then freeze both).
 * How late each measured order actually left is recorded as `sendLag`; that
 * lag is part of its latency, as it should be (the order was due).
 *
 * Measured orders: those due in [t0 + warm-up, t0 + warm-up + duration).
 * After the last send, outstanding first reports get `drainMs`; a measured
 * order still unanswered then is recorded with latency (drain end - intended)
 * and counted in `unanswered`.
 */
import type { OpenJob, PhaseResult } from './jobs.js';
import { recordMs } from './latency.js';
import type { Session, SessionEvents } from './session.js';
import { Tally } from './tally.js';
import { cpuPct, sleep, until } from './timing.js';

export class OpenLoop implements SessionEvents {
  readonly tally = new Tally();
  private mStart = Infinity;
  private mEnd = -Infinity;
  /** Sends what is due; null outside run(). */
  private pump: (() => void) | null = null;
  private pumpQueued = false;

  constructor(private readonly job: OpenJob, private readonly mark: (m: 'measureStart' | 'measureEnd') => void) {}

  first(_s: Session, sentAt: number, now: number, execType: number): void {
    if (sentAt >= this.mStart && sentAt < this.mEnd) this.tally.first(now - sentAt, execType);
  }

  /** io pacing: every frame read queues one pump for the end of this event-loop turn. */
  frame(): void {
    if (this.pumpQueued || this.pump === null || this.job.pacing !== 'io') return;
    this.pumpQueued = true;
    setImmediate(this.pump);
  }

  rejected(_s: Session, reason: string): void {
    this.tally.reject(reason);
  }

  sessionReject(_s: Session, reason: string): void {
    this.tally.sessionReject(reason);
  }

  async run(sessions: readonly Session[]): Promise<PhaseResult> {
    const job = this.job;
    const n = sessions.length;
    const period = 1000 / job.rate;
    const total = Math.min(job.maxOrders, Math.ceil(((job.warmupMs + job.durationMs) * job.rate) / 1000));
    const t0 = performance.now() + 20;
    this.mStart = t0 + job.warmupMs;
    this.mEnd = this.mStart + job.durationMs;
    const lag = this.tally.sendLag;
    let cpu0 = process.cpuUsage();
    let cpu = 0;
    let measuredSent = 0;
    let sent = 0;

    let marked = 0;
    const markStart = (): void => {
      cpu0 = process.cpuUsage();
      marked = 1;
      this.mark('measureStart');
    };
    const markEnd = (): void => {
      cpu = cpuPct(cpu0, job.durationMs);
      marked = 2;
      this.mark('measureEnd');
    };
    const marks = [
      setTimeout(markStart, Math.max(0, this.mStart - performance.now())),
      setTimeout(markEnd, Math.max(0, this.mEnd - performance.now())),
    ];

    await new Promise<void>((resolve) => {
      let ticker: NodeJS.Timeout | undefined;
      const pump = (): void => {
        this.pumpQueued = false;
        const now = performance.now();
        let due = Math.floor((now - t0) / period) + 1;
        if (due > total) due = total;
        const k = due - sent;
        if (k > 0) {
          // Cork the connections this burst touches, so each sends its frames in one write.
          const touched = k > 1 ? Math.min(k, n) : 0;
          for (let j = 0; j < touched; j++) sessions[(sent + j) % n]!.cork();
          for (; sent < due; sent++) {
            const intended = t0 + sent * period;
            sessions[sent % n]!.send(intended);
            if (intended >= this.mStart && intended < this.mEnd) {
              measuredSent++;
              recordMs(lag, now - intended);
            }
          }
          for (let j = 0; j < touched; j++) sessions[(sent - k + j) % n]!.uncork();
        }
        if (sent >= total) {
          clearInterval(ticker);
          this.pump = null;
          resolve();
          return;
        }
        if (job.pacing === 'spin') {
          const wait = t0 + sent * period - performance.now();
          if (wait > 2) setTimeout(pump, wait - 1);
          else setImmediate(pump);
        }
      };
      // io pacing: a 1 ms ticker, plus a pump after every event-loop turn that read a frame (frame()).
      this.pump = pump;
      if (job.pacing === 'io') ticker = setInterval(pump, 1);
      pump();
    });

    const lastSend = performance.now();
    const inFlight = (): number => sessions.reduce((a, s) => a + s.inFlight, 0);
    // The last order is due one period before the measured interval ends: let the end mark fire first.
    if (total * period >= job.warmupMs + job.durationMs) await sleep(Math.max(0, this.mEnd - performance.now() + 1));
    await until(() => inFlight() === 0, Math.max(0, lastSend + job.drainMs - performance.now()));
    for (const t of marks) clearTimeout(t);
    // A phase cut short by maxOrders ends before its interval would: mark what did not fire.
    if (marked < 1) markStart();
    if (marked < 2) markEnd();
    const drainEnd = performance.now();
    for (const s of sessions) {
      s.forEachPending((sentAt) => {
        if (sentAt >= this.mStart && sentAt < this.mEnd) {
          recordMs(this.tally.latency, drainEnd - sentAt);
          this.tally.unanswered++;
        }
      });
    }
    const measuredMs = Math.max(1, Math.min(job.durationMs, total * period - job.warmupMs));
    return this.tally.result({
      mode: 'open', encoding: job.encoding, window: null, rate: job.rate, measuredMs, sent, measuredSent,
      ordersPerSec: Math.round(this.tally.answered / (measuredMs / 1000)), loadgenCpuPct: cpu,
    }, sessions);
  }
}
