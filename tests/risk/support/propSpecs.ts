import { coreSpecFromConfig, type CoreSpec } from '../../../risk/coreSpec.js';
import { plainCoreSpec } from '../../../risk/plainSpec.js';
import { parseConfig } from '../../../config/loadConfig.js';
import { instrument } from '../../engine/support/fixtures.js';

/**
 * A CoreSpec for the property runs, with what the workload generator needs
 * to size its commands: a mid price per instrument (ticks) and one "unit" of
 * each asset (minor units, roughly a few lots' worth), so deposits stay
 * scarce next to order sizes and INSUFFICIENT_FUNDS is common.
 */
export interface PropSpec {
  name: string;
  spec: CoreSpec;
  midTicks: number[];
  unitMinor: number[];
  /** Time between commands; GTD lifetimes and TICK jumps are multiples of it. */
  stepUs: number;
}

/** Small on purpose: a short window and few ClOrdIDs, so eviction and DEDUPE_WINDOW_FULL happen. */
export const DEDUPE_WINDOW_US = 25_000;
export const DEDUPE_CAPACITY = 12;
/** Per-account open orders; accounts x this stays below maxOrders (see OPEN_ORDERS_MAX). */
export const MAX_OPEN_ORDERS = 8;
/** The largest MAX_OPEN_ORDERS the generator sets: 4 accounts x 10 < 48 engine orders. */
export const OPEN_ORDERS_MAX = 10;
export const ACCOUNTS = 4;
export const MAX_ORDERS = 48;

/**
 * Integer units (quote 1/1 per tick x lot, one lot = one base unit) with
 * fees: instrument 0 a maker rebate (-20 bps) under a 50 bps taker fee, no
 * band (a market buy holds at maxPrice); instrument 1 a maker fee above the
 * taker fee (a buy holds for the larger) and a 10% band around 120.
 */
export function feePlainSpec(): PropSpec {
  const spec = plainCoreSpec(
    [
      instrument(0, { maxPriceTicks: 250, maxQtyLots: 60, makerFeeBps: -20, takerFeeBps: 50 }),
      instrument(1, { maxPriceTicks: 400, maxQtyLots: 60, priceBandBps: 1000, referencePriceTicks: 120, makerFeeBps: 25, takerFeeBps: 10 }),
    ],
    { maxOrders: MAX_ORDERS, maxLevels: 64, maxAccounts: ACCOUNTS },
    { dedupeWindowUs: DEDUPE_WINDOW_US, dedupeCapacity: DEDUPE_CAPACITY, maxOpenOrders: MAX_OPEN_ORDERS },
  );
  return { name: 'integer units, rebate and maker fee', spec, midTicks: [100, 120], unitMinor: [200, 4, 4], stepUs: 1000 };
}

/**
 * Decimal assets from a config file: USD 2 decimals, BTC 8, ETH 6.
 * BTC-USD: tick 0.01, lot 0.0001, so one tick x lot is 1/10000 of a cent
 * (quoteNum/quoteDen = 1/10000), one lot 10000 sats; maker rebate -10 bps,
 * taker 30 bps, a 5% band around 30000, per-instrument notional and
 * position limits and a per-account quantity limit. ETH-USD: tick 0.25, lot
 * 0.003, so 3/40 of a cent per tick x lot, one lot 3000 ETH minor units; no
 * band, maker fee 25 bps above taker 15 bps.
 */
export function decimalConfigSpec(): PropSpec {
  const accounts = Array.from({ length: ACCOUNTS }, (_, a) => ({
    id: `trader${a}`, apiKey: `key-${a}`, secret: `secret-${a}-long-enough`,
    ...(a === 0 ? { maxOpenOrders: 6, instrumentLimits: { 'BTC-USD': { maxOrderQty: '0.0015' } } } : {}),
  }));
  const config = parseConfig({
    assets: [{ code: 'USD', decimals: 2 }, { code: 'BTC', decimals: 8 }, { code: 'ETH', decimals: 6 }],
    instruments: [
      {
        symbol: 'BTC-USD', base: 'BTC', quote: 'USD', tickSize: '0.01', lotSize: '0.0001', minQty: '0.0001', maxQty: '1',
        maxPrice: '40000', priceBandPct: 5, referencePrice: '30000', makerFeeBps: -10, takerFeeBps: 30,
        maxOrderNotional: '60', maxPosition: '0.005',
      },
      {
        symbol: 'ETH-USD', base: 'ETH', quote: 'USD', tickSize: '0.25', lotSize: '0.003', minQty: '0.003', maxQty: '3',
        maxPrice: '2500', makerFeeBps: 25, takerFeeBps: 15,
      },
    ],
    accounts,
    limits: { maxOpenOrdersPerAccount: MAX_OPEN_ORDERS, maxOrders: MAX_ORDERS, maxPriceLevels: 64, dedupeWindowOrders: DEDUPE_CAPACITY },
  });
  const spec = coreSpecFromConfig(config);
  // The config counts the window in hours (at least 1); the runs need it to pass within a few commands.
  spec.limits.dedupeWindowUs = DEDUPE_WINDOW_US;
  return { name: 'decimal assets from a config (quoteDen > 1)', spec, midTicks: [3_000_000, 8000], unitMinor: [1000, 50_000, 15_000], stepUs: 1000 };
}
