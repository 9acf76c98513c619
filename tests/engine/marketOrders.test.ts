import { describe, expect, it } from 'vitest';
import { OrdType, TimeInForce } from '../../engine/enums.js';
import { ENGINES } from './support/engines.js';
import { accepted, canceled, level, rejected, trade } from './support/expected.js';
import { instrument } from './support/fixtures.js';
import { BUY, Harness, SELL } from './support/harness.js';

const { FOK } = TimeInForce;

describe.each(ENGINES)('%s engine: MARKET orders', (_name, factory) => {
  it('IOC sweeps every level, reports PRICE 0, and cancels what is left', () => {
    const h = new Harness(factory);
    h.limit(1, SELL, 100, 2);
    h.limit(1, SELL, 5000, 3);
    expect(h.market(2, BUY, 9)).toEqual([
      accepted({ orderId: 3, account: 2, side: 'BUY', price: 0, qty: 9, ordType: 'MARKET', tif: 'IOC' }),
      trade({ tradeId: 1, price: 100, qty: 2, orderId: 3, account: 2, side: 'BUY', leaves: 7,
        makerOrderId: 1, makerAccount: 1, makerLeaves: 0 }),
      level('SELL', 100, 0, 0),
      trade({ tradeId: 2, price: 5000, qty: 3, orderId: 3, account: 2, side: 'BUY', leaves: 4,
        makerOrderId: 2, makerAccount: 1, makerLeaves: 0 }),
      level('SELL', 5000, 0, 0),
      canceled({ orderId: 3, account: 2, side: 'BUY', price: 0, qty: 4, reason: 'IOC_REMAINDER' }),
    ]);
    expect(h.engine.restingOrderCount()).toBe(0);
  });

  it('a sell reaches bids down to price 1', () => {
    const h = new Harness(factory);
    h.limit(1, BUY, 1, 2);
    expect(h.market(2, SELL, 2)).toEqual([
      accepted({ orderId: 2, account: 2, side: 'SELL', price: 0, qty: 2, ordType: 'MARKET', tif: 'IOC' }),
      trade({ tradeId: 1, price: 1, qty: 2, orderId: 2, account: 2, side: 'SELL', leaves: 0,
        makerOrderId: 1, makerAccount: 1, makerLeaves: 0 }),
      level('BUY', 1, 0, 0),
    ]);
  });

  it('the command price of a MARKET order is ignored when accepted', () => {
    const h = new Harness(factory);
    h.limit(1, SELL, 100, 2);
    const events = h.send((c) => c.newOrder(2, 0, BUY, OrdType.MARKET, TimeInForce.IOC, 50, 2));
    expect(events[0]).toEqual(accepted({ orderId: 2, account: 2, side: 'BUY', price: 0, qty: 2,
      ordType: 'MARKET', tif: 'IOC' }));
    expect(events[1]).toMatchObject({ type: 'TRADE', price: 100, qty: 2 });
  });

  it('FOK fills completely when the book holds enough', () => {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 2);
    h.limit(3, BUY, 90, 2);
    expect(h.market(2, SELL, 3, { tif: FOK })).toEqual([
      accepted({ orderId: 3, account: 2, side: 'SELL', price: 0, qty: 3, ordType: 'MARKET', tif: 'FOK' }),
      trade({ tradeId: 1, price: 100, qty: 2, orderId: 3, account: 2, side: 'SELL', leaves: 1,
        makerOrderId: 1, makerAccount: 1, makerLeaves: 0 }),
      level('BUY', 100, 0, 0),
      trade({ tradeId: 2, price: 90, qty: 1, orderId: 3, account: 2, side: 'SELL', leaves: 0,
        makerOrderId: 2, makerAccount: 3, makerLeaves: 1 }),
      level('BUY', 90, 1, 1),
    ]);
  });

  it('FOK is rejected when the whole side holds less', () => {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 2);
    expect(h.market(2, SELL, 3, { tif: FOK })).toEqual([
      rejected({ orderId: 2, account: 2, side: SELL, qty: 3, reason: 'FOK_NOT_FILLABLE', command: 'NEW_ORDER' }),
    ]);
    expect(h.levels(BUY)).toEqual([[100, 2, 1]]);
  });

  it('NO_LIQUIDITY when the opposite side is empty (same side orders do not count)', () => {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 2);
    expect(h.market(2, BUY, 3)).toEqual([
      rejected({ orderId: 2, account: 2, side: BUY, qty: 3, reason: 'NO_LIQUIDITY', command: 'NEW_ORDER' }),
    ]);
    expect(h.market(2, SELL, 3, { tif: FOK, instrument: 1 })).toEqual([
      rejected({ orderId: 3, account: 2, side: SELL, qty: 3, reason: 'NO_LIQUIDITY', command: 'NEW_ORDER',
        instrument: 1 }),
    ]);
  });

  describe('with a price band: the limit is the band edge', () => {
    // Band 10% around reference 1000 (900 .. 1100) until the first trade.
    const banded = [instrument(0, { priceBandBps: 1000, referencePriceTicks: 1000, maxPriceTicks: 5000 })];

    it('a buy does not reach asks above the band top (NO_LIQUIDITY, then a partial fill)', () => {
      const h = new Harness(factory, banded);
      h.limit(1, SELL, 1100, 2);
      h.limit(1, SELL, 950, 1);
      h.limit(3, BUY, 950, 1, { tif: TimeInForce.IOC });
      // Last trade 950: band 855 .. 1045, so the ask at 1100 is out of reach.
      expect(h.market(2, BUY, 5)).toEqual([
        rejected({ orderId: 4, account: 2, side: BUY, qty: 5, reason: 'NO_LIQUIDITY', command: 'NEW_ORDER' }),
      ]);
      h.limit(1, SELL, 1000, 2);
      expect(h.market(2, BUY, 5)).toEqual([
        accepted({ orderId: 6, account: 2, side: 'BUY', price: 0, qty: 5, ordType: 'MARKET', tif: 'IOC' }),
        trade({ tradeId: 2, price: 1000, qty: 2, orderId: 6, account: 2, side: 'BUY', leaves: 3,
          makerOrderId: 5, makerAccount: 1, makerLeaves: 0 }),
        level('SELL', 1000, 0, 0),
        canceled({ orderId: 6, account: 2, side: 'BUY', price: 0, qty: 3, reason: 'IOC_REMAINDER' }),
      ]);
      expect(h.levels(SELL)).toEqual([[1100, 2, 1]]);
    });

    it('a sell does not reach bids below the band bottom (NO_LIQUIDITY, then a partial fill)', () => {
      const h = new Harness(factory, banded);
      h.limit(1, BUY, 900, 2);
      h.limit(1, SELL, 1050, 1);
      h.limit(3, BUY, 1050, 1, { tif: TimeInForce.IOC });
      // Last trade 1050: band 945 .. 1155, so the bid at 900 is out of reach.
      expect(h.market(2, SELL, 5, { tif: FOK })).toEqual([
        rejected({ orderId: 4, account: 2, side: SELL, qty: 5, reason: 'NO_LIQUIDITY', command: 'NEW_ORDER' }),
      ]);
      h.limit(1, BUY, 950, 2);
      expect(h.market(2, SELL, 5)).toEqual([
        accepted({ orderId: 6, account: 2, side: 'SELL', price: 0, qty: 5, ordType: 'MARKET', tif: 'IOC' }),
        trade({ tradeId: 2, price: 950, qty: 2, orderId: 6, account: 2, side: 'SELL', leaves: 3,
          makerOrderId: 5, makerAccount: 1, makerLeaves: 0 }),
        level('BUY', 950, 0, 0),
        canceled({ orderId: 6, account: 2, side: 'SELL', price: 0, qty: 3, reason: 'IOC_REMAINDER' }),
      ]);
      expect(h.levels(BUY)).toEqual([[900, 2, 1]]);
    });

    it('a FOK counts only the liquidity inside the band', () => {
      const h = new Harness(factory, banded);
      h.limit(1, SELL, 1100, 5);
      h.limit(1, SELL, 950, 1);
      h.limit(3, BUY, 950, 1, { tif: TimeInForce.IOC });
      h.limit(1, SELL, 1040, 2);
      expect(h.market(2, BUY, 3, { tif: FOK })).toEqual([
        rejected({ orderId: 5, account: 2, side: BUY, qty: 3, reason: 'FOK_NOT_FILLABLE', command: 'NEW_ORDER' }),
      ]);
    });
  });
});
