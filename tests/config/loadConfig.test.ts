import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../config/configError.js';
import { loadConfigFile, parseConfig } from '../../config/loadConfig.js';
import { OrderBookEngine } from '../../engine/matchingEngine.js';
import { engineLimits } from '../../config/exchangeConfig.js';
import { coreSpecFromConfig } from '../../risk/coreSpec.js';

const base = () => ({
  assets: [{ code: 'USD', decimals: 2 }, { code: 'BTC', decimals: 8 }],
  instruments: [{
    symbol: 'BTC-USD', base: 'BTC', quote: 'USD', tickSize: '0.01', lotSize: '0.0001',
    minQty: '0.0001', maxQty: '1000', priceBandPct: 10, makerFeeBps: 1, takerFeeBps: 5,
  }] as Record<string, unknown>[],
  accounts: [{ id: 'alice', apiKey: 'alice-key', secret: 'alice-secret', deposits: { USD: '1000000', BTC: '100' } }],
  limits: { messagesPerSecond: 2000, burst: 4000, maxOpenOrdersPerAccount: 10000 },
});

function errorOf(mutate: (c: ReturnType<typeof base>) => void): ConfigError {
  const c = base();
  mutate(c);
  try {
    parseConfig(c);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return err as ConfigError;
  }
  throw new Error('config was accepted');
}

describe('config loader', () => {
  it('turns the contract example into integer instrument specs', () => {
    const c = parseConfig(base());
    const i = c.instruments[0]!;
    expect(i.minQtyLots).toBe(1);
    expect(i.maxQtyLots).toBe(10_000_000);
    expect(i.priceBandBps).toBe(1000);
    expect(i.referencePriceTicks).toBe(0);
    expect(Number.isSafeInteger(i.maxPriceTicks * i.maxQtyLots)).toBe(true);
    expect(c.accounts[0]!.deposits.map((d) => [d.asset.code, d.amountMinor])).toEqual([['USD', 100000000], ['BTC', 10000000000]]);
    expect(c.limits.maxOrders).toBeGreaterThan(0);
  });

  it('loads the embedded demo config and builds an engine from it', () => {
    const c = loadConfigFile(new URL('../../config/demo.json', import.meta.url).pathname);
    expect(c.instruments.map((i) => i.symbol)).toContain('BTC-USD');
    const e = new OrderBookEngine(c.instruments, engineLimits(c));
    expect(e.restingOrderCount()).toBe(0);
  });

  it('derives the wallet scales and risk limits: lot in base minor units, tick x lot in quote minor units', () => {
    const c = parseConfig({
      ...base(),
      instruments: [{ ...base().instruments[0]!, maxOrderNotional: '250000.5', maxPosition: '12.5' }],
      accounts: [{ ...base().accounts[0]!, maxOpenOrders: 7, instrumentLimits: { 'BTC-USD': { maxOrderQty: '2', maxPosition: '1' } } }],
    });
    const i = c.instruments[0]!;
    expect(i.baseMinorPerLot).toBe(10_000); // 0.0001 BTC = 10^4 satoshi
    expect(i.maxOrderNotionalMinor).toBe(25_000_050);
    expect(i.maxPositionLots).toBe(125_000);
    expect(c.accounts[0]!.maxOpenOrders).toBe(7);
    expect(c.accounts[0]!.instrumentLimits).toEqual([{ instrument: 0, maxOrderQtyLots: 20_000, maxOrderNotionalMinor: 0, maxPositionLots: 10_000 }]);
    expect([c.limits.dedupeWindowHours, c.limits.dedupeWindowOrders]).toEqual([24, 1_000_000]);
    const spec = coreSpecFromConfig(c);
    // 0.01 USD x 0.0001 BTC = 0.000001 USD = 1/10,000 cent.
    expect([spec.instruments[0]!.quoteNum, spec.instruments[0]!.quoteDen]).toEqual([1, 10_000]);
    expect(spec.limits.dedupeWindowUs).toBe(24 * 3_600_000_000);
    expect(spec.accounts.map((a) => a.id)).toEqual(['alice']);
  });

  it('without maxPrice, picks one whose largest order fits the quote asset\'s minor units', () => {
    // One tick x one lot = 1 whole quote unit = 10^8 minor units: the engine's own bound would allow
    // prices whose notional in minor units passes 2^53.
    const c = parseConfig({
      ...base(),
      assets: [{ code: 'USD', decimals: 8 }, { code: 'BTC', decimals: 8 }],
      instruments: [{ ...base().instruments[0]!, tickSize: '1', lotSize: '1', minQty: '1', maxQty: '1000' }],
      accounts: [],
    });
    const i = c.instruments[0]!;
    const notionalMinor = BigInt(i.maxPriceTicks) * BigInt(i.maxQtyLots) * 100_000_000n;
    expect(notionalMinor <= BigInt(Number.MAX_SAFE_INTEGER) / 2n).toBe(true);
    expect(i.maxPriceTicks).toBeGreaterThan(1000);
  });

  it('rejects max price x max quantity beyond the safe-integer range, naming the field', () => {
    const err = errorOf((c) => { c.instruments[0]!.maxPrice = '10000000'; });
    expect(err.field).toBe('instruments[0].maxPrice');
    expect(err.message).toMatch(/safe-integer/);
  });

  it.each([
    ['instruments[0].tickSize', (c: ReturnType<typeof base>) => { c.instruments[0]!.tickSize = '0'; }],
    ['instruments[0].tickSize', (c: ReturnType<typeof base>) => { c.instruments[0]!.tickSize = '1e-2'; }],
    ['instruments[0].lotSize', (c: ReturnType<typeof base>) => { delete c.instruments[0]!.lotSize; }],
    ['instruments[0].minQty', (c: ReturnType<typeof base>) => { c.instruments[0]!.minQty = '0.00015'; }],
    ['instruments[0].maxQty', (c: ReturnType<typeof base>) => { c.instruments[0]!.maxQty = 1000; }],
    ['instruments[0].maxQty', (c: ReturnType<typeof base>) => { c.instruments[0]!.maxQty = '0.00001'; }],
    ['instruments[0].base', (c: ReturnType<typeof base>) => { c.instruments[0]!.base = 'XRP'; }],
    ['instruments[0].priceBandPct', (c: ReturnType<typeof base>) => { c.instruments[0]!.priceBandPct = 150; }],
    ['instruments[0].referencePrice', (c: ReturnType<typeof base>) => { c.instruments[0]!.referencePrice = '100.001'; }],
    ['instruments[1].symbol', (c: ReturnType<typeof base>) => { c.instruments.push({ ...c.instruments[0]! }); c.instruments[1]!.symbol = 'BTC-USD'; }],
    ['accounts[0].deposits.USD', (c: ReturnType<typeof base>) => { c.accounts[0]!.deposits.USD = '1.001'; }],
    ['accounts[0].deposits.USD', (c: ReturnType<typeof base>) => { c.accounts[0]!.deposits.USD = '-5'; }],
    ['limits.burst', (c: ReturnType<typeof base>) => { (c.limits as Record<string, unknown>).burst = 'x'; }],
    ['assets[1].code', (c: ReturnType<typeof base>) => { c.assets[1]!.code = 'USD'; }],
    ['instruments[0].lotSize', (c: ReturnType<typeof base>) => { c.instruments[0]!.lotSize = '0.000000001'; c.instruments[0]!.minQty = '0.000000001'; c.instruments[0]!.maxQty = '1'; }],
    ['instruments[0].maxOrderNotional', (c: ReturnType<typeof base>) => { c.instruments[0]!.maxOrderNotional = '10.001'; }],
    ['instruments[0].maxPosition', (c: ReturnType<typeof base>) => { c.instruments[0]!.maxPosition = '0.00001'; }],
    ['accounts[0].id', (c: ReturnType<typeof base>) => { c.accounts[0]!.id = 'FEES'; }],
    ['accounts[0].maxOpenOrders', (c: ReturnType<typeof base>) => { (c.accounts[0] as Record<string, unknown>).maxOpenOrders = 0; }],
    ['accounts[0].instrumentLimits.ETH-USD', (c: ReturnType<typeof base>) => { (c.accounts[0] as Record<string, unknown>).instrumentLimits = { 'ETH-USD': {} }; }],
    ['accounts[0].instrumentLimits.BTC-USD.maxOrderQty', (c: ReturnType<typeof base>) => { (c.accounts[0] as Record<string, unknown>).instrumentLimits = { 'BTC-USD': { maxOrderQty: '0.00015' } }; }],
    ['limits.dedupeWindowHours', (c: ReturnType<typeof base>) => { (c.limits as Record<string, unknown>).dedupeWindowHours = 0; }],
  ])('names %s when it is wrong', (field, mutate) => {
    expect(errorOf(mutate).field).toBe(field);
  });
});
