/**
 * A small fake exchange for the client's tests: a `ws` WebSocketServer on a
 * free port with `/trade` and `/md`. It checks Logon itself, independently of
 * the client's code (the generated LogonDecoder for binary frames,
 * JSON.parse for text, node:crypto for the signature), answers LogonAck or
 * LogonReject, and hands every later request to the test's script, which
 * answers through `session.reply` in the session's encoding.
 */
import { createHmac } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { decodeJsonFrame } from '../../../client/jsonFace.js';
import type { ServerMessage, WireMessage } from '../../../client/messages.js';
import { decodeSbeFrame, encodeSbe } from '../../../client/sbeFace.js';
import { LogonDecoder, MessageHeaderDecoder } from '../../../protocol/generated/index.js';

export const ACCOUNTS: Record<string, { secret: string; account: string }> = {
  'alice-key': { secret: 'alice-secret', account: 'alice' },
  'bob-key': { secret: 'bob-secret', account: 'bob' },
};

/** A Logon as the fake read it, with its verdict. */
export interface SeenLogon {
  binary: boolean;
  ApiKey: string;
  Timestamp: number;
  Nonce: string;
  Signature: string;
  CancelOnDisconnect: boolean;
  signatureValid: boolean;
}

export class FakeSession {
  readonly requests: WireMessage[] = [];

  constructor(
    readonly ws: WebSocket,
    readonly path: string,
    /** The encoding of the session's requests (SBE when its Logon or first message was binary). */
    public binary: boolean,
  ) {}

  /** One reply per frame, in the session's encoding. */
  reply(...messages: ServerMessage[]): void {
    for (const m of messages) this.ws.send(this.binary ? encodeSbe(m) : JSON.stringify(m));
  }

  /** Several replies in one frame: a JSON array, or SBE messages back to back. */
  replyInOneFrame(...messages: ServerMessage[]): void {
    this.ws.send(this.binary ? Buffer.concat(messages.map((m) => encodeSbe(m))) : JSON.stringify(messages));
  }

  close(code = 1000, reason = ''): void {
    this.ws.close(code, reason);
  }
}

export type RequestScript = (request: WireMessage, session: FakeSession) => void;

export class FakeExchange {
  readonly logons: SeenLogon[] = [];
  readonly sessions: FakeSession[] = [];
  /** Answers requests after Logon on /trade, and every message on /md. Default: silence. */
  onRequest: RequestScript = () => {};
  /** LogonReject Reason to give instead of LogonAck (signatures are checked either way). */
  rejectLogonWith: string | undefined;

  private constructor(private readonly wss: WebSocketServer) {
    wss.on('connection', (ws, req) => this.accept(ws, req));
  }

  static start(): Promise<FakeExchange> {
    return new Promise((resolve, reject) => {
      const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
      wss.once('error', reject);
      wss.once('listening', () => resolve(new FakeExchange(wss)));
    });
  }

  get port(): number {
    return (this.wss.address() as AddressInfo).port;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Every request received on any session after its Logon, in order. */
  get requests(): WireMessage[] {
    return this.sessions.flatMap((s) => s.requests);
  }

  close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    return new Promise((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket, req: IncomingMessage): void {
    const path = req.url ?? '';
    if (path !== '/trade' && path !== '/md') {
      ws.close(1008, `no endpoint ${path}`);
      return;
    }
    const session = new FakeSession(ws, path, false);
    this.sessions.push(session);
    let loggedOn = path === '/md';
    ws.on('message', (data, isBinary) => {
      const bytes = data as Buffer;
      if (!loggedOn) {
        session.binary = isBinary;
        loggedOn = this.logon(session, bytes, isBinary);
        return;
      }
      session.binary = isBinary;
      for (const msg of isBinary ? decodeSbeFrame(bytes) : decodeJsonFrame(bytes.toString('utf8'))) {
        session.requests.push(msg);
        this.onRequest(msg, session);
      }
    });
  }

  /** Reads and verifies the Logon without the client's codecs; answers it. */
  private logon(session: FakeSession, bytes: Buffer, binary: boolean): boolean {
    let seen: Omit<SeenLogon, 'signatureValid' | 'binary'>;
    if (binary) {
      const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      const d = new LogonDecoder().wrapAndApplyHeader(view, 0, new MessageHeaderDecoder());
      const Timestamp = d.timestamp();
      const Signature = d.signature();
      const CancelOnDisconnect = d.cancelOnDisconnect() === 1;
      seen = { Timestamp, Signature, CancelOnDisconnect, ApiKey: d.apiKey(), Nonce: d.nonce() };
    } else {
      const o = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      if (o.MsgType !== 'Logon') throw new Error(`first message is ${String(o.MsgType)}, not Logon`);
      seen = {
        ApiKey: o.ApiKey as string, Timestamp: o.Timestamp as number, Nonce: o.Nonce as string,
        Signature: o.Signature as string, CancelOnDisconnect: o.CancelOnDisconnect as boolean,
      };
    }
    const account = ACCOUNTS[seen.ApiKey];
    const expected = account === undefined ? '' : createHmac('sha256', account.secret).update(`${seen.ApiKey}\n${seen.Timestamp}\n${seen.Nonce}`).digest('hex');
    const signatureValid = account !== undefined && expected === seen.Signature;
    this.logons.push({ ...seen, binary, signatureValid });
    const reason = !signatureValid ? 'bad signature' : this.rejectLogonWith;
    if (reason !== undefined) {
      session.reply({ MsgType: 'LogonReject', Reason: reason });
      session.close(1008, 'logon refused');
      return false;
    }
    session.reply({ MsgType: 'LogonAck', Account: account!.account });
    return true;
  }
}

/** A plausible ExecutionReport for `order`, to be completed by the test. */
export function report(
  order: { ClOrdID: string; Symbol?: string; Side?: 'BUY' | 'SELL'; Price?: string; OrderQty?: string },
  fields: Partial<Extract<ServerMessage, { MsgType: 'ExecutionReport' }>>,
): Extract<ServerMessage, { MsgType: 'ExecutionReport' }> {
  const qty = order.OrderQty ?? '1';
  return {
    MsgType: 'ExecutionReport', ExecType: 'NEW', OrdStatus: 'NEW', OrderID: '17', ClOrdID: order.ClOrdID,
    Symbol: order.Symbol ?? 'BTC-USD', Side: order.Side ?? 'BUY', OrdType: order.Price === undefined ? 'MARKET' : 'LIMIT',
    ...(order.Price !== undefined ? { Price: order.Price } : {}),
    OrderQty: qty, CumQty: '0', LeavesQty: qty, AvgPx: '0', TransactTime: 1_764_000_000_000_123, Seq: 42,
    ...fields,
  };
}
