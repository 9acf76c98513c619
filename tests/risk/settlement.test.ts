import { describe, expect, it } from 'vitest';
import { Command } from '../../engine/command.js';
import { CommandType } from '../../engine/enums.js';
import { OUTSIDE, PostingReason } from '../../risk/wallet.js';
import {
  ALICE, BOB, BTC, CAROL, CoreHarness, USD, acceptedId, admin, btcUsdHarness, btcUsdSpec, buy, cancel, movesOf,
  ofType, plainHarness, sell,
} from './support/coreHarness.js';

// BTC-USD (btcUsdSpec): 1 tick = 1 cent, 1 lot = 10,000 sat, 1 tick x 1 lot = 1/10,000 cent.
// Quote amounts: ceil(tick-lots / 10,000) on the buyer's cumulative notional; fees
// floor(amount x bps / 10,000) with maker 1 bps, taker 5 bps.
const PRICE = 3_000_001; // 30,000.01 USD
const CENTS = 100_000_000_00;
const SATS = 100_0000_0000;

describe('settlement on BTC-USD: ceil of the buyer\'s cumulative quote amount, floor of fees', () => {
  it('settles three fills into one resting bid exactly, paying ceil(total notional) once', () => {
    const h = btcUsdHarness();
    // Alice bids 0.5 BTC = 5000 lots at 30,000.01: 15,000,005,000 tick-lots = 1,500,000.5 cents,
    // ceil 1,500,001; fee hold floor(1,500,001 x 5 / 10,000) = 750: 1,500,751 held.
    const bid = acceptedId(h.apply(buy(ALICE, PRICE, 5000)));
    expect(h.held(ALICE, USD)).toBe(1_500_751);

    // Fill 1, Bob sells 0.1111 BTC (1111 lots, taker): 3,333,001,111 tick-lots = 333,300.1111 cents -> 333,301.
    // Bob's taker fee floor(333,301 x 5 / 10,000) = floor(166.6505) = 166; Alice's maker fee floor(33.3301) = 33.
    let ev = h.apply(sell(BOB, 2_900_000, 1111));
    expect(ofType(ev, 'TRADE')).toMatchObject([{ price: PRICE, qty: 1111, takerFee: 166, makerFee: 33, quoteAmount: 333_301 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', BTC, '1.avail', '1.held', 11_110_000],
      ['TRADE', USD, '0.held', '1.avail', 333_301],
      ['TRADE', BTC, '1.held', '0.avail', 11_110_000],
      ['FEE', USD, '1.avail', 'fees', 166],
      ['FEE', USD, '0.held', 'fees', 33],
    ]);

    // Fill 2, Carol sells 0.2222 BTC (2222 lots): 6,666,002,222 tick-lots. On the cumulative notional:
    // ceil((3,333,001,111 + 6,666,002,222) / 10,000) - 333,301 = ceil(999,900.3333) - 333,301 = 666,600,
    // one cent less than this fill alone would round to (ceil(666,600.2222) = 666,601).
    // Carol's taker fee floor(333.3) = 333; Alice's maker fee floor(66.66) = 66.
    ev = h.apply(sell(CAROL, PRICE, 2222));
    expect(ofType(ev, 'TRADE')).toMatchObject([{ qty: 2222, takerFee: 333, makerFee: 66, quoteAmount: 666_600 }]);

    // Fill 3, Bob sells the last 1667 lots: ceil(15,000,005,000 / 10,000) - 999,901 = 1,500,001 - 999,901 = 500,100.
    // Bob's fee floor(250.05) = 250; Alice's floor(50.01) = 50. Alice is filled: her hold's rest is released,
    // 1,500,751 - (1,500,001 + 33 + 66 + 50) = 601.
    ev = h.apply(sell(BOB, PRICE, 1667));
    expect(ofType(ev, 'TRADE')).toMatchObject([{ qty: 1667, takerFee: 250, makerFee: 50, quoteAmount: 500_100 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', BTC, '1.avail', '1.held', 16_670_000],
      ['TRADE', USD, '0.held', '1.avail', 500_100],
      ['TRADE', BTC, '1.held', '0.avail', 16_670_000],
      ['FEE', USD, '1.avail', 'fees', 250],
      ['FEE', USD, '0.held', 'fees', 50],
      ['RELEASE', USD, '0.held', '0.avail', 601],
    ]);
    expect(ofType(ev, 'POSTING').at(-1)).toMatchObject({ ref: bid });

    // Alice paid 1,500,001 cents (the exact notional 1,500,000.5 rounded up once) plus 149 in fees, for 0.5 BTC.
    expect(h.balance(ALICE, USD)).toEqual([CENTS - 1_500_150, 0]);
    expect(h.balance(ALICE, BTC)).toEqual([SATS + 50_000_000, 0]);
    // Bob: 333,301 - 166 + 500,100 - 250 cents for 2778 lots; Carol: 666,600 - 333 for 2222 lots.
    expect(h.balance(BOB, USD)).toEqual([CENTS + 832_985, 0]);
    expect(h.balance(BOB, BTC)).toEqual([SATS - 27_780_000, 0]);
    expect(h.balance(CAROL, USD)).toEqual([CENTS + 666_267, 0]);
    expect(h.balance(CAROL, BTC)).toEqual([SATS - 22_220_000, 0]);
    // Fees: taker 166 + 333 + 250, maker 33 + 66 + 50.
    expect(h.balance(h.feeAccount, USD)).toEqual([898, 0]);
  });

  it('a taker buy at a better price pays the maker\'s price and gets the rest of its hold back', () => {
    const h = btcUsdHarness();
    h.apply(sell(ALICE, 3_000_000, 100)); // 0.01 BTC at 30,000.00
    // Bob buys 0.01 BTC with limit 31,000.00: holds 310,000,000 / 10,000 = 31,000 cents + floor(15.5) = 15.
    // Fills at 30,000.00: 30,000 cents, taker fee floor(15) = 15 (Bob), maker fee floor(3) = 3 (Alice).
    const ev = h.apply(buy(BOB, 3_100_000, 100));
    expect(ofType(ev, 'TRADE')).toMatchObject([{ price: 3_000_000, takerFee: 15, makerFee: 3, quoteAmount: 30_000 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', USD, '1.avail', '1.held', 31_015],
      ['TRADE', USD, '1.held', '0.avail', 30_000],
      ['TRADE', BTC, '0.held', '1.avail', 1_000_000],
      ['FEE', USD, '1.held', 'fees', 15],
      ['FEE', USD, '0.avail', 'fees', 3],
      ['RELEASE', USD, '1.held', '1.avail', 1000],
    ]);
    expect(h.balance(BOB, USD)).toEqual([CENTS - 30_015, 0]);
    expect(h.balance(ALICE, USD)).toEqual([CENTS + 29_997, 0]);
  });

  it('a fill worth less than the cent already rounded up moves no quote, and no zero posting', () => {
    const h = btcUsdHarness();
    // Alice bids 3 lots at 1 tick (0.01 USD per BTC): 3 tick-lots = 0.0003 cent, held ceil = 1 cent.
    acceptedId(h.apply(buy(ALICE, 1, 3)));
    expect(h.held(ALICE, USD)).toBe(1);
    // First lot: ceil(1 / 10,000) - 0 = 1 cent.
    let ev = h.apply(sell(BOB, 1, 1));
    expect(ofType(ev, 'TRADE')).toMatchObject([{ quoteAmount: 1 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', BTC, '1.avail', '1.held', 10_000],
      ['TRADE', USD, '0.held', '1.avail', 1],
      ['TRADE', BTC, '1.held', '0.avail', 10_000],
    ]);
    // Second lot: ceil(2 / 10,000) - ceil(1 / 10,000) = 0: only base moves, and the event says 0.
    ev = h.apply(sell(BOB, 1, 1));
    const trade = ofType(ev, 'TRADE')[0]!;
    expect(trade.quoteAmount).toBeUndefined(); // readEvents drops settlement fields that are 0
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', BTC, '1.avail', '1.held', 10_000],
      ['TRADE', BTC, '1.held', '0.avail', 10_000],
    ]);
    expect(h.balance(ALICE, USD)).toEqual([CENTS - 1, 0]);
    expect(h.balance(ALICE, BTC)).toEqual([SATS + 20_000, 0]);
  });

  it('the postings of one trade share a TX and follow the documented order; refs name orders, trades and payments', () => {
    const h = btcUsdHarness();
    const ask = acceptedId(h.apply(sell(ALICE, PRICE, 5000)));
    // Bob's limit is 1 USD above the ask, so something is left to release.
    const ev = h.apply(buy(BOB, PRICE + 100, 5000));
    const bid = acceptedId(ev);
    const tradeId = ofType(ev, 'TRADE')[0]!.tradeId as number;
    const postings = ofType(ev, 'POSTING');
    expect(postings.map((p) => p.reason)).toEqual([
      PostingReason.HOLD, PostingReason.TRADE, PostingReason.TRADE, PostingReason.FEE, PostingReason.FEE,
      PostingReason.RELEASE,
    ]);
    expect(postings.map((p) => p.ref)).toEqual([bid, tradeId, tradeId, tradeId, tradeId, bid]);
    const [hold, ...rest] = postings.map((p) => p.tx as number);
    expect(rest).toEqual([hold! + 1, hold! + 1, hold! + 1, hold! + 1, hold! + 2]);
    expect(ask).toBeLessThan(bid);
    const dep = h.apply(new Command().funding(CommandType.DEPOSIT, CAROL, USD, 5, 77));
    expect(ofType(dep, 'POSTING')).toMatchObject([{ ref: 77, reason: PostingReason.DEPOSIT, debit: OUTSIDE, credit: CAROL * 2, amount: 5 }]);
  });
});

describe('maker rebates', () => {
  it('are paid by the fee account out of the taker fee of the same trade', () => {
    // Plain spec, taker 10 bps, maker -4 bps (a rebate).
    const h = plainHarness([{ takerFeeBps: 10, makerFeeBps: -4 }], 1_000_000);
    h.apply(sell(1, 1000, 25));
    // Buy 25 @ 1000 = 25,000: holds 25,000 + floor(25,000 x 10 / 10,000) = 25,025.
    // Taker fee 25 to the fee account first, then the maker's rebate floor(25,000 x 4 / 10,000) = 10 from it.
    const ev = h.apply(buy(0, 1000, 25));
    expect(ofType(ev, 'TRADE')).toMatchObject([{ takerFee: 25, makerFee: -10, quoteAmount: 25_000 }]);
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', 0, '0.avail', '0.held', 25_025],
      ['TRADE', 0, '0.held', '1.avail', 25_000],
      ['TRADE', 1, '1.held', '0.avail', 25],
      ['FEE', 0, '0.held', 'fees', 25],
      ['REBATE', 0, 'fees', '1.avail', 10],
    ]);
    expect(h.balance(h.feeAccount, 0)).toEqual([15, 0]);
    expect(h.balance(1, 0)).toEqual([1_000_000 + 25_010, 0]);
  });

  it('go to a buying maker\'s available balance, its hold only paying the quote', () => {
    const h = plainHarness([{ takerFeeBps: 10, makerFeeBps: -4 }], 1_000_000);
    // The bid holds at max(10, -4) = 10 bps: 25,000 + 25.
    h.apply(buy(0, 1000, 25));
    expect(h.held(0, 0)).toBe(25_025);
    const ev = h.apply(sell(1, 1000, 25));
    expect(movesOf(ev, h.feeAccount)).toEqual([
      ['HOLD', 1, '1.avail', '1.held', 25],
      ['TRADE', 0, '0.held', '1.avail', 25_000],
      ['TRADE', 1, '1.held', '0.avail', 25],
      ['FEE', 0, '1.avail', 'fees', 25],
      ['REBATE', 0, 'fees', '0.avail', 10],
      ['RELEASE', 0, '0.held', '0.avail', 25],
    ]);
    expect(h.balance(0, 0)).toEqual([1_000_000 - 25_000 + 10, 0]);
  });

  it('as large as the taker fee leave the fee account at exactly zero, never below', () => {
    const h = plainHarness([{ takerFeeBps: 7, makerFeeBps: -7 }], 1_000_000);
    h.apply(sell(1, 1000, 30));
    // 30,000 x 7 / 10,000 = 21 both ways.
    h.apply(buy(0, 1000, 10));
    expect(h.balance(h.feeAccount, 0)).toEqual([0, 0]);
    // 7 x 1001 ... small fills: floor(7007 x 7 / 10,000) = 4 each way; the account stays at 0 after each.
    h.apply(sell(1, 1001, 7));
    h.apply(buy(0, 1001, 7));
    expect(h.balance(h.feeAccount, 0)).toEqual([0, 0]);
    h.apply(buy(2, 1000, 20, { tif: 'IOC' }));
    expect(h.balance(h.feeAccount, 0)).toEqual([0, 0]);
  });

  it('larger than the taker fee are a config error, so the fee account cannot be drained', () => {
    expect(() => btcUsdSpec({ makerFeeBps: -6, takerFeeBps: 5 })).toThrow(/rebate may not exceed the taker fee/);
    const spec = btcUsdSpec({ makerFeeBps: -5, takerFeeBps: 5 });
    expect([spec.instruments[0]!.makerFeeBps, spec.instruments[0]!.takerFeeBps]).toEqual([-5, 5]);
  });

  it('on BTC-USD, -1 bps maker against 5 bps taker: floor(amount x 1 / 10,000) back to the maker', () => {
    const h = new CoreHarness(btcUsdSpec({ makerFeeBps: -1 }));
    for (const a of [ALICE, BOB]) {
      h.deposit(a, USD, CENTS);
      h.deposit(a, BTC, SATS);
    }
    h.apply(sell(ALICE, PRICE, 5000));
    // 1,500,001 cents (as above); Bob's taker fee 750, Alice's rebate floor(150.0001) = 150.
    const ev = h.apply(buy(BOB, PRICE, 5000));
    expect(ofType(ev, 'TRADE')).toMatchObject([{ takerFee: 750, makerFee: -150, quoteAmount: 1_500_001 }]);
    expect(h.balance(h.feeAccount, USD)).toEqual([600, 0]);
    expect(h.balance(ALICE, USD)).toEqual([CENTS + 1_500_001 + 150, 0]);
    expect(h.balance(BOB, USD)).toEqual([CENTS - 1_500_751, 0]);
  });
});

describe('the ledger', () => {
  it('rebuilt from zero out of every posting equals the wallet, bucket by bucket, after a mixed session', () => {
    const h = btcUsdHarness(50_000_000, 2_000_000_000);
    const ids = [
      acceptedId(h.apply(buy(ALICE, PRICE, 2500))),
      acceptedId(h.apply(buy(CAROL, PRICE - 7, 1234))),
      acceptedId(h.apply(sell(BOB, PRICE + 3, 999))),
    ];
    h.apply(sell(BOB, PRICE - 10, 3000));
    h.apply(buy(CAROL, PRICE + 5, 500, { tif: 'IOC' }));
    h.apply(cancel(CAROL, ids[1]!));
    h.apply(new Command().funding(CommandType.WITHDRAW, ALICE, BTC, 1234, 5));
    // The harness compares ledger and wallet after every command; here the totals too.
    for (let a = 0; a <= h.feeAccount; a++) {
      for (const asset of [USD, BTC]) {
        expect([h.ledgerBalance(a * 2, asset), h.ledgerBalance(a * 2 + 1, asset)]).toEqual(h.balance(a, asset));
      }
    }
    // OUTSIDE holds minus the net inflow: every unit in the accounts came through a deposit.
    let usd = 0;
    let btc = 0;
    for (let a = 0; a <= h.feeAccount; a++) {
      usd += h.available(a, USD) + h.held(a, USD);
      btc += h.available(a, BTC) + h.held(a, BTC);
    }
    expect([h.ledgerBalance(OUTSIDE, USD), h.ledgerBalance(OUTSIDE, BTC)]).toEqual([-usd, -btc]);
    expect([usd, btc]).toEqual([3 * 50_000_000, 3 * 2_000_000_000 - 1234]);
    expect(h.balance(h.feeAccount, USD)[0]).toBeGreaterThan(0);
    expect(h.postingCount).toBeGreaterThan(20);
  });

  it('is checked for real: a wallet changed behind the ledger\'s back is caught at the next command', () => {
    const h = btcUsdHarness(1000, 1000);
    // Move one cent into Alice's available without a posting; keep the per-asset total consistent
    // so the wallet's own invariant still holds and only the ledger comparison can notice.
    h.core.wallet.bal[0] += 1;
    h.core.wallet.outsideNet[USD] += 1;
    expect(() => h.apply(admin(CommandType.BALANCE_QUERY, ALICE))).toThrow(/ledger of account 0 asset 0 is 1000,0, wallet 1001,0/);
  });
});
