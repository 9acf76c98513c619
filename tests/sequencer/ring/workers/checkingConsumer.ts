import { PerformanceObserver } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { Ring } from '../../../../sequencer/ring/ring.js';
import { expectedByte, expectedLength, mixChecksum } from './messages.js';

/**
 * A consumer thread of tests/sequencer/ring/ringWorkers.test.ts: checks that
 * message i arrives i-th with its exact bytes, folds it into a checksum, and
 * reports when the producer has closed the ring. Optionally stalls once, to
 * hold the producer back on a full ring.
 */
interface Input {
  sab: SharedArrayBuffer;
  index: number;
  stallAtMessage: number;
  stallMs: number;
}

const input = workerData as Input;
const consumer = Ring.attach(input.sab).consumer(input.index, { spinIterations: 2000, parkTimeoutMs: 50 });
const stall = new Int32Array(new SharedArrayBuffer(4));

let next = 0;
let checksum = 0;
let errors = 0;
// The first error, as numbers: formatting a string in the handler (even
// on a branch never taken) made V8 allocate on every call, measured.
let errorMessage = -1;
let errorWhat = 0;
let errorValue = 0;

const BAD_INDEX = 1;
const BAD_LENGTH = 2;
const BAD_BYTE = 3;

function fail(what: number, message: number, value: number): void {
  if (errors++ === 0) {
    errorWhat = what;
    errorMessage = message;
    errorValue = value;
  }
}

function handle(bytes: Uint8Array, offset: number, length: number): void {
  const i = next++;
  const carried = (bytes[offset]! | (bytes[offset + 1]! << 8) | (bytes[offset + 2]! << 16) | (bytes[offset + 3]! << 24)) >>> 0;
  if (carried !== i) fail(BAD_INDEX, i, carried);
  if (length !== expectedLength(i)) fail(BAD_LENGTH, i, length);
  let c = checksum;
  for (let k = 4; k < length; k++) {
    const b = bytes[offset + k]!;
    if (b !== expectedByte(i, k)) fail(BAD_BYTE, i, k);
    c = mixChecksum(c, b);
  }
  checksum = mixChecksum(c, i & 0xff);
  if (i === input.stallAtMessage) Atomics.wait(stall, 0, 0, input.stallMs);
}

function describeFirstError(): string {
  if (errors === 0) return '';
  const what = errorWhat === BAD_INDEX ? 'carries index' : errorWhat === BAD_LENGTH ? 'has length' : 'differs at byte';
  return `message ${errorMessage} ${what} ${errorValue}`;
}

// Counts garbage collections during the run: a consumer that allocates
// nothing per message triggers (almost) none over a million messages.
let gcs = 0;
const gcObserver = new PerformanceObserver((list) => {
  gcs += list.getEntries().length;
});
gcObserver.observe({ entryTypes: ['gc'] });

let idleWaits = 0;
for (;;) {
  if (consumer.poll(handle, 256) > 0) continue;
  idleWaits++;
  if (consumer.waitForData() === 0 && consumer.closed) break;
}
consumer.release();
// Entries are delivered asynchronously: let them arrive before reporting.
setTimeout(() => {
  gcObserver.disconnect();
  parentPort!.postMessage({ index: input.index, count: next, checksum, errors, firstError: describeFirstError(), idleWaits, gcs });
}, 20);
