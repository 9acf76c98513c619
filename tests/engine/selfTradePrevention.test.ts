import { describe, expect, it } from 'vitest';
import { StpMode, TimeInForce } from '../../engine/enums.js';
import { ENGINES } from './support/engines.js';
import { accepted, canceled, level, rejected, trade } from './support/expected.js';
import { BUY, Harness, SELL } from './support/harness.js';

const { CANCEL_NEWEST, CANCEL_OLDEST, CANCEL_BOTH } = StpMode;
const { FOK, IOC } = TimeInForce;

describe.each(ENGINES)('%s engine: self-trade prevention', (_name, factory) => {
  /** Asks at 100: account 2 (id 1, qty 3), account 1 (id 2, qty 4), account 3 (id 3, qty 5). */
  function bookWithOwnOrderSecond(): Harness {
    const h = new Harness(factory);
    h.limit(2, SELL, 100, 3);
    h.limit(1, SELL, 100, 4);
    h.limit(3, SELL, 100, 5);
    return h;
  }

  describe('CANCEL_NEWEST', () => {
    it('stops at the own maker and cancels the taker\'s leaves; the maker stays', () => {
      const h = bookWithOwnOrderSecond();
      expect(h.limit(1, BUY, 100, 10, { stp: CANCEL_NEWEST })).toEqual([
        accepted({ orderId: 4, account: 1, side: 'BUY', price: 100, qty: 10 }),
        trade({ tradeId: 1, price: 100, qty: 3, orderId: 4, account: 1, side: 'BUY', leaves: 7,
          makerOrderId: 1, makerAccount: 2, makerLeaves: 0 }),
        level('SELL', 100, 9, 2),
        canceled({ orderId: 4, account: 1, side: 'BUY', price: 100, qty: 7, reason: 'STP' }),
      ]);
      expect(h.levels(SELL)).toEqual([[100, 9, 2]]);
      expect(h.levels(BUY)).toEqual([]);
    });

    it('with the own maker first: no trade, no BOOK_LEVEL, the whole order is canceled', () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 100, 3);
      expect(h.limit(1, SELL, 99, 2, { stp: CANCEL_NEWEST })).toEqual([
        accepted({ orderId: 2, account: 1, side: 'SELL', price: 99, qty: 2 }),
        canceled({ orderId: 2, account: 1, side: 'SELL', price: 99, qty: 2, reason: 'STP' }),
      ]);
      expect(h.levels(BUY)).toEqual([[100, 3, 1]]);
    });
  });

  describe('CANCEL_OLDEST', () => {
    it('cancels the own maker and goes on matching; the remainder rests', () => {
      const h = bookWithOwnOrderSecond();
      h.limit(1, SELL, 101, 2);
      expect(h.limit(1, BUY, 101, 10, { stp: CANCEL_OLDEST })).toEqual([
        accepted({ orderId: 5, account: 1, side: 'BUY', price: 101, qty: 10, stp: 'CANCEL_OLDEST' }),
        trade({ tradeId: 1, price: 100, qty: 3, orderId: 5, account: 1, side: 'BUY', leaves: 7,
          makerOrderId: 1, makerAccount: 2, makerLeaves: 0 }),
        canceled({ orderId: 2, account: 1, side: 'SELL', price: 100, qty: 4, reason: 'STP' }),
        trade({ tradeId: 2, price: 100, qty: 5, orderId: 5, account: 1, side: 'BUY', leaves: 2,
          makerOrderId: 3, makerAccount: 3, makerLeaves: 0 }),
        level('SELL', 100, 0, 0),
        canceled({ orderId: 4, account: 1, side: 'SELL', price: 101, qty: 2, reason: 'STP' }),
        level('SELL', 101, 0, 0),
        level('BUY', 101, 2, 1),
      ]);
    });

    it('a level holding only own orders is emptied without a trade', () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 100, 3);
      h.limit(1, BUY, 100, 1);
      expect(h.limit(1, SELL, 100, 2, { stp: CANCEL_OLDEST, tif: IOC })).toEqual([
        accepted({ orderId: 3, account: 1, side: 'SELL', price: 100, qty: 2, tif: 'IOC', stp: 'CANCEL_OLDEST' }),
        canceled({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 3, reason: 'STP' }),
        canceled({ orderId: 2, account: 1, side: 'BUY', price: 100, qty: 1, reason: 'STP' }),
        level('BUY', 100, 0, 0),
        canceled({ orderId: 3, account: 1, side: 'SELL', price: 100, qty: 2, reason: 'IOC_REMAINDER' }),
      ]);
    });
  });

  describe('CANCEL_BOTH', () => {
    it('cancels the own maker, then the taker\'s leaves', () => {
      const h = bookWithOwnOrderSecond();
      expect(h.limit(1, BUY, 100, 10, { stp: CANCEL_BOTH })).toEqual([
        accepted({ orderId: 4, account: 1, side: 'BUY', price: 100, qty: 10, stp: 'CANCEL_BOTH' }),
        trade({ tradeId: 1, price: 100, qty: 3, orderId: 4, account: 1, side: 'BUY', leaves: 7,
          makerOrderId: 1, makerAccount: 2, makerLeaves: 0 }),
        canceled({ orderId: 2, account: 1, side: 'SELL', price: 100, qty: 4, reason: 'STP' }),
        level('SELL', 100, 5, 1),
        canceled({ orderId: 4, account: 1, side: 'BUY', price: 100, qty: 7, reason: 'STP' }),
      ]);
      expect(h.levels(SELL)).toEqual([[100, 5, 1]]);
    });

    it('applies to MARKET orders too (PRICE 0 in the taker\'s cancel)', () => {
      const h = new Harness(factory);
      h.limit(1, SELL, 100, 3);
      expect(h.market(1, BUY, 2, { stp: CANCEL_BOTH })).toEqual([
        accepted({ orderId: 2, account: 1, side: 'BUY', price: 0, qty: 2, ordType: 'MARKET', tif: 'IOC',
          stp: 'CANCEL_BOTH' }),
        canceled({ orderId: 1, account: 1, side: 'SELL', price: 100, qty: 3, reason: 'STP' }),
        level('SELL', 100, 0, 0),
        canceled({ orderId: 2, account: 1, side: 'BUY', price: 0, qty: 2, reason: 'STP' }),
      ]);
    });
  });

  it('only the taker\'s mode matters, not the maker\'s', () => {
    const h = new Harness(factory);
    h.limit(1, SELL, 100, 3, { stp: CANCEL_OLDEST });
    expect(h.limit(1, BUY, 100, 2, { stp: CANCEL_NEWEST }).map((e) => [e.type, e.orderId])).toEqual([
      ['ACCEPTED', 2], ['CANCELED', 2],
    ]);
    expect(h.levels(SELL)).toEqual([[100, 3, 1]]);
  });

  it('orders of one account on two instruments do not interact', () => {
    const h = new Harness(factory);
    h.limit(1, SELL, 100, 3, { instrument: 1 });
    h.limit(2, SELL, 100, 3, { instrument: 0 });
    expect(h.limit(1, BUY, 100, 3, { instrument: 0 })[1]).toMatchObject({ type: 'TRADE', makerAccount: 2 });
  });

  describe('FOK pre-check walks as STP would', () => {
    /** Asks: 100 account 2 qty 3 (id 1), 100 account 1 qty 4 (id 2), 101 account 3 qty 5 (id 3). */
    function book(): Harness {
      const h = new Harness(factory);
      h.limit(2, SELL, 100, 3);
      h.limit(1, SELL, 100, 4);
      h.limit(3, SELL, 101, 5);
      return h;
    }

    it('CANCEL_NEWEST: the own order ends the walk, so only what comes before it counts', () => {
      const h = book();
      expect(h.limit(1, BUY, 101, 4, { tif: FOK, stp: CANCEL_NEWEST })).toEqual([
        rejected({ orderId: 4, account: 1, side: BUY, price: 101, qty: 4, reason: 'FOK_NOT_FILLABLE',
          command: 'NEW_ORDER' }),
      ]);
      expect(h.limit(1, BUY, 101, 3, { tif: FOK, stp: CANCEL_NEWEST })).toEqual([
        accepted({ orderId: 5, account: 1, side: 'BUY', price: 101, qty: 3, tif: 'FOK' }),
        trade({ tradeId: 1, price: 100, qty: 3, orderId: 5, account: 1, side: 'BUY', leaves: 0,
          makerOrderId: 1, makerAccount: 2, makerLeaves: 0 }),
        level('SELL', 100, 4, 1),
      ]);
    });

    it('CANCEL_BOTH: the own order ends the walk; a rejected FOK cancels nothing', () => {
      const h = book();
      expect(h.limit(1, BUY, 101, 8, { tif: FOK, stp: CANCEL_BOTH })[0])
        .toMatchObject({ type: 'REJECTED', reason: 'FOK_NOT_FILLABLE' });
      expect(h.levels(SELL)).toEqual([[100, 7, 2], [101, 5, 1]]);
    });

    it('CANCEL_OLDEST: the own order is skipped; matching then cancels it and fills the rest', () => {
      const h = book();
      expect(h.limit(1, BUY, 101, 9, { tif: FOK, stp: CANCEL_OLDEST })[0])
        .toMatchObject({ type: 'REJECTED', reason: 'FOK_NOT_FILLABLE' });
      expect(h.limit(1, BUY, 101, 8, { tif: FOK, stp: CANCEL_OLDEST })).toEqual([
        accepted({ orderId: 5, account: 1, side: 'BUY', price: 101, qty: 8, tif: 'FOK', stp: 'CANCEL_OLDEST' }),
        trade({ tradeId: 1, price: 100, qty: 3, orderId: 5, account: 1, side: 'BUY', leaves: 5,
          makerOrderId: 1, makerAccount: 2, makerLeaves: 0 }),
        canceled({ orderId: 2, account: 1, side: 'SELL', price: 100, qty: 4, reason: 'STP' }),
        level('SELL', 100, 0, 0),
        trade({ tradeId: 2, price: 101, qty: 5, orderId: 5, account: 1, side: 'BUY', leaves: 0,
          makerOrderId: 3, makerAccount: 3, makerLeaves: 0 }),
        level('SELL', 101, 0, 0),
      ]);
    });

    it('MARKET FOK follows the same walk', () => {
      const h = book();
      expect(h.market(1, BUY, 4, { tif: FOK, stp: CANCEL_BOTH })[0])
        .toMatchObject({ type: 'REJECTED', reason: 'FOK_NOT_FILLABLE' });
      expect(h.market(1, BUY, 8, { tif: FOK, stp: CANCEL_OLDEST })[0])
        .toMatchObject({ type: 'ACCEPTED', ordType: 'MARKET', tif: 'FOK' });
      expect(h.engine.restingOrderCount()).toBe(0);
    });
  });
});
