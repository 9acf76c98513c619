import { emptyRecordColumns, type RecordColumns, type RiskState } from '../../risk/coreState.js';

/**
 * RiskSnapshot and OrderRecords (engineSnapshot.proto) <-> RiskState, with
 * hand-written tags as snapshotCodec.ts does for the books. Every repeated
 * field is written packed; the reader accepts packed and unpacked.
 */

import { LEN, repeated as repeatedOf, tag, toSafe, VARINT, type PbReader, type PbWriter } from './pbFields.js';

type Kind = 'uint32' | 'sint32' | 'uint64' | 'sint64';

const RECORD_COLUMNS: [keyof RecordColumns, number, Kind][] = [
  ['orderId', 1, 'uint64'], ['account', 2, 'uint32'], ['instrument', 3, 'sint32'], ['side', 4, 'uint32'],
  ['ordType', 5, 'uint32'], ['tif', 6, 'uint32'], ['flags', 7, 'uint32'], ['status', 8, 'uint32'],
  ['open', 9, 'uint32'], ['price', 10, 'sint64'], ['orderQty', 11, 'sint64'], ['origPrice', 12, 'sint64'],
  ['origQty', 13, 'sint64'], ['cumQty', 14, 'uint32'], ['cumNotional', 15, 'uint64'], ['held', 16, 'uint64'],
  ['expireTimeUs', 17, 'uint64'],
];

type RiskColumn = 'balances' | 'outsideNet' | 'entryAccounts' | 'entryInsertedUs' | 'entryRecords' | 'disabled' |
  'halted' | 'openCounts' | 'exposure' | 'maxOpenOrders' | 'limitValues' | 'payments';

const RISK_COLUMNS: [RiskColumn, number, Kind][] = [
  ['balances', 1, 'sint64'], ['outsideNet', 2, 'sint64'], ['entryAccounts', 4, 'uint32'],
  ['entryInsertedUs', 5, 'uint64'], ['entryRecords', 7, 'uint32'], ['disabled', 8, 'uint32'], ['halted', 9, 'uint32'],
  ['openCounts', 10, 'uint32'], ['exposure', 11, 'sint64'], ['maxOpenOrders', 12, 'uint32'],
  ['limitValues', 13, 'uint64'], ['payments', 14, 'uint64'],
];

export function writeRisk(w: PbWriter, s: RiskState): void {
  for (const [name, field, kind] of RISK_COLUMNS) packed(w, field, kind, s[name]);
  w.uint32(tag(3, LEN)).fork();
  for (const [name, field, kind] of RECORD_COLUMNS) packed(w, field, kind, s.records[name]);
  w.ldelim();
  if (s.entryKeys.length > 0) w.uint32(tag(6, LEN)).bytes(s.entryKeys);
  w.uint32(tag(15, VARINT)).uint64(s.nextTxId);
}

export function emptyRiskState(): RiskState {
  return {
    balances: [], outsideNet: [], records: emptyRecordColumns(), entryAccounts: [], entryInsertedUs: [],
    entryKeys: new Uint8Array(0), entryRecords: [], disabled: [], halted: [], openCounts: [], exposure: [],
    maxOpenOrders: [], limitValues: [], payments: [], nextTxId: 1,
  };
}

export function readRisk(r: PbReader, end: number): RiskState {
  const s = emptyRiskState();
  while (r.pos < end) {
    const t = r.uint32();
    const field = t >>> 3;
    const col = RISK_COLUMNS.find((c) => c[1] === field);
    if (col !== undefined) repeated(r, t, s[col[0]], col[2], col[0]);
    else if (field === 3) readRecords(r, r.uint32() + r.pos, s.records);
    else if (field === 6) s.entryKeys = Uint8Array.from(r.bytes());
    else if (field === 15) s.nextTxId = toSafe(r.uint64(), 'next_tx_id');
    else r.skipType(t & 7);
  }
  return s;
}

function readRecords(r: PbReader, end: number, into: RecordColumns): void {
  while (r.pos < end) {
    const t = r.uint32();
    const col = RECORD_COLUMNS.find((c) => c[1] === t >>> 3);
    if (col !== undefined) repeated(r, t, into[col[0]], col[2], col[0]);
    else r.skipType(t & 7);
  }
}

function packed(w: PbWriter, field: number, kind: Kind, values: number[]): void {
  if (values.length === 0) return;
  w.uint32(tag(field, LEN)).fork();
  for (const v of values) w[kind](v);
  w.ldelim();
}

function repeated(r: PbReader, t: number, into: number[], kind: Kind, name: string): void {
  repeatedOf(r, t, into, () => toSafe(r[kind](), name));
}

