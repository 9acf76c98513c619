import { describe, expect, it } from 'vitest';
import { ALL_INSTRUMENTS, CommandType } from '../../engine/enums.js';
import { Command } from '../../engine/command.js';
import {
  BTC, admin, btcUsdHarness, buy, cancel, marketBuy, marketSell, movesOf, ofType, plainHarness, rejectReasonOf,
  acceptedId, sell, typesOf,
} from './support/coreHarness.js';

// Plain specs: quote asset 0, base asset 1 (instrument 0) and 2 (instrument 1);
// one tick x one lot = 1 quote unit, one lot = 1 base unit; accounts 0..2,
// fee account 3. FEES: taker 20 bps, maker 10 bps, so a buy holds its
// notional plus floor(notional x 20 / 10,000).
const FEES = { takerFeeBps: 20, makerFeeBps: 10 };
const Q = 0;
const B = 1;
const FUNDS = 1_000_000;

describe('holds placed at ACCEPTED', () => {
  it('a limit buy holds ceil(price x qty) plus the fee at the larger of taker and maker bps', () => {
    const h = plainHarness([FEES]);
    const ev = h.apply(buy(0, 1001, 7));
    // notional 7 x 1001 = 7007; fee floor(7007 x 20 / 10,000) = floor(14.014) = 14.
    expect(typesOf(ev)).toEqual(['ACCEPTED', 'BOOK_LEVEL', 'POSTING']);
    expect(movesOf(ev, h.feeAccount)).toEqual([['HOLD', Q, '0.avail', '0.held', 7021]]);
    expect(ofType(ev, 'POSTING')[0]).toMatchObject({ ref: acceptedId(ev) });
    expect(h.balance(0, Q)).toEqual([FUNDS - 7021, 7021]);
    expect(h.balance(0, B)).toEqual([FUNDS, 0]);
  });

  it('uses the maker bps when it is the larger', () => {
    const h = plainHarness([{ takerFeeBps: 10, makerFeeBps: 30 }]);
    // 10,000 + floor(10,000 x 30 / 10,000) = 10,030.
    expect(movesOf(h.apply(buy(0, 1000, 10)), h.feeAccount)).toEqual([['HOLD', Q, '0.avail', '0.held', 10_030]]);
  });

  it('a sell holds qty x baseMinorPerLot of the base asset', () => {
    const h = plainHarness([FEES]);
    expect(movesOf(h.apply(sell(0, 1000, 7)), h.feeAccount)).toEqual([['HOLD', B, '0.avail', '0.held', 7]]);
    expect(h.balance(0, B)).toEqual([FUNDS - 7, 7]);
    expect(h.balance(0, Q)).toEqual([FUNDS, 0]);
  });

  it('a BTC-USD sell of 0.0007 BTC holds 70,000 satoshi (10,000 a lot)', () => {
    const h = btcUsdHarness();
    const ev = h.apply(sell(0, 3_000_000, 7));
    expect(movesOf(ev, h.feeAccount)).toEqual([['HOLD', BTC, '0.avail', '0.held', 70_000]]);
  });

  it('a market buy holds at the band edge: funds for one unit less are refused, then exactly enough is accepted', () => {
    // Band 10% around 1000: upper edge floor(1000 x 11,000 / 10,000) = 1100.
    const h = plainHarness([{ priceBandBps: 1000, referencePriceTicks: 1000, takerFeeBps: 10 }], 0);
    h.deposit(1, B, 5);
    h.apply(sell(1, 1000, 5));
    // hold = 1100 x 5 = 5500, plus floor(5500 x 10 / 10,000) = 5: 5505.
    h.deposit(0, Q, 5504);
    expect(rejectReasonOf(h.apply(marketBuy(0, 5)))).toBe('INSUFFICIENT_FUNDS');
    h.deposit(0, Q, 1);
    const ev = h.apply(marketBuy(0, 5));
    expect(typesOf(ev)).toEqual(['ACCEPTED', 'TRADE', 'BOOK_LEVEL', 'POSTING', 'POSTING', 'POSTING', 'POSTING', 'POSTING']);
    // Fill 5 at 1000: 5000 to the seller, taker fee floor(5000 x 10 / 10,000) = 5; the rest, 5505 - 5005 = 500, is released.
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', Q, '0.avail', '0.held', 5505],
      ['TRADE', Q, '0.held', '1.avail', 5000],
      ['TRADE', B, '1.held', '0.avail', 5],
      ['FEE', Q, '0.held', 'fees', 5],
      ['RELEASE', Q, '0.held', '0.avail', 500],
    ]);
    expect(h.balance(0, Q)).toEqual([500, 0]);
    expect(h.balance(0, B)).toEqual([5, 0]);
    expect(h.balance(h.feeAccount, Q)).toEqual([5, 0]);
  });

  it('a market buy without a band holds at maxPrice, however cheap the book', () => {
    const h = plainHarness([{}], 0); // maxPriceTicks 100,000, no fees
    h.deposit(1, B, 2);
    h.apply(sell(1, 500, 2));
    h.deposit(0, Q, 199_999);
    expect(rejectReasonOf(h.apply(marketBuy(0, 2)))).toBe('INSUFFICIENT_FUNDS');
    h.deposit(0, Q, 1);
    expect(movesOf(h.apply(marketBuy(0, 2)), h.feeAccount)).toEqual([
      ['HOLD', Q, '0.avail', '0.held', 200_000],
      ['TRADE', Q, '0.held', '1.avail', 1000],
      ['TRADE', B, '1.held', '0.avail', 2],
      ['RELEASE', Q, '0.held', '0.avail', 199_000],
    ]);
  });

  it('a market sell holds its quantity of base only', () => {
    const h = plainHarness([FEES]);
    h.apply(buy(1, 900, 2));
    // 2 x 900 = 1800 to the seller, taker fee floor(1800 x 20 / 10,000) = 3 from the proceeds,
    // maker fee floor(1800 x 10 / 10,000) = 1 from the buyer's hold of 1800 + 3, whose rest (2) is
    // released as it fills; then the market sell's unfilled lot is released.
    expect(movesOf(h.apply(marketSell(0, 3)), h.feeAccount)).toEqual([
      ['HOLD', B, '0.avail', '0.held', 3],
      ['TRADE', Q, '1.held', '0.avail', 1800],
      ['TRADE', B, '0.held', '1.avail', 2],
      ['FEE', Q, '0.avail', 'fees', 3],
      ['FEE', Q, '1.held', 'fees', 1],
      ['RELEASE', Q, '1.held', '1.avail', 2],
      ['RELEASE', B, '0.held', '0.avail', 1],
    ]);
  });

  it('an order rejected by the engine holds nothing', () => {
    const h = plainHarness([FEES]);
    h.apply(sell(1, 1000, 1));
    const ev = h.apply(buy(0, 1000, 1, { postOnly: true }));
    expect(rejectReasonOf(ev)).toBe('POST_ONLY_WOULD_TAKE');
    expect(ofType(ev, 'POSTING')).toEqual([]);
    expect(h.balance(0, Q)).toEqual([FUNDS, 0]);
  });
});

describe('holds released when the order leaves the book', () => {
  it('user cancel releases the whole hold', () => {
    const h = plainHarness([FEES]);
    const id = acceptedId(h.apply(buy(0, 1001, 7)));
    const ev = h.apply(cancel(0, id));
    expect(ofType(ev, 'CANCELED')[0]).toMatchObject({ orderId: id, qty: 7, reason: 'USER' });
    expect(movesOf(ev, h.feeAccount)).toEqual([['RELEASE', Q, '0.held', '0.avail', 7021]]);
    expect(ofType(ev, 'POSTING')[0]).toMatchObject({ ref: id });
    expect(h.balance(0, Q)).toEqual([FUNDS, 0]);
    expect(h.core.openCount[0]).toBe(0);
  });

  it('user cancel of a sell releases its base', () => {
    const h = plainHarness([FEES]);
    const id = acceptedId(h.apply(sell(0, 1000, 9)));
    expect(movesOf(h.apply(cancel(0, id)), h.feeAccount)).toEqual([['RELEASE', B, '0.held', '0.avail', 9]]);
    expect(h.balance(0, B)).toEqual([FUNDS, 0]);
  });

  it('an IOC remainder releases what the fills did not spend', () => {
    const h = plainHarness([FEES]);
    h.apply(sell(1, 1000, 4));
    const ev = h.apply(buy(0, 1000, 10, { tif: 'IOC' }));
    expect(typesOf(ev)).toEqual(['ACCEPTED', 'TRADE', 'BOOK_LEVEL', 'CANCELED', ...Array(6).fill('POSTING')]);
    expect(ofType(ev, 'CANCELED')[0]).toMatchObject({ qty: 6, reason: 'IOC_REMAINDER' });
    // hold 10,000 + 20; fill 4 x 1000 = 4000, taker fee 8, maker fee floor(4000 x 10 / 10,000) = 4;
    // released 10,020 - 4000 - 8 = 6012.
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', Q, '0.avail', '0.held', 10_020],
      ['TRADE', Q, '0.held', '1.avail', 4000],
      ['TRADE', B, '1.held', '0.avail', 4],
      ['FEE', Q, '0.held', 'fees', 8],
      ['FEE', Q, '1.avail', 'fees', 4],
      ['RELEASE', Q, '0.held', '0.avail', 6012],
    ]);
    expect(h.balance(0, Q)).toEqual([FUNDS - 4008, 0]);
    expect(h.balance(1, Q)).toEqual([FUNDS + 3996, 0]);
    expect(h.balance(h.feeAccount, Q)).toEqual([12, 0]);
  });

  it('a FOK that cannot fill is rejected and never holds', () => {
    const h = plainHarness([FEES]);
    h.apply(sell(1, 1000, 4));
    const ev = h.apply(buy(0, 1000, 10, { tif: 'FOK' }));
    expect(rejectReasonOf(ev)).toBe('FOK_NOT_FILLABLE');
    expect(typesOf(ev)).toEqual(['REJECTED']);
    expect(h.balance(0, Q)).toEqual([FUNDS, 0]);
    expect(h.balance(1, B)).toEqual([FUNDS - 4, 4]);
  });

  it('STP cancel newest releases the incoming order, the resting one keeps its hold', () => {
    const h = plainHarness([FEES]);
    h.apply(sell(0, 1000, 5));
    const ev = h.apply(buy(0, 1000, 5, { stp: 'CANCEL_NEWEST' }));
    const id = acceptedId(ev);
    expect(ofType(ev, 'CANCELED')).toMatchObject([{ orderId: id, reason: 'STP', qty: 5 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', Q, '0.avail', '0.held', 5010],
      ['RELEASE', Q, '0.held', '0.avail', 5010],
    ]);
    expect(h.balance(0, Q)).toEqual([FUNDS, 0]);
    expect(h.balance(0, B)).toEqual([FUNDS - 5, 5]);
  });

  it('STP cancel oldest releases the resting order and the taker trades on', () => {
    const h = plainHarness([FEES]);
    const own = acceptedId(h.apply(sell(0, 1000, 3)));
    h.apply(sell(1, 1000, 3));
    const ev = h.apply(buy(0, 1000, 3, { stp: 'CANCEL_OLDEST' }));
    expect(ofType(ev, 'CANCELED')).toMatchObject([{ orderId: own, reason: 'STP', qty: 3 }]);
    // hold 3000 + floor(3000 x 20 / 10,000) = 3006, all spent: 3000 + taker fee 6; maker fee 3.
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', Q, '0.avail', '0.held', 3006],
      ['RELEASE', B, '0.held', '0.avail', 3],
      ['TRADE', Q, '0.held', '1.avail', 3000],
      ['TRADE', B, '1.held', '0.avail', 3],
      ['FEE', Q, '0.held', 'fees', 6],
      ['FEE', Q, '1.avail', 'fees', 3],
    ]);
    expect(h.balance(0, Q)).toEqual([FUNDS - 3006, 0]);
    expect(h.balance(0, B)).toEqual([FUNDS + 3, 0]);
  });

  it('STP cancel both releases both orders', () => {
    const h = plainHarness([FEES]);
    h.apply(sell(0, 1000, 3));
    const ev = h.apply(buy(0, 1000, 5, { stp: 'CANCEL_BOTH' }));
    expect(ofType(ev, 'CANCELED').map((c) => [c.reason, c.qty])).toEqual([['STP', 3], ['STP', 5]]);
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', Q, '0.avail', '0.held', 5010],
      ['RELEASE', B, '0.held', '0.avail', 3],
      ['RELEASE', Q, '0.held', '0.avail', 5010],
    ]);
    expect([h.balance(0, Q), h.balance(0, B)]).toEqual([[FUNDS, 0], [FUNDS, 0]]);
    expect(h.core.openCount[0]).toBe(0);
  });

  it('mass cancel releases the account\'s orders on one instrument, then on all', () => {
    const h = plainHarness([{}, {}]);
    h.apply(buy(0, 100, 2));
    h.apply(sell(0, 200, 3));
    h.apply(buy(0, 50, 4, { instrument: 1 }));
    h.apply(sell(0, 300, 5, { instrument: 1 }));
    h.apply(buy(1, 100, 1));
    let ev = h.apply(new Command().massCancel(0, 0));
    expect(ofType(ev, 'MASS_CANCEL_DONE')).toMatchObject([{ account: 0, count: 2 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['RELEASE', Q, '0.held', '0.avail', 200],
      ['RELEASE', 1, '0.held', '0.avail', 3],
    ]);
    expect([h.held(0, Q), h.held(0, 1), h.held(0, 2)]).toEqual([200, 0, 5]);
    ev = h.apply(new Command().massCancel(0, ALL_INSTRUMENTS));
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['RELEASE', Q, '0.held', '0.avail', 200],
      ['RELEASE', 2, '0.held', '0.avail', 5],
    ]);
    expect([h.held(0, Q), h.held(0, 1), h.held(0, 2), h.held(1, Q)]).toEqual([0, 0, 0, 100]);
  });

  it('a GTD order expiring on TICK releases its hold, not a microsecond early', () => {
    const h = plainHarness([FEES]);
    const expireAt = h.nowUs + 1000;
    const id = acceptedId(h.apply(buy(0, 1000, 10, { tif: 'GTD', expireTimeUs: expireAt })));
    expect(h.applyAt(expireAt - 1, new Command().tick())).toEqual([]);
    expect(h.held(0, Q)).toBe(10_020);
    const ev = h.applyAt(expireAt, new Command().tick());
    expect(typesOf(ev)).toEqual(['EXPIRED', 'BOOK_LEVEL', 'POSTING']);
    expect(ofType(ev, 'EXPIRED')[0]).toMatchObject({ orderId: id, qty: 10 });
    expect(movesOf(ev, h.feeAccount)).toEqual([['RELEASE', Q, '0.held', '0.avail', 10_020]]);
    expect(h.balance(0, Q)).toEqual([FUNDS, 0]);
  });

  it('a partly filled GTD order releases only what is left when it expires under another account\'s command', () => {
    const h = plainHarness([FEES]);
    const expireAt = h.nowUs + 1000;
    h.apply(sell(0, 1000, 10, { tif: 'GTD', expireTimeUs: expireAt }));
    h.apply(buy(1, 1000, 4, { tif: 'IOC' }));
    const ev = h.applyAt(expireAt + 5, admin(CommandType.BALANCE_QUERY, 2));
    expect(typesOf(ev)).toEqual(['EXPIRED', 'BOOK_LEVEL', 'POSTING', 'BALANCE', 'BALANCE']);
    expect(movesOf(ev, h.feeAccount)).toEqual([['RELEASE', B, '0.held', '0.avail', 6]]);
    expect(h.balance(0, B)).toEqual([FUNDS - 4, 0]);
  });

  it('a taker buy filled at better prices releases the unspent rest when filled', () => {
    const h = plainHarness([FEES]);
    h.apply(sell(1, 1000, 4));
    h.apply(sell(1, 1100, 6));
    const ev = h.apply(buy(0, 1200, 10));
    // hold 12,000 + floor(12,000 x 20 / 10,000) = 12,024.
    // fill 4 @ 1000: 4000, taker fee 8, maker fee 4; fill 6 @ 1100: 6600, taker fee floor(13.2) = 13, maker floor(6.6) = 6.
    // spent 4000 + 8 + 6600 + 13 = 10,621; released 12,024 - 10,621 = 1403.
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', Q, '0.avail', '0.held', 12_024],
      ['TRADE', Q, '0.held', '1.avail', 4000],
      ['TRADE', B, '1.held', '0.avail', 4],
      ['FEE', Q, '0.held', 'fees', 8],
      ['FEE', Q, '1.avail', 'fees', 4],
      ['TRADE', Q, '0.held', '1.avail', 6600],
      ['TRADE', B, '1.held', '0.avail', 6],
      ['FEE', Q, '0.held', 'fees', 13],
      ['FEE', Q, '1.avail', 'fees', 6],
      ['RELEASE', Q, '0.held', '0.avail', 1403],
    ]);
    expect(h.balance(0, Q)).toEqual([FUNDS - 10_621, 0]);
    expect(h.balance(h.feeAccount, Q)).toEqual([31, 0]);
  });

  it('a buy that rests after filling at a better price keeps the rest held until it leaves the book', () => {
    const h = plainHarness([FEES]);
    h.apply(sell(1, 1000, 4));
    const id = acceptedId(h.apply(buy(0, 1200, 10)));
    // 12,024 held, 4000 + 8 spent: 8016 left; the 6 lots left can cost at most 7200 + 14 = 7214.
    expect(h.held(0, Q)).toBe(8016);
    expect(h.core.holdNeeded(h.core.openIds.get(id))).toBe(7214);
    expect(movesOf(h.apply(cancel(0, id)), h.feeAccount)).toEqual([['RELEASE', Q, '0.held', '0.avail', 8016]]);
    expect(h.balance(0, Q)).toEqual([FUNDS - 4008, 0]);
  });

  it('a maker fully filled releases its rounding rest and closes', () => {
    const h = plainHarness([FEES]);
    const id = acceptedId(h.apply(buy(0, 1001, 7)));
    // The maker pays the maker fee: floor(7007 x 10 / 10,000) = 7, not the 14 it held for.
    const ev = h.apply(sell(1, 1001, 7));
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', B, '1.avail', '1.held', 7],
      ['TRADE', Q, '0.held', '1.avail', 7007],
      ['TRADE', B, '1.held', '0.avail', 7],
      ['FEE', Q, '1.avail', 'fees', 14],
      ['FEE', Q, '0.held', 'fees', 7],
      ['RELEASE', Q, '0.held', '0.avail', 7],
    ]);
    expect(ofType(ev, 'POSTING').at(-1)).toMatchObject({ ref: id });
    expect(h.balance(0, Q)).toEqual([FUNDS - 7014, 0]);
    expect(h.core.openIds.get(id)).toBe(0);
  });
});
