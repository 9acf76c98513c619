import type { EngineLimits, InstrumentSpec } from '../../../engine/instrumentSpec.js';

/** An instrument for tests: no band, prices 1..100,000 ticks, quantities 1..1,000,000 lots. */
export function instrument(id: number, overrides: Partial<InstrumentSpec> = {}): InstrumentSpec {
  return {
    id,
    symbol: `TEST${id}`,
    base: `B${id}`,
    quote: 'USD',
    tickSize: '0.01',
    lotSize: '0.001',
    minQtyLots: 1,
    maxQtyLots: 1_000_000,
    maxPriceTicks: 100_000,
    priceBandBps: 0,
    referencePriceTicks: 0,
    makerFeeBps: 0,
    takerFeeBps: 0,
    ...overrides,
  };
}

export const LIMITS: EngineLimits = { maxOrders: 10_000, maxLevels: 10_000, maxAccounts: 100 };

/** Two plain instruments (0 and 1): most unit tests trade instrument 0. */
export const TWO_INSTRUMENTS: InstrumentSpec[] = [instrument(0), instrument(1)];
