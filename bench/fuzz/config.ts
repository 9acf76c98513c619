import type { FuzzContext } from './frame.js';

/**
 * The exchange configuration a fuzz run needs, as an edit of a raw config
 * (config/demo.json): rate and abuse limits out of the way (the fuzz sends
 * far more refused messages than a client may: with the usual limits it
 * would measure the rate limiter and the abuse disconnect, which have their
 * own tests), a logon timeout long enough for the sessions that never log
 * on, and the fuzz account, which has no funds: should a garbage frame
 * ever become an order, it could not rest or trade (the run would still
 * fail: the sequence number moves).
 */
export const FUZZ_ACCOUNT = { id: 'fuzz', apiKey: 'fuzz-key', secret: 'fuzz-secret-for-tests-only' } as const;

export const FUZZ_LIMITS: Readonly<Record<string, number>> = {
  messagesPerSecond: 10_000_000,
  burst: 10_000_000,
  accountMessagesPerSecond: 10_000_000,
  accountBurst: 10_000_000,
  abuseRejectsPer10s: 10_000_000,
  logonTimeoutMs: 600_000,
  maxConnectionsPerAddress: 10_000,
};

type Raw = Record<string, unknown>;

/** Edits `raw` in place: fuzz limits (then `limits`), and the fuzz account (no deposits). */
export function applyFuzzConfig(raw: Raw, limits: Readonly<Record<string, number>> = {}): Raw {
  raw.limits = { ...(raw.limits as Raw | undefined), ...FUZZ_LIMITS, ...limits };
  const accounts = (raw.accounts as Raw[] | undefined) ?? [];
  if (!accounts.some((a) => a.id === FUZZ_ACCOUNT.id)) accounts.push({ ...FUZZ_ACCOUNT });
  raw.accounts = accounts;
  return raw;
}

/** What the generators need to know of a (raw) config. */
export function fuzzContext(raw: Raw): FuzzContext {
  const instruments = (raw.instruments as Raw[] | undefined) ?? [];
  const accounts = (raw.accounts as Raw[] | undefined) ?? [];
  const admin = raw.admin as Raw | undefined;
  const limits = raw.limits as Raw | undefined;
  return {
    symbols: instruments.map((i) => String(i.symbol)),
    apiKeys: [...accounts.map((a) => String(a.apiKey)), ...(admin?.apiKey !== undefined ? [String(admin.apiKey)] : []), 'no-such-key'],
    maxFrameBytes: typeof limits?.maxFrameBytes === 'number' ? limits.maxFrameBytes : 65_536,
  };
}
