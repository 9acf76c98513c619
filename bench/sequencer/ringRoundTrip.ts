/**
 * Round trip main thread -> worker -> main thread over two rings (requests,
 * replies), as the gateway will hand commands to the core and get results.
 *
 *   npm run build && node dist/bench/sequencer/ringRoundTrip.js [--quick] [--runs N] [--spin N] [--json PATH]
 *
 * Latency, one message in flight (p50 / p99 / p99.9 / max, hdr-histogram):
 * - hot:    back to back; both sides find the next message while spinning.
 * - paced:  one message every 200 us; the echo worker has parked in
 *           Atomics.wait by then, so each trip pays a futex wake-up.
 * - async:  the main thread waits with Atomics.waitAsync (event loop, never
 *           blocks) instead of spinning; paced like the above.
 * Throughput: a window of up to a ring's worth of messages in flight.
 * Each figure is the median of --runs runs (by p99, or by rate). --spin sets
 * the echo worker's spinIterations (default 2000). The load average is
 * printed: on a 2-vCPU machine any other busy process shows in the tails.
 */
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { build } from 'hdr-histogram-js';
import { Ring } from '../../sequencer/ring/ring.js';
import type { RingConsumer } from '../../sequencer/ring/ringConsumer.js';
import type { RingProducer } from '../../sequencer/ring/ringProducer.js';

const PAYLOAD_BYTES = 64;
const SLOTS = 4096;

interface Options {
  quick: boolean;
  runs: number;
  spinIterations: number;
  json: string | undefined;
}

function parseOptions(argv: string[]): Options {
  const o: Options = { quick: false, runs: 3, spinIterations: 2000, json: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') o.quick = true;
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--spin') o.spinIterations = Number(argv[++i]);
    else if (a === '--json') o.json = argv[++i];
    else throw new Error(`unknown option ${a}`);
  }
  if (o.quick) o.runs = 1;
  return o;
}

interface Pair {
  worker: Worker;
  producer: RingProducer;
  consumer: RingConsumer;
}

async function startEcho(spinIterations: number): Promise<Pair> {
  const requests = Ring.create({ slotCount: SLOTS, payloadBytesMax: PAYLOAD_BYTES, consumerCount: 1 });
  const replies = Ring.create({ slotCount: SLOTS, payloadBytesMax: PAYLOAD_BYTES, consumerCount: 1 });
  const worker = new Worker(new URL('./ringEchoWorker.js', import.meta.url), {
    workerData: { requests: requests.buffer, replies: replies.buffer, spinIterations },
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  return { worker, producer: requests.producer(), consumer: replies.consumer(0) };
}

async function stopEcho(pair: Pair): Promise<void> {
  pair.producer.close();
  await new Promise<void>((resolve) => pair.worker.once('exit', () => resolve()));
}

const payload = new Uint8Array(PAYLOAD_BYTES).fill(7);
let replySum = 0;
function onReply(bytes: Uint8Array, offset: number): void {
  replySum = (replySum + bytes[offset]!) | 0;
}

interface LatencyFigure {
  mode: string;
  trips: number;
  p50Us: number;
  p99Us: number;
  p999Us: number;
  maxUs: number;
}

function histogram() {
  return build({ lowestDiscernibleValue: 1, highestTrackableValue: 10_000_000_000, numberOfSignificantValueDigits: 3 });
}

function summarize(mode: string, h: ReturnType<typeof histogram>): LatencyFigure {
  const us = (ns: number): number => Math.round(ns / 10) / 100;
  return {
    mode,
    trips: h.totalCount,
    p50Us: us(h.getValueAtPercentile(50)),
    p99Us: us(h.getValueAtPercentile(99)),
    p999Us: us(h.getValueAtPercentile(99.9)),
    maxUs: us(h.maxValue),
  };
}

function busyUntil(ms: number): void {
  while (performance.now() < ms);
}

/** One message in flight; the main thread spins on the reply ring. */
function latencySpin(pair: Pair, mode: 'hot' | 'paced', trips: number, warmup: number): LatencyFigure {
  const h = histogram();
  const gapMs = mode === 'paced' ? 0.2 : 0;
  let next = performance.now();
  for (let t = 0; t < warmup + trips; t++) {
    if (gapMs > 0) busyUntil((next += gapMs));
    const t0 = performance.now();
    if (!pair.producer.tryPublish(payload)) throw new Error('request ring full with one message in flight');
    while (pair.consumer.poll(onReply) === 0);
    const t1 = performance.now();
    if (t >= warmup) h.recordValue(Math.max(1, Math.round((t1 - t0) * 1e6)));
  }
  return summarize(mode, h);
}

/** One message in flight; the main thread awaits the reply with Atomics.waitAsync. */
async function latencyAsync(pair: Pair, trips: number, warmup: number): Promise<LatencyFigure> {
  const h = histogram();
  let next = performance.now();
  for (let t = 0; t < warmup + trips; t++) {
    busyUntil((next += 0.2));
    const t0 = performance.now();
    if (!pair.producer.tryPublish(payload)) throw new Error('request ring full with one message in flight');
    while (pair.consumer.poll(onReply) === 0) await pair.consumer.waitForDataAsync(1000);
    const t1 = performance.now();
    if (t >= warmup) h.recordValue(Math.max(1, Math.round((t1 - t0) * 1e6)));
  }
  return summarize('async', h);
}

interface ThroughputFigure {
  messages: number;
  roundTripsPerSec: number;
}

/** Up to a ring's worth in flight: publish what fits, drain replies, repeat. */
function throughput(pair: Pair, messages: number): ThroughputFigure {
  const t0 = performance.now();
  let sent = 0;
  let received = 0;
  while (received < messages) {
    let claimed = 0;
    while (sent < messages && claimed < 256) {
      const at = pair.producer.tryClaim(PAYLOAD_BYTES);
      if (at < 0) break;
      pair.producer.bytes.set(payload, at);
      sent++;
      claimed++;
    }
    pair.producer.publish();
    received += pair.consumer.poll(onReply);
  }
  return { messages, roundTripsPerSec: Math.round((messages / (performance.now() - t0)) * 1000) };
}

function median<T>(xs: T[], key: (x: T) => number): T {
  return [...xs].sort((a, b) => key(a) - key(b))[Math.floor(xs.length / 2)]!;
}

async function main(): Promise<void> {
  const o = parseOptions(process.argv.slice(2));
  const trips = o.quick ? 20_000 : 100_000;
  const pacedTrips = o.quick ? 5_000 : 20_000;
  const messages = o.quick ? 1_000_000 : 5_000_000;
  const loadBefore = loadavg()[0]!;
  const figures: Record<string, LatencyFigure[]> = { hot: [], paced: [], async: [] };
  const rates: ThroughputFigure[] = [];
  for (let r = 0; r < o.runs; r++) {
    const pair = await startEcho(o.spinIterations);
    figures.hot!.push(latencySpin(pair, 'hot', trips, 20_000));
    figures.paced!.push(latencySpin(pair, 'paced', pacedTrips, 1000));
    figures.async!.push(await latencyAsync(pair, pacedTrips, 1000));
    rates.push(throughput(pair, messages));
    await stopEcho(pair);
  }
  const load = `load average ${loadBefore.toFixed(2)} -> ${loadavg()[0]!.toFixed(2)}`;
  console.log(`ring round trip main -> worker -> main, ${PAYLOAD_BYTES}-byte messages, ${SLOTS} slots, worker spin ${o.spinIterations}, median of ${o.runs} run(s), ${load}`);
  console.log('mode      trips      p50 us    p99 us  p99.9 us    max us');
  const latency = Object.values(figures).map((runs) => median(runs, (f) => f.p99Us));
  for (const f of latency) {
    console.log(`${f.mode.padEnd(6)} ${String(f.trips).padStart(8)} ${[f.p50Us, f.p99Us, f.p999Us, f.maxUs].map((v) => v.toFixed(2).padStart(9)).join(' ')}`);
  }
  const rate = median(rates, (f) => f.roundTripsPerSec);
  console.log(`throughput: ${rate.roundTripsPerSec.toLocaleString('en-US')} round trips/s (${rate.messages.toLocaleString('en-US')} messages, up to ${SLOTS} in flight)`);
  if (o.json !== undefined) writeFileSync(o.json, JSON.stringify({ payloadBytes: PAYLOAD_BYTES, slots: SLOTS, runs: o.runs, spinIterations: o.spinIterations, load, latency, throughput: rate, check: replySum }, null, 2) + '\n');
}

await main();
