import {
  CancelReason, CommandType, EventType, OrdType, Side, StpMode, TimeInForce,
} from '../../../engine/enums.js';
import { EVENT_FIELDS, EventBuffer, F } from '../../../engine/eventBuffer.js';
import { RejectReason } from '../../../engine/rejectReason.js';

/**
 * Turns event records into plain objects a test can compare with `toEqual`
 * and a person can read: the fields each type sets (`EVENT_FIELDS`), under
 * readable names, enumerations as names. Fields a type does not set hold
 * whatever the reused slot held before and are not read.
 */
export type ReadableEvent = Record<string, string | number | boolean | Record<string, number>>;

type FieldName = keyof typeof F;

function nameOf(enumeration: Readonly<Record<string, number>>, value: number): string | number {
  for (const [name, v] of Object.entries(enumeration)) if (v === value) return name;
  return value;
}

const sideName = (v: number) => nameOf(Side, v);

/** Per type: the readable key of each used field, and how to show its value. */
const LAYOUT: Record<number, [string, [FieldName, string, ((v: number) => string | number | boolean)?][]]> = {
  [EventType.ACCEPTED]: ['ACCEPTED', [
    ['ORDER_ID', 'orderId'], ['ACCOUNT', 'account'], ['INSTRUMENT', 'instrument'],
    ['SIDE', 'side', sideName], ['PRICE', 'price'], ['QTY', 'qty'], ['LEAVES', 'leaves'],
    ['COUNT', 'ordType', (v) => nameOf(OrdType, v)], ['AUX', 'tif', (v) => nameOf(TimeInForce, v)],
    ['AUX2', 'flags'],
  ]],
  [EventType.REJECTED]: ['REJECTED', [
    ['ORDER_ID', 'orderId'], ['ACCOUNT', 'account'], ['INSTRUMENT', 'instrument'], ['SIDE', 'side'],
    ['PRICE', 'price'], ['QTY', 'qty'], ['REASON', 'reason', (v) => nameOf(RejectReason, v)],
    ['AUX', 'command', (v) => nameOf(CommandType, v)],
  ]],
  [EventType.TRADE]: ['TRADE', [
    ['TRADE_ID', 'tradeId'], ['INSTRUMENT', 'instrument'], ['PRICE', 'price'], ['QTY', 'qty'],
    ['ORDER_ID', 'orderId'], ['ACCOUNT', 'account'], ['SIDE', 'side', sideName], ['LEAVES', 'leaves'],
    ['MAKER_ORDER_ID', 'makerOrderId'], ['MAKER_ACCOUNT', 'makerAccount'], ['MAKER_LEAVES', 'makerLeaves'],
    // Filled in by the risk core's settlement (TF); matching alone leaves them 0 and they are not shown.
    ['COUNT', 'takerFee'], ['AUX', 'makerFee'], ['AUX2', 'quoteAmount'],
  ]],
  [EventType.CANCELED]: ['CANCELED', [
    ['ORDER_ID', 'orderId'], ['ACCOUNT', 'account'], ['INSTRUMENT', 'instrument'],
    ['SIDE', 'side', sideName], ['PRICE', 'price'], ['QTY', 'qty'], ['LEAVES', 'leaves'],
    ['REASON', 'reason', (v) => nameOf(CancelReason, v)],
  ]],
  [EventType.EXPIRED]: ['EXPIRED', [
    ['ORDER_ID', 'orderId'], ['ACCOUNT', 'account'], ['INSTRUMENT', 'instrument'],
    ['SIDE', 'side', sideName], ['PRICE', 'price'], ['QTY', 'qty'], ['LEAVES', 'leaves'],
  ]],
  [EventType.REPLACED]: ['REPLACED', [
    ['ORDER_ID', 'orderId'], ['ACCOUNT', 'account'], ['INSTRUMENT', 'instrument'],
    ['SIDE', 'side', sideName], ['PRICE', 'price'], ['QTY', 'qty'], ['LEAVES', 'leaves'],
    ['AUX', 'priorityKept', (v) => (v === 0 || v === 1 ? v === 1 : v)], ['AUX2', 'oldPrice'],
  ]],
  [EventType.BOOK_LEVEL]: ['BOOK_LEVEL', [
    ['INSTRUMENT', 'instrument'], ['SIDE', 'side', sideName], ['PRICE', 'price'], ['QTY', 'qty'],
    ['COUNT', 'count'],
  ]],
  [EventType.MASS_CANCEL_DONE]: ['MASS_CANCEL_DONE', [
    ['ACCOUNT', 'account'], ['INSTRUMENT', 'instrument'], ['COUNT', 'count'],
  ]],
  // Events of the risk core (engine/eventBuffer.ts PF, OSF, BF, AF).
  [EventType.POSTING]: ['POSTING', [
    ['TRADE_ID', 'tx'], ['ORDER_ID', 'ref'], ['REASON', 'reason'], ['INSTRUMENT', 'asset'],
    ['ACCOUNT', 'debit'], ['MAKER_ACCOUNT', 'credit'], ['QTY', 'amount'],
  ]],
  [EventType.ORDER_STATUS]: ['ORDER_STATUS', [
    ['ORDER_ID', 'orderId'], ['ACCOUNT', 'account'], ['INSTRUMENT', 'instrument'], ['SIDE', 'side', sideName],
    ['PRICE', 'price'], ['QTY', 'orderQty'], ['LEAVES', 'leaves'], ['REASON', 'ordStatus'],
    ['MAKER_ORDER_ID', 'ordType', (v) => nameOf(OrdType, v)], ['MAKER_ACCOUNT', 'cumQty'],
    ['TRADE_ID', 'cumNotional'], ['MAKER_LEAVES', 'tif', (v) => nameOf(TimeInForce, v)],
  ]],
  [EventType.BALANCE]: ['BALANCE', [
    ['ACCOUNT', 'account'], ['INSTRUMENT', 'asset'], ['QTY', 'available'], ['LEAVES', 'held'],
  ]],
  [EventType.ADMIN_DONE]: ['ADMIN_DONE', [
    ['AUX', 'command', (v) => nameOf(CommandType, v)], ['ORDER_ID', 'ref'], ['ACCOUNT', 'account'],
    ['INSTRUMENT', 'target'], ['QTY', 'amount'], ['REASON', 'duplicate', (v) => v === 1],
  ]],
};

/** TRADE keys shown only when settlement set them (non-zero). */
const SETTLEMENT_KEYS = ['takerFee', 'makerFee', 'quoteAmount'];

/** One event record as a readable object. */
export function readEvent(buf: EventBuffer, i: number): ReadableEvent {
  const type = buf.type(i);
  const layout = LAYOUT[type];
  if (layout === undefined) return { type: `UNKNOWN(${type})`, raw: rawFields(buf, i) };
  const [typeName, fields] = layout;
  const event: ReadableEvent = { type: typeName };
  for (const [field, key, show] of fields) {
    const v = buf.get(i, F[field]);
    event[key] = show === undefined ? v : show(v);
  }
  if (type === EventType.TRADE) {
    for (const k of SETTLEMENT_KEYS) if (event[k] === 0) delete event[k];
  }
  if (type === EventType.ACCEPTED) {
    const flags = event.flags as number;
    delete event.flags;
    event.postOnly = (flags & 1) === 1;
    event.stp = nameOf(StpMode, flags >> 1);
  }
  return event;
}

/** Events `from ..< buf.count` as readable objects. */
export function readEvents(buf: EventBuffer, from = 0): ReadableEvent[] {
  const events: ReadableEvent[] = [];
  for (let i = from; i < buf.count; i++) events.push(readEvent(buf, i));
  return events;
}

export function rawFields(buf: EventBuffer, i: number): Record<string, number> {
  const raw: Record<string, number> = {};
  for (const field of Object.keys(F) as FieldName[]) raw[field] = buf.get(i, F[field]);
  return raw;
}

const ALL_FIELDS = Object.values(F);

/**
 * The first field, among those the type of record `i` of `a` sets, where it
 * differs from record `j` of `b` (Object.is, so NaN equals NaN); -1 if none.
 */
export function firstDifferentField(a: EventBuffer, i: number, b: EventBuffer, j: number): number {
  const type = a.type(i);
  if (!Object.is(type, b.type(j))) return F.TYPE;
  for (const f of EVENT_FIELDS[type] ?? ALL_FIELDS) {
    if (!Object.is(a.get(i, f), b.get(j, f))) return f;
  }
  return -1;
}

export function fieldName(f: number): string {
  return (Object.keys(F) as FieldName[]).find((k) => F[k] === f) ?? `#${f}`;
}

/** The reader must show exactly the fields each type sets: checked once, at load. */
for (const [type, [name, fields]] of Object.entries(LAYOUT)) {
  const shown = ['TYPE', ...fields.map(([field]) => field)].map((f) => F[f as FieldName]).sort((x, y) => x - y);
  const set = [...(EVENT_FIELDS[Number(type)] ?? [])].sort((x, y) => x - y);
  if (shown.join() !== set.join()) throw new Error(`events reader: ${name} shows [${shown}] but sets [${set}]`);
}
