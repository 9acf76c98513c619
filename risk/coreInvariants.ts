import { S } from '../engine/codes.js';
import type { ExchangeCore } from './exchangeCore.js';
import { RB, RF, RI } from './orderRecords.js';

/**
 * The core's invariants beyond the book's (docs/risk.md, "Invariants"):
 * balances never negative and, per asset, summing to deposits minus
 * withdrawals; every account's held equal to the holds of its open orders,
 * and each hold enough for what the order can still cost; open orders,
 * counts and exposure agreeing with the engine's book; the dedupe window
 * and record references consistent. Throws naming the first broken one.
 */
export function assertCoreInvariants(core: ExchangeCore): void {
  core.engine.assertInvariants();
  core.wallet.assertInvariants();
  core.window.assertInvariants();
  const rec = core.records;
  const nAssets = core.spec.assets.length;
  const nInst = core.spec.instruments.length;
  const held = new Float64Array(core.wallet.accounts * nAssets);
  const openCount = new Int32Array(core.openCount.length);
  const exposure = new Float64Array(core.exposure.length);
  const refs = new Int32Array(rec.capacity + 1);
  core.window.forEach((e) => {
    const r = core.window.ref(e);
    if (!rec.isUsed(r)) throw new Error(`window entry ${e} names free record ${r}`);
    refs[r]!++;
  });
  let open = 0;
  let used = 0;
  for (let r = 1; r <= rec.capacity; r++) {
    if (!rec.isUsed(r)) continue;
    used++;
    if (refs[r] !== rec.hi[r * RI.STRIDE + RI.REFS]) throw new Error(`record ${r}: refs ${rec.hi[r * RI.STRIDE + RI.REFS]} but ${refs[r]} window entries name it`);
    if (rec.hb[r * RB.STRIDE + RB.OPEN] === 0) {
      if (rec.hi[r * RI.STRIDE + RI.REFS] === 0) throw new Error(`record ${r} is closed and unreferenced but not free`);
      if (rec.hf[r * RF.STRIDE + RF.HELD] !== 0) throw new Error(`closed order ${rec.hf[r * RF.STRIDE + RF.ORDER_ID]} still holds ${rec.hf[r * RF.STRIDE + RF.HELD]}`);
      continue;
    }
    open++;
    const id = rec.hf[r * RF.STRIDE + RF.ORDER_ID]!;
    if (core.openIds.get(id) !== r) throw new Error(`open order ${id} is not found by id`);
    if (core.engine.ids.get(id) === 0) throw new Error(`open order ${id} is not resting in the engine`);
    const a = rec.hi[r * RI.STRIDE + RI.ACCOUNT]!;
    const inst = rec.hi[r * RI.STRIDE + RI.INSTRUMENT]!;
    const spec = core.spec.instruments[inst]!;
    const isBuy = rec.hb[r * RB.STRIDE + RB.SIDE] === S.BUY;
    const leaves = rec.hf[r * RF.STRIDE + RF.ORDER_QTY]! - rec.hi[r * RI.STRIDE + RI.CUM_QTY]!;
    if (leaves <= 0) throw new Error(`open order ${id} has leaves ${leaves}`);
    held[a * nAssets + (isBuy ? spec.quoteAsset : spec.baseAsset)]! += rec.hf[r * RF.STRIDE + RF.HELD]!;
    openCount[a]!++;
    exposure[(a * nInst + inst) * 3 + (isBuy ? 1 : 2)]! += leaves;
    const need = core.holdNeeded(r);
    if (rec.hf[r * RF.STRIDE + RF.HELD]! < need) throw new Error(`open order ${id} holds ${rec.hf[r * RF.STRIDE + RF.HELD]} but may still cost ${need}`);
  }
  if (used !== rec.used) throw new Error(`records: ${used} in use, count says ${rec.used}`);
  if (open !== core.openIds.size) throw new Error(`${open} open records, id map holds ${core.openIds.size}`);
  if (open !== core.engine.restingOrderCount()) throw new Error(`${open} open records, engine rests ${core.engine.restingOrderCount()}`);
  for (let a = 0; a < core.wallet.accounts; a++) {
    for (let asset = 0; asset < nAssets; asset++) {
      if (held[a * nAssets + asset] !== core.wallet.held(a, asset)) {
        throw new Error(`account ${a} asset ${asset}: held ${core.wallet.held(a, asset)}, open orders hold ${held[a * nAssets + asset]}`);
      }
    }
  }
  for (let a = 0; a < core.tradingAccounts; a++) {
    if (openCount[a] !== core.openCount[a]) throw new Error(`account ${a}: open count ${core.openCount[a]}, records say ${openCount[a]}`);
    for (let i = 0; i < nInst; i++) {
      for (const k of [1, 2]) {
        const at = (a * nInst + i) * 3 + k;
        if (exposure[at] !== core.exposure[at]) {
          throw new Error(`account ${a} instrument ${i}: open ${k === 1 ? 'buy' : 'sell'} ${core.exposure[at]}, records say ${exposure[at]}`);
        }
      }
    }
  }
}
