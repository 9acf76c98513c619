import { Command } from '../engine/command.js';
import { ALL_INSTRUMENTS, CancelReason, CommandType, EventType } from '../engine/enums.js';
import { F, TF, type EventBuffer } from '../engine/eventBuffer.js';
import { rejectReasonName } from '../engine/rejectReason.js';
import type { OpenOrderView } from '../risk/openOrders.js';
import type { AccountConfig, AssetConfig } from '../config/exchangeConfig.js';
import { avgPxText, decToSteps, NOT_A_MULTIPLE, stepsText, unitsText } from './decimalText.js';
import type { GatewayInstrument } from './instruments.js';
import type { OrderView } from './orderView.js';
import type { BalanceReport, ExecutionReport, Reply } from './replies.js';
import {
  ORD_STATUS_NAMES, ORD_TYPE_NAMES, SIDE_NAMES, sessionReject,
  type CancelRequest, type MassCancelRequest, type NewOrderRequest, type ReplaceRequest, type TradeRequest,
} from './requests.js';
import type { Face, Session } from './session.js';

/**
 * The order path of the gateway, between the sessions and the sequencer:
 * requests become core commands (instrument rules judged here first, with
 * exact decimal conversion), and the core's events for each sequenced
 * command become the replies and execution reports of the contract, routed
 * to the sessions entitled to them.
 *
 * Order of replies: everything one session is told comes out in the order
 * of its requests (a batch is answered in order). A reply made here without
 * the core (a gateway rejection) goes out at once when the session has no
 * command in flight and nothing queued; otherwise it waits in the session's
 * own queue (`Session.localReplies`), tagged with the seq of the session's
 * last command before it, and leaves as soon as that command is answered:
 * other sessions' commands never hold it back.
 */

/** A command in flight. */
interface Pending {
  seq: number;
  type: number;
  session: Session | null;
  clOrdId: string;
  origClOrdId: string;
  instrument: number;
  request: TradeRequest | null;
  /** performance.now() when the request arrived (end-to-end latency). */
  receivedMs: number;
  /** The encoding of the request: its replies use it (PROTOCOL.md: replies use the encoding of the request). */
  face: Face;
  /** Admin channel requests: called with the command's events instead of the order path. */
  onResult: ((seq: number, timestampUs: number, events: EventBuffer, first: number, end: number) => void) | null;
}

export interface TradeDeskHooks {
  /** Sends a reply to a session in the given encoding. */
  send(session: Session, reply: Reply, face: Face): void;
  /** An order was acknowledged for a session that has meanwhile closed with CancelOnDisconnect: cancel it. */
  cancelOrphan(o: OrderView): void;
  /** Submits a command to the sequencer: its seq, or -1 when the input ring is full (back-pressure). */
  trySubmit(cmd: Command): number;
  /** First report of a request left: latency from its arrival, ms. */
  observeLatency(ms: number): void;
  /** A reply carried this RejectReason name (metrics). */
  countReject(reason: string): void;
}

const TEXT: Readonly<Record<string, string>> = {
  INVALID_TICK: 'Price is not a multiple of the tick size',
  INVALID_LOT: 'OrderQty is not a multiple of the lot size',
  QTY_OUT_OF_RANGE: 'OrderQty is outside the instrument\'s min/max quantity',
  UNKNOWN_SYMBOL: 'unknown Symbol',
  PRICE_OUT_OF_RANGE: 'Price is zero or above the instrument\'s maximum price',
};

export class TradeDesk {
  private readonly pending: Pending[] = [];
  private pendingHead = 0;
  readonly orders = new Map<number, OrderView>();
  readonly sessionsByAccount = new Map<number, Set<Session>>();
  private readonly bySymbol = new Map<string, GatewayInstrument>();
  private readonly cmd = new Command();
  /** Open GTD orders known here: while there are any, an idle exchange is sent TICKs so they expire on time. */
  gtdOpen = 0;

  constructor(
    readonly instruments: GatewayInstrument[],
    readonly accounts: AccountConfig[],
    readonly assets: AssetConfig[],
    private readonly hooks: TradeDeskHooks,
  ) {
    for (const i of instruments) this.bySymbol.set(i.symbol, i);
  }

  instrumentBySymbol(symbol: string): GatewayInstrument | undefined {
    return this.bySymbol.get(symbol);
  }

  /** Orders open before a restart (risk/openOrders.ts): their reports go to every session of the account. */
  loadOpenOrders(views: OpenOrderView[]): void {
    for (const v of views) {
      this.orders.set(v.orderId, {
        orderId: v.orderId, clOrdId: v.clOrdId, account: v.account, session: null, instrument: v.instrument,
        side: v.side, ordType: v.ordType, tif: v.tif, price: v.price, orderQty: v.orderQty, cumQty: v.cumQty,
        cumNotional: v.cumNotional, leaves: v.leaves,
      });
      if (v.tif === 3) this.gtdOpen++;
    }
  }

  get inFlight(): number {
    return this.pending.length - this.pendingHead;
  }

  attach(session: Session): void {
    let set = this.sessionsByAccount.get(session.account);
    if (set === undefined) this.sessionsByAccount.set(session.account, (set = new Set()));
    set.add(session);
  }

  detach(session: Session): void {
    this.sessionsByAccount.get(session.account)?.delete(session);
  }

  // ---- replies in order ----------------------------------------------------

  /** A reply made here: sent now if nothing is in flight, else queued behind what is. */
  reply(session: Session, reply: Reply): void {
    if (reply.MsgType === 'Reject') this.hooks.countReject(reply.Reason);
    else if (reply.MsgType === 'ExecutionReport' && reply.RejectReason !== undefined) this.hooks.countReject(reply.RejectReason);
    // Only this session's own commands in flight (and its replies already waiting) go before it.
    if (session.inFlight === 0 && session.localReplies.length === 0) {
      this.hooks.send(session, reply, session.face);
      return;
    }
    session.localReplies.push({ after: session.lastSeq, reply, face: session.face });
  }

  /** The session's waiting replies whose preceding command (seq <= `seq`) is answered. */
  private releaseLocalReplies(session: Session, seq: number): void {
    const q = session.localReplies;
    let n = 0;
    while (n < q.length && q[n]!.after <= seq) {
      const r = q[n++]!;
      if (session.open) this.hooks.send(session, r.reply as Reply, r.face);
    }
    if (n > 0) q.splice(0, n);
  }

  private compact(): void {
    if (this.pendingHead > 1024 && this.pendingHead * 2 > this.pending.length) {
      this.pending.splice(0, this.pendingHead);
      this.pendingHead = 0;
    }
  }

  // ---- requests -> commands ---------------------------------------------------

  /**
   * Takes one request of a logged-on session. Returns false when the
   * sequencer is full: nothing was done, and the caller retries the same
   * request after `waitForSpace()`.
   */
  handle(session: Session, request: TradeRequest, receivedMs: number): boolean {
    switch (request.MsgType) {
      case 'NewOrderSingle': return this.newOrder(session, request, receivedMs);
      case 'OrderCancelRequest': return this.cancelOrReplace(session, request, receivedMs);
      case 'OrderCancelReplaceRequest': return this.cancelOrReplace(session, request, receivedMs);
      case 'OrderMassCancelRequest': return this.massCancel(session, request, receivedMs);
      case 'OrderStatusRequest': {
        const cmd = this.cmd.admin(CommandType.ORDER_STATUS, session.account, 0);
        cmd.orderId = 0;
        cmd.setClOrdId(request.ClOrdID).setOrigClOrdId('');
        return this.submit(cmd, session, request, request.ClOrdID, '', -1, receivedMs);
      }
      case 'BalanceRequest': {
        const cmd = this.cmd.admin(CommandType.BALANCE_QUERY, session.account, 0);
        cmd.setClOrdId('').setOrigClOrdId('');
        return this.submit(cmd, session, request, '', '', -1, receivedMs);
      }
      default:
        this.reply(session, sessionReject('Logon', 'INVALID_FIELD', 'MsgType', 'already logged on'));
        return true;
    }
  }

  /** A command not from a session (admin channel, CancelOnDisconnect, TICK); `onResult` replaces the order path's replies when given. */
  submitInternal(cmd: Command, session: Session | null, onResult: Pending['onResult']): boolean {
    return this.submit(cmd, session, null, '', '', cmd.instrument, 0, onResult);
  }

  private submit(
    cmd: Command, session: Session | null, request: TradeRequest | null, clOrdId: string, origClOrdId: string,
    instrument: number, receivedMs: number, onResult: Pending['onResult'] = null,
  ): boolean {
    const seq = this.hooks.trySubmit(cmd);
    if (seq < 0) return false;
    if (session !== null) {
      session.inFlight++;
      session.lastSeq = seq;
    }
    this.pending.push({
      seq, type: cmd.type, session, clOrdId, origClOrdId, instrument, request, receivedMs, onResult, face: session?.face ?? 'json',
    });
    return true;
  }

  /** An instrument rule judged at the edge: ticks / lots, or a RejectReason name. */
  private priceTicks(inst: GatewayInstrument, r: NewOrderRequest | ReplaceRequest): number | string {
    if (r.Price === null) return 0;
    const ticks = decToSteps(r.Price, inst.tick);
    if (ticks === NOT_A_MULTIPLE) return 'INVALID_TICK';
    if (ticks <= 0 || ticks > inst.maxPriceTicks) return 'PRICE_OUT_OF_RANGE';
    return ticks;
  }

  private qtyLots(inst: GatewayInstrument, r: NewOrderRequest | ReplaceRequest): number | string {
    const lots = decToSteps(r.OrderQty, inst.lot);
    if (lots === NOT_A_MULTIPLE) return 'INVALID_LOT';
    if (lots < inst.minQtyLots || lots > inst.maxQtyLots) return 'QTY_OUT_OF_RANGE';
    return lots;
  }

  private newOrder(session: Session, r: NewOrderRequest, receivedMs: number): boolean {
    const inst = this.bySymbol.get(r.Symbol);
    if (inst === undefined) {
      this.reply(session, this.gatewayRejection(r, 'UNKNOWN_SYMBOL', `unknown Symbol "${r.Symbol}"`));
      return true;
    }
    const price = this.priceTicks(inst, r);
    if (typeof price === 'string') {
      this.reply(session, this.gatewayRejection(r, price, `Price ${r.PriceText}: ${TEXT[price]} (tick ${inst.config.tickSize}, max ${stepsText(inst.maxPriceTicks, inst.tick)})`));
      return true;
    }
    const qty = this.qtyLots(inst, r);
    if (typeof qty === 'string') {
      this.reply(session, this.gatewayRejection(r, qty, `OrderQty ${r.OrderQtyText}: ${TEXT[qty]} (lot ${inst.config.lotSize}, min ${stepsText(inst.minQtyLots, inst.lot)}, max ${stepsText(inst.maxQtyLots, inst.lot)})`));
      return true;
    }
    const cmd = this.cmd.newOrder(session.account, inst.id, r.Side, r.OrdType, r.TimeInForce, price, qty, r.PostOnly, r.STP, r.ExpireTime);
    cmd.setClOrdId(r.ClOrdID).setOrigClOrdId('');
    return this.submit(cmd, session, r, r.ClOrdID, '', inst.id, receivedMs);
  }

  private cancelOrReplace(session: Session, r: CancelRequest | ReplaceRequest, receivedMs: number): boolean {
    const inst = this.bySymbol.get(r.Symbol);
    const refuse = (reason: string): boolean => {
      this.reply(session, { MsgType: 'OrderCancelReject', ClOrdID: r.ClOrdID, OrigClOrdID: r.OrigClOrdID, Reason: reason });
      return true;
    };
    if (inst === undefined) return refuse('UNKNOWN_SYMBOL');
    let cmd: Command;
    if (r.MsgType === 'OrderCancelReplaceRequest') {
      const price = this.priceTicks(inst, r);
      if (typeof price === 'string') return refuse(price);
      const qty = this.qtyLots(inst, r);
      if (typeof qty === 'string') return refuse(qty);
      cmd = this.cmd.replace(session.account, inst.id, 0, price, qty);
    } else {
      cmd = this.cmd.cancel(session.account, inst.id, 0);
    }
    cmd.setClOrdId(r.ClOrdID).setOrigClOrdId(r.OrigClOrdID);
    return this.submit(cmd, session, r, r.ClOrdID, r.OrigClOrdID, inst.id, receivedMs);
  }

  private massCancel(session: Session, r: MassCancelRequest, receivedMs: number): boolean {
    let instrument = ALL_INSTRUMENTS;
    if (r.Symbol !== null) {
      const inst = this.bySymbol.get(r.Symbol);
      if (inst === undefined) {
        this.reply(session, { ...sessionReject('OrderMassCancelRequest', 'UNKNOWN_SYMBOL', 'Symbol', `unknown Symbol "${r.Symbol}"`), ClOrdID: r.ClOrdID });
        return true;
      }
      instrument = inst.id;
    }
    const cmd = this.cmd.massCancel(session.account, instrument);
    cmd.setClOrdId(r.ClOrdID).setOrigClOrdId('');
    return this.submit(cmd, session, r, r.ClOrdID, '', instrument, receivedMs);
  }

  /** ExecutionReport REJECTED made by the gateway (no OrderID, no Seq). */
  private gatewayRejection(r: NewOrderRequest, reason: string, text: string): ExecutionReport {
    // Every key in the contract's order (JSON.stringify keeps insertion order and drops the undefined ones).
    return {
      MsgType: 'ExecutionReport', ExecType: 'REJECTED', OrdStatus: 'REJECTED', OrderID: undefined, ClOrdID: r.ClOrdID,
      Symbol: r.Symbol, Side: SIDE_NAMES[r.Side]!, OrdType: ORD_TYPE_NAMES[r.OrdType]!, Price: r.PriceText ?? undefined,
      OrderQty: r.OrderQtyText, CumQty: '0', LeavesQty: '0', AvgPx: '0',
      TransactTime: Math.floor((performance.timeOrigin + performance.now()) * 1000), Seq: undefined,
      RejectReason: reason, Text: text,
    };
  }

  // ---- results -> replies --------------------------------------------------------

  /** The sequencer's ResultHandler: one call per durable command, in seq order. */
  onResult(seq: number, ts: number, events: EventBuffer, first: number, end: number): void {
    let ctx: Pending | null = null;
    if (this.pendingHead < this.pending.length && this.pending[this.pendingHead]!.seq === seq) {
      ctx = this.pending[this.pendingHead++]!;
      this.compact();
    }
    if (ctx !== null && ctx.session !== null) ctx.session.inFlight--;
    this.current = ctx;
    if (ctx !== null && ctx.onResult !== null) {
      // Admin commands: their answer goes to the operator; what they did to orders (kill switch cancels,
      // GTD expiries due at their time) is reported to the orders' owners as always.
      this.route(null, seq, ts, events, first, end);
      ctx.onResult(seq, ts, events, first, end);
    } else {
      this.route(ctx, seq, ts, events, first, end);
    }
    this.current = null;
    if (ctx !== null && ctx.receivedMs > 0) this.hooks.observeLatency(performance.now() - ctx.receivedMs);
    if (ctx !== null && ctx.session !== null && ctx.session.localReplies.length > 0) this.releaseLocalReplies(ctx.session, seq);
  }

  private route(ctx: Pending | null, seq: number, ts: number, ev: EventBuffer, first: number, end: number): void {
    let balances: BalanceReport | null = null;
    for (let i = first; i < end; i++) {
      switch (ev.type(i)) {
        case EventType.ACCEPTED: this.accepted(ctx, seq, ts, ev, i); break;
        case EventType.TRADE: this.trade(seq, ts, ev, i); break;
        case EventType.CANCELED: this.ended(ctx, seq, ts, ev, i, 'CANCELED'); break;
        case EventType.EXPIRED: this.ended(ctx, seq, ts, ev, i, 'EXPIRED'); break;
        case EventType.REPLACED: this.replaced(ctx, seq, ts, ev, i); break;
        case EventType.REJECTED: this.rejected(ctx, seq, ts, ev, i); break;
        case EventType.ORDER_STATUS: this.status(ctx, seq, ts, ev, i); break;
        case EventType.MASS_CANCEL_DONE:
          if (ctx?.session != null) {
            const inst = ev.get(i, F.INSTRUMENT);
            this.toSession(ctx.session, {
              MsgType: 'OrderMassCancelReport', ClOrdID: ctx.clOrdId,
              ...(inst >= 0 ? { Symbol: this.instruments[inst]!.symbol } : {}),
              CanceledCount: ev.get(i, F.COUNT), Seq: seq,
            });
          }
          break;
        case EventType.BALANCE: {
          const asset = this.assets[ev.get(i, F.INSTRUMENT)]!;
          const available = ev.get(i, F.QTY);
          const held = ev.get(i, F.LEAVES);
          balances ??= { MsgType: 'BalanceReport', Balances: [], Seq: seq };
          balances.Balances.push({
            Asset: asset.code, Total: unitsText(available + held, asset.decimals),
            Available: unitsText(available, asset.decimals), Held: unitsText(held, asset.decimals),
          });
          break;
        }
        default: break; // BOOK_LEVEL (market data), POSTING (ledger), ADMIN_DONE (admin channel)
      }
    }
    if (balances !== null && ctx?.session != null) this.toSession(ctx.session, balances);
  }

  /** The command being answered (its requester's encoding applies to what goes to its session). */
  private current: Pending | null = null;

  private faceFor(session: Session): Face {
    const c = this.current;
    return c !== null && c.session === session ? c.face : session.face;
  }

  private toSession(session: Session, reply: Reply): void {
    if (session.open) this.hooks.send(session, reply, this.faceFor(session));
  }

  /** An order's report goes to the session that placed it, or (gone, or unknown since a restart) to every session of its account. */
  private toOwner(o: OrderView, reply: Reply): void {
    const requester = this.current?.session ?? null;
    if (o.session !== null && o.session.open) {
      this.hooks.send(o.session, reply, this.faceFor(o.session));
      // A cancel or replace sent by another session of the account: its sender is told too.
      if (requester !== null && requester !== o.session && requester.open && requester.account === o.account) {
        this.hooks.send(requester, reply, this.faceFor(requester));
      }
      return;
    }
    const all = this.sessionsByAccount.get(o.account);
    if (all === undefined) return;
    for (const s of all) if (s.open) this.hooks.send(s, reply, this.faceFor(s));
  }

  private report(o: OrderView, execType: ExecutionReport['ExecType'], ordStatus: ExecutionReport['OrdStatus'], seq: number, ts: number): ExecutionReport {
    const inst = this.instruments[o.instrument]!;
    // Every key in the contract's order; TRADE fields are added after, at the end, as in the contract.
    return {
      MsgType: 'ExecutionReport', ExecType: execType, OrdStatus: ordStatus, OrderID: String(o.orderId), ClOrdID: o.clOrdId,
      OrigClOrdID: undefined, Symbol: inst.symbol, Side: SIDE_NAMES[o.side]!, OrdType: ORD_TYPE_NAMES[o.ordType]!,
      Price: o.ordType === 0 ? stepsText(o.price, inst.tick) : undefined,
      OrderQty: stepsText(o.orderQty, inst.lot), CumQty: stepsText(o.cumQty, inst.lot),
      LeavesQty: stepsText(o.leaves, inst.lot), AvgPx: avgPxText(o.cumNotional, o.cumQty, inst.tick), TransactTime: ts, Seq: seq,
    };
  }

  private openStatus(o: OrderView): ExecutionReport['OrdStatus'] {
    return o.cumQty > 0 ? 'PARTIALLY_FILLED' : 'NEW';
  }

  private accepted(ctx: Pending | null, seq: number, ts: number, ev: EventBuffer, i: number): void {
    const o: OrderView = {
      orderId: ev.get(i, F.ORDER_ID), clOrdId: ctx?.clOrdId ?? '', account: ev.get(i, F.ACCOUNT), session: ctx?.session ?? null,
      instrument: ev.get(i, F.INSTRUMENT), side: ev.get(i, F.SIDE), ordType: ev.get(i, F.COUNT), tif: ev.get(i, F.AUX),
      price: ev.get(i, F.PRICE), orderQty: ev.get(i, F.QTY), cumQty: 0, cumNotional: 0, leaves: ev.get(i, F.LEAVES),
    };
    this.orders.set(o.orderId, o);
    if (o.tif === 3) this.gtdOpen++;
    o.session?.openOrders.add(o.orderId);
    this.toOwner(o, this.report(o, 'NEW', 'NEW', seq, ts));
    // Entered while its session closed with CancelOnDisconnect: the close could not cancel what was still in flight.
    if (o.session !== null && !o.session.open && o.session.cancelOnDisconnect && o.leaves > 0) this.hooks.cancelOrphan(o);
  }

  private forget(o: OrderView): void {
    this.orders.delete(o.orderId);
    o.session?.openOrders.delete(o.orderId);
    if (o.tif === 3) this.gtdOpen--;
  }

  private trade(seq: number, ts: number, ev: EventBuffer, i: number): void {
    const price = ev.get(i, F.PRICE);
    const qty = ev.get(i, F.QTY);
    const taker = this.orders.get(ev.get(i, F.ORDER_ID));
    const maker = this.orders.get(ev.get(i, F.MAKER_ORDER_ID));
    // Maker first: its fill happened at its resting price before the taker's report of the same match.
    if (maker !== undefined) this.fill(maker, price, qty, ev.get(i, F.MAKER_LEAVES), ev.get(i, TF.MAKER_FEE), 'MAKER', ev.get(i, F.TRADE_ID), seq, ts);
    if (taker !== undefined) this.fill(taker, price, qty, ev.get(i, F.LEAVES), ev.get(i, TF.TAKER_FEE), 'TAKER', ev.get(i, F.TRADE_ID), seq, ts);
  }

  private fill(o: OrderView, price: number, qty: number, leaves: number, fee: number, liquidity: 'MAKER' | 'TAKER', tradeId: number, seq: number, ts: number): void {
    o.cumQty += qty;
    o.cumNotional += price * qty;
    o.leaves = leaves;
    const inst = this.instruments[o.instrument]!;
    const er = this.report(o, 'TRADE', leaves === 0 ? 'FILLED' : 'PARTIALLY_FILLED', seq, ts);
    er.LastPx = stepsText(price, inst.tick);
    er.LastQty = stepsText(qty, inst.lot);
    er.TradeID = String(tradeId);
    er.Liquidity = liquidity;
    er.Fee = unitsText(fee, inst.quoteDecimals);
    er.FeeAsset = inst.quote;
    if (leaves === 0) this.forget(o);
    this.toOwner(o, er);
  }

  private ended(ctx: Pending | null, seq: number, ts: number, ev: EventBuffer, i: number, how: 'CANCELED' | 'EXPIRED'): void {
    const o = this.orders.get(ev.get(i, F.ORDER_ID));
    if (o === undefined) return;
    o.leaves = 0;
    const er = this.report(o, how, how, seq, ts);
    // A cancel request's report carries the request's ClOrdID and names the order's as OrigClOrdID (FIX).
    if (how === 'CANCELED' && ctx !== null && ctx.type === CommandType.CANCEL && ev.get(i, F.REASON) === CancelReason.USER && ctx.clOrdId !== '') {
      er.OrigClOrdID = o.clOrdId;
      er.ClOrdID = ctx.clOrdId;
    }
    this.forget(o);
    this.toOwner(o, er);
  }

  private replaced(ctx: Pending | null, seq: number, ts: number, ev: EventBuffer, i: number): void {
    const o = this.orders.get(ev.get(i, F.ORDER_ID));
    if (o === undefined) return;
    o.price = ev.get(i, F.PRICE);
    o.orderQty = ev.get(i, F.QTY);
    o.leaves = ev.get(i, F.LEAVES);
    const orig = o.clOrdId;
    if (ctx !== null && ctx.clOrdId !== '') o.clOrdId = ctx.clOrdId;
    // A replace down to the filled quantity leaves nothing: the order is done (FILLED).
    const done = o.leaves === 0;
    const er = this.report(o, 'REPLACED', done ? 'FILLED' : this.openStatus(o), seq, ts);
    er.OrigClOrdID = orig;
    if (done) this.forget(o);
    this.toOwner(o, er);
  }

  private rejected(ctx: Pending | null, seq: number, ts: number, ev: EventBuffer, i: number): void {
    const reason = rejectReasonName(ev.get(i, F.REASON));
    this.hooks.countReject(reason);
    const session = ctx?.session;
    if (session == null || ctx === null) return;
    switch (ev.get(i, F.AUX)) {
      case CommandType.NEW_ORDER: {
        const r = ctx.request as NewOrderRequest | null;
        if (r === null) return;
        const er = this.gatewayRejection(r, reason, rejectText(reason));
        const orderId = ev.get(i, F.ORDER_ID);
        if (orderId > 0 && reason !== 'DUPLICATE_CLORDID') er.OrderID = String(orderId);
        er.TransactTime = ts;
        er.Seq = seq;
        this.toSession(session, er);
        return;
      }
      case CommandType.CANCEL:
      case CommandType.REPLACE:
        this.toSession(session, { MsgType: 'OrderCancelReject', ClOrdID: ctx.clOrdId, OrigClOrdID: ctx.origClOrdId, Reason: reason, Seq: seq });
        return;
      case CommandType.ORDER_STATUS:
        this.toSession(session, { ...sessionReject('OrderStatusRequest', reason, 'ClOrdID',
          reason === 'UNKNOWN_ORDER' ? `no order of this account has ClOrdID "${ctx.clOrdId}" (in the dedupe window)` : rejectText(reason)), ClOrdID: ctx.clOrdId });
        return;
      case CommandType.MASS_CANCEL:
        this.toSession(session, { ...sessionReject('OrderMassCancelRequest', reason, undefined, rejectText(reason)), ClOrdID: ctx.clOrdId });
        return;
      default:
        this.toSession(session, sessionReject(ctx.request?.MsgType ?? '', reason, undefined, rejectText(reason)));
    }
  }

  private status(ctx: Pending | null, seq: number, ts: number, ev: EventBuffer, i: number): void {
    const session = ctx?.session;
    if (session == null || ctx === null) return;
    const inst = this.instruments[ev.get(i, F.INSTRUMENT)]!;
    const known = this.orders.get(ev.get(i, F.ORDER_ID));
    const o: OrderView = {
      orderId: ev.get(i, F.ORDER_ID), clOrdId: known?.clOrdId ?? ctx.clOrdId, account: ev.get(i, F.ACCOUNT), session,
      instrument: inst.id, side: ev.get(i, F.SIDE), ordType: ev.get(i, 9), tif: ev.get(i, 12), price: ev.get(i, F.PRICE),
      orderQty: ev.get(i, F.QTY), cumQty: ev.get(i, 10), cumNotional: ev.get(i, 11), leaves: ev.get(i, F.LEAVES),
    };
    // The status request's ClOrdID is how the client asked; a resent NewOrderSingle's is the order's own.
    o.clOrdId = ctx.clOrdId !== '' ? ctx.clOrdId : o.clOrdId;
    const status = ORD_STATUS_NAMES[ev.get(i, F.REASON)] ?? 'NEW';
    this.toSession(session, this.report(o, 'ORDER_STATUS', status, seq, ts));
  }
}

function rejectText(reason: string): string {
  return REJECT_TEXT[reason] ?? reason;
}

const REJECT_TEXT: Readonly<Record<string, string>> = {
  INSUFFICIENT_FUNDS: 'not enough available balance for the hold this order needs',
  PRICE_BAND: 'price is outside the instrument\'s price band',
  POST_ONLY_WOULD_TAKE: 'a PostOnly order would have taken liquidity',
  FOK_NOT_FILLABLE: 'a FOK order could not be filled completely',
  NO_LIQUIDITY: 'no liquidity on the opposite side for a MARKET order',
  DUPLICATE_CLORDID: 'ClOrdID was used before with different fields',
  TOO_MANY_OPEN_ORDERS: 'the account has its maximum of open orders',
  ACCOUNT_DISABLED: 'the account is disabled',
  INSTRUMENT_HALTED: 'trading on the instrument is halted',
  RISK_LIMIT: 'a risk limit (quantity, notional or position) would be exceeded',
  DEDUPE_WINDOW_FULL: 'the ClOrdID dedupe window is full; retry later',
  ORDER_BOOK_FULL: 'the exchange has no room for another resting order or price level',
  UNKNOWN_ORDER: 'no such open order',
  INVALID_ORDER: 'the order\'s fields do not make a valid order',
  ...TEXT,
};

