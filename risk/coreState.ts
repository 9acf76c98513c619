import { exportEngineState, importEngineState, type EngineState } from '../engine/snapshotState.js';
import type { CoreSpec } from './coreSpec.js';
import { ExchangeCore } from './exchangeCore.js';

/**
 * The complete state of an `ExchangeCore` as plain columns (what a snapshot
 * stores, sequencer/snapshot/): the engine's state, then the risk state.
 * Records are listed in one canonical order (window entries' records first,
 * oldest entry first, then the open orders without a ClOrdID by order id);
 * entries name their record by its position in that list. Record numbers and
 * free lists are rebuilt, not copied.
 */
export interface RiskState {
  balances: number[];
  outsideNet: number[];
  records: RecordColumns;
  entryAccounts: number[];
  entryInsertedUs: number[];
  /** 32 bytes per entry. */
  entryKeys: Uint8Array;
  /** Position in `records` of each entry's record. */
  entryRecords: number[];
  disabled: number[];
  halted: number[];
  openCounts: number[];
  /** [position, open buy, open sell] per (account, instrument); positions may be negative. */
  exposure: number[];
  maxOpenOrders: number[];
  limitValues: number[];
  payments: number[];
  nextTxId: number;
}

export interface RecordColumns {
  orderId: number[];
  account: number[];
  instrument: number[];
  side: number[];
  ordType: number[];
  tif: number[];
  flags: number[];
  status: number[];
  open: number[];
  price: number[];
  orderQty: number[];
  origPrice: number[];
  origQty: number[];
  cumQty: number[];
  cumNotional: number[];
  held: number[];
  expireTimeUs: number[];
}

export interface CoreState {
  engine: EngineState;
  risk: RiskState;
  /** The core's stateHash() when exported: import checks it rebuilt the same state. */
  stateHash: string;
}

const RECORD_FIELDS = [
  'orderId', 'account', 'instrument', 'side', 'ordType', 'tif', 'flags', 'status', 'open', 'price', 'orderQty',
  'origPrice', 'origQty', 'cumQty', 'cumNotional', 'held', 'expireTimeUs',
] as const satisfies readonly (keyof RecordColumns)[];

export function emptyRecordColumns(): RecordColumns {
  return Object.fromEntries(RECORD_FIELDS.map((f) => [f, [] as number[]])) as unknown as RecordColumns;
}

/** Reads the whole state; read-only. */
export function exportCoreState(core: ExchangeCore): CoreState {
  const rec = core.records;
  // The records in their canonical order: those the window's entries name (first mention), then the
  // open orders without a ClOrdID by id. Only entries need a record's position (several may name one).
  const order: number[] = [];
  const position = new Map<number, number>();
  const entryAccounts: number[] = [];
  const entryInsertedUs: number[] = [];
  const entryRecords: number[] = [];
  const keys = new Uint8Array(core.window.size * 32);
  let e32 = 0;
  core.window.forEach((e) => {
    entryAccounts.push(core.window.account(e));
    entryInsertedUs.push(core.window.insertedUs(e));
    const r = core.window.ref(e);
    let p = position.get(r);
    if (p === undefined) {
      p = order.length;
      position.set(r, p);
      order.push(r);
    }
    entryRecords.push(p);
    keys.set(new Uint8Array(core.entryKey(e).buffer), e32);
    e32 += 32;
  });
  for (const r of rec.unkeyedOpenByOrderId()) order.push(r);
  const n = order.length;
  const records = emptyRecordColumns();
  const cols = rec.columns(RECORD_FIELDS).map((c) => {
    const to = new Array<number>(n);
    records[c.name as keyof RecordColumns] = to;
    return { ...c, to };
  });
  for (let k = 0; k < n; k++) {
    const r = order[k]!;
    for (const c of cols) c.to[k] = c.view[r * c.stride + c.at]!;
  }
  return {
    engine: exportEngineState(core.engine),
    risk: {
      balances: [...core.wallet.bal],
      outsideNet: [...core.wallet.outsideNet],
      records,
      entryAccounts,
      entryInsertedUs,
      entryKeys: keys,
      entryRecords,
      disabled: [...core.disabled],
      halted: [...core.halted],
      openCounts: [...core.openCount],
      exposure: [...core.exposure],
      maxOpenOrders: [...core.limits.maxOpenOrders],
      limitValues: [...core.limits.values],
      payments: [...core.payments].sort((x, y) => x - y),
      nextTxId: core.nextTxId,
    },
    stateHash: core.stateHash(),
  };
}

/**
 * A fresh core holding exactly `state`; throws when it does not fit the spec,
 * is inconsistent, or rebuilds to a different state hash.
 */
export function importCoreState(state: CoreState, spec: CoreSpec): ExchangeCore {
  const engine = importEngineState(state.engine, spec.instruments, { ...spec.limits, maxAccounts: Math.max(1, spec.accounts.length) });
  const core = new ExchangeCore(spec, engine);
  const s = state.risk;
  copyInto(core.wallet.bal, s.balances, 'balances');
  copyInto(core.wallet.outsideNet, s.outsideNet, 'outsideNet');
  copyInto(core.disabled, s.disabled, 'disabled');
  copyInto(core.halted, s.halted, 'halted');
  copyInto(core.openCount, s.openCounts, 'openCounts');
  copyInto(core.exposure, s.exposure, 'exposure');
  copyInto(core.limits.maxOpenOrders, s.maxOpenOrders, 'maxOpenOrders');
  copyInto(core.limits.values, s.limitValues, 'limitValues');
  for (const p of s.payments) core.payments.add(p);
  core.nextTxId = s.nextTxId;

  const rec = core.records;
  const n = s.records.orderId.length;
  if (n > rec.capacity) throw new Error(`snapshot has ${n} order records, the core holds ${rec.capacity}`);
  for (const f of RECORD_FIELDS) {
    if (s.records[f].length !== n) throw new Error(`snapshot record column ${f} has ${s.records[f].length} values for ${n} records`);
  }
  // Record k of the list becomes record k + 1 (0 is never used).
  const cols = rec.columns(RECORD_FIELDS);
  for (const c of cols) {
    const from = s.records[c.name as keyof RecordColumns];
    for (let k = 0; k < n; k++) c.view[(k + 1) * c.stride + c.at] = from[k]!;
  }
  for (let r = 1; r <= n; r++) {
    rec.set(r, 'refs', 0);
    if (rec.get(r, 'open') === 1) core.openIds.insert(rec.get(r, 'orderId'), r);
  }
  rec.rebuildFreeList((r) => r <= n);
  const entries = s.entryAccounts.length;
  if (s.entryInsertedUs.length !== entries || s.entryRecords.length !== entries || s.entryKeys.length !== entries * 32) {
    throw new Error('snapshot dedupe window columns disagree in length');
  }
  const key = new Uint32Array(8);
  const keyBytes = new Uint8Array(key.buffer);
  for (let e = 0; e < entries; e++) {
    keyBytes.set(s.entryKeys.subarray(e * 32, e * 32 + 32));
    const r = s.entryRecords[e]! + 1;
    if (!(r >= 1 && r <= n)) throw new Error(`snapshot window entry ${e} names record ${r - 1} of ${n}`);
    if (core.window.restore(s.entryAccounts[e]!, key, s.entryInsertedUs[e]!, r) < 0) {
      throw new Error(`snapshot window holds more than ${core.window.capacity} entries`);
    }
    rec.set(r, 'refs', rec.get(r, 'refs') + 1);
  }
  const hash = core.stateHash();
  if (hash !== state.stateHash) throw new Error(`restored core hashes to ${hash}, the snapshot says ${state.stateHash}`);
  return core;
}

function copyInto(to: Float64Array | Int32Array | Uint8Array, from: number[], name: string): void {
  if (from.length !== to.length) throw new Error(`snapshot ${name} has ${from.length} values, the core ${to.length}`);
  to.set(from);
}
