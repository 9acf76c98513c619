import type { Command } from '../../engine/command.js';

/**
 * A pre-generated command stream packed into one Int32Array, 4 words (16
 * bytes) per command, so a timed loop reads one cache line per 4 commands and
 * creates no object per command:
 *
 *   word 0  header: type (bits 0-2) | side (bit 3) | ordType (bit 4) |
 *           tif (bits 5-6) | account (bits 8-30)
 *   word 1  order id: the target of CANCEL / REPLACE; for NEW_ORDER the id the
 *           engine will assign (docs/engine.md: ids 1, 2, 3, ...), which the
 *           engine ignores and the peer uses as its string id
 *   word 2  price in ticks (0 for MARKET and CANCEL)
 *   word 3  quantity in lots (REPLACE: the new total order quantity)
 *
 * Instrument (0), STP mode (CANCEL_NEWEST) and postOnly (false) are the same
 * for every command of the workload and are set once on the reused Command.
 */
export const STRIDE = 4;
export const STRIDE_SHIFT = 2;
export const ACCOUNT_SHIFT = 8;
export const MAX_ACCOUNTS = 1 << 23;

export function packHeader(type: number, side: number, ordType: number, tif: number, account: number): number {
  return type | (side << 3) | (ordType << 4) | (tif << 5) | (account << ACCOUNT_SHIFT);
}

export class CommandStream {
  readonly words: Int32Array;
  length = 0;

  constructor(readonly capacity: number) {
    this.words = new Int32Array(capacity * STRIDE);
  }

  push(type: number, side: number, ordType: number, tif: number, account: number,
    orderId: number, price: number, qty: number): void {
    if (this.length >= this.capacity) throw new Error('CommandStream full');
    if (account < 0 || account >= MAX_ACCOUNTS) throw new Error(`account out of range: ${account}`);
    const b = this.length << STRIDE_SHIFT;
    const w = this.words;
    w[b] = packHeader(type, side, ordType, tif, account);
    w[b + 1] = orderId;
    w[b + 2] = price;
    w[b + 3] = qty;
    this.length++;
  }

  type(i: number): number { return this.words[i << STRIDE_SHIFT]! & 7; }
  side(i: number): number { return (this.words[i << STRIDE_SHIFT]! >> 3) & 1; }
  ordType(i: number): number { return (this.words[i << STRIDE_SHIFT]! >> 4) & 1; }
  tif(i: number): number { return (this.words[i << STRIDE_SHIFT]! >> 5) & 3; }
  account(i: number): number { return this.words[i << STRIDE_SHIFT]! >>> ACCOUNT_SHIFT; }
  orderId(i: number): number { return this.words[(i << STRIDE_SHIFT) + 1]!; }
  price(i: number): number { return this.words[(i << STRIDE_SHIFT) + 2]!; }
  qty(i: number): number { return this.words[(i << STRIDE_SHIFT) + 3]!; }
}

/**
 * Fills the reused command from entry `i`. The timed loops in `drive.ts`
 * inline the same reads by hand (they must not depend on the optimizer
 * inlining this); this one is for verification and tools.
 */
export function loadCommand(words: Int32Array, i: number, cmd: Command): void {
  const b = i << STRIDE_SHIFT;
  const h = words[b]!;
  cmd.type = h & 7;
  cmd.side = (h >> 3) & 1;
  cmd.ordType = (h >> 4) & 1;
  cmd.tif = (h >> 5) & 3;
  cmd.account = h >>> ACCOUNT_SHIFT;
  cmd.orderId = words[b + 1]!;
  cmd.price = words[b + 2]!;
  cmd.qty = words[b + 3]!;
  cmd.seq = i;
}
