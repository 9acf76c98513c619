/**
 * The ClOrdID dedupe window: (account, 32-byte ClOrdID) -> the caller's order
 * record (`ref`), kept for at least `windowUs` of sequencer time, then evicted
 * oldest first. It answers both "was this ClOrdID used in the window?" (new
 * orders) and "which order is OrigClOrdID?" (cancels, replaces).
 *
 * Layout, all allocated and touched at construction:
 * - entries sit in a circular FIFO of exactly `capacity` slots, in append
 *   order; an entry's index is its slot. A slot is one 64-byte record (key,
 *   account, ref, hash, time), so a lookup that hits reads one cache line.
 * - a hash index (open addressing, linear probing, power-of-two table of at
 *   least twice the capacity, backward-shift deletion so no tombstones build
 *   up) holds (slot + 1, hash) pairs, 0 meaning empty. With the hash beside
 *   the slot, a probe rejects mismatches without touching the records: a
 *   lookup that misses, which is every new order, reads only the index.
 *
 * An expired entry whose order is still open (pinned) must stay resolvable,
 * but must not block the entries behind it: `expire` re-appends it at the
 * tail with its original time. So the whole state is the sequence of entries
 * from head to tail, and `restore` of what `forEach` visits, into a new or
 * cleared window, rebuilds one that behaves identically (only the slot
 * numbers shift). Entry indices are handles valid until the next `expire` or
 * `clear`; they are never state to snapshot or hash.
 */
export interface WindowPins {
  /** True while the order behind `ref` is open: its ClOrdID must stay resolvable. */
  isPinned(ref: number): boolean;
  /** Called once per evicted entry, after it has left the window; it must not modify the window. */
  evicted(ref: number): void;
}

/** Bytes in a ClOrdID (NUL-padded ASCII) and the 32-bit words it is compared as. */
export const CL_ORD_ID_KEY_BYTES = 32;
export const CL_ORD_ID_KEY_WORDS = 8;

/** Seed used when the config gives none (see `hash` for what a seed does and does not buy). */
export const CL_ORD_ID_HASH_SEED_DEFAULT = 0x2f8e_61a7;

/** Keeps the index within 2^28 cells (2 GB); the config's own limit is 100 million ClOrdIDs. */
const CAPACITY_MAX = 1 << 27;

// One entry record: 16 words = 64 bytes. Words 0..7 key, then account, ref,
// hash, moved flag; words 12..13 hold insertedUs as a float64; 14..15 pad
// the record to a cache line.
const RECORD_WORDS = 16;
const ACCOUNT_AT = 8;
const REF_AT = 9;
const HASH_AT = 10;
const MOVED_AT = 11;
const RECORD_F64 = RECORD_WORDS / 2;
const INSERTED_US_AT_F64 = 6;

const C1 = 0xcc9e2d51 | 0;
const C2 = 0x1b873593 | 0;

/** One murmur3_32 block step: scramble word `k`, fold it into `h`. */
function mixWord(h: number, k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, C2);
  h ^= k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function isInt32NonNegative(x: number): boolean {
  return (x | 0) === x && x >= 0;
}

export class ClOrdIdWindow {
  readonly capacity: number;
  readonly windowUs: number;
  /** Live entries. */
  size = 0;

  /** Slot of the oldest entry; entries occupy head, head + 1, ... (mod capacity). */
  private head = 0;
  /**
   * Newest time appended in order since `clear`. Live inserts never go below
   * it; `restore` of an entry that `expire` had re-appended does, and that
   * entry is flagged moved so the time-order invariant skips it.
   */
  private newestUs = -Infinity;

  /** Records, RECORD_WORDS per slot; three views of one buffer. */
  private readonly recI32: Int32Array;
  private readonly recU32: Uint32Array;
  private readonly recF64: Float64Array;
  /** Index cells: [2c] = slot + 1 (0 = empty), [2c + 1] = that entry's hash. */
  private readonly table: Int32Array;
  /** Cells - 1 (cells is a power of two). */
  private readonly mask: number;
  private readonly seed: number;

  /**
   * `hashSeed` changes only where keys land in the index, never what the
   * window answers, slot numbers or iteration order, so it may be a
   * per-deployment secret from config without costing determinism.
   */
  constructor(capacity: number, windowUs: number, hashSeed: number = CL_ORD_ID_HASH_SEED_DEFAULT) {
    if (!Number.isInteger(capacity) || capacity < 1 || capacity > CAPACITY_MAX) {
      throw new RangeError(`ClOrdIdWindow: capacity ${capacity} outside 1..${CAPACITY_MAX}`);
    }
    if (!Number.isSafeInteger(windowUs) || windowUs < 0) {
      throw new RangeError(`ClOrdIdWindow: windowUs ${windowUs} is not a non-negative safe integer`);
    }
    this.capacity = capacity;
    this.windowUs = windowUs;
    this.seed = hashSeed | 0;
    let cells = 16;
    while (cells < capacity * 2) cells *= 2;
    this.mask = cells - 1;
    this.table = new Int32Array(cells * 2);
    const records = new ArrayBuffer(capacity * RECORD_WORDS * 4);
    this.recI32 = new Int32Array(records);
    this.recU32 = new Uint32Array(records);
    this.recF64 = new Float64Array(records);
    // Write every page now: a fresh buffer is mapped lazily by the OS, and a
    // first touch in the middle of a command is a latency spike.
    this.table.fill(0);
    this.recI32.fill(0);
  }

  /** Entry index holding (account, key), or -1. Allocates nothing. */
  find(account: number, key: Uint32Array): number {
    const h = this.hash(account, key);
    const table = this.table;
    const wrap = this.mask * 2 + 1;
    let c = (h & this.mask) * 2;
    for (;;) {
      const v = table[c]!;
      if (v === 0) return -1;
      if (table[c + 1] === h && this.matches(v - 1, account, key)) return v - 1;
      c = (c + 2) & wrap;
    }
  }

  /**
   * Adds (account, key) inserted at `nowUs` with `ref`; returns its entry
   * index, or -1 when the window is full (nothing changed). The caller
   * guarantees the key is absent (it calls `find` first). `nowUs` does not
   * decrease across calls; an older time is still accepted (the entry is then
   * treated as re-appended), because `restore` relies on it and a stale time
   * only delays that one eviction, which is no reason to stop the core.
   */
  insert(account: number, key: Uint32Array, nowUs: number, ref: number): number {
    if (!isInt32NonNegative(account) || !isInt32NonNegative(ref)) {
      throw new RangeError(`ClOrdIdWindow.insert: account ${account} and ref ${ref} must be int32 >= 0`);
    }
    if (key.length !== CL_ORD_ID_KEY_WORDS || !Number.isSafeInteger(nowUs)) {
      throw new RangeError(`ClOrdIdWindow.insert: key must be 8 words and nowUs a safe integer (got ${nowUs})`);
    }
    if (this.size === this.capacity) return -1;
    const e = this.slotAt(this.size);
    const h = this.hash(account, key);
    const b = e * RECORD_WORDS;
    const rec = this.recI32;
    this.recU32.set(key, b);
    rec[b + ACCOUNT_AT] = account;
    rec[b + REF_AT] = ref;
    rec[b + HASH_AT] = h;
    this.recF64[e * RECORD_F64 + INSERTED_US_AT_F64] = nowUs;
    if (nowUs < this.newestUs) {
      rec[b + MOVED_AT] = 1;
    } else {
      rec[b + MOVED_AT] = 0;
      this.newestUs = nowUs;
    }
    const table = this.table;
    const wrap = this.mask * 2 + 1;
    let c = (h & this.mask) * 2;
    while (table[c] !== 0) c = (c + 2) & wrap;
    table[c] = e + 1;
    table[c + 1] = h;
    this.size++;
    return e;
  }

  /**
   * Appends an entry from a snapshot: call on a new or cleared window with
   * the entries in the order `forEach` visited them. Same as `insert` except
   * that times need not be non-decreasing (re-appended entries keep their
   * original time), which is what makes the rebuilt window evict exactly as
   * the saved one would have. Returns the entry index, or -1 when full.
   */
  restore(account: number, key: Uint32Array, insertedUs: number, ref: number): number {
    return this.insert(account, key, insertedUs, ref);
  }

  ref(entry: number): number {
    return this.recI32[entry * RECORD_WORDS + REF_AT]!;
  }

  insertedUs(entry: number): number {
    return this.recF64[entry * RECORD_F64 + INSERTED_US_AT_F64]!;
  }

  account(entry: number): number {
    return this.recI32[entry * RECORD_WORDS + ACCOUNT_AT]!;
  }

  /** Copies the entry's 32-byte key into `out` (8 words). */
  keyInto(entry: number, out: Uint32Array): void {
    const rec = this.recU32;
    const b = entry * RECORD_WORDS;
    for (let w = 0; w < CL_ORD_ID_KEY_WORDS; w++) out[w] = rec[b + w]!;
  }

  /**
   * Evicts, oldest first, every entry at the head with insertedUs + windowUs
   * <= nowUs whose ref is not pinned, calling `pins.evicted(ref)` for each.
   * A due entry that is pinned is re-appended at the tail with its original
   * time, so it never blocks the entries behind it; it is looked at again
   * when it reaches the head, which is at once if nothing younger than the
   * window is in front of it, else once those entries are due. Each entry is
   * examined at most once per call, so a window whose every due entry is
   * pinned ends the call after one lap instead of looping. That lap, when no
   * entry younger than the window is left to stop it, costs one `isPinned`
   * per open order older than the window: the price of noticing orders that
   * closed without being told (`WindowPins` has no unpin call). Returns the
   * number evicted.
   */
  expire(nowUs: number, pins: WindowPins): number {
    const cutoffUs = nowUs - this.windowUs;
    let evicted = 0;
    for (let left = this.size; left > 0; left--) {
      const e = this.head;
      if (this.recF64[e * RECORD_F64 + INSERTED_US_AT_F64]! > cutoffUs) break;
      const ref = this.recI32[e * RECORD_WORDS + REF_AT]!;
      if (pins.isPinned(ref)) {
        this.reappendHead();
      } else {
        this.removeHead();
        evicted++;
        pins.evicted(ref);
      }
    }
    return evicted;
  }

  /** Removes every entry and calls nothing (for restore); the next insert takes slot 0. */
  clear(): void {
    this.table.fill(0);
    this.size = 0;
    this.head = 0;
    this.newestUs = -Infinity;
  }

  /** Visits live entries from head to tail: the order `expire` examines them, deterministic for snapshots and the state hash. */
  forEach(visit: (entry: number) => void): void {
    for (let k = 0; k < this.size; k++) visit(this.slotAt(k));
  }

  /** Throws an Error naming the first broken invariant. For tests; walks the whole window. */
  assertInvariants(): void {
    const cap = this.capacity;
    if (!Number.isInteger(this.size) || this.size < 0 || this.size > cap) {
      fail(`size ${this.size} outside 0..${cap}`);
    }
    if (!Number.isInteger(this.head) || this.head < 0 || this.head >= cap) {
      fail(`head ${this.head} outside 0..${cap - 1}`);
    }
    const rec = this.recI32;
    let lastInOrderUs = -Infinity;
    for (let k = 0; k < this.size; k++) {
      const e = this.slotAt(k);
      const b = e * RECORD_WORDS;
      const key = this.recU32.subarray(b, b + CL_ORD_ID_KEY_WORDS);
      const account = rec[b + ACCOUNT_AT]!;
      const t = this.insertedUs(e);
      if (account < 0 || rec[b + REF_AT]! < 0) fail(`entry ${e}: negative account or ref`);
      if (!Number.isSafeInteger(t)) fail(`entry ${e}: insertedUs ${t} is not a safe integer`);
      if (rec[b + HASH_AT] !== this.hash(account, key)) fail(`entry ${e}: stored hash differs from its key's hash`);
      if (rec[b + MOVED_AT] === 1) {
        if (t > this.newestUs) fail(`entry ${e}: re-appended entry newer than the newest in-order time`);
      } else {
        if (t < lastInOrderUs) fail(`entry ${e}: in-order entries out of FIFO time order (${t} after ${lastInOrderUs})`);
        lastInOrderUs = t;
      }
      const found = this.find(account, key);
      if (found !== e) fail(`entry ${e}: index resolves its key to ${found} (unreachable or duplicate key)`);
    }
    if (lastInOrderUs > this.newestUs) fail(`newestUs ${this.newestUs} below an in-order entry (${lastInOrderUs})`);
    let cells = 0;
    for (let c = 0; c <= this.mask; c++) {
      const v = this.table[2 * c]!;
      if (v === 0) continue;
      cells++;
      const e = v - 1;
      if (e < 0 || e >= cap || (e - this.head + cap) % cap >= this.size) fail(`index cell ${c} names slot ${e}, not a live entry`);
      if (this.table[2 * c + 1] !== rec[e * RECORD_WORDS + HASH_AT]) fail(`index cell ${c}: hash differs from entry ${e}'s`);
    }
    if (cells !== this.size) fail(`index holds ${cells} cells for ${this.size} entries`);
  }

  /** Slot of the k-th entry from the head (k < capacity). */
  private slotAt(k: number): number {
    const s = this.head + k;
    return s >= this.capacity ? s - this.capacity : s;
  }

  /** Moves the head entry to the tail, keeping its time; the index cell follows it. */
  private reappendHead(): void {
    const from = this.head;
    this.head = this.slotAt(1);
    // Popping first frees a slot, so the tail always has room: when the ring
    // was full the new tail slot is `from` itself and nothing moves.
    const to = this.slotAt(this.size - 1);
    if (to !== from) {
      this.table[this.indexCellOf(from)] = to + 1;
      this.recI32.copyWithin(to * RECORD_WORDS, from * RECORD_WORDS, (from + 1) * RECORD_WORDS);
    }
    this.recI32[to * RECORD_WORDS + MOVED_AT] = 1;
  }

  /** Drops the head entry and its index cell (backward shift: no tombstones). */
  private removeHead(): void {
    const table = this.table;
    const mask = this.mask;
    const wrap = mask * 2 + 1;
    let hole = this.indexCellOf(this.head);
    let c = hole;
    for (;;) {
      c = (c + 2) & wrap;
      const v = table[c]!;
      if (v === 0) break;
      // Pull a later cell of the run into the hole unless its home lies
      // cyclically in (hole, c]: moving it before its home would hide it.
      const home = (table[c + 1]! & mask) * 2;
      const stays = hole <= c ? home > hole && home <= c : home > hole || home <= c;
      if (!stays) {
        table[hole] = v;
        table[hole + 1] = table[c + 1]!;
        hole = c;
      }
    }
    table[hole] = 0;
    table[hole + 1] = 0;
    this.head = this.slotAt(1);
    this.size--;
  }

  /** Position in `table` of the cell naming slot `e`; the entry must be live. */
  private indexCellOf(e: number): number {
    const table = this.table;
    const wrap = this.mask * 2 + 1;
    const want = e + 1;
    let c = (this.recI32[e * RECORD_WORDS + HASH_AT]! & this.mask) * 2;
    for (;;) {
      const v = table[c]!;
      if (v === want) return c;
      if (v === 0) fail(`entry ${e} missing from the index`);
      c = (c + 2) & wrap;
    }
  }

  /** Full compare once the hashes agree: the account and all 8 key words. */
  private matches(e: number, account: number, key: Uint32Array): boolean {
    const rec = this.recU32;
    const b = e * RECORD_WORDS;
    return this.recI32[b + ACCOUNT_AT] === account &&
      rec[b] === key[0] && rec[b + 1] === key[1] && rec[b + 2] === key[2] && rec[b + 3] === key[3] &&
      rec[b + 4] === key[4] && rec[b + 5] === key[5] && rec[b + 6] === key[6] && rec[b + 7] === key[7];
  }

  /**
   * murmur3_32 over the account and the 8 key words, seeded. ClOrdIDs are
   * chosen by clients, so identity placement (as in `OrderIdMap`) would let
   * one client pile its ids into one probe run; mixing every word stops that
   * being trivial. It is not a keyed PRF such as SipHash (too slow for a
   * lookup on every order): with the default seed, which is public, a client
   * can still search offline for ClOrdIDs that share a run, and a secret
   * per-deployment seed only moves that search online. What bounds the harm
   * is the window capacity and the gateway's per-session rate limit.
   */
  /**
   * murmur3_32 over (account, the 8 key words), reduced to 30 bits: a small
   * integer, so returning it from a call V8 does not inline never boxes it
   * into a heap number (an int32 beyond +-2^30 would be, every other call).
   */
  private hash(account: number, key: Uint32Array): number {
    let h = mixWord(this.seed, account);
    h = mixWord(h, key[0]!);
    h = mixWord(h, key[1]!);
    h = mixWord(h, key[2]!);
    h = mixWord(h, key[3]!);
    h = mixWord(h, key[4]!);
    h = mixWord(h, key[5]!);
    h = mixWord(h, key[6]!);
    h = mixWord(h, key[7]!);
    h ^= CL_ORD_ID_KEY_BYTES + 4;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h & 0x3fffffff;
  }

}

function fail(what: string): never {
  throw new Error(`ClOrdIdWindow invariant broken: ${what}`);
}
