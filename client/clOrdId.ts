/**
 * Client order ids the SDK makes up when the caller gives none.
 *
 * A ClOrdID must be unique per account within the server's dedupe window
 * (24 h by default, surviving restarts), at most 32 printable ASCII chars.
 * Each generator takes a prefix from the clock (ms, base 36) and 32 random
 * bits, then counts: `lq3k9w2a7f3c91d0-1`, `...-2`, ... Two processes of the
 * same account would need the same millisecond and the same random bits to
 * collide; within a process the counter decides.
 */
import { randomBytes } from 'node:crypto';

export const MAX_CLORDID_LENGTH = 32;

/** Printable ASCII (space excluded: it would be invisible at the end of an id). */
const CLORDID_RE = /^[\x21-\x7e]{1,32}$/;

export function isValidClOrdId(id: unknown): id is string {
  return typeof id === 'string' && CLORDID_RE.test(id);
}

export class ClOrdIdGenerator {
  private readonly prefix: string;
  private counter = 0;

  constructor(nowMs: number = Date.now(), random: Buffer = randomBytes(4)) {
    this.prefix = `${nowMs.toString(36)}${random.toString('hex')}`;
  }

  /** Prefix (8 + 8 chars today) + '-' + counter in base 36 (at most 11 chars): under 32. */
  next(): string {
    this.counter++;
    return `${this.prefix}-${this.counter.toString(36)}`;
  }
}
