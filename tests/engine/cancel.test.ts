import { describe, expect, it } from 'vitest';
import { ALL_INSTRUMENTS, TimeInForce } from '../../engine/enums.js';
import { ENGINES } from './support/engines.js';
import { canceled, level, massCancelDone, rejected } from './support/expected.js';
import { BUY, Harness, SELL } from './support/harness.js';

describe.each(ENGINES)('%s engine: CANCEL', (_name, factory) => {
  it('cancels a resting order: CANCELED (USER) with its leaves, then BOOK_LEVEL', () => {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 10);
    h.limit(2, BUY, 100, 5);
    h.limit(3, SELL, 100, 4);
    expect(h.cancel(1, 1)).toEqual([
      canceled({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 6, reason: 'USER' }),
      level('BUY', 100, 5, 1),
    ]);
    expect(h.cancel(2, 2)).toEqual([
      canceled({ orderId: 2, account: 2, side: 'BUY', price: 100, qty: 5, reason: 'USER' }),
      level('BUY', 100, 0, 0),
    ]);
    expect(h.engine.bestBid(0)).toBe(-1);
    expect(h.engine.restingOrderCount()).toBe(0);
  });

  it('UNKNOWN_ORDER for an unknown id, another account, another instrument, or a dead order', () => {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 10, { instrument: 1 });
    h.limit(1, SELL, 200, 1);
    h.limit(2, BUY, 200, 1);
    h.limit(1, SELL, 300, 1, { tif: TimeInForce.IOC });
    const unknown = (orderId: number, account: number, instrument: number) =>
      [rejected({ orderId, account, instrument, reason: 'UNKNOWN_ORDER', command: 'CANCEL' })];
    expect(h.cancel(1, 42, 1)).toEqual(unknown(42, 1, 1));
    expect(h.cancel(2, 1, 1)).toEqual(unknown(1, 2, 1));
    expect(h.cancel(1, 1, 0)).toEqual(unknown(1, 1, 0));
    expect(h.cancel(1, 2, 0)).toEqual(unknown(2, 1, 0)); // filled
    expect(h.cancel(2, 3, 0)).toEqual(unknown(3, 2, 0)); // taker, never rested
    expect(h.cancel(1, 4, 0)).toEqual(unknown(4, 1, 0)); // IOC
    expect(h.cancel(1, 1, 1)[0]).toMatchObject({ type: 'CANCELED', orderId: 1 });
    expect(h.cancel(1, 1, 1)).toEqual(unknown(1, 1, 1)); // already canceled
  });

  it('a CANCEL reject carries no side, price or qty, whatever the reused slot held', () => {
    const h = new Harness(factory);
    h.limit(1, SELL, 123, 45);
    expect(h.send((c) => { c.cancel(1, 0, 9); })).toEqual([
      rejected({ orderId: 9, account: 1, reason: 'UNKNOWN_ORDER', command: 'CANCEL' }),
    ]);
  });
});

describe.each(ENGINES)('%s engine: MASS_CANCEL', (_name, factory) => {
  /** Account 1: ids 1 (inst 0, bid 100), 3 (inst 1, ask 200), 4 (inst 0, bid 100), 5 (inst 0, ask 105). Account 2: id 2. */
  function book(): Harness {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 10);
    h.limit(2, BUY, 100, 7);
    h.limit(1, SELL, 200, 3, { instrument: 1 });
    h.limit(1, BUY, 100, 4);
    h.limit(1, SELL, 105, 2);
    return h;
  }

  it('on one instrument: every order of the account there, by ascending id, each with its BOOK_LEVEL', () => {
    const h = book();
    expect(h.massCancel(1, 0)).toEqual([
      canceled({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 10, reason: 'MASS_CANCEL' }),
      level('BUY', 100, 11, 2),
      canceled({ orderId: 4, account: 1, side: 'BUY', price: 100, qty: 4, reason: 'MASS_CANCEL' }),
      level('BUY', 100, 7, 1),
      canceled({ orderId: 5, account: 1, side: 'SELL', price: 105, qty: 2, reason: 'MASS_CANCEL' }),
      level('SELL', 105, 0, 0),
      massCancelDone(1, 0, 3),
    ]);
    expect(h.levels(SELL, 1)).toEqual([[200, 3, 1]]);
    expect(h.levels(BUY)).toEqual([[100, 7, 1]]);
  });

  it('on all instruments (-1), ascending id across instruments', () => {
    const h = book();
    expect(h.massCancel(1, ALL_INSTRUMENTS)).toEqual([
      canceled({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 10, reason: 'MASS_CANCEL' }),
      level('BUY', 100, 11, 2),
      canceled({ orderId: 3, account: 1, side: 'SELL', price: 200, qty: 3, reason: 'MASS_CANCEL', instrument: 1 }),
      level('SELL', 200, 0, 0, 1),
      canceled({ orderId: 4, account: 1, side: 'BUY', price: 100, qty: 4, reason: 'MASS_CANCEL' }),
      level('BUY', 100, 7, 1),
      canceled({ orderId: 5, account: 1, side: 'SELL', price: 105, qty: 2, reason: 'MASS_CANCEL' }),
      level('SELL', 105, 0, 0),
      massCancelDone(1, -1, 4),
    ]);
    expect(h.engine.restingOrderCount()).toBe(1);
  });

  it('cancels the leaves of partly filled orders, and orders whose priority was reset by a replace', () => {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 10);
    h.limit(1, BUY, 100, 5);
    h.replace(1, 1, 100, 12);
    h.limit(2, SELL, 100, 3);
    expect(h.massCancel(1, 0)).toEqual([
      canceled({ orderId: 1, account: 1, side: 'BUY', price: 100, qty: 12, reason: 'MASS_CANCEL' }),
      level('BUY', 100, 2, 1),
      canceled({ orderId: 2, account: 1, side: 'BUY', price: 100, qty: 2, reason: 'MASS_CANCEL' }),
      level('BUY', 100, 0, 0),
      massCancelDone(1, 0, 2),
    ]);
  });

  it('with nothing to cancel still answers MASS_CANCEL_DONE with count 0', () => {
    const h = book();
    expect(h.massCancel(3, ALL_INSTRUMENTS)).toEqual([massCancelDone(3, -1, 0)]);
    expect(h.massCancel(2, 1)).toEqual([massCancelDone(2, 1, 0)]);
  });

  it('rejects an account out of range (INVALID_ORDER) before an unknown instrument (UNKNOWN_SYMBOL)', () => {
    const h = book();
    const reject = (account: number, instrument: number, reason: string) =>
      [rejected({ orderId: 0, account, instrument, reason, command: 'MASS_CANCEL' })];
    expect(h.massCancel(100, 0)).toEqual(reject(100, 0, 'INVALID_ORDER'));
    expect(h.massCancel(-1, 7)).toEqual(reject(-1, 7, 'INVALID_ORDER'));
    expect(h.massCancel(1.5, 0)).toEqual(reject(1.5, 0, 'INVALID_ORDER'));
    expect(h.massCancel(1, 2)).toEqual(reject(1, 2, 'UNKNOWN_SYMBOL'));
    expect(h.massCancel(1, -2)).toEqual(reject(1, -2, 'UNKNOWN_SYMBOL'));
    expect(h.engine.restingOrderCount()).toBe(5);
  });
});
