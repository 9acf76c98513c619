import { describe, expect, it } from 'vitest';
import { TimeInForce } from '../../engine/enums.js';
import { ENGINES } from './support/engines.js';
import { rejected } from './support/expected.js';
import { instrument } from './support/fixtures.js';
import { BUY, Harness, SELL } from './support/harness.js';

describe.each(ENGINES)('%s engine: price band (LIMIT orders)', (_name, factory) => {
  const accepts = (events: unknown[]) => expect(events[0]).toMatchObject({ type: 'ACCEPTED' });
  const band = (events: unknown[]) => expect(events[0]).toMatchObject({ type: 'REJECTED', reason: 'PRICE_BAND' });

  it('before the first trade, the band is centred on referencePriceTicks, edges included', () => {
    const h = new Harness(factory, [instrument(0, { priceBandBps: 500, referencePriceTicks: 1000 })]);
    expect(h.limit(1, BUY, 949, 1)).toEqual([rejected({
      orderId: 1, account: 1, side: BUY, price: 949, qty: 1, reason: 'PRICE_BAND', command: 'NEW_ORDER',
    })]);
    accepts(h.limit(1, BUY, 950, 1));
    accepts(h.limit(1, SELL, 1050, 1));
    band(h.limit(1, SELL, 1051, 1));
    band(h.limit(1, SELL, 1051, 1, { tif: TimeInForce.IOC }));
    band(h.limit(1, BUY, 10, 1, { tif: TimeInForce.FOK }));
  });

  it('rounds the edges inwards: lower = ceil, upper = floor', () => {
    // ref 1001, 5%: 950.95 .. 1051.05 -> 951 .. 1051.
    const h = new Harness(factory, [instrument(0, { priceBandBps: 500, referencePriceTicks: 1001 })]);
    band(h.limit(1, BUY, 950, 1));
    accepts(h.limit(1, BUY, 951, 1));
    accepts(h.limit(1, SELL, 1051, 1));
    band(h.limit(1, SELL, 1052, 1));
  });

  it('after a trade the band follows the last trade price', () => {
    const h = new Harness(factory, [instrument(0, { priceBandBps: 500, referencePriceTicks: 1000 })]);
    h.limit(1, SELL, 1030, 1);
    h.limit(1, SELL, 1040, 1);
    h.limit(2, BUY, 1045, 2, { tif: TimeInForce.IOC });
    // Last trade is the sweep's last fill, 1040: band 988 .. 1092.
    band(h.limit(1, BUY, 987, 1));
    accepts(h.limit(1, BUY, 988, 1));
    accepts(h.limit(1, SELL, 1092, 1));
    band(h.limit(1, SELL, 1093, 1));
  });

  it('with no reference price there is no band until the first trade', () => {
    const h = new Harness(factory, [instrument(0, { priceBandBps: 500, referencePriceTicks: 0 })]);
    accepts(h.limit(1, BUY, 10, 1));
    accepts(h.limit(1, SELL, 90_000, 1));
    accepts(h.limit(1, SELL, 2000, 1));
    h.limit(2, BUY, 2000, 1);
    band(h.limit(1, BUY, 1899, 1));
    accepts(h.limit(1, BUY, 1900, 1));
  });

  it('priceBandBps 0 disables the band even with a reference', () => {
    const h = new Harness(factory, [instrument(0, { priceBandBps: 0, referencePriceTicks: 1000 })]);
    accepts(h.limit(1, BUY, 1, 1));
    accepts(h.limit(1, SELL, 100_000, 1));
  });

  it('each instrument has its own band and last trade price', () => {
    const h = new Harness(factory, [
      instrument(0, { priceBandBps: 100, referencePriceTicks: 1000 }),
      instrument(1, { priceBandBps: 100, referencePriceTicks: 5000 }),
    ]);
    h.limit(1, SELL, 1010, 1);
    h.limit(2, BUY, 1010, 1);
    band(h.limit(1, BUY, 5051, 1, { instrument: 1 }));
    accepts(h.limit(1, BUY, 5050, 1, { instrument: 1 }));
    accepts(h.limit(1, BUY, 1020, 1, { instrument: 0 }));
  });

  it('is checked after the price range (PRICE_OUT_OF_RANGE first)', () => {
    const h = new Harness(factory, [instrument(0, { priceBandBps: 100, referencePriceTicks: 1000, maxPriceTicks: 2000 })]);
    expect(h.limit(1, BUY, 2001, 1)[0]).toMatchObject({ reason: 'PRICE_OUT_OF_RANGE' });
    expect(h.limit(1, BUY, 2000, 1)[0]).toMatchObject({ reason: 'PRICE_BAND' });
  });
});
