import type { EventBuffer } from '../engine/eventBuffer.js';

/**
 * Balances of every account (the fee account included) in every asset, in
 * integer minor units, as two buckets: available and held (total = their
 * sum). Every change is a posting: `amount` moves from one (account, bucket)
 * to another, or from / to `OUTSIDE` (deposits, withdrawals), and is emitted
 * as a POSTING event, so the ledger replayed from the events equals the
 * wallet (docs/risk.md, "Ledger").
 *
 * Ledger account numbers in postings: account * 2 + bucket; OUTSIDE is -1.
 */
export const enum BK { AVAILABLE = 0, HELD = 1 }

export const OUTSIDE = -1;

/** Why a posting was made (POSTING `reason`); stable numbers, they reach the ledger database. */
export const PostingReason = {
  HOLD: 1,
  RELEASE: 2,
  TRADE: 3,
  FEE: 4,
  REBATE: 5,
  DEPOSIT: 6,
  WITHDRAW: 7,
} as const;

export const enum PR { HOLD = 1, RELEASE = 2, TRADE = 3, FEE = 4, REBATE = 5, DEPOSIT = 6, WITHDRAW = 7 }

export class Wallet {
  /** [(account * assets + asset) * 2 + bucket]. */
  readonly bal: Float64Array;
  /** Per asset: deposits minus withdrawals, what all accounts together must hold. */
  readonly outsideNet: Float64Array;

  constructor(readonly accounts: number, readonly assets: number) {
    this.bal = new Float64Array(accounts * assets * 2);
    this.outsideNet = new Float64Array(assets);
  }

  available(account: number, asset: number): number {
    return this.bal[(account * this.assets + asset) * 2]!;
  }

  held(account: number, asset: number): number {
    return this.bal[(account * this.assets + asset) * 2 + 1]!;
  }

  /**
   * Moves `amount` (> 0) from ledger account `debit` to `credit`
   * (account * 2 + bucket, or OUTSIDE) and writes its POSTING. The caller has
   * checked that the debited bucket holds enough.
   */
  post(out: EventBuffer, txId: number, ref: number, reason: number, asset: number, debit: number, credit: number, amount: number): void {
    const bal = this.bal;
    const n = this.assets;
    if (debit >= 0) bal[((debit >> 1) * n + asset) * 2 + (debit & 1)]! -= amount;
    else this.outsideNet[asset]! += amount;
    if (credit >= 0) bal[((credit >> 1) * n + asset) * 2 + (credit & 1)]! += amount;
    else this.outsideNet[asset]! -= amount;
    out.posting(txId, ref, reason, asset, debit, credit, amount);
  }

  /** Throws naming the first negative bucket (the fee account included) or an asset whose accounts do not sum to its net inflow. */
  assertInvariants(): void {
    const n = this.assets;
    for (let asset = 0; asset < n; asset++) {
      let sum = 0;
      for (let a = 0; a < this.accounts; a++) {
        const av = this.available(a, asset);
        const h = this.held(a, asset);
        if (av < 0 || h < 0) throw new Error(`wallet: account ${a} asset ${asset} has available ${av}, held ${h}`);
        sum += av + h;
      }
      if (sum !== this.outsideNet[asset]) {
        throw new Error(`wallet: asset ${asset} balances sum to ${sum}, deposits - withdrawals = ${this.outsideNet[asset]}`);
      }
    }
  }
}
