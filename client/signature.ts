/**
 * The Logon signature of the wire contract: hex HMAC-SHA256 keyed with the
 * account's secret over `ApiKey + "\n" + Timestamp + "\n" + Nonce`, where
 * Timestamp is the decimal milliseconds of the Logon. The server accepts a
 * Timestamp within 30 s of its clock and each Nonce once, so a captured Logon
 * cannot be replayed.
 */
import { createHmac, randomBytes } from 'node:crypto';

/** The text the signature covers. */
export function logonPayload(apiKey: string, timestampMs: number, nonce: string): string {
  return `${apiKey}\n${timestampMs}\n${nonce}`;
}

/** 64 lower-case hex chars: fits the SBE `Signature` char[64] exactly. */
export function logonSignature(secret: string, apiKey: string, timestampMs: number, nonce: string): string {
  return createHmac('sha256', secret).update(logonPayload(apiKey, timestampMs, nonce)).digest('hex');
}

/** A fresh Nonce: 128 random bits as 32 hex chars (ASCII, well under the 256-byte var data bound). */
export function newNonce(): string {
  return randomBytes(16).toString('hex');
}
