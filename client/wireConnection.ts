/**
 * One WebSocket to the exchange, speaking one face (JSON text frames or SBE
 * binary frames): opens it with a clear error when the server is not there,
 * encodes what the client sends, decodes every frame it receives into
 * contract messages. The order-entry and market-data clients are built on it.
 *
 * Replies use the encoding of the request, but a frame is decoded by its own
 * kind (text: JSON, binary: SBE), so a server that answers a binary request
 * it could not read with a JSON Reject is still understood.
 */
import WebSocket from 'ws';
import { ExchangeClientError } from './errors.js';
import { JsonFaceError, decodeJsonFrame, encodeJson } from './jsonFace.js';
import type { ClientMessage, WireMessage } from './messages.js';
import { SbeFaceError, decodeSbeFrame, encodeSbe } from './sbeFace.js';

export type Encoding = 'json' | 'sbe';

/** Largest frame accepted from the server: a full BookSnapshot (2 x 10,000 levels x 18 bytes) is 360 KB. */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;

/**
 * The endpoint's URL: `ws://host:port` (or http, or with a base path) plus
 * `/trade` or `/md`. A URL that already ends with either endpoint has it
 * replaced, so `--url ws://h:8080/trade` works for both clients.
 */
export function endpointUrl(base: string, path: '/trade' | '/md'): string {
  let url: URL;
  try {
    url = new URL(base);
  } catch {
    throw new ExchangeClientError('INVALID_ARGUMENT', `${JSON.stringify(base)} is not a URL (expected ws://host:port)`);
  }
  if (url.protocol === 'http:') url.protocol = 'ws:';
  else if (url.protocol === 'https:') url.protocol = 'wss:';
  else if (url.protocol !== 'ws:' && url.protocol !== 'wss:') {
    throw new ExchangeClientError('INVALID_ARGUMENT', `${base}: the scheme must be ws, wss, http or https`);
  }
  const basePath = url.pathname.replace(/\/+$/, '').replace(/\/(trade|md)$/, '');
  url.pathname = basePath + path;
  return url.toString();
}

export class WireConnection {
  /** Each decoded message, in arrival order. */
  onMessage: (msg: WireMessage) => void = () => {};
  /** A frame that could not be decoded (it is skipped; the connection stays up). */
  onProtocolError: (error: Error) => void = () => {};
  /** Once, when the socket has closed (by either side); `error` is the socket error that closed it, if any. */
  onClose: (code: number, reason: string, error: Error | undefined) => void = () => {};

  private socketError: Error | undefined;
  private readonly closed: Promise<void>;

  private constructor(
    readonly url: string,
    readonly encoding: Encoding,
    private readonly ws: WebSocket,
  ) {
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
    // After 'open', ws follows any 'error' with 'close': keep it for the close report.
    ws.on('error', (error) => {
      this.socketError = error;
    });
    this.closed = new Promise((resolve) => {
      ws.once('close', (code, reason) => {
        resolve();
        this.onClose(code, reason.toString('utf8'), this.socketError);
      });
    });
  }

  /**
   * Connects to `url` (already the endpoint's, see `endpointUrl`). Rejects
   * with UNREACHABLE (refused, unknown host, no upgrade) or TIMEOUT.
   */
  static open(url: string, encoding: Encoding, timeoutMs: number): Promise<WireConnection> {
    return new Promise((resolve, reject) => {
      let ws: WebSocket;
      try {
        ws = new WebSocket(url, { handshakeTimeout: timeoutMs, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
      } catch (error) {
        reject(new ExchangeClientError('INVALID_ARGUMENT', `cannot connect to ${url}: ${(error as Error).message}`, undefined, { cause: error }));
        return;
      }
      const fail = (error: ExchangeClientError): void => {
        clearTimeout(timer);
        ws.removeAllListeners();
        // A listener stays, so a late socket error of the abandoned socket cannot crash the process.
        ws.on('error', () => {});
        ws.terminate();
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new ExchangeClientError('TIMEOUT', `no connection to ${url} within ${timeoutMs} ms`)),
        timeoutMs,
      );
      ws.once('error', (error) => fail(unreachable(url, error)));
      ws.once('close', () => fail(new ExchangeClientError('UNREACHABLE', `${url} closed the connection while it opened`)));
      ws.once('open', () => {
        clearTimeout(timer);
        ws.removeAllListeners();
        resolve(new WireConnection(url, encoding, ws));
      });
    });
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /**
   * Encodes and sends one message. Throws INVALID_ARGUMENT when the message
   * has no valid encoding (checked before anything is sent) and CLOSED when
   * the socket is no longer open.
   */
  send(msg: ClientMessage): void {
    let frame: string | Uint8Array;
    try {
      frame = this.encoding === 'sbe' ? encodeSbe(msg) : encodeJson(msg);
    } catch (error) {
      throw new ExchangeClientError('INVALID_ARGUMENT', `cannot encode ${msg.MsgType}: ${(error as Error).message}`, undefined, { cause: error });
    }
    if (!this.isOpen) throw new ExchangeClientError('CLOSED', `cannot send ${msg.MsgType}: the connection to ${this.url} is closed`);
    this.ws.send(frame);
  }

  /** Closes (normal closure) and resolves once the socket is closed. */
  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CONNECTING || this.ws.readyState === WebSocket.OPEN) this.ws.close(1000, 'client closing');
    return this.closed;
  }

  private receive(data: WebSocket.RawData, isBinary: boolean): void {
    const bytes = Array.isArray(data) ? Buffer.concat(data) : Buffer.isBuffer(data) ? data : Buffer.from(data);
    let messages: WireMessage[];
    try {
      messages = isBinary ? decodeSbeFrame(bytes) : decodeJsonFrame(bytes.toString('utf8'));
    } catch (error) {
      if (error instanceof SbeFaceError || error instanceof JsonFaceError) {
        this.onProtocolError(error);
        return;
      }
      throw error;
    }
    for (const msg of messages) this.onMessage(msg);
  }
}

/** A connect failure in words a person can act on. */
function unreachable(url: string, error: Error): ExchangeClientError {
  const code = (error as NodeJS.ErrnoException).code;
  const status = /^Unexpected server response: (\d+)$/.exec(error.message)?.[1];
  const why = code === 'ECONNREFUSED' ? 'connection refused (is the server running?)'
    : code === 'ENOTFOUND' || code === 'EAI_AGAIN' ? 'unknown host'
      : status !== undefined ? `the server answered HTTP ${status} instead of a WebSocket (does it serve ${new URL(url).pathname}?)`
        : error.message;
  return new ExchangeClientError('UNREACHABLE', `cannot reach the exchange at ${url}: ${why}`, undefined, { cause: error });
}
