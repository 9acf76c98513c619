/**
 * What one load-generator connection sends: its Logon, then a stream of
 * NewOrderSingle, one per frame, as JSON text or as SBE binary (generated
 * flyweights).
 *
 * Order flow (keeps the book small and makes most orders trade): order n of
 * connection c is a BUY when n + c is even, a SELL otherwise, so half the
 * connections start on each side and every connection alternates. A BUY is
 * priced 1..5 ticks above the reference, a SELL 1..5 ticks below: an order
 * trades with whatever rests on the other side (always at a crossing price)
 * and rests only when that side is empty. Every order is 0.01 BTC, so a trade
 * fills a maker and a taker whole. LIMIT GTC, STP CANCEL_NEWEST: the rare
 * order that would meet its own account's resting order is cancelled instead.
 * ClOrdID = the phase's tag + n (n = 1, 2, ...), unique per account and phase.
 */
import { createHmac } from 'node:crypto';
import {
  BooleanType,
  LogonEncoder,
  MessageHeaderEncoder,
  NewOrderSingleEncoder,
  OrdType,
  STP,
  Side,
  TimeInForce,
} from '../../protocol/generated/index.js';
import {
  LOT_DECIMALS,
  MAX_OFFSET_TICKS,
  ORDER_QTY_LOTS,
  REFERENCE_TICKS,
  SYMBOL,
  TICK_DECIMALS,
  formatLots,
  formatTicks,
  type BenchAccount,
} from './benchConfig.js';

/** hex HMAC-SHA256(secret, ApiKey + "\n" + Timestamp + "\n" + Nonce), as the contract's Logon signs. */
export function logonSignature(secret: string, apiKey: string, timestamp: number, nonce: string): string {
  return createHmac('sha256', secret).update(`${apiKey}\n${timestamp}\n${nonce}`).digest('hex');
}

/** The JSON Logon of the contract. */
export function jsonLogon(account: BenchAccount, nonce: string, now = Date.now()): string {
  return JSON.stringify({
    MsgType: 'Logon', ApiKey: account.apiKey, Timestamp: now, Nonce: nonce,
    Signature: logonSignature(account.secret, account.apiKey, now, nonce), CancelOnDisconnect: false,
  });
}

/** The SBE Logon (template 1): the same fields, one binary frame. */
export function sbeLogon(account: BenchAccount, nonce: string, now = Date.now()): Buffer {
  const buf = Buffer.alloc(8 + LogonEncoder.BLOCK_LENGTH + 4 + account.apiKey.length + nonce.length);
  const e = new LogonEncoder().wrapAndApplyHeader(new DataView(buf.buffer, buf.byteOffset, buf.length), 0, new MessageHeaderEncoder());
  e.timestamp(now).signature(logonSignature(account.secret, account.apiKey, now, nonce))
    .cancelOnDisconnect(BooleanType.FALSE).apiKey(account.apiKey).nonce(nonce);
  return buf.subarray(0, 8 + e.sbeEncodedLength());
}

const isBuy = (connection: number, n: number): boolean => ((connection + n) & 1) === 0;
const offsetTicks = (connection: number, n: number): number => 1 + ((n * 7 + connection * 3) % MAX_OFFSET_TICKS);

/** Connection `connection`'s orders; one instance per connection. */
export class OrderFlow {
  /** JSON: everything after the ClOrdID, per side (0 BUY, 1 SELL) and offset. */
  private readonly jsonTails: string[][];
  private readonly jsonHead: string;
  // SBE: encoded into one scratch buffer, then copied: ws may still hold the
  // previous frame's buffer in a corked socket, so each send gets its own.
  private readonly scratch = new Uint8Array(8 + NewOrderSingleEncoder.BLOCK_LENGTH);
  private readonly view = new DataView(this.scratch.buffer);
  private readonly encoder = new NewOrderSingleEncoder();
  private readonly header = new MessageHeaderEncoder();

  constructor(readonly connection: number, readonly tag: string) {
    this.jsonHead = `{"MsgType":"NewOrderSingle","ClOrdID":"${tag}`;
    const qty = formatLots(ORDER_QTY_LOTS);
    this.jsonTails = ['BUY', 'SELL'].map((side, s) =>
      Array.from({ length: MAX_OFFSET_TICKS + 1 }, (_, d) =>
        `","Symbol":"${SYMBOL}","Side":"${side}","OrdType":"LIMIT","Price":"${formatTicks(REFERENCE_TICKS + (s === 0 ? d : -d))}",` +
        `"OrderQty":"${qty}","TimeInForce":"GTC"}`));
  }

  json(n: number): string {
    return this.jsonHead + n + this.jsonTails[isBuy(this.connection, n) ? 0 : 1]![offsetTicks(this.connection, n)]!;
  }

  sbe(n: number): Buffer {
    const buy = isBuy(this.connection, n);
    const d = offsetTicks(this.connection, n);
    this.encoder.wrapAndApplyHeader(this.view, 0, this.header)
      .clOrdID(this.tag + n)
      .symbol(SYMBOL)
      .side(buy ? Side.BUY : Side.SELL)
      .ordType(OrdType.LIMIT)
      .priceMantissa(REFERENCE_TICKS + (buy ? d : -d)).priceExponent(-TICK_DECIMALS)
      .orderQtyMantissa(ORDER_QTY_LOTS).orderQtyExponent(-LOT_DECIMALS)
      .timeInForce(TimeInForce.GTC)
      .postOnly(BooleanType.FALSE)
      .stp(STP.CANCEL_NEWEST)
      .expireTime(NewOrderSingleEncoder.expireTimeNullValue); // GTD only: null for GTC
    return Buffer.from(this.scratch);
  }
}
