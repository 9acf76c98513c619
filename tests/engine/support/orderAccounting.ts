import type { Command } from '../../../engine/command.js';
import type { MatchingEngine } from '../../../engine/engine.js';
import {
  ALL_INSTRUMENTS, CancelReason, CommandType, EventType, OrdType, Side, TimeInForce,
} from '../../../engine/enums.js';
import { type EventBuffer, F } from '../../../engine/eventBuffer.js';
import type { InstrumentSpec } from '../../../engine/instrumentSpec.js';
import { showEvents } from './compareEvents.js';

/** Everything the event stream says about one order. */
export interface OrderRecord {
  id: number;
  account: number;
  instrument: number;
  side: number;
  isMarket: boolean;
  tif: number;
  /** Limit price (LIMIT) or the band edge / widest price in force when accepted (MARKET). */
  limit: number;
  /** Price shown in CANCELED (0 for MARKET). */
  price: number;
  qty: number;
  filled: number;
  canceled: number;
  leaves: number;
  resting: boolean;
  done: boolean;
  /** Replaced to at or below its filled quantity (FIX): done with qty <= filled. */
  doneByReplace: boolean;
}

/**
 * Replays an engine's events into a ledger of orders and checks, command by
 * command, what must hold whatever the book looks like:
 *
 * - order ids count NEW_ORDER commands, trade ids count trades;
 * - for every order, filled + canceled + leaves = order qty (a REPLACE sets a
 *   new order qty; replaced to at or below the filled qty, the order is done
 *   with leaves 0 and filled >= qty); leaves never negative;
 * - trades: qty > 0, at the maker's price, within the taker's limit, never
 *   between two orders of one account, reported leaves match the ledger;
 * - IOC, FOK and MARKET orders never outlive their command; an accepted FOK
 *   fills completely;
 * - cancels carry the order's leaves and a reason that fits the command;
 * - after each command the engine's resting orders and levels match the
 *   ledger, and the book rebuilt from BOOK_LEVEL events matches both.
 *
 * Throws an Error describing the command and its events on the first breach.
 */
export class OrderAccounting {
  readonly orders = new Map<number, OrderRecord>();
  private nextOrderId = 1;
  private nextTradeId = 1;
  private readonly lastTrade: number[];
  /** The book as a market-data subscriber sees it: "instrument/side/price" -> [qty, count]. */
  private readonly l2 = new Map<string, [number, number]>();

  constructor(private readonly instruments: readonly InstrumentSpec[]) {
    this.lastTrade = instruments.map(() => 0);
  }

  /** Resting orders of the ledger, any instrument. */
  resting(): OrderRecord[] {
    return [...this.orders.values()].filter((o) => o.resting);
  }

  /** Checks one command's events and folds them into the ledger. */
  apply(cmd: Command, events: EventBuffer): void {
    try {
      this.applyEvents(cmd, events);
    } catch (e) {
      throw new Error(`${(e as Error).message}\n  command: type ${cmd.type}, account ${cmd.account}, ` +
        `instrument ${cmd.instrument}, orderId ${cmd.orderId}, side ${cmd.side}, ordType ${cmd.ordType}, ` +
        `tif ${cmd.tif}, price ${cmd.price}, qty ${cmd.qty}\n  events:\n${showEvents(events)}`, { cause: e });
    }
  }

  private applyEvents(cmd: Command, events: EventBuffer): void {
    const touched = new Set<OrderRecord>();
    let takerId = 0;
    let massCanceled = 0;
    let lastMassCanceledId = 0;
    if (cmd.type === CommandType.NEW_ORDER) {
      takerId = this.nextOrderId++;
      const first = events.count > 0 ? events.get(0, F.ORDER_ID) : -1;
      check(events.count > 0 && first === takerId, `NEW_ORDER must answer with order id ${takerId}, got ${first}`);
      if (events.type(0) === EventType.REJECTED) check(events.count === 1, 'a rejected order has one event');
    }
    if (cmd.type === CommandType.REPLACE) takerId = cmd.orderId;
    for (let i = 0; i < events.count; i++) {
      const g = (f: number) => events.get(i, f);
      switch (events.type(i)) {
        case EventType.ACCEPTED: {
          check(cmd.type === CommandType.NEW_ORDER && g(F.ORDER_ID) === takerId, 'ACCEPTED for this NEW_ORDER only');
          const isMarket = g(F.COUNT) === OrdType.MARKET;
          const side = g(F.SIDE);
          const o: OrderRecord = {
            id: takerId, account: g(F.ACCOUNT), instrument: g(F.INSTRUMENT), side, isMarket, tif: g(F.AUX),
            limit: isMarket ? this.marketLimit(g(F.INSTRUMENT), side) : g(F.PRICE), price: g(F.PRICE),
            qty: g(F.QTY), filled: 0, canceled: 0, leaves: g(F.LEAVES), resting: false, done: false,
            doneByReplace: false,
          };
          check(o.leaves === o.qty && o.qty > 0, 'ACCEPTED with leaves = qty > 0');
          check(!isMarket || o.price === 0, 'MARKET orders are accepted with PRICE 0');
          this.orders.set(o.id, o);
          touched.add(o);
          break;
        }
        case EventType.TRADE: {
          check(g(F.TRADE_ID) === this.nextTradeId++, `trade id ${g(F.TRADE_ID)} out of sequence`);
          const taker = this.live(g(F.ORDER_ID));
          const maker = this.live(g(F.MAKER_ORDER_ID));
          const q = g(F.QTY);
          const price = g(F.PRICE);
          check(taker.id === takerId, `trade taker ${taker.id} is not this command's order ${takerId}`);
          check(!taker.resting && maker.resting, 'the taker is not on the book, the maker is');
          check(q > 0 && Number.isInteger(q), `trade qty ${q}`);
          check(taker.account === g(F.ACCOUNT) && maker.account === g(F.MAKER_ACCOUNT), 'trade accounts');
          check(taker.account !== maker.account, `self-trade between orders ${taker.id} and ${maker.id}`);
          check(taker.instrument === g(F.INSTRUMENT) && maker.instrument === taker.instrument, 'trade instrument');
          check(taker.side === g(F.SIDE) && maker.side !== taker.side, 'trade sides');
          check(price === maker.limit, `trade at ${price}, not at the maker's price ${maker.limit}`);
          check(taker.side === Side.BUY ? price <= taker.limit : price >= taker.limit,
            `trade at ${price} crosses the taker's limit ${taker.limit}`);
          this.fill(taker, q, g(F.LEAVES));
          this.fill(maker, q, g(F.MAKER_LEAVES));
          if (maker.leaves === 0) {
            maker.resting = false;
            maker.done = true;
          }
          if (taker.leaves === 0) taker.done = true;
          this.lastTrade[taker.instrument] = price;
          touched.add(taker).add(maker);
          break;
        }
        case EventType.CANCELED: {
          const o = this.live(g(F.ORDER_ID));
          const reason = g(F.REASON);
          check(g(F.QTY) === o.leaves && o.leaves > 0, `CANCELED qty ${g(F.QTY)}, leaves ${o.leaves}`);
          check(g(F.LEAVES) === 0, 'CANCELED leaves 0');
          check(g(F.PRICE) === o.price && g(F.ACCOUNT) === o.account && g(F.SIDE) === o.side &&
            g(F.INSTRUMENT) === o.instrument, 'CANCELED fields are the order\'s');
          if (reason === CancelReason.USER) check(cmd.type === CommandType.CANCEL && o.id === cmd.orderId, 'USER cancel');
          else if (reason === CancelReason.MASS_CANCEL) {
            check(cmd.type === CommandType.MASS_CANCEL && o.account === cmd.account &&
              (cmd.instrument === ALL_INSTRUMENTS || o.instrument === cmd.instrument), 'MASS_CANCEL cancel');
            check(o.id > lastMassCanceledId, 'mass cancel in ascending order id');
            lastMassCanceledId = o.id;
            massCanceled++;
          } else if (reason === CancelReason.IOC_REMAINDER) {
            check(o.id === takerId && (o.isMarket || o.tif !== TimeInForce.GTC), 'IOC_REMAINDER of an IOC/FOK/MARKET taker');
          } else {
            check(reason === CancelReason.STP, `cancel reason ${reason}`);
            const taker = this.orders.get(takerId);
            check(taker !== undefined && (o.id === takerId || o.account === taker.account), 'STP cancel of taker or own maker');
          }
          o.canceled += o.leaves;
          o.leaves = 0;
          o.resting = false;
          o.done = true;
          touched.add(o);
          break;
        }
        case EventType.REPLACED: {
          const o = this.live(g(F.ORDER_ID));
          check(cmd.type === CommandType.REPLACE && o.id === cmd.orderId && o.resting, 'REPLACED of the resting target');
          check(g(F.AUX2) === o.limit, `REPLACED old price ${g(F.AUX2)}, order price ${o.limit}`);
          const qty = g(F.QTY);
          const leaves = g(F.LEAVES);
          if (leaves === 0) {
            check(qty <= o.filled, `replaced to ${qty} above filled ${o.filled} but leaves 0`);
            o.resting = false;
            o.done = true;
            o.doneByReplace = true;
          } else {
            check(leaves === qty - o.filled, `REPLACED leaves ${leaves} != qty ${qty} - filled ${o.filled}`);
            if (g(F.AUX) === 1) check(g(F.PRICE) === o.limit && leaves <= o.leaves, 'priority kept only for a decrease in place');
            else o.resting = false;
          }
          o.qty = qty;
          o.leaves = leaves;
          o.limit = g(F.PRICE);
          o.price = g(F.PRICE);
          touched.add(o);
          break;
        }
        case EventType.BOOK_LEVEL: {
          const key = `${g(F.INSTRUMENT)}/${g(F.SIDE)}/${g(F.PRICE)}`;
          check((g(F.QTY) === 0) === (g(F.COUNT) === 0), 'BOOK_LEVEL qty 0 iff count 0');
          if (g(F.COUNT) === 0) this.l2.delete(key);
          else this.l2.set(key, [g(F.QTY), g(F.COUNT)]);
          break;
        }
        case EventType.MASS_CANCEL_DONE:
          check(cmd.type === CommandType.MASS_CANCEL && g(F.COUNT) === massCanceled, 'MASS_CANCEL_DONE count');
          break;
        case EventType.REJECTED:
          check(events.count === 1, 'a rejected command has one event');
          break;
        default:
          throw new Error(`unexpected event type ${events.type(i)}`);
      }
      for (const o of touched) this.checkQuantities(o);
    }
    // End of the command: whatever still has leaves rests, and only a LIMIT GTC may.
    for (const o of touched) {
      if (o.done) continue;
      check(!o.isMarket && o.tif === TimeInForce.GTC, `order ${o.id} (IOC/FOK/MARKET) outlived its command`);
      o.resting = true;
    }
    const taker = this.orders.get(takerId);
    if (cmd.type === CommandType.NEW_ORDER && taker !== undefined && taker.tif === TimeInForce.FOK) {
      check(taker.filled === taker.qty, `FOK ${taker.id} filled ${taker.filled} of ${taker.qty}`);
    }
    if (cmd.type === CommandType.MASS_CANCEL && events.type(0) !== EventType.REJECTED) {
      check(!this.resting().some((o) => o.account === cmd.account &&
        (cmd.instrument === ALL_INSTRUMENTS || o.instrument === cmd.instrument)), 'mass cancel left an order');
    }
  }

  /** The engine's book equals the ledger's resting orders and the book rebuilt from BOOK_LEVEL. */
  checkEngine(engine: MatchingEngine): void {
    const resting = this.resting();
    check(engine.restingOrderCount() === resting.length,
      `engine rests ${engine.restingOrderCount()} orders, ledger ${resting.length}`);
    for (const spec of this.instruments) {
      for (const side of [Side.BUY, Side.SELL]) {
        const fromEngine: string[] = [];
        engine.forEachLevel(spec.id, side, 1 << 30, (p, q, n) => fromEngine.push(`${p}:${q}x${n}`));
        const byPrice = new Map<number, [number, number]>();
        for (const o of resting) {
          if (o.instrument !== spec.id || o.side !== side) continue;
          const l = byPrice.get(o.limit) ?? [0, 0];
          byPrice.set(o.limit, [l[0] + o.leaves, l[1] + 1]);
        }
        const prices = [...byPrice.keys()].sort((a, b) => (side === Side.BUY ? b - a : a - b));
        const fromLedger = prices.map((p) => `${p}:${byPrice.get(p)![0]}x${byPrice.get(p)![1]}`);
        const fromL2 = [...this.l2.entries()]
          .filter(([k]) => k.startsWith(`${spec.id}/${side}/`))
          .map(([k, [q, n]]) => [Number(k.split('/')[2]), q, n] as const)
          .sort((a, b) => (side === Side.BUY ? b[0] - a[0] : a[0] - b[0]))
          .map(([p, q, n]) => `${p}:${q}x${n}`);
        const where = `instrument ${spec.id} side ${side}`;
        check(fromEngine.join() === fromLedger.join(), `${where}: engine levels [${fromEngine}], ledger [${fromLedger}]`);
        check(fromL2.join() === fromLedger.join(), `${where}: BOOK_LEVEL stream [${fromL2}], ledger [${fromLedger}]`);
        const best = side === Side.BUY ? engine.bestBid(spec.id) : engine.bestAsk(spec.id);
        check(best === (prices[0] ?? -1), `${where}: best ${best}, ledger ${prices[0] ?? -1}`);
      }
    }
    check(engine.nextOrderId() === this.nextOrderId, 'next order id');
  }

  private live(id: number): OrderRecord {
    const o = this.orders.get(id);
    if (o === undefined || o.done) throw new Error(`order ${id} is unknown or done`);
    return o;
  }

  private fill(o: OrderRecord, q: number, reportedLeaves: number): void {
    o.filled += q;
    o.leaves -= q;
    check(o.leaves === reportedLeaves, `order ${o.id}: leaves ${o.leaves} by the ledger, ${reportedLeaves} reported`);
  }

  private checkQuantities(o: OrderRecord): void {
    check(o.leaves >= 0 && o.filled >= 0 && o.canceled >= 0, `order ${o.id}: negative quantity`);
    if (o.doneByReplace) {
      check(o.leaves === 0 && o.canceled === 0 && o.filled >= o.qty, `order ${o.id}: done by replace`);
    } else {
      check(o.filled + o.canceled + o.leaves === o.qty,
        `order ${o.id}: filled ${o.filled} + canceled ${o.canceled} + leaves ${o.leaves} != qty ${o.qty}`);
    }
  }

  /** docs/engine.md NEW_ORDER 8, computed independently of the engines. */
  private marketLimit(instrument: number, side: number): number {
    const spec = this.instruments[instrument]!;
    const ref = this.lastTrade[instrument]! > 0 ? this.lastTrade[instrument]! : spec.referencePriceTicks;
    const banded = spec.priceBandBps > 0 && ref > 0;
    if (side === Side.BUY) {
      return banded ? Math.floor((ref * (10000 + spec.priceBandBps)) / 10000) : spec.maxPriceTicks;
    }
    return banded ? Math.ceil((ref * (10000 - spec.priceBandBps)) / 10000) : 1;
  }
}

function check(ok: boolean, message: string): asserts ok {
  if (!ok) throw new Error(message);
}
