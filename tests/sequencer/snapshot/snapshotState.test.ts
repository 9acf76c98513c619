/**
 * A snapshot holds the whole core state (books, order records, dedupe
 * window, wallet, limits): export -> protobuf -> file -> import rebuilds a
 * core with the same state hash, the same ids and priority, that answers
 * every later command with the same events.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { afterEach, describe, expect, it } from 'vitest';
import { EventBuffer } from '../../../engine/eventBuffer.js';
import type { EngineLimits, InstrumentSpec } from '../../../engine/instrumentSpec.js';
import { exportCoreState, importCoreState } from '../../../risk/coreState.js';
import { ExchangeCore } from '../../../risk/exchangeCore.js';
import { decodeSnapshot, encodeSnapshot } from '../../../sequencer/snapshot/snapshotCodec.js';
import { listSnapshots, loadNewestSnapshot, readSnapshot, snapshotFileName, writeSnapshot } from '../../../sequencer/snapshot/snapshotFiles.js';
import { instrument } from '../../engine/support/fixtures.js';
import { TempDirs } from '../journal/support/tempDir.js';
import { eventsOf, makeWorkload } from '../support/workload.js';
import { plainCoreSpec } from '../../../risk/plainSpec.js';

const INSTRUMENTS: InstrumentSpec[] = [
  instrument(0),
  instrument(1, { priceBandBps: 300, referencePriceTicks: 1000 }),
  instrument(2, { maxPriceTicks: 5000 }),
];
const LIMITS: EngineLimits = { maxOrders: 2000, maxLevels: 1500, maxAccounts: 8 };
const SPEC = plainCoreSpec(INSTRUMENTS, LIMITS);
const PROTO = join(import.meta.dirname, '../../../sequencer/snapshot/engineSnapshot.proto');

const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

function roundTrip(core: ExchangeCore, seq: number): ExchangeCore {
  const bytes = encodeSnapshot({ seq, timestampUs: seq * 10, core: exportCoreState(core) });
  const back = decodeSnapshot(bytes);
  expect(back.seq).toBe(seq);
  return importCoreState(back.core, SPEC);
}

describe('core snapshots', () => {
  it.each([1, 2, 3, 4])('restore at random points of seeded workload %i gives equal hashes and equal later events', (seed) => {
    const commands = makeWorkload(seed, 6000, INSTRUMENTS, LIMITS);
    const original = new ExchangeCore(SPEC);
    const ev = new EventBuffer();
    const cut = 1500 + seed * 700;
    for (let i = 0; i < cut; i++) original.apply(commands[i]!, ev), ev.clear();
    expect(original.engine.restingOrderCount()).toBeGreaterThan(50);
    const restored = roundTrip(original, cut);
    expect(restored.stateHash()).toBe(original.stateHash());
    restored.assertInvariants();
    const evA = new EventBuffer();
    const evB = new EventBuffer();
    for (let i = cut; i < commands.length; i++) {
      evA.clear();
      evB.clear();
      original.apply(commands[i]!, evA);
      restored.apply(commands[i]!, evB);
      expect(eventsOf(evB), `command ${i}`).toEqual(eventsOf(evA));
      if (i % 500 === 0) restored.assertInvariants();
    }
    expect(restored.stateHash()).toBe(original.stateHash());
    restored.assertInvariants();
  });

  it('restores an empty core, and the counters and last trade prices of a busy one', () => {
    const empty = new ExchangeCore(SPEC);
    expect(roundTrip(empty, 0).stateHash()).toBe(empty.stateHash());
    const busyCore = new ExchangeCore(SPEC);
    const ev = new EventBuffer();
    for (const c of makeWorkload(11, 3000, INSTRUMENTS, LIMITS)) busyCore.apply(c, ev), ev.clear();
    const restored = roundTrip(busyCore, 3000).engine;
    const busy = busyCore.engine;
    expect([restored.nextOrderId(), restored.nextTradeId(), restored.levelCount(), restored.restingOrderCount()])
      .toEqual([busy.nextOrderId(), busy.nextTradeId(), busy.levelCount(), busy.restingOrderCount()]);
    expect(busy.nextTradeId()).toBeGreaterThan(100);
    expect(restored.books.map((b) => [b.lastTradePrice, b.bandActive, b.bandLower, b.bandUpper]))
      .toEqual(busy.books.map((b) => [b.lastTradePrice, b.bandActive, b.bandLower, b.bandUpper]));
  });

  it('refuses a tampered state and a snapshot for other instruments', () => {
    const commands = makeWorkload(9, 1500, INSTRUMENTS, LIMITS);
    const core = new ExchangeCore(SPEC);
    const ev = new EventBuffer();
    for (const c of commands) core.apply(c, ev), ev.clear();
    const state = exportCoreState(core);
    const side = state.engine.books.find((b) => b.bids.orderIds.length > 1)!.bids;
    side.leaves[0]! += 1;
    expect(() => importCoreState(state, SPEC)).toThrow(/hashes to|leaves/);
    expect(() => importCoreState(exportCoreState(core), plainCoreSpec(INSTRUMENTS.slice(0, 2), LIMITS))).toThrow(/instruments/);
    const balances = exportCoreState(core);
    balances.risk.balances[0]! += 1;
    expect(() => importCoreState(balances, SPEC)).toThrow(/restored core hashes to/);
  });

  it('writes exactly what engineSnapshot.proto describes (protobufjs reflection agrees both ways)', () => {
    const commands = makeWorkload(5, 2000, INSTRUMENTS, LIMITS);
    const core = new ExchangeCore(SPEC);
    const ev = new EventBuffer();
    for (const c of commands) core.apply(c, ev), ev.clear();
    const coreState = exportCoreState(core);
    const state = coreState.engine;
    const bytes = encodeSnapshot({ seq: 2000, timestampUs: 1_700_000_000_000_000, core: coreState });
    const Type = protobuf.loadSync(PROTO).lookupType('exchange.snapshot.EngineSnapshot');
    expect(Type.verify(Type.decode(bytes))).toBeNull();
    const obj = Type.toObject(Type.decode(bytes), { longs: Number, defaults: true, arrays: true }) as {
      seq: number; nextOrderId: number; stateHash: string; books: { bids: { orderId: number[]; leaves: number[] } }[];
      coreStateHash: string; risk: { balances: number[]; records: { orderId: number[]; held: number[] } };
    };
    expect(obj.coreStateHash).toBe(coreState.stateHash);
    expect(obj.risk.balances).toEqual(coreState.risk.balances);
    expect(obj.risk.records.orderId).toEqual(coreState.risk.records.orderId);
    expect(obj.risk.records.held).toEqual(coreState.risk.records.held);
    expect(coreState.risk.records.orderId.length).toBeGreaterThan(10);
    expect(obj.seq).toBe(2000);
    expect(obj.nextOrderId).toBe(state.nextOrderId);
    expect(obj.stateHash).toBe(state.stateHash);
    expect(obj.books[0]!.bids.orderId).toEqual(state.books[0]!.bids.orderIds);
    expect(obj.books[0]!.bids.leaves).toEqual(state.books[0]!.bids.leaves);
    // Reflection's encoding (its own field order and packing) reads back through the hand-written reader.
    const again = decodeSnapshot(Type.encode(Type.fromObject(obj)).finish());
    expect(again.core).toEqual(coreState);
  });
});

describe('snapshot files', () => {
  function someSnapshot(seq: number) {
    const core = new ExchangeCore(SPEC);
    const ev = new EventBuffer();
    for (const c of makeWorkload(seq, 300, INSTRUMENTS, LIMITS)) core.apply(c, ev), ev.clear();
    return { seq, timestampUs: seq, core: exportCoreState(core) };
  }

  it('are written atomically under snapshot-<seq>.pb, newest kept, older ones deleted', () => {
    const dir = dirs.make('snapshot-test-');
    for (const seq of [10, 20, 30]) writeSnapshot(dir, someSnapshot(seq), 2);
    expect(listSnapshots(dir).map((f) => f.seq)).toEqual([30, 20]);
    expect(readSnapshot(join(dir, snapshotFileName(30))).core).toEqual(someSnapshot(30).core);
  });

  it('a damaged newest snapshot is reported and the previous one used; a flipped byte fails the CRC', () => {
    const dir = dirs.make('snapshot-test-');
    writeSnapshot(dir, someSnapshot(10), 3);
    writeSnapshot(dir, someSnapshot(20), 3);
    const path = join(dir, snapshotFileName(20));
    const bytes = readFileSync(path);
    bytes[bytes.length - 5]! ^= 0x40;
    writeFileSync(path, bytes);
    expect(() => readSnapshot(path)).toThrow(/CRC32C/);
    const warnings: string[] = [];
    const loaded = loadNewestSnapshot(dir, Number.MAX_SAFE_INTEGER, { warn: (_d, m) => warnings.push(m) });
    expect(loaded?.file.seq).toBe(10);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/snapshot-00000000000000000020\.pb/);
    expect(loadNewestSnapshot(dir, 5)).toBeNull();
  });
});
