import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The gateway's Prometheus metrics (GET /metrics, prom-client). Message
 * counts are plain numbers on the hot path, turned into counter increments
 * when scraped; reject counters keep their label children.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly connections: Gauge;
  readonly messagesIn: Counter;
  readonly messagesOut: Counter;
  private readonly rejects: Counter;
  readonly latency: Histogram;
  /** Message counts kept as plain numbers on the hot path; the Prometheus counters catch up when scraped. */
  readonly inJson = { n: 0, inc(by = 1) { this.n += by; } };
  readonly inSbe = { n: 0, inc(by = 1) { this.n += by; } };
  readonly outJson = { n: 0, inc(by = 1) { this.n += by; } };
  readonly outSbe = { n: 0, inc(by = 1) { this.n += by; } };
  private readonly rejectChildren = new Map<string, { inc(): void }>();

  constructor(sequencerState: () => { ringDepth: number; journalLag: number; lastSeq: number; durableSeq: number }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'exchange_' });
    this.connections = new Gauge({ name: 'exchange_connections', help: 'Open WebSocket connections by endpoint', labelNames: ['endpoint'], registers: [this.registry] });
    const self = this;
    const reported = { inJson: 0, inSbe: 0, outJson: 0, outSbe: 0 };
    const catchUp = (c: Counter, encoding: string, key: keyof typeof reported, now: number): void => {
      if (now > reported[key]) c.labels(encoding).inc(now - reported[key]);
      reported[key] = now;
    };
    this.messagesIn = new Counter({
      name: 'exchange_messages_in_total', help: 'Messages received, by encoding', labelNames: ['encoding'], registers: [this.registry],
      collect() { catchUp(this, 'json', 'inJson', self.inJson.n); catchUp(this, 'sbe', 'inSbe', self.inSbe.n); },
    });
    this.messagesOut = new Counter({
      name: 'exchange_messages_out_total', help: 'Messages sent, by encoding', labelNames: ['encoding'], registers: [this.registry],
      collect() { catchUp(this, 'json', 'outJson', self.outJson.n); catchUp(this, 'sbe', 'outSbe', self.outSbe.n); },
    });
    this.rejects = new Counter({ name: 'exchange_rejects_total', help: 'Refusals (session Reject, order REJECTED, cancel rejects) by reason', labelNames: ['reason'], registers: [this.registry] });
    this.latency = new Histogram({
      name: 'exchange_request_latency_seconds',
      help: 'From a request\'s arrival at the gateway to its first reply (through sequencer, journal and core)',
      buckets: [25e-6, 50e-6, 100e-6, 250e-6, 500e-6, 1e-3, 2.5e-3, 5e-3, 10e-3, 25e-3, 50e-3, 100e-3, 250e-3, 1],
      registers: [this.registry],
    });
    new Gauge({
      name: 'exchange_ring_depth', help: 'Commands submitted to the sequencer whose results are not yet delivered', registers: [this.registry],
      collect() { this.set(sequencerState().ringDepth); },
    });
    new Gauge({
      name: 'exchange_journal_lag', help: 'Commands submitted but not yet durable in the journal', registers: [this.registry],
      collect() { this.set(sequencerState().journalLag); },
    });
    new Gauge({
      name: 'exchange_last_seq', help: 'Sequence number of the last command submitted', registers: [this.registry],
      collect() { this.set(sequencerState().lastSeq); },
    });
  }

  countReject(reason: string): void {
    let child = this.rejectChildren.get(reason);
    if (child === undefined) this.rejectChildren.set(reason, (child = this.rejects.labels(reason)));
    child.inc();
  }
}
