import type { WebSocket } from 'uWebSockets.js';
import { TokenBucket } from './tokenBucket.js';

export type Face = 'json' | 'sbe';

/** What uWebSockets.js keeps per socket: the session it belongs to. */
export interface SocketData {
  session: Session;
}

/**
 * One /trade (or /admin) connection. A session belongs to one account after
 * its Logon; it sees and touches only that account's orders (the core
 * resolves OrigClOrdID within the command's account, so another account's
 * ClOrdID names nothing). Reports go out in the encoding of the session's
 * latest request (its Logon's at first).
 */
export class Session {
  ws: WebSocket<SocketData> | null = null;
  state: 'awaiting-logon' | 'active' | 'closed' = 'awaiting-logon';
  face: Face = 'json';
  /** Dense account number (-1 before Logon). */
  account = -1;
  accountId = '';
  admin = false;
  cancelOnDisconnect = false;
  /** Open orders this session placed (CancelOnDisconnect cancels them). */
  readonly openOrders = new Set<number>();
  logonTimer: NodeJS.Timeout | null = null;
  /** Refusals in the current 10 s window (abuse detection). */
  refusals = 0;
  refusalWindowStartMs = 0;
  /** Commands of this session sequenced and not yet answered (its gateway replies wait behind them). */
  inFlight = 0;
  /** Seq of this session's latest command. */
  lastSeq = 0;
  /** Gateway replies waiting for this session's command `after` to be answered (tradeDesk.ts, "Order of replies"). */
  readonly localReplies: { after: number; reply: unknown; face: Face }[] = [];
  /** Replies waiting for this turn's flush (sent together, corked: one write for many frames). */
  readonly outbox: unknown[] = [];
  readonly outboxFaces: Face[] = [];
  /** Why the server closed it, when it did. */
  closeReason = '';

  constructor(
    readonly id: number,
    readonly remote: string,
    readonly endpoint: 'trade' | 'admin',
    readonly bucket: TokenBucket,
  ) {}

  get open(): boolean {
    return this.state !== 'closed' && this.ws !== null;
  }
}
