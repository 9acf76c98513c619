import { MAX_SBE_MESSAGES_PER_FRAME } from '../../gateway/sbeRequests.js';
import {
  BalanceRequestDecoder, BalanceRequestEncoder, BooleanType, LogonDecoder, LogonEncoder, MessageHeaderEncoder, NewOrderSingleDecoder,
  NewOrderSingleEncoder, OrdType, OrderCancelReplaceRequestDecoder, OrderCancelReplaceRequestEncoder, OrderCancelRequestDecoder,
  OrderCancelRequestEncoder, OrderMassCancelRequestDecoder, OrderMassCancelRequestEncoder, OrderStatusRequestDecoder,
  OrderStatusRequestEncoder, SCHEMA_ID, SCHEMA_VERSION, Side, STP, TimeInForce,
} from '../../protocol/generated/index.js';
import type { FuzzContext, FuzzFrame } from './frame.js';
import type { FuzzRng } from './rng.js';
import { asciiText, mutateBytes } from './values.js';

/**
 * Binary frames (SBE, protocol/exchange.xml) for the fuzz, built with the
 * generated encoders and then damaged.
 *
 * Not logged on (`anonSbeFrame`): valid messages of every request template,
 * alone or back to back, and the same with flipped bytes, wrong schema or
 * template ids, odd versions and block lengths, truncated bodies, trailing
 * garbage, absurd var-data lengths (Logon), reply templates sent inbound
 * with absurd group counts, random bytes, empty frames, huge frames.
 *
 * Logged on (`authedSbeFrame`): as for JSON (jsonFrames.ts), every message
 * must be refused before the sequencer, so a frame is built message by
 * message from "units" that are each certain to be refused:
 * - a request (NewOrderSingle, cancel, replace, mass cancel, status) with
 *   exactly one field poisoned: an enum code out of range, a bad boolean,
 *   a ClOrdID that is empty or not printable ASCII, a price null on a
 *   LIMIT (or present on a MARKET), a negative, unsafe or out-of-range
 *   decimal (gateway/sbeRequests.ts refuses these: INVALID_FIELD), or an
 *   instrument rule the gateway judges at the edge (unknown Symbol, price
 *   or quantity zero or off every tick/lot: gateway/tradeDesk.ts). Its
 *   block may be longer than the schema's (padding a newer schema version
 *   could add): the gateway skips by the header's blockLength;
 * - a well-formed Logon (on a logged-on session: a Reject, never sequenced).
 * A frame holds a few units, optionally ended by a "terminator" after
 * which the gateway reads nothing (a truncated message, a wrong schema id,
 * an unknown template, a block shorter than the schema's, a Logon with a
 * poisoned field or absurd var data, fewer than 8 bytes), optionally
 * followed by random trailing bytes. No byte of a unit is flipped at
 * random (a flip could repair its poison), and BalanceRequest, which has
 * no field to spoil, only appears truncated or under a wrong header.
 * Each unit and the terminator get exactly one reply, so the expected count
 * is exact: min(messages, 256) + 1 MALFORMED past the gateway's 256.
 */

const HEADER = 8;
/** Request templates and their block lengths (the generated schema's). */
export const REQUEST_BLOCKS: Readonly<Record<number, number>> = {
  1: LogonDecoder.BLOCK_LENGTH, 10: NewOrderSingleDecoder.BLOCK_LENGTH, 11: OrderCancelRequestDecoder.BLOCK_LENGTH,
  12: OrderCancelReplaceRequestDecoder.BLOCK_LENGTH, 13: OrderMassCancelRequestDecoder.BLOCK_LENGTH,
  14: OrderStatusRequestDecoder.BLOCK_LENGTH, 15: BalanceRequestDecoder.BLOCK_LENGTH,
};
const REQUEST_TEMPLATES = [1, 10, 11, 12, 13, 14, 15] as const;
const NULL_MANTISSA = -(2 ** 63);

const scratch = new ArrayBuffer(256 * 1024);
const view = new DataView(scratch);
const scratchBytes = new Uint8Array(scratch);
const header = new MessageHeaderEncoder();
const logonEnc = new LogonEncoder();
const nosEnc = new NewOrderSingleEncoder();
const cancelEnc = new OrderCancelRequestEncoder();
const replaceEnc = new OrderCancelReplaceRequestEncoder();
const massEnc = new OrderMassCancelRequestEncoder();
const statusEnc = new OrderStatusRequestEncoder();
const balanceEnc = new BalanceRequestEncoder();

// Field offsets within the block (the fields of schema version 1, which later versions keep), for poisons written as raw
// bytes; checkLayout() proves them.
const NOS = { clOrdId: 0, symbol: 32, side: 48, ordType: 49, priceM: 50, priceE: 58, qtyM: 59, qtyE: 67, tif: 68, postOnly: 69, stp: 70 };
const CXL = { clOrdId: 0, orig: 32, symbol: 64 };
const RPL = { clOrdId: 0, orig: 32, symbol: 64, priceM: 80, priceE: 88, qtyM: 89, qtyE: 97 };
const MASS = { clOrdId: 0, symbol: 32 };
const LOGON = { timestamp: 0, signature: 8, cod: 72 };

/** Throws if the generated flyweights' layout is not the one the poisons are written for. */
export function checkLayout(): void {
  const v = new DataView(new ArrayBuffer(256));
  const e = new NewOrderSingleEncoder().wrapAndApplyHeader(v, 0, new MessageHeaderEncoder());
  e.side(Side.SELL).ordType(OrdType.MARKET).priceMantissa(12345).priceExponent(-3).orderQtyMantissa(678).orderQtyExponent(-2)
    .timeInForce(TimeInForce.FOK).postOnly(BooleanType.TRUE).stp(STP.CANCEL_BOTH);
  const b = HEADER;
  const ok = v.getUint8(b + NOS.side) === 1 && v.getUint8(b + NOS.ordType) === 1 && v.getUint32(b + NOS.priceM, true) === 12345
    && v.getInt8(b + NOS.priceE) === -3 && v.getUint32(b + NOS.qtyM, true) === 678 && v.getInt8(b + NOS.qtyE) === -2
    && v.getUint8(b + NOS.tif) === 2 && v.getUint8(b + NOS.postOnly) === 1 && v.getUint8(b + NOS.stp) === 2;
  const r = new OrderCancelReplaceRequestEncoder().wrapAndApplyHeader(v, 0, new MessageHeaderEncoder());
  r.priceMantissa(4242).priceExponent(-1).orderQtyMantissa(99).orderQtyExponent(-4);
  const ok2 = v.getUint32(b + RPL.priceM, true) === 4242 && v.getInt8(b + RPL.priceE) === -1 && v.getUint32(b + RPL.qtyM, true) === 99
    && v.getInt8(b + RPL.qtyE) === -4;
  if (!ok || !ok2) throw new Error('bench/fuzz/sbeFrames.ts: the SBE layout changed; update the field offsets');
}
checkLayout();

// ---- valid messages -----------------------------------------------------------

function id(rng: FuzzRng): string {
  let s = '';
  const n = rng.size(1, 32);
  for (let i = 0; i < n; i++) s += String.fromCharCode(rng.int(0x21, 0x7e));
  return s;
}

function copyOut(end: number): Uint8Array {
  return scratchBytes.slice(0, end);
}

/**
 * NewOrderSingle.ExpireTime (schema version 2, optional): null unless GTD.
 * Called only if the generated encoder has it, so the generator works with
 * either schema version.
 */
function expireTime(e: NewOrderSingleEncoder, value: number): void {
  (e as unknown as { expireTime?: (v: number) => unknown }).expireTime?.(value);
}

/** A well-formed request of `template` with valid-looking values, encoded at offset 0 of the scratch buffer; returns its bytes. */
export function validRequest(rng: FuzzRng, template: number, ctx: FuzzContext): Uint8Array {
  scratchBytes.fill(0, 0, template === 1 ? 1024 : 256); // fields an encoder does not write (newer schema versions) stay zero, never a previous message's bytes
  const symbol = (): string => rng.pick(ctx.symbols).slice(0, 16);
  switch (template) {
    case 1: {
      const e = logonEnc.wrapAndApplyHeader(view, 0, header).timestamp(1_764_000_000_000 + rng.int(-100_000, 100_000))
        .signature(Array.from({ length: 64 }, () => '0123456789abcdef'[rng.below(16)]).join(''))
        .cancelOnDisconnect(rng.chance(0.5) ? BooleanType.TRUE : BooleanType.FALSE)
        .apiKey(rng.chance(0.8) ? rng.pick(ctx.apiKeys) : asciiText(rng, rng.size(0, 40)))
        .nonce(asciiText(rng, rng.size(1, 40)));
      return copyOut(e.sbeLimit());
    }
    case 10: {
      const market = rng.chance(0.25);
      const e = nosEnc.wrapAndApplyHeader(view, 0, header).clOrdID(id(rng)).symbol(symbol())
        .side(rng.chance(0.5) ? Side.BUY : Side.SELL).ordType(market ? OrdType.MARKET : OrdType.LIMIT);
      if (market) e.priceMantissa(NULL_MANTISSA).priceExponent(0);
      else e.priceMantissa(rng.int(1, 100_000_000)).priceExponent(-rng.int(0, 2));
      const tif = market ? rng.pick([TimeInForce.IOC, TimeInForce.FOK]) : rng.pick([TimeInForce.GTC, TimeInForce.IOC, TimeInForce.FOK, TimeInForce.GTD]);
      e.orderQtyMantissa(rng.int(1, 100_000)).orderQtyExponent(-rng.int(0, 4)).timeInForce(tif)
        .postOnly(BooleanType.FALSE).stp(rng.pick([STP.CANCEL_NEWEST, STP.CANCEL_OLDEST, STP.CANCEL_BOTH]));
      expireTime(e, tif === TimeInForce.GTD ? 1_764_000_000_000_000 + rng.int(0, 1e9) : NULL_MANTISSA);
      return copyOut(e.sbeLimit());
    }
    case 11:
      return copyOut(cancelEnc.wrapAndApplyHeader(view, 0, header).clOrdID(id(rng)).origClOrdID(id(rng)).symbol(symbol()).sbeLimit());
    case 12:
      return copyOut(replaceEnc.wrapAndApplyHeader(view, 0, header).clOrdID(id(rng)).origClOrdID(id(rng)).symbol(symbol())
        .priceMantissa(rng.int(1, 100_000_000)).priceExponent(-2).orderQtyMantissa(rng.int(1, 100_000)).orderQtyExponent(-4).sbeLimit());
    case 13:
      return copyOut(massEnc.wrapAndApplyHeader(view, 0, header).clOrdID(id(rng)).symbol(rng.chance(0.3) ? '' : symbol()).sbeLimit());
    case 14:
      return copyOut(statusEnc.wrapAndApplyHeader(view, 0, header).clOrdID(id(rng)).sbeLimit());
    default:
      return copyOut(balanceEnc.wrapAndApplyHeader(view, 0, header).sbeLimit());
  }
}

// ---- poisons (logged-on sessions) ---------------------------------------------------

function setInt64(dv: DataView, at: number, value: number): void {
  const lo = value >>> 0;
  dv.setUint32(at, lo, true);
  dv.setInt32(at + 4, (value - lo) / 4294967296, true);
}

/** A 32-byte ClOrdID field whose text (up to the first NUL) is not 1-32 printable ASCII characters. */
function badIdBytes(rng: FuzzRng): Uint8Array {
  const b = new Uint8Array(32);
  switch (rng.below(5)) {
    case 0: break; // all NUL: empty
    case 1: { // a space within the text (before the first NUL)
      const n = rng.int(1, 20);
      b.set(new TextEncoder().encode(asciiText(rng, n)));
      b[rng.below(n)] = 0x20;
      break;
    }
    case 2: b.fill(0x41); b[rng.below(32)] = rng.pick([0x7f, 0x80, 0xe9, 0xff, 0x09, 0x01]); break;
    case 3: b.fill(0x20); break;
    default: b.fill(0x41); b[0] = rng.int(0x01, 0x20); break;
  }
  return b;
}

/** A 16-byte Symbol field whose text (up to the first NUL) is no instrument's symbol and not empty. */
function badSymbolBytes(rng: FuzzRng, ctx: FuzzContext): Uint8Array {
  for (;;) {
    const b = rng.chance(0.5) ? rng.bytes(16) : new TextEncoder().encode(rng.pick(ctx.symbols).toLowerCase().padEnd(16, '\0').slice(0, 16));
    const end = b.indexOf(0);
    const text = String.fromCharCode(...b.subarray(0, end < 0 ? 16 : end));
    if (text !== '' && !ctx.symbols.includes(text)) return b;
  }
}

/** Writes a poisoned price (mantissa, exponent) at `m`/`e`: LIMIT-side poisons, or for `market` any present price. */
function poisonPrice(rng: FuzzRng, dv: DataView, m: number, e: number, market: boolean): string {
  if (market) {
    setInt64(dv, m, rng.int(0, 1_000_000)); // a MARKET order takes no price
    return 'price-on-market';
  }
  switch (rng.below(6)) {
    case 0: setInt64(dv, m, NULL_MANTISSA); return 'price-null';
    case 1: setInt64(dv, m, -rng.int(1, 1_000_000)); return 'price-negative';
    case 2: dv.setUint32(m, 0, true); dv.setUint32(m + 4, 0x00400000, true); return 'price-unsafe'; // 2^54
    case 3: dv.setInt8(e, rng.int(-128, -19)); return 'price-exponent';
    case 4: setInt64(dv, m, 0); return 'price-zero';
    default: setInt64(dv, m, 1); dv.setInt8(e, -12); return 'price-off-tick';
  }
}

function poisonQty(rng: FuzzRng, dv: DataView, m: number, e: number): string {
  switch (rng.below(6)) {
    case 0: setInt64(dv, m, -rng.int(1, 1_000_000)); return 'qty-negative';
    case 1: dv.setUint32(m, 0xffffffff, true); dv.setUint32(m + 4, 0x7fffffff, true); return 'qty-unsafe';
    case 2: dv.setInt8(e, rng.int(-128, -19)); return 'qty-exponent';
    case 3: setInt64(dv, m, rng.int(1, 9)); dv.setInt8(e, rng.int(16, 127)); return 'qty-too-many-digits';
    case 4: setInt64(dv, m, 0); return 'qty-zero';
    default: setInt64(dv, m, 1); dv.setInt8(e, -12); return 'qty-off-lot';
  }
}

/** One poisoned request (10-14), its block padded by `pad` bytes; returns its bytes and the poison's name. */
function poisonedRequest(rng: FuzzRng, ctx: FuzzContext, pad: number): [Uint8Array, string] {
  const template = rng.weighted([[5, 10], [2, 11], [2, 12], [1, 13], [1, 14]] as const);
  const msg = validRequest(rng, template, ctx);
  const dv = new DataView(msg.buffer, msg.byteOffset, msg.byteLength);
  const b = HEADER;
  let what: string;
  const idAt = (at: number): string => { msg.set(badIdBytes(rng), b + at); return 'clordid'; };
  const symAt = (at: number): string => { msg.set(badSymbolBytes(rng, ctx), b + at); return 'symbol'; };
  switch (template) {
    case 10: {
      const market = msg[b + NOS.ordType] === 1;
      what = rng.pick([
        () => { msg[b + NOS.side] = rng.int(2, 255); return 'side'; },
        () => { msg[b + NOS.ordType] = rng.int(2, 255); return 'ordtype'; },
        () => { msg[b + NOS.tif] = rng.int(4, 255); return 'tif'; },
        () => { msg[b + NOS.postOnly] = rng.int(2, 255); return 'postonly'; },
        () => { msg[b + NOS.stp] = rng.int(3, 255); return 'stp'; },
        () => idAt(NOS.clOrdId),
        () => symAt(NOS.symbol),
        () => poisonPrice(rng, dv, b + NOS.priceM, b + NOS.priceE, market),
        () => poisonQty(rng, dv, b + NOS.qtyM, b + NOS.qtyE),
      ])();
      break;
    }
    case 11: what = rng.pick([() => idAt(CXL.clOrdId), () => idAt(CXL.orig), () => symAt(CXL.symbol)])(); break;
    case 12:
      what = rng.pick([
        () => idAt(RPL.clOrdId), () => idAt(RPL.orig), () => symAt(RPL.symbol),
        () => poisonPrice(rng, dv, b + RPL.priceM, b + RPL.priceE, false), () => poisonQty(rng, dv, b + RPL.qtyM, b + RPL.qtyE),
      ])();
      break;
    case 13: what = rng.pick([() => idAt(MASS.clOrdId), () => symAt(MASS.symbol)])(); break;
    default: what = idAt(0); break;
  }
  return [pad === 0 ? msg : padBlock(rng, msg, pad), `${template}.${what}`];
}

/** The message with `pad` random bytes added to its block (header blockLength updated): a longer block than the schema's. */
function padBlock(rng: FuzzRng, msg: Uint8Array, pad: number): Uint8Array {
  const out = new Uint8Array(msg.length + pad);
  out.set(msg);
  out.set(rng.bytes(pad), msg.length);
  new DataView(out.buffer).setUint16(0, msg.length - HEADER + pad, true);
  return out;
}

/** An 8-byte header. */
function headerBytes(blockLength: number, templateId: number, schemaId: number, version: number): Uint8Array {
  const h = new Uint8Array(HEADER);
  const dv = new DataView(h.buffer);
  dv.setUint16(0, blockLength, true); dv.setUint16(2, templateId, true); dv.setUint16(4, schemaId, true); dv.setUint16(6, version, true);
  return h;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

function unknownTemplate(rng: FuzzRng): number {
  for (;;) {
    const t = rng.chance(0.5) ? rng.int(0, 40) : rng.below(65536);
    if (!(t in REQUEST_BLOCKS) && (t < MARKER_TEMPLATE_MIN || t > MARKER_TEMPLATE_MAX)) return t;
  }
}

/** Template ids the driver uses for binary markers (an unknown template echoes its id): never written by a generator. */
export const MARKER_TEMPLATE_MIN = 40_000;
export const MARKER_TEMPLATE_MAX = 59_999;

/** A Logon whose var data claims more bytes than there are, or a length past the schema's 256. */
function logonAbsurdVarData(rng: FuzzRng, ctx: FuzzContext): Uint8Array {
  const msg = validRequest(rng, 1, ctx);
  const dv = new DataView(msg.buffer, msg.byteOffset, msg.byteLength);
  const at = HEADER + REQUEST_BLOCKS[1]!; // ApiKey's length
  dv.setUint16(at, rng.pick([65535, 32768, 257, 1025, msg.length]), true);
  return msg;
}

/**
 * A message after which the gateway reads nothing more of the frame (it
 * gets one reply). The flag says whether bytes may follow it: not after a
 * truncated message or a Logon whose var data runs past the end (bytes
 * after them would complete them), nor after fewer than 8 bytes (they
 * would make a header).
 */
function terminator(rng: FuzzRng, ctx: FuzzContext): [Uint8Array, string, boolean] {
  switch (rng.below(8)) {
    case 0: { // a request cut short (may be a pristine one: incomplete, it is never decoded)
      const m = validRequest(rng, rng.pick(REQUEST_TEMPLATES), ctx);
      return [m.subarray(0, rng.int(1, m.length - 1)), 'truncated', false];
    }
    case 1: return [concat([headerBytes(rng.below(200), rng.pick(REQUEST_TEMPLATES), notSchema(rng), 1), rng.bytes(rng.size(0, 100))]), 'wrong-schema', true];
    case 2: return [concat([headerBytes(rng.below(200), unknownTemplate(rng), SCHEMA_ID, 1), rng.bytes(rng.size(0, 100))]), 'unknown-template', true];
    case 3: { // a block shorter than the schema's
      const t = rng.pick([1, 10, 11, 12, 13, 14]);
      const m = validRequest(rng, t, ctx);
      new DataView(m.buffer, m.byteOffset).setUint16(0, rng.below(REQUEST_BLOCKS[t]!), true);
      return [m, 'short-block', true];
    }
    case 4: { // a Logon with a field refused (Logon: the gateway stops after it, its var data's length is unknown)
      const m = validRequest(rng, 1, ctx);
      const dv = new DataView(m.buffer, m.byteOffset, m.byteLength);
      if (rng.chance(0.5)) m[HEADER + LOGON.cod] = rng.int(2, 255);
      else setInt64(dv, HEADER + LOGON.timestamp, -rng.int(1, 1e9));
      return [m, 'logon-poisoned', true];
    }
    case 5: return [logonAbsurdVarData(rng, ctx), 'logon-vardata', false];
    case 6: return [rng.bytes(rng.int(1, HEADER - 1)), 'short', false];
    default: return [concat([headerBytes(rng.below(65536), rng.pick([2, 3, 4, 20, 21, 22, 23, 32, 33, 100]), SCHEMA_ID, rng.below(4)), rng.bytes(rng.size(0, 64))]), 'reply-template', true];
  }
}

function notSchema(rng: FuzzRng): number {
  const s = rng.chance(0.5) ? rng.pick([0, 1, 100, 102, 0xffff, 0x6500]) : rng.below(65536);
  return s === SCHEMA_ID ? s + 1 : s;
}

function expectFor(messages: number): number {
  return messages > MAX_SBE_MESSAGES_PER_FRAME ? MAX_SBE_MESSAGES_PER_FRAME + 1 : messages;
}

function binaryFrame(lane: string, index: number, kind: string, data: Uint8Array, expect: number | null, anon: boolean, maxFrameBytes: number): FuzzFrame {
  const closes = data.length > maxFrameBytes ? 'oversize' : anon && mayHoldLogon(data) ? 'logon' : null;
  return { lane, index, kind, data, binary: true, expect: closes === 'oversize' ? null : expect, closes, sequenced: 0 };
}

/** Conservative: a Logon header (template 1 of this schema) at any offset. */
function mayHoldLogon(b: Uint8Array): boolean {
  for (let i = 2; i + 3 < b.length; i++) {
    if (b[i] === 1 && b[i + 1] === 0 && b[i + 2] === (SCHEMA_ID & 0xff) && b[i + 3] === SCHEMA_ID >>> 8) return true;
  }
  return false;
}

/** A frame for a logged-on session: units, each certain to be refused, and maybe a terminator and trailing bytes (see the file's comment). */
export function authedSbeFrame(rng: FuzzRng, lane: string, index: number, ctx: FuzzContext): FuzzFrame {
  const kind = rng.weighted([[70, 'units'], [20, 'terminated'], [2, 'many'], [0.5, 'huge'], [0.05, 'oversize'], [2, 'readonly'], [3, 'readonly-units']] as const);
  const parts: Uint8Array[] = [];
  let messages = 0;
  const names: string[] = [];
  if (kind === 'readonly' || kind === 'readonly-units') {
    // A read-only command first: the refusals of the units after it wait for its answer.
    parts.push(readOnlySbe(rng));
    if (kind === 'readonly') return { ...binaryFrame(lane, index, `sbe.authed.${kind}`, parts[0]!, 1, false, ctx.maxFrameBytes), sequenced: 1 };
    messages++;
  }
  const unit = (): void => {
    if (rng.chance(0.1)) {
      parts.push(validRequest(rng, 1, ctx)); // a Logon: refused (already logged on), decoding goes on after it
      names.push('logon');
    } else {
      const [m, what] = poisonedRequest(rng, ctx, rng.chance(0.1) ? rng.size(1, 64) : 0);
      parts.push(m);
      names.push(what);
    }
    messages++;
  };
  const n = kind === 'many' ? rng.int(150, 300) : kind === 'terminated' ? rng.size(0, 4) : rng.size(1, 5);
  for (let i = 0; i < n; i++) unit();
  if (kind === 'terminated' || kind === 'huge' || kind === 'oversize') {
    let [t, what, trailingOk] = terminator(rng, ctx);
    // Huge frames are mostly trailing bytes: their terminator must allow them.
    while (kind !== 'terminated' && !trailingOk) [t, what, trailingOk] = terminator(rng, ctx);
    parts.push(t);
    names.push(what);
    messages++;
    // Nothing after such a terminator is read: any bytes will do.
    const trailing = kind === 'huge' ? rng.int(1000, ctx.maxFrameBytes - 2000) : kind === 'oversize' ? ctx.maxFrameBytes + rng.int(1, 4096)
      : trailingOk && rng.chance(0.5) ? rng.size(1, 200) : 0;
    if (trailing > 0) parts.push(rng.bytes(trailing));
  }
  const label = kind === 'units' || kind === 'terminated' ? `sbe.authed.${kind}.${names[names.length - 1] ?? 'none'}` : `sbe.authed.${kind}`;
  return { ...binaryFrame(lane, index, label, concat(parts), expectFor(messages), false, ctx.maxFrameBytes), sequenced: kind === 'readonly-units' ? 1 : 0 };
}

// ---- anything (sessions not logged on) -------------------------------------------------------

/** Reply templates sent inbound, with group counts far past anything sane. */
function absurdGroups(rng: FuzzRng): Uint8Array {
  if (rng.chance(0.5)) {
    // BalanceReport (23): empty block, then Balances: blockLength 35, numInGroup huge.
    const g = new Uint8Array(4);
    new DataView(g.buffer).setUint16(0, 35, true);
    new DataView(g.buffer).setUint16(2, rng.pick([65535, 10001, 32768]), true);
    return concat([headerBytes(0, 23, SCHEMA_ID, SCHEMA_VERSION), g, rng.bytes(rng.size(0, 70))]);
  }
  // BookSnapshot (32): 32-byte block, then Bids and Asks groups.
  const g = new Uint8Array(8);
  const dv = new DataView(g.buffer);
  dv.setUint16(0, 17, true); dv.setUint16(2, 65535, true); dv.setUint16(4, 0, true); dv.setUint16(6, 65535, true);
  return concat([headerBytes(32, 32, SCHEMA_ID, SCHEMA_VERSION), rng.bytes(32), g, rng.bytes(rng.size(0, 60))]);
}

function validRun(rng: FuzzRng, ctx: FuzzContext, n: number): Uint8Array {
  const parts: Uint8Array[] = [];
  // Logon is rare: on a session not logged on it is answered LogonReject and a close (a reconnect).
  for (let i = 0; i < n; i++) parts.push(validRequest(rng, rng.weighted([[0.2, 1], [6, 10], [2, 11], [2, 12], [1, 13], [2, 14], [2, 15]] as const), ctx));
  return concat(parts);
}

/** A frame for a session that is not logged on: anything goes. */
export function anonSbeFrame(rng: FuzzRng, lane: string, index: number, ctx: FuzzContext): FuzzFrame {
  const kind = rng.weighted([
    [10, 'valid'], [20, 'flipped'], [12, 'header'], [10, 'truncated'], [10, 'trailing'], [2, 'vardata'], [4, 'groups'],
    [12, 'random'], [8, 'random-body'], [2, 'many'], [0.5, 'huge'], [1, 'empty'], [0.05, 'oversize'], [3, 'spliced'],
  ] as const);
  let data: Uint8Array;
  let expect: number | null = null;
  switch (kind) {
    case 'valid': data = validRun(rng, ctx, rng.size(1, 4)); break;
    case 'flipped': data = mutateBytes(rng, validRun(rng, ctx, rng.size(1, 3)), rng.size(1, 8)); break;
    case 'header': {
      const m = validRun(rng, ctx, 1);
      const dv = new DataView(m.buffer, m.byteOffset, m.byteLength);
      switch (rng.below(5)) {
        case 0: dv.setUint16(4, notSchema(rng), true); break;
        case 1: dv.setUint16(2, unknownTemplate(rng), true); break;
        case 2: dv.setUint16(6, rng.pick([0, 2, 99, 0xffff]), true); break;
        case 3: dv.setUint16(0, rng.pick([0, 1, 7, 65535, 32768, rng.below(200)]), true); break;
        default: dv.setUint16(2, rng.pick(REQUEST_TEMPLATES), true); break; // another template's layout over these bytes
      }
      data = rng.chance(0.3) ? concat([m, validRun(rng, ctx, 1)]) : m;
      break;
    }
    case 'truncated': { const m = validRun(rng, ctx, rng.size(1, 3)); data = m.subarray(0, rng.below(m.length)); break; }
    case 'trailing': data = concat([validRun(rng, ctx, rng.size(1, 2)), rng.bytes(rng.size(1, 300))]); break;
    case 'vardata': data = rng.chance(0.8) ? logonAbsurdVarData(rng, ctx) : mutateBytes(rng, validRequest(rng, 1, ctx), rng.size(1, 4)); break;
    case 'groups': data = absurdGroups(rng); break;
    case 'random': data = rng.bytes(rng.size(1, 400)); break;
    case 'random-body': {
      const t = rng.pick(REQUEST_TEMPLATES);
      data = concat([headerBytes(rng.chance(0.7) ? REQUEST_BLOCKS[t]! : rng.below(300), t, SCHEMA_ID, SCHEMA_VERSION), rng.bytes(rng.size(0, 200))]);
      break;
    }
    case 'many': { // past the gateway's messages per frame: each answered NOT_LOGGED_ON, then one MALFORMED
      const n = rng.int(200, 300);
      data = concat(Array.from({ length: n }, () => validRequest(rng, rng.pick([14, 15]), ctx)));
      expect = expectFor(n);
      break;
    }
    case 'huge': data = concat([validRun(rng, ctx, rng.size(1, 3)), rng.bytes(rng.int(1000, ctx.maxFrameBytes - 2000))]); break;
    case 'empty': data = new Uint8Array(0); expect = 1; break;
    case 'oversize': data = concat([validRun(rng, ctx, 1), rng.bytes(ctx.maxFrameBytes + rng.int(1, 4096))]); break;
    default: { // two messages spliced at random points
      const a = validRun(rng, ctx, 1);
      const b = validRun(rng, ctx, 1);
      data = concat([a.subarray(0, rng.below(a.length + 1)), b.subarray(rng.below(b.length + 1))]);
    }
  }
  return binaryFrame(lane, index, `sbe.${kind}`, data, expect, true, ctx.maxFrameBytes);
}

/** A read-only command (BalanceRequest, or OrderStatusRequest of a ClOrdID the fuzz never uses): sequenced, changes no state. */
function readOnlySbe(rng: FuzzRng): Uint8Array {
  scratchBytes.fill(0, 0, 256);
  if (rng.chance(0.5)) return copyOut(balanceEnc.wrapAndApplyHeader(view, 0, header).sbeLimit());
  return copyOut(statusEnc.wrapAndApplyHeader(view, 0, header).clOrdID(`fz-ro-${rng.u32()}`).sbeLimit());
}

/** A binary marker (driver.ts): an 8-byte header of an unknown template, answered UNKNOWN_MSG_TYPE naming the template id. */
export function markerBytes(templateId: number): Uint8Array {
  return headerBytes(0, templateId, SCHEMA_ID, SCHEMA_VERSION);
}
