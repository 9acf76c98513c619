/**
 * What one durable write costs on the disk the exchange journals to: in the
 * data directory's filesystem, append 64 KiB to a file and fdatasync it,
 * `writes` times (after a few untimed ones), timing each pair. Its p99 is
 * the floor under the exchange's latency with fsync `always` (an order is
 * acknowledged only once its group commit is on disk), which is why the
 * target for that latency is stated relative to it.
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fdatasyncSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { newHistogram, recordMs, summarize } from './latency.js';

export interface DiskProbe {
  dir: string;
  writes: number;
  bytesPerWrite: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  meanUs: number;
}

export function diskProbe(root: string, writes: number, bytesPerWrite = 64 * 1024, untimed = 5): DiskProbe {
  const dir = mkdtempSync(join(root, 'e2e-fsync-probe-'));
  const fd = openSync(join(dir, 'probe.bin'), 'w');
  const h = newHistogram();
  try {
    const block = randomBytes(bytesPerWrite);
    for (let i = 0; i < untimed + writes; i++) {
      const t0 = performance.now();
      writeSync(fd, block, 0, block.length);
      fdatasyncSync(fd);
      if (i >= untimed) recordMs(h, performance.now() - t0);
    }
  } finally {
    closeSync(fd);
    rmSync(dir, { recursive: true, force: true });
  }
  const s = summarize(h);
  return { dir: root, writes, bytesPerWrite, p50Us: s.p50Us, p99Us: s.p99Us, maxUs: s.maxUs, meanUs: s.meanUs };
}
