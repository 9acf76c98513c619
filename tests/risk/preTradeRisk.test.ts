import { describe, expect, it } from 'vitest';
import { Command } from '../../engine/command.js';
import { CommandType, LimitKind } from '../../engine/enums.js';
import type { ReadableEvent } from '../engine/support/events.js';
import {
  ALICE, BOB, CAROL, CoreHarness, acceptedId, admin, btcUsdHarness, btcUsdSpec, buy, cancel, marketBuy, ofType,
  plainHarness, plainSpec, rejectReasonOf, replace, sell, typesOf,
} from './support/coreHarness.js';

const Q = 0;
const B = 1;

const setLimit = (account: number, instrument: number, kind: number, value: number) =>
  new Command().setLimit(account, instrument, kind, value);

/** The REJECTED event of a command that must answer exactly one event. */
function rejection(ev: ReadableEvent[]): ReadableEvent {
  expect(typesOf(ev)).toEqual(['REJECTED']);
  return ev[0]!;
}

describe('pre-trade risk: each rule in the documented order', () => {
  it.each([-1, 3, 1.5, 100])('account %s is not a trading account: UNKNOWN_ACCOUNT, OrderID 0, nothing remembered', (account) => {
    const h = plainHarness();
    const ev = h.apply(buy(account, 1000, 1, { clOrdId: 'who' }));
    expect(rejection(ev)).toMatchObject({ reason: 'UNKNOWN_ACCOUNT', orderId: 0, command: 'NEW_ORDER' });
    expect(h.core.window.size).toBe(0);
  });

  it('a ClOrdID already seen answers before the kill switch: ORDER_STATUS or DUPLICATE_CLORDID', () => {
    const h = plainHarness();
    const id = acceptedId(h.apply(buy(0, 1000, 1, { clOrdId: 'A' })));
    h.apply(admin(CommandType.DISABLE_ACCOUNT, 0));
    expect(h.apply(buy(0, 1000, 1, { clOrdId: 'A' }))).toMatchObject([{ type: 'ORDER_STATUS', orderId: id, ordStatus: 3 }]);
    expect(rejection(h.apply(buy(0, 1000, 2, { clOrdId: 'A' })))).toMatchObject({ reason: 'DUPLICATE_CLORDID' });
    expect(rejection(h.apply(buy(0, 1000, 2, { clOrdId: 'B' })))).toMatchObject({ reason: 'ACCOUNT_DISABLED' });
  });

  it('a full window answers before the kill switch; an order without ClOrdID gets ACCOUNT_DISABLED', () => {
    const h = plainHarness([{}], 1_000_000, { dedupeCapacity: 1 });
    h.apply(buy(0, 1000, 1, { clOrdId: 'A' }));
    h.apply(admin(CommandType.DISABLE_ACCOUNT, 1));
    expect(rejection(h.apply(buy(1, 1000, 1, { clOrdId: 'B' })))).toMatchObject({ reason: 'DEDUPE_WINDOW_FULL', orderId: 0 });
    expect(rejection(h.apply(buy(1, 1000, 1)))).toMatchObject({ reason: 'ACCOUNT_DISABLED', orderId: 0 });
  });

  it('a disabled account answers before a halted instrument, which answers before instrument rules', () => {
    const h = plainHarness();
    h.apply(admin(CommandType.HALT, 0, 0));
    h.apply(admin(CommandType.DISABLE_ACCOUNT, 0));
    expect(rejectReasonOf(h.apply(buy(0, 1000, 1)))).toBe('ACCOUNT_DISABLED');
    expect(rejection(h.apply(buy(1, 1000, 0)))).toMatchObject({ reason: 'INSTRUMENT_HALTED', orderId: 0 });
    expect(rejectReasonOf(h.apply(buy(1, 100_001, 1)))).toBe('INSTRUMENT_HALTED');
  });

  describe('instrument rules get the engine\'s reason, before open-order count, limits and funds', () => {
    // Account 0 may have 1 open order, has it, and has no quote or base left.
    function saturated(): CoreHarness {
      const h = new CoreHarness(plainSpec([{}], { maxOpenOrders: 1 }));
      h.deposit(0, Q, 1000);
      h.apply(buy(0, 1000, 1));
      h.apply(setLimit(0, 0, LimitKind.MAX_ORDER_QTY, 1));
      expect(h.balance(0, Q)).toEqual([0, 1000]);
      return h;
    }
    const cases: [string, Command, string][] = [
      ['unknown instrument', buy(0, 1000, 5, { instrument: 7 }), 'UNKNOWN_SYMBOL'],
      ['quantity 0', buy(0, 1000, 0), 'QTY_OUT_OF_RANGE'],
      ['quantity above maxQty', buy(0, 1000, 1_000_001), 'QTY_OUT_OF_RANGE'],
      ['fractional quantity', buy(0, 1000, 2.5), 'QTY_OUT_OF_RANGE'],
      ['price 0', buy(0, 0, 5), 'PRICE_OUT_OF_RANGE'],
      ['price above maxPrice', buy(0, 100_001, 5), 'PRICE_OUT_OF_RANGE'],
      ['side out of its enumeration', new Command().newOrder(0, 0, 7, 0, 0, 1000, 5), 'INVALID_ORDER'],
      ['OrdType out of its enumeration', new Command().newOrder(0, 0, 0, 4, 0, 1000, 5), 'INVALID_ORDER'],
      ['TimeInForce out of its enumeration', new Command().newOrder(0, 0, 0, 0, 9, 1000, 5), 'INVALID_ORDER'],
      ['STP mode out of its enumeration', new Command().newOrder(0, 0, 0, 0, 0, 1000, 5, false, 3), 'INVALID_ORDER'],
      ['MARKET with GTC', buy(0, 0, 5, { type: 'MARKET', tif: 'GTC' }), 'INVALID_ORDER'],
      ['PostOnly with IOC', buy(0, 1000, 5, { postOnly: true, tif: 'IOC' }), 'INVALID_ORDER'],
      ['GTD expiring now', buy(0, 1000, 5, { tif: 'GTD', expireTimeUs: 1 }), 'INVALID_ORDER'],
    ];
    it.each(cases)('%s', (_name, cmd, reason) => {
      const h = saturated();
      const r = rejection(h.apply(cmd));
      expect(r.reason).toBe(reason);
      expect(r.orderId).toBe(2); // the engine judged it and used an order id
    });
  });

  it('open-order count answers before the order-quantity limit, which answers before funds', () => {
    const h = new CoreHarness(plainSpec([{}], { maxOpenOrders: 1 }));
    h.deposit(0, Q, 1000);
    h.apply(setLimit(0, 0, LimitKind.MAX_ORDER_QTY, 3));
    expect(rejectReasonOf(h.apply(buy(0, 1000, 4)))).toBe('RISK_LIMIT'); // 4 > 3, and 4000 > 1000 too
    expect(rejectReasonOf(h.apply(buy(0, 1000, 3)))).toBe('INSUFFICIENT_FUNDS');
    const id = acceptedId(h.apply(buy(0, 1, 3)));
    expect(rejection(h.apply(buy(0, 1000, 4)))).toMatchObject({ reason: 'TOO_MANY_OPEN_ORDERS', orderId: 0 });
    h.apply(cancel(0, id));
    expect(rejectReasonOf(h.apply(buy(0, 1000, 4)))).toBe('RISK_LIMIT');
  });

  it.each<[string, Command, string]>([
    ['outside the price band', buy(0, 1200, 5), 'PRICE_BAND'],
    ['PostOnly that would take', buy(0, 1000, 5, { postOnly: true }), 'POST_ONLY_WOULD_TAKE'],
    ['FOK that cannot fill', buy(0, 1000, 5, { tif: 'FOK' }), 'FOK_NOT_FILLABLE'],
  ])('funds answer before matching rules: %s', (_name, cmd, reason) => {
    // Band 10% around 1000; account 1 offers 1 lot at 1000. Account 0 holds 4999 quote: short of 5 x 1000.
    const h = new CoreHarness(plainSpec([{ priceBandBps: 1000, referencePriceTicks: 1000 }]));
    h.deposit(1, B, 1);
    h.apply(sell(1, 1000, 1));
    h.deposit(0, Q, 4999);
    expect(rejection(h.apply(new Command().copyFrom(cmd)))).toMatchObject({ reason: 'INSUFFICIENT_FUNDS', orderId: 0 });
    h.deposit(0, Q, 10_000);
    expect(rejectReasonOf(h.apply(new Command().copyFrom(cmd)))).toBe(reason);
    expect(h.balance(0, Q)).toEqual([14_999, 0]);
  });

  it('funds answer before NO_LIQUIDITY and ORDER_BOOK_FULL', () => {
    const h = new CoreHarness(plainSpec([{}], {}, { maxOrders: 1 }));
    h.deposit(0, Q, 100);
    h.deposit(1, Q, 100);
    expect(rejectReasonOf(h.apply(marketBuy(0, 1)))).toBe('INSUFFICIENT_FUNDS'); // needs maxPrice 100,000
    h.deposit(0, Q, 100_000);
    expect(rejectReasonOf(h.apply(marketBuy(0, 1)))).toBe('NO_LIQUIDITY');
    h.apply(buy(0, 10, 1));
    expect(rejectReasonOf(h.apply(buy(1, 10, 11)))).toBe('INSUFFICIENT_FUNDS');
    expect(rejectReasonOf(h.apply(buy(1, 10, 10)))).toBe('ORDER_BOOK_FULL');
    expect(h.balance(1, Q)).toEqual([100, 0]);
  });

  it('risk rejections carry OrderID 0 and use no order id', () => {
    const h = plainHarness([{}], 0);
    h.deposit(0, Q, 100);
    expect(rejection(h.apply(buy(0, 1000, 1)))).toMatchObject({ orderId: 0, reason: 'INSUFFICIENT_FUNDS' });
    expect(rejection(h.apply(sell(0, 1000, 1)))).toMatchObject({ orderId: 0, reason: 'INSUFFICIENT_FUNDS' });
    expect(acceptedId(h.apply(buy(0, 100, 1)))).toBe(1);
  });
});

describe('limits', () => {
  it('TOO_MANY_OPEN_ORDERS at maxOpenOrders, for any order, until one closes', () => {
    const h = plainHarness([{}], 1_000_000, { maxOpenOrders: 2 });
    const first = acceptedId(h.apply(buy(0, 100, 1)));
    h.apply(sell(0, 200, 1));
    expect(rejectReasonOf(h.apply(buy(0, 100, 1)))).toBe('TOO_MANY_OPEN_ORDERS');
    expect(rejectReasonOf(h.apply(sell(0, 100, 1, { tif: 'IOC' })))).toBe('TOO_MANY_OPEN_ORDERS');
    expect(acceptedId(h.apply(buy(1, 100, 1)))).toBeGreaterThan(0); // per account
    h.apply(cancel(0, first));
    acceptedId(h.apply(buy(0, 100, 1)));
    expect(h.core.openCount[0]).toBe(2);
  });

  it('orders that do not rest do not count', () => {
    const h = plainHarness([{}], 1_000_000, { maxOpenOrders: 1 });
    h.apply(sell(1, 100, 10));
    for (let i = 0; i < 3; i++) acceptedId(h.apply(buy(0, 100, 1, { tif: 'IOC' })));
    expect(h.core.openCount[0]).toBe(0);
    acceptedId(h.apply(buy(0, 100, 1)));
    expect(h.core.openCount[0]).toBe(0); // filled on arrival
  });

  it('from the config: maxOpenOrdersPerAccount, overridden per account', () => {
    const h = btcUsdHarness(100_000_000, 100_000_000, btcUsdSpec({}, [{}, {}, { maxOpenOrders: 2 }], { maxOpenOrdersPerAccount: 3 }));
    for (let i = 0; i < 3; i++) acceptedId(h.apply(buy(ALICE, 100 + i, 1)));
    expect(rejectReasonOf(h.apply(buy(ALICE, 100, 1)))).toBe('TOO_MANY_OPEN_ORDERS');
    for (let i = 0; i < 2; i++) acceptedId(h.apply(buy(CAROL, 100 + i, 1)));
    expect(rejectReasonOf(h.apply(buy(CAROL, 100, 1)))).toBe('TOO_MANY_OPEN_ORDERS');
  });

  describe('on BTC-USD from the config: instrument defaults, account overrides', () => {
    // Instrument: maxOrderNotional 1000 USD = 100,000 cents, maxPosition 0.5 BTC = 5000 lots.
    // Bob: maxOrderQty 0.01 BTC = 100 lots, maxOrderNotional 2000 USD = 200,000 cents, maxPosition 0.02 BTC = 200 lots.
    const spec = () => btcUsdSpec(
      { maxOrderNotional: '1000', maxPosition: '0.5' },
      [{}, { instrumentLimits: { 'BTC-USD': { maxOrderQty: '0.01', maxOrderNotional: '2000', maxPosition: '0.02' } } }],
    );

    it('notional is ceil(price x qty / 10,000) cents against the limit: exactly at it passes', () => {
      const h = btcUsdHarness(100_000_000, 100_000_000_000, spec());
      // 3333 lots at 3000.30 USD (300,030 ticks): 999,999,990 tick-lots = 99,999.999 cents -> ceil 100,000: at the limit.
      acceptedId(h.apply(buy(ALICE, 300_030, 3333)));
      // One tick more: 1,000,003,323 tick-lots -> ceil(100,000.3323) = 100,001 cents: over.
      expect(rejectReasonOf(h.apply(buy(ALICE, 300_031, 3333)))).toBe('RISK_LIMIT');
      expect(rejectReasonOf(h.apply(sell(ALICE, 300_031, 3333)))).toBe('RISK_LIMIT');
      // Bob's override doubles it: 100 lots at 20,000,000 ticks = 200,000 cents passes, one tick more does not.
      acceptedId(h.apply(buy(BOB, 20_000_000, 100)));
      expect(rejectReasonOf(h.apply(buy(BOB, 20_000_001, 100)))).toBe('RISK_LIMIT');
    });

    it('a market order\'s notional is taken at the market bound (maxPrice without a band)', () => {
      const h = btcUsdHarness(100_000_000, 100_000_000_000, spec());
      h.apply(sell(BOB, 100, 50)); // 1 USD a BTC
      // 11 lots at maxPrice 100,000,000 ticks: 1,100,000,000 tick-lots = 110,000 cents > 100,000.
      expect(rejectReasonOf(h.apply(marketBuy(ALICE, 11)))).toBe('RISK_LIMIT');
      // 10 lots: 100,000 cents, at the limit.
      expect(ofType(h.apply(marketBuy(ALICE, 10)), 'TRADE')).toMatchObject([{ qty: 10, price: 100 }]);
    });

    it('order quantity: Bob\'s 100 lots, Alice unlimited', () => {
      const h = btcUsdHarness(100_000_000, 100_000_000_000, spec());
      acceptedId(h.apply(buy(BOB, 100, 100)));
      expect(rejectReasonOf(h.apply(buy(BOB, 100, 101)))).toBe('RISK_LIMIT');
      acceptedId(h.apply(buy(ALICE, 100, 101)));
    });

    it('position counts open orders: Bob at 200 lots, Alice at 5000', () => {
      const h = btcUsdHarness(100_000_000, 100_000_000_000, spec());
      acceptedId(h.apply(buy(BOB, 100, 100)));
      acceptedId(h.apply(buy(BOB, 100, 100)));
      expect(rejectReasonOf(h.apply(buy(BOB, 100, 1)))).toBe('RISK_LIMIT');
      acceptedId(h.apply(buy(ALICE, 100, 5000)));
      expect(rejectReasonOf(h.apply(buy(ALICE, 100, 1)))).toBe('RISK_LIMIT');
    });
  });

  it('position: position + open buys + qty for a buy, open sells + qty - position for a sell', () => {
    const h = plainHarness();
    h.apply(setLimit(0, 0, LimitKind.MAX_POSITION, 10));
    acceptedId(h.apply(buy(0, 100, 6)));
    expect(rejectReasonOf(h.apply(buy(0, 100, 5)))).toBe('RISK_LIMIT'); // 0 + 6 + 5 > 10
    const four = acceptedId(h.apply(buy(0, 100, 4)));
    h.apply(sell(1, 100, 6, { tif: 'IOC' })); // fills the 6: position 6, open buys 4
    expect(h.core.exposure[0]).toBe(6);
    expect(rejectReasonOf(h.apply(buy(0, 100, 1)))).toBe('RISK_LIMIT'); // 6 + 4 + 1 > 10
    expect(rejectReasonOf(h.apply(sell(0, 200, 17)))).toBe('RISK_LIMIT'); // 0 + 17 - 6 > 10
    const sixteen = acceptedId(h.apply(sell(0, 200, 16)));
    expect(rejectReasonOf(h.apply(sell(0, 200, 1)))).toBe('RISK_LIMIT'); // 16 + 1 - 6 > 10
    h.apply(cancel(0, four));
    acceptedId(h.apply(buy(0, 100, 4))); // 6 + 0 + 4 = 10
    // A replace counts the change in open quantity: the 4 up to 5 would make 11; down is always allowed.
    const again = h.core.engine.nextOrderId() - 1;
    expect(rejectReasonOf(h.apply(replace(0, again, 100, 5)))).toBe('RISK_LIMIT');
    expect(ofType(h.apply(replace(0, sixteen, 200, 12)), 'REPLACED')).toHaveLength(1);
    expect(ofType(h.apply(replace(0, again, 100, 3)), 'REPLACED')).toHaveLength(1);
  });

  it('a replace is judged on its new quantity and notional', () => {
    const h = plainHarness();
    h.apply(setLimit(0, 0, LimitKind.MAX_ORDER_QTY, 10));
    h.apply(setLimit(0, 0, LimitKind.MAX_ORDER_NOTIONAL, 5000));
    const id = acceptedId(h.apply(buy(0, 100, 10)));
    expect(rejectReasonOf(h.apply(replace(0, id, 100, 11)))).toBe('RISK_LIMIT');
    expect(rejectReasonOf(h.apply(replace(0, id, 501, 10)))).toBe('RISK_LIMIT'); // 5010 > 5000
    expect(ofType(h.apply(replace(0, id, 500, 10)), 'REPLACED')).toHaveLength(1);
    expect(h.held(0, Q)).toBe(5000);
  });
});

describe('time passes before risk judges (docs/engine.md: due GTD orders expire before the command)', () => {
  it('a new order may use the funds of a GTD order expiring at its timestamp', () => {
    const h = plainHarness([{}], 0);
    h.deposit(0, Q, 10_000);
    const at = h.nowUs + 100;
    const gtd = acceptedId(h.apply(buy(0, 1000, 10, { tif: 'GTD', expireTimeUs: at })));
    expect(h.balance(0, Q)).toEqual([0, 10_000]);
    const ev = h.applyAt(at, buy(0, 1000, 10));
    expect(ofType(ev, 'EXPIRED')).toMatchObject([{ orderId: gtd }]);
    expect(acceptedId(ev)).toBe(gtd + 1);
    expect(h.balance(0, Q)).toEqual([0, 10_000]);
  });

  it('and its open-order slot', () => {
    const h = plainHarness([{}], 1_000_000, { maxOpenOrders: 1 });
    const at = h.nowUs + 100;
    acceptedId(h.apply(sell(0, 1000, 1, { tif: 'GTD', expireTimeUs: at })));
    expect(rejectReasonOf(h.applyAt(at - 1, sell(0, 1000, 1)))).toBe('TOO_MANY_OPEN_ORDERS');
    acceptedId(h.applyAt(at, sell(0, 1000, 1)));
  });

  it('a replace may use the funds of a GTD order expiring at its timestamp', () => {
    const h = plainHarness([{}], 0);
    h.deposit(0, Q, 2000);
    const at = h.nowUs + 100;
    const id = acceptedId(h.apply(buy(0, 100, 10)));
    acceptedId(h.apply(buy(0, 100, 10, { tif: 'GTD', expireTimeUs: at })));
    const ev = h.applyAt(at, replace(0, id, 100, 20));
    expect(typesOf(ev).filter((t) => t !== 'BOOK_LEVEL' && t !== 'POSTING')).toEqual(['EXPIRED', 'REPLACED']);
    expect(h.balance(0, Q)).toEqual([0, 2000]);
  });

  it('a replace of an order expiring at its timestamp finds no order', () => {
    const h = plainHarness([{}], 1_000_000, { dedupeCapacity: 4 });
    const at = h.nowUs + 100;
    const id = acceptedId(h.apply(buy(0, 100, 10, { tif: 'GTD', expireTimeUs: at, clOrdId: 'G' })));
    const ev = h.applyAt(at, replace(0, id, 100, 5, 'G2'));
    expect(typesOf(ev).filter((t) => t !== 'BOOK_LEVEL' && t !== 'POSTING')).toEqual(['EXPIRED', 'REJECTED']);
    expect(rejectReasonOf(ev)).toBe('UNKNOWN_ORDER');
    expect(h.statusByClOrdId(0, 'G2')).toMatchObject({ type: 'REJECTED', reason: 'UNKNOWN_ORDER' });
  });
});
