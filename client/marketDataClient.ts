/**
 * The market-data client: one socket on `/md` (no logon), subscriptions per
 * channel and symbol, and an event per message.
 *
 *   const md = await MarketDataClient.connect({ url: 'ws://127.0.0.1:8080' });
 *   md.on('trade', (t) => console.log(t.Price, t.Qty));
 *   md.subscribe('TRADES', 'BTC-USD');
 *
 * Each stream (channel, symbol) numbers its messages with a Seq that grows by
 * exactly 1; the client checks it and emits `gap` when one is missing (for
 * BOOK, resubscribe to get a fresh snapshot). A BookSnapshot starts its
 * stream afresh.
 */
import { EventEmitter } from 'node:events';
import { ExchangeClientError } from './errors.js';
import type { BBO, BookSnapshot, BookUpdate, Channel, Reject, ServerMessage, Trade, WireMessage } from './messages.js';
import { type Encoding, WireConnection, endpointUrl } from './wireConnection.js';

export interface MarketDataClientOptions {
  /** `ws://host:port` (the `/md` path is added). */
  url: string;
  /** Default 'json'. */
  encoding?: Encoding;
  /** Connect timeout, and the default of `snapshot`. Default 10 s. */
  timeoutMs?: number;
}

/** A stream skipped from `expectedSeq` to `seq`. */
export interface SeqGap {
  channel: Channel;
  symbol: string;
  expectedSeq: number;
  seq: number;
}

export interface MarketDataClientEvents {
  /** Every message, in arrival order (before the more specific event). */
  message: [msg: ServerMessage];
  bookSnapshot: [snapshot: BookSnapshot];
  bookUpdate: [update: BookUpdate];
  trade: [trade: Trade];
  bbo: [bbo: BBO];
  reject: [reject: Reject];
  gap: [gap: SeqGap];
  protocolError: [error: Error];
  close: [code: number, reason: string];
}

const DEFAULT_TIMEOUT_MS = 10_000;

export class MarketDataClient extends EventEmitter<MarketDataClientEvents> {
  /** Last Seq per stream, keyed `channel symbol`. */
  private readonly lastSeq = new Map<string, number>();
  private closeError: ExchangeClientError | undefined;

  private constructor(
    private readonly conn: WireConnection,
    readonly timeoutMs: number,
  ) {
    super();
    conn.onMessage = (msg) => this.receive(msg);
    conn.onProtocolError = (error) => this.emit('protocolError', error);
    conn.onClose = (code, reason, error) => {
      const why = error !== undefined ? error.message : `code ${code}${reason !== '' ? `: ${reason}` : ''}`;
      this.closeError = new ExchangeClientError('CLOSED', `the connection to ${conn.url} closed (${why})`);
      this.emit('close', code, reason);
    };
  }

  /** Connects to `url`/md. Rejects with UNREACHABLE or TIMEOUT. */
  static async connect(options: MarketDataClientOptions): Promise<MarketDataClient> {
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const conn = await WireConnection.open(endpointUrl(options.url, '/md'), options.encoding ?? 'json', timeoutMs);
    return new MarketDataClient(conn, timeoutMs);
  }

  get encoding(): Encoding {
    return this.conn.encoding;
  }

  get url(): string {
    return this.conn.url;
  }

  /** BOOK: `depth` levels per side (the server's default without one). */
  subscribe(channel: Channel, symbol: string, depth?: number): void {
    this.lastSeq.delete(streamKey(channel, symbol));
    this.conn.send({ MsgType: 'Subscribe', Channel: channel, Symbol: symbol, ...(depth !== undefined ? { Depth: depth } : {}) });
  }

  unsubscribe(channel: Channel, symbol: string): void {
    this.lastSeq.delete(streamKey(channel, symbol));
    this.conn.send({ MsgType: 'Unsubscribe', Channel: channel, Symbol: symbol });
  }

  /**
   * Subscribes to BOOK and resolves with the first BookSnapshot of `symbol`,
   * or with the Reject of the subscription (unknown symbol, ...). The
   * subscription stays; unsubscribe when done.
   */
  async snapshot(symbol: string, depth?: number, timeoutMs: number = this.timeoutMs): Promise<BookSnapshot | Reject> {
    if (this.closeError !== undefined) throw this.closeError;
    const answer = this.awaitMessage(
      (m): m is BookSnapshot | Reject => (m.MsgType === 'BookSnapshot' && m.Symbol === symbol) || (m.MsgType === 'Reject' && (m.RefMsgType ?? 'Subscribe') === 'Subscribe'),
      timeoutMs,
    );
    try {
      this.subscribe('BOOK', symbol, depth);
    } catch (error) {
      answer.catch(() => {});
      throw error;
    }
    return answer;
  }

  /** The next message satisfying `predicate`; rejects with TIMEOUT or CLOSED. */
  awaitMessage<T extends ServerMessage>(predicate: (msg: ServerMessage) => msg is T, timeoutMs?: number): Promise<T>;
  awaitMessage(predicate: (msg: ServerMessage) => boolean, timeoutMs?: number): Promise<ServerMessage>;
  awaitMessage(predicate: (msg: ServerMessage) => boolean, timeoutMs: number = this.timeoutMs): Promise<ServerMessage> {
    if (this.closeError !== undefined) return Promise.reject(this.closeError);
    return new Promise((resolve, reject) => {
      const onMessage = (msg: ServerMessage): void => {
        if (!predicate(msg)) return;
        done();
        resolve(msg);
      };
      const onClose = (): void => {
        done();
        reject(this.closeError);
      };
      const timer = setTimeout(() => {
        done();
        reject(new ExchangeClientError('TIMEOUT', `no matching market data within ${timeoutMs} ms`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        this.off('message', onMessage);
        this.off('close', onClose);
      };
      this.on('message', onMessage);
      this.on('close', onClose);
    });
  }

  async close(): Promise<void> {
    await this.conn.close();
  }

  private receive(msg: WireMessage): void {
    const server = msg as ServerMessage;
    switch (server.MsgType) {
      case 'BookSnapshot':
        this.lastSeq.set(streamKey('BOOK', server.Symbol), server.Seq);
        this.emit('message', server);
        this.emit('bookSnapshot', server);
        break;
      case 'BookUpdate':
        this.checkSeq('BOOK', server.Symbol, server.Seq);
        this.emit('message', server);
        this.emit('bookUpdate', server);
        break;
      case 'Trade':
        this.checkSeq('TRADES', server.Symbol, server.Seq);
        this.emit('message', server);
        this.emit('trade', server);
        break;
      case 'BBO':
        this.checkSeq('BBO', server.Symbol, server.Seq);
        this.emit('message', server);
        this.emit('bbo', server);
        break;
      case 'Reject':
        this.emit('message', server);
        this.emit('reject', server);
        break;
      default:
        this.emit('message', server);
        break;
    }
  }

  /** Emits `gap` when `seq` does not follow the stream's last one (the first message of a stream sets it). */
  private checkSeq(channel: Channel, symbol: string, seq: number): void {
    const key = streamKey(channel, symbol);
    const last = this.lastSeq.get(key);
    this.lastSeq.set(key, seq);
    if (last !== undefined && seq !== last + 1) this.emit('gap', { channel, symbol, expectedSeq: last + 1, seq });
  }
}

function streamKey(channel: Channel, symbol: string): string {
  return `${channel} ${symbol}`;
}
