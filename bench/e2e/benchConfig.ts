/**
 * The exchange the end-to-end benchmark runs against: one instrument, one
 * account per load-generator connection, and limits high enough that
 * nothing but the server's own speed bounds the run. Written as a config
 * file of the wire contract's format (../shared/PROTOCOL.md) for
 * `dist/gateway/main.js --config FILE`.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SYMBOL = 'BTC-USD';
/** Price decimals of the tick (0.01) and quantity decimals of the lot (0.0001). */
export const TICK_DECIMALS = 2;
export const LOT_DECIMALS = 4;
/** The band's centre: 50,000.00 USD, in ticks. */
export const REFERENCE_TICKS = 5_000_000;
/** Every order is for 0.01 BTC (100 lots), so each trade fills a maker and a taker whole. */
export const ORDER_QTY_LOTS = 100;
/** An order is priced 1..MAX_OFFSET_TICKS ticks through the reference (a BUY above, a SELL below). */
export const MAX_OFFSET_TICKS = 5;

export interface BenchAccount {
  id: string;
  apiKey: string;
  secret: string;
}

/** One account per connection; secrets are random per bench run. */
export function benchAccounts(n: number): BenchAccount[] {
  const salt = randomBytes(6).toString('hex');
  return Array.from({ length: n }, (_, i) => ({ id: `e2e-${i}`, apiKey: `e2e-key-${i}`, secret: `e2e-secret-${i}-${salt}` }));
}

/**
 * Writes the config to `dir/exchange.json` and returns its path.
 * `dedupeWindowOrders` must hold every ClOrdID the server sees in its life
 * (each server runs one phase: warm-up, measurement, drain), or orders are
 * rejected DEDUPE_WINDOW_FULL; the window is preallocated (~80 bytes each).
 */
export function writeBenchConfig(dir: string, accounts: readonly BenchAccount[], dedupeWindowOrders: number): string {
  const config = {
    assets: [{ code: 'USD', decimals: 2 }, { code: 'BTC', decimals: 8 }],
    instruments: [{
      symbol: SYMBOL, base: 'BTC', quote: 'USD',
      tickSize: '0.01', lotSize: '0.0001', minQty: '0.0001', maxQty: '1000', maxPrice: '1000000',
      priceBandPct: 10, referencePrice: formatTicks(REFERENCE_TICKS), makerFeeBps: 1, takerFeeBps: 5,
    }],
    // A billion dollars and a million bitcoin each: fees (5 bps of 500 USD per
    // taker fill) and drift between buys and sells never run an account dry.
    accounts: accounts.map((a) => ({ id: a.id, apiKey: a.apiKey, secret: a.secret, deposits: { USD: '1000000000', BTC: '1000000' } })),
    limits: {
      messagesPerSecond: 1_000_000, burst: 1_000_000, maxOpenOrdersPerAccount: 1_000_000,
      maxOrders: 1_000_000, dedupeWindowOrders: Math.min(100_000_000, Math.max(1_000_000, Math.ceil(dedupeWindowOrders))),
    },
  };
  const path = join(dir, 'exchange.json');
  writeFileSync(path, `${JSON.stringify(config, null, 2)}\n`);
  return path;
}

/** A price in ticks as the contract's decimal string ("50000.03"). */
export function formatTicks(ticks: number): string {
  const whole = Math.floor(ticks / 100);
  const cents = ticks % 100;
  return `${whole}.${cents < 10 ? '0' : ''}${cents}`;
}

/** A quantity in lots as a decimal string ("0.01"). */
export function formatLots(lots: number): string {
  const s = String(lots).padStart(LOT_DECIMALS + 1, '0');
  const frac = s.slice(-LOT_DECIMALS).replace(/0+$/, '');
  const whole = s.slice(0, -LOT_DECIMALS);
  return frac === '' ? whole : `${whole}.${frac}`;
}
