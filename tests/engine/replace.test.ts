import { describe, expect, it } from 'vitest';
import { StpMode } from '../../engine/enums.js';
import { ENGINES } from './support/engines.js';
import { canceled, level, rejected, replaced, trade } from './support/expected.js';
import { instrument } from './support/fixtures.js';
import { BUY, Harness, SELL } from './support/harness.js';

describe.each(ENGINES)('%s engine: REPLACE (cancel/replace, qty = new total)', (_name, factory) => {
  /** Bids at 100: account 1 id 1 qty 10, account 2 id 2 qty 5. */
  function twoBids(): Harness {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 10);
    h.limit(2, BUY, 100, 5);
    return h;
  }

  /** Which maker a sell of qty 1 at 100 hits first. */
  function firstInLine(h: Harness): unknown {
    return h.limit(9, SELL, 100, 1)[1]!.makerOrderId;
  }

  describe('priority', () => {
    it('a quantity decrease at the same price keeps priority', () => {
      const h = twoBids();
      expect(h.replace(1, 1, 100, 6)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 6, leaves: 6, priorityKept: true, oldPrice: 100 }),
        level('BUY', 100, 11, 2),
      ]);
      expect(firstInLine(h)).toBe(1);
    });

    it('the same quantity at the same price keeps priority and changes no level', () => {
      const h = twoBids();
      expect(h.replace(1, 1, 100, 10)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 10, leaves: 10, priorityKept: true, oldPrice: 100 }),
      ]);
      expect(firstInLine(h)).toBe(1);
    });

    it('a quantity increase loses priority: the order leaves its level and rejoins at the back', () => {
      const h = twoBids();
      expect(h.replace(1, 1, 100, 11)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 11, leaves: 11, priorityKept: false, oldPrice: 100 }),
        level('BUY', 100, 5, 1),
        level('BUY', 100, 16, 2),
      ]);
      expect(firstInLine(h)).toBe(2);
    });

    it('a price change loses priority, even back to the old price', () => {
      const h = twoBids();
      expect(h.replace(1, 1, 99, 10)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 99, qty: 10, leaves: 10, priorityKept: false, oldPrice: 100 }),
        level('BUY', 100, 5, 1),
        level('BUY', 99, 10, 1),
      ]);
      expect(h.replace(1, 1, 100, 10)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 10, leaves: 10, priorityKept: false, oldPrice: 99 }),
        level('BUY', 99, 0, 0),
        level('BUY', 100, 15, 2),
      ]);
      expect(firstInLine(h)).toBe(2);
    });
  });

  describe('after partial fills (cum = qty - leaves)', () => {
    /** Bid id 1 qty 10 at 100, 4 filled (leaves 6); bid id 2 qty 5 behind it. */
    function partlyFilled(): Harness {
      const h = twoBids();
      h.limit(9, SELL, 100, 4);
      return h;
    }

    it('a new qty above cum with leaves not above the old leaves keeps priority', () => {
      const h = partlyFilled();
      expect(h.replace(1, 1, 100, 8)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 8, leaves: 4, priorityKept: true, oldPrice: 100 }),
        level('BUY', 100, 9, 2),
      ]);
      expect(firstInLine(h)).toBe(1);
    });

    it('a qty increase gives leaves = new qty - cum and loses priority', () => {
      const h = partlyFilled();
      expect(h.replace(1, 1, 100, 12)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 12, leaves: 8, priorityKept: false, oldPrice: 100 }),
        level('BUY', 100, 5, 1),
        level('BUY', 100, 13, 2),
      ]);
    });

    it('replaced to exactly the filled qty: the order is done, leaves 0, removed', () => {
      const h = partlyFilled();
      expect(h.replace(1, 1, 100, 4)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 4, leaves: 0, priorityKept: false, oldPrice: 100 }),
        level('BUY', 100, 5, 1),
      ]);
      expect(h.engine.restingOrderCount()).toBe(1);
      expect(h.cancel(1, 1)[0]).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER' });
    });

    it('replaced below the filled qty at a new price: done as well, the old level reported', () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 100, 10);
      h.limit(9, SELL, 100, 4);
      expect(h.replace(1, 1, 98, 2)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 98, qty: 2, leaves: 0, priorityKept: false, oldPrice: 100 }),
        level('BUY', 100, 0, 0),
      ]);
      expect(h.engine.restingOrderCount()).toBe(0);
    });
  });

  describe('a replace that crosses is matched as a taker', () => {
    /** Bid id 1 (account 1) 10 at 100; asks id 2 (account 2) 3 at 101, id 3 (account 3) 4 at 102. */
    function crossable(): Harness {
      const h = new Harness(factory);
      h.limit(1, BUY, 100, 10);
      h.limit(2, SELL, 101, 3);
      h.limit(3, SELL, 102, 4);
      return h;
    }

    it('trades the asks within its new price, then rests its remainder at the new price', () => {
      const h = crossable();
      expect(h.replace(1, 1, 102, 10)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 102, qty: 10, leaves: 10, priorityKept: false, oldPrice: 100 }),
        level('BUY', 100, 0, 0),
        trade({ tradeId: 1, price: 101, qty: 3, orderId: 1, account: 1, side: 'BUY', leaves: 7,
          makerOrderId: 2, makerAccount: 2, makerLeaves: 0 }),
        level('SELL', 101, 0, 0),
        trade({ tradeId: 2, price: 102, qty: 4, orderId: 1, account: 1, side: 'BUY', leaves: 3,
          makerOrderId: 3, makerAccount: 3, makerLeaves: 0 }),
        level('SELL', 102, 0, 0),
        level('BUY', 102, 3, 1),
      ]);
      expect(h.levels(BUY)).toEqual([[102, 3, 1]]);
      expect(h.levels(SELL)).toEqual([]);
    });

    it('fully filled by the replace, it does not rest', () => {
      const h = crossable();
      expect(h.replace(1, 1, 101, 3)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 101, qty: 3, leaves: 3, priorityKept: false, oldPrice: 100 }),
        level('BUY', 100, 0, 0),
        trade({ tradeId: 1, price: 101, qty: 3, orderId: 1, account: 1, side: 'BUY', leaves: 0,
          makerOrderId: 2, makerAccount: 2, makerLeaves: 0 }),
        level('SELL', 101, 0, 0),
      ]);
      expect(h.engine.restingOrderCount()).toBe(1);
    });

    it('a sell moved down through the bids trades at the bid prices', () => {
      const h = new Harness(factory);
      h.limit(1, SELL, 105, 5);
      h.limit(2, BUY, 100, 2);
      expect(h.replace(1, 1, 99, 5)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'SELL', price: 99, qty: 5, leaves: 5, priorityKept: false, oldPrice: 105 }),
        level('SELL', 105, 0, 0),
        trade({ tradeId: 1, price: 100, qty: 2, orderId: 1, account: 1, side: 'SELL', leaves: 3,
          makerOrderId: 2, makerAccount: 2, makerLeaves: 0 }),
        level('BUY', 100, 0, 0),
        level('SELL', 99, 3, 1),
      ]);
    });

    it("uses the order's own STP mode: CANCEL_NEWEST cancels the replaced order", () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 100, 10, { stp: StpMode.CANCEL_NEWEST });
      h.limit(2, SELL, 101, 3);
      h.limit(1, SELL, 102, 4);
      expect(h.replace(1, 1, 102, 10)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 102, qty: 10, leaves: 10, priorityKept: false, oldPrice: 100 }),
        level('BUY', 100, 0, 0),
        trade({ tradeId: 1, price: 101, qty: 3, orderId: 1, account: 1, side: 'BUY', leaves: 7,
          makerOrderId: 2, makerAccount: 2, makerLeaves: 0 }),
        level('SELL', 101, 0, 0),
        canceled({ orderId: 1, account: 1, side: 'BUY', price: 102, qty: 7, reason: 'STP' }),
      ]);
      expect(h.levels(SELL)).toEqual([[102, 4, 1]]);
      expect(h.engine.restingOrderCount()).toBe(1);
    });

    it('CANCEL_OLDEST: the own maker is canceled and the replaced order rests', () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 100, 10, { stp: StpMode.CANCEL_OLDEST });
      h.limit(1, SELL, 101, 3);
      expect(h.replace(1, 1, 101, 10)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 101, qty: 10, leaves: 10, priorityKept: false, oldPrice: 100 }),
        level('BUY', 100, 0, 0),
        canceled({ orderId: 2, account: 1, side: 'SELL', price: 101, qty: 3, reason: 'STP' }),
        level('SELL', 101, 0, 0),
        level('BUY', 101, 10, 1),
      ]);
    });
  });

  describe('rejects leave the order untouched', () => {
    it('UNKNOWN_ORDER: unknown id, other account, other instrument, or no longer resting', () => {
      const h = twoBids();
      h.limit(3, SELL, 105, 1, { instrument: 1 });
      h.limit(3, SELL, 200, 1);
      h.limit(4, BUY, 200, 1);
      const unknown = (orderId: number, account: number, instrument: number) => rejected({
        orderId, account, instrument, price: 101, qty: 7, reason: 'UNKNOWN_ORDER', command: 'REPLACE',
      });
      expect(h.replace(1, 99, 101, 7)).toEqual([unknown(99, 1, 0)]);
      expect(h.replace(2, 1, 101, 7)).toEqual([unknown(1, 2, 0)]);
      expect(h.replace(1, 1, 101, 7, 1)).toEqual([unknown(1, 1, 1)]);
      expect(h.replace(3, 3, 101, 7, 0)).toEqual([unknown(3, 3, 0)]);
      expect(h.replace(3, 4, 101, 7, 0)).toEqual([unknown(4, 3, 0)]);
      expect(h.replace(4, 5, 101, 7, 0)).toEqual([unknown(5, 4, 0)]);
      expect(h.levels(BUY)).toEqual([[100, 15, 2]]);
    });

    it('QTY_OUT_OF_RANGE, then PRICE_OUT_OF_RANGE, in that order', () => {
      const h = new Harness(factory, [instrument(0, { minQtyLots: 2, maxQtyLots: 50, maxPriceTicks: 1000 })]);
      h.limit(1, BUY, 100, 10);
      const reject = (price: number, qty: number, reason: string) => [rejected({
        orderId: 1, account: 1, price, qty, reason, command: 'REPLACE',
      })];
      expect(h.replace(1, 1, 100, 1)).toEqual(reject(100, 1, 'QTY_OUT_OF_RANGE'));
      expect(h.replace(1, 1, 100, 51)).toEqual(reject(100, 51, 'QTY_OUT_OF_RANGE'));
      expect(h.replace(1, 1, 0, 0)).toEqual(reject(0, 0, 'QTY_OUT_OF_RANGE'));
      expect(h.replace(1, 1, 100, 2.5)).toEqual(reject(100, 2.5, 'QTY_OUT_OF_RANGE'));
      expect(h.replace(1, 1, 0, 10)).toEqual(reject(0, 10, 'PRICE_OUT_OF_RANGE'));
      expect(h.replace(1, 1, 1001, 10)).toEqual(reject(1001, 10, 'PRICE_OUT_OF_RANGE'));
      expect(h.replace(1, 1, 100.5, 10)).toEqual(reject(100.5, 10, 'PRICE_OUT_OF_RANGE'));
      expect(h.replace(1, 1, 1000, 50)[0]).toMatchObject({ type: 'REPLACED', price: 1000, qty: 50 });
    });

    it('PRICE_BAND applies to the new price', () => {
      const h = new Harness(factory, [instrument(0, { priceBandBps: 500, referencePriceTicks: 1000 })]);
      h.limit(1, BUY, 1000, 10);
      expect(h.replace(1, 1, 949, 10)).toEqual([rejected({
        orderId: 1, account: 1, price: 949, qty: 10, reason: 'PRICE_BAND', command: 'REPLACE',
      })]);
      expect(h.replace(1, 1, 950, 10)[0]).toMatchObject({ type: 'REPLACED', price: 950 });
    });

    it('an unchanged price is not judged against the band again: a quantity decrease stays possible', () => {
      const h = new Harness(factory, [instrument(0, { priceBandBps: 500, referencePriceTicks: 1000 })]);
      h.limit(1, BUY, 960, 10);
      // Trades at 1050 move the band to 998..1102: the resting bid at 960 is now outside it.
      h.limit(2, SELL, 1050, 1);
      h.limit(3, BUY, 1050, 1);
      expect(h.limit(1, BUY, 960, 1)[0]).toMatchObject({ type: 'REJECTED', reason: 'PRICE_BAND' });
      expect(h.replace(1, 1, 960, 4)[0]).toMatchObject({ type: 'REPLACED', price: 960, qty: 4, leaves: 4, priorityKept: true });
      expect(h.replace(1, 1, 961, 4)[0]).toMatchObject({ type: 'REJECTED', reason: 'PRICE_BAND' });
    });

    it("POST_ONLY_WOULD_TAKE when a PostOnly order's new price reaches the other side", () => {
      const h = new Harness(factory);
      h.limit(1, BUY, 100, 10, { postOnly: true });
      h.limit(2, SELL, 102, 10);
      expect(h.replace(1, 1, 102, 10)).toEqual([rejected({
        orderId: 1, account: 1, price: 102, qty: 10, reason: 'POST_ONLY_WOULD_TAKE', command: 'REPLACE',
      })]);
      expect(h.replace(1, 1, 101, 12)).toEqual([
        replaced({ orderId: 1, account: 1, side: 'BUY', price: 101, qty: 12, leaves: 12, priorityKept: false, oldPrice: 100 }),
        level('BUY', 100, 0, 0),
        level('BUY', 101, 12, 1),
      ]);
      expect(h.levels(BUY)).toEqual([[101, 12, 1]]);
    });

    it('the order keeps its id, account, PostOnly flag and STP mode in the state hash', () => {
      const a = new Harness(factory);
      const b = new Harness(factory);
      a.limit(1, BUY, 100, 10, { postOnly: true, stp: StpMode.CANCEL_BOTH });
      a.replace(1, 1, 99, 8);
      b.limit(1, BUY, 99, 8, { postOnly: true, stp: StpMode.CANCEL_BOTH });
      expect(a.engine.stateHash()).toBe(b.engine.stateHash());
    });
  });
});
