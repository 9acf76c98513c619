import { StateHasher } from '../engine/stateHasher.js';
import type { ExchangeCore } from './exchangeCore.js';
import { type RecordField } from './orderRecords.js';

const HASHED_FIELDS: RecordField[] = [
  'orderId', 'account', 'instrument', 'side', 'ordType', 'tif', 'flags', 'status', 'open', 'price', 'orderQty',
  'origPrice', 'origQty', 'cumQty', 'cumNotional', 'held', 'expireTimeUs', 'refs',
];

/**
 * The core's state hash (docs/risk.md, "State hash"): the engine's hash,
 * then a canonical walk of the risk state that leaves out storage details
 * (record numbers, free-list order), so a core restored from a snapshot
 * hashes like the one that wrote it.
 */
export function coreStateHash(core: ExchangeCore): string {
  const h = new StateHasher();
  h.addString(core.engine.stateHash());
  const w = core.wallet;
  for (const v of w.bal) h.add(v);
  for (const v of w.outsideNet) h.add(v);
  const rec = core.records;
  const cols = rec.columns(HASHED_FIELDS);
  const hashRecord = (r: number): void => {
    for (const c of cols) h.add(c.view[r * c.stride + c.at]!);
  };
  h.add(core.window.size);
  core.window.forEach((e) => {
    h.add(core.window.account(e)).add(core.window.insertedUs(e));
    for (const word of core.entryKey(e)) h.add(word);
    hashRecord(core.window.ref(e));
  });
  const unkeyed = rec.unkeyedOpenByOrderId();
  h.add(unkeyed.length);
  for (const r of unkeyed) hashRecord(r);
  for (const v of core.disabled) h.add(v);
  for (const v of core.halted) h.add(v);
  for (const v of core.openCount) h.add(v);
  for (const v of core.exposure) h.add(v);
  for (const v of core.limits.maxOpenOrders) h.add(v);
  for (const v of core.limits.values) h.add(v);
  const payments = [...core.payments].sort((x, y) => x - y);
  h.add(payments.length);
  for (const p of payments) h.add(p);
  h.add(core.nextTxId);
  return h.digest();
}
