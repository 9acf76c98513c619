import { describe, expect, it, vi } from 'vitest';
import { Ring } from '../../../sequencer/ring/ring.js';
import type { RingConsumer } from '../../../sequencer/ring/ringConsumer.js';
import { consumedIndex, H_CONSUMERS_PARKED, H_PUBLISHED, RingLayout } from '../../../sequencer/ring/ringLayout.js';

/** Payload of message i: 0..payloadMax bytes derived from i. */
function message(i: number, payloadMax: number): Uint8Array {
  const length = (i * 7) % (payloadMax + 1);
  return Uint8Array.from({ length }, (_, k) => (i * 31 + k * 17) & 0xff);
}

/** Polls everything available and returns copies. */
function drain(consumer: RingConsumer, batchMax?: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  consumer.poll((bytes, offset, length) => out.push(bytes.slice(offset, offset + length)), batchMax);
  return out;
}

describe('ring, single thread', () => {
  it('lays out geometry in the buffer and attaches from it', () => {
    const ring = Ring.create({ slotCount: 64, payloadBytesMax: 100, consumerCount: 3 });
    const again = Ring.attach(ring.buffer);
    expect([again.slotCount, again.payloadBytesMax, again.consumerCount]).toEqual([64, 100, 3]);
    // 7 header lines, 64 slots of 104 bytes (4 + 100, rounded up to 8).
    expect(ring.buffer.byteLength).toBe(7 * 64 + 64 * 104);
    expect(() => Ring.attach(new SharedArrayBuffer(1024))).toThrow(/not a ring/);
  });

  it('refuses geometry out of bounds', () => {
    expect(() => Ring.create({ slotCount: 100, payloadBytesMax: 8, consumerCount: 1 })).toThrow(/power of two/);
    expect(() => Ring.create({ slotCount: 1, payloadBytesMax: 8, consumerCount: 1 })).toThrow(/power of two/);
    expect(() => Ring.create({ slotCount: 1 << 25, payloadBytesMax: 8, consumerCount: 1 })).toThrow(/power of two/);
    expect(() => Ring.create({ slotCount: 8, payloadBytesMax: 0, consumerCount: 1 })).toThrow(/payloadBytesMax/);
    expect(() => Ring.create({ slotCount: 8, payloadBytesMax: 8, consumerCount: 9 })).toThrow(/consumerCount/);
    expect(() => Ring.create({ slotCount: 1 << 24, payloadBytesMax: 1024, consumerCount: 1 })).toThrow(/exceeds/);
    const ring = Ring.create({ slotCount: 8, payloadBytesMax: 8, consumerCount: 1 });
    expect(() => ring.consumer(1)).toThrow(/index 1/);
    expect(() => ring.consumer(0, undefined, 9)).toThrow(/batchMax/);
    expect(() => ring.producer({ spinIterations: -1 })).toThrow(/spinIterations/);
    expect(() => ring.producer().tryClaim(9)).toThrow(/outside 0\.\.8/);
  });

  it('locks the producer and each consumer index to one holder', () => {
    const ring = Ring.create({ slotCount: 8, payloadBytesMax: 8, consumerCount: 2 });
    const p = ring.producer();
    expect(() => Ring.attach(ring.buffer).producer()).toThrow(/already has a producer/);
    const c0 = ring.consumer(0);
    expect(() => ring.consumer(0)).toThrow(/already attached/);
    c0.release();
    ring.consumer(0);
    ring.consumer(1);
    p.close();
    expect(() => ring.producer()).toThrow(/closed/);
  });

  it('delivers every message in order to every consumer through many wrap-arounds', () => {
    const ring = Ring.create({ slotCount: 8, payloadBytesMax: 20, consumerCount: 2 });
    const p = ring.producer();
    const consumers = [ring.consumer(0), ring.consumer(1)];
    const received: Uint8Array[][] = [[], []];
    let sent = 0;
    // Uneven pace: publish up to 5, each consumer drains a varying part.
    for (let round = 0; sent < 5000; round++) {
      for (let k = 0; k < 5 && sent < 5000 && p.tryPublish(message(sent, 20)); k++) sent++;
      consumers.forEach((c, i) => received[i]!.push(...drain(c, 1 + ((round + i) % 8))));
      ring.assertInvariants();
    }
    consumers.forEach((c, i) => received[i]!.push(...drain(c)));
    for (const r of received) {
      expect(r.length).toBe(5000);
      r.forEach((m, i) => expect(m).toEqual(message(i, 20)));
    }
  });

  it('keeps order across the int32 wrap of its counters (2^31 and 2^32)', () => {
    for (const start of [0x7fff_fffa, -6]) {
      const layout = RingLayout.create({ slotCount: 4, payloadBytesMax: 8, consumerCount: 2 });
      layout.i32[H_PUBLISHED] = start;
      layout.i32[consumedIndex(0)] = start;
      layout.i32[consumedIndex(1)] = start;
      const ring = Ring.attach(layout.buffer);
      const p = ring.producer();
      const c0 = ring.consumer(0);
      const c1 = ring.consumer(1);
      const positions: number[] = [];
      let got = 0;
      for (let i = 0; i < 20; i++) {
        expect(p.tryPublish(message(i, 8))).toBe(true);
        c0.poll((bytes, offset, length, position) => {
          expect(bytes.slice(offset, offset + length)).toEqual(message(got++, 8));
          positions.push(position);
        });
        drain(c1);
        ring.assertInvariants();
      }
      expect(got).toBe(20);
      expect(positions[0]).toBe(start >>> 0);
      expect(positions[19]).toBe((start + 19) >>> 0);
    }
  });

  it('applies back-pressure when full, gated by the slowest consumer, and drops nothing', () => {
    const ring = Ring.create({ slotCount: 4, payloadBytesMax: 8, consumerCount: 2 });
    const p = ring.producer();
    const [c0, c1] = [ring.consumer(0), ring.consumer(1)];
    for (let i = 0; i < 4; i++) expect(p.tryPublish(message(i, 8))).toBe(true);
    expect(p.tryPublish(message(4, 8))).toBe(false);
    expect(p.tryClaim(1)).toBe(-1);
    expect(p.freeSlots()).toBe(0);
    expect(drain(c0).length).toBe(4);
    // Consumer 1 has not moved: still full.
    expect(p.tryPublish(message(4, 8))).toBe(false);
    expect(drain(c1, 1)).toEqual([message(0, 8)]);
    expect(p.freeSlots()).toBe(1);
    expect(p.tryPublish(message(4, 8))).toBe(true);
    expect(p.tryPublish(message(5, 8))).toBe(false);
    expect(drain(c1)).toEqual([1, 2, 3, 4].map((i) => message(i, 8)));
    expect(drain(c0)).toEqual([message(4, 8)]);
    // Fixed at creation: 6 header lines and 4 slots of 16 bytes, whatever was offered.
    expect(ring.buffer.byteLength).toBe(6 * 64 + 4 * 16);
  });

  it('hands slots over in batches of at most batchMax and advances the shared counter once per batch', () => {
    const ring = Ring.create({ slotCount: 16, payloadBytesMax: 8, consumerCount: 1 });
    const p = ring.producer();
    const c = ring.consumer(0, undefined, 4);
    for (let i = 0; i < 10; i++) p.tryPublish(message(i, 8));
    const counter = (): number => Atomics.load(ring.layout.i32, consumedIndex(0));
    const seenCounter: number[] = [];
    expect(c.poll(() => seenCounter.push(counter()))).toBe(4);
    expect(seenCounter).toEqual([0, 0, 0, 0]);
    expect(counter()).toBe(4);
    expect(c.poll(() => {})).toBe(4);
    expect(c.poll(() => {}, 16)).toBe(2);
    expect(c.poll(() => {})).toBe(0);
    expect(counter()).toBe(10);
  });

  it('redelivers a batch whose handler threw', () => {
    const ring = Ring.create({ slotCount: 8, payloadBytesMax: 8, consumerCount: 1 });
    const p = ring.producer();
    const c = ring.consumer(0);
    for (let i = 0; i < 3; i++) p.tryPublish(message(i, 8));
    let calls = 0;
    expect(() => c.poll(() => {
      if (++calls === 2) throw new Error('handler failed');
    })).toThrow('handler failed');
    expect(c.available()).toBe(3);
    expect(drain(c)).toEqual([0, 1, 2].map((i) => message(i, 8)));
  });

  it('publishes several claims at once, zero-copy', () => {
    const ring = Ring.create({ slotCount: 8, payloadBytesMax: 8, consumerCount: 1 });
    const p = ring.producer();
    const c = ring.consumer(0);
    for (let i = 0; i < 3; i++) {
      const at = p.tryClaim(2);
      p.bytes[at] = i;
      p.bytes[at + 1] = 100 + i;
    }
    expect(c.available()).toBe(0);
    p.publish();
    expect(drain(c)).toEqual([0, 1, 2].map((i) => Uint8Array.of(i, 100 + i)));
  });

  it('waits: blocking wait times out when idle, returns at once when data is there, and closing ends it', () => {
    const ring = Ring.create({ slotCount: 8, payloadBytesMax: 8, consumerCount: 1 });
    const p = ring.producer({ spinIterations: 0 });
    const c = ring.consumer(0, { spinIterations: 10 });
    const t0 = performance.now();
    expect(c.waitForData(20)).toBe(0);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(15);
    p.tryPublish(message(1, 8));
    expect(c.waitForData(10_000)).toBe(1);
    expect(c.closed).toBe(false);
    p.close();
    expect(c.closed).toBe(false);
    expect(drain(c).length).toBe(1);
    expect(c.closed).toBe(true);
    const t1 = performance.now();
    expect(c.waitForData(10_000)).toBe(0);
    expect(performance.now() - t1).toBeLessThan(1000);
  });

  it('the producer waits for space with a timeout while full (blocking, for workers)', () => {
    const ring = Ring.create({ slotCount: 2, payloadBytesMax: 8, consumerCount: 1 });
    const p = ring.producer({ spinIterations: 5 });
    const c = ring.consumer(0);
    p.tryPublish(message(1, 8));
    p.tryPublish(message(2, 8));
    expect(p.waitForSpace(10)).toBe(false);
    drain(c, 1);
    expect(p.waitForSpace(10)).toBe(true);
    p.publishBlocking(message(3, 8));
    expect(drain(c).length).toBe(2);
  });

  it('async waits on the main thread: data and space arrive while the event loop runs', async () => {
    const ring = Ring.create({ slotCount: 2, payloadBytesMax: 8, consumerCount: 1 });
    const p = ring.producer();
    const c = ring.consumer(0);
    setTimeout(() => p.tryPublish(message(5, 8)), 5);
    expect(await c.waitForDataAsync(5000)).toBe(1);
    p.tryPublish(message(6, 8));
    expect(p.tryPublish(message(7, 8))).toBe(false);
    setTimeout(() => drain(c, 1), 5);
    expect(await p.waitForSpaceAsync(5000)).toBe(true);
    expect(await c.waitForDataAsync(1)).toBe(1);
    expect(await p.waitForSpaceAsync(1)).toBe(true);
    drain(c);
    expect(await c.waitForDataAsync(5)).toBe(0);
  });

  it('notifies only when a consumer is parked: the publish fast path makes no wake-up call', async () => {
    const ring = Ring.create({ slotCount: 8, payloadBytesMax: 8, consumerCount: 1 });
    const p = ring.producer();
    const c = ring.consumer(0);
    const notify = vi.spyOn(Atomics, 'notify');
    try {
      for (let i = 0; i < 5; i++) p.tryPublish(message(i, 8));
      drain(c);
      expect(notify).not.toHaveBeenCalled();
      const waiting = c.waitForDataAsync(5000);
      expect(Atomics.load(ring.layout.i32, H_CONSUMERS_PARKED)).toBe(1);
      p.tryPublish(message(5, 8));
      expect(notify).toHaveBeenCalledTimes(1);
      expect(await waiting).toBe(1);
      expect(Atomics.load(ring.layout.i32, H_CONSUMERS_PARKED)).toBe(0);
      drain(c);
      p.tryPublish(message(6, 8));
      expect(notify).toHaveBeenCalledTimes(1);
    } finally {
      notify.mockRestore();
    }
  });
});
