import type { WindowPins } from '../../../risk/clOrdIdWindow.js';

/** One entry of the naive window. */
export interface NaiveEntry {
  account: number;
  key: Uint32Array;
  insertedUs: number;
  ref: number;
}

/**
 * The naive twin of `ClOrdIdWindow`: a Map keyed by `account:hex` and an array
 * in FIFO order, with the same rules written the obvious way (no index, no
 * ring, no slot numbers). Differential tests hold the two to the same answers.
 */
export class NaiveClOrdIdWindow {
  readonly byKey = new Map<string, NaiveEntry>();
  /** Head first. */
  readonly fifo: NaiveEntry[] = [];

  constructor(readonly capacity: number, readonly windowUs: number) {}

  get size(): number {
    return this.fifo.length;
  }

  find(account: number, key: Uint32Array): NaiveEntry | undefined {
    return this.byKey.get(naiveKey(account, key));
  }

  /** False when full. */
  insert(account: number, key: Uint32Array, nowUs: number, ref: number): boolean {
    if (this.fifo.length === this.capacity) return false;
    const entry = { account, key: Uint32Array.from(key), insertedUs: nowUs, ref };
    this.byKey.set(naiveKey(account, key), entry);
    this.fifo.push(entry);
    return true;
  }

  /** Looks at each entry at most once, from the head, while it is due: evicts it, or moves it to the tail if pinned. */
  expire(nowUs: number, pins: WindowPins): number {
    let evicted = 0;
    for (let left = this.fifo.length; left > 0; left--) {
      const head = this.fifo[0]!;
      if (head.insertedUs + this.windowUs > nowUs) break;
      this.fifo.shift();
      if (pins.isPinned(head.ref)) {
        this.fifo.push(head);
      } else {
        this.byKey.delete(naiveKey(head.account, head.key));
        evicted++;
        pins.evicted(head.ref);
      }
    }
    return evicted;
  }

  clear(): void {
    this.byKey.clear();
    this.fifo.length = 0;
  }
}

export function naiveKey(account: number, key: Uint32Array): string {
  let hex = '';
  for (const w of key) hex += w.toString(16).padStart(8, '0');
  return `${account}:${hex}`;
}
