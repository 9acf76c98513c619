import { createHmac } from 'node:crypto';
import WebSocket from 'ws';
import { BalanceRequestEncoder, MessageHeaderEncoder } from '../../protocol/generated/index.js';
import { frameBytes, type FuzzContext, type FuzzFrame } from './frame.js';
import { LANES, LaneSource, laneQuotas, type LaneSpec } from './lanes.js';
import { readReply, type ReplyInfo } from './replies.js';
import { MARKER_TEMPLATE_MAX, MARKER_TEMPLATE_MIN, markerBytes } from './sbeFrames.js';
import { MARKER_PREFIX } from './values.js';

/**
 * Sends the fuzz frames to a running exchange and proves each one answered.
 *
 * Counting replies exactly while frames are pipelined: after every frame
 * the lane sends a small "marker" message the gateway is sure to refuse
 * with an echo of its identity, and replies on one connection come back in
 * request order (PROTOCOL.md: a session's replies follow its requests). So
 * every reply between the previous marker's answer and this frame's marker
 * answer belongs to this frame:
 * - JSON marker `{"MsgType":"FZMARK<lane>x<n>"}`: Reject UNKNOWN_MSG_TYPE
 *   whose RefMsgType is that name (JSON or, on a mixed lane, SBE);
 * - SBE marker (pure SBE lanes, so they never send text): a header of an
 *   unknown template id 40000-59999, Reject UNKNOWN_MSG_TYPE whose Text
 *   names the id (the only echo the SBE face has before logon).
 * A frame is answered when at least one reply precedes its marker's
 * (exactly `expect` when the generator knows the count: one per message of
 * a JSON batch, one per message of an SBE frame built message by message).
 * A frame that may end the connection (`FuzzFrame.closes`) is sent alone;
 * the close is its answer when it is the documented one (1009 for a frame
 * over limits.maxFrameBytes; the WebSocket layer's close for a text frame
 * that is not UTF-8); LogonReject then a close answers a garbage Logon.
 * Frames sent after one the server closed on were never read: they are sent
 * again on a new connection. A later frame's marker answered first means
 * replies left out of request order (`misordered`); no reply for `stallMs`
 * with frames in flight means `unanswered`; either way the lane gives up
 * that connection's frames in flight (the server read them: not resent)
 * and reconnects. Every problem is counted and sampled (lane, index, kind,
 * the frame, what was expected and the latest replies).
 *
 * Frames on logged-on lanes sometimes start with a read-only command
 * (FuzzFrame.sequenced): its answer comes from the core, and the refusals
 * of the garbage after it must follow it (checked: `misordered`); any other
 * reply only the core makes means garbage became a command (`coreReplies`).
 *
 * A "traffic" connection of the same account keeps a few read-only
 * commands (BalanceRequest, OrderStatusRequest of an unknown ClOrdID) in
 * flight through the sequencer meanwhile: they are journaled (each adds
 * one to the sequence number) but change no state; with them (and the
 * frames' own read-only commands) the garbage's refusals meet commands of
 * other sessions in the gateway's reply queue. The caller checks: state
 * hash unchanged and lastSeq grown by exactly `traffic.sent + sequenced`.
 */

export interface DriverOptions {
  /** ws://host:port (no path). */
  url: string;
  frames: number;
  seed: number;
  ctx: FuzzContext;
  /** The account the logged-on lanes and the traffic use (best with no funds). */
  account: { apiKey: string; secret: string };
  /** Frames in flight per lane (default 32). */
  window?: number;
  lanes?: readonly LaneSpec[];
  /** Read-only sequenced commands in flight meanwhile (default 4; 0 = no traffic). */
  trafficWindow?: number;
  /** A lane with frames in flight and no reply for this long has an unanswered frame (default 5000 ms). */
  stallMs?: number;
  /** Abort after this many stalls (default 3). */
  maxStalls?: number;
  maxSamples?: number;
  /** Child-process servers: did the server die (called on an unexplained close)? */
  serverDied?: () => Promise<boolean>;
  /** Child-process servers: start it again (same data); resolves with the new url. */
  restartServer?: () => Promise<string>;
  /** Debugging: every frame sent and reply received, per lane. */
  trace?: (lane: string, event: string) => void;
  /** Called about every `progressMs` (default 5000). */
  onProgress?: (stats: FuzzStats, elapsedMs: number) => void;
  progressMs?: number;
}

export interface Sample {
  lane: string;
  index: number;
  kind: string;
  binary: boolean;
  bytes: number;
  /** The frame: text (first 4096 characters) or `base64:` bytes (first 4096). */
  data: string;
  note: string;
}

export interface FuzzStats {
  /** Frames resolved (each counted once, even when sent again after a close). */
  frames: number;
  answered: number;
  /** Frames whose answer was the documented close, by close code. */
  answeredByClose: Record<string, number>;
  unanswered: number;
  /** The server process died (child-process runs) or threw an uncaught exception (set by the caller in-process). */
  crashes: number;
  /** Answered frames whose reply count differs from the exact count expected. */
  miscounted: number;
  /** Replies on a single-encoding lane that came back in the other encoding. */
  wrongEncoding: number;
  /** Replies that are not valid JSON with a MsgType / not SBE of the schema's reply templates. */
  badReplies: number;
  /** Replies that arrived when nothing was in flight. */
  unsolicited: number;
  unexpectedCloses: Record<string, number>;
  resent: number;
  reconnects: number;
  stalls: number;
  replies: number;
  markers: number;
  bytesSent: number;
  aborted: string | null;
  traffic: { sent: number; answered: number; replies: Record<string, number> };
  replyLabels: Record<string, number>;
  kinds: Record<string, number>;
  lanes: Record<string, number>;
  /** Replies only the core makes beyond the frames' read-only commands (garbage became a sequenced command): must be 0. */
  coreReplies: number;
  /** Read-only commands sent inside frames (FuzzFrame.sequenced) and answered: each adds one to the sequence. */
  sequenced: number;
  /** Frames holding a read-only command whose first reply was not the core's answer to it (replies out of request order). */
  misordered: number;
  samples: {
    unanswered: Sample[]; miscounted: Sample[]; badReplies: Sample[]; unexpectedCloses: Sample[]; crashCandidates: Sample[];
    reachedCore: Sample[]; misordered: Sample[];
  };
}

function emptyStats(): FuzzStats {
  return {
    frames: 0, answered: 0, answeredByClose: {}, unanswered: 0, crashes: 0, miscounted: 0, wrongEncoding: 0, badReplies: 0,
    unsolicited: 0, unexpectedCloses: {}, resent: 0, reconnects: 0, stalls: 0, replies: 0, markers: 0, bytesSent: 0, aborted: null,
    traffic: { sent: 0, answered: 0, replies: {} }, replyLabels: {}, kinds: {}, lanes: {}, coreReplies: 0, sequenced: 0, misordered: 0,
    samples: {
      unanswered: [], miscounted: [], badReplies: [], unexpectedCloses: [], crashCandidates: [], reachedCore: [], misordered: [],
    },
  };
}

const bump = (m: Record<string, number>, k: string, n = 1): void => { m[k] = (m[k] ?? 0) + n; };
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function signedLogon(apiKey: string, secret: string, nonce: string): string {
  const ts = Date.now();
  const sig = createHmac('sha256', secret).update(`${apiKey}\n${ts}\n${nonce}`).digest('hex');
  return JSON.stringify({ MsgType: 'Logon', ApiKey: apiKey, Timestamp: ts, Nonce: nonce, Signature: sig, CancelOnDisconnect: false });
}

interface InFlight {
  frame: FuzzFrame;
  replies: number;
  /** Replies only the core makes, and whether the first reply was one. */
  core: number;
  firstFromCore: boolean;
  coreLabels: string[];
  wrongEncoding: number;
  marker: string;
  markerTemplate: number | null;
}

/** Opens a WebSocket; with `logon`, sends a signed Logon and resolves after LogonAck. */
async function openSocket(url: string, logon: { apiKey: string; secret: string; nonce: string } | null): Promise<WebSocket> {
  const ws = new WebSocket(url, { perMessageDeflate: false, maxPayload: 256 * 1024 * 1024 });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => { ws.terminate(); reject(new Error(`no connection to ${url} within 10 s`)); }, 10_000);
    ws.once('open', () => { clearTimeout(timer); resolve(); });
    ws.once('error', (e) => { clearTimeout(timer); reject(e); });
    ws.once('close', (code) => { clearTimeout(timer); reject(new Error(`closed ${code} while connecting`)); });
  });
  ws.on('error', () => undefined); // a close event follows; handled there
  if (logon === null) return ws;
  ws.send(signedLogon(logon.apiKey, logon.secret, logon.nonce));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no LogonAck within 10 s')), 10_000);
    ws.once('message', (data: Buffer, binary: boolean) => {
      clearTimeout(timer);
      const r = readReply(data, binary);
      if (r.label === 'LogonAck') resolve();
      else reject(new Error(`logon refused: ${r.label}`));
    });
  });
  return ws;
}

export class FuzzRun {
  readonly stats = emptyStats();
  private url: string;
  private readonly lanes: LaneRunner[];
  private traffic: Traffic | null = null;
  private epoch = 0;
  private restarting: Promise<void> | null = null;
  private finish!: () => void;
  private readonly finished: Promise<void>;
  private watchdog: NodeJS.Timeout | null = null;
  private nonceSeq = 0;
  private readonly runId = `${process.pid}-${Date.now()}`;
  done = false;

  constructor(readonly o: DriverOptions) {
    this.url = o.url.replace(/\/$/, '');
    const lanes = o.lanes ?? LANES;
    const quotas = laneQuotas(lanes, o.frames);
    this.lanes = lanes.map((spec, i) => new LaneRunner(this, spec, i, quotas[i]!, new LaneSource(spec, o.seed, o.ctx)));
    this.finished = new Promise((r) => { this.finish = r; });
  }

  get window(): number { return this.o.window ?? 32; }
  get currentEpoch(): number { return this.epoch; }

  nonce(): string {
    return `fuzz-${this.runId}-${this.nonceSeq++}`;
  }

  async open(path: string, logon: boolean): Promise<WebSocket> {
    let lastError: unknown = null;
    for (let attempt = 0; attempt < 20; attempt++) {
      if (this.restarting !== null) await this.restarting;
      try {
        return await openSocket(this.url + path, logon ? { ...this.o.account, nonce: this.nonce() } : null);
      } catch (e) {
        lastError = e;
        await sleep(50 * (attempt + 1));
      }
    }
    throw new Error(`cannot connect to ${this.url}${path}: ${String(lastError)}`);
  }

  /** Runs every lane to its quota, then stops the traffic; resolves with the stats. */
  async run(): Promise<FuzzStats> {
    const started = performance.now();
    const progressMs = this.o.progressMs ?? 5000;
    let lastProgress = started;
    this.watchdog = setInterval(() => {
      const now = performance.now();
      for (const lane of this.lanes) lane.checkStall(now, this.o.stallMs ?? 5000);
      if (this.o.onProgress !== undefined && now - lastProgress >= progressMs) {
        lastProgress = now;
        this.o.onProgress(this.stats, now - started);
      }
    }, 250);
    try {
      if ((this.o.trafficWindow ?? 4) > 0) {
        this.traffic = new Traffic(this, this.o.trafficWindow ?? 4);
        await this.traffic.start();
      }
      await Promise.all(this.lanes.map((l) => l.start()));
      await this.finished;
      if (this.traffic !== null) await this.traffic.stop();
    } catch (e) {
      this.abort(`driver error: ${(e as Error).stack ?? String(e)}`);
    } finally {
      if (this.watchdog !== null) clearInterval(this.watchdog);
      this.o.onProgress?.(this.stats, performance.now() - started);
    }
    return this.stats;
  }

  laneDone(): void {
    if (this.lanes.every((l) => l.finished)) this.finish();
  }

  /** Stops everything now: frames in flight count as unanswered. */
  abort(reason: string): void {
    if (this.stats.aborted === null) this.stats.aborted = reason;
    for (const l of this.lanes) l.abort();
    this.traffic?.abort();
    this.finish();
  }

  stall(): void {
    if (++this.stats.stalls >= (this.o.maxStalls ?? 3)) this.abort(`${this.stats.stalls} lanes stalled (no reply within ${this.o.stallMs ?? 5000} ms)`);
  }

  /**
   * A connection closed for no documented reason: was it the server dying?
   * Lanes connected before the latest crash already know; otherwise ask the
   * caller, and the first lane to learn it counts the crash and restarts the server.
   */
  async crashed(laneEpoch: number): Promise<boolean> {
    if (laneEpoch !== this.epoch) return true;
    if (this.o.serverDied === undefined) return false;
    const died = await this.o.serverDied();
    if (laneEpoch !== this.epoch) return true;
    if (!died) return false;
    this.epoch++;
    this.stats.crashes++;
    if (this.o.restartServer === undefined || this.stats.crashes >= 5) {
      this.abort(`the server died (${this.stats.crashes} crash(es))`);
      return true;
    }
    this.restarting = this.o.restartServer().then((url) => { this.url = url.replace(/\/$/, ''); this.restarting = null; },
      (e: unknown) => { this.abort(`restart failed: ${String(e)}`); });
    await this.restarting;
    return true;
  }

  async afterRestart(): Promise<void> {
    if (this.restarting !== null) await this.restarting;
  }

  sample(list: Sample[], frame: FuzzFrame, note: string): void {
    if (list.length >= (this.o.maxSamples ?? 20)) return;
    const data = typeof frame.data === 'string' ? frame.data.slice(0, 4096) : `base64:${Buffer.from(frame.data.subarray(0, 4096)).toString('base64')}`;
    list.push({ lane: frame.lane, index: frame.index, kind: frame.kind, binary: frame.binary, bytes: frameBytes(frame), data, note });
  }
}

/** One lane's connection: its frames, their markers and what came back. */
class LaneRunner {
  private ws: WebSocket | null = null;
  private inflight: InFlight[] = [];
  private head = 0;
  private readonly retry: FuzzFrame[] = [];
  private held: FuzzFrame | null = null;
  private exclusive = false;
  private produced = 0;
  private markerSeq = 0;
  private lastActivity = performance.now();
  private epoch = 0;
  /** Closing on purpose (stall, abort, end): the close event judges nothing. */
  private closingOnPurpose = false;
  /** The latest replies (labels, markers by name), shown with an abandoned window. */
  private readonly recent: string[] = [];
  /** After replies out of order: frames (counted already) whose markers' answers are still owed; nothing is sent meanwhile. */
  private owed: InFlight[] | null = null;
  finished = false;

  constructor(
    private readonly run: FuzzRun,
    private readonly spec: LaneSpec,
    private readonly laneIndex: number,
    private readonly quota: number,
    private readonly source: LaneSource,
  ) {}

  private get pending(): number {
    return this.inflight.length - this.head;
  }

  async start(): Promise<void> {
    if (this.quota === 0) {
      this.finished = true;
      this.run.laneDone();
      return;
    }
    await this.connect();
  }

  private async connect(): Promise<void> {
    if (this.finished) return;
    this.epoch = this.run.currentEpoch;
    const ws = await this.run.open(this.spec.path, this.spec.logon);
    if (this.finished) { ws.terminate(); return; }
    this.ws = ws;
    this.owed = null;
    this.closingOnPurpose = false;
    this.lastActivity = performance.now();
    ws.on('message', (data: Buffer, binary: boolean) => this.onMessage(data, binary));
    ws.on('close', (code: number, reason: Buffer) => { void this.onClose(ws, code, reason.toString()).catch((e: unknown) => this.run.abort(`lane ${this.spec.name}: ${String(e)}`)); });
    this.pump();
  }

  private pump(): void {
    const ws = this.ws;
    if (ws === null || this.finished || this.owed !== null || ws.readyState !== WebSocket.OPEN) return;
    while (!this.exclusive && this.pending < this.run.window) {
      let f = this.held;
      this.held = null;
      if (f === null) f = this.retry.shift() ?? null;
      if (f === null && this.produced < this.quota) {
        f = this.source.next();
        this.produced++;
        bump(this.run.stats.kinds, f.kind);
        bump(this.run.stats.lanes, this.spec.name);
      }
      if (f === null) {
        if (this.pending === 0) this.end();
        return;
      }
      if (f.closes !== null && this.pending > 0) {
        this.held = f; // goes alone, once the window is empty
        return;
      }
      this.send(ws, f);
      if (f.closes !== null) this.exclusive = true;
    }
  }

  private send(ws: WebSocket, f: FuzzFrame): void {
    const n = this.markerSeq++;
    const marker = `${MARKER_PREFIX}${this.laneIndex}x${n}`;
    let markerTemplate: number | null = null;
    ws.send(f.data, { binary: f.binary });
    this.run.o.trace?.(this.spec.name, `send #${f.index} ${f.kind} ${f.binary ? 'binary' : 'text'} ${frameBytes(f)} bytes expect ${f.expect} marker ${marker}`);
    if (this.spec.face === 'sbe') {
      markerTemplate = MARKER_TEMPLATE_MIN + (n % (MARKER_TEMPLATE_MAX - MARKER_TEMPLATE_MIN + 1));
      ws.send(markerBytes(markerTemplate), { binary: true });
    } else {
      ws.send(`{"MsgType":"${marker}"}`);
    }
    this.inflight.push({ frame: f, replies: 0, core: 0, firstFromCore: false, coreLabels: [], wrongEncoding: 0, marker, markerTemplate });
    this.run.stats.bytesSent += frameBytes(f);
    if (this.pending === 1) this.lastActivity = performance.now();
  }

  private isMarker(r: ReplyInfo, e: InFlight): boolean {
    if (r.refMsgType === e.marker) return true;
    if (e.markerTemplate === null || !r.binary || r.reason !== 'UNKNOWN_MSG_TYPE') return false;
    // The Text names the template id as a number of its own.
    const id = String(e.markerTemplate);
    const at = r.text.indexOf(id);
    return at >= 0 && !/\d/.test(r.text.charAt(at - 1)) && !/\d/.test(r.text.charAt(at + id.length));
  }

  private onMessage(data: Buffer, binary: boolean): void {
    this.lastActivity = performance.now();
    const stats = this.run.stats;
    const r = readReply(data, binary);
    if (this.recent.push(r.refMsgType.startsWith(MARKER_PREFIX) ? r.refMsgType : r.label) > 12) this.recent.shift();
    this.run.o.trace?.(this.spec.name, `reply ${binary ? 'binary' : 'text'} ${r.label} ref=${r.refMsgType} text=${r.text.slice(0, 80)}`);
    if (this.owed !== null) {
      // Waiting out a window whose replies came out of order: every marker's answer must still arrive.
      const k = this.owed.findIndex((x) => this.isMarker(r, x));
      if (k >= 0) this.owed.splice(k, 1);
      if (this.owed.length === 0) {
        this.owed = null;
        this.pump();
      }
      return;
    }
    const e = this.inflight[this.head];
    if (e === undefined) {
      stats.unsolicited++;
      bump(stats.replyLabels, `unsolicited ${r.label}`);
      return;
    }
    if (r.ok && r.reason === 'UNKNOWN_MSG_TYPE' && !this.isMarker(r, e)) {
      // The marker of a later frame before this one's: replies came out of request order.
      for (let k = this.head + 1; k < this.inflight.length; k++) {
        if (this.isMarker(r, this.inflight[k]!)) {
          const owed = this.inflight.filter((x, i) => i >= this.head && i !== k);
          this.abandon(`the marker of frame ${this.inflight[k]!.frame.index} was answered before the marker of frame ${e.frame.index}: `
            + 'replies out of request order', 'misordered');
          // The connection stays: the server read every frame in flight (their read-only commands count); wait for the other markers' answers.
          this.owed = owed;
          if (owed.length === 0) this.owed = null;
          this.pump();
          return;
        }
      }
    }
    if (r.ok && this.isMarker(r, e)) {
      stats.markers++;
      this.head++;
      this.resolve(e);
      if (this.head > 4096 && this.head * 2 > this.inflight.length) {
        this.inflight = this.inflight.slice(this.head);
        this.head = 0;
      }
      this.exclusive = false;
      this.pump();
      return;
    }
    stats.replies++;
    e.replies++;
    bump(stats.replyLabels, r.label);
    if (!r.ok) {
      stats.badReplies++;
      this.run.sample(stats.samples.badReplies, e.frame, `reply ${binary ? `base64:${data.toString('base64').slice(0, 400)}` : data.toString('utf8').slice(0, 400)}: ${r.label}`);
    }
    if (this.spec.face !== 'mixed' && binary !== e.frame.binary) e.wrongEncoding++;
    if (r.fromCore) {
      if (e.replies === 1) e.firstFromCore = true;
      e.core++;
      if (e.coreLabels.length < 4) e.coreLabels.push(r.label);
    }
  }

  private resolve(e: InFlight): void {
    const stats = this.run.stats;
    stats.frames++;
    if (e.replies === 0) {
      stats.unanswered++;
      this.run.sample(stats.samples.unanswered, e.frame, 'no reply before its marker\'s');
      return;
    }
    stats.answered++;
    stats.wrongEncoding += e.wrongEncoding;
    stats.sequenced += e.frame.sequenced;
    if (e.core > e.frame.sequenced) {
      stats.coreReplies += e.core - e.frame.sequenced;
      this.run.sample(stats.samples.reachedCore, e.frame, `the core answered it: ${e.coreLabels.join(', ')}`);
    }
    if (e.frame.sequenced > 0 && !e.firstFromCore) {
      stats.misordered++;
      this.run.sample(stats.samples.misordered, e.frame, 'its read-only command was not answered first');
    }
    if (e.frame.expect !== null && e.replies !== e.frame.expect) {
      stats.miscounted++;
      this.run.sample(stats.samples.miscounted, e.frame, `${e.replies} replies, expected ${e.frame.expect}`);
    }
  }

  private async onClose(ws: WebSocket, code: number, reason: string): Promise<void> {
    if (ws !== this.ws) return;
    this.ws = null;
    const stats = this.run.stats;
    const pending = this.inflight.slice(this.head);
    this.inflight = [];
    this.head = 0;
    this.exclusive = false;
    if (this.closingOnPurpose) {
      // Abandoned, aborted or done: every frame was judged already.
      for (const e of pending) this.retry.push(e.frame);
      if (!this.finished) await this.reconnect();
      return;
    }
    if (this.finished && pending.length === 0) return;
    const e0 = pending[0];
    const documented = e0 !== undefined && e0.replies === 0
      && ((e0.frame.closes === 'oversize' && code === 1009) || (e0.frame.closes === 'utf8' && (code === 1006 || code === 1007)));
    // LogonReject then a close (4001); a Reject then the abuse close (4029); LOGON_TIMEOUT (4002).
    const afterReply = e0 !== undefined && e0.replies > 0 && (code === 4001 || code === 4029 || code === 4002);
    if (!documented && !afterReply && await this.run.crashed(this.epoch)) {
      for (const e of pending) {
        stats.frames++;
        stats.unanswered++;
        this.run.sample(stats.samples.crashCandidates, e.frame, `in flight when the server died (close ${code})`);
      }
      if (!this.finished) await this.reconnect();
      return;
    }
    if (e0 !== undefined) {
      stats.frames++;
      if (documented) {
        bump(stats.answeredByClose, String(code));
      } else if (e0.replies > 0) {
        stats.answered++;
        if (!afterReply) {
          bump(stats.unexpectedCloses, String(code));
          this.run.sample(stats.samples.unexpectedCloses, e0.frame, `answered, then closed ${code} ${reason}`);
        }
      } else {
        stats.unanswered++;
        bump(stats.unexpectedCloses, String(code));
        this.run.sample(stats.samples.unanswered, e0.frame, `closed ${code} "${reason}" without a reply`);
      }
      // Never read by the server: sent again on the next connection, in order.
      for (let i = pending.length - 1; i >= 1; i--) this.retry.unshift(pending[i]!.frame);
      stats.resent += pending.length - 1;
    } else if (!this.finished) {
      bump(stats.unexpectedCloses, String(code));
    }
    if (!this.finished) await this.reconnect();
  }

  private async reconnect(): Promise<void> {
    this.run.stats.reconnects++;
    await this.run.afterRestart();
    if (this.finished) return;
    await this.connect();
  }

  checkStall(now: number, stallMs: number): void {
    if (this.ws === null || now - this.lastActivity < stallMs) return;
    if (this.owed !== null) {
      // Out-of-order markers never all came: those frames are counted already; start again.
      this.owed = null;
      this.closingOnPurpose = true;
      this.ws.terminate();
      this.run.stall();
      return;
    }
    if (this.pending === 0) return;
    this.abandon(`no reply (nor its marker's) within ${stallMs} ms`, 'unanswered');
    this.closingOnPurpose = true;
    this.ws.terminate();
    this.run.stall();
  }

  /**
   * Gives up on the frames in flight (stalled, or replies out of order: they
   * can no longer be told apart). The server read them all, so none is sent
   * again (their read-only commands count as sequenced); all count under
   * `what`, the first with a sample. The caller decides about the connection.
   */
  private abandon(why: string, what: 'unanswered' | 'misordered'): void {
    const stats = this.run.stats;
    this.run.o.trace?.(this.spec.name, `ABANDON ${what}: ${why}`);
    for (let i = this.head; i < this.inflight.length; i++) {
      const e = this.inflight[i]!;
      stats.frames++;
      stats.sequenced += e.frame.sequenced;
      stats[what]++;
      if (i === this.head) {
        const window = this.inflight.slice(this.head, this.head + 12).map((x) => `#${x.frame.index} ${x.frame.kind}${x.frame.sequenced > 0 ? ' (read-only command first)' : ''}`);
        this.run.sample(stats.samples[what], e.frame, `${why}; given up with the ${this.pending - 1} frames in flight after it. `
          + `In flight: ${window.join(', ')}. Latest replies: ${this.recent.join(', ')}`);
      }
    }
    this.inflight = [];
    this.head = 0;
    this.exclusive = false;
  }

  private end(): void {
    this.finished = true;
    this.closingOnPurpose = true;
    this.ws?.close(1000);
    this.run.laneDone();
  }

  abort(): void {
    if (this.finished) return;
    this.finished = true;
    this.closingOnPurpose = true;
    const stats = this.run.stats;
    for (let i = this.head; i < this.inflight.length; i++) {
      stats.frames++;
      stats.unanswered++;
      this.run.sample(stats.samples.unanswered, this.inflight[i]!.frame, 'in flight when the run was aborted');
    }
    this.inflight = [];
    this.head = 0;
    this.ws?.terminate();
  }
}

/** Read-only sequenced commands kept in flight on a logged-on session of the fuzz account (see the file's comment). */
class Traffic {
  private ws: WebSocket | null = null;
  private inflight = 0;
  private n = 0;
  private stopping = false;
  private drained: (() => void) | null = null;
  private readonly balanceSbe: Uint8Array;

  constructor(private readonly run: FuzzRun, private readonly window: number) {
    const buf = new DataView(new ArrayBuffer(8));
    new BalanceRequestEncoder().wrapAndApplyHeader(buf, 0, new MessageHeaderEncoder());
    this.balanceSbe = new Uint8Array(buf.buffer);
  }

  async start(): Promise<void> {
    const ws = await this.run.open('/trade', true);
    this.ws = ws;
    ws.on('message', (data: Buffer, binary: boolean) => {
      const r = readReply(data, binary);
      const t = this.run.stats.traffic;
      t.answered++;
      bump(t.replies, r.label);
      this.inflight--;
      if (this.stopping) {
        if (this.inflight <= 0) this.drained?.();
      } else {
        this.pump();
      }
    });
    ws.on('close', (code: number) => {
      if (ws !== this.ws || this.stopping) return;
      bump(this.run.stats.unexpectedCloses, `traffic ${code}`);
      this.ws = null;
      // The server died or dropped the traffic session: go on without it (the sequence check will tell).
    });
    this.pump();
  }

  private pump(): void {
    const ws = this.ws;
    if (ws === null || ws.readyState !== WebSocket.OPEN) return;
    while (this.inflight < this.window) {
      const i = this.n++;
      if (i % 3 === 0) ws.send(this.balanceSbe, { binary: true });
      else if (i % 3 === 1) ws.send('{"MsgType":"BalanceRequest"}');
      else ws.send(`{"MsgType":"OrderStatusRequest","ClOrdID":"fz-traffic-${i}"}`);
      this.inflight++;
      this.run.stats.traffic.sent++;
    }
  }

  /** Stops sending and waits (up to 10 s) for the answers of what is in flight. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.inflight > 0 && this.ws !== null) {
      await Promise.race([new Promise<void>((r) => { this.drained = r; }), sleep(10_000)]);
    }
    this.ws?.close(1000);
  }

  abort(): void {
    this.stopping = true;
    this.ws?.terminate();
  }
}

/** Runs the fuzz with `o`; see FuzzRun. */
export function runFuzz(o: DriverOptions): { run: FuzzRun; result: Promise<FuzzStats> } {
  const run = new FuzzRun(o);
  return { run, result: run.run() };
}
