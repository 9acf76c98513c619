import { describe, expect, it } from 'vitest';
import { Command } from '../../engine/command.js';
import { CommandType } from '../../engine/enums.js';
import { OrdStatus } from '../../risk/orderRecords.js';
import {
  acceptedId, admin, buy, cancel, cancelByClOrdId, movesOf, ofType, order, plainHarness, rejectReasonOf, replace,
  replaceByClOrdId, sell, typesOf, type OrderOptions,
} from './support/coreHarness.js';

const Q = 0;
const WINDOW_US = 1000;

describe('ClOrdID dedupe: a resent NewOrderSingle creates nothing', () => {
  it('with the same fields it answers ORDER_STATUS for the original, as it is now', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 10, { clOrdId: 'A' })));
    let ev = h.apply(buy(0, 1000, 10, { clOrdId: 'A' }));
    expect(ev).toEqual([{
      type: 'ORDER_STATUS', orderId: id, account: 0, instrument: 0, side: 'BUY', price: 1000, orderQty: 10,
      leaves: 10, ordStatus: OrdStatus.NEW, ordType: 'LIMIT', cumQty: 0, cumNotional: 0, tif: 'GTC',
    }]);
    h.apply(sell(1, 1000, 3, { tif: 'IOC' }));
    ev = h.apply(buy(0, 1000, 10, { clOrdId: 'A' }));
    expect(ev).toMatchObject([{
      type: 'ORDER_STATUS', orderId: id, leaves: 7, cumQty: 3, cumNotional: 3000, ordStatus: OrdStatus.PARTIALLY_FILLED,
    }]);
    expect(h.held(0, Q)).toBe(7000);
    expect(h.core.openCount[0]).toBe(1);
    // No order id was used by the resends: account 1's IOC was id 2, the next order is 3.
    expect(acceptedId(h.apply(buy(2, 1, 1)))).toBe(3);
  });

  it.each<[string, (h: ReturnType<typeof plainHarness>, id: number) => void, number]>([
    ['FILLED', (h) => h.apply(sell(1, 1000, 10)), OrdStatus.FILLED],
    ['CANCELED', (h, id) => h.apply(cancel(0, id)), OrdStatus.CANCELED],
    ['EXPIRED', (h) => h.applyAt(h.nowUs + 50, new Command().tick()), OrdStatus.EXPIRED],
  ])('also for an order since %s', (_name, close, status) => {
    const h = plainHarness();
    const gtd: OrderOptions = { clOrdId: 'A', tif: 'GTD', expireTimeUs: h.nowUs + 50 };
    const id = acceptedId(h.apply(buy(0, 1000, 10, gtd)));
    close(h, id);
    expect(h.apply(buy(0, 1000, 10, gtd))).toMatchObject([{ type: 'ORDER_STATUS', orderId: id, ordStatus: status, leaves: 0 }]);
    expect(h.held(0, Q)).toBe(0);
  });

  it('also for an order risk rejected: OrderID 0, REJECTED, not judged again', () => {
    const h = plainHarness([{}], 0);
    h.deposit(0, Q, 999);
    expect(rejectReasonOf(h.apply(buy(0, 1000, 1, { clOrdId: 'poor' })))).toBe('INSUFFICIENT_FUNDS');
    h.deposit(0, Q, 1);
    expect(h.apply(buy(0, 1000, 1, { clOrdId: 'poor' }))).toEqual([{
      type: 'ORDER_STATUS', orderId: 0, account: 0, instrument: 0, side: 'BUY', price: 1000, orderQty: 1, leaves: 0,
      ordStatus: OrdStatus.REJECTED, ordType: 'LIMIT', cumQty: 0, cumNotional: 0, tif: 'GTC',
    }]);
    expect(h.balance(0, Q)).toEqual([1000, 0]);
  });

  it('also for an order the engine rejected: its OrderID, REJECTED', () => {
    const h = plainHarness();
    const ev = h.apply(buy(0, 100_001, 1, { clOrdId: 'far' }));
    expect(rejectReasonOf(ev)).toBe('PRICE_OUT_OF_RANGE');
    const id = ofType(ev, 'REJECTED')[0]!.orderId;
    expect(id).toBe(1);
    expect(h.apply(buy(0, 100_001, 1, { clOrdId: 'far' }))).toMatchObject([{
      type: 'ORDER_STATUS', orderId: id, ordStatus: OrdStatus.REJECTED, leaves: 0,
    }]);
  });

  it.each<[string, OrderOptions & { side?: 'SELL'; price?: number; qty?: number }]>([
    ['instrument', { instrument: 1 }],
    ['side', { side: 'SELL' }],
    ['OrdType', { type: 'MARKET' }],
    ['TimeInForce', { tif: 'IOC' }],
    ['price', { price: 1001 }],
    ['quantity', { qty: 11 }],
    ['PostOnly', { postOnly: true }],
    ['STP mode', { stp: 'CANCEL_OLDEST' }],
    ['expire time', { expireTimeUs: 5 }],
  ])('with a different %s it answers DUPLICATE_CLORDID and changes nothing', (_field, change) => {
    const h = plainHarness([{}, {}]);
    const id = acceptedId(h.apply(buy(0, 1000, 10, { clOrdId: 'A' })));
    const before = h.core.stateHash();
    const { side, price, qty, ...opts } = change;
    const ev = h.apply(order(0, side ?? 'BUY', price ?? 1000, qty ?? 10, { clOrdId: 'A', ...opts }));
    expect(typesOf(ev)).toEqual(['REJECTED']);
    expect(ev[0]).toMatchObject({ reason: 'DUPLICATE_CLORDID', command: 'NEW_ORDER', account: 0 });
    expect(h.core.stateHash()).toBe(before);
    expect(h.statusById(0, id)).toMatchObject({ orderQty: 10, leaves: 10 });
  });

  it('is per account, and orders without a ClOrdID are never deduped', () => {
    const h = plainHarness();
    const a = acceptedId(h.apply(buy(0, 1000, 1, { clOrdId: 'same' })));
    const b = acceptedId(h.apply(buy(1, 1000, 1, { clOrdId: 'same' })));
    const c = acceptedId(h.apply(buy(0, 1000, 1)));
    const d = acceptedId(h.apply(buy(0, 1000, 1)));
    expect([a, b, c, d]).toEqual([1, 2, 3, 4]);
    expect(h.core.window.size).toBe(2);
  });
});

describe('the dedupe window', () => {
  it('forgets a closed order\'s ClOrdID once the window has passed, so it can be used again', () => {
    const h = plainHarness([{}], 1_000_000, { dedupeWindowUs: WINDOW_US });
    const t0 = h.nowUs;
    const first = acceptedId(h.apply(buy(0, 1000, 1, { clOrdId: 'A', tif: 'IOC' })));
    h.nowUs = t0 + WINDOW_US - 1;
    expect(h.apply(buy(0, 1000, 1, { clOrdId: 'A', tif: 'IOC' }))).toMatchObject([{ type: 'ORDER_STATUS', orderId: first }]);
    h.nowUs = t0 + WINDOW_US;
    const second = acceptedId(h.apply(buy(0, 1000, 1, { clOrdId: 'A', tif: 'IOC' })));
    expect(second).toBe(first + 1);
  });

  it('forgets only when a ClOrdID is added: until then ORDER_STATUS still finds it', () => {
    const h = plainHarness([{}], 1_000_000, { dedupeWindowUs: WINDOW_US });
    const t0 = h.nowUs;
    const id = acceptedId(h.apply(buy(0, 1000, 1, { clOrdId: 'A', tif: 'IOC' })));
    h.nowUs = t0 + 5 * WINDOW_US;
    expect(h.statusByClOrdId(0, 'A')).toMatchObject({ type: 'ORDER_STATUS', orderId: id, ordStatus: OrdStatus.CANCELED });
    h.apply(buy(0, 1000, 1, { clOrdId: 'Z', tif: 'IOC' }));
    expect(h.statusByClOrdId(0, 'A')).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER', command: 'ORDER_STATUS' });
  });

  it('keeps the ClOrdID of an order still open after its window, until the order closes', () => {
    const h = plainHarness([{}], 1_000_000, { dedupeWindowUs: WINDOW_US });
    const t0 = h.nowUs;
    const id = acceptedId(h.apply(buy(0, 1000, 1, { clOrdId: 'A' })));
    h.nowUs = t0 + 5 * WINDOW_US;
    acceptedId(h.apply(buy(0, 900, 1, { clOrdId: 'B' }))); // an expire pass: 'A' is due but open
    expect(h.apply(buy(0, 1000, 1, { clOrdId: 'A' }))).toMatchObject([{ type: 'ORDER_STATUS', orderId: id }]);
    expect(h.apply(cancelByClOrdId(0, 'A'))).toMatchObject([{ type: 'CANCELED', orderId: id }, { type: 'BOOK_LEVEL' }, { type: 'POSTING' }]);
    // Closed now, but its entry went back behind 'B' (kept "at least" the window, risk/clOrdIdWindow.ts):
    // it is forgotten once the entries in front of it are due, at 'B''s window end.
    h.nowUs = t0 + 6 * WINDOW_US - 1;
    expect(h.apply(buy(0, 1000, 1, { clOrdId: 'A' }))).toMatchObject([{ type: 'ORDER_STATUS', orderId: id, ordStatus: OrdStatus.CANCELED }]);
    h.nowUs = t0 + 6 * WINDOW_US;
    const again = acceptedId(h.apply(buy(0, 1000, 1, { clOrdId: 'A' })));
    expect(again).not.toBe(id);
  });

  it('answers DEDUPE_WINDOW_FULL when full of ClOrdIDs too young or still open; orders without one still trade', () => {
    const h = plainHarness([{}], 1_000_000, { dedupeWindowUs: WINDOW_US, dedupeCapacity: 2 });
    const t0 = h.nowUs;
    const a = acceptedId(h.apply(buy(0, 1000, 1, { clOrdId: 'A' })));
    // A rejected order's ClOrdID takes an entry too.
    expect(rejectReasonOf(h.apply(buy(1, 100_001, 1, { clOrdId: 'R' })))).toBe('PRICE_OUT_OF_RANGE');
    let ev = h.apply(buy(0, 1000, 1, { clOrdId: 'C' }));
    expect(ev).toEqual([{
      type: 'REJECTED', orderId: 0, account: 0, instrument: 0, side: 0, price: 1000, qty: 1, reason: 'DEDUPE_WINDOW_FULL',
      command: 'NEW_ORDER',
    }]);
    expect(h.held(0, Q)).toBe(1000);
    acceptedId(h.apply(buy(0, 1000, 1)));
    // After the window, 'R' (closed) makes room; 'A' is open and stays.
    h.nowUs = t0 + WINDOW_US;
    acceptedId(h.apply(buy(0, 1000, 1, { clOrdId: 'C' })));
    ev = h.apply(buy(0, 1000, 1, { clOrdId: 'D' }));
    expect(rejectReasonOf(ev)).toBe('DEDUPE_WINDOW_FULL');
    h.apply(cancel(0, a));
    h.nowUs = t0 + 2 * WINDOW_US;
    acceptedId(h.apply(buy(0, 1000, 1, { clOrdId: 'D' })));
  });

  it('frees the records of closed orders once no ClOrdID names them', () => {
    const h = plainHarness([{}], 1_000_000, { dedupeWindowUs: WINDOW_US });
    const t0 = h.nowUs;
    h.apply(buy(0, 1000, 1, { tif: 'IOC' }));
    h.apply(buy(0, 1000, 1, { clOrdId: 'A', tif: 'IOC' }));
    const id = acceptedId(h.apply(buy(0, 1000, 1)));
    expect(h.core.records.used).toBe(2); // the open one and the one 'A' names
    h.apply(cancel(0, id));
    expect(h.core.records.used).toBe(1);
    h.nowUs = t0 + WINDOW_US;
    h.apply(buy(0, 1000, 1, { clOrdId: 'B', tif: 'IOC' }));
    expect(h.core.records.used).toBe(1); // 'A' forgotten, 'B' kept
  });
});

describe('ORDER_STATUS', () => {
  it('by OrderID finds open orders of the account only; by ClOrdID any order in the window', () => {
    const h = plainHarness();
    const open = acceptedId(h.apply(buy(0, 1000, 2, { clOrdId: 'open' })));
    const done = acceptedId(h.apply(buy(0, 1000, 2, { clOrdId: 'done', tif: 'IOC' })));
    expect(h.statusById(0, open)).toMatchObject({ type: 'ORDER_STATUS', orderId: open, leaves: 2 });
    expect(h.statusById(0, done)).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER', command: 'ORDER_STATUS', orderId: done });
    expect(h.statusById(1, open)).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER' });
    expect(h.statusByClOrdId(0, 'done')).toMatchObject({ type: 'ORDER_STATUS', orderId: done, ordStatus: OrdStatus.CANCELED });
    expect(h.statusByClOrdId(1, 'done')).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER' });
    expect(h.statusByClOrdId(0, 'nope')).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER' });
    expect(h.statusById(0, 0)).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER' });
    expect(h.statusById(7, open)).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ACCOUNT' });
  });

  it('reports a market order with price 0 and its fills', () => {
    const h = plainHarness();
    h.apply(sell(1, 1000, 2));
    h.apply(sell(1, 1010, 2));
    h.apply(buy(0, 0, 3, { type: 'MARKET', tif: 'IOC', clOrdId: 'mkt' }));
    expect(h.statusByClOrdId(0, 'mkt')).toMatchObject({
      price: 0, ordType: 'MARKET', tif: 'IOC', orderQty: 3, cumQty: 3, cumNotional: 3010, ordStatus: OrdStatus.FILLED,
    });
  });
});

describe('cancel and replace by OrigClOrdID', () => {
  it('cancel finds the order by its ClOrdID; an unknown, foreign or closed one answers UNKNOWN_ORDER', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 2, { clOrdId: 'A' })));
    expect(h.apply(cancelByClOrdId(0, 'nope'))).toMatchObject([{ type: 'REJECTED', reason: 'UNKNOWN_ORDER', command: 'CANCEL' }]);
    expect(rejectReasonOf(h.apply(cancelByClOrdId(1, 'A')))).toBe('UNKNOWN_ORDER');
    expect(h.held(0, Q)).toBe(2000);
    const ev = h.apply(cancelByClOrdId(0, 'A'));
    expect(ofType(ev, 'CANCELED')).toMatchObject([{ orderId: id, reason: 'USER' }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([['RELEASE', Q, '0.held', '0.avail', 2000]]);
    expect(rejectReasonOf(h.apply(cancelByClOrdId(0, 'A')))).toBe('UNKNOWN_ORDER');
  });

  it('replace finds the order by its ClOrdID, and its own ClOrdID names the order from then on', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 2, { clOrdId: 'A' })));
    let ev = h.apply(replaceByClOrdId(0, 'A', 1100, 3, 'B'));
    expect(ofType(ev, 'REPLACED')).toMatchObject([{ orderId: id, price: 1100, qty: 3 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([['HOLD', Q, '0.avail', '0.held', 1300]]);
    for (const c of ['A', 'B']) {
      expect(h.statusByClOrdId(0, c)).toMatchObject({ type: 'ORDER_STATUS', orderId: id, price: 1100, orderQty: 3 });
    }
    ev = h.apply(replaceByClOrdId(0, 'B', 1100, 1, 'C'));
    expect(ofType(ev, 'REPLACED')).toMatchObject([{ orderId: id, qty: 1 }]);
    // A NewOrderSingle resending an alias is judged against the original order's fields.
    expect(h.apply(buy(0, 1000, 2, { clOrdId: 'C' }))).toMatchObject([{ type: 'ORDER_STATUS', orderId: id, price: 1100 }]);
    expect(rejectReasonOf(h.apply(buy(0, 1100, 1, { clOrdId: 'C' })))).toBe('DUPLICATE_CLORDID');
    expect(ofType(h.apply(cancelByClOrdId(0, 'C')), 'CANCELED')).toMatchObject([{ orderId: id }]);
    expect(h.balance(0, Q)).toEqual([1_000_000, 0]);
  });

  it('a replace the engine refuses does not name the order by its ClOrdID', () => {
    const h = plainHarness([{}, {}]);
    const id = acceptedId(h.apply(buy(0, 1000, 2, { clOrdId: 'A' })));
    expect(rejectReasonOf(h.apply(replace(0, id, 100_001, 2, 'B')))).toBe('PRICE_OUT_OF_RANGE');
    expect(rejectReasonOf(h.apply(replaceByClOrdId(0, 'A', 0, 2, 'C')))).toBe('PRICE_OUT_OF_RANGE');
    expect(rejectReasonOf(h.apply(replace(0, id, 1000, 3, 'D', 1)))).toBe('UNKNOWN_ORDER'); // not on instrument 1
    for (const c of ['B', 'C', 'D']) {
      expect(h.statusByClOrdId(0, c)).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER' });
    }
    expect(h.core.window.size).toBe(1);
    expect(acceptedId(h.apply(buy(0, 900, 1, { clOrdId: 'B' })))).toBe(id + 1);
  });

  it('a replace that ends the order still names it by its ClOrdID', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 10)));
    h.apply(sell(1, 1000, 4, { tif: 'IOC' }));
    expect(ofType(h.apply(replace(0, id, 1000, 4, 'done')), 'REPLACED')).toMatchObject([{ leaves: 0 }]);
    expect(h.statusByClOrdId(0, 'done')).toMatchObject({ type: 'ORDER_STATUS', orderId: id, ordStatus: OrdStatus.FILLED, cumQty: 4 });
    // Filled by the crossing it causes.
    h.apply(sell(1, 1100, 3));
    const other = acceptedId(h.apply(buy(0, 1000, 3)));
    expect(ofType(h.apply(replace(0, other, 1100, 3, 'crossed')), 'TRADE')).toHaveLength(1);
    expect(h.statusByClOrdId(0, 'crossed')).toMatchObject({ orderId: other, ordStatus: OrdStatus.FILLED, cumNotional: 3300 });
    expect(h.core.records.used).toBe(2);
  });

  it('a replace whose ClOrdID is taken answers DUPLICATE_CLORDID and leaves the order untouched', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 2, { clOrdId: 'A' })));
    h.apply(buy(0, 900, 1, { clOrdId: 'X' }));
    const before = h.core.stateHash();
    const ev = h.apply(replace(0, id, 1100, 3, 'X'));
    expect(ev).toEqual([{
      type: 'REJECTED', orderId: id, account: 0, instrument: 0, side: 0, price: 1100, qty: 3, reason: 'DUPLICATE_CLORDID',
      command: 'REPLACE',
    }]);
    expect(h.core.stateHash()).toBe(before);
  });

  it('a replace with a ClOrdID when the window is full answers DEDUPE_WINDOW_FULL; without one it goes through', () => {
    const h = plainHarness([{}], 1_000_000, { dedupeCapacity: 1 });
    const id = acceptedId(h.apply(buy(0, 1000, 2, { clOrdId: 'A' })));
    const before = h.core.stateHash();
    expect(rejectReasonOf(h.apply(replaceByClOrdId(0, 'A', 1000, 3, 'B')))).toBe('DEDUPE_WINDOW_FULL');
    expect(h.core.stateHash()).toBe(before);
    expect(ofType(h.apply(replaceByClOrdId(0, 'A', 1000, 3)), 'REPLACED')).toMatchObject([{ orderId: id, qty: 3 }]);
  });

  it('cancel and replace of another account\'s OrderID answer UNKNOWN_ORDER', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 2)));
    expect(rejectReasonOf(h.apply(cancel(1, id)))).toBe('UNKNOWN_ORDER');
    expect(rejectReasonOf(h.apply(replace(1, id, 1000, 1)))).toBe('UNKNOWN_ORDER');
    expect(h.held(0, Q)).toBe(2000);
  });

  it('a query or cancel never needs room in the window', () => {
    const h = plainHarness([{}], 1_000_000, { dedupeCapacity: 1 });
    acceptedId(h.apply(buy(0, 1000, 2, { clOrdId: 'A' })));
    expect(h.statusByClOrdId(0, 'A')).toMatchObject({ type: 'ORDER_STATUS' });
    expect(typesOf(h.apply(admin(CommandType.BALANCE_QUERY, 0)))).toEqual(['BALANCE', 'BALANCE']);
    expect(ofType(h.apply(cancelByClOrdId(0, 'A')), 'CANCELED')).toHaveLength(1);
  });
});
