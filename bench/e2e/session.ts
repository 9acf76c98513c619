/**
 * One load-generator connection to `/trade` (the `ws` client): connects,
 * logs on (JSON or SBE Logon), then sends orders and matches each order's
 * FIRST ExecutionReport to the time it was meant to be sent.
 *
 * Bookkeeping without an object per order: order n's send time sits in slot
 * n & mask of a ring (`sentAt`, with n itself in `sentN` to tell a pending
 * slot from a reused one; 0 = answered). A report whose slot no longer holds
 * its n (a maker's later fill, or an order whose slot was reused) is not a
 * first report. The ring is sized by the caller to far more than the orders
 * that can be in flight on one connection.
 *
 * Client details that keep the generator cheap (it shares 2 vCPUs with the
 * server): no permessage-deflate; a zero masking key (ws then skips masking:
 * RFC 6455 wants a random key against proxy cache poisoning, moot on
 * loopback); no UTF-8 validation of received text; and the socket is corked
 * around each burst of sends, so one event-loop turn's frames for a
 * connection leave in one write (still one order per frame).
 */
import type { Socket } from 'node:net';
import WebSocket from 'ws';
import { ExecType } from '../../protocol/generated/index.js';
import type { BenchAccount } from './benchConfig.js';
import type { Encoding } from './jobs.js';
import { OrderFlow, jsonLogon, sbeLogon } from './orders.js';
import { Reply, ReplyScanner, rejectionReason } from './replies.js';

export interface SessionEvents {
  /** An order's first ExecutionReport: the order was sent (or meant to be sent) at `sentAt`, the report read at `now` (ms, performance.now()). */
  first(s: Session, sentAt: number, now: number, execType: number): void;
  /** A REJECTED first report (after `first`): its reason, for the tally. */
  rejected(s: Session, reason: string): void;
  /** A session-level Reject (no ClOrdID: no order can be matched). */
  sessionReject(s: Session, reason: string): void;
  /** Any frame, before it is read (the open loop paces itself by these wake-ups). */
  frame?(): void;
}

const zeroMask = (): void => {};

export class Session {
  /** Orders sent and not yet answered. */
  inFlight = 0;
  /** Last order number used (orders are 1, 2, ...). */
  lastN = 0;
  framesReceived = 0;
  laterReports = 0;
  foreignReports = 0;
  /** Free for the driver (e.g. a refill already scheduled). */
  flag = false;

  readonly sentAt: Float64Array;
  readonly sentN: Float64Array;
  private readonly mask: number;
  private readonly socket: Socket | undefined;
  private readonly binary: boolean;

  private constructor(
    readonly index: number,
    private readonly ws: WebSocket,
    private readonly flow: OrderFlow,
    private readonly scanner: ReplyScanner,
    encoding: Encoding,
    ringSize: number,
    private readonly events: SessionEvents,
  ) {
    this.binary = encoding === 'sbe';
    this.sentAt = new Float64Array(ringSize);
    this.sentN = new Float64Array(ringSize);
    this.mask = ringSize - 1;
    // ws keeps its net.Socket private; corking it is an optimisation only.
    this.socket = (ws as unknown as { _socket?: Socket })._socket;
    ws.on('message', (data, isBinary) => this.onFrame(data as Buffer, isBinary));
  }

  /** Connects and logs on; rejects on LogonReject, a closed socket or `timeoutMs`. */
  static open(index: number, url: string, account: BenchAccount, encoding: Encoding, tag: string,
    ringSize: number, events: SessionEvents, timeoutMs = 10_000): Promise<Session> {
    if ((ringSize & (ringSize - 1)) !== 0) throw new Error(`ring size ${ringSize} is not a power of two`);
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url, { perMessageDeflate: false, generateMask: zeroMask, skipUTF8Validation: true });
      const scanner = new ReplyScanner(tag);
      const fail = (why: string): void => {
        clearTimeout(timer);
        ws.terminate();
        reject(new Error(`connection ${index} (${account.apiKey}): ${why}`));
      };
      const timer = setTimeout(() => fail(`no LogonAck within ${timeoutMs} ms`), timeoutMs);
      ws.once('error', (err) => fail(err.message));
      ws.once('close', (code) => fail(`closed (${code}) before LogonAck`));
      ws.once('open', () => {
        const nonce = `${tag}${index}-${process.hrtime.bigint()}`;
        ws.send(encoding === 'sbe' ? sbeLogon(account, nonce) : jsonLogon(account, nonce));
      });
      ws.once('message', (data, isBinary) => {
        const buf = data as Buffer;
        const kind = isBinary ? scanner.scanBinary(buf) : scanner.scanText(buf);
        if (kind !== Reply.LOGON_ACK) {
          fail(`expected LogonAck, got ${kind === Reply.LOGON_REJECT ? `LogonReject ${rejectionReason(buf, isBinary)}` : buf.toString(isBinary ? 'hex' : 'utf8').slice(0, 200)}`);
          return;
        }
        clearTimeout(timer);
        ws.removeAllListeners('error');
        ws.removeAllListeners('close');
        ws.on('error', () => {}); // a reset at shutdown; the driver sees missing answers
        resolve(new Session(index, ws, new OrderFlow(index, tag), scanner, encoding, ringSize, events));
      });
    });
  }

  /** Sends the next order, stamped `sentAt` (its intended send time in the open loop). */
  send(sentAt: number): void {
    const n = ++this.lastN;
    const slot = n & this.mask;
    this.sentN[slot] = n;
    this.sentAt[slot] = sentAt;
    this.inFlight++;
    this.ws.send(this.binary ? this.flow.sbe(n) : this.flow.json(n));
  }

  cork(): void {
    this.socket?.cork();
  }

  uncork(): void {
    this.socket?.uncork();
  }

  /** Calls `f(sentAt)` for every order not answered yet. */
  forEachPending(f: (sentAt: number) => void): void {
    for (let slot = 0; slot < this.sentN.length; slot++) if (this.sentN[slot] !== 0) f(this.sentAt[slot]!);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      if (this.ws.readyState === WebSocket.CLOSED) {
        resolve();
        return;
      }
      const t = setTimeout(() => {
        this.ws.terminate();
        resolve();
      }, 1000);
      this.ws.once('close', () => {
        clearTimeout(t);
        resolve();
      });
      this.ws.close();
    });
  }

  private onFrame(buf: Buffer, isBinary: boolean): void {
    const now = performance.now();
    this.framesReceived++;
    this.events.frame?.();
    const s = this.scanner;
    const kind = isBinary ? s.scanBinary(buf) : s.scanText(buf);
    if (kind === Reply.EXEC_REPORT) {
      const n = s.orderNumber;
      if (n <= 0) {
        this.foreignReports++;
        return;
      }
      const slot = n & this.mask;
      if (this.sentN[slot] !== n) {
        this.laterReports++;
        return;
      }
      this.sentN[slot] = 0;
      this.inFlight--;
      this.events.first(this, this.sentAt[slot]!, now, s.execType);
      if (s.execType === ExecType.REJECTED) this.events.rejected(this, rejectionReason(buf, isBinary));
    } else if (kind === Reply.REJECT) {
      this.inFlight--;
      this.events.sessionReject(this, rejectionReason(buf, isBinary));
    }
  }
}
