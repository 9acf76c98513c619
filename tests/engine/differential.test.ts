import { describe, expect, it } from 'vitest';
import { Command } from '../../engine/command.js';
import type { MatchingEngine } from '../../engine/engine.js';
import { CancelReason, EventType } from '../../engine/enums.js';
import { EventBuffer, F } from '../../engine/eventBuffer.js';
import type { EngineLimits, InstrumentSpec } from '../../engine/instrumentSpec.js';
import { OrderBookEngine } from '../../engine/matchingEngine.js';
import { NaiveEngine } from '../../engine/naive/naiveEngine.js';
import { rejectReasonName } from '../../engine/rejectReason.js';
import { compareEvents, showEvents } from './support/compareEvents.js';
import { instrument } from './support/fixtures.js';
import { describeCommand, RandomCommands } from './support/randomCommands.js';

/**
 * The optimized engine against its naive twin: the same seeded commands
 * through both, every event compared field by field (the fields its type
 * sets), the state hash compared every `hashEvery` commands and at the end.
 * The first divergence fails with the command index, the command, and both
 * event streams.
 */
interface Run {
  seed: number;
  commands: number;
  instruments: InstrumentSpec[];
  limits: EngineLimits;
  accounts: number;
  targetResting: number;
  hashEvery: number;
  priceSpread?: number;
}

/** How often each event type, cancel reason and reject reason came up. */
type Tally = Map<string, number>;

function runDifferential(run: Run): Tally {
  const naive: MatchingEngine = new NaiveEngine(run.instruments, run.limits);
  const optimized: MatchingEngine = new OrderBookEngine(run.instruments, run.limits);
  const gen = new RandomCommands(run.seed, {
    instruments: run.instruments, accounts: run.accounts, maxAccounts: run.limits.maxAccounts,
    targetResting: run.targetResting, priceSpread: run.priceSpread,
  });
  const cmd = new Command();
  const expected = new EventBuffer();
  const actual = new EventBuffer();
  const tally: Tally = new Map();
  const where = (i: number) => `seed ${run.seed}, command #${i}: ${describeCommand(cmd)}`;
  for (let i = 0; i < run.commands; i++) {
    gen.next(cmd);
    expected.clear();
    actual.clear();
    naive.apply(cmd, expected);
    try {
      optimized.apply(cmd, actual);
    } catch (e) {
      throw new Error(`optimized engine threw at ${where(i)}\n${String(e)}\n` +
        `naive events:\n${showEvents(expected)}`, { cause: e });
    }
    const divergence = compareEvents(expected, actual);
    if (divergence !== null) {
      throw new Error(`divergence at ${where(i)}\n${divergence}\n` +
        `naive events:\n${showEvents(expected)}\noptimized events:\n${showEvents(actual)}`);
    }
    gen.observe(expected);
    count(tally, expected);
    if (i % run.hashEvery === run.hashEvery - 1 || i === run.commands - 1) {
      const a = naive.stateHash();
      const b = optimized.stateHash();
      if (a !== b) throw new Error(`state hash differs after ${where(i)}: naive ${a}, optimized ${b}`);
      try {
        optimized.assertInvariants();
      } catch (e) {
        throw new Error(`optimized invariant broken after ${where(i)}: ${String(e)}`, { cause: e });
      }
      if (optimized.restingOrderCount() !== naive.restingOrderCount()) {
        throw new Error(`resting order count differs after ${where(i)}`);
      }
    }
  }
  return tally;
}

function count(tally: Tally, buf: EventBuffer): void {
  const bump = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (let i = 0; i < buf.count; i++) {
    const type = buf.type(i);
    bump(`event ${type}`);
    if (type === EventType.REJECTED) bump(`reject ${rejectReasonName(buf.get(i, F.REASON))}`);
    if (type === EventType.CANCELED) bump(`cancel ${buf.get(i, F.REASON)}`);
    if (type === EventType.REPLACED) {
      bump(buf.get(i, F.LEAVES) === 0 ? 'replace done' : buf.get(i, F.AUX) === 1 ? 'replace kept' : 'replace lost');
    }
  }
}

const MIXED_INSTRUMENTS: InstrumentSpec[] = [
  instrument(0, { maxPriceTicks: 1_000_000 }),
  // 2% band around 1000 until the first trade, then around the last trade.
  instrument(1, { priceBandBps: 200, referencePriceTicks: 1000, minQtyLots: 1, maxQtyLots: 500 }),
  // 1% band with no reference: no band until the first trade; min qty 2.
  instrument(2, { priceBandBps: 100, referencePriceTicks: 0, minQtyLots: 2, maxQtyLots: 100_000, maxPriceTicks: 5000 }),
];

const ENGINE_REJECTS = ['UNKNOWN_SYMBOL', 'INVALID_ORDER', 'QTY_OUT_OF_RANGE', 'PRICE_OUT_OF_RANGE', 'PRICE_BAND',
  'POST_ONLY_WOULD_TAKE', 'NO_LIQUIDITY', 'FOK_NOT_FILLABLE', 'UNKNOWN_ORDER'];

function expectCoverage(tally: Tally, extra: string[]): void {
  const needed = [
    ...[EventType.ACCEPTED, EventType.REJECTED, EventType.TRADE, EventType.CANCELED, EventType.REPLACED,
      EventType.BOOK_LEVEL, EventType.MASS_CANCEL_DONE, EventType.EXPIRED].map((t) => `event ${t}`),
    ...Object.values(CancelReason).map((r) => `cancel ${r}`),
    'replace done', 'replace kept', 'replace lost',
    ...extra,
  ];
  const missing = needed.filter((k) => !((tally.get(k) ?? 0) > 0));
  expect(missing, `never exercised; tally: ${JSON.stringify(Object.fromEntries(tally))}`).toEqual([]);
}

describe('differential: OrderBookEngine against NaiveEngine', () => {
  it('the seeded generator is deterministic: one seed, one command stream', () => {
    const stream = (seed: number) => {
      const engine = new NaiveEngine(MIXED_INSTRUMENTS, { maxOrders: 1000, maxLevels: 1000, maxAccounts: 8 });
      const gen = new RandomCommands(seed, { instruments: MIXED_INSTRUMENTS, accounts: 4, maxAccounts: 8, targetResting: 50 });
      const cmd = new Command();
      const out = new EventBuffer();
      const lines: string[] = [];
      for (let i = 0; i < 2000; i++) {
        gen.next(cmd);
        out.clear();
        engine.apply(cmd, out);
        gen.observe(out);
        lines.push(describeCommand(cmd));
      }
      return `${lines.join('\n')}\n${engine.stateHash()}`;
    };
    expect(stream(5)).toBe(stream(5));
    expect(stream(5)).not.toBe(stream(6));
  });


  it('100,000 mixed commands on three instruments agree event for event and hash for hash', () => {
    const tally = runDifferential({
      seed: 20240611, commands: 100_000, instruments: MIXED_INSTRUMENTS,
      limits: { maxOrders: 100_000, maxLevels: 100_000, maxAccounts: 8 },
      accounts: 6, targetResting: 250, hashEvery: 500,
    });
    expectCoverage(tally, ENGINE_REJECTS.map((r) => `reject ${r}`));
  });

  it('with small maxOrders / maxLevels, ORDER_BOOK_FULL is answered the same way', () => {
    const tally = runDifferential({
      seed: 7, commands: 30_000, instruments: MIXED_INSTRUMENTS,
      limits: { maxOrders: 24, maxLevels: 12, maxAccounts: 8 },
      accounts: 4, targetResting: 40, hashEvery: 100,
    });
    expectCoverage(tally, ['reject ORDER_BOOK_FULL']);
  });

  it('prices spread over many 1024-tick pages, with few pages allowed: page use and capacity agree', () => {
    const tally = runDifferential({
      seed: 4242, commands: 30_000, instruments: [instrument(0, { maxPriceTicks: 100_000 })],
      limits: { maxOrders: 1000, maxLevels: 1000, maxAccounts: 8, maxPricePages: 4 },
      accounts: 6, targetResting: 120, hashEvery: 100, priceSpread: 5000,
    });
    expectCoverage(tally, ['reject ORDER_BOOK_FULL']);
  });

  it('one instrument, two accounts: self-trade prevention everywhere', () => {
    const tally = runDifferential({
      seed: 99, commands: 20_000, instruments: [instrument(0)],
      limits: { maxOrders: 1000, maxLevels: 1000, maxAccounts: 2 },
      accounts: 2, targetResting: 60, hashEvery: 50,
    });
    expectCoverage(tally, []);
  });
});
