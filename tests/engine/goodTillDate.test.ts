import { describe, expect, it } from 'vitest';
import { TimeInForce } from '../../engine/enums.js';
import { ENGINES } from './support/engines.js';
import { BUY, Harness, SELL } from './support/harness.js';

const GTD = TimeInForce.GTD;

describe.each(ENGINES)('%s engine: GTD orders and TICK', (_name, factory) => {
  it('a GTD order rests like GTC and expires at its time, before the command that reaches it', () => {
    const h = new Harness(factory);
    h.nowUs = 1_000;
    expect(h.limit(1, BUY, 100, 5, { tif: GTD, expireTimeUs: 2_000 }).map((e) => e.type)).toEqual(['ACCEPTED', 'BOOK_LEVEL']);
    h.nowUs = 1_999;
    expect(h.limit(2, BUY, 99, 1)[0]).toMatchObject({ type: 'ACCEPTED', orderId: 2 });
    h.nowUs = 2_000;
    expect(h.limit(2, BUY, 98, 1)).toEqual([
      { type: 'EXPIRED', orderId: 1, account: 1, instrument: 0, side: 'BUY', price: 100, qty: 5, leaves: 0 },
      { type: 'BOOK_LEVEL', instrument: 0, side: 'BUY', price: 100, qty: 0, count: 0 },
      expect.objectContaining({ type: 'ACCEPTED', orderId: 3 }),
      expect.objectContaining({ type: 'BOOK_LEVEL', price: 98 }),
    ]);
    expect(h.engine.bestBid(0)).toBe(99);
  });

  it('TICK lets time pass: due orders expire in (expire time, id) order, on every instrument', () => {
    const h = new Harness(factory);
    h.limit(1, SELL, 110, 2, { tif: GTD, expireTimeUs: 50 });
    h.limit(2, BUY, 90, 3, { tif: GTD, expireTimeUs: 40, instrument: 1 });
    h.limit(3, SELL, 111, 4, { tif: GTD, expireTimeUs: 40 });
    h.limit(4, SELL, 112, 1, { tif: GTD, expireTimeUs: 60 });
    const events = h.tick(50);
    expect(events.filter((e) => e.type === 'EXPIRED').map((e) => e.orderId)).toEqual([2, 3, 1]);
    expect(events.map((e) => e.type)).toEqual(['EXPIRED', 'BOOK_LEVEL', 'EXPIRED', 'BOOK_LEVEL', 'EXPIRED', 'BOOK_LEVEL']);
    expect(h.tick(59)).toEqual([]);
    expect(h.tick(60).map((e) => e.type)).toEqual(['EXPIRED', 'BOOK_LEVEL']);
    expect(h.engine.restingOrderCount()).toBe(0);
  });

  it('an expired order is gone: cancel and replace answer UNKNOWN_ORDER', () => {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 5, { tif: GTD, expireTimeUs: 10 });
    h.tick(10);
    expect(h.cancel(1, 1)[0]).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER' });
    expect(h.replace(1, 1, 101, 5)[0]).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER' });
  });

  it('only the remainder expires after a partial fill; a filled or canceled GTD order never expires', () => {
    const h = new Harness(factory);
    h.limit(1, SELL, 100, 10, { tif: GTD, expireTimeUs: 100 });
    h.limit(2, BUY, 100, 4);
    h.limit(1, SELL, 101, 1, { tif: GTD, expireTimeUs: 100 });
    h.cancel(1, 3);
    h.limit(1, SELL, 102, 2, { tif: GTD, expireTimeUs: 100, instrument: 1 });
    expect(h.limit(3, BUY, 102, 2, { instrument: 1 }).filter((e) => e.type === 'TRADE')).toHaveLength(1);
    const events = h.tick(100);
    expect(events.filter((e) => e.type === 'EXPIRED')).toEqual([
      { type: 'EXPIRED', orderId: 1, account: 1, instrument: 0, side: 'SELL', price: 100, qty: 6, leaves: 0 },
    ]);
  });

  it('a replace keeps the expire time, whether it keeps priority or not', () => {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 10, { tif: GTD, expireTimeUs: 500 });
    h.replace(1, 1, 100, 6);
    h.replace(1, 1, 97, 8);
    expect(h.tick(499)).toEqual([]);
    expect(h.tick(500)[0]).toMatchObject({ type: 'EXPIRED', orderId: 1, price: 97, qty: 8 });
  });

  it('a GTD order that fills completely on entry never expires; a GTD taker rests only its remainder', () => {
    const h = new Harness(factory);
    h.limit(2, SELL, 100, 3);
    h.limit(1, BUY, 100, 5, { tif: GTD, expireTimeUs: 30 });
    const events = h.tick(30);
    expect(events[0]).toMatchObject({ type: 'EXPIRED', orderId: 2, qty: 2, price: 100, side: 'BUY' });
  });

  it('INVALID_ORDER: GTD with an expire time not after the command time, or GTD MARKET', () => {
    const h = new Harness(factory);
    h.nowUs = 1_000;
    expect(h.limit(1, BUY, 100, 1, { tif: GTD, expireTimeUs: 1_000 })[0]).toMatchObject({ type: 'REJECTED', reason: 'INVALID_ORDER' });
    expect(h.limit(1, BUY, 100, 1, { tif: GTD, expireTimeUs: 0 })[0]).toMatchObject({ type: 'REJECTED', reason: 'INVALID_ORDER' });
    expect(h.limit(1, BUY, 100, 1, { tif: GTD, expireTimeUs: 1.5e3 + 0.5 })[0]).toMatchObject({ type: 'REJECTED', reason: 'INVALID_ORDER' });
    expect(h.market(1, BUY, 1, { tif: GTD })[0]).toMatchObject({ type: 'REJECTED', reason: 'INVALID_ORDER' });
    expect(h.limit(1, BUY, 100, 1, { tif: GTD, expireTimeUs: 1_001, postOnly: true })[0]).toMatchObject({ type: 'ACCEPTED' });
  });

  it('many GTD orders that leave early do not grow the expiry queue without bound', () => {
    const h = new Harness(factory, undefined, { maxOrders: 100, maxLevels: 100, maxAccounts: 10 });
    for (let i = 0; i < 3000; i++) {
      h.limit(1, BUY, 100, 1, { tif: GTD, expireTimeUs: 1e12 });
      h.cancel(1, i + 1);
    }
    const e = h.engine as { expiries?: { size: number } };
    if (e.expiries !== undefined) expect(e.expiries.size).toBeLessThan(200);
    expect(h.tick(1e12)).toEqual([]);
  });
});
