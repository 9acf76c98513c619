/**
 * `npm run bench:sbe [-- --quick]`: messages per second for encoding and
 * decoding a NewOrderSingle and an ExecutionReport with the generated SBE
 * flyweights, against JSON.stringify/JSON.parse of the contract's JSON and
 * protobufjs static code (pbjs) for an equivalent message. Also measures the
 * heap the SBE paths leave behind per message (0 when they do not allocate).
 *
 * Each tinybench task runs a batch of BATCH messages, so the timer's own cost
 * is spread thin; each suite runs RUNS times and the median is reported,
 * since this machine has two cores shared with other work.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import protobuf from 'protobufjs/minimal.js';
import { Bench } from 'tinybench';
import { buildCases, type Cases, type Op } from './cases.js';
import type * as Orders from './proto/orders.js';

const BATCH = 100;
const quick = process.argv.includes('--quick');
const RUNS = quick ? 1 : 3;
const here = dirname(fileURLToPath(import.meta.url));
/** The repository root, from source (bench/sbe) or from the build (dist/bench/sbe). */
const root = here.split(/[\\/]/).includes('dist') ? join(here, '../../..') : join(here, '../..');

/** pbjs emits JavaScript, which tsc does not copy to dist/, so the static code is loaded from the source tree. */
async function loadOrders(): Promise<typeof Orders> {
  const file = join(root, 'bench/sbe/proto/orders.js');
  if (!existsSync(file)) throw new Error(`${file} not found: run pbjs as bench/sbe/orders.proto says`);
  return (await import(pathToFileURL(file).href)) as typeof Orders;
}

/**
 * A loop of BATCH calls to `op`. Each task gets its own compiled copy: closures
 * from one function literal share V8's type feedback, so a shared loop would
 * see 13 different ops at one call site and inline none of them.
 */
function batch(op: Op): () => void {
  const make = new Function(
    'op',
    `let sink = 0;
     return function batch() {
       for (let i = 0; i < ${BATCH}; i++) sink = (sink + op()) | 0;
       return sink;
     };`,
  ) as (op: Op) => () => number;
  const run = make(op);
  return () => {
    run();
  };
}

async function runOnce(cases: Cases): Promise<Map<string, number>> {
  const bench = new Bench({ time: quick ? 150 : 600, warmupTime: quick ? 50 : 200 });
  for (const [name, op] of Object.entries(cases)) bench.add(name, batch(op));
  await bench.run();
  const out = new Map<string, number>();
  for (const task of bench.tasks) {
    const r = task.result;
    if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
    out.set(task.name, r.throughput.mean * BATCH);
  }
  return out;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * Heap growth per message over a long run of the SBE paths, and the garbage
 * collections during it. With no GC in the run, the growth is everything
 * allocated; a fixed few hundred KB is the JIT's own, so it is spread over
 * enough messages to show whether anything is allocated per message.
 */
async function sbeHeap(cases: Cases): Promise<{ bytesPerMessage: number; gcs: number; messages: number }> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const ops = [cases.sbeEncodeNos, cases.sbeDecodeNos, cases.sbeEncodeEr, cases.sbeDecodeEr, cases.sbeEncodeNosStrings];
  const rounds = quick ? 100_000 : 400_000;
  for (let i = 0; i < 20_000; i++) for (const op of ops) op();
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    gcs += list.getEntries().length;
  });
  gc();
  await new Promise((resolve) => setImmediate(resolve));
  observer.observe({ entryTypes: ['gc'] });
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < rounds; i++) for (const op of ops) op();
  const after = process.memoryUsage().heapUsed;
  await new Promise((resolve) => setImmediate(resolve));
  observer.disconnect();
  const messages = rounds * ops.length;
  return { bytesPerMessage: Math.max(0, after - before) / messages, gcs, messages };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

async function main(): Promise<void> {
  // Numbers rather than Long objects for 64-bit fields, as the SBE flyweights give.
  protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
  protobuf.configure();
  const cases = buildCases(await loadOrders());
  const heap = await sbeHeap(cases);
  const runs: Map<string, number>[] = [];
  for (let i = 0; i < RUNS; i++) runs.push(await runOnce(cases));
  const med = (name: keyof Cases): number => median(runs.map((r) => r.get(name)!));

  const rows = [
    ['NewOrderSingle encode', med('sbeEncodeNos'), med('jsonEncodeNos'), med('protobufEncodeNos')],
    ['NewOrderSingle encode (strings)', med('sbeEncodeNosStrings'), med('jsonEncodeNos'), med('protobufEncodeNos')],
    ['NewOrderSingle decode', med('sbeDecodeNos'), med('jsonDecodeNos'), med('protobufDecodeNos')],
    ['NewOrderSingle decode (strings)', med('sbeDecodeNosStrings'), med('jsonDecodeNos'), med('protobufDecodeNos')],
    ['ExecutionReport encode', med('sbeEncodeEr'), med('jsonEncodeEr'), med('protobufEncodeEr')],
    ['ExecutionReport encode (strings)', med('sbeEncodeErStrings'), med('jsonEncodeEr'), med('protobufEncodeEr')],
    ['ExecutionReport decode', med('sbeDecodeEr'), med('jsonDecodeEr'), med('protobufDecodeEr')],
  ] as const;
  console.table(
    rows.map(([what, sbe, json, pb]) => ({
      message: what,
      'SBE msg/s': fmt(sbe),
      'JSON msg/s': fmt(json),
      'protobufjs msg/s': fmt(pb),
      'x JSON': (sbe / json).toFixed(1),
      'x protobufjs': (sbe / pb).toFixed(1),
    })),
  );
  console.log(`SBE heap growth: ${heap.bytesPerMessage.toFixed(3)} bytes/message over ${fmt(heap.messages)} messages, ${heap.gcs} GC(s) during the run`);
  console.log(`${RUNS} run(s) of ${quick ? 150 : 600} ms per task, ${BATCH} messages per sample; medians shown`);

  const result = {
    encodeNosPerSec: Math.round(med('sbeEncodeNos')),
    decodeNosPerSec: Math.round(med('sbeDecodeNos')),
    encodeNosWithStringsPerSec: Math.round(med('sbeEncodeNosStrings')),
    decodeNosWithStringsPerSec: Math.round(med('sbeDecodeNosStrings')),
    jsonEncodePerSec: Math.round(med('jsonEncodeNos')),
    jsonDecodePerSec: Math.round(med('jsonDecodeNos')),
    protobufEncodePerSec: Math.round(med('protobufEncodeNos')),
    protobufDecodePerSec: Math.round(med('protobufDecodeNos')),
    encodeErPerSec: Math.round(med('sbeEncodeEr')),
    encodeErWithStringsPerSec: Math.round(med('sbeEncodeErStrings')),
    decodeErPerSec: Math.round(med('sbeDecodeEr')),
    jsonEncodeErPerSec: Math.round(med('jsonEncodeEr')),
    jsonDecodeErPerSec: Math.round(med('jsonDecodeEr')),
    protobufEncodeErPerSec: Math.round(med('protobufEncodeEr')),
    protobufDecodeErPerSec: Math.round(med('protobufDecodeEr')),
    sbeHeapBytesPerMessage: Number(heap.bytesPerMessage.toFixed(3)),
    sbeGcsDuringHeapRun: heap.gcs,
    runs: RUNS,
    quick,
    node: process.version,
    date: new Date().toISOString(),
  };
  const out = join(root, 'bench/results');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'sbe.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${join(out, 'sbe.json')}`);
}

await main();
