import { STRIDE_SHIFT } from './commandStream.js';
import { forceGc } from './memory.js';
import { PeerDriver } from './peer.js';
import { ACCOUNTS } from './setup.js';
import { median } from './stats.js';
import type { Workload } from './workload.js';

/**
 * nodejs-order-book on the same stream: the same prefill and warm-up
 * (untimed), then the first `commands` measured commands, timed; median of
 * `runs` runs, each on a fresh book.
 */
export interface PeerResult {
  commands: number;
  runs: number[];
  cmdsPerSec: number;
  /** Commands whose order the peer did not have or that it refused, per run. */
  misses: number;
}

export function runPeer(wl: Workload, commands: number, runs: number): PeerResult {
  const words = wl.stream.words;
  const end = wl.warmupEnd + commands;
  let maxId = 0;
  for (let i = 0; i < end; i++) maxId = Math.max(maxId, words[(i << STRIDE_SHIFT) + 1]!);
  const driver = new PeerDriver(maxId, ACCOUNTS);
  const rates: number[] = [];
  let misses = 0;
  for (let r = 0; r < runs; r++) {
    const ob = driver.newBook();
    driver.run(ob, words, 0, wl.warmupEnd);
    forceGc();
    const res = driver.run(ob, words, wl.warmupEnd, end);
    rates.push(commands / (res.ns / 1e9));
    misses = res.misses;
  }
  return { commands, runs: rates, cmdsPerSec: median(rates), misses };
}
