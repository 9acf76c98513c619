/**
 * GTD expiries: a binary min-heap of (expireTimeUs, orderId), ordered by time
 * then id, so simultaneous expiries happen in id order. Entries of orders
 * that left the book early stay until they surface (lazy deletion) or until
 * `compact` drops them; the engine compacts when dead entries outnumber live
 * ones, so the heap stays within twice the live GTD orders plus a constant.
 * Grows by doubling when a command needs more room than ever before; steady
 * state allocates nothing.
 */
export class ExpiryQueue {
  private times: Float64Array;
  private ids: Float64Array;
  size = 0;

  constructor(initial = 1024) {
    this.times = new Float64Array(initial);
    this.ids = new Float64Array(initial);
  }

  /** Earliest expire time; only meaningful when size > 0. */
  topTime(): number {
    return this.times[0]!;
  }

  topId(): number {
    return this.ids[0]!;
  }

  push(time: number, id: number): void {
    if (this.size === this.times.length) this.grow();
    let i = this.size++;
    const times = this.times;
    const ids = this.ids;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent]!;
      if (pt < time || (pt === time && ids[parent]! < id)) break;
      times[i] = pt;
      ids[i] = ids[parent]!;
      i = parent;
    }
    times[i] = time;
    ids[i] = id;
  }

  /** Removes the earliest entry (size > 0). */
  pop(): void {
    const n = --this.size;
    if (n === 0) return;
    this.siftDown(0, this.times[n]!, this.ids[n]!);
  }

  /** Keeps only entries whose id `isLive` accepts, then restores heap order in place. */
  compact(isLive: (id: number) => boolean): void {
    let n = 0;
    for (let i = 0; i < this.size; i++) {
      const id = this.ids[i]!;
      if (isLive(id)) {
        this.times[n] = this.times[i]!;
        this.ids[n] = id;
        n++;
      }
    }
    this.size = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.siftDown(i, this.times[i]!, this.ids[i]!);
  }

  /** Visits every entry (any order). */
  forEach(visit: (time: number, id: number) => void): void {
    for (let i = 0; i < this.size; i++) visit(this.times[i]!, this.ids[i]!);
  }

  private siftDown(start: number, time: number, id: number): void {
    const times = this.times;
    const ids = this.ids;
    const n = this.size;
    let i = start;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      const right = child + 1;
      if (right < n && (times[right]! < times[child]! ||
        (times[right] === times[child] && ids[right]! < ids[child]!))) child = right;
      const ct = times[child]!;
      if (time < ct || (time === ct && id < ids[child]!)) break;
      times[i] = ct;
      ids[i] = ids[child]!;
      i = child;
    }
    times[i] = time;
    ids[i] = id;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    times.set(this.times);
    const ids = new Float64Array(this.ids.length * 2);
    ids.set(this.ids);
    this.times = times;
    this.ids = ids;
  }
}
