/**
 * Property runs of the deterministic core (order manager, risk, wallet,
 * matching) over random multi-account workloads with scarce funds: after
 * EVERY command `assertInvariants()`, and the naive twin
 * (support/propLedgerModel.ts) predicts every answer and every POSTING
 * (transaction, reference, reason, asset, debit, credit, amount) and checks:
 * balances never negative; per asset, all accounts (fee account included)
 * sum to deposits minus withdrawals counted from ADMIN_DONE; every POSTING
 * amount > 0; the ledger replayed from all POSTING events equals the wallet;
 * per transaction and asset the postings sum to zero (OUTSIDE included);
 * each TRADE's QUOTE_AMOUNT, fees and postings agree with an independent
 * BigInt computation; held = the open orders' holds, each enough for what
 * its order may still cost; the dedupe window and the order records equal
 * the model's.
 *
 * RISK_PROP_RUNS (fast-check runs per spec, default 100) and
 * RISK_PROP_COMMANDS (length of the seeded run, default 6000) scale it up.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Command } from '../../engine/command.js';
import { CommandType, EventType, OrdType, Side, TimeInForce } from '../../engine/enums.js';
import { EVENT_STRIDE, EventBuffer, F, PF, TF } from '../../engine/eventBuffer.js';
import { RejectReason } from '../../engine/rejectReason.js';
import type { CoreSpec } from '../../risk/coreSpec.js';
import { ExchangeCore } from '../../risk/exchangeCore.js';
import { plainCoreSpec } from '../../risk/plainSpec.js';
import { instrument } from '../engine/support/fixtures.js';
import { ModelMismatch } from './support/propLedgerModel.js';
import { decimalConfigSpec, feePlainSpec, type PropSpec } from './support/propSpecs.js';
import { intentArb, PropDriver, seededIntents } from './support/propWorkload.js';

const RUNS = Number(process.env.RISK_PROP_RUNS ?? 100);
const SEEDED = Number(process.env.RISK_PROP_COMMANDS ?? 6000);

const SPECS: (() => PropSpec)[] = [feePlainSpec, decimalConfigSpec];

/** Outcomes the seeded run must reach: without them the properties above would hold vacuously. */
const MUST_SEE = [
  'trade', 'maker rebate', 'maker fee', 'STP cancel', 'GTD expired', 'market order accepted',
  'deposit applied', 'withdrawal applied', 'duplicate RefID (deposit)', 'duplicate RefID (withdrawal)',
  'INSUFFICIENT_FUNDS (command 1)', 'INSUFFICIENT_FUNDS (command 3)', 'INSUFFICIENT_FUNDS (command 11)',
  'resent NewOrderSingle answered ORDER_STATUS', 'reused ClOrdID answered DUPLICATE_CLORDID', 'DUPLICATE_CLORDID (command 3)',
  'DEDUPE_WINDOW_FULL (command 1)', 'ClOrdID used again after it left the window',
  'cancel by OrigClOrdID', 'replace by OrigClOrdID', 'replace holds more', 'replace releases', 'replace at or below the filled qty',
  'ACCOUNT_DISABLED (command 1)', 'kill switch canceled an order', 'INSTRUMENT_HALTED (command 1)', 'INSTRUMENT_HALTED (command 3)',
  'RISK_LIMIT (command 1)', 'RISK_LIMIT (command 3)', 'TOO_MANY_OPEN_ORDERS (command 1)', 'INVALID_AMOUNT (command 24)',
  'ORDER_STATUS of a NEW order', 'ORDER_STATUS of a PARTIALLY_FILLED order', 'ORDER_STATUS of a FILLED order',
  'ORDER_STATUS of a CANCELED order', 'ORDER_STATUS of a EXPIRED order', 'ORDER_STATUS of a REJECTED order',
  'UNKNOWN_ORDER (command 6)', 'UNKNOWN_ACCOUNT (command 1)', 'UNKNOWN_ACCOUNT (command 7)',
];

describe.each(SPECS.map((make) => [make().name, make] as const))('ExchangeCore properties: %s', (_name, make) => {
  it('random multi-account workloads keep every invariant, balance, posting and answer the model predicts', () => {
    fc.assert(
      fc.property(fc.array(intentArb, { minLength: 1, maxLength: 300, size: 'max' }), (intents) => {
        const d = new PropDriver(make());
        d.fund();
        for (const t of intents) d.step(t);
      }),
      { numRuns: RUNS },
    );
  });

  it('a long seeded workload holds them too, reaching every outcome the generator aims at', () => {
    const d = new PropDriver(make());
    d.fund();
    for (const t of seededIntents(0x5eed, SEEDED)) d.step(t);
    const missing = MUST_SEE.filter((k) => (d.model.seen.get(k) ?? 0) === 0);
    expect(missing, [...d.model.seen.entries()].sort().map(([k, v]) => `${k}: ${v}`).join('\n')).toEqual([]);
  });
});

// ---- the checks can fail ---------------------------------------------------------

/** A core whose output (or wallet) is spoiled once, by `tamper`, after the command where it first can be. */
class TamperedCore extends ExchangeCore {
  private done = false;
  constructor(spec: CoreSpec, private readonly tamper: (core: ExchangeCore, out: EventBuffer, first: number) => boolean) {
    super(spec);
  }

  override apply(cmd: Command, out: EventBuffer): void {
    const first = out.count;
    super.apply(cmd, out);
    if (!this.done) this.done = this.tamper(this, out, first);
  }
}

/** Spoils field `field` of the first event of `type` in [first, count) by `by`; false when there is none. */
function spoilFirst(out: EventBuffer, first: number, type: number, field: number, by: number, when: (i: number) => boolean = () => true): boolean {
  for (let i = first; i < out.count; i++) {
    if (out.type(i) === type && when(i)) {
      out.data[i * EVENT_STRIDE + field]! += by;
      return true;
    }
  }
  return false;
}

function runTampered(tamper: (core: ExchangeCore, out: EventBuffer, first: number) => boolean): void {
  const d = new PropDriver(feePlainSpec(), (spec) => new TamperedCore(spec, tamper));
  d.fund();
  for (const t of seededIntents(7, 1500)) d.step(t);
}

describe('the property checks catch a core that gets settlement wrong', () => {
  it('a POSTING one unit off', () => {
    expect(() => runTampered((_c, out, first) => spoilFirst(out, first, EventType.POSTING, PF.AMOUNT, 1)))
      .toThrow(/POSTING amount/);
  });

  it('a TRADE whose QUOTE_AMOUNT disagrees with its postings', () => {
    expect(() => runTampered((_c, out, first) => spoilFirst(out, first, EventType.TRADE, TF.QUOTE_AMOUNT, 1)))
      .toThrow(/TRADE QUOTE_AMOUNT/);
  });

  it('a maker rebate reported as no fee', () => {
    expect(() => runTampered((_c, out, first) => spoilFirst(out, first, EventType.TRADE, TF.MAKER_FEE, 1, (i) => out.get(i, TF.MAKER_FEE) < 0)))
      .toThrow(/TRADE MAKER_FEE/);
  });

  it('a wallet move without a POSTING (ledger replay no longer equals the wallet)', () => {
    const scratch = new EventBuffer(4);
    expect(() => runTampered((core) => {
      if (core.wallet.available(1, 0) < 1) return false;
      core.wallet.post(scratch, 999_999, 0, 1, 0, 2, 3, 1); // account 1: available -> held, quote asset
      return true;
    })).toThrow(ModelMismatch);
  });

  it('an order answered with another order\'s id', () => {
    expect(() => runTampered((_c, out, first) => spoilFirst(out, first, EventType.ACCEPTED, F.ORDER_ID, 1000)))
      .toThrow(/ACCEPTED order id|not open|POSTING ref/);
  });
});

// ---- directed cases found by the property runs -----------------------------------

/** A bare core and a runner answering each command's events as rows of [type, order id, reason]. */
function directCore(spec: CoreSpec) {
  const core = new ExchangeCore(spec);
  const events = new EventBuffer();
  let t = 1_000_000;
  const run = (c: Command) => {
    c.timestampUs = ++t;
    events.clear();
    core.apply(c, events);
    core.assertInvariants();
    const rows: { type: number; orderId: number; reason: number }[] = [];
    for (let i = 0; i < events.count; i++) {
      rows.push({ type: events.type(i), orderId: events.get(i, F.ORDER_ID), reason: events.type(i) === EventType.REJECTED ? events.get(i, F.REASON) : 0 });
    }
    return rows;
  };
  for (let a = 0; a < spec.accounts.length; a++) {
    for (let asset = 0; asset < spec.assets.length; asset++) run(new Command().funding(CommandType.DEPOSIT, a, asset, 100_000, a * 10 + asset + 1));
  }
  return { core, run };
}

const limit = (account: number, side: number, tif: number, price: number, qty: number) =>
  new Command().newOrder(account, 0, side, OrdType.LIMIT, tif, price, qty);

describe('ExchangeCore: directed cases', () => {
  it('a replace the engine refuses does not give the order its ClOrdID (FIX: only an accepted replace renames)', () => {
    const { run } = directCore(plainCoreSpec([instrument(0)], { maxOrders: 20, maxLevels: 20, maxAccounts: 2 }));
    const [accepted] = run(limit(0, Side.BUY, TimeInForce.GTC, 100, 1).setClOrdId('A'));
    expect(accepted!.type).toBe(EventType.ACCEPTED);
    const id = accepted!.orderId;
    // Price 0 passes risk (an instrument rule) and is refused by the engine.
    expect(run(new Command().replace(0, 0, 0, 0, 5).setClOrdId('B').setOrigClOrdId('A')))
      .toEqual([{ type: EventType.REJECTED, orderId: id, reason: RejectReason.PRICE_OUT_OF_RANGE }]);
    // 'B' names nothing: a cancel by it is UNKNOWN_ORDER (order A stays), a status query too, and a new order may use it.
    expect(run(new Command().cancel(0, 0, 0).setOrigClOrdId('B'))).toEqual([{ type: EventType.REJECTED, orderId: 0, reason: RejectReason.UNKNOWN_ORDER }]);
    expect(run(new Command().admin(CommandType.ORDER_STATUS, 0, 0).setClOrdId('B')))
      .toEqual([{ type: EventType.REJECTED, orderId: 0, reason: RejectReason.UNKNOWN_ORDER }]);
    expect(run(limit(0, Side.BUY, TimeInForce.GTC, 100, 1).setClOrdId('B'))[0]!.type).toBe(EventType.ACCEPTED);
    // An accepted replace does rename: 'C' then finds order A.
    expect(run(new Command().replace(0, 0, 0, 101, 1).setClOrdId('C').setOrigClOrdId('A'))[0]!.type).toBe(EventType.REPLACED);
    expect(run(new Command().cancel(0, 0, 0).setOrigClOrdId('C'))[0]).toEqual({ type: EventType.CANCELED, orderId: id, reason: 0 });
  });

  // Known bug, to be flipped to `it` when fixed: ExchangeCore allocates dedupeCapacity + maxOrders order
  // records, but a NEW_ORDER needs a record while it is entered, on top of maxOrders open ones and
  // dedupeCapacity closed ones named by the window; with all of those in use, alloc() fails and the
  // core answers DEDUPE_WINDOW_FULL even to an order without a ClOrdID (which is not deduped at all).
  it('an order without a ClOrdID is never refused DEDUPE_WINDOW_FULL (book at maxOrders, window full of closed orders)', () => {
    const { run } = directCore(plainCoreSpec([instrument(0)], { maxOrders: 2, maxLevels: 10, maxAccounts: 3 }, { dedupeCapacity: 1 }));
    // The window's one ClOrdID names a closed order (an IOC with nothing to meet: accepted, then its remainder cancelled).
    expect(run(new Command().newOrder(0, 0, Side.BUY, OrdType.LIMIT, TimeInForce.IOC, 100, 1).setClOrdId('A')).map((e) => e.type))
      .toEqual([EventType.ACCEPTED, EventType.CANCELED, EventType.POSTING, EventType.POSTING]);
    // The book holds maxOrders resting orders.
    expect(run(limit(0, Side.BUY, TimeInForce.GTC, 100, 1))[0]!.type).toBe(EventType.ACCEPTED);
    expect(run(limit(1, Side.BUY, TimeInForce.GTC, 99, 1))[0]!.type).toBe(EventType.ACCEPTED);
    // An IOC sell without a ClOrdID can trade (it never rests): it must.
    const answer = run(limit(2, Side.SELL, TimeInForce.IOC, 100, 1));
    expect(answer.filter((e) => e.type === EventType.REJECTED)).toEqual([]);
    expect(answer.some((e) => e.type === EventType.TRADE)).toBe(true);
  });
});
