/**
 * `npm run bench:sbe [-- --quick]`: messages per second for encoding and
 * decoding a NewOrderSingle and an ExecutionReport with the generated SBE
 * flyweights, against JSON.stringify/JSON.parse of the contract's JSON and
 * protobufjs static code (pbjs) for an equivalent message, and checks each
 * target (10x JSON, 3x protobufjs, both directions). Also checks that the SBE
 * paths allocate nothing: no garbage collection during a long run of each.
 *
 * Each tinybench task runs a batch of BATCH messages, so the timer's own cost
 * is spread thin; each suite runs RUNS times and the median is reported,
 * since this machine has two cores shared with other work (run it under
 * `nice -n -20` when you can).
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
const RUNS = quick ? 1 : 5;
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

/**
 * Each SBE case runs right beside the JSON and protobufjs cases it is compared
 * with, so the three see the same moment of a shared machine; the ratios are
 * taken within a run and their median over the runs is reported.
 */
const ORDER: readonly (keyof Cases)[] = [
  'sbeEncodeNos', 'jsonEncodeNos', 'protobufEncodeNos', 'sbeEncodeNosStrings',
  'sbeDecodeNos', 'jsonDecodeNos', 'protobufDecodeNos', 'sbeDecodeNosStrings',
  'sbeEncodeEr', 'jsonEncodeEr', 'protobufEncodeEr', 'sbeEncodeErStrings',
  'sbeDecodeEr', 'jsonDecodeEr', 'protobufDecodeEr',
];

async function runOnce(cases: Cases): Promise<Map<string, number>> {
  const bench = new Bench({ time: quick ? 150 : 600, warmupTime: quick ? 50 : 200 });
  for (const name of ORDER) bench.add(name, batch(cases[name]));
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
 * Whether the SBE paths allocate: each SBE case runs through the same batch
 * loop the timing uses, with the garbage collector watched. No collection
 * during a few million messages means nothing is allocated per message (a
 * young-generation collection would come every few thousand messages if even
 * one small object were); the heap growth is shown beside it, and a fixed few
 * hundred KB of it is the JIT's own.
 */
async function sbeHeap(cases: Cases): Promise<{ byCase: Record<string, { bytesPerMessage: number; gcs: number }>; messages: number; gcs: number }> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const names = ['sbeEncodeNos', 'sbeDecodeNos', 'sbeEncodeEr', 'sbeDecodeEr', 'sbeEncodeNosStrings', 'sbeEncodeErStrings'] as const;
  const batches = quick ? 10_000 : 40_000;
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    gcs += list.getEntries().length;
  });
  observer.observe({ entryTypes: ['gc'] });
  const byCase: Record<string, { bytesPerMessage: number; gcs: number }> = {};
  for (const name of names) {
    const run = batch(cases[name]);
    for (let i = 0; i < 2_000; i++) run();
    gc();
    // Let the observer report the collection just forced before counting.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const gcsBefore = gcs;
    const before = process.memoryUsage().heapUsed;
    for (let i = 0; i < batches; i++) run();
    const after = process.memoryUsage().heapUsed;
    await new Promise((resolve) => setTimeout(resolve, 10));
    byCase[name] = { bytesPerMessage: Math.max(0, after - before) / (batches * BATCH), gcs: gcs - gcsBefore };
  }
  observer.disconnect();
  const total = Object.values(byCase).reduce((n, c) => n + c.gcs, 0);
  return { byCase, messages: batches * BATCH, gcs: total };
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

  /** Median over the runs of SBE's throughput over another case's, each ratio taken within one run. */
  const ratio = (sbe: keyof Cases, other: keyof Cases): number => median(runs.map((r) => r.get(sbe)! / r.get(other)!));
  const row = (what: string, sbe: keyof Cases, json: keyof Cases, pb: keyof Cases) =>
    ({ what, sbe: med(sbe), json: med(json), pb: med(pb), xJson: ratio(sbe, json), xPb: ratio(sbe, pb) }) as const;
  const rows = [
    row('NewOrderSingle encode', 'sbeEncodeNos', 'jsonEncodeNos', 'protobufEncodeNos'),
    row('NewOrderSingle encode (strings)', 'sbeEncodeNosStrings', 'jsonEncodeNos', 'protobufEncodeNos'),
    row('NewOrderSingle decode', 'sbeDecodeNos', 'jsonDecodeNos', 'protobufDecodeNos'),
    row('NewOrderSingle decode (strings)', 'sbeDecodeNosStrings', 'jsonDecodeNos', 'protobufDecodeNos'),
    row('ExecutionReport encode', 'sbeEncodeEr', 'jsonEncodeEr', 'protobufEncodeEr'),
    row('ExecutionReport encode (strings)', 'sbeEncodeErStrings', 'jsonEncodeEr', 'protobufEncodeEr'),
    row('ExecutionReport decode', 'sbeDecodeEr', 'jsonDecodeEr', 'protobufDecodeEr'),
  ];
  console.table(
    rows.map((r) => ({
      message: r.what,
      'SBE msg/s': fmt(r.sbe),
      'JSON msg/s': fmt(r.json),
      'protobufjs msg/s': fmt(r.pb),
      'x JSON': r.xJson.toFixed(1),
      'x protobufjs': r.xPb.toFixed(1),
    })),
  );
  for (const [name, c] of Object.entries(heap.byCase)) {
    console.log(`${name}: heap growth ${c.bytesPerMessage.toFixed(3)} bytes/message over ${fmt(heap.messages)} messages, ${c.gcs} GC(s) during the run`);
  }
  console.log(`${RUNS} run(s) of ${quick ? 150 : 600} ms per task, ${BATCH} messages per sample; medians shown (ratios: median of the per-run ratios)`);
  const targets = rows
    .filter((r) => !r.what.includes('strings'))
    .map((r) => ({ what: r.what, json: r.xJson, pb: r.xPb, met: r.xJson >= 10 && r.xPb >= 3 }));
  for (const t of targets) {
    console.log(`${t.met ? 'meets' : 'MISSES'} the target (10x JSON, 3x protobufjs): ${t.what}, ${t.json.toFixed(1)}x JSON, ${t.pb.toFixed(1)}x protobufjs`);
  }

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
    sbeHeapBytesPerMessage: Number(Math.max(...Object.values(heap.byCase).map((c) => c.bytesPerMessage)).toFixed(3)),
    sbeGcsDuringHeapRun: heap.gcs,
    sbeHeapByCase: heap.byCase,
    ratios: Object.fromEntries(rows.map((r) => [r.what, { xJson: Number(r.xJson.toFixed(2)), xProtobuf: Number(r.xPb.toFixed(2)) }])),
    targetsMet: targets.every((t) => t.met),
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
