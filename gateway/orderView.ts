import type { OpenOrderView } from '../risk/openOrders.js';
import type { Session } from './session.js';

/**
 * The gateway's view of one open order: what its execution reports need
 * and the core's events do not carry (the ClOrdID, the owning session,
 * CumQty and the notional behind AvgPx). Created from the ACCEPTED event of
 * an order this gateway entered, or at start from the core's open orders
 * (risk/openOrders.ts, whose fields it shares); dropped when the order ends.
 */
export interface OrderView extends Omit<OpenOrderView, 'status' | 'expireTimeUs'> {
  /** The session that placed it; null after a restart (reports then go to every session of the account). */
  session: Session | null;
}
