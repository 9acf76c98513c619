import { clOrdIdText } from '../engine/command.js';
import type { ExchangeCore } from './exchangeCore.js';
import { RB, RF, RI } from './orderRecords.js';

/**
 * One open order as the order manager holds it, with the ClOrdID that names
 * it now (the newest: a replace's ClOrdID names the order from then on). The
 * gateway loads these once at start so that the reports of orders placed
 * before a restart still carry their ClOrdID, CumQty and AvgPx
 * (docs/gateway.md, "Orders the gateway remembers"). Plain data: it crosses
 * postMessage from the core worker.
 */
export interface OpenOrderView {
  orderId: number;
  account: number;
  instrument: number;
  side: number;
  ordType: number;
  tif: number;
  /** Ticks. */
  price: number;
  /** Lots. */
  orderQty: number;
  cumQty: number;
  /** Sum of price x qty of the fills, ticks x lots. */
  cumNotional: number;
  leaves: number;
  status: number;
  expireTimeUs: number;
  /** '' when no ClOrdID names it (orders entered by tools without one). */
  clOrdId: string;
}

/** Every open order, by ascending order id. Not for the hot path (walks the window and the records). */
export function openOrderViews(core: ExchangeCore): OpenOrderView[] {
  const rec = core.records;
  const names = new Map<number, string>();
  const key = new Uint32Array(8);
  const bytes = new Uint8Array(key.buffer);
  // Head to tail is insertion order: a later (replace) ClOrdID of the same record overwrites an earlier one.
  core.window.forEach((e) => {
    const r = core.window.ref(e);
    if (rec.hb[r * RB.STRIDE + RB.OPEN] !== 1) return;
    core.window.keyInto(e, key);
    names.set(r, clOrdIdText(bytes));
  });
  const out: OpenOrderView[] = [];
  for (let r = 1; r <= rec.capacity; r++) {
    if (rec.hb[r * RB.STRIDE + RB.USED] !== 1 || rec.hb[r * RB.STRIDE + RB.OPEN] !== 1) continue;
    out.push({
      orderId: rec.hf[r * RF.STRIDE + RF.ORDER_ID]!,
      account: rec.hi[r * RI.STRIDE + RI.ACCOUNT]!,
      instrument: rec.hi[r * RI.STRIDE + RI.INSTRUMENT]!,
      side: rec.hb[r * RB.STRIDE + RB.SIDE]!,
      ordType: rec.hb[r * RB.STRIDE + RB.ORD_TYPE]!,
      tif: rec.hb[r * RB.STRIDE + RB.TIF]!,
      price: rec.hf[r * RF.STRIDE + RF.PRICE]!,
      orderQty: rec.hf[r * RF.STRIDE + RF.ORDER_QTY]!,
      cumQty: rec.hi[r * RI.STRIDE + RI.CUM_QTY]!,
      cumNotional: rec.hf[r * RF.STRIDE + RF.CUM_NOTIONAL]!,
      leaves: rec.leaves(r),
      status: rec.hb[r * RB.STRIDE + RB.STATUS]!,
      expireTimeUs: rec.get(r, 'expireTimeUs'),
      clOrdId: names.get(r) ?? '',
    });
  }
  out.sort((a, b) => a.orderId - b.orderId);
  return out;
}
