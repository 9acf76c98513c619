import { MAX_BATCH } from '../../gateway/jsonRequests.js';
import type { FuzzContext, FuzzFrame } from './frame.js';
import type { FuzzRng } from './rng.js';
import {
  asciiText, deepNesting, garbageRaw, invalidUtf8, MARKER_PREFIX, mutateText, nonBlankGarbage, numberRaw, rawString, wildText, ws,
} from './values.js';

/**
 * JSON frames (text) for the fuzz.
 *
 * A message is built as a list of raw `"key":value` entries rather than an
 * object, so it can hold what JSON.stringify never writes: duplicate keys,
 * escaped key spellings, numbers such as 1e999 or -0, invalid tokens.
 *
 * Two families, by the session the frame goes to:
 *
 * - Not logged on (`anonJsonFrame`, also the /admin lane): anything at all,
 *   including untouched valid messages of every MsgType and text-level
 *   mutations; everything is answered NOT_LOGGED_ON or a session-level
 *   Reject (a garbage Logon: LogonReject and a close).
 *
 * - Logged on (`authedJsonFrame`): the core's state must not change, so
 *   every message a frame holds is guaranteed to be refused by the
 *   gateway before it reaches the sequencer. After its random mutations
 *   each message is "poisoned": if the text as the server will parse it
 *   (JSON.parse, last duplicate key wins) still has a known MsgType, an
 *   entry with one of that type's fields set to an invalid value is
 *   appended (appended: it is the last duplicate, so it wins). Poisons are
 *   session-level (a wrong JSON type, exponent notation, a bad enum, a
 *   string too long, a bad ClOrdID: refused by the JSON parser,
 *   gateway/jsonRequests.ts) or instrument rules the gateway judges at
 *   the edge (unknown Symbol, price 0 or off every tick, quantity 0 or off
 *   every lot: gateway/tradeDesk.ts, "a rejection made by the gateway has
 *   no Seq"). BalanceRequest has no field to spoil, so its poison is always
 *   its MsgType. Text-level changes that could undo a poison (a flipped
 *   character) are never made on this family: text is only cut short
 *   (a proper prefix of an object or array is never valid JSON), extended
 *   or prefixed with non-blank garbage (never valid JSON either), padded
 *   with whitespace, or nested in arrays; random text is kept only if it
 *   does not parse into a message with a MsgType. The run checks the
 *   result anyway: state hash and sequence number before and after.
 */

export const TRADE_TYPES = [
  'Logon', 'NewOrderSingle', 'OrderCancelRequest', 'OrderCancelReplaceRequest', 'OrderMassCancelRequest',
  'OrderStatusRequest', 'BalanceRequest',
] as const;
type MsgType = typeof TRADE_TYPES[number] | 'AdminRequest';

type FieldKind = 'clordid' | 'symbol' | 'side' | 'ordtype' | 'tif' | 'stp' | 'price' | 'qty' | 'bool' | 'string' | 'integer';

/** The fields the gateway reads for each MsgType, whatever the other fields hold: a poison in any of them is always seen. */
const POISON_FIELDS: Readonly<Record<string, readonly (readonly [string, FieldKind])[]>> = {
  Logon: [['ApiKey', 'string'], ['Timestamp', 'integer'], ['Nonce', 'string'], ['Signature', 'string'], ['CancelOnDisconnect', 'bool']],
  NewOrderSingle: [
    ['ClOrdID', 'clordid'], ['Symbol', 'symbol'], ['Side', 'side'], ['OrdType', 'ordtype'], ['Price', 'price'], ['OrderQty', 'qty'],
    ['TimeInForce', 'tif'], ['PostOnly', 'bool'], ['STP', 'stp'],
  ],
  OrderCancelRequest: [['ClOrdID', 'clordid'], ['OrigClOrdID', 'clordid'], ['Symbol', 'symbol']],
  OrderCancelReplaceRequest: [['ClOrdID', 'clordid'], ['OrigClOrdID', 'clordid'], ['Symbol', 'symbol'], ['Price', 'price'], ['OrderQty', 'qty']],
  OrderMassCancelRequest: [['ClOrdID', 'clordid'], ['Symbol', 'symbol']],
  OrderStatusRequest: [['ClOrdID', 'clordid']],
  BalanceRequest: [],
};

const ENUMS: Readonly<Record<string, readonly string[]>> = {
  side: ['BUY', 'SELL'], ordtype: ['LIMIT', 'MARKET'], tif: ['GTC', 'IOC', 'FOK', 'GTD'], stp: ['CANCEL_NEWEST', 'CANCEL_OLDEST', 'CANCEL_BOTH'],
};
const ALL_ENUM_NAMES = new Set(Object.values(ENUMS).flat());
const ALL_TYPES = new Set<string>([...TRADE_TYPES, 'AdminRequest']);

/** Entries of a message: raw key text (a JSON string) and raw value text. */
export type Entry = [string, string];

const key = (name: string): string => JSON.stringify(name);

export function serialize(entries: readonly Entry[], rng?: FuzzRng): string {
  const pad = rng === undefined ? () => '' : () => ws(rng);
  return `${pad()}{${entries.map(([k, v]) => `${pad()}${k}${pad()}:${pad()}${v}${pad()}`).join(',')}}${pad()}`;
}

// ---- valid values ---------------------------------------------------------

/** 1-32 printable ASCII characters, no space: a valid ClOrdID. */
function clOrdId(rng: FuzzRng): string {
  let s = '';
  const n = rng.size(1, 32);
  for (let i = 0; i < n; i++) s += String.fromCharCode(rng.int(0x21, 0x7e));
  return s.replace(/FZMARK/g, 'fzmark');
}

function priceText(rng: FuzzRng): string {
  const whole = rng.pick([rng.int(1, 9), rng.int(3000, 4000), rng.int(90_000, 110_000), rng.int(1, 999_999)]);
  return rng.chance(0.5) ? String(whole) : `${whole}.${String(rng.below(100)).padStart(2, '0')}`;
}

function qtyText(rng: FuzzRng): string {
  return rng.pick(['0.0001', '0.001', '0.01', '0.5', '1', '1.5', '10', String(rng.int(1, 1000)), `0.${String(rng.int(1, 9999)).padStart(4, '0')}`]);
}

/** A fixed clock for Logon timestamps, so a seed always makes the same bytes (such Logons fail on their signature or age anyway). */
const EPOCH_MS = 1_764_000_000_000;

/** A well-formed message of `type` with valid-looking values (a Logon's signature is random: it never logs on). */
export function validMessage(rng: FuzzRng, type: MsgType, ctx: FuzzContext): Entry[] {
  const e: Entry[] = [[key('MsgType'), rawString(type)]];
  const put = (k: string, v: string): void => { e.push([key(k), v]); };
  const symbol = (): string => rawString(rng.pick(ctx.symbols));
  switch (type) {
    case 'Logon':
      put('ApiKey', rawString(rng.chance(0.8) ? rng.pick(ctx.apiKeys) : asciiText(rng, rng.size(0, 40))));
      put('Timestamp', String(EPOCH_MS + rng.int(-100_000, 100_000)));
      put('Nonce', rawString(asciiText(rng, rng.size(0, 40))));
      put('Signature', rawString(Array.from({ length: 64 }, () => '0123456789abcdef'[rng.below(16)]).join('')));
      if (rng.chance(0.5)) put('CancelOnDisconnect', rng.pick(['true', 'false']));
      break;
    case 'NewOrderSingle': {
      const market = rng.chance(0.25);
      put('ClOrdID', rawString(clOrdId(rng)));
      put('Symbol', symbol());
      put('Side', rawString(rng.pick(ENUMS.side!)));
      put('OrdType', rawString(market ? 'MARKET' : 'LIMIT'));
      if (!market) put('Price', rawString(priceText(rng)));
      put('OrderQty', rawString(qtyText(rng)));
      if (rng.chance(0.5)) {
        const tif = market ? rng.pick(['IOC', 'FOK']) : rng.pick(ENUMS.tif!);
        put('TimeInForce', rawString(tif));
        if (tif === 'GTD') put('ExpireTime', String(EPOCH_MS * 1000 + rng.int(0, 1e9)));
      }
      if (rng.chance(0.3)) put('PostOnly', rng.pick(['true', 'false']));
      if (rng.chance(0.3)) put('STP', rawString(rng.pick(ENUMS.stp!)));
      break;
    }
    case 'OrderCancelRequest':
      put('ClOrdID', rawString(clOrdId(rng))); put('OrigClOrdID', rawString(clOrdId(rng))); put('Symbol', symbol());
      break;
    case 'OrderCancelReplaceRequest':
      put('ClOrdID', rawString(clOrdId(rng))); put('OrigClOrdID', rawString(clOrdId(rng))); put('Symbol', symbol());
      put('Price', rawString(priceText(rng))); put('OrderQty', rawString(qtyText(rng)));
      break;
    case 'OrderMassCancelRequest':
      put('ClOrdID', rawString(clOrdId(rng)));
      if (rng.chance(0.6)) put('Symbol', symbol());
      break;
    case 'OrderStatusRequest':
      put('ClOrdID', rawString(clOrdId(rng)));
      break;
    case 'BalanceRequest':
      break;
    case 'AdminRequest':
      put('RequestID', rawString(clOrdId(rng)));
      put('Command', JSON.stringify(rng.pick([['halt', rng.pick(ctx.symbols)], ['resume', 'BTC-USD'], ['disable', 'alice'], ['deposit', 'alice', 'USD', '1'], ['status']])));
      break;
  }
  return e;
}

// ---- bad values -------------------------------------------------------------

function notIn(rng: FuzzRng, taken: ReadonlySet<string>, make: () => string): string {
  for (;;) {
    const s = make();
    if (!taken.has(s)) return s;
  }
}

/** Raw JSON of a non-string, non-null value. */
function nonStringRaw(rng: FuzzRng): string {
  return rng.pick([numberRaw(rng), 'true', 'false', '[]', '{}', `[${rawString('x')}]`, `{"a":${numberRaw(rng)}}`]);
}

/** An unknown MsgType (never null: a poison is always a present, invalid value). */
function badMsgTypeRaw(rng: FuzzRng): string {
  if (rng.chance(0.3)) return nonStringRaw(rng);
  return rawString(notIn(rng, ALL_TYPES, () => rng.pick([
    () => rng.pick(TRADE_TYPES).toLowerCase(), () => `${rng.pick(TRADE_TYPES)} `, () => ` ${rng.pick(TRADE_TYPES)}`,
    () => `${rng.pick(TRADE_TYPES)}\u0000`, () => wildText(rng, rng.size(0, 40)), () => asciiText(rng, rng.size(33, 200)),
    () => rng.pick(['', '__proto__', 'constructor', 'toString', 'Reject', 'ExecutionReport', 'LogonAck', '\u20acuro', 'Subscribe']),
  ])()));
}

/** A value of `kind` that the gateway refuses. `desk` allows the instrument-rule poisons (judged by the gateway after parsing). */
function badValueRaw(rng: FuzzRng, kind: FieldKind, ctx: FuzzContext, desk: boolean): string {
  switch (kind) {
    case 'clordid':
      if (rng.chance(0.25)) return nonStringRaw(rng);
      return rawString(rng.pick([
        '', ' ', 'a b', '\u00e9t\u00e9', '\u0000', 'tab\there', '\u007f', '\u20ac', asciiText(rng, rng.int(33, 64)).replace(/ /g, '_'),
        asciiText(rng, rng.size(65, 2000)), `${'x'.repeat(rng.int(1, 31))} `,
      ]));
    case 'symbol':
      if (desk && rng.chance(0.6)) {
        const known = new Set(ctx.symbols);
        return rawString(notIn(rng, known, () => rng.pick([
          () => rng.pick(ctx.symbols).toLowerCase(), () => `${rng.pick(ctx.symbols)} `, () => '', () => 'BTC/USD',
          () => wildText(rng, rng.size(1, 16)), () => asciiText(rng, rng.size(1, 32)), () => '\u20ac\u20ac\u20ac',
        ])()));
      }
      return rng.chance(0.5) ? nonStringRaw(rng) : rawString(asciiText(rng, rng.size(33, 1000)));
    case 'side': case 'ordtype': case 'tif': case 'stp':
      if (rng.chance(0.3)) return nonStringRaw(rng);
      return rawString(notIn(rng, ALL_ENUM_NAMES, () => rng.pick([
        () => rng.pick(ENUMS[kind]!).toLowerCase(), () => `${rng.pick(ENUMS[kind]!)} `, () => '', () => '__proto__',
        () => 'constructor', () => 'hasOwnProperty', () => wildText(rng, rng.size(0, 20)), () => asciiText(rng, rng.size(33, 300)),
      ])()));
    case 'price': case 'qty':
      if (desk && rng.chance(0.35)) {
        // Parsed fine, refused by the instrument rules whatever the instrument: zero is out of range, 1e-12 is off every tick and lot.
        return rawString(rng.pick(kind === 'price' ? ['0', '0.00', '0.000000000001'] : ['0', '0.0000', '0.00000000001']));
      }
      if (rng.chance(0.3)) return rng.pick([numberRaw(rng), 'true', '[]', '{}', `[${rawString('1')}]`]);
      return rawString(rng.pick([
        '1e5', '1E-2', '1.5e3', '-1', '-0.5', '+1', '.5', '5.', '1.2.3', '', ' 1', '1 ', '0x10', 'Infinity', 'NaN',
        '\u0661\u0662', '1,5', '1_000', '1234567890123456', '12345678901234567890123456', '0.0000000000000000000000001',
        `${rng.int(1, 99999)}e${rng.int(-5, 5)}`, `${rng.int(1, 99)}.${rng.int(0, 99)}x`,
      ]));
    case 'bool':
      return rng.pick(['"true"', '"false"', '1', '0', '"1"', '[]', '{}', '"yes"', '-1', '[true]']);
    case 'string':
      return rng.chance(0.5) ? nonStringRaw(rng) : rawString(asciiText(rng, rng.size(129, 2000)));
    case 'integer':
      return rng.pick(['"1764000000000"', '-1', '1.5', '1e999', '9007199254740993', 'true', '[]', '{}', '-1e3', '1764000000000.5', '"0"']);
  }
}

/** A value of `kind` of any sort (valid or not): the random field mutations of both families. */
function anyValueRaw(rng: FuzzRng, kind: FieldKind, ctx: FuzzContext): string {
  switch (rng.below(3)) {
    case 0: return badValueRaw(rng, kind, ctx, true);
    case 1: return garbageRaw(rng, 3);
    default: return rawString(wildText(rng, rng.size(0, 24)));
  }
}

// ---- mutations ---------------------------------------------------------------

/** The kind of a field name, or 'string' for unknown ones. */
function kindOf(field: string): FieldKind {
  for (const list of Object.values(POISON_FIELDS)) {
    for (const [f, k] of list) if (f === field) return k;
  }
  return 'string';
}

/** The name a raw key stands for (a respelled key may not even be valid JSON: then its raw text). */
function keyName(raw: string): string {
  try {
    return String(JSON.parse(raw));
  } catch {
    return raw;
  }
}

/** 1..n random changes to a message's entries: values, deletions, unknown fields, duplicate or respelled keys, another MsgType. */
export function mutateEntries(rng: FuzzRng, entries: Entry[], ctx: FuzzContext, n: number): Entry[] {
  const e = entries.slice();
  for (let k = 0; k < n; k++) {
    const i = e.length === 0 ? -1 : rng.below(e.length);
    const name = i < 0 ? 'MsgType' : keyName(e[i]![0]);
    switch (rng.below(10)) {
      case 0: case 1: if (i >= 0) e[i] = [e[i]![0], anyValueRaw(rng, kindOf(name), ctx)]; break;
      case 2: if (i >= 0) e.splice(i, 1); break;
      case 3: e.splice(rng.below(e.length + 1), 0, [rawString(rng.chance(0.5) ? wildText(rng, rng.size(1, 20)) : rng.pick(['__proto__', 'constructor', 'prototype', 'Extra', 'msgtype', 'MSGTYPE'])), garbageRaw(rng, 3)]); break;
      case 4: if (i >= 0) e.splice(rng.below(e.length + 1), 0, [e[i]![0], anyValueRaw(rng, kindOf(name), ctx)]); break; // duplicate key
      case 5: if (i >= 0) e[i] = [`"${[...name].map((c) => (rng.chance(0.4) ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('')}"`, e[i]![1]]; break; // escaped key spelling
      case 6: e.push([key('MsgType'), rng.chance(0.5) ? rawString(rng.pick(TRADE_TYPES)) : badMsgTypeRaw(rng)]); break;
      case 7: { // swap two values
        const j = rng.below(e.length);
        if (i >= 0 && j !== i) { const v = e[i]![1]; e[i] = [e[i]![0], e[j]![1]]; e[j] = [e[j]![0], v]; }
        break;
      }
      case 8: if (i >= 0) e[i] = [rawString(name.toLowerCase()), e[i]![1]]; break;
      default: if (i >= 0) e[i] = [e[i]![0], rng.pick(['null', '""', '[]', '{}', deepNesting(rng, rng.size(1, 200))])]; break;
    }
  }
  return e;
}

/**
 * Makes the message certain to be refused by the gateway (see the file's
 * comment): nothing to do when its text, as the server parses it, is not an
 * object with a known MsgType; otherwise one of that type's fields gets an
 * invalid value, appended last so it wins over any duplicate.
 */
export function poison(rng: FuzzRng, entries: Entry[], ctx: FuzzContext): Entry[] {
  let o: unknown;
  try {
    o = JSON.parse(serialize(entries));
  } catch {
    return entries; // not JSON: the frame is MALFORMED
  }
  const type = (o as Record<string, unknown>).MsgType;
  if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(POISON_FIELDS, type)) return entries;
  const fields = POISON_FIELDS[type]!;
  if (fields.length === 0 || rng.chance(0.15)) return [...entries, [key('MsgType'), badMsgTypeRaw(rng)]];
  const [field, kind] = rng.pick(fields);
  return [...entries, [key(field), badValueRaw(rng, kind, ctx, true)]];
}

// ---- frames -------------------------------------------------------------------

/**
 * The contract's reply count for a text frame (one per message of a batch;
 * one for anything else, including MALFORMED) and whether it holds a Logon
 * (on a session not logged on: maybe LogonReject and a close). One parse.
 */
function readText(text: string): { expect: number; logon: boolean } {
  // Cheap cases first (no parse): anything but an array is one message (or MALFORMED): one reply; a MsgType
  // can only read "Logon" if the text holds it or a \u escape.
  const mayLogon = text.includes('Logon') || text.includes('\\u');
  if (!mayLogon && !/^[ \t\n\r]*\[/.test(text)) return { expect: 1, logon: false };
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return { expect: 1, logon: false };
  }
  const isLogon = (m: unknown): boolean => typeof m === 'object' && m !== null && (m as Record<string, unknown>).MsgType === 'Logon';
  if (!Array.isArray(v)) return { expect: 1, logon: isLogon(v) };
  if (v.length === 0 || v.length > MAX_BATCH) return { expect: 1, logon: false };
  return { expect: v.length, logon: v.some(isLogon) };
}

/** True when the text parses into anything holding an object with a string MsgType (random text on a logged-on session must not). */
function holdsMessage(text: string): boolean {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return false;
  }
  const isMsg = (m: unknown): boolean => typeof m === 'object' && m !== null && typeof (m as Record<string, unknown>).MsgType === 'string';
  return Array.isArray(v) ? v.some(isMsg) : isMsg(v);
}

function textFrame(lane: string, index: number, kind: string, text: string, anon: boolean, maxFrameBytes: number): FuzzFrame {
  // A batch of large messages can outgrow the frame limit: then it is an oversize frame like the others.
  if (text.length * 3 > maxFrameBytes && Buffer.byteLength(text, 'utf8') > maxFrameBytes) {
    return { lane, index, kind, data: text, binary: false, expect: null, closes: 'oversize', sequenced: 0 };
  }
  const r = readText(text);
  return { lane, index, kind, data: text, binary: false, expect: r.expect, closes: anon && r.logon ? 'logon' : null, sequenced: 0 };
}

/** A text frame of `size` bytes or more: a message carrying a huge string (valid JSON when `size` fits the limit). */
function hugeText(rng: FuzzRng, entries: Entry[], size: number): string {
  const filler = rng.pick(['x', 'é', '\\u0000', '0']);
  const body = filler.repeat(Math.ceil(size / Buffer.byteLength(filler)));
  const pos = rng.below(entries.length + 1);
  const e = entries.slice();
  e.splice(pos, 0, [rawString(rng.pick(['Text', 'Padding', 'ClOrdID', 'Symbol', 'Nonce'])), `"${body}"`]);
  return serialize(e);
}

/** A MsgType for a session not logged on. Logon is rare (a garbage Logon is answered LogonReject and a close: a reconnect). */
function pickType(rng: FuzzRng, admin: boolean, logonWeight = 0.5): MsgType {
  return rng.weighted(admin
    ? [[logonWeight / 2, 'Logon'], [6, 'AdminRequest'], [2, 'NewOrderSingle'], [1, 'OrderStatusRequest'], [1, 'BalanceRequest']] as const
    : [[logonWeight, 'Logon'], [8, 'NewOrderSingle'], [3, 'OrderCancelRequest'], [3, 'OrderCancelReplaceRequest'],
      [2, 'OrderMassCancelRequest'], [2, 'OrderStatusRequest'], [2, 'BalanceRequest'], [1, 'AdminRequest']] as const);
}

/** A frame for a session that is not logged on (/trade, or /admin when `admin`): anything goes. */
export function anonJsonFrame(rng: FuzzRng, lane: string, index: number, ctx: FuzzContext, admin = false): FuzzFrame {
  const msg = (logonWeight?: number): Entry[] => {
    const base = validMessage(rng, pickType(rng, admin, logonWeight), ctx);
    return rng.chance(0.7) ? mutateEntries(rng, base, ctx, rng.size(1, 4)) : base;
  };
  const kind = rng.weighted([
    [8, 'valid'], [25, 'mutated'], [10, 'truncated'], [7, 'extended'], [12, 'flipped'], [12, 'batch'], [7, 'random'],
    [8, 'garbage'], [0.5, 'huge'], [0.05, 'oversize'], [0.05, 'utf8'], [1, 'empty'],
  ] as const);
  const frame = (text: string): FuzzFrame => textFrame(lane, index, `json.${kind}`, text, true, ctx.maxFrameBytes);
  switch (kind) {
    case 'valid': return frame(serialize(validMessage(rng, pickType(rng, admin), ctx), rng));
    case 'mutated': return frame(serialize(msg(), rng));
    case 'truncated': { const t = serialize(msg()); return frame(t.slice(0, rng.below(t.length))); }
    case 'extended': return frame(serialize(msg()) + nonBlankGarbage(rng, 64));
    case 'flipped': { const t = serialize(rng.chance(0.5) ? validMessage(rng, pickType(rng, admin), ctx) : msg()); return frame(mutateText(rng, t, rng.size(1, 6))); }
    case 'batch': return frame(batchText(rng, () => (rng.chance(0.8) ? serialize(msg(0.01)) : garbageRaw(rng, 2, rng.chance(0.1)))));
    case 'random': return frame(wildText(rng, rng.size(0, 400)));
    case 'garbage': return frame(garbageRaw(rng, 4, rng.chance(0.2)));
    case 'huge': return frame(hugeText(rng, msg(), rng.int(1000, ctx.maxFrameBytes - 300)));
    case 'oversize': return { ...frame(hugeText(rng, msg(), ctx.maxFrameBytes + rng.int(1, 4096))), closes: 'oversize', expect: null };
    case 'utf8': return { lane, index, kind: 'json.utf8', data: invalidUtf8(rng), binary: false, expect: null, closes: 'utf8', sequenced: 0 };
    default: return frame(rng.pick(['', ' ', '{}', '[]', 'null', '0', '""', '[[]]', '[{}]', '[null]']));
  }
}

/**
 * A batch: usually 1-20 elements, sometimes empty or past the gateway's
 * largest batch. Past `budget` characters, elements are tiny non-messages,
 * so a long batch stays under the frame limit (an oversize frame costs a
 * reconnect; they have their own kind).
 */
function batchText(rng: FuzzRng, element: () => string, budget = 48_000): string {
  const n = rng.weighted([[85, rng.size(1, 20)], [5, 0], [5, rng.int(MAX_BATCH - 2, MAX_BATCH)], [5, rng.int(MAX_BATCH + 1, MAX_BATCH + 40)]] as const);
  const items: string[] = [];
  let size = 0;
  for (let i = 0; i < n; i++) {
    const e = size < budget ? element() : rng.pick(['{}', '1', 'null', '[]', '"x"']);
    size += e.length;
    items.push(e);
  }
  return `${ws(rng)}[${items.join(',')}]${ws(rng)}`;
}

/** A frame for a logged-on session: every message in it is refused by the gateway (see the file's comment). */
export function authedJsonFrame(rng: FuzzRng, lane: string, index: number, ctx: FuzzContext): FuzzFrame {
  const poisoned = (): Entry[] => {
    const base = validMessage(rng, rng.pick(TRADE_TYPES), ctx);
    return poison(rng, rng.chance(0.5) ? mutateEntries(rng, base, ctx, rng.size(1, 3)) : base, ctx);
  };
  /** Pristine or poisoned: only used where the text is made invalid JSON afterwards. */
  const any = (): Entry[] => (rng.chance(0.5) ? validMessage(rng, rng.pick(TRADE_TYPES), ctx) : poisoned());
  const kind = rng.weighted([
    [45, 'poisoned'], [15, 'batch'], [10, 'truncated'], [7, 'extended'], [4, 'prefixed'], [4, 'nested'], [6, 'garbage'],
    [5, 'random'], [0.5, 'huge'], [0.05, 'oversize'], [0.02, 'utf8'], [1, 'empty'], [2, 'readonly'], [3, 'readonly-batch'],
  ] as const);
  const frame = (text: string): FuzzFrame => textFrame(lane, index, `json.authed.${kind}`, text, false, ctx.maxFrameBytes);
  switch (kind) {
    case 'poisoned': return frame(serialize(poisoned(), rng));
    case 'batch': return frame(batchText(rng, () => (rng.chance(0.85) ? serialize(poisoned()) : nonMessageRaw(rng))));
    case 'truncated': {
      // A proper prefix of an object or array, cut before its closing bracket: never valid JSON
      // (trailing whitespace is trimmed first: cutting only that would leave the whole value).
      const t = (rng.chance(0.8) ? serialize(any()) : batchText(rng, () => serialize(any()))).trimEnd();
      return frame(t.slice(0, rng.below(t.length)));
    }
    case 'extended': return frame(serialize(any()) + nonBlankGarbage(rng, 64));
    case 'prefixed': return frame(nonBlankGarbage(rng, 16).replace(/[[{"\-0-9tfn]/g, 'x') + serialize(any()));
    case 'nested': return frame(`${'['.repeat(rng.int(2, 50))}${serialize(any())}${']'.repeat(rng.int(0, 50))}`);
    case 'garbage': return frame(nonMessageRaw(rng));
    case 'random': {
      for (;;) {
        const t = wildText(rng, rng.size(0, 400));
        if (!holdsMessage(t)) return frame(t);
      }
    }
    case 'huge': return frame(hugeText(rng, poisoned(), rng.int(1000, ctx.maxFrameBytes - 300)));
    case 'oversize': return { ...frame(hugeText(rng, any(), ctx.maxFrameBytes + rng.int(1, 4096))), closes: 'oversize', expect: null };
    case 'readonly': return { ...frame(readOnlyJson(rng)), sequenced: 1 };
    case 'readonly-batch': { // a read-only command, then poisoned messages: their refusals wait for its answer
      const n = rng.size(1, 12);
      const items = [readOnlyJson(rng)];
      for (let i = 0; i < n; i++) items.push(serialize(poisoned()));
      // A poisoned element may be invalid JSON (a respelled key...): then the whole batch is MALFORMED and nothing is sequenced.
      const f = frame(`[${items.join(',')}]`);
      return { ...f, sequenced: f.expect === items.length ? 1 : 0 };
    }
    case 'utf8': return { lane, index, kind: 'json.authed.utf8', data: invalidUtf8(rng), binary: false, expect: null, closes: 'utf8', sequenced: 0 };
    default: return frame(rng.pick(['', ' ', '{}', '[]', 'null', '0', '""', '[[]]', '[{}]', '[null]']));
  }
}

/** A read-only command (BalanceRequest, or OrderStatusRequest of a ClOrdID the fuzz never uses): sequenced, changes no state. */
function readOnlyJson(rng: FuzzRng): string {
  return rng.chance(0.5) ? '{"MsgType":"BalanceRequest"}' : `{"MsgType":"OrderStatusRequest","ClOrdID":"fz-ro-${rng.u32()}"}`;
}

/** Raw JSON that is not a message with a MsgType: scalars, arrays, objects of unknown keys (a nested object is never a message). */
function nonMessageRaw(rng: FuzzRng): string {
  for (;;) {
    const raw = garbageRaw(rng, 3, rng.chance(0.1));
    if (!holdsMessage(raw)) return raw;
  }
}

export { MARKER_PREFIX };
