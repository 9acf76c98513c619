/**
 * A token bucket (rate per second, burst capacity), refilled lazily from
 * the time of each take. One per session and one per account (config
 * `limits`): a message costs one token of each.
 */
export class TokenBucket {
  private tokens: number;
  private lastMs: number;

  constructor(private readonly ratePerSec: number, private readonly burst: number, nowMs: number) {
    this.tokens = burst;
    this.lastMs = nowMs;
  }

  private refill(nowMs: number): void {
    if (nowMs > this.lastMs) {
      this.tokens = Math.min(this.burst, this.tokens + ((nowMs - this.lastMs) * this.ratePerSec) / 1000);
      this.lastMs = nowMs;
    }
  }

  /** Whether a token is there now (without taking it). */
  has(nowMs: number): boolean {
    this.refill(nowMs);
    return this.tokens >= 1;
  }

  take(nowMs: number): boolean {
    this.refill(nowMs);
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }

  /** Takes a token from both, or from neither. */
  static takeBoth(a: TokenBucket, b: TokenBucket, nowMs: number): boolean {
    if (!a.has(nowMs) || !b.has(nowMs)) return false;
    a.tokens -= 1;
    b.tokens -= 1;
    return true;
  }
}
