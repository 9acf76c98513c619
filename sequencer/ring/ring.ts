import { RingConsumer } from './ringConsumer.js';
import { consumedIndex, H_CONSUMERS_PARKED, H_PRODUCER_PARKED, H_PUBLISHED, RingLayout, type RingConfig } from './ringLayout.js';
import { RingProducer } from './ringProducer.js';
import type { RingWaitConfig } from './ringWait.js';

/**
 * A Disruptor-style ring over one SharedArrayBuffer: one producer, a fixed
 * set of consumers that each read every slot, preallocated slots of bounded
 * size, back-pressure when full. Layout and memory ordering: ringLayout.ts.
 *
 *   // main thread
 *   const ring = Ring.create({ slotCount: 4096, payloadBytesMax: 512, consumerCount: 2 });
 *   new Worker(url, { workerData: ring.buffer });
 *   const producer = ring.producer();
 *   // worker
 *   const consumer = Ring.attach(workerData).consumer(0);
 *
 * Roles are locked in the buffer: a second producer, or a second consumer
 * with the same index, is refused on any thread.
 */
export class Ring {
  static create(config: RingConfig): Ring {
    return new Ring(RingLayout.create(config));
  }

  static attach(sab: SharedArrayBuffer): Ring {
    return new Ring(RingLayout.attach(sab));
  }

  private constructor(readonly layout: RingLayout) {}

  /** The SharedArrayBuffer to post to other threads. */
  get buffer(): SharedArrayBuffer {
    return this.layout.buffer;
  }

  get slotCount(): number {
    return this.layout.slotCount;
  }

  get payloadBytesMax(): number {
    return this.layout.payloadBytesMax;
  }

  get consumerCount(): number {
    return this.layout.consumerCount;
  }

  get closed(): boolean {
    return this.layout.closed;
  }

  /** Checks the shared counters; for tests (the hot paths check what they touch). */
  assertInvariants(): void {
    const { i32, slotCount, consumerCount } = this.layout;
    const published = Atomics.load(i32, H_PUBLISHED);
    for (let c = 0; c < consumerCount; c++) {
      const behind = (published - Atomics.load(i32, consumedIndex(c))) | 0;
      if (behind < 0 || behind > slotCount) throw new Error(`Ring invariant broken: consumer ${c} is ${behind} slots behind`);
    }
    const parked = Atomics.load(i32, H_CONSUMERS_PARKED);
    if (parked < 0 || parked > consumerCount) throw new Error(`Ring invariant broken: ${parked} consumers parked`);
    const producerParked = Atomics.load(i32, H_PRODUCER_PARKED);
    if (producerParked !== 0 && producerParked !== 1) throw new Error(`Ring invariant broken: producer parked flag ${producerParked}`);
  }

  producer(wait?: Partial<RingWaitConfig>): RingProducer {
    return new RingProducer(this.layout, wait);
  }

  consumer(index: number, wait?: Partial<RingWaitConfig>, batchMax?: number): RingConsumer {
    return new RingConsumer(this.layout, index, wait, batchMax);
  }
}
