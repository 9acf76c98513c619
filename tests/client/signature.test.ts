import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ClOrdIdGenerator, isValidClOrdId } from '../../client/clOrdId.js';
import { logonPayload, logonSignature, newNonce } from '../../client/signature.js';

describe('Logon signature (client/signature.ts)', () => {
  it('is hex HMAC-SHA256(secret, ApiKey \\n Timestamp \\n Nonce): a known vector', () => {
    // Computed once with node:crypto for the contract's example Logon.
    expect(logonSignature('alice-secret', 'alice-key', 1_764_000_000_000, 'n-1'))
      .toBe('7389b9266ae857e4527aed60b09f36370759eb0d10fa79268d91e77bf6c013a8');
    expect(logonPayload('alice-key', 1_764_000_000_000, 'n-1')).toBe('alice-key\n1764000000000\nn-1');
  });

  it('agrees with node:crypto for other inputs and fits the 64-char SBE Signature', () => {
    for (const [secret, key, ts, nonce] of [['s', 'k', 0, ''], ['bob-secret', 'bob-key', Date.now(), newNonce()]] as const) {
      const sig = logonSignature(secret, key, ts, nonce);
      expect(sig).toBe(createHmac('sha256', secret).update(`${key}\n${ts}\n${nonce}`).digest('hex'));
      expect(sig).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('makes a fresh nonce each time', () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => newNonce()));
    expect(nonces.size).toBe(1000);
    for (const n of nonces) expect(n).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('generated ClOrdIDs (client/clOrdId.ts)', () => {
  it('are unique, at most 32 printable ASCII characters, also at the largest counter', () => {
    const gen = new ClOrdIdGenerator();
    const ids = new Set(Array.from({ length: 10_000 }, () => gen.next()));
    expect(ids.size).toBe(10_000);
    for (const id of ids) expect(isValidClOrdId(id), id).toBe(true);
    const late = new ClOrdIdGenerator(8_640_000_000_000_000, Buffer.alloc(4, 0xff));
    (late as unknown as { counter: number }).counter = Number.MAX_SAFE_INTEGER - 1;
    const last = late.next();
    expect(last.length).toBeLessThanOrEqual(32);
    expect(isValidClOrdId(last)).toBe(true);
  });

  it('differ between generators started in the same millisecond', () => {
    const a = new ClOrdIdGenerator(1_764_000_000_000);
    const b = new ClOrdIdGenerator(1_764_000_000_000);
    expect(a.next()).not.toBe(b.next());
  });

  it('validation refuses what the gateway refuses', () => {
    for (const bad of ['', ' ', 'a b', 'x'.repeat(33), 'é', 'tab\t', 42]) expect(isValidClOrdId(bad)).toBe(false);
    expect(isValidClOrdId('x'.repeat(32))).toBe(true);
  });
});
