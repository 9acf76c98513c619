import { describe, expect, it } from 'vitest';
import { TimeInForce } from '../../engine/enums.js';
import { ENGINES } from './support/engines.js';
import { accepted, canceled, level, rejected, trade } from './support/expected.js';
import { BUY, Harness, SELL } from './support/harness.js';

const { IOC, FOK } = TimeInForce;

describe.each(ENGINES)('%s engine: LIMIT orders', (_name, factory) => {
  describe('GTC', () => {
    it('rests when nothing crosses: ACCEPTED then BOOK_LEVEL', () => {
      const h = new Harness(factory);
      expect(h.limit(7, BUY, 100, 10)).toEqual([
        accepted({ orderId: 1, account: 7, side: 'BUY', price: 100, qty: 10 }),
        level('BUY', 100, 10, 1),
      ]);
      expect(h.limit(8, SELL, 101, 4)).toEqual([
        accepted({ orderId: 2, account: 8, side: 'SELL', price: 101, qty: 4 }),
        level('SELL', 101, 4, 1),
      ]);
      expect(h.engine.bestBid(0)).toBe(100);
      expect(h.engine.bestAsk(0)).toBe(101);
      expect(h.engine.restingOrderCount()).toBe(2);
    });

    it('joins the back of an existing level', () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 100, 10);
      expect(h.limit(2, BUY, 100, 5)).toEqual([
        accepted({ orderId: 2, account: 2, side: 'BUY', price: 100, qty: 5 }),
        level('BUY', 100, 15, 2),
      ]);
    });

    it('fills fully against a bigger maker, which keeps its leaves', () => {
      const h = new Harness(factory);
      h.limit(1, SELL, 100, 10);
      expect(h.limit(2, BUY, 100, 4)).toEqual([
        accepted({ orderId: 2, account: 2, side: 'BUY', price: 100, qty: 4 }),
        trade({ tradeId: 1, price: 100, qty: 4, orderId: 2, account: 2, side: 'BUY', leaves: 0,
          makerOrderId: 1, makerAccount: 1, makerLeaves: 6 }),
        level('SELL', 100, 6, 1),
      ]);
      expect(h.levels(SELL)).toEqual([[100, 6, 1]]);
    });

    it('trades at the maker price, sweeps levels best first and rests its remainder', () => {
      const h = new Harness(factory);
      h.limit(1, SELL, 101, 3);
      h.limit(1, SELL, 100, 2);
      h.limit(3, SELL, 103, 5);
      expect(h.limit(2, BUY, 102, 10)).toEqual([
        accepted({ orderId: 4, account: 2, side: 'BUY', price: 102, qty: 10 }),
        trade({ tradeId: 1, price: 100, qty: 2, orderId: 4, account: 2, side: 'BUY', leaves: 8,
          makerOrderId: 2, makerAccount: 1, makerLeaves: 0 }),
        level('SELL', 100, 0, 0),
        trade({ tradeId: 2, price: 101, qty: 3, orderId: 4, account: 2, side: 'BUY', leaves: 5,
          makerOrderId: 1, makerAccount: 1, makerLeaves: 0 }),
        level('SELL', 101, 0, 0),
        level('BUY', 102, 5, 1),
      ]);
      expect(h.engine.bestBid(0)).toBe(102);
      expect(h.engine.bestAsk(0)).toBe(103);
    });

    it('a sell taker trades down to its limit at each bid level', () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 99, 3);
      h.limit(1, BUY, 98, 3);
      h.limit(1, BUY, 97, 3);
      expect(h.limit(2, SELL, 98, 10)).toEqual([
        accepted({ orderId: 4, account: 2, side: 'SELL', price: 98, qty: 10 }),
        trade({ tradeId: 1, price: 99, qty: 3, orderId: 4, account: 2, side: 'SELL', leaves: 7,
          makerOrderId: 1, makerAccount: 1, makerLeaves: 0 }),
        level('BUY', 99, 0, 0),
        trade({ tradeId: 2, price: 98, qty: 3, orderId: 4, account: 2, side: 'SELL', leaves: 4,
          makerOrderId: 2, makerAccount: 1, makerLeaves: 0 }),
        level('BUY', 98, 0, 0),
        level('SELL', 98, 4, 1),
      ]);
      expect(h.levels(BUY)).toEqual([[97, 3, 1]]);
    });
  });

  describe('price-time priority', () => {
    it('fills makers of one level in arrival order and reports the level once', () => {
      const h = new Harness(factory);
      h.limit(1, SELL, 100, 2);
      h.limit(2, SELL, 100, 3);
      h.limit(3, SELL, 100, 4);
      expect(h.limit(9, BUY, 100, 6)).toEqual([
        accepted({ orderId: 4, account: 9, side: 'BUY', price: 100, qty: 6 }),
        trade({ tradeId: 1, price: 100, qty: 2, orderId: 4, account: 9, side: 'BUY', leaves: 4,
          makerOrderId: 1, makerAccount: 1, makerLeaves: 0 }),
        trade({ tradeId: 2, price: 100, qty: 3, orderId: 4, account: 9, side: 'BUY', leaves: 1,
          makerOrderId: 2, makerAccount: 2, makerLeaves: 0 }),
        trade({ tradeId: 3, price: 100, qty: 1, orderId: 4, account: 9, side: 'BUY', leaves: 0,
          makerOrderId: 3, makerAccount: 3, makerLeaves: 3 }),
        level('SELL', 100, 3, 1),
      ]);
    });

    it('a better price wins over an earlier order', () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 99, 5);
      h.limit(2, BUY, 100, 5);
      const events = h.limit(3, SELL, 99, 5);
      expect(events[1]).toMatchObject({ type: 'TRADE', price: 100, makerOrderId: 2 });
      expect(h.levels(BUY)).toEqual([[99, 5, 1]]);
    });

    it('does not trade through its limit', () => {
      const h = new Harness(factory);
      h.limit(1, SELL, 101, 5);
      expect(h.limit(2, BUY, 100, 5)).toEqual([
        accepted({ orderId: 2, account: 2, side: 'BUY', price: 100, qty: 5 }),
        level('BUY', 100, 5, 1),
      ]);
    });
  });

  describe('IOC', () => {
    it('cancels its remainder after filling what it can', () => {
      const h = new Harness(factory);
      h.limit(1, SELL, 100, 3);
      h.limit(1, SELL, 105, 3);
      expect(h.limit(2, BUY, 102, 10, { tif: IOC })).toEqual([
        accepted({ orderId: 3, account: 2, side: 'BUY', price: 102, qty: 10, tif: 'IOC' }),
        trade({ tradeId: 1, price: 100, qty: 3, orderId: 3, account: 2, side: 'BUY', leaves: 7,
          makerOrderId: 1, makerAccount: 1, makerLeaves: 0 }),
        level('SELL', 100, 0, 0),
        canceled({ orderId: 3, account: 2, side: 'BUY', price: 102, qty: 7, reason: 'IOC_REMAINDER' }),
      ]);
      expect(h.engine.restingOrderCount()).toBe(1);
    });

    it('with nothing to meet is accepted and canceled whole; it never rests', () => {
      const h = new Harness(factory);
      expect(h.limit(2, SELL, 100, 10, { tif: IOC })).toEqual([
        accepted({ orderId: 1, account: 2, side: 'SELL', price: 100, qty: 10, tif: 'IOC' }),
        canceled({ orderId: 1, account: 2, side: 'SELL', price: 100, qty: 10, reason: 'IOC_REMAINDER' }),
      ]);
      expect(h.engine.restingOrderCount()).toBe(0);
    });

    it('that fills completely emits no cancel', () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 100, 10);
      expect(h.limit(2, SELL, 100, 10, { tif: IOC })).toEqual([
        accepted({ orderId: 2, account: 2, side: 'SELL', price: 100, qty: 10, tif: 'IOC' }),
        trade({ tradeId: 1, price: 100, qty: 10, orderId: 2, account: 2, side: 'SELL', leaves: 0,
          makerOrderId: 1, makerAccount: 1, makerLeaves: 0 }),
        level('BUY', 100, 0, 0),
      ]);
    });
  });

  describe('FOK', () => {
    it('fills completely across levels when enough is within its limit', () => {
      const h = new Harness(factory);
      h.limit(1, SELL, 100, 4);
      h.limit(3, SELL, 101, 4);
      expect(h.limit(2, BUY, 101, 6, { tif: FOK })).toEqual([
        accepted({ orderId: 3, account: 2, side: 'BUY', price: 101, qty: 6, tif: 'FOK' }),
        trade({ tradeId: 1, price: 100, qty: 4, orderId: 3, account: 2, side: 'BUY', leaves: 2,
          makerOrderId: 1, makerAccount: 1, makerLeaves: 0 }),
        level('SELL', 100, 0, 0),
        trade({ tradeId: 2, price: 101, qty: 2, orderId: 3, account: 2, side: 'BUY', leaves: 0,
          makerOrderId: 2, makerAccount: 3, makerLeaves: 2 }),
        level('SELL', 101, 2, 1),
      ]);
    });

    it('is rejected whole (no fill) when the book within its limit holds less than its qty', () => {
      const h = new Harness(factory);
      h.limit(1, SELL, 100, 4);
      h.limit(3, SELL, 102, 4);
      expect(h.limit(2, BUY, 101, 6, { tif: FOK })).toEqual([
        rejected({ orderId: 3, account: 2, side: BUY, price: 101, qty: 6, reason: 'FOK_NOT_FILLABLE',
          command: 'NEW_ORDER' }),
      ]);
      expect(h.levels(SELL)).toEqual([[100, 4, 1], [102, 4, 1]]);
    });

    it('exactly fillable is accepted', () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 100, 4);
      h.limit(3, BUY, 99, 2);
      const events = h.limit(2, SELL, 99, 6, { tif: FOK });
      expect(events[0]).toEqual(accepted({ orderId: 3, account: 2, side: 'SELL', price: 99, qty: 6, tif: 'FOK' }));
      expect(events.filter((e) => e.type === 'TRADE').map((e) => e.qty)).toEqual([4, 2]);
      expect(h.engine.restingOrderCount()).toBe(0);
    });
  });

  describe('identifiers', () => {
    it('order ids count every NEW_ORDER, rejected ones too; trade ids count trades', () => {
      const h = new Harness(factory);
      expect(h.engine.nextOrderId()).toBe(1);
      h.limit(1, SELL, 100, 1);
      expect(h.limit(1, SELL, 0, 1)[0]).toMatchObject({ type: 'REJECTED', orderId: 2 });
      h.cancel(1, 1);
      expect(h.engine.nextOrderId()).toBe(3);
      h.limit(1, SELL, 100, 1);
      h.limit(1, SELL, 100, 1);
      const events = h.limit(2, BUY, 100, 2);
      expect(events.map((e) => [e.type, e.orderId, e.tradeId])).toEqual([
        ['ACCEPTED', 5, undefined], ['TRADE', 5, 1], ['TRADE', 5, 2], ['BOOK_LEVEL', undefined, undefined],
      ]);
      expect(h.limit(2, BUY, 100, 1)[0]).toMatchObject({ orderId: 6 });
      h.limit(1, SELL, 100, 1);
      expect(h.engine.nextOrderId()).toBe(8);
    });
  });

  describe('books are per instrument', () => {
    it('orders of two instruments at one price do not meet', () => {
      const h = new Harness(factory);
      h.limit(1, SELL, 100, 5, { instrument: 1 });
      expect(h.limit(2, BUY, 100, 5, { instrument: 0 })).toEqual([
        accepted({ orderId: 2, account: 2, side: 'BUY', price: 100, qty: 5 }),
        level('BUY', 100, 5, 1),
      ]);
      expect(h.engine.bestAsk(1)).toBe(100);
      expect(h.engine.bestAsk(0)).toBe(-1);
      expect(h.levels(SELL, 1)).toEqual([[100, 5, 1]]);
    });
  });
});
