/**
 * Which message answers which request. The contract's answers name the
 * request's ClOrdID, except the session-level Reject, which names only the
 * MsgType it refers to (RefMsgType):
 *
 * | request | answered by |
 * | --- | --- |
 * | NewOrderSingle X | ExecutionReport with ClOrdID X (NEW, REJECTED, TRADE, ORDER_STATUS for a resend) |
 * | OrderCancelRequest C of O | ExecutionReport with ClOrdID C, or CANCELED with ClOrdID O; OrderCancelReject with ClOrdID C |
 * | OrderCancelReplaceRequest C of O | ExecutionReport with ClOrdID C, or REPLACED with ClOrdID O; OrderCancelReject with ClOrdID C |
 * | OrderMassCancelRequest C | OrderMassCancelReport with ClOrdID C (after the CANCELED reports) |
 * | OrderStatusRequest X | ExecutionReport ORDER_STATUS with ClOrdID X |
 * | BalanceRequest | BalanceReport |
 * | any | Reject with that RefMsgType |
 *
 * A message answers the oldest pending request it matches. A Reject goes to
 * the oldest pending request of its RefMsgType (of any type when it has
 * none), or to the one with its ClOrdID when the server adds that field.
 * Requests a server judges at once (a gateway Reject) can overtake ones that
 * wait for the journal, so two pending requests of one MsgType may then swap
 * Rejects; the client checks its arguments before sending so that such
 * Rejects (INVALID_FIELD) do not arise from it.
 *
 * Pending requests are a list scanned in order: bounded by `maxInFlight`,
 * and a client rarely has many in flight.
 */
import { ExchangeClientError } from './errors.js';
import type {
  BalanceReport,
  ClientMessage,
  ExecutionReport,
  OrderCancelReject,
  OrderMassCancelReport,
  Reject,
  ServerMessage,
} from './messages.js';

/** The messages that answer a request. */
export type Answer = ExecutionReport | Reject | OrderCancelReject | OrderMassCancelReport | BalanceReport;

interface Pending {
  readonly msgType: string;
  readonly clOrdId: string | undefined;
  readonly matches: (msg: ServerMessage) => boolean;
  readonly resolve: (answer: Answer) => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

export class Correlator {
  private pending: Pending[] = [];

  constructor(private readonly maxInFlight: number) {}

  get inFlight(): number {
    return this.pending.length;
  }

  /** Registers `request` (about to be sent): resolves with its answer, rejects with TIMEOUT. */
  expect(request: ClientMessage, timeoutMs: number): Promise<Answer> {
    if (this.pending.length >= this.maxInFlight) {
      return Promise.reject(new ExchangeClientError('TOO_MANY_IN_FLIGHT', `${this.pending.length} requests await an answer (maxInFlight)`));
    }
    const matches = matcherFor(request);
    const clOrdId = 'ClOrdID' in request ? request.ClOrdID : undefined;
    return new Promise<Answer>((resolve, reject) => {
      const entry: Pending = {
        msgType: request.MsgType, clOrdId, matches, resolve, reject,
        timer: setTimeout(() => {
          this.remove(entry);
          const what = clOrdId !== undefined ? `${request.MsgType} ${clOrdId}` : request.MsgType;
          reject(new ExchangeClientError('TIMEOUT', `no answer to ${what} within ${timeoutMs} ms`));
        }, timeoutMs),
      };
      this.pending.push(entry);
    });
  }

  /** The last request registered could not be sent: reject it with `error`. */
  cancelLast(error: Error): void {
    const entry = this.pending.pop();
    if (entry === undefined) return;
    clearTimeout(entry.timer);
    entry.reject(error);
  }

  /** Resolves the request `msg` answers, if any; true when one was. */
  answer(msg: ServerMessage): boolean {
    const entry = msg.MsgType === 'Reject' ? this.rejected(msg) : this.pending.find((p) => p.matches(msg));
    if (entry === undefined) return false;
    this.remove(entry);
    clearTimeout(entry.timer);
    entry.resolve(msg as Answer);
    return true;
  }

  /** Rejects every pending request (the connection closed). */
  failAll(error: Error): void {
    const all = this.pending;
    this.pending = [];
    for (const p of all) {
      clearTimeout(p.timer);
      p.reject(error);
    }
  }

  private rejected(reject: Reject): Pending | undefined {
    const ofType = reject.RefMsgType === undefined || reject.RefMsgType === ''
      ? this.pending
      : this.pending.filter((p) => p.msgType === reject.RefMsgType);
    if (reject.ClOrdID !== undefined) {
      const exact = ofType.find((p) => p.clOrdId === reject.ClOrdID);
      if (exact !== undefined) return exact;
    }
    return ofType[0];
  }

  private remove(entry: Pending): void {
    const at = this.pending.indexOf(entry);
    if (at >= 0) this.pending.splice(at, 1);
  }
}

/** What answers `request`, besides a Reject (see the table above). */
function matcherFor(request: ClientMessage): (msg: ServerMessage) => boolean {
  switch (request.MsgType) {
    case 'NewOrderSingle': {
      const id = request.ClOrdID;
      return (m) => m.MsgType === 'ExecutionReport' && m.ClOrdID === id;
    }
    case 'OrderCancelRequest':
    case 'OrderCancelReplaceRequest': {
      const id = request.ClOrdID;
      const orig = request.OrigClOrdID;
      const done = request.MsgType === 'OrderCancelRequest' ? 'CANCELED' : 'REPLACED';
      return (m) => (m.MsgType === 'ExecutionReport' && (m.ClOrdID === id || (m.ClOrdID === orig && m.ExecType === done)))
        || (m.MsgType === 'OrderCancelReject' && m.ClOrdID === id);
    }
    case 'OrderMassCancelRequest': {
      const id = request.ClOrdID;
      return (m) => m.MsgType === 'OrderMassCancelReport' && m.ClOrdID === id;
    }
    case 'OrderStatusRequest': {
      const id = request.ClOrdID;
      return (m) => m.MsgType === 'ExecutionReport' && m.ClOrdID === id && m.ExecType === 'ORDER_STATUS';
    }
    case 'BalanceRequest':
      return (m) => m.MsgType === 'BalanceReport';
    default:
      // Logon, Subscribe, Unsubscribe: answered by a Reject only, through this list.
      return () => false;
  }
}
