/**
 * MarketDataClient against the fake exchange's /md, in both encodings:
 * subscription frames as the contract writes them, an event per message,
 * the snapshot helper, and Seq gap detection per stream.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MarketDataClient, type SeqGap } from '../../client/marketDataClient.js';
import type { BBO, BookSnapshot, Trade } from '../../client/messages.js';
import { FakeExchange } from './support/fakeExchange.js';

let fake: FakeExchange;
let md: MarketDataClient | undefined;

beforeEach(async () => {
  fake = await FakeExchange.start();
});

afterEach(async () => {
  await md?.close();
  md = undefined;
  await fake.close();
});

const T = 1_764_000_000_000_123;
const snapshot: BookSnapshot = { MsgType: 'BookSnapshot', Symbol: 'BTC-USD', Seq: 100, TransactTime: T, Bids: [['100.25', '1.5']], Asks: [['100.5', '2'], ['101', '0.25']] };

describe.each(['json', 'sbe'] as const)('MarketDataClient over %s', (encoding) => {
  it('subscribes as the contract writes it and resolves the book snapshot', async () => {
    fake.onRequest = (req, session) => {
      if (req.MsgType === 'Subscribe' && req.Channel === 'BOOK') session.reply(snapshot);
    };
    md = await MarketDataClient.connect({ url: fake.url, encoding });
    expect(md.url).toBe(`${fake.url}/md`);
    expect(await md.snapshot('BTC-USD', 5)).toEqual(snapshot);
    md.subscribe('TRADES', 'BTC-USD');
    md.unsubscribe('BOOK', 'BTC-USD');
    for (let i = 0; i < 100 && fake.requests.length < 3; i++) await new Promise((r) => setTimeout(r, 5));
    expect(fake.requests).toEqual([
      { MsgType: 'Subscribe', Channel: 'BOOK', Symbol: 'BTC-USD', Depth: 5 },
      { MsgType: 'Subscribe', Channel: 'TRADES', Symbol: 'BTC-USD' },
      { MsgType: 'Unsubscribe', Channel: 'BOOK', Symbol: 'BTC-USD' },
    ]);
    expect(fake.sessions[0]!.binary).toBe(encoding === 'sbe');
  });

  it('resolves the snapshot helper with the Reject of a refused subscription', async () => {
    fake.onRequest = (_req, session) => session.reply({ MsgType: 'Reject', RefMsgType: 'Subscribe', Reason: 'UNKNOWN_SYMBOL', Text: 'no NOPE' });
    md = await MarketDataClient.connect({ url: fake.url, encoding });
    expect(await md.snapshot('NOPE')).toMatchObject({ MsgType: 'Reject', Reason: 'UNKNOWN_SYMBOL' });
  });

  it('emits trades, BBO (null for an empty side) and book updates, and reports Seq gaps', async () => {
    md = await MarketDataClient.connect({ url: fake.url, encoding });
    const trades: Trade[] = [];
    const bbos: BBO[] = [];
    const gaps: SeqGap[] = [];
    const updates: number[] = [];
    md.on('trade', (t) => trades.push(t));
    md.on('bbo', (b) => bbos.push(b));
    md.on('bookUpdate', (u) => updates.push(u.Seq));
    md.on('gap', (g) => gaps.push(g));
    md.subscribe('TRADES', 'BTC-USD');
    for (let i = 0; i < 100 && fake.requests.length < 1; i++) await new Promise((r) => setTimeout(r, 5));
    const s = fake.sessions[0]!;
    const trade = (seq: number): Trade => ({ MsgType: 'Trade', Symbol: 'BTC-USD', Seq: seq, TradeID: String(900 + seq), Price: '100.25', Qty: '0.5', AggressorSide: 'SELL', TransactTime: T });
    s.reply(trade(7), trade(8), trade(10));
    s.reply({ MsgType: 'BBO', Symbol: 'BTC-USD', Seq: 3, TransactTime: T, BidPx: null, BidQty: null, AskPx: '100.5', AskQty: '2' });
    s.reply(snapshot, { MsgType: 'BookUpdate', Symbol: 'BTC-USD', Seq: 101, TransactTime: T, Bids: [['100.25', '0']], Asks: [] });
    s.reply({ MsgType: 'BookUpdate', Symbol: 'BTC-USD', Seq: 103, TransactTime: T, Bids: [], Asks: [['100.5', '1']] });
    const last = md.awaitMessage((m) => m.MsgType === 'BookUpdate' && m.Seq === 103, 2000);
    await last;
    expect(trades.map((t) => [t.Seq, t.TradeID, t.Price, t.Qty, t.AggressorSide])).toEqual([
      [7, '907', '100.25', '0.5', 'SELL'], [8, '908', '100.25', '0.5', 'SELL'], [10, '910', '100.25', '0.5', 'SELL'],
    ]);
    expect(bbos).toEqual([{ MsgType: 'BBO', Symbol: 'BTC-USD', Seq: 3, TransactTime: T, BidPx: null, BidQty: null, AskPx: '100.5', AskQty: '2' }]);
    expect(updates).toEqual([101, 103]);
    expect(gaps).toEqual([
      { channel: 'TRADES', symbol: 'BTC-USD', expectedSeq: 9, seq: 10 },
      { channel: 'BOOK', symbol: 'BTC-USD', expectedSeq: 102, seq: 103 },
    ]);
  });

  it('rejects waits when the server closes the connection', async () => {
    md = await MarketDataClient.connect({ url: fake.url, encoding });
    const waiting = md.awaitMessage(() => false, 5000);
    for (let i = 0; i < 100 && fake.sessions.length < 1; i++) await new Promise((r) => setTimeout(r, 5));
    fake.sessions[0]!.close(1001, 'bye');
    await expect(waiting).rejects.toMatchObject({ code: 'CLOSED' });
    await expect(md.snapshot('BTC-USD')).rejects.toMatchObject({ code: 'CLOSED' });
  });
});
