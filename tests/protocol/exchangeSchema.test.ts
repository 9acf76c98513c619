/**
 * The exchange schema covers the wire contract: every message of PROTOCOL.md,
 * every enum value it names, enum codes equal to the engine's, and messages
 * that round-trip through the generated flyweights and the schema-driven codec.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as engineEnums from '../../engine/enums.js';
import { RejectReason as engineRejectReason } from '../../engine/rejectReason.js';
import { OrdStatus } from '../../risk/orderRecords.js';
import { decodeMessage } from '../../protocol/sbe/codec/otfDecoder.js';
import { encodeMessage } from '../../protocol/sbe/codec/otfEncoder.js';
import type { EnumType } from '../../protocol/sbe/schema/ir.js';
import { loadSchema } from '../../protocol/sbe/schema/schemaParser.js';
import * as ex from '../../protocol/generated/index.js';
import { EXCHANGE_SCHEMA, REPO_ROOT, viewOf } from './support/paths.js';

const schema = loadSchema(EXCHANGE_SCHEMA);
const contract = readFileSync(`${REPO_ROOT}/../shared/PROTOCOL.md`, 'utf8');

function enumValues(name: string): Record<string, number> {
  const t = schema.types.get(name) as EnumType;
  return Object.fromEntries(t.values.map((v) => [v.name, v.value]));
}

describe('the exchange schema', () => {
  it('has a message for every MsgType of the contract', () => {
    const msgTypes = new Set([...contract.matchAll(/"MsgType":"(\w+)"/g)].map((m) => m[1]!));
    expect(msgTypes.size).toBeGreaterThanOrEqual(18);
    const names = schema.messages.map((m) => m.name);
    for (const t of msgTypes) expect(names, t).toContain(t);
  });

  it('names every enum value the contract names', () => {
    const expected: Record<string, string[]> = {
      Side: ['BUY', 'SELL'],
      OrdType: ['LIMIT', 'MARKET'],
      TimeInForce: ['GTC', 'IOC', 'FOK'],
      STP: ['CANCEL_NEWEST', 'CANCEL_OLDEST', 'CANCEL_BOTH'],
      ExecType: ['NEW', 'TRADE', 'CANCELED', 'REPLACED', 'REJECTED', 'EXPIRED', 'ORDER_STATUS'],
      OrdStatus: ['NEW', 'PARTIALLY_FILLED', 'FILLED', 'CANCELED', 'REJECTED', 'EXPIRED'],
      Liquidity: ['MAKER', 'TAKER'],
      Channel: ['BOOK', 'TRADES', 'BBO'],
      RejectReason: [
        'MALFORMED', 'UNKNOWN_MSG_TYPE', 'MISSING_FIELD', 'INVALID_FIELD', 'RATE_LIMITED', 'NOT_LOGGED_ON', 'UNKNOWN_ORDER',
        'INSUFFICIENT_FUNDS', 'PRICE_BAND', 'INVALID_TICK', 'INVALID_LOT', 'QTY_OUT_OF_RANGE', 'UNKNOWN_SYMBOL',
        'POST_ONLY_WOULD_TAKE', 'FOK_NOT_FILLABLE', 'NO_LIQUIDITY', 'DUPLICATE_CLORDID', 'TOO_MANY_OPEN_ORDERS',
        'ACCOUNT_DISABLED', 'INSTRUMENT_HALTED', 'RISK_LIMIT',
      ],
    };
    for (const [name, values] of Object.entries(expected)) expect(Object.keys(enumValues(name))).toEqual(expect.arrayContaining(values));
  });

  it('uses the engine codes for RejectReason, Side, OrdType, TimeInForce and STP', () => {
    expect(enumValues('RejectReason')).toEqual({ ...engineRejectReason });
    expect(enumValues('Side')).toEqual({ ...engineEnums.Side });
    expect(enumValues('OrdType')).toEqual({ ...engineEnums.OrdType });
    expect(enumValues('TimeInForce')).toEqual({ ...engineEnums.TimeInForce });
    expect(enumValues('STP')).toEqual({ ...engineEnums.StpMode });
    expect(enumValues('CommandType')).toEqual({ ...engineEnums.CommandType });
    expect(enumValues('OrdStatus')).toEqual({ ...OrdStatus });
  });

  it('documents its fixed-point convention in the schema and exposes prices and ids as numbers', () => {
    expect(readFileSync(EXCHANGE_SCHEMA, 'utf8')).toMatch(/value = mantissa \* 10\^exponent/);
    expect(typeof new ex.ExecutionReportDecoder().wrap(viewOf(new Uint8Array(256)), 0).orderID()).toBe('number');
  });

  it('round-trips a NewOrderSingle through the flyweights and the schema-driven codec', () => {
    const buffer = new Uint8Array(128);
    const nos = new ex.NewOrderSingleEncoder().wrapAndApplyHeader(viewOf(buffer), 0, new ex.MessageHeaderEncoder());
    nos.clOrdID('c-1').symbol('BTC-USD').side(ex.Side.BUY).ordType(ex.OrdType.LIMIT).timeInForce(ex.TimeInForce.GTC);
    nos.price().mantissa(10025).exponent(-2);
    nos.orderQty().mantissa(15).exponent(-1);
    nos.postOnly(ex.BooleanType.FALSE).stp(ex.STP.CANCEL_NEWEST).expireTime(ex.NewOrderSingleEncoder.expireTimeNullValue);
    const bytes = buffer.slice(0, 8 + nos.sbeEncodedLength());
    const json = {
      message: 'NewOrderSingle', templateId: 10, schemaId: 101, version: 2, blockLength: 79,
      fields: {
        ClOrdID: 'c-1', Symbol: 'BTC-USD', Side: 'BUY', OrdType: 'LIMIT', Price: { mantissa: '10025', exponent: -2 },
        OrderQty: { mantissa: '15', exponent: -1 }, TimeInForce: 'GTC', PostOnly: 'FALSE', STP: 'CANCEL_NEWEST',
        ExpireTime: null,
      },
    };
    expect(decodeMessage(schema, bytes).message).toEqual(json);
    expect(encodeMessage(schema, json)).toEqual(bytes);
  });

  it('round-trips a REJECTED ExecutionReport with null trade fields and its Text', () => {
    const json = {
      message: 'ExecutionReport', templateId: 20, schemaId: 101, version: 2, blockLength: 179,
      fields: {
        ExecType: 'REJECTED', OrdStatus: 'REJECTED', OrderID: null, ClOrdID: 'c-9', Symbol: 'BTC-USD', Side: 'SELL', OrdType: 'MARKET',
        Price: { mantissa: null, exponent: 0 }, OrderQty: { mantissa: '2', exponent: 0 }, CumQty: { mantissa: '0', exponent: 0 },
        LeavesQty: { mantissa: '0', exponent: 0 }, AvgPx: { mantissa: '0', exponent: 0 }, TransactTime: '1764000000000123', Seq: null,
        LastPx: { mantissa: null, exponent: 0 }, LastQty: { mantissa: null, exponent: 0 }, TradeID: null, Liquidity: null,
        Fee: { mantissa: null, exponent: 0 }, FeeAsset: '', RejectReason: 'NO_LIQUIDITY', Text: 'no liquidity — empty book',
      },
    };
    const bytes = encodeMessage(schema, json);
    expect(decodeMessage(schema, bytes).message).toEqual(json);
    const er = new ex.ExecutionReportDecoder().wrapAndApplyHeader(viewOf(bytes), 0, new ex.MessageHeaderDecoder());
    expect(er.rejectReason()).toBe(ex.RejectReason.NO_LIQUIDITY);
    expect(er.orderID()).toBe(ex.ExecutionReportDecoder.orderIDNullValue);
    expect(er.lastPx().mantissa()).toBe(ex.OptionalDecimal64Decoder.mantissaNullValue);
    expect(er.transactTime()).toBe(1764000000000123);
    expect(er.text()).toBe('no liquidity — empty book');
  });

  it('round-trips a BBO with an empty side and a BalanceReport group', () => {
    const none = { mantissa: null, exponent: 0 };
    const bbo = {
      message: 'BBO', templateId: 35, schemaId: 101, version: 2, blockLength: 68,
      fields: { Symbol: 'BTC-USD', Seq: '9', TransactTime: '1', BidPx: { mantissa: '10025', exponent: -2 }, BidQty: { mantissa: '1', exponent: 0 }, AskPx: none, AskQty: none },
    };
    expect(decodeMessage(schema, encodeMessage(schema, bbo)).message).toEqual(bbo);
    const balances = {
      message: 'BalanceReport', templateId: 23, schemaId: 101, version: 2, blockLength: 0,
      fields: { Balances: [{ Asset: 'USD', Total: { mantissa: '100000000', exponent: -2 }, Available: { mantissa: '1', exponent: -2 }, Held: { mantissa: '99999999', exponent: -2 } }] },
    };
    expect(decodeMessage(schema, encodeMessage(schema, balances)).message).toEqual(balances);
  });
});
