/**
 * What the bench process and the load-generator process tell each other over
 * the fork's IPC channel: a job (one phase against one server) goes down,
 * phase marks and one result come back.
 */
import type { BenchAccount } from './benchConfig.js';
import type { LatencySummary } from './latency.js';

export type Encoding = 'json' | 'sbe';

interface JobBase {
  /** ws://127.0.0.1:PORT/trade */
  url: string;
  encoding: Encoding;
  /** One per connection, in connection order. */
  accounts: BenchAccount[];
  /** Starts every ClOrdID of the phase (ClOrdID = tag + order number), unique per phase. */
  tag: string;
  warmupMs: number;
  durationMs: number;
  /** Longest wait after the last send for outstanding first reports. */
  drainMs: number;
  /** At most this many orders in the whole phase (warm-up included); Number.MAX_SAFE_INTEGER for no cap. */
  maxOrders: number;
}

/** Closed loop: each connection keeps `window` orders in flight; measures peak throughput. */
export interface ClosedJob extends JobBase {
  mode: 'closed';
  window: number;
}

/**
 * Open loop: `rate` orders per second in total, round-robin over the
 * connections, each at its intended time t0 + i / rate whatever the answers
 * do; latency from the intended time (coordinated-omission corrected).
 */
export interface OpenJob extends JobBase {
  mode: 'open';
  rate: number;
  /** How the generator waits for the next due order (openLoop.ts). */
  pacing: Pacing;
}

export type Pacing = 'io' | 'spin';

export type Job = ClosedJob | OpenJob;

export interface PhaseResult {
  mode: 'closed' | 'open';
  encoding: Encoding;
  connections: number;
  window: number | null;
  /** Target rate (open loop). */
  rate: number | null;
  /** The measured interval, as it happened (ms). */
  measuredMs: number;
  /** Orders sent in the whole phase, and in the measured interval. */
  sent: number;
  measuredSent: number;
  /** First reports received in the measured interval (closed loop) or for the measured orders (open loop). */
  answered: number;
  /** Closed loop: first reports per second in the measured interval. Open loop: measured orders answered per second of schedule. */
  ordersPerSec: number;
  /** Send to first ExecutionReport; open loop: from the intended send time. */
  latency: LatencySummary;
  /** The latency histogram (ns), hdr-histogram-js compressed base64, for merging runs. */
  histogram: string;
  /** Open loop: how late the generator sent each measured order after its intended time. */
  sendLag: LatencySummary | null;
  /** ExecType of each measured first report (NEW, TRADE, ...). */
  firstExecTypes: Record<string, number>;
  /** RejectReason / Reject Reason counts, with a sample text. */
  rejects: Record<string, number>;
  /** Session-level Reject frames (no ClOrdID: they release a window slot but answer no order). */
  sessionRejects: number;
  /** Measured orders with no first report by the end of the drain (recorded as latency = drain end - intended). */
  unanswered: number;
  /** Reports after the first for the same ClOrdID (maker fills) and reports naming no order of this phase. */
  laterReports: number;
  foreignReports: number;
  framesReceived: number;
  /** The load generator's CPU time over the measured interval, % of one core. */
  loadgenCpuPct: number;
}

export type ToLoadgen = { type: 'job'; job: Job } | { type: 'exit' };
export type FromLoadgen =
  | { type: 'mark'; mark: 'measureStart' | 'measureEnd' }
  | { type: 'result'; result: PhaseResult }
  | { type: 'error'; message: string };
