/**
 * The order-entry client: one logged-on session on `/trade`.
 *
 *   const alice = await ExchangeClient.connect({ url: 'ws://127.0.0.1:8080', apiKey: 'alice-key', secret: 'alice-secret' });
 *   const ack = await alice.newOrder({ symbol: 'BTC-USD', side: 'BUY', ordType: 'LIMIT', price: '100000', orderQty: '0.5' });
 *   const filled = await alice.awaitReports(ack.ClOrdID, (er) => er.OrdStatus === 'FILLED');
 *
 * Each request method sends one message and resolves with its first answer
 * (client/correlator.ts says which message answers which request); the
 * returned promise also carries the request's `clOrdId`, useful when the
 * client made it up. Every message received is also emitted as an event, and
 * execution reports are kept per ClOrdID (bounded) so `awaitReports` finds a
 * report that arrived before it was called.
 *
 * The promise rejects (ExchangeClientError) only when no answer can come:
 * bad arguments (before sending), timeout, or the connection closed. A
 * refusal by the exchange is an answer (Reject, REJECTED, OrderCancelReject)
 * and resolves.
 */
import { EventEmitter } from 'node:events';
import { ClOrdIdGenerator, isValidClOrdId } from './clOrdId.js';
import { type Answer, Correlator } from './correlator.js';
import { isDecimalString } from './decimal.js';
import { ExchangeClientError } from './errors.js';
import type {
  BalanceReport,
  ClientMessage,
  ExecutionReport,
  LogonAck,
  NewOrderSingle,
  OrdType,
  OrderCancelReject,
  OrderMassCancelReport,
  Reject,
  ServerMessage,
  Side,
  Stp,
  TimeInForce,
  WireMessage,
} from './messages.js';
import { logonSignature, newNonce } from './signature.js';
import { type Encoding, WireConnection, endpointUrl } from './wireConnection.js';

export interface ExchangeClientOptions {
  /** `ws://host:port` (the `/trade` path is added). */
  url: string;
  apiKey: string;
  secret: string;
  /** Default 'json'. */
  encoding?: Encoding;
  /** Cancel this session's resting orders when its socket closes. Default false. */
  cancelOnDisconnect?: boolean;
  /** Connect, logon and per-request answer timeout. Default 10 s. */
  timeoutMs?: number;
  /** ClOrdIDs whose reports are kept for `reports` / `awaitReports` (oldest dropped first). Default 10,000. */
  historyLimit?: number;
  /** Requests awaiting their answer at once. Default 10,000. */
  maxInFlight?: number;
}

export interface NewOrderParams {
  clOrdId?: string;
  symbol: string;
  side: Side;
  ordType: OrdType;
  /** Required for LIMIT, absent for MARKET. */
  price?: string;
  orderQty: string;
  /** Default GTC (IOC for MARKET). */
  timeInForce?: TimeInForce;
  postOnly?: boolean;
  stp?: Stp;
  /** GTD: expiry in microseconds since the epoch (SBE: NewOrderSingle schema version 2). */
  expireTime?: number;
}

export interface CancelParams {
  clOrdId?: string;
  origClOrdId: string;
  symbol: string;
}

export interface ReplaceParams {
  clOrdId?: string;
  origClOrdId: string;
  symbol: string;
  price?: string;
  orderQty: string;
}

export interface MassCancelParams {
  clOrdId?: string;
  /** Absent: every symbol. */
  symbol?: string;
}

/** A request's answer, with the ClOrdID the request carried (BalanceRequest: none). */
export type RequestPromise<T> = Promise<T> & { readonly clOrdId: string };

export type OrderAnswer = ExecutionReport | Reject;
export type CancelAnswer = ExecutionReport | OrderCancelReject | Reject;
export type MassCancelAnswer = OrderMassCancelReport | Reject;
export type BalanceAnswer = BalanceReport | Reject;

export interface ExchangeClientEvents {
  /** Every message after LogonAck, in arrival order (before the more specific event). */
  message: [msg: ServerMessage];
  executionReport: [report: ExecutionReport];
  reject: [reject: Reject];
  cancelReject: [reject: OrderCancelReject];
  massCancelReport: [report: OrderMassCancelReport];
  balanceReport: [report: BalanceReport];
  /** A frame that could not be decoded (skipped). */
  protocolError: [error: Error];
  close: [code: number, reason: string];
}

const DEFAULT_TIMEOUT_MS = 10_000;
const DEFAULT_HISTORY_LIMIT = 10_000;
const DEFAULT_MAX_IN_FLIGHT = 10_000;
const MAX_SYMBOL_LENGTH = 16;

export class ExchangeClient extends EventEmitter<ExchangeClientEvents> {
  /** The account the server logged this session on as (LogonAck.Account). */
  account = '';
  readonly timeoutMs: number;
  private readonly ids = new ClOrdIdGenerator();
  private readonly correlator: Correlator;
  private readonly history = new Map<string, ExecutionReport[]>();
  private readonly historyLimit: number;
  private readonly waiters = new Set<ReportWaiter>();
  private closeError: ExchangeClientError | undefined;

  private constructor(
    private readonly conn: WireConnection,
    options: ExchangeClientOptions,
  ) {
    super();
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.historyLimit = options.historyLimit ?? DEFAULT_HISTORY_LIMIT;
    this.correlator = new Correlator(options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT);
  }

  /**
   * Connects to `url`/trade, logs on, and resolves once LogonAck arrives.
   * Rejects with UNREACHABLE, TIMEOUT, CLOSED, or LOGON_REJECTED (with the
   * server's `reason`).
   */
  static async connect(options: ExchangeClientOptions): Promise<ExchangeClient> {
    const encoding = options.encoding ?? 'json';
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const conn = await WireConnection.open(endpointUrl(options.url, '/trade'), encoding, timeoutMs);
    const client = new ExchangeClient(conn, options);
    try {
      await client.logon(options, timeoutMs);
    } catch (error) {
      await conn.close();
      throw error;
    }
    return client;
  }

  get encoding(): Encoding {
    return this.conn.encoding;
  }

  get url(): string {
    return this.conn.url;
  }

  get isOpen(): boolean {
    return this.conn.isOpen;
  }

  /** A fresh ClOrdID, as the request methods make when given none. */
  nextClOrdId(): string {
    return this.ids.next();
  }

  newOrder(p: NewOrderParams): RequestPromise<OrderAnswer> {
    const clOrdId = p.clOrdId ?? this.ids.next();
    return this.request(clOrdId, () => {
      requireClOrdId(clOrdId, 'clOrdId');
      requireSymbol(p.symbol);
      requireOneOf(p.side, SIDES, 'side');
      requireOneOf(p.ordType, ORD_TYPES, 'ordType');
      if (p.timeInForce !== undefined) requireOneOf(p.timeInForce, TIME_IN_FORCES, 'timeInForce');
      if (p.stp !== undefined) requireOneOf(p.stp, STP_MODES, 'stp');
      if (p.ordType === 'LIMIT' && p.price === undefined) throw invalid('price is required for a LIMIT order');
      if (p.ordType === 'MARKET' && p.price !== undefined) throw invalid('a MARKET order has no price');
      if (p.price !== undefined) requirePositiveDecimal(p.price, 'price');
      requirePositiveDecimal(p.orderQty, 'orderQty');
      const tif = p.timeInForce ?? (p.ordType === 'MARKET' ? 'IOC' : 'GTC');
      // The gateway's shape rules, checked here so that they never come back as an uncorrelated Reject.
      if (p.ordType === 'MARKET' && tif !== 'IOC' && tif !== 'FOK') throw invalid('a MARKET order is IOC or FOK');
      if (p.postOnly === true && (tif === 'IOC' || tif === 'FOK')) throw invalid('postOnly is for resting LIMIT orders (GTC or GTD)');
      if ((tif === 'GTD') !== (p.expireTime !== undefined)) throw invalid('expireTime goes with timeInForce GTD, and only with it');
      if (p.expireTime !== undefined && !(Number.isSafeInteger(p.expireTime) && p.expireTime > 0)) {
        throw invalid(`expireTime ${p.expireTime} must be microseconds since the epoch`);
      }
      // The contract's defaults are written out, so both faces send the same order.
      const msg: NewOrderSingle = {
        MsgType: 'NewOrderSingle', ClOrdID: clOrdId, Symbol: p.symbol, Side: p.side, OrdType: p.ordType,
        ...(p.price !== undefined ? { Price: p.price } : {}),
        OrderQty: p.orderQty,
        TimeInForce: tif,
        PostOnly: p.postOnly ?? false,
        STP: p.stp ?? 'CANCEL_NEWEST',
      };
      if (p.expireTime !== undefined) msg.ExpireTime = p.expireTime;
      return msg;
    });
  }

  cancel(p: CancelParams): RequestPromise<CancelAnswer> {
    const clOrdId = p.clOrdId ?? this.ids.next();
    return this.request(clOrdId, () => {
      requireClOrdId(clOrdId, 'clOrdId');
      requireClOrdId(p.origClOrdId, 'origClOrdId');
      requireSymbol(p.symbol);
      return { MsgType: 'OrderCancelRequest', ClOrdID: clOrdId, OrigClOrdID: p.origClOrdId, Symbol: p.symbol };
    });
  }

  replace(p: ReplaceParams): RequestPromise<CancelAnswer> {
    const clOrdId = p.clOrdId ?? this.ids.next();
    return this.request(clOrdId, () => {
      requireClOrdId(clOrdId, 'clOrdId');
      requireClOrdId(p.origClOrdId, 'origClOrdId');
      requireSymbol(p.symbol);
      if (p.price !== undefined) requirePositiveDecimal(p.price, 'price');
      requirePositiveDecimal(p.orderQty, 'orderQty');
      return {
        MsgType: 'OrderCancelReplaceRequest', ClOrdID: clOrdId, OrigClOrdID: p.origClOrdId, Symbol: p.symbol,
        ...(p.price !== undefined ? { Price: p.price } : {}), OrderQty: p.orderQty,
      };
    });
  }

  /** Cancels the account's resting orders on `symbol` (all symbols without one); answers after the CANCELED reports. */
  massCancel(p: MassCancelParams = {}): RequestPromise<MassCancelAnswer> {
    const clOrdId = p.clOrdId ?? this.ids.next();
    return this.request(clOrdId, () => {
      requireClOrdId(clOrdId, 'clOrdId');
      if (p.symbol !== undefined) requireSymbol(p.symbol);
      return { MsgType: 'OrderMassCancelRequest', ClOrdID: clOrdId, ...(p.symbol !== undefined ? { Symbol: p.symbol } : {}) };
    });
  }

  /** The order's state as an ExecutionReport ORDER_STATUS, or Reject UNKNOWN_ORDER. */
  orderStatus(clOrdId: string): RequestPromise<OrderAnswer> {
    return this.request(clOrdId, () => {
      requireClOrdId(clOrdId, 'clOrdId');
      return { MsgType: 'OrderStatusRequest', ClOrdID: clOrdId };
    });
  }

  balances(): RequestPromise<BalanceAnswer> {
    return this.request('', () => ({ MsgType: 'BalanceRequest' }));
  }

  /** The execution reports received for `clOrdId` so far (as kept: see `historyLimit`). */
  reports(clOrdId: string): readonly ExecutionReport[] {
    return this.history.get(clOrdId) ?? [];
  }

  /**
   * The first execution report for `clOrdId` that satisfies `predicate`,
   * already received or still to come: `awaitReports(id, (er) => er.OrdStatus === 'FILLED')`.
   * Rejects with TIMEOUT or CLOSED.
   */
  awaitReports(
    clOrdId: string,
    predicate: (report: ExecutionReport) => boolean = () => true,
    timeoutMs: number = this.timeoutMs,
  ): Promise<ExecutionReport> {
    const seen = this.reports(clOrdId).find(predicate);
    if (seen !== undefined) return Promise.resolve(seen);
    if (this.closeError !== undefined) return Promise.reject(this.closeError);
    return new Promise((resolve, reject) => {
      const waiter: ReportWaiter = {
        clOrdId, predicate, resolve, reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new ExchangeClientError('TIMEOUT', `no matching execution report for ${clOrdId} within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /**
   * Sends any client message as it is, without correlation (for messages
   * the methods do not cover, or batches of your own making). Answers arrive
   * as events.
   */
  send(msg: ClientMessage): void {
    this.conn.send(msg);
  }

  /** Closes the session; pending requests reject with CLOSED. */
  async close(): Promise<void> {
    await this.conn.close();
  }

  // ---------------------------------------------------------------- internals

  private logon(options: ExchangeClientOptions, timeoutMs: number): Promise<LogonAck> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => finish(new ExchangeClientError('TIMEOUT', `no answer to Logon within ${timeoutMs} ms`)), timeoutMs);
      let done = false;
      const finish = (outcome: LogonAck | ExchangeClientError): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        this.conn.onMessage = (msg) => this.receive(msg);
        this.conn.onClose = (code, reason, error) => this.closed(code, reason, error);
        if (outcome instanceof ExchangeClientError) {
          reject(outcome);
        } else {
          this.account = outcome.Account;
          resolve(outcome);
        }
      };
      this.conn.onMessage = (msg) => {
        if (msg.MsgType === 'LogonAck') finish(msg);
        else if (msg.MsgType === 'LogonReject') finish(new ExchangeClientError('LOGON_REJECTED', `logon refused: ${msg.Reason}`, msg.Reason));
        else if (msg.MsgType === 'Reject') finish(new ExchangeClientError('LOGON_REJECTED', `logon refused: ${msg.Reason}${msg.Text !== undefined ? ` (${msg.Text})` : ''}`, msg.Reason));
      };
      this.conn.onProtocolError = (error) => this.emit('protocolError', error);
      this.conn.onClose = (code, reason) => finish(new ExchangeClientError('CLOSED', `the server closed the connection during logon (code ${code}${reason !== '' ? `: ${reason}` : ''})`));
      const timestamp = Date.now();
      const nonce = newNonce();
      try {
        this.conn.send({
          MsgType: 'Logon', ApiKey: options.apiKey, Timestamp: timestamp, Nonce: nonce,
          Signature: logonSignature(options.secret, options.apiKey, timestamp, nonce),
          CancelOnDisconnect: options.cancelOnDisconnect ?? false,
        });
      } catch (error) {
        // Closed already (the server closed at once): the close handler above reports its code and reason.
        if (error instanceof ExchangeClientError && error.code === 'CLOSED') return;
        finish(error as ExchangeClientError);
      }
    });
  }

  /** Builds the message (argument errors reject), registers the answer's matcher, sends. */
  private request<T extends Answer>(clOrdId: string, build: () => ClientMessage): RequestPromise<T> {
    let promise: Promise<T>;
    try {
      if (this.closeError !== undefined) throw this.closeError;
      const msg = build();
      promise = this.correlator.expect(msg, this.timeoutMs) as Promise<T>;
      try {
        this.conn.send(msg);
      } catch (error) {
        this.correlator.cancelLast(error as Error);
      }
    } catch (error) {
      promise = Promise.reject(error);
    }
    return Object.assign(promise, { clOrdId });
  }

  private receive(msg: WireMessage): void {
    const server = msg as ServerMessage;
    if (server.MsgType === 'ExecutionReport') this.remember(server);
    this.correlator.answer(server);
    this.emit('message', server);
    switch (server.MsgType) {
      case 'ExecutionReport':
        this.emit('executionReport', server);
        this.wake(server);
        break;
      case 'Reject':
        this.emit('reject', server);
        break;
      case 'OrderCancelReject':
        this.emit('cancelReject', server);
        break;
      case 'OrderMassCancelReport':
        this.emit('massCancelReport', server);
        break;
      case 'BalanceReport':
        this.emit('balanceReport', server);
        break;
      default:
        break;
    }
  }

  /** Keeps the report under its ClOrdID; past the limit, the oldest ClOrdID's reports go. */
  private remember(report: ExecutionReport): void {
    const list = this.history.get(report.ClOrdID);
    if (list !== undefined) {
      list.push(report);
      return;
    }
    this.history.set(report.ClOrdID, [report]);
    if (this.history.size > this.historyLimit) this.history.delete(this.history.keys().next().value!);
  }

  private wake(report: ExecutionReport): void {
    for (const w of this.waiters) {
      if (w.clOrdId === report.ClOrdID && w.predicate(report)) {
        clearTimeout(w.timer);
        this.waiters.delete(w);
        w.resolve(report);
      }
    }
  }

  private closed(code: number, reason: string, error: Error | undefined): void {
    const why = error !== undefined ? error.message : `code ${code}${reason !== '' ? `: ${reason}` : ''}`;
    this.closeError = new ExchangeClientError('CLOSED', `the connection to ${this.conn.url} closed (${why})`);
    this.correlator.failAll(this.closeError);
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.reject(this.closeError);
    }
    this.waiters.clear();
    this.emit('close', code, reason);
  }
}

interface ReportWaiter {
  clOrdId: string;
  predicate: (report: ExecutionReport) => boolean;
  resolve: (report: ExecutionReport) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

function invalid(message: string): ExchangeClientError {
  return new ExchangeClientError('INVALID_ARGUMENT', message);
}

function requireClOrdId(id: unknown, name: string): void {
  if (!isValidClOrdId(id)) throw invalid(`${name} ${JSON.stringify(id)} must be 1 to 32 printable ASCII characters`);
}

function requireSymbol(symbol: unknown): void {
  if (typeof symbol !== 'string' || !/^[\x21-\x7e]+$/.test(symbol) || symbol.length > MAX_SYMBOL_LENGTH) {
    throw invalid(`symbol ${JSON.stringify(symbol)} must be 1 to ${MAX_SYMBOL_LENGTH} printable ASCII characters`);
  }
}

const SIDES: readonly Side[] = ['BUY', 'SELL'];
const ORD_TYPES: readonly OrdType[] = ['LIMIT', 'MARKET'];
const TIME_IN_FORCES: readonly TimeInForce[] = ['GTC', 'IOC', 'FOK', 'GTD'];
const STP_MODES: readonly Stp[] = ['CANCEL_NEWEST', 'CANCEL_OLDEST', 'CANCEL_BOTH'];

function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], name: string): void {
  if (!allowed.includes(value as T)) throw invalid(`${name} ${JSON.stringify(value)} must be one of ${allowed.join(', ')}`);
}

/** Prices and quantities: plain decimal strings, never numbers, not negative. */
function requirePositiveDecimal(value: unknown, name: string): void {
  if (!isDecimalString(value) || value.startsWith('-')) {
    throw invalid(`${name} ${JSON.stringify(value)} must be a decimal string such as "100.25" (no sign, no exponent, not a number)`);
  }
}
