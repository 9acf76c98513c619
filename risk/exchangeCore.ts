import { Command } from '../engine/command.js';
import { CT, ET, OT, RR, S, STP, TIF } from '../engine/codes.js';
import { ALL_INSTRUMENTS } from '../engine/enums.js';
import type { EventBuffer } from '../engine/eventBuffer.js';
import { OrderBookEngine } from '../engine/matchingEngine.js';
import { OrderIdMap } from '../engine/orderIdMap.js';
import { ceilScaled, feeOf } from './amounts.js';
import { ClOrdIdWindow, type WindowPins } from './clOrdIdWindow.js';
import { coreStateHash } from './coreHash.js';
import { assertCoreInvariants } from './coreInvariants.js';
import type { CoreSpec, RiskInstrumentSpec } from './coreSpec.js';
import { OrderRecords, OS, RB, RC, RF, RI } from './orderRecords.js';
import { RiskLimits } from './riskLimits.js';
import { BK, OUTSIDE, PR, Wallet } from './wallet.js';

/**
 * The deterministic core (ARCHITECTURE.md, principle 1): order manager,
 * pre-trade risk and wallet in front of the matching engine, in sequence
 * order, so a replay reproduces every decision. Semantics: docs/risk.md.
 *
 * `apply(cmd, out)` appends the command's events to `out`: the engine's
 * (accepted, trades with fees, cancels, book levels...), then the wallet
 * postings that settle them, in the order of the events they settle, and
 * the answers of queries and operator commands.
 * Nothing is allocated per order in steady state.
 *
 * Order flow: the order manager dedupes the ClOrdID, risk judges the order
 * (account, halt, limits, funds) and computes its hold; the engine matches;
 * then the engine's events are settled one by one: ACCEPTED places the hold,
 * TRADE moves base and quote between the two orders' holds and accounts and
 * charges fees, CANCELED / EXPIRED / a done REPLACE release what is left.
 */
export class ExchangeCore implements WindowPins {
  readonly engine: OrderBookEngine;
  readonly wallet: Wallet;
  readonly records: OrderRecords;
  readonly window: ClOrdIdWindow;
  readonly limits: RiskLimits;
  /** Open orders: order id -> record. */
  readonly openIds: OrderIdMap;
  /** Trading accounts are 0..tradingAccounts-1; the fee account is number `tradingAccounts`. */
  readonly tradingAccounts: number;
  readonly feeAccount: number;
  readonly disabled: Uint8Array;
  readonly halted: Uint8Array;
  readonly openCount: Int32Array;
  /** Per (account, instrument): [position, open buy leaves, open sell leaves], lots. */
  readonly exposure: Float64Array;
  /** RefIDs of the funding commands applied (exactly once; kept for the life of the exchange). */
  readonly payments = new Set<number>();
  nextTxId = 1;

  private readonly specs: RiskInstrumentSpec[];
  private readonly nInst: number;
  private readonly nAssets: number;
  /** Record of the NEW_ORDER being applied (0 when none). */
  private current = 0;
  /** Hold the current NEW_ORDER places when accepted. */
  private currentHold = 0;
  private readonly scratch = new Command();
  private readonly keyScratch = new Uint32Array(8);
  /** Per instrument: the larger of the maker and taker fee, what a buy holds for fees. */
  private readonly holdFeeBps: Int32Array;
  /** Per instrument: 1 / quoteDen, so quote amounts multiply where they would divide (risk/amounts.ts). */
  private readonly invDen: Float64Array;

  /** `engine`: an engine restored from a snapshot (risk/coreState.ts); a fresh one otherwise. */
  constructor(readonly spec: CoreSpec, engine?: OrderBookEngine) {
    for (const i of spec.instruments) {
      // The settlement's guarantees rest on these (docs/risk.md); the config loader proves them for config files.
      if (!(Number.isSafeInteger(i.quoteNum) && i.quoteNum >= 1 && Number.isSafeInteger(i.quoteDen) && i.quoteDen >= 1 &&
        Number.isSafeInteger(i.quoteNum * i.quoteDen) && Number.isSafeInteger(i.baseMinorPerLot) && i.baseMinorPerLot >= 1)) {
        throw new Error(`instrument ${i.symbol}: quote scale ${i.quoteNum}/${i.quoteDen} or lot ${i.baseMinorPerLot} is not usable`);
      }
      if (i.takerFeeBps < 0 || i.takerFeeBps > 10_000 || i.makerFeeBps > 10_000 || -i.makerFeeBps > i.takerFeeBps) {
        throw new Error(`instrument ${i.symbol}: fees must be 0 <= taker <= 10000 bps and a maker rebate at most the taker fee`);
      }
    }
    const n = spec.accounts.length;
    this.tradingAccounts = n;
    this.feeAccount = n;
    this.specs = spec.instruments;
    this.nInst = spec.instruments.length;
    this.nAssets = spec.assets.length;
    this.engine = engine ?? new OrderBookEngine(spec.instruments, { ...spec.limits, maxAccounts: Math.max(1, n) });
    this.wallet = new Wallet(n + 1, this.nAssets);
    // At most dedupeCapacity closed orders named by the window, maxOrders open, and the one being entered.
    this.records = new OrderRecords(spec.limits.dedupeCapacity + spec.limits.maxOrders + 1);
    this.window = new ClOrdIdWindow(spec.limits.dedupeCapacity, spec.limits.dedupeWindowUs);
    this.openIds = new OrderIdMap(spec.limits.maxOrders, this.records.hf, RF.STRIDE);
    this.limits = new RiskLimits(spec);
    this.disabled = new Uint8Array(Math.max(1, n));
    this.halted = new Uint8Array(this.nInst);
    this.openCount = new Int32Array(Math.max(1, n));
    this.exposure = new Float64Array(Math.max(1, n) * this.nInst * 3);
    this.holdFeeBps = Int32Array.from(spec.instruments, (i) => Math.max(0, i.takerFeeBps, i.makerFeeBps));
    this.invDen = Float64Array.from(spec.instruments, (i) => 1 / i.quoteDen);
  }

  apply(cmd: Command, out: EventBuffer): void {
    const first = out.count;
    switch (cmd.type) {
      case CT.NEW_ORDER: this.newOrder(cmd, out); return;
      case CT.CANCEL: this.cancel(cmd, out, first); return;
      case CT.REPLACE: this.replace(cmd, out); return;
      case CT.MASS_CANCEL:
      case CT.TICK:
        this.engine.apply(cmd, out);
        this.settle(out, first);
        return;
      default:
        this.engine.advanceTime(cmd.timestampUs, out);
        this.settle(out, first);
        this.operator(cmd, out);
    }
  }

  // ---- NEW_ORDER -------------------------------------------------------------

  private newOrder(cmd: Command, out: EventBuffer): void {
    // GTD orders due at this timestamp expire before the order is judged
    // (docs/engine.md, "GTD and TICK"): their funds and open-order slots are free.
    this.timePasses(cmd, out);
    const a = cmd.account;
    if (!this.isTradingAccount(a)) {
      out.rejected(CT.NEW_ORDER, 0, a, cmd.instrument, cmd.side, cmd.price, cmd.qty, RR.UNKNOWN_ACCOUNT);
      return;
    }
    const key = cmd.clOrdId32;
    const keyed = key[0] !== 0;
    if (keyed) {
      this.expireClOrdIds(cmd.timestampUs);
      const e = this.window.find(a, key);
      if (e >= 0) {
        const r = this.window.ref(e);
        if (this.sameOrder(r, cmd)) this.emitStatus(r, out);
        else out.rejected(CT.NEW_ORDER, this.records.hf[r * RF.STRIDE + RF.ORDER_ID]!, a, cmd.instrument, cmd.side, cmd.price, cmd.qty, RR.DUPLICATE_CLORDID);
        return;
      }
    }
    const rec = this.records;
    const r = rec.alloc();
    if (r === 0 || (keyed && this.window.insert(a, key, cmd.timestampUs, r) < 0)) {
      if (r !== 0) rec.free(r);
      out.rejected(CT.NEW_ORDER, 0, a, cmd.instrument, cmd.side, cmd.price, cmd.qty, RR.DEDUPE_WINDOW_FULL);
      return;
    }
    if (keyed) rec.hi[r * RI.STRIDE + RI.REFS] = 1;
    rec.hi[r * RI.STRIDE + RI.ACCOUNT] = a; rec.hi[r * RI.STRIDE + RI.INSTRUMENT] = cmd.instrument; rec.hb[r * RB.STRIDE + RB.SIDE] = cmd.side; rec.hb[r * RB.STRIDE + RB.ORD_TYPE] = cmd.ordType;
    rec.hb[r * RB.STRIDE + RB.TIF] = cmd.tif; rec.hb[r * RB.STRIDE + RB.FLAGS] = (cmd.postOnly ? 1 : 0) | (cmd.stp << 1);
    rec.hf[r * RF.STRIDE + RF.PRICE] = cmd.ordType === OT.MARKET ? 0 : cmd.price; rec.cf[r * RC.STRIDE + RC.ORIG_PRICE] = cmd.price; rec.hf[r * RF.STRIDE + RF.ORDER_QTY] = cmd.qty; rec.cf[r * RC.STRIDE + RC.ORIG_QTY] = cmd.qty;
    rec.cf[r * RC.STRIDE + RC.EXPIRE_TIME_US] = cmd.expireTimeUs; rec.hb[r * RB.STRIDE + RB.STATUS] = OS.REJECTED;

    const reason = this.preTrade(cmd);
    if (reason !== 0) {
      out.rejected(CT.NEW_ORDER, 0, a, cmd.instrument, cmd.side, cmd.price, cmd.qty, reason);
      this.retire(r);
      return;
    }
    this.current = r;
    const first = out.count;
    this.engine.apply(cmd, out);
    this.settle(out, first);
    this.current = 0;
    if (rec.hb[r * RB.STRIDE + RB.OPEN] === 0) this.retire(r);
  }

  /**
   * Risk's judgement of a NEW_ORDER (docs/risk.md, "Pre-trade risk"), or 0;
   * sets `currentHold`. An order the engine will refuse on its own instrument
   * rules (unknown enum, quantity or price out of range) passes here with no
   * hold, so it gets the engine's precise reason.
   */
  private preTrade(cmd: Command): number {
    this.currentHold = 0;
    const a = cmd.account;
    if (this.disabled[a] === 1) return RR.ACCOUNT_DISABLED;
    const inst = cmd.instrument;
    if (!(Number.isInteger(inst) && inst >= 0 && inst < this.nInst)) return 0;
    if (this.halted[inst] === 1) return RR.INSTRUMENT_HALTED;
    const spec = this.specs[inst]!;
    const qty = cmd.qty;
    const isBuy = cmd.side === S.BUY;
    if (!(isBuy || cmd.side === S.SELL) || !(cmd.ordType === OT.LIMIT || cmd.ordType === OT.MARKET)) return 0;
    if (this.engineRefuses(cmd)) return 0;
    if (!(Number.isInteger(qty) && qty >= spec.minQtyLots && qty <= spec.maxQtyLots)) return 0;
    let limit = cmd.price;
    if (cmd.ordType === OT.MARKET) limit = this.engine.marketLimitPrice(inst, cmd.side);
    else if (!(Number.isInteger(limit) && limit >= 1 && limit <= spec.maxPriceTicks)) return 0;
    if (this.openCount[a]! >= this.limits.maxOpenOrders[a]!) return RR.TOO_MANY_OPEN_ORDERS;
    const lim = this.limits.values;
    const li = (a * this.nInst + inst) * 3;
    const maxQty = lim[li]!;
    if (maxQty > 0 && qty > maxQty) return RR.RISK_LIMIT;
    const notional = ceilScaled(limit * qty, spec.quoteNum, spec.quoteDen, this.invDen[spec.id]!);
    const maxNotional = lim[li + 1]!;
    if (maxNotional > 0 && notional > maxNotional) return RR.RISK_LIMIT;
    const maxPos = lim[li + 2]!;
    if (maxPos > 0) {
      const x = this.exposure;
      const pos = x[li]!;
      if (isBuy ? pos + x[li + 1]! + qty > maxPos : x[li + 2]! + qty - pos > maxPos) return RR.RISK_LIMIT;
    }
    const hold = isBuy ? notional + feeOf(notional, this.holdFeeBps[inst]!) : qty * spec.baseMinorPerLot;
    if (hold > this.wallet.available(a, isBuy ? spec.quoteAsset : spec.baseAsset)) return RR.INSUFFICIENT_FUNDS;
    this.currentHold = hold;
    return 0;
  }

  /**
   * The rest of the engine's INVALID_ORDER rules (docs/engine.md, NEW_ORDER 3):
   * TimeInForce or STP mode out of range, MARKET resting, PostOnly that
   * cannot rest, GTD not after now. Instrument rules answer before risk's.
   */
  private engineRefuses(cmd: Command): boolean {
    const tif = cmd.tif;
    const rests = tif === TIF.GTC || tif === TIF.GTD;
    const stp = cmd.stp;
    if (!(rests || tif === TIF.IOC || tif === TIF.FOK)) return true;
    if (!(stp === STP.CANCEL_NEWEST || stp === STP.CANCEL_OLDEST || stp === STP.CANCEL_BOTH)) return true;
    if (cmd.ordType === OT.MARKET ? rests || cmd.postOnly : cmd.postOnly && !rests) return true;
    return tif === TIF.GTD && !(Number.isSafeInteger(cmd.expireTimeUs) && cmd.expireTimeUs > cmd.timestampUs);
  }

  /** Whether a resent NEW_ORDER carries the same order as record r's NewOrderSingle. */
  private sameOrder(r: number, cmd: Command): boolean {
    const rec = this.records;
    return rec.hi[r * RI.STRIDE + RI.INSTRUMENT] === cmd.instrument && rec.hb[r * RB.STRIDE + RB.SIDE] === cmd.side && rec.hb[r * RB.STRIDE + RB.ORD_TYPE] === cmd.ordType &&
      rec.hb[r * RB.STRIDE + RB.TIF] === cmd.tif && rec.cf[r * RC.STRIDE + RC.ORIG_PRICE] === cmd.price && rec.cf[r * RC.STRIDE + RC.ORIG_QTY] === cmd.qty &&
      rec.hb[r * RB.STRIDE + RB.FLAGS] === ((cmd.postOnly ? 1 : 0) | (cmd.stp << 1)) && rec.cf[r * RC.STRIDE + RC.EXPIRE_TIME_US] === cmd.expireTimeUs;
  }

  // ---- CANCEL / REPLACE ----------------------------------------------------

  /**
   * The record a CANCEL / REPLACE (by OrigClOrdID) or ORDER_STATUS (by ClOrdID) names, or 0: by
   * OrderID among open orders when the command carries one, else by the id in the window (any state).
   */
  private target(cmd: Command, byClOrdId: Uint32Array): number {
    if (cmd.orderId !== 0) {
      const r = this.openRecord(cmd.orderId);
      return r !== 0 && this.records.hi[r * RI.STRIDE + RI.ACCOUNT] === cmd.account ? r : 0;
    }
    if (byClOrdId[0] === 0 || !this.isTradingAccount(cmd.account)) return 0;
    const e = this.window.find(cmd.account, byClOrdId);
    return e < 0 ? 0 : this.window.ref(e);
  }

  private cancel(cmd: Command, out: EventBuffer, first: number): void {
    if (cmd.orderId === 0) {
      const r = this.target(cmd, cmd.origClOrdId32);
      // A closed order's id stays in the record: the engine then answers UNKNOWN_ORDER.
      if (r !== 0) cmd.orderId = this.records.hf[r * RF.STRIDE + RF.ORDER_ID]!;
    }
    this.engine.apply(cmd, out);
    this.settle(out, first);
  }

  private replace(cmd: Command, out: EventBuffer): void {
    this.replaceRecord = 0;
    // As for a new order: due GTD orders (the target itself, maybe) expire before the replace is judged.
    this.timePasses(cmd, out);
    const rec = this.records;
    const r = this.target(cmd, cmd.origClOrdId32);
    // Named by OrigClOrdID: the engine needs the id. (Only then: writing a float64 read into the
    // command's field on every replace showed as garbage, a heap number per write.)
    if (r !== 0 && cmd.orderId === 0) cmd.orderId = rec.hf[r * RF.STRIDE + RF.ORDER_ID]!;
    const open = r !== 0 && rec.hb[r * RB.STRIDE + RB.OPEN] === 1;
    const alias = open && cmd.clOrdId32[0] !== 0;
    let refused = open ? this.checkReplace(cmd, r) : 0;
    if (refused === 0 && alias) refused = this.aliasRoom(cmd);
    if (refused !== 0) {
      out.rejected(CT.REPLACE, cmd.orderId, cmd.account, cmd.instrument, 0, cmd.price, cmd.qty, refused);
      return;
    }
    // Referenced while the engine works, so a replace that ends the order keeps the record its ClOrdID will name.
    if (alias) rec.hi[r * RI.STRIDE + RI.REFS]!++;
    const start = out.count;
    this.engine.apply(cmd, out);
    this.settle(out, start);
    if (!alias) return;
    // FIX: the replace's ClOrdID names the order from now on, if the replace took effect.
    if (out.type(start) === ET.REPLACED) this.window.insert(cmd.account, cmd.clOrdId32, cmd.timestampUs, r);
    else rec.hi[r * RI.STRIDE + RI.REFS]!--;
  }

  /**
   * Why a replace's ClOrdID cannot be added to the window (taken, window
   * full), or 0; nothing is added before the engine accepts the replace.
   */
  private aliasRoom(cmd: Command): number {
    this.expireClOrdIds(cmd.timestampUs);
    if (this.window.find(cmd.account, cmd.clOrdId32) >= 0) return RR.DUPLICATE_CLORDID;
    return this.window.size === this.window.capacity ? RR.DEDUPE_WINDOW_FULL : 0;
  }

  /** Expires the GTD orders due at the command's time and settles them (the engine's `apply` would find none left). */
  private timePasses(cmd: Command, out: EventBuffer): void {
    if (!this.engine.hasExpiryDue(cmd.timestampUs)) return;
    const first = out.count;
    this.engine.advanceTime(cmd.timestampUs, out);
    this.settle(out, first);
  }

  /**
   * Risk's judgement of a REPLACE of open record r: halt, disabled account,
   * limits on the new quantity and notional, position with the new leaves,
   * and funds for the hold the new price and quantity need beyond the
   * current one. Instrument rules are the engine's (it rejects, unchanged).
   */
  private checkReplace(cmd: Command, r: number): number {
    const rec = this.records;
    const a = rec.hi[r * RI.STRIDE + RI.ACCOUNT]!;
    const inst = rec.hi[r * RI.STRIDE + RI.INSTRUMENT]!;
    if (inst !== cmd.instrument) return 0;
    if (this.disabled[a] === 1) return RR.ACCOUNT_DISABLED;
    if (this.halted[inst] === 1) return RR.INSTRUMENT_HALTED;
    const spec = this.specs[inst]!;
    const qty = cmd.qty;
    const price = cmd.price;
    if (!(Number.isInteger(qty) && qty >= spec.minQtyLots && qty <= spec.maxQtyLots)) return 0;
    if (!(Number.isInteger(price) && price >= 1 && price <= spec.maxPriceTicks)) return 0;
    const newLeaves = qty - rec.hi[r * RI.STRIDE + RI.CUM_QTY]!;
    if (newLeaves <= 0) return 0;
    const li = (a * this.nInst + inst) * 3;
    const lim = this.limits.values;
    if (lim[li]! > 0 && qty > lim[li]!) return RR.RISK_LIMIT;
    if (lim[li + 1]! > 0 && ceilScaled(price * qty, spec.quoteNum, spec.quoteDen, this.invDen[spec.id]!) > lim[li + 1]!) return RR.RISK_LIMIT;
    const isBuy = rec.hb[r * RB.STRIDE + RB.SIDE] === S.BUY;
    const maxPos = lim[li + 2]!;
    if (maxPos > 0) {
      const x = this.exposure;
      const more = newLeaves - rec.leaves(r);
      if (isBuy ? x[li]! + x[li + 1]! + more > maxPos : x[li + 2]! + more - x[li]! > maxPos) return RR.RISK_LIMIT;
    }
    const hold = this.holdFor(r, price, newLeaves);
    const need = hold - rec.hf[r * RF.STRIDE + RF.HELD]!;
    if (need > 0 && need > this.wallet.available(a, isBuy ? spec.quoteAsset : spec.baseAsset)) return RR.INSUFFICIENT_FUNDS;
    // `replaced` settles this same change: it takes the hold from here instead of computing it again.
    this.replaceRecord = r;
    this.replaceHold = hold;
    return 0;
  }

  /** Record and hold judged by the last `checkReplace` (valid during the same command only). */
  private replaceRecord = 0;
  private replaceHold = 0;

  /** What open record r must still hold at its price and leaves (invariants). */
  holdNeeded(r: number): number {
    return this.holdFor(r, this.records.hf[r * RF.STRIDE + RF.PRICE]!, this.records.hf[r * RF.STRIDE + RF.ORDER_QTY]! - this.records.hi[r * RI.STRIDE + RI.CUM_QTY]!);
  }

  /** What record r must hold to rest `leaves` at `price` (after its fills so far). */
  private holdFor(r: number, price: number, leaves: number): number {
    const spec = this.specs[this.records.hi[r * RI.STRIDE + RI.INSTRUMENT]!]!;
    if (this.records.hb[r * RB.STRIDE + RB.SIDE] !== S.BUY) return leaves * spec.baseMinorPerLot;
    const quote = this.quoteDelta(r, price, leaves, spec);
    return quote + feeOf(quote, this.holdFeeBps[spec.id]!);
  }

  /**
   * Quote minor units of `qty` more lots at `price` on top of buy record r's
   * fills: ceil((c + price x qty) x num / den) - ceil(c x num / den), c its
   * filled notional (docs/risk.md, "Settlement"). A small function taking
   * small integers on purpose: notionals pass 2^30, and a number that large
   * handed to a function V8 does not inline is boxed into a fresh heap
   * number (that was the risk path's garbage, ~1 byte per command); here
   * they stay in registers.
   */
  private quoteDelta(r: number, price: number, qty: number, spec: RiskInstrumentSpec): number {
    const c = this.records.hf[r * RF.STRIDE + RF.CUM_NOTIONAL]!;
    const inv = this.invDen[spec.id]!;
    // Both terms always (no shortcut for c = 0): a branch here made V8 box the result, a heap
    // number per call, measured as ~1.3 bytes of garbage per command.
    return ceilScaled(c + price * qty, spec.quoteNum, spec.quoteDen, inv) - ceilScaled(c, spec.quoteNum, spec.quoteDen, inv);
  }

  // ---- settlement of the engine's events -------------------------------------

  /** Settles the events appended since `first` (postings it writes are appended after them and not revisited). */
  private settle(out: EventBuffer, first: number): void {
    const end = out.count;
    for (let i = first; i < end; i++) {
      // Re-read: a posting written below may have grown (replaced) the buffer's array.
      const d = out.data;
      const b = i * 16;
      // Event types are small integers: an int32 switch compiles to a jump table.
      switch (d[b]! | 0) {
        case ET.ACCEPTED: this.accepted(d[b + 1]!, out); break;
        case ET.REJECTED:
          if (d[b + 14] === CT.NEW_ORDER && this.current !== 0) this.records.hf[(this.current) * RF.STRIDE + RF.ORDER_ID] = d[b + 1]!;
          break;
        case ET.TRADE: this.trade(d, b, out); break;
        case ET.CANCELED: this.closed(this.openRecord(d[b + 1]!), OS.CANCELED, out); break;
        case ET.EXPIRED: this.closed(this.openRecord(d[b + 1]!), OS.EXPIRED, out); break;
        case ET.REPLACED: this.replaced(d, b, out); break;
        default: break;
      }
    }
  }

  private accepted(orderId: number, out: EventBuffer): void {
    const r = this.current;
    const rec = this.records;
    rec.hf[r * RF.STRIDE + RF.ORDER_ID] = orderId;
    rec.hb[r * RB.STRIDE + RB.STATUS] = OS.NEW;
    rec.hb[r * RB.STRIDE + RB.OPEN] = 1;
    this.openIds.insert(orderId, r);
    this.cachedId = orderId;
    this.cachedRecord = r;
    const a = rec.hi[r * RI.STRIDE + RI.ACCOUNT]!;
    this.openCount[a]!++;
    const li = (a * this.nInst + rec.hi[r * RI.STRIDE + RI.INSTRUMENT]!) * 3;
    const isBuy = rec.hb[r * RB.STRIDE + RB.SIDE] === S.BUY;
    this.exposure[li + (isBuy ? 1 : 2)]! += rec.hf[r * RF.STRIDE + RF.ORDER_QTY]!;
    const hold = this.currentHold;
    if (hold > 0) {
      const spec = this.specs[rec.hi[r * RI.STRIDE + RI.INSTRUMENT]!]!;
      rec.hf[r * RF.STRIDE + RF.HELD] = hold;
      this.wallet.post(out, this.nextTxId++, orderId, PR.HOLD, isBuy ? spec.quoteAsset : spec.baseAsset,
        a * 2 + BK.AVAILABLE, a * 2 + BK.HELD, hold);
    }
  }

  /**
   * One fill: the buyer's hold pays the seller the quote amount (rounded up
   * on the buy order's cumulative notional, docs/risk.md), the seller's hold
   * delivers the base, and each side pays its fee to the fee account (the
   * buyer from its hold, the seller from the proceeds; a maker rebate is paid
   * by the fee account out of the taker fee of the same trade).
   */
  private trade(d: Float64Array, b: number, out: EventBuffer): void {
    const rec = this.records;
    const taker = this.openRecord(d[b + 1]!);
    const maker = this.openRecord(d[b + 9]!);
    const spec = this.specs[d[b + 3]!]!;
    const price = d[b + 5]!;
    const qty = d[b + 6]!;
    const takerBuys = d[b + 4] === S.BUY;
    const buyer = takerBuys ? taker : maker;
    const seller = takerBuys ? maker : taker;
    const amount = this.quoteDelta(buyer, price, qty, spec);
    const base = qty * spec.baseMinorPerLot;
    const takerFee = feeOf(amount, spec.takerFeeBps);
    const makerFee = feeOf(amount, spec.makerFeeBps);
    d[b + 13] = takerFee; d[b + 14] = makerFee; d[b + 15] = amount;

    const ba = rec.hi[buyer * RI.STRIDE + RI.ACCOUNT]!;
    const sa = rec.hi[seller * RI.STRIDE + RI.ACCOUNT]!;
    const tradeId = d[b + 11]!;
    const tx = this.nextTxId++;
    const w = this.wallet;
    const q = spec.quoteAsset;
    const fee = this.feeAccount * 2 + BK.AVAILABLE;
    if (amount > 0) w.post(out, tx, tradeId, PR.TRADE, q, ba * 2 + BK.HELD, sa * 2 + BK.AVAILABLE, amount);
    w.post(out, tx, tradeId, PR.TRADE, spec.baseAsset, sa * 2 + BK.HELD, ba * 2 + BK.AVAILABLE, base);
    const buyerFee = takerBuys ? takerFee : makerFee;
    const sellerFee = takerBuys ? makerFee : takerFee;
    // Taker first: a maker rebate is paid out of the taker fee just collected.
    if (takerBuys) {
      this.chargeFee(out, tx, tradeId, q, ba * 2 + BK.HELD, ba, buyerFee, fee);
      this.chargeFee(out, tx, tradeId, q, sa * 2 + BK.AVAILABLE, sa, sellerFee, fee);
    } else {
      this.chargeFee(out, tx, tradeId, q, sa * 2 + BK.AVAILABLE, sa, sellerFee, fee);
      this.chargeFee(out, tx, tradeId, q, ba * 2 + BK.HELD, ba, buyerFee, fee);
    }
    rec.hf[buyer * RF.STRIDE + RF.HELD]! -= amount + (buyerFee > 0 ? buyerFee : 0);
    rec.hf[seller * RF.STRIDE + RF.HELD]! -= base;
    const bli = (ba * this.nInst + spec.id) * 3;
    const sli = (sa * this.nInst + spec.id) * 3;
    const xp = this.exposure;
    xp[bli]! += qty; xp[bli + 1]! -= qty;
    xp[sli]! -= qty; xp[sli + 2]! -= qty;
    this.filled(taker, price, qty, d[b + 7]!, out);
    this.filled(maker, price, qty, d[b + 12]!, out);
  }

  /** Fee > 0: from `from` to the fee account; < 0 (rebate): from the fee account to `account`'s available. */
  private chargeFee(out: EventBuffer, tx: number, ref: number, asset: number, from: number, account: number, amount: number, fee: number): void {
    if (amount > 0) this.wallet.post(out, tx, ref, PR.FEE, asset, from, fee, amount);
    else if (amount < 0) this.wallet.post(out, tx, ref, PR.REBATE, asset, fee, account * 2 + BK.AVAILABLE, -amount);
  }

  private filled(r: number, price: number, qty: number, leaves: number, out: EventBuffer): void {
    const rec = this.records;
    rec.hi[r * RI.STRIDE + RI.CUM_QTY]! += qty;
    rec.hf[r * RF.STRIDE + RF.CUM_NOTIONAL]! += price * qty;
    rec.hb[r * RB.STRIDE + RB.STATUS] = leaves === 0 ? OS.FILLED : OS.PARTIALLY_FILLED;
    if (leaves === 0) this.closed(r, OS.FILLED, out);
  }

  private replaced(d: Float64Array, b: number, out: EventBuffer): void {
    const r = this.openRecord(d[b + 1]!);
    const rec = this.records;
    const oldLeaves = rec.leaves(r);
    const price = d[b + 5]!;
    const newLeaves = d[b + 7]!;
    rec.hf[r * RF.STRIDE + RF.PRICE] = price;
    rec.hf[r * RF.STRIDE + RF.ORDER_QTY] = d[b + 6]!;
    const a = rec.hi[r * RI.STRIDE + RI.ACCOUNT]!;
    const inst = rec.hi[r * RI.STRIDE + RI.INSTRUMENT]!;
    const isBuy = rec.hb[r * RB.STRIDE + RB.SIDE] === S.BUY;
    this.exposure[(a * this.nInst + inst) * 3 + (isBuy ? 1 : 2)]! += newLeaves - oldLeaves;
    if (newLeaves === 0) {
      // Replaced at or below the filled quantity: the order is done (docs/engine.md, REPLACE).
      rec.hf[r * RF.STRIDE + RF.ORDER_QTY] = rec.hi[r * RI.STRIDE + RI.CUM_QTY]!;
      this.closed(r, OS.FILLED, out);
      return;
    }
    const spec = this.specs[inst]!;
    const asset = isBuy ? spec.quoteAsset : spec.baseAsset;
    const hold = r === this.replaceRecord ? this.replaceHold : this.holdFor(r, price, newLeaves);
    this.replaceRecord = 0;
    const delta = hold - rec.hf[r * RF.STRIDE + RF.HELD]!;
    const id = rec.hf[r * RF.STRIDE + RF.ORDER_ID]!;
    if (delta > 0) this.wallet.post(out, this.nextTxId++, id, PR.HOLD, asset, a * 2 + BK.AVAILABLE, a * 2 + BK.HELD, delta);
    else if (delta < 0) this.wallet.post(out, this.nextTxId++, id, PR.RELEASE, asset, a * 2 + BK.HELD, a * 2 + BK.AVAILABLE, -delta);
    rec.hf[r * RF.STRIDE + RF.HELD] = rec.hf[r * RF.STRIDE + RF.HELD]! + delta;
  }

  /**
   * The open record of an order id, or 0. A one-entry cache in front of the
   * id map: a replace looks its order up, then settles its REPLACED and its
   * TRADEs, and a new order its ACCEPTED and TRADEs, all for the same id.
   */
  private openRecord(orderId: number): number {
    if (orderId === this.cachedId) return this.cachedRecord;
    const r = this.openIds.get(orderId);
    this.cachedId = orderId;
    this.cachedRecord = r;
    return r;
  }

  private cachedId = -1;
  private cachedRecord = 0;

  /** Record r left the book (filled, canceled, expired): release what it still holds. */
  private closed(r: number, status: number, out: EventBuffer): void {
    const rec = this.records;
    if (rec.hb[r * RB.STRIDE + RB.OPEN] === 0) return;
    const a = rec.hi[r * RI.STRIDE + RI.ACCOUNT]!;
    const inst = rec.hi[r * RI.STRIDE + RI.INSTRUMENT]!;
    const isBuy = rec.hb[r * RB.STRIDE + RB.SIDE] === S.BUY;
    const leaves = rec.hf[r * RF.STRIDE + RF.ORDER_QTY]! - rec.hi[r * RI.STRIDE + RI.CUM_QTY]!;
    if (leaves > 0) this.exposure[(a * this.nInst + inst) * 3 + (isBuy ? 1 : 2)]! -= leaves;
    rec.hb[r * RB.STRIDE + RB.OPEN] = 0;
    rec.hb[r * RB.STRIDE + RB.STATUS] = status;
    const id = rec.hf[r * RF.STRIDE + RF.ORDER_ID]!;
    this.openIds.remove(id);
    if (id === this.cachedId) this.cachedRecord = 0;
    this.openCount[a]!--;
    const held = rec.hf[r * RF.STRIDE + RF.HELD]!;
    if (held > 0) {
      const spec = this.specs[inst]!;
      this.wallet.post(out, this.nextTxId++, rec.hf[r * RF.STRIDE + RF.ORDER_ID]!, PR.RELEASE, isBuy ? spec.quoteAsset : spec.baseAsset,
        a * 2 + BK.HELD, a * 2 + BK.AVAILABLE, held);
      rec.hf[r * RF.STRIDE + RF.HELD] = 0;
    }
    if (r !== this.current) this.retire(r);
  }

  /** Frees a closed record that no dedupe entry names. */
  private retire(r: number): void {
    if (this.records.hi[r * RI.STRIDE + RI.REFS] === 0 && this.records.hb[r * RB.STRIDE + RB.OPEN] === 0) this.records.free(r);
  }

  /**
   * Forgets ClOrdIDs older than the window, before a ClOrdID is looked up to
   * be added: only then, because an expire pass over a window whose oldest
   * entries all belong to open orders revisits each of them, and commands
   * that add nothing (cancels, ticks) need no room.
   */
  private expireClOrdIds(nowUs: number): void {
    if (this.window.size !== 0) this.window.expire(nowUs, this);
  }

  // ---- WindowPins (ClOrdIdWindow.expire) -------------------------------------

  isPinned(ref: number): boolean {
    return this.records.hb[ref * RB.STRIDE + RB.OPEN] === 1;
  }

  evicted(ref: number): void {
    this.records.hi[ref * RI.STRIDE + RI.REFS]!--;
    this.retire(ref);
  }

  // ---- queries, funding and operator commands ------------------------------

  private operator(cmd: Command, out: EventBuffer): void {
    const reason = this.operatorReason(cmd);
    if (reason !== 0) {
      out.rejected(cmd.type, cmd.orderId, cmd.account, cmd.instrument, 0, 0, cmd.amount, reason);
      return;
    }
    const a = cmd.account;
    switch (cmd.type) {
      case CT.ORDER_STATUS: this.emitStatus(this.target(cmd, cmd.clOrdId32), out); return;
      case CT.BALANCE_QUERY:
        for (let asset = 0; asset < this.nAssets; asset++) {
          out.balance(a, asset, this.wallet.available(a, asset), this.wallet.held(a, asset));
        }
        return;
      case CT.DEPOSIT:
      case CT.WITHDRAW: {
        const dup = this.payments.has(cmd.refId);
        if (!dup) {
          this.payments.add(cmd.refId);
          const deposit = cmd.type === CT.DEPOSIT;
          this.wallet.post(out, this.nextTxId++, cmd.refId, deposit ? PR.DEPOSIT : PR.WITHDRAW, cmd.asset,
            deposit ? OUTSIDE : a * 2 + BK.AVAILABLE, deposit ? a * 2 + BK.AVAILABLE : OUTSIDE, cmd.amount);
        }
        out.adminDone(cmd.type, cmd.refId, a, cmd.asset, cmd.amount, dup);
        return;
      }
      case CT.HALT:
      case CT.RESUME:
        this.halted[cmd.instrument] = cmd.type === CT.HALT ? 1 : 0;
        out.adminDone(cmd.type, 0, a, cmd.instrument, 0, false);
        return;
      case CT.ENABLE_ACCOUNT:
        this.disabled[a] = 0;
        out.adminDone(cmd.type, 0, a, 0, 0, false);
        return;
      case CT.DISABLE_ACCOUNT: {
        this.disabled[a] = 1;
        const open = this.openCount[a]!;
        const first = out.count;
        this.engine.apply(this.scratch.massCancel(a, ALL_INSTRUMENTS), out);
        this.settle(out, first);
        // AMOUNT: the orders the kill switch cancelled.
        out.adminDone(cmd.type, 0, a, 0, open - this.openCount[a]!, false);
        return;
      }
      case CT.SET_LIMIT:
        this.limits.set(cmd.account, cmd.instrument, cmd.limitKind, cmd.amount);
        // REF: the LimitKind set.
        out.adminDone(cmd.type, cmd.limitKind, a, cmd.instrument, cmd.amount, false);
        return;
      default:
        return;
    }
  }

  /** The reason a query, funding or operator command is refused, or 0. */
  private operatorReason(cmd: Command): number {
    const a = cmd.account;
    switch (cmd.type) {
      case CT.ORDER_STATUS:
        if (!this.isTradingAccount(a)) return RR.UNKNOWN_ACCOUNT;
        return this.target(cmd, cmd.clOrdId32) === 0 ? RR.UNKNOWN_ORDER : 0;
      case CT.BALANCE_QUERY:
        return this.isTradingAccount(a) || a === this.feeAccount ? 0 : RR.UNKNOWN_ACCOUNT;
      case CT.DEPOSIT:
      case CT.WITHDRAW: {
        // The fee account too: the exchange sweeps collected fees out (and may fund rebates in).
        if (!(this.isTradingAccount(a) || a === this.feeAccount)) return RR.UNKNOWN_ACCOUNT;
        if (!(Number.isInteger(cmd.asset) && cmd.asset >= 0 && cmd.asset < this.nAssets)) return RR.UNKNOWN_ASSET;
        const amount = cmd.amount;
        if (!(Number.isSafeInteger(amount) && amount > 0) || !(Number.isSafeInteger(cmd.refId) && cmd.refId > 0)) return RR.INVALID_AMOUNT;
        if (this.payments.has(cmd.refId)) return 0;
        if (cmd.type === CT.DEPOSIT) {
          if (!Number.isSafeInteger(this.wallet.outsideNet[cmd.asset]! + amount)) return RR.INVALID_AMOUNT;
          return 0;
        }
        return amount > this.wallet.available(a, cmd.asset) ? RR.INSUFFICIENT_FUNDS : 0;
      }
      case CT.HALT:
      case CT.RESUME:
        return Number.isInteger(cmd.instrument) && cmd.instrument >= 0 && cmd.instrument < this.nInst ? 0 : RR.UNKNOWN_SYMBOL;
      case CT.DISABLE_ACCOUNT:
      case CT.ENABLE_ACCOUNT:
        return this.isTradingAccount(a) ? 0 : RR.UNKNOWN_ACCOUNT;
      case CT.SET_LIMIT:
        return this.limits.check(cmd.account, cmd.instrument, cmd.limitKind, cmd.amount);
      default:
        return RR.INVALID_ORDER;
    }
  }



  private emitStatus(r: number, out: EventBuffer): void {
    const rec = this.records;
    out.orderStatus(rec.hf[r * RF.STRIDE + RF.ORDER_ID]!, rec.hi[r * RI.STRIDE + RI.ACCOUNT]!, rec.hi[r * RI.STRIDE + RI.INSTRUMENT]!, rec.hb[r * RB.STRIDE + RB.SIDE]!, rec.hf[r * RF.STRIDE + RF.PRICE]!, rec.hf[r * RF.STRIDE + RF.ORDER_QTY]!,
      rec.leaves(r), rec.hb[r * RB.STRIDE + RB.STATUS]!, rec.hb[r * RB.STRIDE + RB.ORD_TYPE]!, rec.hi[r * RI.STRIDE + RI.CUM_QTY]!, rec.hf[r * RF.STRIDE + RF.CUM_NOTIONAL]!, rec.hb[r * RB.STRIDE + RB.TIF]!);
  }

  private isTradingAccount(a: number): boolean {
    return Number.isInteger(a) && a >= 0 && a < this.tradingAccounts;
  }

  /** Copy of a ClOrdID key of window entry e (tests, snapshots). */
  entryKey(e: number): Uint32Array {
    this.window.keyInto(e, this.keyScratch);
    return this.keyScratch;
  }

  stateHash(): string {
    return coreStateHash(this);
  }

  assertInvariants(): void {
    assertCoreInvariants(this);
  }
}
