import { describe, expect, it } from 'vitest';
import {
  ALICE, BOB, USD, acceptedId, btcUsdHarness, buy, movesOf, ofType, plainHarness, rejectReasonOf, replace, sell,
  typesOf,
} from './support/coreHarness.js';

// Plain spec without fees: a buy holds price x qty quote units, a sell qty base units.
const Q = 0;
const B = 1;
const FUNDS = 1_000_000;

describe('replace: the hold follows the new price and quantity', () => {
  it('a quantity increase holds the difference', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 10)));
    const ev = h.apply(replace(0, id, 1000, 15));
    expect(ofType(ev, 'REPLACED')).toMatchObject([{ orderId: id, price: 1000, qty: 15, leaves: 15, priorityKept: false }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([['HOLD', Q, '0.avail', '0.held', 5000]]);
    expect(ofType(ev, 'POSTING')[0]).toMatchObject({ ref: id });
    expect(h.balance(0, Q)).toEqual([FUNDS - 15_000, 15_000]);
  });

  it('a price increase holds the difference', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 10)));
    expect(movesOf(h.apply(replace(0, id, 1100, 10)), h.feeAccount)).toEqual([['HOLD', Q, '0.avail', '0.held', 1000]]);
    expect(h.held(0, Q)).toBe(11_000);
  });

  it('a decrease releases the difference', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 10)));
    // 10 x 1000 -> 6 x 900: 10,000 - 5400 = 4600 released.
    expect(movesOf(h.apply(replace(0, id, 900, 6)), h.feeAccount)).toEqual([['RELEASE', Q, '0.held', '0.avail', 4600]]);
    expect(h.balance(0, Q)).toEqual([FUNDS - 5400, 5400]);
  });

  it('a lower quantity at the same price keeps priority and releases', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 10)));
    const ev = h.apply(replace(0, id, 1000, 7));
    expect(ofType(ev, 'REPLACED')).toMatchObject([{ priorityKept: true, leaves: 7 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([['RELEASE', Q, '0.held', '0.avail', 3000]]);
  });

  it('a sell holds or releases base for its new quantity; its price does not matter', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(sell(0, 1000, 10)));
    expect(movesOf(h.apply(replace(0, id, 1000, 12)), h.feeAccount)).toEqual([['HOLD', B, '0.avail', '0.held', 2]]);
    expect(movesOf(h.apply(replace(0, id, 5000, 12)), h.feeAccount)).toEqual([]);
    expect(movesOf(h.apply(replace(0, id, 5000, 4)), h.feeAccount)).toEqual([['RELEASE', B, '0.held', '0.avail', 8]]);
    expect(h.balance(0, B)).toEqual([FUNDS - 4, 4]);
  });

  it('a replace that crosses holds for the new price, then trades and rests the rest', () => {
    const h = plainHarness();
    h.apply(sell(1, 1000, 5));
    const id = acceptedId(h.apply(buy(0, 900, 10)));
    const ev = h.apply(replace(0, id, 1000, 10));
    expect(typesOf(ev).filter((t) => t !== 'POSTING' && t !== 'BOOK_LEVEL')).toEqual(['REPLACED', 'TRADE']);
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', Q, '0.avail', '0.held', 1000],
      ['TRADE', Q, '0.held', '1.avail', 5000],
      ['TRADE', B, '1.held', '0.avail', 5],
    ]);
    expect(h.balance(0, Q)).toEqual([FUNDS - 10_000, 5000]);
    expect(h.statusById(0, id)).toMatchObject({ orderQty: 10, leaves: 5, cumQty: 5, cumNotional: 5000, ordStatus: 1 });
  });

  it('a replace that crosses the account\'s own order is cancelled by STP and releases everything', () => {
    const h = plainHarness();
    h.apply(sell(0, 1000, 5));
    const id = acceptedId(h.apply(buy(0, 900, 10, { stp: 'CANCEL_NEWEST' })));
    const ev = h.apply(replace(0, id, 1000, 10));
    expect(ofType(ev, 'CANCELED')).toMatchObject([{ orderId: id, reason: 'STP', qty: 10 }]);
    // The replace holds 10 x 1000 - 9000 = 1000 more, then the cancel releases all 10,000.
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', Q, '0.avail', '0.held', 1000],
      ['RELEASE', Q, '0.held', '0.avail', 10_000],
    ]);
    expect(h.balance(0, Q)).toEqual([FUNDS, 0]);
    expect(h.balance(0, B)).toEqual([FUNDS - 5, 5]);
  });

  it('of a partly filled order counts its fills: only the new leaves are held', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 10)));
    h.apply(sell(1, 1000, 4, { tif: 'IOC' }));
    expect(h.held(0, Q)).toBe(6000);
    const ev = h.apply(replace(0, id, 1100, 8));
    // cum 4, new leaves 8 - 4 = 4 at 1100: 4400 needed, 6000 held: 1600 released.
    expect(ofType(ev, 'REPLACED')).toMatchObject([{ qty: 8, leaves: 4, price: 1100, oldPrice: 1000 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([['RELEASE', Q, '0.held', '0.avail', 1600]]);
    expect(h.held(0, Q)).toBe(4400);
  });

  it.each([3, 4])('to quantity %i, at or below the 4 filled, ends the order as FILLED and releases the rest', (qty) => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 10, { clOrdId: 'R-below' })));
    h.apply(sell(1, 1000, 4, { tif: 'IOC' }));
    const ev = h.apply(replace(0, id, 1000, qty));
    expect(ofType(ev, 'REPLACED')).toMatchObject([{ orderId: id, leaves: 0, qty }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([['RELEASE', Q, '0.held', '0.avail', 6000]]);
    expect(h.balance(0, Q)).toEqual([FUNDS - 4000, 0]);
    expect(h.core.openCount[0]).toBe(0);
    expect(h.core.exposure[1]).toBe(0); // open buy lots of account 0 on instrument 0
    expect(h.statusByClOrdId(0, 'R-below')).toMatchObject({
      type: 'ORDER_STATUS', orderId: id, ordStatus: 2, orderQty: 4, cumQty: 4, leaves: 0, cumNotional: 4000,
    });
  });
});

describe('replace refused for funds', () => {
  it('leaves the order untouched: book, priority, balances, state hash', () => {
    const h = plainHarness([{}], 0);
    h.deposit(0, Q, 12_000);
    h.deposit(1, Q, 10_000);
    h.deposit(2, B, 10);
    const id = acceptedId(h.apply(buy(0, 1000, 10)));
    h.apply(buy(1, 1000, 10));
    const before = h.core.stateHash();
    // 13 x 1000 needs 3000 more; 2000 is available.
    const ev = h.apply(replace(0, id, 1000, 13));
    expect(ev).toEqual([{
      type: 'REJECTED', orderId: id, account: 0, instrument: 0, side: 0, price: 1000, qty: 13,
      reason: 'INSUFFICIENT_FUNDS', command: 'REPLACE',
    }]);
    // 10 x 1201 needs 2010 more.
    expect(rejectReasonOf(h.apply(replace(0, id, 1201, 10)))).toBe('INSUFFICIENT_FUNDS');
    expect(h.core.stateHash()).toBe(before);
    expect(h.balance(0, Q)).toEqual([2000, 10_000]);
    expect(h.statusById(0, id)).toMatchObject({ price: 1000, orderQty: 10, leaves: 10 });
    // Still first in line at 1000: a sell of 10 fills account 0's order, not account 1's.
    const fill = h.apply(sell(2, 1000, 10));
    expect(ofType(fill, 'TRADE')).toMatchObject([{ makerOrderId: id, qty: 10 }]);
  });

  it('exactly the available balance is enough', () => {
    const h = plainHarness([{}], 0);
    h.deposit(0, Q, 12_000);
    const id = acceptedId(h.apply(buy(0, 1000, 10)));
    expect(movesOf(h.apply(replace(0, id, 1200, 10)), h.feeAccount)).toEqual([['HOLD', Q, '0.avail', '0.held', 2000]]);
    expect(h.balance(0, Q)).toEqual([0, 12_000]);
  });

  it('a sell needs the extra base', () => {
    const h = plainHarness([{}], 0);
    h.deposit(0, B, 5);
    const id = acceptedId(h.apply(sell(0, 1000, 4)));
    expect(rejectReasonOf(h.apply(replace(0, id, 1000, 6)))).toBe('INSUFFICIENT_FUNDS');
    expect(h.balance(0, B)).toEqual([1, 4]);
    expect(movesOf(h.apply(replace(0, id, 1000, 5)), h.feeAccount)).toEqual([['HOLD', B, '0.avail', '0.held', 1]]);
  });

  it('a replace the engine refuses moves nothing', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 10)));
    const ev = h.apply(replace(0, id, 100_001, 10));
    expect(rejectReasonOf(ev)).toBe('PRICE_OUT_OF_RANGE');
    expect(typesOf(ev)).toEqual(['REJECTED']);
    expect(h.held(0, Q)).toBe(10_000);
  });
});

describe('replace on BTC-USD: the hold is recomputed on the cumulative notional', () => {
  it('releases exactly what the fills so far and the new leaves no longer need', () => {
    const h = btcUsdHarness();
    const cents = h.available(ALICE, USD);
    // Alice bids 0.5 BTC (5000 lots) at 30,000.01 USD (3,000,001 ticks):
    // notional 15,000,005,000 tick-lots = 1,500,000.5 cents -> ceil 1,500,001;
    // fee hold at 5 bps: floor(1,500,001 x 5 / 10,000) = floor(750.0005) = 750: 1,500,751 held.
    const id = acceptedId(h.apply(buy(ALICE, 3_000_001, 5000)));
    expect(h.held(ALICE, USD)).toBe(1_500_751);
    // Bob sells 1111 lots into it: 3,333,001,111 tick-lots -> ceil(333,300.1111) = 333,301 cents;
    // Alice (maker, 1 bps) pays floor(33.3301) = 33: 1,500,751 - 333,334 = 1,167,417 held.
    h.apply(sell(BOB, 3_000_001, 1111));
    expect(h.held(ALICE, USD)).toBe(1_167_417);
    // Replace to 30,000.00 for the same 0.5 BTC: 3889 lots left at 3,000,000 ticks.
    // cum 3,333,001,111 + 11,667,000,000 = 15,000,001,111 tick-lots -> ceil(1,500,000.1111) = 1,500,001,
    // minus the 333,301 already paid = 1,166,700; fee floor(1,166,700 x 5 / 10,000) = floor(583.35) = 583;
    // need 1,167,283, hold 1,167,417: release 134.
    const ev = h.apply(replace(ALICE, id, 3_000_000, 5000));
    expect(movesOf(ev, h.feeAccount)).toEqual([['RELEASE', USD, '0.held', '0.avail', 134]]);
    expect(h.held(ALICE, USD)).toBe(1_167_283);
    expect(h.available(ALICE, USD)).toBe(cents - 333_334 - 1_167_283);
  });
});
