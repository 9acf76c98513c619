import { describe, expect, it } from 'vitest';
import { OrdType, StpMode, TimeInForce } from '../../engine/enums.js';
import { ENGINES } from './support/engines.js';
import { accepted, level, rejected } from './support/expected.js';
import { BUY, Harness, SELL } from './support/harness.js';

describe.each(ENGINES)('%s engine: PostOnly', (_name, factory) => {
  it('rests like GTC when it would not take, with the flag in ACCEPTED', () => {
    const h = new Harness(factory);
    h.limit(1, SELL, 101, 5);
    expect(h.limit(2, BUY, 100, 5, { postOnly: true, stp: StpMode.CANCEL_BOTH })).toEqual([
      accepted({ orderId: 2, account: 2, side: 'BUY', price: 100, qty: 5, postOnly: true, stp: 'CANCEL_BOTH' }),
      level('BUY', 100, 5, 1),
    ]);
  });

  it('is rejected when its price reaches the best opposite price (equal counts)', () => {
    const h = new Harness(factory);
    h.limit(1, SELL, 101, 5);
    h.limit(1, BUY, 99, 5);
    expect(h.limit(2, BUY, 101, 5, { postOnly: true })).toEqual([
      rejected({ orderId: 3, account: 2, side: BUY, price: 101, qty: 5, reason: 'POST_ONLY_WOULD_TAKE',
        command: 'NEW_ORDER' }),
    ]);
    expect(h.limit(2, SELL, 99, 5, { postOnly: true })).toEqual([
      rejected({ orderId: 4, account: 2, side: SELL, price: 99, qty: 5, reason: 'POST_ONLY_WOULD_TAKE',
        command: 'NEW_ORDER' }),
    ]);
    expect(h.levels(SELL)).toEqual([[101, 5, 1]]);
    expect(h.levels(BUY)).toEqual([[99, 5, 1]]);
  });

  it('is rejected even when the order it would meet is the same account\'s', () => {
    const h = new Harness(factory);
    h.limit(2, SELL, 101, 5);
    expect(h.limit(2, BUY, 102, 5, { postOnly: true, stp: StpMode.CANCEL_OLDEST })[0])
      .toMatchObject({ type: 'REJECTED', reason: 'POST_ONLY_WOULD_TAKE' });
  });

  it('with IOC, FOK or MARKET is an INVALID_ORDER', () => {
    const h = new Harness(factory);
    expect(h.limit(2, BUY, 100, 5, { postOnly: true, tif: TimeInForce.IOC })[0])
      .toMatchObject({ type: 'REJECTED', reason: 'INVALID_ORDER' });
    expect(h.limit(2, BUY, 100, 5, { postOnly: true, tif: TimeInForce.FOK })[0])
      .toMatchObject({ type: 'REJECTED', reason: 'INVALID_ORDER' });
    expect(h.send((c) => c.newOrder(2, 0, BUY, OrdType.MARKET, TimeInForce.IOC, 0, 5, true))).toEqual([
      rejected({ orderId: 3, account: 2, side: BUY, qty: 5, reason: 'INVALID_ORDER', command: 'NEW_ORDER' }),
    ]);
  });
});
