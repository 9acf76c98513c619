import { mkdirSync } from 'node:fs';
import pino, { type Logger } from 'pino';
import type { TemplatedApp, us_listen_socket, WebSocketBehavior } from 'uWebSockets.js';
import type { ExchangeConfig } from '../config/exchangeConfig.js';
import { Command } from '../engine/command.js';
import { configDepositCommands } from '../risk/configDeposits.js';
import { coreSpecFromConfig } from '../risk/coreSpec.js';
import type { FsyncPolicy } from '../sequencer/journal/journalConfig.js';
import { ThreadedSequencer, type ThreadedSequencerOptions } from '../sequencer/threaded/threadedSequencer.js';
import { AdminDesk } from './adminDesk.js';
import { NonceRegistry, verifyLogon, type Credentials } from './auth.js';
import { gatewayInstruments, instrumentsJson } from './instruments.js';
import { parseJsonFrame } from './jsonRequests.js';
import { GatewayMetrics } from './metrics.js';
import { jsonText, sbeBytes, type Reply } from './replies.js';
import { sessionReject, type SessionReject, type TradeRequest } from './requests.js';
import { parseSbeFrame } from './sbeRequests.js';
import { Session, type Face, type SocketData } from './session.js';
import { TokenBucket } from './tokenBucket.js';
import { TradeDesk } from './tradeDesk.js';
import { loadNativeUws, type Uws } from './uwsNative.js';

/**
 * The exchange's one server (PROTOCOL.md, "Endpoints"): uWebSockets.js in
 * the main thread, with `ws /trade` (order entry), `ws /admin` (operator
 * commands), `GET /health`, `GET /metrics`, `GET /instruments`, in front of
 * the threaded sequencer (journal and core on their own workers). This file
 * wires sockets to sessions; `TradeDesk` turns requests into commands and
 * results into reports, `AdminDesk` does the same for the admin channel.
 * docs/gateway.md is the full description.
 */
export interface GatewayOptions {
  config: ExchangeConfig;
  dataDir: string;
  /** 0 = an ephemeral port (see `Gateway.port`). Default 8080. */
  port?: number;
  /** Default 127.0.0.1 (loopback); 0.0.0.0 to serve other machines. */
  host?: string;
  fsyncPolicy?: FsyncPolicy;
  logger?: Logger;
  /** Wall clock for Logon timestamps, ms (tests). */
  nowMs?: () => number;
  /** Passed to the sequencer (ring sizes, snapshots...). */
  sequencer?: Partial<Omit<ThreadedSequencerOptions, 'dataDir' | 'spec' | 'onResult'>>;
  /** Requests that may wait, in order, for room in a full sequencer (default 65,536); beyond, RATE_LIMITED "busy". */
  maxBacklog?: number;
  /** Called once if the sequencer fails (journal I/O, a worker died): the process should exit and recover on restart. */
  onFatal?: (error: Error) => void;
}

export function defaultLogger(level = 'info'): Logger {
  return pino({ level, base: { service: 'exchange' } }, pino.destination({ dest: 1, sync: false }));
}

/** Milliseconds between TICKs while GTD orders are open and nothing else reaches the core. */
const TICK_INTERVAL_MS = 250;
const ABUSE_WINDOW_MS = 10_000;
/** Requests that may wait for room in the sequencer (all sessions together). */
const MAX_BACKLOG = 65_536;

export class Gateway {
  readonly port: number;
  readonly url: string;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly uws: Uws,
    private readonly listenSocket: us_listen_socket,
    readonly sequencer: ThreadedSequencer,
    readonly desk: TradeDesk,
    readonly metrics: GatewayMetrics,
    private readonly sessions: Set<Session>,
    private readonly timers: NodeJS.Timeout[],
    private readonly logger: Logger,
    host: string,
  ) {
    this.port = uws.us_socket_local_port(listenSocket as never);
    this.url = `http://${host}:${this.port}`;
  }

  /** The core's state hash after everything submitted so far. */
  async stateHash(): Promise<string> {
    return (await this.sequencer.stateHash()).hash;
  }

  /** Stops listening, closes every connection (CancelOnDisconnect applies), delivers everything and stops the sequencer. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      for (const t of this.timers) clearInterval(t);
      this.uws.us_listen_socket_close(this.listenSocket);
      // Answer what is in flight first (the replies flush at the end of the delivering task), then close the sockets.
      if (this.sequencer.failed === null) {
        await this.sequencer.drain().catch(() => undefined);
        await new Promise((r) => setImmediate(r));
      }
      for (const s of [...this.sessions]) s.ws?.end(1001, 'server shutting down');
      await this.sequencer.close();
      this.logger.info({ lastSeq: this.sequencer.lastSeq }, 'gateway closed');
      this.logger.flush?.();
    })();
    return this.closing;
  }
}

export async function startGateway(o: GatewayOptions): Promise<Gateway> {
  const { uws, binary } = loadNativeUws();
  const config = o.config;
  const logger = o.logger ?? defaultLogger();
  const nowMs = o.nowMs ?? Date.now;
  const limits = config.limits;
  const host = o.host ?? '127.0.0.1';
  mkdirSync(o.dataDir, { recursive: true });

  const sessions = new Set<Session>();
  const perAddress = new Map<string, number>();
  const accountBuckets = new Map<number, TokenBucket>();
  const byApiKey = new Map<string, { creds: Credentials; account: number; id: string }>();
  for (const a of config.accounts) byApiKey.set(a.apiKey, { creds: { apiKey: a.apiKey, secret: a.secret }, account: a.index, id: a.id });
  const nonces = new NonceRegistry();
  let nextSessionId = 1;
  let sequencer!: ThreadedSequencer;
  let lastSubmitMs = 0;

  const metrics = new GatewayMetrics(() => ({
    ringDepth: sequencer.lastSeq - sequencer.deliveredSeq,
    journalLag: sequencer.lastSeq - sequencer.durableSeq,
    lastSeq: sequencer.lastSeq,
    durableSeq: sequencer.durableSeq,
  }));

  // ---- sending, with the slow-consumer bound ----

  // Replies are queued per session and flushed at the end of the current task (a microtask), each session's
  // corked: one write system call for all the frames a batch of results produced, not one per frame.
  const dirty: Session[] = [];
  let flushQueued = false;
  const flushSession = (s: Session): void => {
    const ws = s.ws;
    const box = s.outbox as Reply[];
    const faces = s.outboxFaces;
    if (ws === null) {
      box.length = 0;
      faces.length = 0;
      return;
    }
    let dropped = false;
    ws.cork(() => {
      for (let i = 0; i < box.length; i++) {
        const reply = box[i]!;
        // 2 = dropped by uWebSockets.js (cannot happen below maxBackpressure, set above our bound); never let a report vanish silently.
        const bin = faces[i] === 'sbe' ? sbeBytes(reply) : null;
        if (bin !== null) {
          if (ws.send(bin, true) === 2) dropped = true;
          metrics.outSbe.inc();
        } else {
          if (ws.send(jsonText(reply), false) === 2) dropped = true;
          metrics.outJson.inc();
        }
      }
    });
    box.length = 0;
    faces.length = 0;
    if (dropped || ws.getBufferedAmount() > limits.maxSendBufferBytes) {
      s.closeReason = 'slow consumer';
      s.state = 'closed';
      logger.warn({ session: s.id, account: s.accountId, buffered: ws.getBufferedAmount() }, 'disconnecting a session that does not read its reports');
      ws.end(4008, 'too slow: reports backlog over the bound; reconnect and use OrderStatusRequest');
    }
  };
  const flushAll = (): void => {
    flushQueued = false;
    for (let i = 0; i < dirty.length; i++) flushSession(dirty[i]!);
    dirty.length = 0;
  };
  const send = (s: Session, reply: Reply, face: Face = s.face): void => {
    // A socket the server ended (slow, abusive, frame too large) has no ws once uWebSockets.js closed it.
    if (s.ws === null || s.closeReason === 'slow consumer') return;
    if (s.outbox.length === 0) dirty.push(s);
    s.outbox.push(reply);
    s.outboxFaces.push(face);
    if (!flushQueued) {
      flushQueued = true;
      queueMicrotask(flushAll);
    }
  };

  const desk = new TradeDesk(gatewayInstruments(config), config.accounts, config.assets, {
    send,
    trySubmit: (cmd) => {
      const seq = sequencer.trySubmit(cmd);
      if (seq >= 0) lastSubmitMs = performance.now();
      return seq;
    },
    observeLatency: (ms) => metrics.latency.observe(ms / 1000),
    cancelOrphan: (o) => {
      const cmd = new Command().cancel(o.account, o.instrument, o.orderId).setClOrdId('').setOrigClOrdId('');
      inOrder(() => desk.submitInternal(cmd, null, null));
    },
    countReject: (reason) => metrics.countReject(reason),
  });
  const adminDesk = new AdminDesk(config, desk, send);

  // ---- sequencer ----
  sequencer = await ThreadedSequencer.open({
    publishOn: 'immediate',
    ...(process.env.EXCHANGE_WORKER_SPIN !== undefined ? { workerWait: { spinIterations: Number(process.env.EXCHANGE_WORKER_SPIN) } } : {}),
    ...(process.env.EXCHANGE_MAIN_SPIN_US !== undefined ? { mainSpinMicros: Number(process.env.EXCHANGE_MAIN_SPIN_US) } : {}),
    ...o.sequencer,
    dataDir: o.dataDir,
    spec: coreSpecFromConfig(config),
    journal: { ...o.sequencer?.journal, fsyncPolicy: o.fsyncPolicy ?? o.sequencer?.journal?.fsyncPolicy ?? 'always' },
    onResult: (seq, ts, events, first, end) => desk.onResult(seq, ts, events, first, end),
    logger: { warn: (details, message) => logger.warn(details, message) },
    onFailure: (error) => {
      logger.fatal({ err: error }, 'sequencer failed: nothing more is accepted; restart to recover');
      for (const s of [...sessions]) s.ws?.end(1011, 'exchange failure');
      o.onFatal?.(error);
    },
  });
  const recovery = sequencer.recovery;
  logger.info({ dataDir: o.dataDir, lastSeq: recovery.lastSeq, snapshotSeq: recovery.snapshotSeq, replayed: recovery.replayed }, 'recovered');
  // Config deposits: fixed RefIDs, so submitting them again on a restart changes nothing (ADMIN_DONE duplicate).
  for (const d of configDepositCommands(config)) {
    while (sequencer.trySubmit(d) < 0) await sequencer.waitForSpace();
  }
  await sequencer.drain();
  desk.loadOpenOrders((await sequencer.openOrders()).orders);

  // ---- back-pressure: requests wait, in order, while the sequencer's input ring is full ----
  // (uWebSockets.js 20.30 cannot pause reading a WebSocket, so the wait is a bounded FIFO here;
  // past its bound a request is refused with RATE_LIMITED, answered, never dropped silently.)
  // A FIFO with a head index: Array.shift() on a large array copies it (quadratic under overload).
  let backlog: (() => boolean)[] = [];
  let backlogHead = 0;
  const backlogSize = (): number => backlog.length - backlogHead;
  let waiting = false;
  const drainBacklog = async (): Promise<void> => {
    if (waiting) return;
    waiting = true;
    try {
      while (backlogSize() > 0) {
        await sequencer.waitForSpace();
        while (backlogHead < backlog.length && backlog[backlogHead]!()) backlogHead++;
        if (backlogHead === backlog.length) {
          backlog = [];
          backlogHead = 0;
        } else if (backlogHead > 4096 && backlogHead * 2 > backlog.length) {
          backlog = backlog.slice(backlogHead);
          backlogHead = 0;
        }
      }
    } catch (error) {
      logger.error({ err: error }, 'sequencer unusable while requests waited');
      backlog = [];
      backlogHead = 0;
    } finally {
      waiting = false;
    }
  };
  /** Runs `step` now, or after what waits before it; `step` returns false while the sequencer is full. */
  const inOrder = (step: () => boolean): void => {
    if (backlogSize() === 0 && step()) return;
    backlog.push(step);
    void drainBacklog();
  };
  const maxBacklog = o.maxBacklog ?? MAX_BACKLOG;
  const backlogFull = (): boolean => backlogSize() >= maxBacklog;

  // ---- sessions ----

  const refuse = (s: Session, reply: SessionReject): void => {
    desk.reply(s, reply);
    const now = nowMs();
    if (now - s.refusalWindowStartMs > ABUSE_WINDOW_MS) {
      s.refusalWindowStartMs = now;
      s.refusals = 0;
    }
    if (++s.refusals > limits.abuseRejectsPer10s && s.state !== 'closed' && s.ws !== null) {
      s.closeReason = 'abusive';
      logger.warn({ session: s.id, remote: s.remote, account: s.accountId }, 'disconnecting an abusive client');
      flushSession(s); // its refusals so far go out before the close
      s.ws.end(4029, 'too many refused messages');
      s.state = 'closed';
    }
  };

  const accountBucket = (account: number): TokenBucket => {
    let b = accountBuckets.get(account);
    if (b === undefined) {
      b = new TokenBucket(limits.accountMessagesPerSecond || limits.messagesPerSecond, limits.accountBurst || limits.burst, nowMs());
      accountBuckets.set(account, b);
    }
    return b;
  };

  const logon = (s: Session, r: TradeRequest & { MsgType: 'Logon' }): void => {
    const entry = s.endpoint === 'admin' ? adminDesk.credentials(r.ApiKey) : byApiKey.get(r.ApiKey);
    const verdict = verifyLogon(entry?.creds, r.ApiKey, r.Timestamp, r.Nonce, r.Signature, nowMs(), nonces);
    if (!verdict.ok) {
      logger.info({ session: s.id, remote: s.remote, reason: verdict.reason }, 'logon rejected');
      metrics.countReject(verdict.reason);
      desk.reply(s, { MsgType: 'LogonReject', Reason: verdict.reason });
      s.closeReason = 'logon rejected';
      const ws = s.ws;
      s.state = 'closed';
      // After the reject is out (it may wait behind commands in flight).
      setImmediate(() => ws?.end(4001, verdict.reason));
      return;
    }
    if (s.logonTimer !== null) clearTimeout(s.logonTimer);
    s.logonTimer = null;
    s.state = 'active';
    s.account = entry!.account;
    s.accountId = entry!.id;
    s.admin = s.endpoint === 'admin';
    s.cancelOnDisconnect = r.CancelOnDisconnect;
    if (!s.admin) desk.attach(s);
    logger.info({ session: s.id, remote: s.remote, account: s.accountId, cod: s.cancelOnDisconnect, encoding: s.face }, 'logged on');
    desk.reply(s, { MsgType: 'LogonAck', Account: s.accountId });
  };

  const onRequest = (s: Session, r: TradeRequest | SessionReject, receivedMs: number): void => {
    if (s.state === 'closed') return;
    const account = s.state === 'active' && !s.admin ? accountBucket(s.account) : null;
    const allowed = account === null ? s.bucket.take(nowMs()) : TokenBucket.takeBoth(s.bucket, account, nowMs());
    if (!allowed) {
      refuse(s, sessionReject(r.MsgType === 'Reject' ? r.RefMsgType : r.MsgType, 'RATE_LIMITED', undefined,
        `over ${limits.messagesPerSecond} messages/s (burst ${limits.burst})`));
      return;
    }
    if (r.MsgType === 'Reject') {
      refuse(s, r);
      return;
    }
    if (s.state === 'awaiting-logon') {
      if (r.MsgType === 'Logon') logon(s, r);
      else refuse(s, sessionReject(r.MsgType, 'NOT_LOGGED_ON', undefined, 'send Logon first'));
      return;
    }
    if (backlogFull()) {
      // The exchange's own overload: answered, but not held against the client (no abuse count).
      const busy = sessionReject(r.MsgType, 'RATE_LIMITED', undefined, 'the exchange is busy (sequencer full): retry shortly');
      if ('ClOrdID' in r && r.ClOrdID !== '') busy.ClOrdID = r.ClOrdID;
      desk.reply(s, busy);
      return;
    }
    if (s.admin) {
      inOrder(() => adminDesk.handle(s, r));
      return;
    }
    inOrder(() => desk.handle(s, r, receivedMs));
  };

  const cancelOnDisconnect = (s: Session): void => {
    const ids = [...s.openOrders];
    s.openOrders.clear();
    if (ids.length === 0) return;
    logger.info({ session: s.id, account: s.accountId, orders: ids.length }, 'CancelOnDisconnect');
    const cmd = new Command();
    for (const id of ids) {
      const view = desk.orders.get(id);
      if (view === undefined) continue;
      inOrder(() => desk.submitInternal(cmd.cancel(s.account, view.instrument, id).setClOrdId('').setOrigClOrdId(''), null, null));
    }
  };

  const wsBehavior = (endpoint: 'trade' | 'admin'): WebSocketBehavior<SocketData> => ({
    compression: 0,
    // uWebSockets.js drops a connection without a close frame past this; up to it, `message` closes with 1009 itself.
    maxPayloadLength: limits.maxFrameBytes * 2 + 1024,
    idleTimeout: 120,
    sendPingsAutomatically: true,
    // Above our own bound (send() disconnects past maxSendBufferBytes), so uWebSockets.js never drops a report itself.
    maxBackpressure: limits.maxSendBufferBytes * 2 + 1024 * 1024,
    closeOnBackpressureLimit: 0,
    upgrade: (res, req, context) => {
      const remote = Buffer.from(res.getRemoteAddressAsText()).toString();
      const n = perAddress.get(remote) ?? 0;
      if (n >= limits.maxConnectionsPerAddress) {
        res.writeStatus('429 Too Many Requests').end(`at most ${limits.maxConnectionsPerAddress} connections per address`);
        return;
      }
      const session = new Session(nextSessionId++, remote, endpoint, new TokenBucket(limits.messagesPerSecond, limits.burst, nowMs()));
      res.upgrade<SocketData>({ session }, req.getHeader('sec-websocket-key'), req.getHeader('sec-websocket-protocol'),
        req.getHeader('sec-websocket-extensions'), context);
    },
    open: (ws) => {
      const s = ws.getUserData().session;
      s.ws = ws;
      sessions.add(s);
      perAddress.set(s.remote, (perAddress.get(s.remote) ?? 0) + 1);
      metrics.connections.labels(endpoint).inc();
      s.logonTimer = setTimeout(() => {
        s.logonTimer = null;
        if (s.state !== 'awaiting-logon' || s.ws === null) return;
        metrics.countReject('LOGON_TIMEOUT');
        desk.reply(s, { MsgType: 'LogonReject', Reason: 'LOGON_TIMEOUT' });
        s.closeReason = 'no logon';
        s.state = 'closed';
        setImmediate(() => s.ws?.end(4002, 'no Logon within the time allowed'));
      }, limits.logonTimeoutMs);
    },
    message: (ws, message, isBinary) => {
      const s = ws.getUserData().session;
      if (message.byteLength > limits.maxFrameBytes) {
        s.closeReason = 'frame too large';
        s.state = 'closed';
        flushSession(s);
        ws.end(1009, `frames are limited to ${limits.maxFrameBytes} bytes`);
        return;
      }
      const receivedMs = performance.now();
      s.face = isBinary ? 'sbe' : 'json';
      const requests = isBinary ? parseSbeFrame(message) : parseJsonFrame(Buffer.from(message).toString('utf8'), endpoint === 'admin');
      if (isBinary) metrics.inSbe.inc(requests.length);
      else metrics.inJson.inc(requests.length);
      // No cork here: replies are sent from the per-session outbox, corked, at the end of the task.
      for (let i = 0; i < requests.length; i++) onRequest(s, requests[i]!, receivedMs);
    },
    drain: () => undefined,
    close: (ws, code) => {
      const s = ws.getUserData().session;
      const wasActive = s.state === 'active' || (s.state === 'closed' && s.account >= 0 && !s.admin);
      s.state = 'closed';
      s.ws = null;
      sessions.delete(s);
      if (s.logonTimer !== null) clearTimeout(s.logonTimer);
      const n = (perAddress.get(s.remote) ?? 1) - 1;
      if (n <= 0) perAddress.delete(s.remote);
      else perAddress.set(s.remote, n);
      metrics.connections.labels(endpoint).dec();
      if (!s.admin && s.account >= 0) desk.detach(s);
      logger.info({ session: s.id, account: s.accountId, code, reason: s.closeReason || 'client' }, 'disconnected');
      if (wasActive && s.cancelOnDisconnect && sequencer.failed === null) cancelOnDisconnect(s);
    },
  });

  const app: TemplatedApp = uws.App();
  app.ws('/trade', wsBehavior('trade'));
  if (config.admin !== null) app.ws('/admin', wsBehavior('admin'));
  const instruments = instrumentsJson(config);
  const started = Date.now();
  app.get('/health', (res) => {
    const failed = sequencer.failed;
    res.writeStatus(failed === null ? '200 OK' : '503 Service Unavailable').writeHeader('Content-Type', 'application/json').end(JSON.stringify({
      status: failed === null ? 'ok' : 'failed', lastSeq: sequencer.lastSeq, durableSeq: sequencer.durableSeq,
      deliveredSeq: sequencer.deliveredSeq, connections: sessions.size, uptimeSec: Math.round((Date.now() - started) / 1000),
    }));
  });
  app.get('/instruments', (res) => {
    res.writeHeader('Content-Type', 'application/json').end(instruments);
  });
  app.get('/metrics', (res) => {
    let aborted = false;
    res.onAborted(() => { aborted = true; });
    void metrics.registry.metrics().then((text) => {
      if (!aborted) res.cork(() => res.writeHeader('Content-Type', metrics.registry.contentType).end(text));
    });
  });
  app.any('/*', (res, req) => {
    res.writeStatus('404 Not Found').writeHeader('Content-Type', 'application/json')
      .end(JSON.stringify({ error: `no ${req.getMethod().toUpperCase()} ${req.getUrl()}; see /health, /metrics, /instruments, ws /trade` }));
  });

  const listenSocket = await new Promise<us_listen_socket>((resolve, reject) => {
    app.listen(host, o.port ?? 8080, (socket) => {
      if (socket === false) reject(new Error(`cannot listen on ${host}:${o.port ?? 8080} (in use?)`));
      else resolve(socket);
    });
  }).catch(async (e) => {
    await sequencer.close();
    throw e;
  });

  // GTD orders expire at the first command at or after their time; while some are open, an idle exchange gets TICKs.
  const tickCmd = new Command().tick();
  const ticker = setInterval(() => {
    if (desk.gtdOpen <= 0 || sequencer.failed !== null || performance.now() - lastSubmitMs < TICK_INTERVAL_MS) return;
    inOrder(() => desk.submitInternal(tickCmd.setClOrdId('').setOrigClOrdId(''), null, null));
  }, TICK_INTERVAL_MS);
  ticker.unref();

  const gateway = new Gateway(uws, listenSocket, sequencer, desk, metrics, sessions, [ticker], logger, host);
  logger.info({ url: gateway.url, uws: binary }, 'listening');
  return gateway;
}
