/** Small timing helpers of the end-to-end bench. */

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Resolves when `done()` holds (checked every `pollMs`) or after `ms`,
 * whichever comes first; true if `done()` held.
 */
export async function until(done: () => boolean, ms: number, pollMs = 5): Promise<boolean> {
  const end = performance.now() + ms;
  for (;;) {
    if (done()) return true;
    const left = end - performance.now();
    if (left <= 0) return false;
    await sleep(Math.min(pollMs, left));
  }
}

/** This process's CPU time since `since` (process.cpuUsage()), as % of one core over `wallMs`. */
export function cpuPct(since: NodeJS.CpuUsage, wallMs: number): number {
  const d = process.cpuUsage(since);
  return wallMs > 0 ? Math.round(((d.user + d.system) / 1000 / wallMs) * 1000) / 10 : 0;
}
