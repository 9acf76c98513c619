import { describe, expect, it } from 'vitest';
import { TimeInForce } from '../../engine/enums.js';
import type { EngineLimits } from '../../engine/instrumentSpec.js';
import { ENGINES } from './support/engines.js';
import { rejected } from './support/expected.js';
import { TWO_INSTRUMENTS } from './support/fixtures.js';
import { BUY, Harness, SELL } from './support/harness.js';

const limits = (maxOrders: number, maxLevels: number): EngineLimits => ({ maxOrders, maxLevels, maxAccounts: 10 });
const full = (events: unknown[]) => expect(events[0]).toMatchObject({ type: 'REJECTED', reason: 'ORDER_BOOK_FULL' });
const accepts = (events: unknown[]) => expect(events[0]).toMatchObject({ type: 'ACCEPTED' });

describe.each(ENGINES)('%s engine: capacity (maxOrders, maxLevels)', (_name, factory) => {
  it('maxOrders: a GTC LIMIT is refused once that many orders rest, over all instruments', () => {
    const h = new Harness(factory, TWO_INSTRUMENTS, limits(3, 100));
    h.limit(1, BUY, 100, 1);
    h.limit(1, BUY, 100, 1);
    h.limit(1, SELL, 200, 1, { instrument: 1 });
    expect(h.limit(2, BUY, 99, 5)).toEqual([rejected({
      orderId: 4, account: 2, side: BUY, price: 99, qty: 5, reason: 'ORDER_BOOK_FULL', command: 'NEW_ORDER',
    })]);
    expect(h.engine.restingOrderCount()).toBe(3);
    h.cancel(1, 1);
    accepts(h.limit(2, BUY, 99, 5));
    full(h.limit(2, BUY, 99, 5));
  });

  it('the GTC check comes before matching: even an order that would fill at once is refused', () => {
    const h = new Harness(factory, TWO_INSTRUMENTS, limits(2, 100));
    h.limit(1, BUY, 100, 1);
    h.limit(1, SELL, 101, 1);
    full(h.limit(2, BUY, 101, 1));
  });

  it('IOC, FOK and MARKET orders never rest, so a full book does not refuse them', () => {
    const h = new Harness(factory, TWO_INSTRUMENTS, limits(2, 2));
    h.limit(1, SELL, 101, 5);
    h.limit(1, SELL, 102, 5);
    accepts(h.limit(2, BUY, 101, 1, { tif: TimeInForce.IOC }));
    accepts(h.limit(2, BUY, 101, 1, { tif: TimeInForce.FOK }));
    accepts(h.market(2, BUY, 1));
    accepts(h.market(2, BUY, 1, { tif: TimeInForce.FOK }));
  });

  it('maxLevels: with that many levels in use (all books) a GTC LIMIT needing a new level is refused; joining an existing level is not', () => {
    const h = new Harness(factory, TWO_INSTRUMENTS, limits(100, 2));
    h.limit(1, BUY, 100, 1);
    h.limit(1, SELL, 100, 1, { instrument: 1 });
    full(h.limit(2, BUY, 99, 1));
    accepts(h.limit(2, BUY, 100, 1));
    full(h.limit(2, SELL, 105, 1));
    // A crossing order that would fill completely is still refused when it could not rest:
    // the rule is "could it rest if it had to", judged before matching.
    full(h.limit(2, SELL, 99, 1));
    h.cancel(1, 2, 1);
    accepts(h.limit(2, BUY, 99, 1));
    full(h.limit(2, SELL, 105, 1));
  });

  it('maxPricePages: a level in a price page no side holds needs a free page (1024 ticks a page, per book side)', () => {
    const h = new Harness(factory, TWO_INSTRUMENTS, { maxOrders: 100, maxLevels: 100, maxAccounts: 10, maxPricePages: 2 });
    accepts(h.limit(1, BUY, 100, 1)); // bids page 0
    accepts(h.limit(1, BUY, 1023, 1)); // same page
    accepts(h.limit(1, SELL, 1100, 1)); // asks page 1: second page
    full(h.limit(1, BUY, 1024, 1)); // bids page 1 would be a third page
    full(h.limit(1, SELL, 2048, 1, { instrument: 1 }));
    accepts(h.limit(1, SELL, 2047, 1)); // asks page 1 is held
    expect(h.replace(1, 1, 5000, 1)[0]).toMatchObject({ type: 'REJECTED', reason: 'ORDER_BOOK_FULL' });
    h.cancel(1, 3); // asks at 1100; 2047 still holds asks page 1
    full(h.limit(1, BUY, 1024, 1));
    h.cancel(1, 6); // asks page 1 is free again
    accepts(h.limit(1, BUY, 1024, 1));
  });

  it('earlier checks win over ORDER_BOOK_FULL (PostOnly, price band, qty)', () => {
    const h = new Harness(factory, TWO_INSTRUMENTS, limits(2, 100));
    h.limit(1, BUY, 100, 1);
    h.limit(1, SELL, 101, 1);
    expect(h.limit(2, BUY, 101, 1, { postOnly: true })[0]).toMatchObject({ reason: 'POST_ONLY_WOULD_TAKE' });
    expect(h.limit(2, BUY, 101, 0)[0]).toMatchObject({ reason: 'QTY_OUT_OF_RANGE' });
    full(h.limit(2, BUY, 100, 1, { postOnly: true }));
  });

  describe('REPLACE', () => {
    /** maxLevels 2, both in use: bids at 100 (id 1, id 2) and an ask at 105 (id 3). */
    function levelsFull(): Harness {
      const h = new Harness(factory, TWO_INSTRUMENTS, limits(100, 2));
      h.limit(1, BUY, 100, 5);
      h.limit(2, BUY, 100, 5);
      h.limit(3, SELL, 105, 5);
      return h;
    }

    it('to a price with no level is refused while all levels are in use', () => {
      const h = levelsFull();
      expect(h.replace(1, 1, 101, 5)).toEqual([rejected({
        orderId: 1, account: 1, price: 101, qty: 5, reason: 'ORDER_BOOK_FULL', command: 'REPLACE',
      })]);
      expect(h.levels(BUY)).toEqual([[100, 10, 2]]);
    });

    it('even when the order is alone at its level (the check does not count the level it frees)', () => {
      const h = levelsFull();
      full(h.replace(3, 3, 106, 5));
    });

    it('at the same price is allowed (priority lost on a qty increase)', () => {
      const h = levelsFull();
      expect(h.replace(1, 1, 100, 9)[0]).toMatchObject({ type: 'REPLACED', priorityKept: false });
      expect(h.limit(4, SELL, 100, 2, { tif: TimeInForce.IOC })[1]).toMatchObject({ type: 'TRADE', makerOrderId: 2 });
      expect(h.levels(BUY)).toEqual([[100, 12, 2]]);
    });

    it('to a price where the order\'s side already has a level is allowed', () => {
      const h = new Harness(factory, TWO_INSTRUMENTS, limits(100, 2));
      h.limit(1, BUY, 100, 5);
      h.limit(2, BUY, 99, 5);
      expect(h.replace(1, 1, 99, 5).map((e) => [e.type, e.price, e.qty])).toEqual([
        ['REPLACED', 99, 5], ['BOOK_LEVEL', 100, 0], ['BOOK_LEVEL', 99, 10],
      ]);
      expect(h.levels(BUY)).toEqual([[99, 10, 2]]);
    });

    it('a replace that would cross is refused too (only the order\'s own side counts as a level there)', () => {
      const h = new Harness(factory, TWO_INSTRUMENTS, limits(100, 2));
      h.limit(1, BUY, 100, 5);
      h.limit(2, SELL, 101, 5);
      full(h.replace(1, 1, 101, 5));
      expect(h.levels(SELL)).toEqual([[101, 5, 1]]);
    });

    it('replaced below the filled qty at a new price while levels are full: the check comes first', () => {
      const h = new Harness(factory, TWO_INSTRUMENTS, limits(100, 2));
      h.limit(1, BUY, 100, 5);
      h.limit(2, SELL, 101, 5);
      h.limit(3, SELL, 100, 2, { tif: TimeInForce.IOC });
      full(h.replace(1, 1, 99, 1));
      expect(h.replace(1, 1, 100, 1)[0]).toMatchObject({ type: 'REPLACED', leaves: 0 });
    });
  });
});
