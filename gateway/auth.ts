import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Logon authentication (PROTOCOL.md, "Session"): Signature = hex
 * HMAC-SHA256(secret, ApiKey + "\n" + Timestamp + "\n" + Nonce), compared
 * in constant time; Timestamp (ms) within `windowMs` of the server clock; a
 * Nonce accepted once per API key. Nonces are remembered for twice the
 * window (older ones are refused by the timestamp check anyway), in a
 * bounded map swept as it is used.
 */
export const TIMESTAMP_WINDOW_MS = 30_000;
/** Most nonces remembered at once (a flood of valid logons beyond it is refused, not forgotten). */
export const MAX_NONCES = 1_000_000;

export function logonSignature(secret: string, apiKey: string, timestamp: number, nonce: string): string {
  return createHmac('sha256', secret).update(`${apiKey}\n${timestamp}\n${nonce}`).digest('hex');
}

export function signatureMatches(expectedHex: string, givenHex: string): boolean {
  const a = Buffer.from(expectedHex, 'utf8');
  const b = Buffer.from(givenHex.toLowerCase(), 'utf8');
  // Lengths are public (always 64 hex digits for a well-formed signature); the content compare is constant-time.
  if (a.length !== b.length) return false;
  return timingSafeEqual(a, b);
}

export type LogonVerdict = { ok: true } | { ok: false; reason: string };

export class NonceRegistry {
  /** `apiKey \n nonce` -> time seen (ms); insertion order = time order, so the sweep stops at the first young one. */
  private readonly seen = new Map<string, number>();

  constructor(private readonly keepMs: number = 2 * TIMESTAMP_WINDOW_MS, private readonly max: number = MAX_NONCES) {}

  /** Records the nonce; false if it was seen before (replay) or the registry is full. */
  claim(apiKey: string, nonce: string, nowMs: number): 'ok' | 'replayed' | 'full' {
    this.sweep(nowMs);
    const key = `${apiKey}\n${nonce}`;
    if (this.seen.has(key)) return 'replayed';
    if (this.seen.size >= this.max) return 'full';
    this.seen.set(key, nowMs);
    return 'ok';
  }

  get size(): number {
    return this.seen.size;
  }

  private sweep(nowMs: number): void {
    for (const [key, at] of this.seen) {
      if (nowMs - at <= this.keepMs) break;
      this.seen.delete(key);
    }
  }
}

export interface Credentials {
  apiKey: string;
  secret: string;
}

/** Judges one Logon against the known credentials. */
export function verifyLogon(
  creds: Credentials | undefined, apiKey: string, timestamp: number, nonce: string, signature: string,
  nowMs: number, nonces: NonceRegistry, windowMs = TIMESTAMP_WINDOW_MS,
): LogonVerdict {
  // Same work whether or not the key exists, so timing does not tell which keys do.
  const expected = logonSignature(creds?.secret ?? 'no such key', apiKey, timestamp, nonce);
  const good = signatureMatches(expected, signature);
  if (creds === undefined) return { ok: false, reason: 'UNKNOWN_API_KEY' };
  if (!good) return { ok: false, reason: 'BAD_SIGNATURE' };
  if (Math.abs(nowMs - timestamp) > windowMs) return { ok: false, reason: 'STALE_TIMESTAMP' };
  if (nonce.length === 0) return { ok: false, reason: 'BAD_NONCE' };
  const claim = nonces.claim(apiKey, nonce, nowMs);
  if (claim === 'replayed') return { ok: false, reason: 'REPLAYED_NONCE' };
  if (claim === 'full') return { ok: false, reason: 'TOO_MANY_LOGONS' };
  return { ok: true };
}
