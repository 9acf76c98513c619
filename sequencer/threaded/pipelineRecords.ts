import { EV, EVENT_FIELDS, F } from '../../engine/eventBuffer.js';

/**
 * What travels in the pipeline's two rings besides the bare CoreCommand.
 *
 * Input ring (main thread -> journal worker and core worker): a slot holds
 * either one `CoreCommand` SBE record (COMMAND_RECORD_BYTES, the bytes the
 * journal stores as is and the core decodes), or a CONTROL record of
 * CONTROL_RECORD_BYTES: [u32 'CTRL'][i32 op | requestId << 8]. Control
 * records are requests to the workers at an exact point of the command
 * stream (sync the journal, hash or snapshot the core's state after the
 * commands before it); they carry no seq and are never journaled. The two
 * kinds are told apart by length: an SBE record is never 8 bytes (its
 * header alone is).
 *
 * Output ring (core worker -> main thread): one slot per command (more for a
 * command with many events), a RESULT record:
 *
 *   payload offset  0   i32   events in this slot | MORE (another slot of
 *                             the same command follows)
 *                   4   f64   seq
 *                  12   f64   timestampUs
 *                  20   f64[] the events, each as its type followed by the
 *                             fields that type sets (EVENT_FIELDS, in that
 *                             order): 4 to 12 numbers instead of the
 *                             EventBuffer's 16
 *
 * Compact because every byte written here is a cache line the core takes
 * from the main thread's cache and the main thread takes back: writing whole
 * 128-byte event records into the ring (so that the handler could read them
 * in place) cost the core ~450 ns per command against ~200 ns for this.
 * The main thread expands each command's events into one reused EventBuffer
 * for the ResultHandler. EVENT_FIELDS is therefore the contract of what
 * crosses the threads: a field an event type sets must be listed there.
 * (The slot payload starts 4 mod 8 in the buffer, so the f64s at +4 are
 * 8-byte aligned and both sides use Float64Array views.)
 */
export const CONTROL_RECORD_BYTES = 8;
const CONTROL_MAGIC = 0x4c525443;

export const ControlOp = {
  /** Journal: fdatasync what is written now, whatever the policy (drain under 'interval'). */
  SYNC: 1,
  /** Core: post the state hash after the commands before this record. */
  STATE_HASH: 2,
  /** Core: once the commands before this record are durable, write a snapshot of the state after them. */
  SNAPSHOT: 3,
  /** Core: post its open orders (risk/openOrders.ts) after the commands before this record. */
  OPEN_ORDERS: 4,
} as const;
export type ControlOp = (typeof ControlOp)[keyof typeof ControlOp];

/** `requestId` in 0 .. 2^23 - 1. */
export function writeControlRecord(view: DataView, at: number, op: ControlOp, requestId: number): void {
  view.setUint32(at, CONTROL_MAGIC, true);
  view.setInt32(at + 4, (op & 0xff) | ((requestId & 0x7fffff) << 8), true);
}

/** Reads the control record at `at` (rare: allocating the result is fine). */
export function readControlRecord(view: DataView, at: number): { op: number; requestId: number } {
  if (view.getUint32(at, true) !== CONTROL_MAGIC) throw new Error(`input ring: an ${CONTROL_RECORD_BYTES}-byte record at ${at} that is not a control record`);
  const word = view.getInt32(at + 4, true);
  return { op: word & 0xff, requestId: word >>> 8 };
}

export const RESULT_HEADER_BYTES = 20;
export const RESULT_MORE = 1 << 30;
export const RESULT_COUNT_MASK = RESULT_MORE - 1;
/** Most events one result slot may be configured to hold. */
export const RESULT_EVENTS_PER_SLOT_MAX = 1024;

/**
 * Payload bytes of an output slot that holds at least `eventsPerSlot` events
 * of any type (16 numbers each, the most an event can carry).
 */
export function resultPayloadBytes(eventsPerSlot: number): number {
  if (!(Number.isInteger(eventsPerSlot) && eventsPerSlot >= 1 && eventsPerSlot <= RESULT_EVENTS_PER_SLOT_MAX)) {
    throw new RangeError(`resultEventsPerSlot must be an integer in [1, ${RESULT_EVENTS_PER_SLOT_MAX}]: ${eventsPerSlot}`);
  }
  return RESULT_HEADER_BYTES + eventsPerSlot * EV.STRIDE * 8;
}

/** Numbers (f64) a result slot of `payloadBytes` holds after its header. */
export function resultSlotWords(payloadBytes: number): number {
  const words = Math.floor((payloadBytes - RESULT_HEADER_BYTES) / 8);
  if (words < EV.STRIDE) throw new Error(`output ring slots of ${payloadBytes} bytes cannot hold one event`);
  return words;
}

/**
 * EVENT_FIELDS as flat tables, for the hot loops on both sides: for event type
 * t (0..255), FIELD_COUNT[t] fields after the type, at
 * FIELDS[t * EV.STRIDE .. + FIELD_COUNT[t]). A type without an entry
 * (none today) carries all 15 non-type fields.
 */
export interface EventFieldTables {
  count: Uint8Array;
  fields: Uint8Array;
}

export function eventFieldTables(): EventFieldTables {
  const count = new Uint8Array(256);
  const fields = new Uint8Array(256 * EV.STRIDE);
  for (let t = 0; t < 256; t++) {
    const list = (EVENT_FIELDS[t] ?? Array.from({ length: EV.STRIDE }, (_, i) => i)).filter((f) => f !== F.TYPE);
    count[t] = list.length;
    list.forEach((f, k) => { fields[t * EV.STRIDE + k] = f; });
  }
  return { count, fields };
}
