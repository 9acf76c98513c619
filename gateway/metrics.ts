import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The gateway's Prometheus metrics (GET /metrics, prom-client). Label
 * children are looked up once and kept, so counting a message is one
 * increment, not a label-map lookup per message.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  readonly connections: Gauge;
  private readonly messagesIn: Counter;
  private readonly messagesOut: Counter;
  private readonly rejects: Counter;
  readonly latency: Histogram;
  readonly inJson; readonly inSbe; readonly outJson; readonly outSbe;
  private readonly rejectChildren = new Map<string, { inc(): void }>();

  constructor(sequencerState: () => { ringDepth: number; journalLag: number; lastSeq: number; durableSeq: number }) {
    collectDefaultMetrics({ register: this.registry, prefix: 'exchange_' });
    this.connections = new Gauge({ name: 'exchange_connections', help: 'Open WebSocket connections by endpoint', labelNames: ['endpoint'], registers: [this.registry] });
    this.messagesIn = new Counter({ name: 'exchange_messages_in_total', help: 'Messages received, by encoding', labelNames: ['encoding'], registers: [this.registry] });
    this.messagesOut = new Counter({ name: 'exchange_messages_out_total', help: 'Messages sent, by encoding', labelNames: ['encoding'], registers: [this.registry] });
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
    this.inJson = this.messagesIn.labels('json');
    this.inSbe = this.messagesIn.labels('sbe');
    this.outJson = this.messagesOut.labels('json');
    this.outSbe = this.messagesOut.labels('sbe');
  }

  countReject(reason: string): void {
    let child = this.rejectChildren.get(reason);
    if (child === undefined) this.rejectChildren.set(reason, (child = this.rejects.labels(reason)));
    child.inc();
  }
}
