/**
 * Echo side of bench/sequencer/ringRoundTrip.ts: consumes the request ring
 * and copies each message into the reply ring, in batches, as the core's
 * thread will consume commands and publish results.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Ring } from '../../sequencer/ring/ring.js';
import type { RingProducer } from '../../sequencer/ring/ringProducer.js';

interface EchoInput {
  requests: SharedArrayBuffer;
  replies: SharedArrayBuffer;
  spinIterations: number;
}

const input = workerData as EchoInput;
const wait = { spinIterations: input.spinIterations, parkTimeoutMs: 100 };
const requests = Ring.attach(input.requests).consumer(0, wait);
const replies: RingProducer = Ring.attach(input.replies).producer(wait);

function echo(bytes: Uint8Array, offset: number, length: number): void {
  // The reply ring has the same slot count as the request ring and the main
  // thread drains it, so a claim can wait only briefly.
  let at = replies.tryClaim(length);
  while (at < 0) {
    replies.publish();
    replies.waitForSpace();
    at = replies.tryClaim(length);
  }
  const out = replies.bytes;
  for (let i = 0; i < length; i++) out[at + i] = bytes[offset + i]!;
}

parentPort!.postMessage('ready');
for (;;) {
  if (requests.poll(echo) > 0) {
    replies.publish();
    continue;
  }
  if (requests.waitForData() === 0 && requests.closed) break;
}
replies.close();
