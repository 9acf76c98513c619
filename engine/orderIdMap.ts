/**
 * Order id -> order slot, open addressing with linear probing and
 * backward-shift deletion (no tombstones, so probe lengths stay short in a
 * long-running engine). The table stores only slots; the key is read from the
 * order's record, which the caller touches next anyway.
 *
 * Ids are any safe integers (the core assigns them increasingly, without
 * bound), so the map never assumes they are dense or small.
 */
export class OrderIdMap {
  private readonly table: Int32Array;
  private readonly mask: number;
  size = 0;

  /**
   * `ids[slot * stride]` is the id of the order in `slot` (the order store's
   * float64 view); slot 0 is the empty marker.
   */
  constructor(capacity: number, private readonly ids: Float64Array, private readonly stride: number) {
    let n = 16;
    while (n < capacity * 2) n *= 2;
    this.table = new Int32Array(n);
    // Write every page now: a fresh buffer is mapped lazily by the OS, and a
    // first touch in the middle of a command was a visible latency spike.
    this.table.fill(0);
    this.mask = n - 1;
  }

  /**
   * Identity placement (id mod table size): the core assigns ids increasingly,
   * so live orders, mostly recent, sit in a compact window of the table and
   * a lookup touches warm cache lines. A scrambling hash spread ~1,000 live
   * ids over an 8 MB table and cost ~20% of the engine benchmark in misses.
   * Ids are not client-chosen, so no adversary can aim at one probe run.
   */
  private home(id: number): number {
    return (id >>> 0) & this.mask;
  }

  /** The slot holding order `id`, or 0. */
  get(id: number): number {
    const table = this.table;
    const ids = this.ids;
    const mask = this.mask;
    let i = this.home(id);
    for (;;) {
      const s = table[i]!;
      if (s === 0 || ids[s * this.stride] === id) return s;
      i = (i + 1) & mask;
    }
  }

  /** Adds `id` (already written into ids[slot]); the id must be absent. */
  insert(id: number, slot: number): void {
    const table = this.table;
    const mask = this.mask;
    let i = this.home(id);
    while (table[i] !== 0) i = (i + 1) & mask;
    table[i] = slot;
    this.size++;
  }

  remove(id: number): void {
    const table = this.table;
    const ids = this.ids;
    const mask = this.mask;
    let i = this.home(id);
    for (;;) {
      const s = table[i]!;
      if (s === 0) throw new Error(`OrderIdMap.remove: id ${id} absent`);
      if (ids[s * this.stride] === id) break;
      i = (i + 1) & mask;
    }
    // Backward shift: pull later entries of the probe run into the hole when
    // their home position does not lie cyclically in (hole, j].
    let hole = i;
    let j = i;
    for (;;) {
      j = (j + 1) & mask;
      const s = table[j]!;
      if (s === 0) break;
      const h = this.home(ids[s * this.stride]!);
      const inRange = hole <= j ? h > hole && h <= j : h > hole || h <= j;
      if (!inRange) {
        table[hole] = s;
        hole = j;
      }
    }
    table[hole] = 0;
    this.size--;
  }

  /** Bytes held by the table. */
  byteLength(): number {
    return this.table.byteLength;
  }
}
