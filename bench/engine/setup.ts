import { Command } from '../../engine/command.js';
import { EventBuffer } from '../../engine/eventBuffer.js';
import type { EngineLimits, InstrumentSpec } from '../../engine/instrumentSpec.js';
import { OrderBookEngine } from '../../engine/matchingEngine.js';

/**
 * The benchmark's single instrument: BTC-USD as in config/demo.json (tick
 * 0.01, lot 0.0001, max price 1,000,000 -> 10^8 ticks, max qty 1000 -> 10^7
 * lots, +-10% price band), so the price index and band checks cost what they
 * cost in the demo exchange.
 */
export const CENTER_PRICE_TICKS = 10_000_000;
export const ACCOUNTS = 1000;

export const BENCH_INSTRUMENT: InstrumentSpec = {
  id: 0,
  symbol: 'BTC-USD',
  base: 'BTC',
  quote: 'USD',
  tickSize: '0.01',
  lotSize: '0.0001',
  minQtyLots: 1,
  maxQtyLots: 10_000_000,
  maxPriceTicks: 100_000_000,
  priceBandBps: 1000,
  referencePriceTicks: CENTER_PRICE_TICKS,
  makerFeeBps: 1,
  takerFeeBps: 5,
};

/** The demo config's limits: what the exchange preallocates in production. */
export const DEMO_LIMITS: EngineLimits = {
  maxOrders: 1_000_000,
  maxLevels: 250_000,
  maxAccounts: ACCOUNTS,
};

/** Limits sized to a workload's peak (deep-book runs measure memory per order). */
export function limitsFor(peakOrders: number, peakLevels: number): EngineLimits {
  return {
    maxOrders: peakOrders + 1024,
    maxLevels: peakLevels + 1024,
    maxAccounts: ACCOUNTS,
  };
}

/** The engine under test, on the benchmark's instrument. */
export function createEngine(limits: EngineLimits): OrderBookEngine {
  return new OrderBookEngine([BENCH_INSTRUMENT], limits);
}

/** Bytes of the engine's preallocated structures, when it can tell. */
export function engineBytes(engine: object): number | undefined {
  const f = (engine as { byteLength?: () => number }).byteLength;
  return typeof f === 'function' ? f.call(engine) : undefined;
}

/** A fresh reused command and event buffer; the fields the workload never varies set once. */
export function newSlots(): { cmd: Command; events: EventBuffer } {
  const cmd = new Command();
  cmd.instrument = 0;
  cmd.stp = 0;
  cmd.postOnly = false;
  return { cmd, events: new EventBuffer() };
}
