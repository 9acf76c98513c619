import fc from 'fast-check';
import { describe, it } from 'vitest';
import { Command } from '../../engine/command.js';
import type { MatchingEngine } from '../../engine/engine.js';
import { ALL_INSTRUMENTS, OrdType, Side, StpMode, TimeInForce } from '../../engine/enums.js';
import { EventBuffer } from '../../engine/eventBuffer.js';
import type { EngineLimits } from '../../engine/instrumentSpec.js';
import { OrderBookEngine } from '../../engine/matchingEngine.js';
import { NaiveEngine } from '../../engine/naive/naiveEngine.js';
import { compareEvents, showEvents } from './support/compareEvents.js';
import { ENGINES } from './support/engines.js';
import { instrument } from './support/fixtures.js';
import { OrderAccounting } from './support/orderAccounting.js';

/**
 * fast-check runs of random command sequences. Commands are records that
 * name their target order relative to the orders seen so far, so shrinking
 * keeps them meaningful; the ledger (`OrderAccounting`) turns a record into
 * a command and checks every event it causes.
 */
const INSTRUMENTS = [
  instrument(0, { maxPriceTicks: 1000, maxQtyLots: 60 }),
  // 3% band around 100: 97 .. 103 until the first trade.
  instrument(1, { maxPriceTicks: 1000, maxQtyLots: 60, priceBandBps: 300, referencePriceTicks: 100 }),
];
const LIMITS: EngineLimits = { maxOrders: 40, maxLevels: 16, maxAccounts: 4 };
const MID = 100;

type NewRec = {
  k: 'new'; account: number; instrument: number; side: number; ordType: number; tif: number;
  offset: number; qty: number; postOnly: boolean; stp: number;
};
type CancelRec = { k: 'cancel'; ref: number; own: boolean; account: number };
type ReplaceRec = { k: 'replace'; ref: number; own: boolean; account: number; offset: number; qtyDelta: number };
type MassRec = { k: 'mass'; account: number; instrument: number };
type Rec = NewRec | CancelRec | ReplaceRec | MassRec;

const account = fc.integer({ min: 0, max: 3 });
const newRec: fc.Arbitrary<Rec> = fc.record({
  k: fc.constant('new' as const),
  account,
  instrument: fc.integer({ min: 0, max: 1 }),
  side: fc.constantFrom(Side.BUY, Side.SELL),
  ordType: fc.constantFrom(OrdType.LIMIT, OrdType.LIMIT, OrdType.LIMIT, OrdType.MARKET),
  tif: fc.constantFrom(TimeInForce.GTC, TimeInForce.GTC, TimeInForce.IOC, TimeInForce.FOK),
  offset: fc.integer({ min: -6, max: 6 }),
  qty: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 61 })),
  postOnly: fc.boolean(),
  stp: fc.constantFrom(StpMode.CANCEL_NEWEST, StpMode.CANCEL_OLDEST, StpMode.CANCEL_BOTH),
});
const ref = fc.nat({ max: 30 });
const cancelRec: fc.Arbitrary<Rec> = fc.record({ k: fc.constant('cancel' as const), ref, own: fc.boolean(), account });
const replaceRec: fc.Arbitrary<Rec> = fc.record({
  k: fc.constant('replace' as const), ref, own: fc.constantFrom(true, true, true, false), account,
  offset: fc.constantFrom(0, 0, 0, -3, -2, -1, 1, 2, 3), qtyDelta: fc.integer({ min: -12, max: 8 }),
});
const massRec: fc.Arbitrary<Rec> = fc.record({
  k: fc.constant('mass' as const), account, instrument: fc.constantFrom(ALL_INSTRUMENTS, 0, 1),
});
const recs = fc.array(
  fc.oneof({ arbitrary: newRec, weight: 6 }, { arbitrary: cancelRec, weight: 2 },
    { arbitrary: replaceRec, weight: 3 }, { arbitrary: massRec, weight: 1 }),
  { minLength: 1, maxLength: 150 },
);

/** Fills `cmd` from a record; a target is counted back from the newest order the ledger knows. */
function toCommand(rec: Rec, ledger: OrderAccounting, cmd: Command): void {
  switch (rec.k) {
    case 'new':
      cmd.newOrder(rec.account, rec.instrument, rec.side, rec.ordType, rec.tif, MID + rec.offset, rec.qty,
        rec.postOnly, rec.stp);
      return;
    case 'mass':
      cmd.massCancel(rec.account, rec.instrument);
      return;
    default: {
      // `own`: a resting order, as its owner; otherwise any order seen (often done), as `account`.
      const pool = rec.own ? ledger.resting() : [...ledger.orders.values()];
      const target = pool.length === 0 ? undefined : pool[pool.length - 1 - (rec.ref % pool.length)];
      const id = target?.id ?? rec.ref + 1;
      const acct = rec.own && target !== undefined ? target.account : rec.account;
      const instr = rec.own && target !== undefined ? target.instrument : 0;
      if (rec.k === 'cancel') cmd.cancel(acct, instr, id);
      else cmd.replace(acct, instr, id, (target?.limit ?? MID) + rec.offset, Math.max(0, (target?.qty ?? 5) + rec.qtyDelta));
    }
  }
}

function describeRecs(list: Rec[]): string {
  return list.map((r, i) => `#${i} ${JSON.stringify(r)}`).join('\n');
}

describe.each(ENGINES)('%s engine: properties over random command sequences', (_name, factory) => {
  it('invariants hold and every order\'s quantity is accounted for, after every command', () => {
    fc.assert(fc.property(recs, (list) => {
      const engine: MatchingEngine = new factory(INSTRUMENTS, LIMITS);
      const ledger = new OrderAccounting(INSTRUMENTS);
      const cmd = new Command();
      const out = new EventBuffer(64);
      list.forEach((rec, i) => {
        toCommand(rec, ledger, cmd);
        out.clear();
        engine.apply(cmd, out);
        try {
          engine.assertInvariants();
          ledger.apply(cmd, out);
          ledger.checkEngine(engine);
        } catch (e) {
          throw new Error(`after command #${i} ${JSON.stringify(rec)}: ${(e as Error).message}`, { cause: e });
        }
      });
    }), { numRuns: 400 });
  });
});

describe('properties: naive and optimized engines agree on fast-check sequences', () => {
  it('same events, same state hash, after every command', () => {
    fc.assert(fc.property(recs, (list) => {
      const naive = new NaiveEngine(INSTRUMENTS, LIMITS);
      const optimized = new OrderBookEngine(INSTRUMENTS, LIMITS);
      const ledger = new OrderAccounting(INSTRUMENTS);
      const cmd = new Command();
      const a = new EventBuffer(64);
      const b = new EventBuffer(64);
      list.forEach((rec, i) => {
        toCommand(rec, ledger, cmd);
        a.clear();
        b.clear();
        naive.apply(cmd, a);
        optimized.apply(cmd, b);
        const divergence = compareEvents(a, b);
        if (divergence !== null) {
          throw new Error(`command #${i} ${JSON.stringify(rec)}: ${divergence}\nnaive:\n${showEvents(a)}\n` +
            `optimized:\n${showEvents(b)}\ncommands:\n${describeRecs(list.slice(0, i + 1))}`);
        }
        if (naive.stateHash() !== optimized.stateHash()) {
          throw new Error(`state hash differs after command #${i}\ncommands:\n${describeRecs(list.slice(0, i + 1))}`);
        }
        ledger.apply(cmd, a);
      });
    }), { numRuns: 400 });
  });
});
