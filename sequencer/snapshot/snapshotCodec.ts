import protobuf from 'protobufjs/minimal.js';
import type { BookState, SideState } from '../../engine/snapshotState.js';
import type { CoreState } from '../../risk/coreState.js';
import { LEN, repeated, tag, toSafe, VARINT, type PbReader, type PbWriter } from './pbFields.js';
import { emptyRiskState, readRisk, writeRisk } from './riskSnapshotCodec.js';

/**
 * EngineSnapshot (engineSnapshot.proto) <-> bytes, with protobufjs's Writer
 * and Reader and hand-written field tags (what pbjs static code does, kept
 * in TypeScript so it builds to dist/ with the rest; no reflection). The
 * snapshot test decodes the output through the .proto with reflection.
 */

/** 2: the core's risk state (RiskSnapshot) and whole-core hash were added; version 1 files lack them. */
export const SNAPSHOT_FORMAT_VERSION = 2;

/** A snapshot: the core's state at `seq`. */
export interface CoreSnapshot {
  seq: number;
  timestampUs: number;
  core: CoreState;
}

const { Writer, Reader } = protobuf;


export function encodeSnapshot(s: CoreSnapshot): Uint8Array {
  const w = Writer.create();
  const e = s.core.engine;
  w.uint32(tag(1, VARINT)).uint32(SNAPSHOT_FORMAT_VERSION);
  w.uint32(tag(2, VARINT)).uint64(s.seq);
  w.uint32(tag(3, VARINT)).uint64(s.timestampUs);
  w.uint32(tag(4, VARINT)).uint64(e.nextOrderId);
  w.uint32(tag(5, VARINT)).uint64(e.nextTradeId);
  for (const b of e.books) {
    w.uint32(tag(6, LEN)).fork();
    w.uint32(tag(1, VARINT)).uint32(b.instrument);
    w.uint32(tag(2, VARINT)).uint32(b.lastTradePrice);
    w.uint32(tag(3, LEN)).fork();
    writeSide(w, b.bids);
    w.ldelim();
    w.uint32(tag(4, LEN)).fork();
    writeSide(w, b.asks);
    w.ldelim();
    w.ldelim();
  }
  w.uint32(tag(7, LEN)).string(e.stateHash);
  w.uint32(tag(8, LEN)).fork();
  writeRisk(w, s.core.risk);
  w.ldelim();
  w.uint32(tag(9, LEN)).string(s.core.stateHash);
  return w.finish();
}

function writeSide(w: PbWriter, s: SideState): void {
  packedUint32(w, 1, s.levelPrices);
  packedUint32(w, 2, s.levelCounts);
  if (s.orderIds.length > 0) {
    w.uint32(tag(3, LEN)).fork();
    for (const id of s.orderIds) w.uint64(id);
    w.ldelim();
  }
  packedUint32(w, 4, s.accounts);
  packedUint32(w, 5, s.orderQtys);
  packedUint32(w, 6, s.leaves);
  if (s.postOnly.length > 0) {
    w.uint32(tag(7, LEN)).fork();
    for (const p of s.postOnly) w.bool(p);
    w.ldelim();
  }
  packedUint32(w, 8, s.stp);
  if (s.expireTimesUs.some((t) => t !== 0)) {
    w.uint32(tag(9, LEN)).fork();
    for (const t of s.expireTimesUs) w.uint64(t);
    w.ldelim();
  }
}

function packedUint32(w: PbWriter, field: number, values: number[]): void {
  if (values.length === 0) return;
  w.uint32(tag(field, LEN)).fork();
  for (const v of values) w.uint32(v);
  w.ldelim();
}

/** Throws on bytes that are not an EngineSnapshot of a known format version. */
export function decodeSnapshot(bytes: Uint8Array): CoreSnapshot {
  const r = Reader.create(bytes);
  const s: CoreSnapshot = {
    seq: 0,
    timestampUs: 0,
    core: { engine: { nextOrderId: 0, nextTradeId: 0, books: [], stateHash: '' }, risk: emptyRiskState(), stateHash: '' },
  };
  const e = s.core.engine;
  let version = 0;
  while (r.pos < r.len) {
    const t = r.uint32();
    switch (t >>> 3) {
      case 1: version = r.uint32(); break;
      case 2: s.seq = readUint64(r, 'seq'); break;
      case 3: s.timestampUs = readUint64(r, 'timestamp_us'); break;
      case 4: e.nextOrderId = readUint64(r, 'next_order_id'); break;
      case 5: e.nextTradeId = readUint64(r, 'next_trade_id'); break;
      case 6: e.books.push(readBook(r, r.uint32() + r.pos)); break;
      case 7: e.stateHash = r.string(); break;
      case 8: s.core.risk = readRisk(r, r.uint32() + r.pos); break;
      case 9: s.core.stateHash = r.string(); break;
      default: r.skipType(t & 7);
    }
  }
  if (version !== SNAPSHOT_FORMAT_VERSION) throw new Error(`snapshot format version ${version}, this build reads ${SNAPSHOT_FORMAT_VERSION}`);
  return s;
}

function readBook(r: PbReader, end: number): BookState {
  const b: BookState = { instrument: 0, lastTradePrice: 0, bids: emptySide(), asks: emptySide() };
  while (r.pos < end) {
    const t = r.uint32();
    switch (t >>> 3) {
      case 1: b.instrument = r.uint32(); break;
      case 2: b.lastTradePrice = r.uint32(); break;
      case 3: readSide(r, r.uint32() + r.pos, b.bids); break;
      case 4: readSide(r, r.uint32() + r.pos, b.asks); break;
      default: r.skipType(t & 7);
    }
  }
  return b;
}

function emptySide(): SideState {
  return { levelPrices: [], levelCounts: [], orderIds: [], accounts: [], orderQtys: [], leaves: [], postOnly: [], stp: [], expireTimesUs: [] };
}

function readSide(r: PbReader, end: number, s: SideState): void {
  while (r.pos < end) {
    const t = r.uint32();
    switch (t >>> 3) {
      case 1: repeated(r, t, s.levelPrices, () => r.uint32()); break;
      case 2: repeated(r, t, s.levelCounts, () => r.uint32()); break;
      case 3: repeated(r, t, s.orderIds, () => readUint64(r, 'order_id')); break;
      case 4: repeated(r, t, s.accounts, () => r.uint32()); break;
      case 5: repeated(r, t, s.orderQtys, () => r.uint32()); break;
      case 6: repeated(r, t, s.leaves, () => r.uint32()); break;
      case 7: repeated(r, t, s.postOnly, () => r.bool()); break;
      case 8: repeated(r, t, s.stp, () => r.uint32()); break;
      case 9: repeated(r, t, s.expireTimesUs, () => readUint64(r, 'expire_time_us')); break;
      default: r.skipType(t & 7);
    }
  }
  // The column is left out when no order of the side is GTD.
  if (s.expireTimesUs.length === 0) for (let k = 0; k < s.orderIds.length; k++) s.expireTimesUs.push(0);
}


/** uint64 as a safe integer >= 0. */
function readUint64(r: PbReader, field: string): number {
  const n = toSafe(r.uint64(), field);
  if (n < 0) throw new Error(`snapshot ${field} ${n} is not a safe integer`);
  return n;
}
