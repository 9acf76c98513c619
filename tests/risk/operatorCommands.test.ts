import { describe, expect, it } from 'vitest';
import { Command } from '../../engine/command.js';
import { CommandType, LimitKind } from '../../engine/enums.js';
import { OUTSIDE, PostingReason } from '../../risk/wallet.js';
import {
  acceptedId, admin, buy, cancel, movesOf, ofType, plainHarness, rejectReasonOf, replace, sell, typesOf,
} from './support/coreHarness.js';

// Plain spec, one instrument: assets 0 (quote) and 1 (base), accounts 0..2, fee account 3.
const Q = 0;
const B = 1;
const FEE_ACCOUNT = 3;
const SAFE = Number.MAX_SAFE_INTEGER;

const funding = (type: number, account: number, asset: number, amount: number, refId: number) =>
  new Command().funding(type, account, asset, amount, refId);
const deposit = (account: number, asset: number, amount: number, refId: number) =>
  funding(CommandType.DEPOSIT, account, asset, amount, refId);
const withdraw = (account: number, asset: number, amount: number, refId: number) =>
  funding(CommandType.WITHDRAW, account, asset, amount, refId);
const setLimit = (account: number, instrument: number, kind: number, value: number) =>
  new Command().setLimit(account, instrument, kind, value);

describe('DEPOSIT and WITHDRAW, exactly once per RefID', () => {
  it('a deposit posts OUTSIDE -> available once; the same RefID again changes nothing and says DUPLICATE', () => {
    const h = plainHarness([{}], 0);
    let ev = h.apply(deposit(0, Q, 500, 42));
    expect(ev).toEqual([
      { type: 'POSTING', tx: 1, ref: 42, reason: PostingReason.DEPOSIT, asset: Q, debit: OUTSIDE, credit: 0, amount: 500 },
      { type: 'ADMIN_DONE', command: 'DEPOSIT', ref: 42, account: 0, target: Q, amount: 500, duplicate: false },
    ]);
    expect(h.balance(0, Q)).toEqual([500, 0]);
    ev = h.apply(deposit(0, Q, 500, 42));
    expect(ev).toEqual([{ type: 'ADMIN_DONE', command: 'DEPOSIT', ref: 42, account: 0, target: Q, amount: 500, duplicate: true }]);
    // A RefID is a payment order: another account, asset or amount under it is still the same payment.
    expect(h.apply(deposit(1, B, 7, 42))).toMatchObject([{ type: 'ADMIN_DONE', duplicate: true }]);
    expect(h.apply(withdraw(0, Q, 100, 42))).toMatchObject([{ type: 'ADMIN_DONE', duplicate: true }]);
    expect([h.balance(0, Q), h.balance(1, B)]).toEqual([[500, 0], [0, 0]]);
    expect(h.core.wallet.outsideNet[Q]).toBe(500);
  });

  it('a withdrawal takes only available funds; refused, its RefID may be retried later', () => {
    const h = plainHarness([{}], 0);
    h.apply(deposit(0, Q, 100, 1));
    const id = acceptedId(h.apply(buy(0, 10, 6))); // holds 60
    let ev = h.apply(withdraw(0, Q, 50, 2));
    expect(ev).toEqual([{
      type: 'REJECTED', orderId: 0, account: 0, instrument: 0, side: 0, price: 0, qty: 50, reason: 'INSUFFICIENT_FUNDS',
      command: 'WITHDRAW',
    }]);
    ev = h.apply(withdraw(0, Q, 40, 3));
    expect(ev).toEqual([
      { type: 'POSTING', tx: 3, ref: 3, reason: PostingReason.WITHDRAW, asset: Q, debit: 0, credit: OUTSIDE, amount: 40 },
      { type: 'ADMIN_DONE', command: 'WITHDRAW', ref: 3, account: 0, target: Q, amount: 40, duplicate: false },
    ]);
    expect(h.balance(0, Q)).toEqual([0, 60]);
    expect(h.apply(withdraw(0, Q, 40, 3))).toMatchObject([{ type: 'ADMIN_DONE', duplicate: true }]);
    h.apply(cancel(0, id));
    expect(ofType(h.apply(withdraw(0, Q, 50, 2)), 'ADMIN_DONE')).toMatchObject([{ ref: 2, duplicate: false }]);
    expect(h.balance(0, Q)).toEqual([10, 0]);
    expect(h.core.wallet.outsideNet[Q]).toBe(10);
  });

  it.each<[string, Command, string]>([
    ['deposit to account -1', deposit(-1, Q, 5, 9), 'UNKNOWN_ACCOUNT'],
    ['deposit to account 4 (past the fee account)', deposit(FEE_ACCOUNT + 1, Q, 5, 9), 'UNKNOWN_ACCOUNT'],
    ['deposit to account 1.5', deposit(1.5, Q, 5, 9), 'UNKNOWN_ACCOUNT'],
    ['withdraw from account 4', withdraw(FEE_ACCOUNT + 1, Q, 5, 9), 'UNKNOWN_ACCOUNT'],
    ['deposit of asset 2', deposit(0, 2, 5, 9), 'UNKNOWN_ASSET'],
    ['deposit of asset -1', deposit(0, -1, 5, 9), 'UNKNOWN_ASSET'],
    ['withdraw of asset 2', withdraw(0, 2, 5, 9), 'UNKNOWN_ASSET'],
    ['amount 0', deposit(0, Q, 0, 9), 'INVALID_AMOUNT'],
    ['amount -5', deposit(0, Q, -5, 9), 'INVALID_AMOUNT'],
    ['amount 1.5', deposit(0, Q, 1.5, 9), 'INVALID_AMOUNT'],
    ['amount 2^53', deposit(0, Q, 2 ** 53, 9), 'INVALID_AMOUNT'],
    ['withdraw amount 0', withdraw(0, Q, 0, 9), 'INVALID_AMOUNT'],
    ['RefID 0', deposit(0, Q, 5, 0), 'INVALID_AMOUNT'],
    ['RefID -1', deposit(0, Q, 5, -1), 'INVALID_AMOUNT'],
    ['RefID 1.5', deposit(0, Q, 5, 1.5), 'INVALID_AMOUNT'],
  ])('%s: refused with its reason, changing nothing, RefID not used up', (_name, cmd, reason) => {
    const h = plainHarness([{}], 0);
    h.apply(deposit(0, Q, 100, 1));
    const before = h.core.stateHash();
    expect(h.apply(cmd)).toMatchObject([{ type: 'REJECTED', reason, qty: cmd.amount }]);
    expect(h.core.stateHash()).toBe(before);
    expect(h.apply(deposit(0, Q, 5, 9))).toMatchObject([{ type: 'POSTING' }, { type: 'ADMIN_DONE', duplicate: false }]);
  });

  it('a deposit that would take an asset\'s total past 2^53 - 1 is INVALID_AMOUNT', () => {
    const h = plainHarness([{}], 0);
    h.apply(deposit(0, Q, SAFE - 1, 1));
    expect(rejectReasonOf(h.apply(deposit(1, Q, 2, 2)))).toBe('INVALID_AMOUNT');
    expect(ofType(h.apply(deposit(1, Q, 1, 3)), 'ADMIN_DONE')).toHaveLength(1);
    expect(h.core.wallet.outsideNet[Q]).toBe(SAFE);
  });

  it('the exchange sweeps collected fees out of the fee account (and no more than it holds)', () => {
    const h = plainHarness([{ takerFeeBps: 100 }], 1000);
    h.apply(sell(1, 10, 50));
    h.apply(buy(0, 10, 30)); // notional 300, taker fee 3 to the fee account
    expect(h.balance(FEE_ACCOUNT, Q)).toEqual([3, 0]);
    expect(ofType(h.apply(withdraw(FEE_ACCOUNT, Q, 4, 77)), 'REJECTED')).toMatchObject([{ reason: 'INSUFFICIENT_FUNDS' }]);
    expect(movesOf(h.apply(withdraw(FEE_ACCOUNT, Q, 3, 78)), h.feeAccount)).toEqual([['WITHDRAW', Q, 'fees', 'outside', 3]]);
    expect(h.balance(FEE_ACCOUNT, Q)).toEqual([0, 0]);
  });

  it('BALANCE_QUERY answers one BALANCE per asset, for the fee account too', () => {
    const h = plainHarness([{ takerFeeBps: 100 }], 1000);
    h.apply(sell(1, 10, 50));
    h.apply(buy(0, 10, 30)); // 300 + fee 3
    expect(h.apply(admin(CommandType.BALANCE_QUERY, 0))).toEqual([
      { type: 'BALANCE', account: 0, asset: Q, available: 697, held: 0 },
      { type: 'BALANCE', account: 0, asset: B, available: 1030, held: 0 },
    ]);
    expect(h.apply(admin(CommandType.BALANCE_QUERY, 1))).toEqual([
      { type: 'BALANCE', account: 1, asset: Q, available: 1300, held: 0 },
      { type: 'BALANCE', account: 1, asset: B, available: 950, held: 20 },
    ]);
    expect(h.apply(admin(CommandType.BALANCE_QUERY, FEE_ACCOUNT))).toEqual([
      { type: 'BALANCE', account: FEE_ACCOUNT, asset: Q, available: 3, held: 0 },
      { type: 'BALANCE', account: FEE_ACCOUNT, asset: B, available: 0, held: 0 },
    ]);
    expect(rejectReasonOf(h.apply(admin(CommandType.BALANCE_QUERY, 4)))).toBe('UNKNOWN_ACCOUNT');
  });
});

describe('HALT and RESUME', () => {
  it('a halted instrument refuses new orders and replaces; resting orders stay and can be cancelled', () => {
    const h = plainHarness([{}, {}]);
    const id = acceptedId(h.apply(buy(0, 100, 5)));
    const other = acceptedId(h.apply(buy(0, 100, 5)));
    expect(h.apply(admin(CommandType.HALT, 0, 0))).toMatchObject([{ type: 'ADMIN_DONE', command: 'HALT', target: 0, amount: 0, duplicate: false }]);
    expect(h.apply(sell(1, 100, 1))).toMatchObject([{ type: 'REJECTED', reason: 'INSTRUMENT_HALTED', orderId: 0 }]);
    const before = h.core.stateHash();
    expect(h.apply(replace(0, id, 100, 6))).toMatchObject([{ type: 'REJECTED', reason: 'INSTRUMENT_HALTED', orderId: id, command: 'REPLACE' }]);
    expect(h.core.stateHash()).toBe(before);
    expect(h.held(0, Q)).toBe(1000);
    acceptedId(h.apply(sell(1, 100, 1, { instrument: 1 })));
    expect(movesOf(h.apply(cancel(0, id)), h.feeAccount)).toEqual([['RELEASE', Q, '0.held', '0.avail', 500]]);
    expect(h.apply(admin(CommandType.RESUME, 0, 0))).toMatchObject([{ type: 'ADMIN_DONE', command: 'RESUME', target: 0 }]);
    expect(ofType(h.apply(sell(1, 100, 1)), 'TRADE')).toMatchObject([{ makerOrderId: other }]);
  });

  it.each([2, -1, 0.5])('HALT of instrument %s: UNKNOWN_SYMBOL', (instrument) => {
    const h = plainHarness([{}, {}]);
    expect(rejectReasonOf(h.apply(admin(CommandType.HALT, 0, instrument)))).toBe('UNKNOWN_SYMBOL');
    expect(rejectReasonOf(h.apply(admin(CommandType.RESUME, 0, instrument)))).toBe('UNKNOWN_SYMBOL');
  });
});

describe('kill switch', () => {
  it('DISABLE_ACCOUNT cancels every resting order of the account (MASS_CANCEL) and releases every hold, in the same command', () => {
    const h = plainHarness([{}, {}]);
    const a = acceptedId(h.apply(buy(0, 100, 5)));
    const b = acceptedId(h.apply(sell(0, 300, 7, { instrument: 1 })));
    const c = acceptedId(h.apply(buy(0, 90, 2, { tif: 'GTD', expireTimeUs: h.nowUs + 10_000 })));
    const theirs = acceptedId(h.apply(buy(1, 100, 1)));
    const ev = h.apply(admin(CommandType.DISABLE_ACCOUNT, 0));
    expect(ofType(ev, 'CANCELED').map((e) => [e.orderId, e.reason])).toEqual([[a, 'MASS_CANCEL'], [b, 'MASS_CANCEL'], [c, 'MASS_CANCEL']]);
    expect(ofType(ev, 'MASS_CANCEL_DONE')).toMatchObject([{ account: 0, instrument: -1, count: 3 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['RELEASE', Q, '0.held', '0.avail', 500],
      ['RELEASE', 2, '0.held', '0.avail', 7],
      ['RELEASE', Q, '0.held', '0.avail', 180],
    ]);
    expect(ev.at(-1)).toMatchObject({ type: 'ADMIN_DONE', command: 'DISABLE_ACCOUNT', account: 0 });
    // AMOUNT: the orders the kill switch cancelled.
    expect(ev.at(-1)!.amount).toBe(ev.filter((e) => e.type === 'CANCELED').length);
    expect(ev.at(-1)!.amount).toBeGreaterThan(0);
    expect([h.held(0, Q), h.held(0, 1), h.held(0, 2), h.core.openCount[0]]).toEqual([0, 0, 0, 0]);
    expect(h.statusById(1, theirs)).toMatchObject({ type: 'ORDER_STATUS', leaves: 1 });
    expect(h.held(1, Q)).toBe(100);

    expect(h.apply(buy(0, 100, 1))).toMatchObject([{ type: 'REJECTED', reason: 'ACCOUNT_DISABLED', orderId: 0 }]);
    // Cancels still go through to the engine (nothing rests, so it answers UNKNOWN_ORDER, not ACCOUNT_DISABLED).
    expect(rejectReasonOf(h.apply(cancel(0, a)))).toBe('UNKNOWN_ORDER');
    expect(ofType(h.apply(new Command().massCancel(0, -1)), 'MASS_CANCEL_DONE')).toMatchObject([{ count: 0 }]);
    // Disabling again finds nothing to cancel.
    expect(ofType(h.apply(admin(CommandType.DISABLE_ACCOUNT, 0)), 'MASS_CANCEL_DONE')).toMatchObject([{ count: 0 }]);

    expect(h.apply(admin(CommandType.ENABLE_ACCOUNT, 0))).toMatchObject([{ type: 'ADMIN_DONE', command: 'ENABLE_ACCOUNT', account: 0 }]);
    expect(ofType(h.apply(sell(0, 100, 1)), 'TRADE')).toMatchObject([{ makerOrderId: theirs }]);
  });

  it.each([-1, 3, 9])('DISABLE / ENABLE of account %s: UNKNOWN_ACCOUNT', (account) => {
    const h = plainHarness();
    expect(rejectReasonOf(h.apply(admin(CommandType.DISABLE_ACCOUNT, account)))).toBe('UNKNOWN_ACCOUNT');
    expect(rejectReasonOf(h.apply(admin(CommandType.ENABLE_ACCOUNT, account)))).toBe('UNKNOWN_ACCOUNT');
  });
});

describe('SET_LIMIT', () => {
  it('MAX_OPEN_ORDERS for one account; a lower limit cancels nothing already open', () => {
    const h = plainHarness();
    const ids = [0, 1, 2].map((i) => acceptedId(h.apply(buy(0, 100 + i, 1))));
    expect(h.apply(setLimit(0, -1, LimitKind.MAX_OPEN_ORDERS, 1))).toEqual([{
      type: 'ADMIN_DONE', command: 'SET_LIMIT', ref: LimitKind.MAX_OPEN_ORDERS, account: 0, target: -1, amount: 1, duplicate: false,
    }]);
    expect(h.core.openCount[0]).toBe(3);
    expect(rejectReasonOf(h.apply(buy(0, 100, 1)))).toBe('TOO_MANY_OPEN_ORDERS');
    acceptedId(h.apply(buy(1, 100, 1)));
    acceptedId(h.apply(buy(1, 100, 1)));
    h.apply(cancel(0, ids[0]!));
    h.apply(cancel(0, ids[1]!));
    expect(rejectReasonOf(h.apply(buy(0, 100, 1)))).toBe('TOO_MANY_OPEN_ORDERS');
    h.apply(cancel(0, ids[2]!));
    acceptedId(h.apply(buy(0, 100, 1)));
  });

  it('account -1 sets the limit for every account', () => {
    const h = plainHarness();
    h.apply(setLimit(-1, -1, LimitKind.MAX_OPEN_ORDERS, 1));
    h.apply(setLimit(-1, 0, LimitKind.MAX_ORDER_QTY, 5));
    for (const a of [0, 1, 2]) {
      expect(rejectReasonOf(h.apply(buy(a, 100, 6)))).toBe('RISK_LIMIT');
      acceptedId(h.apply(buy(a, 100, 5)));
      expect(rejectReasonOf(h.apply(buy(a, 100, 1)))).toBe('TOO_MANY_OPEN_ORDERS');
    }
  });

  it('MAX_ORDER_QTY, MAX_ORDER_NOTIONAL and MAX_POSITION apply per instrument, and 0 lifts them', () => {
    const h = plainHarness([{}, {}]);
    h.apply(setLimit(0, 0, LimitKind.MAX_ORDER_QTY, 5));
    expect(rejectReasonOf(h.apply(buy(0, 1, 6)))).toBe('RISK_LIMIT');
    acceptedId(h.apply(buy(0, 1, 6, { instrument: 1 })));
    h.apply(setLimit(0, 0, LimitKind.MAX_ORDER_QTY, 0));
    h.apply(setLimit(0, 0, LimitKind.MAX_ORDER_NOTIONAL, 600));
    expect(rejectReasonOf(h.apply(buy(0, 101, 6)))).toBe('RISK_LIMIT'); // 606 > 600
    const id = acceptedId(h.apply(buy(0, 100, 6)));
    h.apply(setLimit(0, 0, LimitKind.MAX_ORDER_NOTIONAL, 0));
    h.apply(setLimit(0, 0, LimitKind.MAX_POSITION, 8));
    expect(rejectReasonOf(h.apply(buy(0, 101, 3)))).toBe('RISK_LIMIT'); // 0 + 6 open + 3 > 8
    acceptedId(h.apply(buy(0, 101, 2)));
    h.apply(setLimit(0, 0, LimitKind.MAX_POSITION, 0));
    acceptedId(h.apply(buy(0, 10_000, 50)));
    expect(h.statusById(0, id)).toMatchObject({ leaves: 6 });
  });

  it.each<[string, Command, string]>([
    ['account 3 (the fee account)', setLimit(3, 0, LimitKind.MAX_ORDER_QTY, 5), 'UNKNOWN_ACCOUNT'],
    ['account -2', setLimit(-2, 0, LimitKind.MAX_ORDER_QTY, 5), 'UNKNOWN_ACCOUNT'],
    ['value -1', setLimit(0, 0, LimitKind.MAX_ORDER_QTY, -1), 'INVALID_AMOUNT'],
    ['value 1.5', setLimit(0, 0, LimitKind.MAX_ORDER_QTY, 1.5), 'INVALID_AMOUNT'],
    ['value 2^53', setLimit(0, 0, LimitKind.MAX_POSITION, 2 ** 53), 'INVALID_AMOUNT'],
    ['MAX_OPEN_ORDERS 0', setLimit(0, -1, LimitKind.MAX_OPEN_ORDERS, 0), 'INVALID_AMOUNT'],
    ['MAX_OPEN_ORDERS 2^31', setLimit(0, -1, LimitKind.MAX_OPEN_ORDERS, 2 ** 31), 'INVALID_AMOUNT'],
    ['MAX_OPEN_ORDERS on an instrument', setLimit(0, 0, LimitKind.MAX_OPEN_ORDERS, 5), 'INVALID_AMOUNT'],
    ['limit kind 0', setLimit(0, 0, 0, 5), 'INVALID_ORDER'],
    ['limit kind 5', setLimit(0, 0, 5, 5), 'INVALID_ORDER'],
    ['MAX_ORDER_QTY on instrument -1', setLimit(0, -1, LimitKind.MAX_ORDER_QTY, 5), 'UNKNOWN_SYMBOL'],
    ['MAX_POSITION on instrument 1', setLimit(0, 1, LimitKind.MAX_POSITION, 5), 'UNKNOWN_SYMBOL'],
  ])('%s: refused with its reason, limits unchanged', (_name, cmd, reason) => {
    const h = plainHarness();
    const before = h.core.stateHash();
    expect(h.apply(cmd)).toMatchObject([{ type: 'REJECTED', reason, command: 'SET_LIMIT' }]);
    expect(h.core.stateHash()).toBe(before);
  });
});

describe('any command', () => {
  it('of an unknown type is INVALID_ORDER', () => {
    const h = plainHarness();
    const cmd = new Command();
    cmd.type = 99;
    expect(h.apply(cmd)).toMatchObject([{ type: 'REJECTED', reason: 'INVALID_ORDER' }]);
  });

  it('lets time pass first: a GTD order due at an operator command expires before it', () => {
    const h = plainHarness();
    const at = h.nowUs + 100;
    acceptedId(h.apply(buy(0, 100, 5, { tif: 'GTD', expireTimeUs: at })));
    const ev = h.applyAt(at, admin(CommandType.HALT, 0, 0));
    expect(typesOf(ev)).toEqual(['EXPIRED', 'BOOK_LEVEL', 'POSTING', 'ADMIN_DONE']);
    expect(h.held(0, Q)).toBe(0);
  });
});
