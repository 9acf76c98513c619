import { RR } from '../engine/codes.js';
import { LimitKind } from '../engine/enums.js';
import type { CoreSpec } from './coreSpec.js';

/**
 * The configurable pre-trade limits (docs/risk.md, "Pre-trade risk"): per
 * account, open orders at once; per account and instrument, order quantity
 * (lots), order notional (quote minor units) and absolute position including
 * open orders (lots), 0 = none. Start from the config (instrument defaults,
 * account overrides); SET_LIMIT changes them in sequence order.
 */
export class RiskLimits {
  readonly maxOpenOrders: Int32Array;
  /** [(account * instruments + instrument) * 3 + 0 qty | 1 notional | 2 position]. */
  readonly values: Float64Array;
  private readonly accounts: number;
  private readonly instruments: number;

  constructor(spec: CoreSpec) {
    this.accounts = spec.accounts.length;
    this.instruments = spec.instruments.length;
    this.maxOpenOrders = new Int32Array(Math.max(1, this.accounts));
    this.values = new Float64Array(Math.max(1, this.accounts) * this.instruments * 3);
    spec.accounts.forEach((acc, a) => {
      this.maxOpenOrders[a] = acc.maxOpenOrders;
      spec.instruments.forEach((inst, i) => {
        const o = acc.instrumentLimits.find((l) => l.instrument === i);
        const b = (a * this.instruments + i) * 3;
        this.values[b] = o?.maxOrderQtyLots || 0;
        this.values[b + 1] = o?.maxOrderNotionalMinor || inst.maxOrderNotionalMinor;
        this.values[b + 2] = o?.maxPositionLots || inst.maxPositionLots;
      });
    });
  }

  /** Why SET_LIMIT(account, instrument, kind, value) is refused, or 0. */
  check(account: number, instrument: number, kind: number, value: number): number {
    if (!(account === -1 || (Number.isInteger(account) && account >= 0 && account < this.accounts))) return RR.UNKNOWN_ACCOUNT;
    if (!Number.isSafeInteger(value) || value < 0) return RR.INVALID_AMOUNT;
    if (kind === LimitKind.MAX_OPEN_ORDERS) {
      return instrument === -1 && value >= 1 && value < 2 ** 31 ? 0 : RR.INVALID_AMOUNT;
    }
    if (kind !== LimitKind.MAX_ORDER_QTY && kind !== LimitKind.MAX_ORDER_NOTIONAL && kind !== LimitKind.MAX_POSITION) {
      return RR.INVALID_ORDER;
    }
    return Number.isInteger(instrument) && instrument >= 0 && instrument < this.instruments ? 0 : RR.UNKNOWN_SYMBOL;
  }

  /** Applies a SET_LIMIT that `check` passed; account -1 sets it for every account. */
  set(account: number, instrument: number, kind: number, value: number): void {
    const from = account === -1 ? 0 : account;
    const to = account === -1 ? this.accounts : account + 1;
    for (let a = from; a < to; a++) {
      if (kind === LimitKind.MAX_OPEN_ORDERS) this.maxOpenOrders[a] = value;
      else this.values[(a * this.instruments + instrument) * 3 + (kind - LimitKind.MAX_ORDER_QTY)] = value;
    }
  }
}
