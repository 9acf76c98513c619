import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyFuzzConfig, FUZZ_ACCOUNT, fuzzContext } from '../../bench/fuzz/config.js';
import { runFuzz, type FuzzRun, type FuzzStats } from '../../bench/fuzz/driver.js';
import { LANES, LaneSource } from '../../bench/fuzz/lanes.js';
import { parseConfig } from '../../config/loadConfig.js';
import { decToSteps, NOT_A_MULTIPLE, type Dec } from '../../gateway/decimalText.js';
import { gatewayInstruments, type GatewayInstrument } from '../../gateway/instruments.js';
import { parseJsonFrame } from '../../gateway/jsonRequests.js';
import type { SessionReject, TradeRequest } from '../../gateway/requests.js';
import { parseSbeFrame } from '../../gateway/sbeRequests.js';
import { demoConfigJson, logon, startTestGateway, TestConn, type TestGateway } from './support/gatewayHarness.js';

/**
 * Fuzzing the wire (bench/fuzz/, the long run is `npm run fuzz`): 100,000
 * random and mutated frames, JSON and SBE, on sessions logged on and not,
 * against a real gateway in this process. The server must not throw (an
 * uncaught exception is a crash), every frame must be answered (or refused
 * with its documented close), and the garbage must change nothing in the
 * core: the state hash is the same before and after, and the sequence
 * number grew by exactly the read-only commands the driver sent on purpose
 * (bench/fuzz/driver.ts explains the counting,
 * bench/fuzz/jsonFrames.ts and sbeFrames.ts why no garbage frame can be a
 * valid order). FUZZ_FRAMES and FUZZ_SEED override the size and the seed.
 */
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 100_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_251_125);

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))]);
}

/** What a failure shows: the counts, the first samples of each problem, and the frame kinds. */
function details(stats: FuzzStats, extra: Record<string, unknown>): string {
  const samples = Object.fromEntries(Object.entries(stats.samples).map(([k, v]) => [k, v.slice(0, 5)]));
  return JSON.stringify({ ...extra, aborted: stats.aborted, unexpectedCloses: stats.unexpectedCloses, samples }, null, 1);
}

describe('gateway: fuzz (random and mutated JSON and SBE frames)', () => {
  let t: TestGateway;
  let run: FuzzRun | null = null;
  const uncaught: unknown[] = [];
  const onUncaught = (e: unknown): void => {
    uncaught.push(e);
    run?.abort(`uncaught exception in the server: ${(e as Error)?.stack ?? String(e)}`);
  };

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
    t = await startTestGateway({ patch: (raw) => { applyFuzzConfig(raw); } });
  });

  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    await withTimeout(t.close(), 20_000, 'gateway close').catch(() => undefined);
  });

  it(`${FRAMES.toLocaleString('en-US')} frames: no crash, every frame answered, state hash unchanged`, async () => {
    const hashBefore = await t.gateway.stateHash();
    const seqBefore = t.gateway.sequencer.lastSeq;
    const started = performance.now();
    const fuzz = runFuzz({
      url: t.url, frames: FRAMES, seed: SEED, ctx: fuzzContext(applyFuzzConfig(demoConfigJson())),
      account: { apiKey: FUZZ_ACCOUNT.apiKey, secret: FUZZ_ACCOUNT.secret }, window: 32, trafficWindow: 4,
    });
    run = fuzz.run;
    const stats = await fuzz.result;
    const seconds = (performance.now() - started) / 1000;
    stats.crashes += uncaught.length;
    const hashAfter = await withTimeout(t.gateway.stateHash(), 10_000, 'stateHash');
    const seqGrowth = t.gateway.sequencer.lastSeq - seqBefore;
    console.log(`fuzz: ${stats.frames} frames in ${seconds.toFixed(1)} s (${Math.round(stats.frames / seconds)}/s), seed ${SEED}; `
      + `answered ${stats.answered}, by close ${JSON.stringify(stats.answeredByClose)}, replies ${stats.replies}, `
      + `reconnects ${stats.reconnects}, read-only commands ${stats.traffic.sent} + ${stats.sequenced} in frames`);

    const got = {
      frames: stats.frames, crashes: stats.crashes, unanswered: stats.unanswered, miscounted: stats.miscounted,
      badReplies: stats.badReplies, wrongEncoding: stats.wrongEncoding, coreReplies: stats.coreReplies, misordered: stats.misordered,
      stateHashChanged: hashAfter !== hashBefore, garbageCommands: seqGrowth - stats.traffic.sent - stats.sequenced,
      trafficUnanswered: stats.traffic.sent - stats.traffic.answered, aborted: stats.aborted !== null,
    };
    expect(got, details(stats, { seed: SEED, uncaught: uncaught.map((e) => (e as Error)?.stack ?? String(e)).slice(0, 3) })).toEqual({
      frames: FRAMES, crashes: 0, unanswered: 0, miscounted: 0, badReplies: 0, wrongEncoding: 0, coreReplies: 0, misordered: 0,
      stateHashChanged: false, garbageCommands: 0, trafficUnanswered: 0, aborted: false,
    });
    // Every documented close was one of the expected kinds: 1009 for an oversize frame, the WebSocket layer's for bad UTF-8.
    expect(Object.keys(stats.answeredByClose).every((c) => c === '1009' || c === '1006' || c === '1007')).toBe(true);
  }, 180_000);

  it('a session\'s replies keep request order while another session\'s command is sequenced in between (found by the fuzz)', async () => {
    // Session A's refusal X1 waits behind A's BalanceRequest, and behind B's BalanceRequest sequenced meanwhile;
    // A's X2, sent once A's BalanceReport is in, must still be answered after X1 (fsync always: the two commands
    // become durable in different journal flushes, so A's result arrives while B's is still pending).
    const g = await startTestGateway({ options: { fsyncPolicy: 'always' } });
    try {
      const a = await logon(g.url, 'alice');
      const b = await logon(g.url, 'bob');
      const wrong: string[] = [];
      for (let i = 0; i < 20; i++) {
        const got: string[] = [];
        // What A sent, in the order it went on the wire: X1's timer can fire before or after A's answer arrives.
        const sent: string[] = ['BalanceReport'];
        await new Promise<void>((resolve) => {
          const onMessage = (data: Buffer): void => {
            const m = JSON.parse(data.toString()) as Record<string, unknown>;
            got.push(String(m.MsgType === 'Reject' ? m.RefMsgType : m.MsgType));
            if (m.MsgType === 'BalanceReport') { // A's command is answered: a new request
              sent.push(`X2-${i}`);
              a.sendRaw(`{"MsgType":"X2-${i}"}`);
            }
            if (got.length === 3) {
              a.ws.off('message', onMessage);
              resolve();
            }
          };
          a.ws.on('message', onMessage);
          a.sendRaw('{"MsgType":"BalanceRequest"}');
          setTimeout(() => {
            b.sendRaw('{"MsgType":"BalanceRequest"}');
            setTimeout(() => {
              sent.push(`X1-${i}`);
              a.sendRaw(`{"MsgType":"X1-${i}"}`);
            }, 0);
          }, 0);
        });
        if (got.join() !== sent.join()) wrong.push(`sent ${sent.join(' ')}, got ${got.join(' ')}`);
      }
      expect(wrong, 'rounds answered out of request order').toEqual([]);
      a.close();
      b.close();
    } finally {
      await withTimeout(g.close(), 20_000, 'gateway close').catch(() => undefined);
    }
  });

  it('the abuse disconnect (a dedicated gateway with a low limit): every refusal answered, then 4029, state unchanged', async () => {
    const limit = 100;
    const g = await startTestGateway({ patch: (raw) => { applyFuzzConfig(raw, { abuseRejectsPer10s: limit }); } });
    try {
      const hash = await g.gateway.stateHash();
      const seq = g.gateway.sequencer.lastSeq;
      const c = await TestConn.open(g.url);
      for (let i = 0; i < limit + 50; i++) c.sendRaw(i % 2 === 0 ? `{"MsgType":"Nope${i}"}` : new Uint8Array([1, 2, 3]));
      expect(await withTimeout(c.closed, 10_000, 'abuse close')).toBe(4029);
      // One reply per refusal up to the limit, and the one past it before the close.
      expect(c.received).toHaveLength(limit + 1);
      const again = await TestConn.open(g.url);
      again.sendRaw('{"MsgType":"BalanceRequest"}');
      expect(await again.next((m) => m.MsgType === 'Reject')).toMatchObject({ Reason: 'NOT_LOGGED_ON' });
      again.close();
      expect(await g.gateway.stateHash()).toBe(hash);
      expect(g.gateway.sequencer.lastSeq).toBe(seq);
    } finally {
      await withTimeout(g.close(), 20_000, 'gateway close').catch(() => undefined);
    }
  });
});

/**
 * The generator's promise, checked offline against the gateway's own
 * parsers and instrument rules: no frame for a logged-on session holds a
 * message the gateway would sequence, except the read-only commands it
 * declares (`FuzzFrame.sequenced`), and the reply counts it predicts are
 * the parsers' message counts.
 */
describe('fuzz generator: logged-on frames never become commands', () => {
  const raw = applyFuzzConfig(demoConfigJson());
  const ctx = fuzzContext(raw);
  const instruments = new Map<string, GatewayInstrument>(gatewayInstruments(parseConfig(raw)).map((i) => [i.symbol, i]));
  const priceOk = (i: GatewayInstrument, d: Dec | null): boolean => {
    if (d === null) return true;
    const t = decToSteps(d, i.tick);
    return t !== NOT_A_MULTIPLE && t > 0 && t <= i.maxPriceTicks;
  };
  const qtyOk = (i: GatewayInstrument, d: Dec): boolean => {
    const l = decToSteps(d, i.lot);
    return l !== NOT_A_MULTIPLE && l >= i.minQtyLots && l <= i.maxQtyLots;
  };
  /** Would the gateway submit it to the sequencer (gateway/tradeDesk.ts's checks)? */
  const sequenced = (r: TradeRequest | SessionReject): boolean => {
    switch (r.MsgType) {
      case 'NewOrderSingle':
      case 'OrderCancelReplaceRequest': {
        const i = instruments.get(r.Symbol);
        return i !== undefined && priceOk(i, r.Price) && qtyOk(i, r.OrderQty);
      }
      case 'OrderCancelRequest': return instruments.has(r.Symbol);
      case 'OrderMassCancelRequest': return r.Symbol === null || instruments.has(r.Symbol);
      case 'OrderStatusRequest':
      case 'BalanceRequest': return true;
      default: return false;
    }
  };

  for (const spec of LANES.filter((l) => l.logon)) {
    it(`${spec.name}: 10,000 frames`, () => {
      const src = new LaneSource(spec, SEED, ctx);
      const wrong: string[] = [];
      for (let k = 0; k < 10_000; k++) {
        const f = src.next();
        if (f.closes !== null) continue; // never read by the gateway
        const requests = typeof f.data === 'string'
          ? parseJsonFrame(f.data)
          : parseSbeFrame(f.data.buffer.slice(f.data.byteOffset, f.data.byteOffset + f.data.byteLength) as ArrayBuffer);
        const n = requests.filter(sequenced).length;
        if (n !== f.sequenced || (f.expect !== null && requests.length !== f.expect)) {
          wrong.push(`#${f.index} ${f.kind}: ${n} sequenced (declared ${f.sequenced}), ${requests.length} messages (expected ${f.expect})`);
        }
      }
      expect(wrong).toEqual([]);
    });
  }
});
