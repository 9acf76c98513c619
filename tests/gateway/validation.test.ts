import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logon, nos, startTestGateway, type Msg, type TestConn, type TestGateway } from './support/gatewayHarness.js';

/**
 * Validation at the edge (issue 7): every kind of bad input gets the
 * contract's answer with the field named; nothing reaches the core (the
 * sequencer's lastSeq does not move).
 */
describe('gateway: validation and normalization', () => {
  let t: TestGateway;
  let c: TestConn;
  beforeAll(async () => {
    t = await startTestGateway({ limits: { maxFrameBytes: 4096 } });
    c = await logon(t.url, 'alice');
  });
  afterAll(async () => { c.close(); await t.close(); });

  async function answer(m: unknown): Promise<Msg> {
    const before = c.received.length;
    c.sendRaw(typeof m === 'string' ? m : JSON.stringify(m));
    await c.count(before + 1);
    return c.received[before] as Msg;
  }

  const sessionCases: [string, unknown, string, string | undefined][] = [
    ['not JSON', '{"MsgType":', 'MALFORMED', undefined],
    ['a JSON string', '"hello"', 'MALFORMED', undefined],
    ['no MsgType', { ClOrdID: 'x' }, 'MISSING_FIELD', 'MsgType'],
    ['unknown MsgType', { MsgType: 'BuyEverything' }, 'UNKNOWN_MSG_TYPE', 'MsgType'],
    ['missing ClOrdID', { ...nos('x', 'BUY', '1', '1'), ClOrdID: undefined }, 'MISSING_FIELD', 'ClOrdID'],
    ['missing OrderQty', { ...nos('x', 'BUY', '1', '1'), OrderQty: undefined }, 'MISSING_FIELD', 'OrderQty'],
    ['missing Price on LIMIT', { ...nos('x', 'BUY', '1', '1'), Price: undefined }, 'MISSING_FIELD', 'Price'],
    ['a number where a decimal string belongs', nos('x', 'BUY', '1', '1', { Price: 100.5 }), 'INVALID_FIELD', 'Price'],
    ['exponent notation', nos('x', 'BUY', '1e5', '1'), 'INVALID_FIELD', 'Price'],
    ['negative quantity', nos('x', 'BUY', '100', '-1'), 'INVALID_FIELD', 'OrderQty'],
    ['leading point', nos('x', 'BUY', '.5', '1'), 'INVALID_FIELD', 'Price'],
    ['spaces', nos('x', 'BUY', ' 100', '1'), 'INVALID_FIELD', 'Price'],
    ['absurdly long decimal', nos('x', 'BUY', '1'.repeat(40), '1'), 'INVALID_FIELD', 'Price'],
    ['too many digits', nos('x', 'BUY', '1234567890.1234567', '1'), 'INVALID_FIELD', 'Price'],
    ['unknown enum value', nos('x', 'HOLD' as 'BUY', '100', '1'), 'INVALID_FIELD', 'Side'],
    ['lower-case enum', nos('x', 'buy' as 'BUY', '100', '1'), 'INVALID_FIELD', 'Side'],
    ['MARKET with GTC', nos('x', 'BUY', null, '1', { TimeInForce: 'GTC' }), 'INVALID_FIELD', 'TimeInForce'],
    ['MARKET with a Price', nos('x', 'BUY', null, '1', { Price: '100' }), 'INVALID_FIELD', 'Price'],
    ['PostOnly IOC', nos('x', 'BUY', '100', '1', { PostOnly: true, TimeInForce: 'IOC' }), 'INVALID_FIELD', 'PostOnly'],
    ['PostOnly not boolean', nos('x', 'BUY', '100', '1', { PostOnly: 'yes' }), 'INVALID_FIELD', 'PostOnly'],
    ['ClOrdID too long', nos('x'.repeat(33), 'BUY', '100', '1'), 'INVALID_FIELD', 'ClOrdID'],
    ['ClOrdID with a space', nos('a b', 'BUY', '100', '1'), 'INVALID_FIELD', 'ClOrdID'],
    ['GTD without ExpireTime', nos('x', 'BUY', '100', '1', { TimeInForce: 'GTD' }), 'MISSING_FIELD', 'ExpireTime'],
    ['Symbol not a string', nos('x', 'BUY', '100', '1', { Symbol: 7 }), 'INVALID_FIELD', 'Symbol'],
    ['empty batch', '[]', 'MALFORMED', undefined],
  ];

  it.each(sessionCases)('%s: Reject %s naming the field', async (_name, message, reason, field) => {
    const seq = t.gateway.sequencer.lastSeq;
    const r = await answer(message);
    expect(r).toMatchObject({ MsgType: 'Reject', Reason: reason });
    expect(r.Field).toBe(field);
    expect(typeof r.Text).toBe('string');
    expect(t.gateway.sequencer.lastSeq).toBe(seq);
  });

  const orderCases: [string, Msg, string][] = [
    ['unknown symbol', nos('x', 'BUY', '100', '1', { Symbol: 'DOGE-USD' }), 'UNKNOWN_SYMBOL'],
    ['price not a multiple of the tick', nos('x', 'BUY', '100000.001', '1'), 'INVALID_TICK'],
    ['quantity not a multiple of the lot', nos('x', 'BUY', '100000', '0.00001'), 'INVALID_LOT'],
    ['zero quantity', nos('x', 'BUY', '100000', '0'), 'QTY_OUT_OF_RANGE'],
    ['quantity above maxQty', nos('x', 'BUY', '100000', '1000.0001'), 'QTY_OUT_OF_RANGE'],
    ['zero price', nos('x', 'BUY', '0', '1'), 'PRICE_OUT_OF_RANGE'],
    ['price above maxPrice', nos('x', 'BUY', '1000000.01', '1'), 'PRICE_OUT_OF_RANGE'],
  ];

  it.each(orderCases)('%s: ExecutionReport REJECTED %s without Seq, the field named in Text', async (_name, message, reason) => {
    const seq = t.gateway.sequencer.lastSeq;
    const r = await answer(message);
    expect(r).toMatchObject({ MsgType: 'ExecutionReport', ExecType: 'REJECTED', OrdStatus: 'REJECTED', ClOrdID: 'x', RejectReason: reason, LeavesQty: '0' });
    expect(r.Seq).toBeUndefined();
    expect(r.OrderID).toBeUndefined();
    expect(t.gateway.sequencer.lastSeq).toBe(seq);
  });

  it('unknown fields are ignored; the same decimal in another spelling means the same ticks', async () => {
    const r = await answer(nos('u-1', 'BUY', '100000.50', '0.0100', { Color: 'blue', Nested: { a: [1] } }));
    expect(r).toMatchObject({ ExecType: 'NEW', Price: '100000.5', OrderQty: '0.01' });
    await answer({ MsgType: 'OrderMassCancelRequest', ClOrdID: 'u-m' });
  });

  it('a frame above the maximum size closes the connection (1009); others are unaffected', async () => {
    const other = await logon(t.url, 'bob');
    other.sendRaw(JSON.stringify({ MsgType: 'BalanceRequest', Pad: 'x'.repeat(5000) }));
    expect(await other.closed).toBe(1009);
    const again = await logon(t.url, 'bob');
    again.send({ MsgType: 'BalanceRequest' });
    expect(await again.next((m) => m.MsgType === 'BalanceReport')).toBeTruthy();
    again.close();
  });
});
