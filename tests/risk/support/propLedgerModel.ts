import { clOrdIdText, type Command } from '../../../engine/command.js';
import {
  ALL_INSTRUMENTS, CancelReason, CommandType as CT, EventType as ET, LimitKind, OrdType, Side, TimeInForce,
} from '../../../engine/enums.js';
import { AF, BF, F, OSF, PF, TF, type EventBuffer } from '../../../engine/eventBuffer.js';
import { RejectReason as RR, rejectReasonName } from '../../../engine/rejectReason.js';
import type { CoreSpec, RiskInstrumentSpec } from '../../../risk/coreSpec.js';
import { exportCoreState } from '../../../risk/coreState.js';
import type { ExchangeCore } from '../../../risk/exchangeCore.js';
import { OrdStatus } from '../../../risk/orderRecords.js';
import { PostingReason as PR } from '../../../risk/wallet.js';

/**
 * The naive twin of `ExchangeCore`'s order manager, risk and settlement,
 * written from docs/risk.md with BigInt arithmetic and plain objects, used
 * as the oracle of the property runs. Before a command it predicts the
 * core's answer (dedupe, pre-trade risk); while reading the command's
 * events it settles every engine event itself and predicts every POSTING
 * (transaction id, reference, reason, asset, debit, credit, amount) in
 * order; after the command it compares its wallet, the ledger replayed from
 * the POSTING events, the open orders' holds and the dedupe window with the
 * core's. It never predicts the matching engine's own decisions (it reads
 * them from the events, and checks them for consistency).
 *
 * Throws `ModelMismatch` naming the first difference.
 */
export class ModelMismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ModelMismatch';
  }
}

const OUTSIDE = -1;
const ENGINE_NEW_ORDER_REASONS = new Set<number>([
  RR.UNKNOWN_SYMBOL, RR.INVALID_ORDER, RR.QTY_OUT_OF_RANGE, RR.PRICE_OUT_OF_RANGE, RR.PRICE_BAND,
  RR.POST_ONLY_WOULD_TAKE, RR.FOK_NOT_FILLABLE, RR.NO_LIQUIDITY, RR.ORDER_BOOK_FULL,
]);
const ENGINE_REPLACE_REASONS = new Set<number>([
  RR.UNKNOWN_ORDER, RR.QTY_OUT_OF_RANGE, RR.PRICE_OUT_OF_RANGE, RR.PRICE_BAND, RR.POST_ONLY_WOULD_TAKE, RR.ORDER_BOOK_FULL,
]);

/** One order as the model knows it: the NewOrderSingle's fields and its FIX state. */
export interface ModelOrder {
  /** Engine order id; 0 for an order risk refused. */
  id: number;
  account: number;
  inst: number;
  side: number;
  ordType: number;
  tif: number;
  /** bit 0 PostOnly, bits 1-2 STP. */
  flags: number;
  expireTimeUs: number;
  origPrice: number;
  origQty: number;
  /** Limit price now (0 for MARKET); a replace changes it. */
  price: number;
  orderQty: number;
  cumQty: number;
  /** Sum of price x qty of the fills, ticks x lots. */
  cumNotional: number;
  leaves: number;
  status: number;
  open: boolean;
  /** What it holds, per the model's own settlement. */
  hold: number;
}

export interface WindowEntry {
  account: number;
  key: string;
  insertedUs: number;
  order: ModelOrder;
}

/** The dedupe window written the obvious way (docs/risk.md, "ClOrdID dedupe window"). */
export class ModelWindow {
  readonly fifo: WindowEntry[] = [];
  private readonly byKey = new Map<string, WindowEntry>();

  constructor(readonly capacity: number, readonly windowUs: number) {}

  find(account: number, key: string): WindowEntry | undefined {
    return this.byKey.get(`${account}|${key}`);
  }

  get full(): boolean {
    return this.fifo.length >= this.capacity;
  }

  insert(account: number, key: string, nowUs: number, order: ModelOrder): WindowEntry {
    const e = { account, key, insertedUs: nowUs, order };
    this.fifo.push(e);
    this.byKey.set(`${account}|${key}`, e);
    return e;
  }

  remove(e: WindowEntry): void {
    this.fifo.splice(this.fifo.indexOf(e), 1);
    this.byKey.delete(`${e.account}|${e.key}`);
  }

  /** Each entry at most once, from the head, while due: forgotten, or moved to the tail while its order is open. */
  expire(nowUs: number): void {
    for (let left = this.fifo.length; left > 0; left--) {
      const head = this.fifo[0]!;
      if (head.insertedUs + this.windowUs > nowUs) break;
      this.fifo.shift();
      if (head.order.open) this.fifo.push(head);
      else this.byKey.delete(`${head.account}|${head.key}`);
    }
  }
}

interface Posting { tx: number; ref: number; reason: number; asset: number; debit: number; credit: number; amount: number }

/** What the model expects of the command being applied. */
type Expect =
  | { k: 'newReject'; reason: number; orderId: number; answered: boolean }
  | { k: 'newStatus'; order: ModelOrder; answered: boolean }
  | { k: 'newEngine'; order: ModelOrder; hold: number; accepted: boolean; rejected: boolean }
  | { k: 'replaceRisk'; reason: number; orderId: number; answered: boolean }
  | { k: 'replaceEngine'; target: ModelOrder | null; orderId: number; alias: WindowEntry | null; replaced: boolean; rejected: boolean }
  | { k: 'cancel'; orderId: number; answered: boolean }
  | { k: 'mass'; valid: boolean; canceled: number; done: boolean }
  | { k: 'tick' }
  | { k: 'operator'; answered: number; reason: number };

export class LedgerModel {
  readonly spec: CoreSpec;
  readonly accounts: number;
  readonly feeAccount: number;
  readonly nAssets: number;
  readonly nInst: number;
  /** The model's wallet, moved by the postings it predicts: [(account * assets + asset) * 2 + bucket]. */
  readonly bal: number[];
  /** The ledger replayed from the POSTING events: key `${ledger account}:${asset}` (ledger -1 = OUTSIDE). */
  readonly replay = new Map<string, number>();
  /** Per asset: deposits minus withdrawals, counted from the ADMIN_DONE events. */
  readonly netInflow: number[];
  readonly payments = new Set<number>();
  readonly disabled: boolean[];
  readonly halted: boolean[];
  readonly maxOpen: number[];
  /** [(account * instruments + instrument) * 3 + 0 qty | 1 notional | 2 position]. */
  readonly limits: number[];
  /** [account * instruments + instrument]: lots bought minus sold. */
  readonly position: number[];
  readonly orders = new Map<number, ModelOrder>();
  readonly open = new Set<ModelOrder>();
  readonly window: ModelWindow;
  /** How often each outcome was seen (coverage of the generator). */
  readonly seen = new Map<string, number>();
  nextTx = 1;
  commands = 0;

  private readonly holdFeeBps: number[];
  private queue: Posting[] = [];
  private ex: Expect = { k: 'tick' };
  private cmd!: Command;
  private nowUs = 0;
  private lastTx = 0;
  private lastOrderId = 0;
  private lastTradeId = 0;
  private readonly txSums = new Map<string, number>();
  private readonly touched = new Set<ModelOrder>();
  private readonly keyedBefore = new Set<string>();

  constructor(spec: CoreSpec) {
    this.spec = spec;
    this.accounts = spec.accounts.length;
    this.feeAccount = this.accounts;
    this.nAssets = spec.assets.length;
    this.nInst = spec.instruments.length;
    this.bal = new Array<number>((this.accounts + 1) * this.nAssets * 2).fill(0);
    this.netInflow = new Array<number>(this.nAssets).fill(0);
    this.disabled = new Array<boolean>(this.accounts).fill(false);
    this.halted = new Array<boolean>(this.nInst).fill(false);
    this.maxOpen = spec.accounts.map((a) => a.maxOpenOrders);
    this.limits = [];
    spec.accounts.forEach((acc) => {
      spec.instruments.forEach((inst, i) => {
        const o = acc.instrumentLimits.find((l) => l.instrument === i);
        this.limits.push(o?.maxOrderQtyLots || 0, o?.maxOrderNotionalMinor || inst.maxOrderNotionalMinor,
          o?.maxPositionLots || inst.maxPositionLots);
      });
    });
    this.position = new Array<number>(this.accounts * this.nInst).fill(0);
    this.window = new ModelWindow(spec.limits.dedupeCapacity, spec.limits.dedupeWindowUs);
    this.holdFeeBps = spec.instruments.map((i) => Math.max(0, i.takerFeeBps, i.makerFeeBps));
  }

  // ---- reading the model (the workload generator uses these) -----------------

  available(account: number, asset: number): number {
    return this.bal[(account * this.nAssets + asset) * 2]!;
  }

  held(account: number, asset: number): number {
    return this.bal[(account * this.nAssets + asset) * 2 + 1]!;
  }

  openOrders(): ModelOrder[] {
    return [...this.open].sort((x, y) => x.id - y.id);
  }

  count(what: string): void {
    this.seen.set(what, (this.seen.get(what) ?? 0) + 1);
  }

  // ---- one command ------------------------------------------------------------

  /**
   * Applies `cmd` to `core` (into `events`, cleared first) and checks every
   * event and the state after it. `cmd` is not changed (the core is given a copy:
   * it resolves cancels by OrigClOrdID in place).
   */
  step(core: ExchangeCore, cmd: Command, events: EventBuffer, applyCopy: Command): void {
    this.commands++;
    this.cmd = cmd;
    this.nowUs = cmd.timestampUs;
    this.touched.clear();
    this.expireDue();
    this.ex = this.predict(cmd, core);
    events.clear();
    core.apply(applyCopy.copyFrom(cmd), events);
    for (let i = 0; i < events.count; i++) this.event(events, i);
    this.finish(core);
  }

  private fail(what: string): never {
    throw new ModelMismatch(`command ${this.commands} (type ${this.cmd.type}, account ${this.cmd.account}, t ${this.cmd.timestampUs}): ${what}`);
  }

  private eq(what: string, actual: number, expected: number): void {
    if (actual !== expected) this.fail(`${what}: core ${actual}, model ${expected}`);
  }

  // ---- prediction (state before the command) ----------------------------------

  private predict(cmd: Command, core: ExchangeCore): Expect {
    switch (cmd.type) {
      case CT.NEW_ORDER: return this.predictNew(cmd, core);
      case CT.REPLACE: return this.predictReplace(cmd);
      case CT.CANCEL: {
        let id = cmd.orderId;
        if (id === 0) {
          const key = clOrdIdText(cmd.origClOrdId);
          id = key === '' || !this.isTrading(cmd.account) ? 0 : this.window.find(cmd.account, key)?.order.id ?? 0;
          if (key !== '') this.count('cancel by OrigClOrdID');
        }
        return { k: 'cancel', orderId: id, answered: false };
      }
      case CT.MASS_CANCEL: {
        const valid = Number.isInteger(cmd.account) && cmd.account >= 0 && cmd.account < Math.max(1, this.accounts) &&
          (cmd.instrument === ALL_INSTRUMENTS || (Number.isInteger(cmd.instrument) && cmd.instrument >= 0 && cmd.instrument < this.nInst));
        return { k: 'mass', valid, canceled: 0, done: false };
      }
      case CT.TICK: return { k: 'tick' };
      default: {
        const ex: Expect = { k: 'operator', answered: 0, reason: 0 };
        this.ex = ex;
        this.resolveOperator();
        return ex;
      }
    }
  }

  private isTrading(a: number): boolean {
    return Number.isInteger(a) && a >= 0 && a < this.accounts;
  }

  private predictNew(cmd: Command, core: ExchangeCore): Expect {
    const a = cmd.account;
    if (!this.isTrading(a)) return { k: 'newReject', reason: RR.UNKNOWN_ACCOUNT, orderId: 0, answered: false };
    const key = clOrdIdText(cmd.clOrdId);
    if (key !== '') {
      this.window.expire(cmd.timestampUs);
      const e = this.window.find(a, key);
      if (e !== undefined) {
        const o = e.order;
        const same = o.inst === cmd.instrument && o.side === cmd.side && o.ordType === cmd.ordType && o.tif === cmd.tif &&
          o.origPrice === cmd.price && o.origQty === cmd.qty && o.flags === ((cmd.postOnly ? 1 : 0) | (cmd.stp << 1)) &&
          o.expireTimeUs === cmd.expireTimeUs;
        this.count(same ? 'resent NewOrderSingle answered ORDER_STATUS' : 'reused ClOrdID answered DUPLICATE_CLORDID');
        return same ? { k: 'newStatus', order: o, answered: false } : { k: 'newReject', reason: RR.DUPLICATE_CLORDID, orderId: o.id, answered: false };
      }
      if (this.window.full) return { k: 'newReject', reason: RR.DEDUPE_WINDOW_FULL, orderId: 0, answered: false };
      if (this.keyedBefore.has(`${a}|${key}`)) this.count('ClOrdID used again after it left the window');
      this.keyedBefore.add(`${a}|${key}`);
    }
    const order: ModelOrder = {
      id: 0, account: a, inst: cmd.instrument, side: cmd.side, ordType: cmd.ordType, tif: cmd.tif,
      flags: (cmd.postOnly ? 1 : 0) | (cmd.stp << 1), expireTimeUs: cmd.expireTimeUs,
      origPrice: cmd.price, origQty: cmd.qty, price: cmd.ordType === OrdType.MARKET ? 0 : cmd.price, orderQty: cmd.qty,
      cumQty: 0, cumNotional: 0, leaves: 0, status: OrdStatus.REJECTED, open: false, hold: 0,
    };
    if (key !== '') this.window.insert(a, key, cmd.timestampUs, order);
    const { reason, hold } = this.preTrade(cmd, core);
    if (reason !== 0) return { k: 'newReject', reason, orderId: 0, answered: false };
    return { k: 'newEngine', order, hold, accepted: false, rejected: false };
  }

  /** docs/risk.md "Pre-trade risk", after the account and dedupe rules. */
  private preTrade(cmd: Command, core: ExchangeCore): { reason: number; hold: number } {
    const a = cmd.account;
    const pass = { reason: 0, hold: 0 };
    if (this.disabled[a]) return { reason: RR.ACCOUNT_DISABLED, hold: 0 };
    const inst = cmd.instrument;
    if (!(Number.isInteger(inst) && inst >= 0 && inst < this.nInst)) return pass;
    if (this.halted[inst]) return { reason: RR.INSTRUMENT_HALTED, hold: 0 };
    const spec = this.spec.instruments[inst]!;
    const isBuy = cmd.side === Side.BUY;
    if (!(isBuy || cmd.side === Side.SELL) || !(cmd.ordType === OrdType.LIMIT || cmd.ordType === OrdType.MARKET)) return pass;
    if (engineInvalid(cmd)) return pass;
    const qty = cmd.qty;
    if (!(Number.isInteger(qty) && qty >= spec.minQtyLots && qty <= spec.maxQtyLots)) return pass;
    // The market bound is the engine's (band edge or maxPrice): read, not predicted.
    const limit = cmd.ordType === OrdType.MARKET ? core.engine.marketLimitPrice(inst, cmd.side) : cmd.price;
    if (cmd.ordType === OrdType.LIMIT && !(Number.isInteger(limit) && limit >= 1 && limit <= spec.maxPriceTicks)) return pass;
    if (this.openCount(a) >= this.maxOpen[a]!) return { reason: RR.TOO_MANY_OPEN_ORDERS, hold: 0 };
    const li = (a * this.nInst + inst) * 3;
    const maxQty = this.limits[li]!;
    if (maxQty > 0 && qty > maxQty) { this.count('risk: max order qty'); return { reason: RR.RISK_LIMIT, hold: 0 }; }
    const notional = quoteOf(limit * qty, spec);
    const maxNotional = this.limits[li + 1]!;
    if (maxNotional > 0 && notional > maxNotional) { this.count('risk: max order notional'); return { reason: RR.RISK_LIMIT, hold: 0 }; }
    const maxPos = this.limits[li + 2]!;
    if (maxPos > 0) {
      const [pos, buys, sells] = this.exposure(a, inst);
      if (isBuy ? pos + buys + qty > maxPos : sells + qty - pos > maxPos) { this.count('risk: max position'); return { reason: RR.RISK_LIMIT, hold: 0 }; }
    }
    const hold = isBuy ? notional + feeOf(notional, this.holdFeeBps[inst]!) : qty * spec.baseMinorPerLot;
    if (hold > this.available(a, isBuy ? spec.quoteAsset : spec.baseAsset)) return { reason: RR.INSUFFICIENT_FUNDS, hold: 0 };
    return { reason: 0, hold };
  }

  private predictReplace(cmd: Command): Expect {
    const a = cmd.account;
    let target: ModelOrder | null = null;
    let orderId = cmd.orderId;
    if (cmd.orderId !== 0) {
      const o = this.orders.get(cmd.orderId);
      if (o !== undefined && o.open && o.account === a) target = o;
    } else {
      const key = clOrdIdText(cmd.origClOrdId);
      if (key !== '' && this.isTrading(a)) target = this.window.find(a, key)?.order ?? null;
      if (target !== null) orderId = target.id;
      if (key !== '') this.count('replace by OrigClOrdID');
    }
    if (target === null || !target.open) return { k: 'replaceEngine', target: null, orderId, alias: null, replaced: false, rejected: false };
    const reason = this.checkReplace(cmd, target);
    if (reason !== 0) return { k: 'replaceRisk', reason, orderId, answered: false };
    const key = clOrdIdText(cmd.clOrdId);
    let alias: WindowEntry | null = null;
    if (key !== '') {
      this.window.expire(cmd.timestampUs);
      if (this.window.find(a, key) !== undefined) return { k: 'replaceRisk', reason: RR.DUPLICATE_CLORDID, orderId, answered: false };
      if (this.window.full) return { k: 'replaceRisk', reason: RR.DEDUPE_WINDOW_FULL, orderId, answered: false };
      alias = this.window.insert(a, key, cmd.timestampUs, target);
    }
    return { k: 'replaceEngine', target, orderId, alias, replaced: false, rejected: false };
  }

  private checkReplace(cmd: Command, o: ModelOrder): number {
    const a = o.account;
    const inst = o.inst;
    if (inst !== cmd.instrument) return 0;
    if (this.disabled[a]) return RR.ACCOUNT_DISABLED;
    if (this.halted[inst]) return RR.INSTRUMENT_HALTED;
    const spec = this.spec.instruments[inst]!;
    const { qty, price } = cmd;
    if (!(Number.isInteger(qty) && qty >= spec.minQtyLots && qty <= spec.maxQtyLots)) return 0;
    if (!(Number.isInteger(price) && price >= 1 && price <= spec.maxPriceTicks)) return 0;
    const newLeaves = qty - o.cumQty;
    if (newLeaves <= 0) return 0;
    const li = (a * this.nInst + inst) * 3;
    if (this.limits[li]! > 0 && qty > this.limits[li]!) return RR.RISK_LIMIT;
    if (this.limits[li + 1]! > 0 && quoteOf(price * qty, spec) > this.limits[li + 1]!) return RR.RISK_LIMIT;
    const isBuy = o.side === Side.BUY;
    const maxPos = this.limits[li + 2]!;
    if (maxPos > 0) {
      const [pos, buys, sells] = this.exposure(a, inst);
      const more = newLeaves - o.leaves;
      if (isBuy ? pos + buys + more > maxPos : sells + more - pos > maxPos) return RR.RISK_LIMIT;
    }
    const need = this.holdFor(o, price, newLeaves) - o.hold;
    if (need > 0 && need > this.available(a, isBuy ? spec.quoteAsset : spec.baseAsset)) return RR.INSUFFICIENT_FUNDS;
    return 0;
  }

  private openCount(a: number): number {
    let n = 0;
    for (const o of this.open) if (o.account === a) n++;
    return n;
  }

  /** [position, open buy leaves, open sell leaves] of an account on an instrument. */
  private exposure(a: number, inst: number): [number, number, number] {
    let buys = 0;
    let sells = 0;
    for (const o of this.open) {
      if (o.account !== a || o.inst !== inst) continue;
      if (o.side === Side.BUY) buys += o.leaves; else sells += o.leaves;
    }
    return [this.position[a * this.nInst + inst]!, buys, sells];
  }

  /** What order o must hold to rest `leaves` at `price` after its fills (docs/risk.md, "Holds"). */
  holdFor(o: ModelOrder, price: number, leaves: number): number {
    const spec = this.spec.instruments[o.inst]!;
    if (o.side !== Side.BUY) return leaves * spec.baseMinorPerLot;
    const q = quoteOf(o.cumNotional + price * leaves, spec) - quoteOf(o.cumNotional, spec);
    return q + feeOf(q, this.holdFeeBps[o.inst]!);
  }

  // ---- events --------------------------------------------------------------------

  private event(ev: EventBuffer, i: number): void {
    const g = (f: number) => ev.get(i, f);
    const type = ev.type(i);
    switch (type) {
      case ET.ACCEPTED: this.onAccepted(g); break;
      case ET.REJECTED: this.onRejected(g); break;
      case ET.TRADE: this.onTrade(g); break;
      case ET.CANCELED: this.onCanceled(g); break;
      case ET.EXPIRED: this.onExpired(g); break;
      case ET.REPLACED: this.onReplaced(g); break;
      case ET.BOOK_LEVEL: break;
      case ET.MASS_CANCEL_DONE: this.onMassDone(g); break;
      case ET.POSTING: this.onPosting(g); break;
      case ET.ORDER_STATUS: this.onStatus(g); break;
      case ET.BALANCE: this.onBalance(g); break;
      case ET.ADMIN_DONE: this.onAdminDone(g); break;
      default: this.fail(`unknown event type ${type}`);
    }
  }

  private onAccepted(g: (f: number) => number): void {
    const ex = this.ex;
    if (ex.k !== 'newEngine' || ex.accepted || ex.rejected) this.fail(`ACCEPTED ${g(F.ORDER_ID)} not expected (${ex.k})`);
    const o = ex.order;
    const c = this.cmd;
    const id = g(F.ORDER_ID);
    if (!(id > this.lastOrderId)) this.fail(`ACCEPTED order id ${id} not above ${this.lastOrderId}`);
    this.lastOrderId = id;
    this.eq('ACCEPTED account', g(F.ACCOUNT), c.account);
    this.eq('ACCEPTED instrument', g(F.INSTRUMENT), c.instrument);
    this.eq('ACCEPTED side', g(F.SIDE), c.side);
    this.eq('ACCEPTED price', g(F.PRICE), o.price);
    this.eq('ACCEPTED qty', g(F.QTY), c.qty);
    this.eq('ACCEPTED ordType', g(F.COUNT), c.ordType);
    this.eq('ACCEPTED tif', g(F.AUX), c.tif);
    this.eq('ACCEPTED flags', g(F.AUX2), o.flags);
    ex.accepted = true;
    o.id = id;
    o.status = OrdStatus.NEW;
    o.open = true;
    o.leaves = c.qty;
    this.orders.set(id, o);
    this.open.add(o);
    this.touched.add(o);
    const spec = this.spec.instruments[o.inst]!;
    const a = o.account;
    this.expect({ tx: this.nextTx++, ref: id, reason: PR.HOLD, asset: holdAsset(o, spec), debit: a * 2, credit: a * 2 + 1, amount: ex.hold });
    o.hold = ex.hold;
    this.count(o.ordType === OrdType.MARKET ? 'market order accepted' : `tif ${o.tif} order accepted`);
  }

  private onRejected(g: (f: number) => number): void {
    const ex = this.ex;
    const c = this.cmd;
    const cmdType = g(F.AUX);
    const reason = g(F.REASON);
    this.eq('REJECTED command type', cmdType, c.type);
    this.eq('REJECTED account', g(F.ACCOUNT), c.account);
    this.count(`${rejectReasonName(reason)} (command ${c.type})`);
    switch (ex.k) {
      case 'newReject':
        if (ex.answered) this.fail('second answer to a NEW_ORDER');
        this.eq('NEW_ORDER reject reason', reason, ex.reason);
        this.eq('NEW_ORDER reject order id', g(F.ORDER_ID), ex.orderId);
        this.newRejectFields(g);
        ex.answered = true;
        return;
      case 'newEngine': {
        if (ex.accepted || ex.rejected) this.fail('second answer to a NEW_ORDER');
        if (!ENGINE_NEW_ORDER_REASONS.has(reason)) this.fail(`NEW_ORDER refused ${rejectReasonName(reason)}, the model's risk passed it`);
        const id = g(F.ORDER_ID);
        if (!(id > this.lastOrderId)) this.fail(`engine reject id ${id} not above ${this.lastOrderId}`);
        this.lastOrderId = id;
        ex.rejected = true;
        ex.order.id = id;
        this.orders.set(id, ex.order);
        this.newRejectFields(g);
        return;
      }
      case 'replaceRisk':
        if (ex.answered) this.fail('second answer to a REPLACE');
        this.eq('REPLACE reject reason', reason, ex.reason);
        this.eq('REPLACE reject order id', g(F.ORDER_ID), ex.orderId);
        ex.answered = true;
        return;
      case 'replaceEngine': {
        if (ex.replaced || ex.rejected) this.fail('second answer to a REPLACE');
        if (!ENGINE_REPLACE_REASONS.has(reason)) this.fail(`REPLACE refused ${rejectReasonName(reason)}, the model's risk passed it`);
        if (ex.target === null && reason !== RR.UNKNOWN_ORDER) this.fail(`REPLACE of no open order refused ${rejectReasonName(reason)}`);
        this.eq('REPLACE reject order id', g(F.ORDER_ID), ex.orderId);
        ex.rejected = true;
        // A replace the engine refused did not take effect: its ClOrdID does not name the order.
        if (ex.alias !== null) this.window.remove(ex.alias);
        return;
      }
      case 'cancel': {
        if (ex.answered) this.fail('second answer to a CANCEL');
        ex.answered = true;
        this.eq('CANCEL reject reason', reason, RR.UNKNOWN_ORDER);
        this.eq('CANCEL reject order id', g(F.ORDER_ID), ex.orderId);
        const o = this.orders.get(ex.orderId);
        if (o !== undefined && o.open && o.account === c.account && o.inst === c.instrument) this.fail(`CANCEL of open order ${o.id} refused`);
        return;
      }
      case 'mass':
        if (ex.valid) this.fail(`valid MASS_CANCEL refused ${rejectReasonName(reason)}`);
        ex.done = true;
        return;
      case 'operator':
        if (ex.answered !== 0) this.fail('second answer to an operator command');
        ex.answered = 1;
        this.eq(`operator ${c.type} reject reason`, reason, ex.reason === 0 ? -1 : ex.reason);
        this.eq('operator reject qty (amount)', g(F.QTY), c.amount);
        return;
      default:
        this.fail(`REJECTED ${rejectReasonName(reason)} not expected`);
    }
  }

  private newRejectFields(g: (f: number) => number): void {
    const c = this.cmd;
    this.eq('REJECTED instrument', g(F.INSTRUMENT), c.instrument);
    this.eq('REJECTED side', g(F.SIDE), c.side);
    this.eq('REJECTED price', g(F.PRICE), c.price);
    this.eq('REJECTED qty', g(F.QTY), c.qty);
  }

  private onTrade(g: (f: number) => number): void {
    const taker = this.openOrder(g(F.ORDER_ID), 'TRADE taker');
    const maker = this.openOrder(g(F.MAKER_ORDER_ID), 'TRADE maker');
    const tradeId = g(F.TRADE_ID);
    if (!(tradeId > this.lastTradeId)) this.fail(`trade id ${tradeId} not above ${this.lastTradeId}`);
    this.lastTradeId = tradeId;
    const inst = g(F.INSTRUMENT);
    const price = g(F.PRICE);
    const q = g(F.QTY);
    this.eq('TRADE taker account', g(F.ACCOUNT), taker.account);
    this.eq('TRADE maker account', g(F.MAKER_ACCOUNT), maker.account);
    this.eq('TRADE instrument', inst, taker.inst);
    this.eq('TRADE maker instrument', maker.inst, inst);
    this.eq('TRADE taker side', g(F.SIDE), taker.side);
    if (maker.side === taker.side) this.fail('TRADE between two orders of one side');
    if (taker.account === maker.account) this.fail(`self-trade of account ${taker.account} (STP)`);
    if (!(q >= 1 && q <= taker.leaves && q <= maker.leaves)) this.fail(`TRADE qty ${q} beyond leaves ${taker.leaves} / ${maker.leaves}`);
    this.eq('TRADE price (the maker\'s)', price, maker.price);
    this.eq('TRADE taker leaves', g(F.LEAVES), taker.leaves - q);
    this.eq('TRADE maker leaves', g(F.MAKER_LEAVES), maker.leaves - q);
    const spec = this.spec.instruments[inst]!;
    const buyer = taker.side === Side.BUY ? taker : maker;
    const seller = taker.side === Side.BUY ? maker : taker;
    if (taker.ordType === OrdType.LIMIT && (buyer === taker ? price > taker.price : price < taker.price)) {
      this.fail(`TRADE at ${price} through the taker's limit ${taker.price}`);
    }
    const amount = quoteOf(buyer.cumNotional + price * q, spec) - quoteOf(buyer.cumNotional, spec);
    const base = q * spec.baseMinorPerLot;
    const takerFee = feeOf(amount, spec.takerFeeBps);
    const makerFee = feeOf(amount, spec.makerFeeBps);
    this.eq('TRADE QUOTE_AMOUNT', g(TF.QUOTE_AMOUNT), amount);
    this.eq('TRADE TAKER_FEE', g(TF.TAKER_FEE), takerFee);
    this.eq('TRADE MAKER_FEE', g(TF.MAKER_FEE), makerFee);
    const tx = this.nextTx++;
    const ba = buyer.account;
    const sa = seller.account;
    const fee = this.feeAccount * 2;
    if (amount > 0) this.expect({ tx, ref: tradeId, reason: PR.TRADE, asset: spec.quoteAsset, debit: ba * 2 + 1, credit: sa * 2, amount });
    this.expect({ tx, ref: tradeId, reason: PR.TRADE, asset: spec.baseAsset, debit: sa * 2 + 1, credit: ba * 2, amount: base });
    const charge = (o: ModelOrder, f: number) => {
      const from = o === buyer ? ba * 2 + 1 : sa * 2;
      if (f > 0) this.expect({ tx, ref: tradeId, reason: PR.FEE, asset: spec.quoteAsset, debit: from, credit: fee, amount: f });
      else if (f < 0) this.expect({ tx, ref: tradeId, reason: PR.REBATE, asset: spec.quoteAsset, debit: fee, credit: o.account * 2, amount: -f });
    };
    charge(taker, takerFee);
    charge(maker, makerFee);
    if (makerFee < 0) this.count('maker rebate');
    if (makerFee > 0) this.count('maker fee');
    const buyerFee = buyer === taker ? takerFee : makerFee;
    buyer.hold -= amount + (buyerFee > 0 ? buyerFee : 0);
    seller.hold -= base;
    if (buyer.hold < 0) this.fail(`buy order ${buyer.id} paid more than it held (hold now ${buyer.hold})`);
    if (seller.hold < 0) this.fail(`sell order ${seller.id} delivered more than it held (hold now ${seller.hold})`);
    this.position[ba * this.nInst + inst]! += q;
    this.position[sa * this.nInst + inst]! -= q;
    for (const o of [taker, maker]) {
      o.cumQty += q;
      o.cumNotional += price * q;
      o.leaves -= q;
      o.status = o.leaves === 0 ? OrdStatus.FILLED : OrdStatus.PARTIALLY_FILLED;
      this.touched.add(o);
      if (o.leaves === 0) this.close(o, OrdStatus.FILLED);
    }
    this.count('trade');
  }

  private onCanceled(g: (f: number) => number): void {
    const o = this.openOrder(g(F.ORDER_ID), 'CANCELED');
    const reason = g(F.REASON);
    this.eq('CANCELED account', g(F.ACCOUNT), o.account);
    this.eq('CANCELED instrument', g(F.INSTRUMENT), o.inst);
    this.eq('CANCELED qty', g(F.QTY), o.leaves);
    const ex = this.ex;
    const c = this.cmd;
    switch (reason) {
      case CancelReason.USER:
        if (ex.k !== 'cancel' || ex.answered || ex.orderId !== o.id) this.fail(`user cancel of ${o.id} not expected`);
        if (o.account !== c.account || o.inst !== c.instrument) this.fail(`order ${o.id} canceled for another account or instrument`);
        ex.answered = true;
        break;
      case CancelReason.IOC_REMAINDER:
        if (ex.k !== 'newEngine' || ex.order !== o || o.ordType === OrdType.LIMIT && (o.tif === TimeInForce.GTC || o.tif === TimeInForce.GTD)) {
          this.fail(`IOC remainder cancel of ${o.id} not expected`);
        }
        break;
      case CancelReason.STP:
        if (ex.k !== 'newEngine' && ex.k !== 'replaceEngine') this.fail(`STP cancel of ${o.id} outside an order`);
        this.count('STP cancel');
        break;
      case CancelReason.MASS_CANCEL:
        if (ex.k === 'mass') {
          ex.canceled++;
          if (o.account !== c.account || (c.instrument !== ALL_INSTRUMENTS && o.inst !== c.instrument)) this.fail(`mass cancel took order ${o.id}`);
        } else if (ex.k === 'operator' && c.type === CT.DISABLE_ACCOUNT) {
          if (o.account !== c.account) this.fail(`kill switch of ${c.account} took order ${o.id}`);
          this.killed++;
          this.count('kill switch canceled an order');
        } else {
          this.fail(`MASS_CANCEL cancel of ${o.id} not expected`);
        }
        break;
      default:
        this.fail(`cancel reason ${reason}`);
    }
    this.close(o, OrdStatus.CANCELED);
  }

  private onExpired(g: (f: number) => number): void {
    const want = this.expiring.shift();
    if (want === undefined) this.fail(`order ${g(F.ORDER_ID)} expired at ${this.nowUs}, the model expires none`);
    this.eq('EXPIRED order id (in expire time, id order)', g(F.ORDER_ID), want.id);
    this.eq('EXPIRED account', g(F.ACCOUNT), want.account);
    this.eq('EXPIRED qty', g(F.QTY), this.expiredLeaves.shift()!);
    this.count('GTD expired');
  }

  /**
   * Before anything else a command does, every open GTD order due at its
   * timestamp expires, in (expire time, id) order, releasing its hold
   * (docs/engine.md, "GTD and TICK"): judged afterwards, the command sees
   * the funds and open-order slots free.
   */
  private expireDue(): void {
    const due = [...this.open].filter((o) => o.tif === TimeInForce.GTD && o.expireTimeUs <= this.nowUs)
      .sort((x, y) => x.expireTimeUs - y.expireTimeUs || x.id - y.id);
    this.expiring = due;
    this.expiredLeaves = due.map((o) => o.leaves);
    for (const o of due) this.close(o, OrdStatus.EXPIRED);
  }

  private expiring: ModelOrder[] = [];
  private expiredLeaves: number[] = [];

  private onReplaced(g: (f: number) => number): void {
    const ex = this.ex;
    const o = this.openOrder(g(F.ORDER_ID), 'REPLACED');
    if (ex.k !== 'replaceEngine' || ex.target !== o || ex.replaced || ex.rejected) this.fail(`REPLACED ${o.id} not expected`);
    ex.replaced = true;
    const c = this.cmd;
    this.eq('REPLACED price', g(F.PRICE), c.price);
    this.eq('REPLACED qty', g(F.QTY), c.qty);
    this.eq('REPLACED old price', g(F.AUX2), o.price);
    const newLeaves = Math.max(0, c.qty - o.cumQty);
    this.eq('REPLACED leaves', g(F.LEAVES), newLeaves);
    o.price = c.price;
    o.orderQty = c.qty;
    this.touched.add(o);
    if (newLeaves === 0) {
      o.orderQty = o.cumQty;
      this.close(o, OrdStatus.FILLED);
      this.count('replace at or below the filled qty');
      return;
    }
    const spec = this.spec.instruments[o.inst]!;
    const a = o.account;
    o.leaves = newLeaves;
    const delta = this.holdFor(o, o.price, newLeaves) - o.hold;
    const asset = holdAsset(o, spec);
    if (delta > 0) this.expect({ tx: this.nextTx++, ref: o.id, reason: PR.HOLD, asset, debit: a * 2, credit: a * 2 + 1, amount: delta });
    else if (delta < 0) this.expect({ tx: this.nextTx++, ref: o.id, reason: PR.RELEASE, asset, debit: a * 2 + 1, credit: a * 2, amount: -delta });
    o.hold += delta;
    this.count(delta > 0 ? 'replace holds more' : delta < 0 ? 'replace releases' : 'replace holds the same');
  }

  private onMassDone(g: (f: number) => number): void {
    const ex = this.ex;
    const c = this.cmd;
    if (ex.k === 'mass') {
      if (!ex.valid || ex.done) this.fail('MASS_CANCEL_DONE not expected');
      ex.done = true;
      this.eq('MASS_CANCEL_DONE count', g(F.COUNT), ex.canceled);
      this.eq('MASS_CANCEL_DONE account', g(F.ACCOUNT), c.account);
      this.eq('MASS_CANCEL_DONE instrument', g(F.INSTRUMENT), c.instrument);
    } else if (!(ex.k === 'operator' && c.type === CT.DISABLE_ACCOUNT)) {
      this.fail('MASS_CANCEL_DONE not expected');
    }
  }

  private onPosting(g: (f: number) => number): void {
    const want = this.queue.shift();
    const got: Posting = {
      tx: g(PF.TX), ref: g(PF.REF), reason: g(PF.REASON), asset: g(PF.ASSET), debit: g(PF.DEBIT), credit: g(PF.CREDIT), amount: g(PF.AMOUNT),
    };
    if (want === undefined) this.fail(`POSTING not expected: ${JSON.stringify(got)}`);
    for (const k of Object.keys(want) as (keyof Posting)[]) {
      if (got[k] !== want[k]) this.fail(`POSTING ${k}: core ${JSON.stringify(got)}, model ${JSON.stringify(want)}`);
    }
    // The properties asked of the ledger itself, on what the core emitted.
    if (!(Number.isSafeInteger(got.amount) && got.amount > 0)) this.fail(`POSTING amount ${got.amount} is not > 0`);
    if (got.tx !== this.lastTx && got.tx !== this.lastTx + 1) this.fail(`POSTING tx ${got.tx} after ${this.lastTx}: transactions not consecutive`);
    this.lastTx = got.tx;
    for (const [ledger, sign] of [[got.debit, -1], [got.credit, 1]] as const) {
      const k = `${ledger}:${got.asset}`;
      this.replay.set(k, (this.replay.get(k) ?? 0) + sign * got.amount);
      const t = `${got.tx}:${got.asset}`;
      this.txSums.set(t, (this.txSums.get(t) ?? 0) + sign * got.amount);
    }
    if (got.reason === PR.DEPOSIT || got.reason === PR.WITHDRAW) this.count(got.reason === PR.DEPOSIT ? 'deposit applied' : 'withdrawal applied');
  }

  private onStatus(g: (f: number) => number): void {
    const ex = this.ex;
    let o: ModelOrder;
    if (ex.k === 'newStatus' && !ex.answered) {
      o = ex.order;
      ex.answered = true;
    } else if (ex.k === 'operator' && this.cmd.type === CT.ORDER_STATUS && ex.answered === 0 && ex.reason === 0 && this.statusTarget !== null) {
      o = this.statusTarget;
      ex.answered = 1;
    } else {
      this.fail('ORDER_STATUS not expected');
    }
    this.eq('ORDER_STATUS order id', g(OSF.ORDER_ID), o.id);
    this.eq('ORDER_STATUS account', g(OSF.ACCOUNT), o.account);
    this.eq('ORDER_STATUS instrument', g(OSF.INSTRUMENT), o.inst);
    this.eq('ORDER_STATUS side', g(OSF.SIDE), o.side);
    this.eq('ORDER_STATUS price', g(OSF.PRICE), o.price);
    this.eq('ORDER_STATUS OrderQty', g(OSF.ORDER_QTY), o.orderQty);
    this.eq('ORDER_STATUS LeavesQty', g(OSF.LEAVES), o.open ? o.leaves : 0);
    this.eq('ORDER_STATUS OrdStatus', g(OSF.STATUS), o.status);
    this.eq('ORDER_STATUS OrdType', g(OSF.ORD_TYPE), o.ordType);
    this.eq('ORDER_STATUS CumQty', g(OSF.CUM_QTY), o.cumQty);
    this.eq('ORDER_STATUS cum notional', g(OSF.CUM_NOTIONAL), o.cumNotional);
    this.eq('ORDER_STATUS TIF', g(OSF.TIF), o.tif);
    this.count(`ORDER_STATUS of a ${['NEW', 'PARTIALLY_FILLED', 'FILLED', 'CANCELED', 'REJECTED', 'EXPIRED'][o.status]} order`);
  }

  private balanceAsset = 0;

  private onBalance(g: (f: number) => number): void {
    const ex = this.ex;
    const c = this.cmd;
    if (ex.k !== 'operator' || c.type !== CT.BALANCE_QUERY || ex.reason !== 0) this.fail('BALANCE not expected');
    const asset = this.balanceAsset++;
    this.eq('BALANCE account', g(BF.ACCOUNT), c.account);
    this.eq('BALANCE asset', g(BF.ASSET), asset);
    this.eq('BALANCE available', g(BF.AVAILABLE), this.replayed(c.account * 2, asset));
    this.eq('BALANCE held', g(BF.HELD), this.replayed(c.account * 2 + 1, asset));
    if (this.balanceAsset === this.nAssets) ex.answered = 1;
  }

  private onAdminDone(g: (f: number) => number): void {
    const ex = this.ex;
    const c = this.cmd;
    if (ex.k !== 'operator' || ex.answered !== 0 || ex.reason !== 0) this.fail(`ADMIN_DONE not expected (${ex.k})`);
    if (c.type === CT.ORDER_STATUS || c.type === CT.BALANCE_QUERY) this.fail('ADMIN_DONE answering a query');
    ex.answered = 1;
    this.eq('ADMIN_DONE command type', g(AF.CMD_TYPE), c.type);
    this.eq('ADMIN_DONE account', g(AF.ACCOUNT), c.account);
    if (c.type === CT.DEPOSIT || c.type === CT.WITHDRAW) {
      this.eq('ADMIN_DONE amount', g(AF.AMOUNT), c.amount);
      this.eq('ADMIN_DONE RefID', g(AF.REF), c.refId);
      this.eq('ADMIN_DONE asset', g(AF.TARGET), c.asset);
      const dup = g(AF.DUPLICATE);
      this.eq('ADMIN_DONE duplicate', dup, this.fundingDup ? 1 : 0);
      if (dup === 0) this.netInflow[c.asset]! += c.type === CT.DEPOSIT ? c.amount : -c.amount;
      else this.count(`duplicate RefID (${c.type === CT.DEPOSIT ? 'deposit' : 'withdrawal'})`);
    } else {
      // docs/risk.md "Events the core adds": REF the LimitKind (SET_LIMIT); TARGET the instrument (HALT,
      // RESUME, SET_LIMIT); AMOUNT the limit's value (SET_LIMIT) or the orders the kill switch cancelled.
      const limit = c.type === CT.SET_LIMIT;
      this.eq('ADMIN_DONE ref', g(AF.REF), limit ? c.limitKind : 0);
      this.eq('ADMIN_DONE target', g(AF.TARGET), limit || c.type === CT.HALT || c.type === CT.RESUME ? c.instrument : 0);
      this.eq('ADMIN_DONE amount', g(AF.AMOUNT), limit ? c.amount : c.type === CT.DISABLE_ACCOUNT ? this.killed : 0);
      this.eq('ADMIN_DONE duplicate', g(AF.DUPLICATE), 0);
    }
  }

  // ---- operator commands: judged after time passed (their GTD expiries settled) ---

  private statusTarget: ModelOrder | null = null;
  /** Orders the kill switch of the command being applied cancelled. */
  private killed = 0;
  private fundingDup = false;

  /** docs/risk.md "Commands beyond orders": the reason, and the effect, of an operator command now. */
  private resolveOperator(): void {
    const ex = this.ex;
    if (ex.k !== 'operator') return;
    const c = this.cmd;
    const a = c.account;
    this.balanceAsset = 0;
    this.killed = 0;
    this.statusTarget = null;
    this.fundingDup = false;
    switch (c.type) {
      case CT.ORDER_STATUS: {
        if (!this.isTrading(a)) { ex.reason = RR.UNKNOWN_ACCOUNT; return; }
        if (c.orderId !== 0) {
          const o = this.orders.get(c.orderId);
          this.statusTarget = o !== undefined && o.open && o.account === a ? o : null;
        } else {
          const key = clOrdIdText(c.clOrdId);
          this.statusTarget = key === '' ? null : this.window.find(a, key)?.order ?? null;
        }
        if (this.statusTarget === null) ex.reason = RR.UNKNOWN_ORDER;
        return;
      }
      case CT.BALANCE_QUERY:
        if (!(this.isTrading(a) || a === this.feeAccount)) ex.reason = RR.UNKNOWN_ACCOUNT;
        return;
      case CT.DEPOSIT:
      case CT.WITHDRAW: {
        if (!(this.isTrading(a) || a === this.feeAccount)) { ex.reason = RR.UNKNOWN_ACCOUNT; return; }
        if (!(Number.isInteger(c.asset) && c.asset >= 0 && c.asset < this.nAssets)) { ex.reason = RR.UNKNOWN_ASSET; return; }
        if (!(Number.isSafeInteger(c.amount) && c.amount > 0 && Number.isSafeInteger(c.refId) && c.refId > 0)) { ex.reason = RR.INVALID_AMOUNT; return; }
        if (this.payments.has(c.refId)) { this.fundingDup = true; return; }
        const deposit = c.type === CT.DEPOSIT;
        if (!deposit && c.amount > this.available(a, c.asset)) { ex.reason = RR.INSUFFICIENT_FUNDS; return; }
        this.payments.add(c.refId);
        this.expect({
          tx: this.nextTx++, ref: c.refId, reason: deposit ? PR.DEPOSIT : PR.WITHDRAW, asset: c.asset,
          debit: deposit ? OUTSIDE : a * 2, credit: deposit ? a * 2 : OUTSIDE, amount: c.amount,
        });
        return;
      }
      case CT.HALT:
      case CT.RESUME:
        if (!(Number.isInteger(c.instrument) && c.instrument >= 0 && c.instrument < this.nInst)) { ex.reason = RR.UNKNOWN_SYMBOL; return; }
        this.halted[c.instrument] = c.type === CT.HALT;
        return;
      case CT.DISABLE_ACCOUNT:
      case CT.ENABLE_ACCOUNT:
        if (!this.isTrading(a)) { ex.reason = RR.UNKNOWN_ACCOUNT; return; }
        this.disabled[a] = c.type === CT.DISABLE_ACCOUNT;
        return;
      case CT.SET_LIMIT: {
        ex.reason = this.limitReason(c);
        if (ex.reason !== 0) return;
        const from = a === -1 ? 0 : a;
        const to = a === -1 ? this.accounts : a + 1;
        for (let x = from; x < to; x++) {
          if (c.limitKind === LimitKind.MAX_OPEN_ORDERS) this.maxOpen[x] = c.amount;
          else this.limits[(x * this.nInst + c.instrument) * 3 + (c.limitKind - LimitKind.MAX_ORDER_QTY)] = c.amount;
        }
        return;
      }
      default:
        ex.reason = RR.INVALID_ORDER;
    }
  }

  private limitReason(c: Command): number {
    const a = c.account;
    if (!(a === -1 || this.isTrading(a))) return RR.UNKNOWN_ACCOUNT;
    if (!Number.isSafeInteger(c.amount) || c.amount < 0) return RR.INVALID_AMOUNT;
    if (c.limitKind === LimitKind.MAX_OPEN_ORDERS) return c.instrument === -1 && c.amount >= 1 && c.amount < 2 ** 31 ? 0 : RR.INVALID_AMOUNT;
    if (c.limitKind !== LimitKind.MAX_ORDER_QTY && c.limitKind !== LimitKind.MAX_ORDER_NOTIONAL && c.limitKind !== LimitKind.MAX_POSITION) return RR.INVALID_ORDER;
    return Number.isInteger(c.instrument) && c.instrument >= 0 && c.instrument < this.nInst ? 0 : RR.UNKNOWN_SYMBOL;
  }

  // ---- settlement helpers ----------------------------------------------------------

  private openOrder(id: number, what: string): ModelOrder {
    const o = this.orders.get(id);
    if (o === undefined || !o.open) this.fail(`${what}: order ${id} is not open in the model`);
    return o;
  }

  /** Order o left the book: release what it still holds. */
  private close(o: ModelOrder, status: number): void {
    o.open = false;
    o.status = status;
    o.leaves = 0;
    this.open.delete(o);
    this.touched.add(o);
    if (o.hold > 0) {
      const spec = this.spec.instruments[o.inst]!;
      const a = o.account;
      this.expect({ tx: this.nextTx++, ref: o.id, reason: PR.RELEASE, asset: holdAsset(o, spec), debit: a * 2 + 1, credit: a * 2, amount: o.hold });
      o.hold = 0;
    }
  }

  /** Queues a posting the core must emit next, and moves the model's own wallet. */
  private expect(p: Posting): void {
    if (!(p.amount > 0)) this.fail(`model posting of ${p.amount}`);
    this.queue.push(p);
    const move = (ledger: number, by: number) => {
      if (ledger < 0) return;
      const at = ((ledger >> 1) * this.nAssets + p.asset) * 2 + (ledger & 1);
      this.bal[at]! += by;
    };
    move(p.debit, -p.amount);
    move(p.credit, p.amount);
  }

  private replayed(ledger: number, asset: number): number {
    return this.replay.get(`${ledger}:${asset}`) ?? 0;
  }

  // ---- after the command -------------------------------------------------------------

  private finish(core: ExchangeCore): void {
    const ex = this.ex;
    const c = this.cmd;
    if (this.queue.length !== 0) this.fail(`postings missing: ${JSON.stringify(this.queue)}`);
    if (this.expiring.length !== 0) this.fail(`orders not expired: ${this.expiring.map((o) => o.id).join(', ')}`);
    switch (ex.k) {
      case 'newReject': if (!ex.answered) this.fail(`NEW_ORDER not refused (model: ${rejectReasonName(ex.reason)})`); break;
      case 'newStatus': if (!ex.answered) this.fail('resent NEW_ORDER not answered with ORDER_STATUS'); break;
      case 'newEngine':
        if (!ex.accepted && !ex.rejected) this.fail('NEW_ORDER neither accepted nor refused');
        break;
      case 'replaceRisk': if (!ex.answered) this.fail(`REPLACE not refused (model: ${rejectReasonName(ex.reason)})`); break;
      case 'replaceEngine': if (!ex.replaced && !ex.rejected) this.fail('REPLACE neither done nor refused'); break;
      case 'cancel': if (!ex.answered) this.fail('CANCEL not answered'); break;
      case 'mass': if (!ex.done) this.fail('MASS_CANCEL not answered'); break;
      case 'operator':
        if (ex.answered === 0) this.fail(`operator command ${c.type} not answered`);
        break;
      default: break;
    }
    this.checkWallets(core);
    this.checkOrders(core);
    this.checkWindow(core);
    core.assertInvariants();
  }

  private checkWallets(core: ExchangeCore): void {
    const w = core.wallet;
    for (let a = 0; a <= this.accounts; a++) {
      for (let asset = 0; asset < this.nAssets; asset++) {
        for (const bucket of [0, 1]) {
          const ledger = a * 2 + bucket;
          const coreValue = bucket === 0 ? w.available(a, asset) : w.held(a, asset);
          const replayed = this.replayed(ledger, asset);
          if (replayed !== coreValue) this.fail(`ledger replay ${ledger}/${asset} = ${replayed}, wallet ${coreValue}`);
          if (this.bal[(a * this.nAssets + asset) * 2 + bucket] !== coreValue) {
            this.fail(`account ${a} asset ${asset} bucket ${bucket}: core ${coreValue}, model ${this.bal[(a * this.nAssets + asset) * 2 + bucket]}`);
          }
          if (coreValue < 0) this.fail(`account ${a} asset ${asset} bucket ${bucket} negative: ${coreValue}`);
        }
      }
    }
    for (let asset = 0; asset < this.nAssets; asset++) {
      let sum = 0;
      for (let a = 0; a <= this.accounts; a++) sum += w.available(a, asset) + w.held(a, asset);
      if (sum !== this.netInflow[asset]) this.fail(`asset ${asset}: accounts hold ${sum}, deposits - withdrawals = ${this.netInflow[asset]}`);
      this.eq(`OUTSIDE ledger of asset ${asset}`, this.replayed(OUTSIDE, asset), -this.netInflow[asset]!);
      this.eq(`wallet outsideNet of asset ${asset}`, w.outsideNet[asset]!, this.netInflow[asset]!);
    }
    for (const [k, v] of this.txSums) if (v !== 0) this.fail(`transaction/asset ${k} sums to ${v}`);
    this.txSums.clear();
  }

  private checkOrders(core: ExchangeCore): void {
    const held = new Array<number>((this.accounts + 1) * this.nAssets).fill(0);
    for (const o of this.open) {
      const spec = this.spec.instruments[o.inst]!;
      held[o.account * this.nAssets + holdAsset(o, spec)]! += o.hold;
      const need = this.holdFor(o, o.price, o.leaves);
      if (o.side === Side.SELL ? o.hold !== need : o.hold < need) this.fail(`open order ${o.id} holds ${o.hold}, may still cost ${need}`);
      if (core.engine.ids.get(o.id) === 0) this.fail(`open order ${o.id} not resting in the engine`);
      if (o.tif === TimeInForce.GTD && o.expireTimeUs <= this.nowUs) this.fail(`GTD order ${o.id} open past its expiry`);
      if (this.disabled[o.account]) this.fail(`disabled account ${o.account} has open order ${o.id}`);
    }
    for (const o of this.touched) if (!o.open && o.hold !== 0) this.fail(`closed order ${o.id} holds ${o.hold}`);
    for (let a = 0; a <= this.accounts; a++) {
      for (let asset = 0; asset < this.nAssets; asset++) {
        this.eq(`account ${a} asset ${asset}: held vs open orders' holds`, core.wallet.held(a, asset), held[a * this.nAssets + asset]!);
      }
    }
    this.eq('open orders', core.engine.restingOrderCount(), this.open.size);
  }

  private checkWindow(core: ExchangeCore): void {
    const w = core.window;
    this.eq('dedupe window size', w.size, this.window.fifo.length);
    let k = 0;
    const bytes = new Uint8Array(32);
    w.forEach((e) => {
      const m = this.window.fifo[k++]!;
      bytes.set(new Uint8Array(core.entryKey(e).buffer));
      const key = clOrdIdText(bytes);
      if (w.account(e) !== m.account || key !== m.key || w.insertedUs(e) !== m.insertedUs) {
        this.fail(`window entry ${k - 1}: core (${w.account(e)}, ${key}, ${w.insertedUs(e)}), model (${m.account}, ${m.key}, ${m.insertedUs})`);
      }
    });
    if (this.commands % 64 === 0) this.checkRecords(core);
  }

  /**
   * The order records behind the window, and the open orders, as the core
   * exports them for a snapshot (risk/coreState.ts), against the model's.
   */
  checkRecords(core: ExchangeCore): void {
    const { risk } = exportCoreState(core);
    const r = risk.records;
    const fields = (k: number) => [r.orderId[k], r.account[k], r.instrument[k], r.side[k], r.ordType[k], r.tif[k], r.flags[k],
      r.status[k], r.open[k], r.price[k], r.orderQty[k], r.origPrice[k], r.origQty[k], r.cumQty[k], r.cumNotional[k], r.held[k],
      r.expireTimeUs[k]];
    const model = (o: ModelOrder) => [o.id, o.account, o.inst, o.side, o.ordType, o.tif, o.flags, o.status, o.open ? 1 : 0,
      o.price, o.orderQty, o.origPrice, o.origQty, o.cumQty, o.cumNotional, o.hold, o.expireTimeUs];
    this.eq('exported window entries', risk.entryRecords.length, this.window.fifo.length);
    this.window.fifo.forEach((e, k) => {
      const got = fields(risk.entryRecords[k]!);
      const want = model(e.order);
      if (JSON.stringify(got) !== JSON.stringify(want)) this.fail(`record of window entry ${e.key}: core ${JSON.stringify(got)}, model ${JSON.stringify(want)}`);
    });
    const keyedOpen = new Set(this.window.fifo.map((e) => e.order));
    const unkeyed = this.openOrders().filter((o) => !keyedOpen.has(o));
    const exportedUnkeyed: number[][] = [];
    const named = new Set(risk.entryRecords);
    for (let k = 0; k < r.orderId.length; k++) if (!named.has(k)) exportedUnkeyed.push(fields(k) as number[]);
    if (JSON.stringify(exportedUnkeyed) !== JSON.stringify(unkeyed.map(model))) {
      this.fail(`open orders without a ClOrdID: core ${JSON.stringify(exportedUnkeyed)}, model ${JSON.stringify(unkeyed.map(model))}`);
    }
  }
}

/** docs/engine.md NEW_ORDER rule 3 beyond side and type: TIF, STP, MARKET resting, PostOnly that cannot rest, GTD not after now. */
function engineInvalid(c: Command): boolean {
  const rests = c.tif === TimeInForce.GTC || c.tif === TimeInForce.GTD;
  if (!(rests || c.tif === TimeInForce.IOC || c.tif === TimeInForce.FOK)) return true;
  if (!(c.stp === 0 || c.stp === 1 || c.stp === 2)) return true;
  if (c.ordType === OrdType.MARKET && (rests || c.postOnly)) return true;
  if (c.postOnly && !rests) return true;
  return c.tif === TimeInForce.GTD && !(Number.isSafeInteger(c.expireTimeUs) && c.expireTimeUs > c.timestampUs);
}

function holdAsset(o: ModelOrder, spec: RiskInstrumentSpec): number {
  return o.side === Side.BUY ? spec.quoteAsset : spec.baseAsset;
}

/** ceil(ticksLots x quoteNum / quoteDen), exactly (BigInt: independent of risk/amounts.ts). */
export function quoteOf(ticksLots: number, spec: RiskInstrumentSpec): number {
  const x = BigInt(ticksLots) * BigInt(spec.quoteNum);
  const d = BigInt(spec.quoteDen);
  return Number((x + d - 1n) / d);
}

/** floor(amount x |bps| / 10^4) with the sign of bps. */
export function feeOf(amount: number, bps: number): number {
  const f = Number((BigInt(amount) * BigInt(Math.abs(bps))) / 10_000n);
  return bps < 0 ? -f : f;
}
