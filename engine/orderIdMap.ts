/**
 * Order id -> order slot, open addressing with linear probing and
 * backward-shift deletion (no tombstones, so probe lengths stay short in a
 * long-running engine). The table stores only slots; the key is read from the
 * order store's id column, which halves the memory per order.
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
    this.mask = n - 1;
  }

  private home(id: number): number {
    const lo = id >>> 0;
    const hi = (id / 4294967296) | 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x85ebca6b), 0x9e3779b1);
    h ^= h >>> 15;
    return h & this.mask;
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
