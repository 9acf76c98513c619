import { OrderBook, SelfTradePreventionMode, Side } from 'nodejs-order-book';
import type { LimitOrderOptions } from 'nodejs-order-book';
import { CommandType, OrdType, TimeInForce } from '../../engine/enums.js';
import { ACCOUNT_SHIFT, STRIDE_SHIFT } from './commandStream.js';

/**
 * Drives the JavaScript peer `nodejs-order-book` (npm) through the same
 * pre-generated stream, mapped the natural way for its API:
 *
 *   NEW LIMIT GTC   ob.limit({ id, side, size, price, accountId, stpMode })
 *   NEW LIMIT IOC   the same with timeInForce 'IOC'
 *   NEW MARKET IOC  ob.market({ side, size, accountId, stpMode })
 *   CANCEL          ob.cancel(id)
 *   REPLACE         ob.modify(id, { price }): the library keeps the order's
 *                   remaining size, as our REPLACE with qty = order qty keeps
 *                   its leaves; it re-enters the book at the back and may
 *                   match, as ours does
 *
 * Ids are the engine's order ids as decimal strings (the library takes string
 * ids), accounts strings too; both are made before timing, so the peer is not
 * charged for number-to-string conversion. STP: EXPIRE_TAKER is our
 * CANCEL_NEWEST (the taker's remainder is dropped, the maker stays). The
 * library resets STP on `modify`, so a moved order may trade with its own
 * account where ours stops (a few commands in 10^5); a later cancel or modify
 * of an order the peer therefore no longer has is counted in `misses`.
 */
export interface PeerRunResult {
  ns: number;
  /** Cancels / modifies whose order the peer did not have, or refused new orders. */
  misses: number;
}

const SIDES = [Side.BUY, Side.SELL] as const;
const IOC = 'IOC' as NonNullable<LimitOrderOptions['timeInForce']>;
const STP = SelfTradePreventionMode.EXPIRE_TAKER;
const ERR_STP_TRIGGERED = 1202;

export class PeerDriver {
  private readonly ids: string[];
  private readonly accounts: string[];

  constructor(maxOrderId: number, accounts: number) {
    this.ids = new Array<string>(maxOrderId + 1);
    for (let i = 0; i <= maxOrderId; i++) this.ids[i] = String(i);
    this.accounts = new Array<string>(accounts);
    for (let a = 0; a < accounts; a++) this.accounts[a] = `acct-${a}`;
  }

  newBook(): OrderBook {
    return new OrderBook();
  }

  /** Applies commands [from, to) to `ob`; returns elapsed ns and misses. */
  run(ob: OrderBook, words: Int32Array, from: number, to: number): PeerRunResult {
    const ids = this.ids;
    const accounts = this.accounts;
    let misses = 0;
    const t0 = process.hrtime.bigint();
    for (let i = from; i < to; i++) {
      const b = i << STRIDE_SHIFT;
      const h = words[b]!;
      const type = h & 7;
      const id = ids[words[b + 1]!]!;
      if (type === CommandType.REPLACE) {
        const r = ob.modify(id, { price: words[b + 2]! });
        if (r.err !== null) misses++;
      } else if (type === CommandType.NEW_ORDER) {
        const side = SIDES[(h >> 3) & 1]!;
        const accountId = accounts[h >>> ACCOUNT_SHIFT]!;
        const size = words[b + 3]!;
        let r;
        if (((h >> 4) & 1) === OrdType.MARKET) {
          r = ob.market({ side, size, accountId, stpMode: STP });
        } else if (((h >> 5) & 3) === TimeInForce.IOC) {
          r = ob.limit({ id, side, size, price: words[b + 2]!, timeInForce: IOC, accountId, stpMode: STP });
        } else {
          r = ob.limit({ id, side, size, price: words[b + 2]!, accountId, stpMode: STP });
        }
        if (r.err !== null && r.err.code !== ERR_STP_TRIGGERED) misses++;
      } else if (type === CommandType.CANCEL) {
        if (ob.cancel(id) === undefined) misses++;
      }
    }
    return { ns: Number(process.hrtime.bigint() - t0), misses };
  }
}
