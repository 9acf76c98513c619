import type { BookSide } from './bookSide.js';
import { Side } from './enums.js';
import type { EngineLimits, InstrumentSpec } from './instrumentSpec.js';
import { OrderBookEngine } from './matchingEngine.js';
import { FLAG, O } from './orderStore.js';
import { LV } from './pricePages.js';

/**
 * The complete state of an `OrderBookEngine`, as plain columns (what the
 * snapshot file stores, sequencer/snapshot/). Per book side, levels from best
 * to worst; orders level by level in FIFO (priority) order, so an order's
 * side is the side it is listed under and its price the price of its level.
 * Everything `stateHash()` covers is here, and nothing else is needed to
 * continue: slots, pages and free lists are rebuilt, not copied.
 */
export interface SideState {
  /** Level prices, best first. */
  levelPrices: number[];
  /** Orders per level (same index as levelPrices); they sum to orderIds.length. */
  levelCounts: number[];
  orderIds: number[];
  accounts: number[];
  /** FIX OrderQty in lots (filled quantity included). */
  orderQtys: number[];
  leaves: number[];
  postOnly: boolean[];
  stp: number[];
  /** GTD expire time (microseconds), 0 for orders without one. */
  expireTimesUs: number[];
}

export interface BookState {
  instrument: number;
  /** 0 before the first trade. */
  lastTradePrice: number;
  bids: SideState;
  asks: SideState;
}

export interface EngineState {
  nextOrderId: number;
  nextTradeId: number;
  /** One per instrument, by id. */
  books: BookState[];
  /** stateHash() of the engine exported: import checks it rebuilt the same state. */
  stateHash: string;
}

/** Reads the whole state; read-only, O(resting orders + levels). */
export function exportEngineState(engine: OrderBookEngine): EngineState {
  const expiries = engine.gtdExpiries();
  return {
    nextOrderId: engine.nextOrderId(),
    nextTradeId: engine.nextTradeId(),
    books: engine.books.map((book, i) => ({
      instrument: i,
      lastTradePrice: book.lastTradePrice,
      bids: exportSide(engine, book.bids, expiries),
      asks: exportSide(engine, book.asks, expiries),
    })),
    stateHash: engine.stateHash(),
  };
}

function exportSide(engine: OrderBookEngine, side: BookSide, expiries: Map<number, number>): SideState {
  const o = engine.orders;
  const pages = engine.pages;
  const st: SideState = {
    levelPrices: [], levelCounts: [], orderIds: [], accounts: [], orderQtys: [], leaves: [], postOnly: [], stp: [],
    expireTimesUs: [],
  };
  for (let px = side.best; px >= 0; px = side.worseThan(px)) {
    const level = side.levelAt(px);
    st.levelPrices.push(px);
    st.levelCounts.push(pages.count(level));
    for (let s = pages.head(level); s !== 0; s = o.get(s, O.NEXT)) {
      const flags = o.get(s, O.FLAGS);
      st.orderIds.push(o.id(s));
      st.accounts.push(o.get(s, O.ACCOUNT));
      st.orderQtys.push(o.get(s, O.QTY));
      st.leaves.push(o.get(s, O.LEAVES));
      st.postOnly.push((flags & FLAG.POST_ONLY) !== 0);
      st.stp.push((flags >> FLAG.STP_SHIFT) & 3);
      st.expireTimesUs.push(expiries.get(o.id(s)) ?? 0);
    }
  }
  return st;
}

/**
 * A fresh engine holding exactly `state`: same orders with the same ids, in
 * the same priority order, same counters and last trade prices, so its
 * stateHash() equals the exported engine's and it answers every later command
 * with the same events. Throws when the state does not fit the instruments or
 * limits, is inconsistent, or rebuilds to a different hash.
 */
export function importEngineState(state: EngineState, instruments: InstrumentSpec[], limits: EngineLimits): OrderBookEngine {
  if (state.books.length !== instruments.length) {
    throw new Error(`snapshot has ${state.books.length} instruments, the configuration ${instruments.length}`);
  }
  const engine = new OrderBookEngine(instruments, limits);
  const placed = { entrySeq: 0, levels: 0 };
  state.books.forEach((b, i) => {
    if (b.instrument !== i) throw new Error(`snapshot book ${i} is for instrument ${b.instrument}`);
    const book = engine.books[i]!;
    book.lastTradePrice = b.lastTradePrice;
    book.updateBand();
    importSide(engine, b.bids, book.bids, Side.BUY, placed);
    importSide(engine, b.asks, book.asks, Side.SELL, placed);
  });
  linkAccounts(engine);
  for (const b of state.books) {
    for (const side of [b.bids, b.asks]) {
      if (side.expireTimesUs.length !== 0 && side.expireTimesUs.length !== side.orderIds.length) {
        throw new Error(`snapshot book ${b.instrument}: ${side.expireTimesUs.length} expire times for ${side.orderIds.length} orders`);
      }
      side.orderIds.forEach((id, k) => {
        const t = side.expireTimesUs[k] ?? 0;
        if (t !== 0) engine.restoreExpiry(id, t);
      });
    }
  }
  engine.restoreCounters(state.nextOrderId, state.nextTradeId, placed.entrySeq, placed.levels);
  const hash = engine.stateHash();
  if (hash !== state.stateHash) throw new Error(`restored engine hashes to ${hash}, the snapshot says ${state.stateHash}`);
  return engine;
}

function importSide(
  engine: OrderBookEngine, st: SideState, bookSide: BookSide, side: number,
  placed: { entrySeq: number; levels: number },
): void {
  const o = engine.orders;
  const oi = o.i32;
  let k = 0;
  for (let l = 0; l < st.levelPrices.length; l++) {
    const px = st.levelPrices[l]!;
    const count = st.levelCounts[l]!;
    if (!(count > 0)) throw new Error(`snapshot level ${px} has ${count} orders`);
    if (bookSide.levelAt(px) !== 0) throw new Error(`snapshot lists level ${px} twice`);
    if (!(Number.isInteger(px) && px >= 1 && px <= bookSide.maxPrice && bookSide.canOpen(px))) {
      throw new Error(`snapshot level ${px} cannot be opened (price range or maxPricePages)`);
    }
    if (placed.levels >= engine.limits.maxLevels) throw new Error(`snapshot holds more than maxLevels ${engine.limits.maxLevels} levels`);
    const level = bookSide.open(px);
    placed.levels++;
    // open() may have grown the page pool: read the views after it.
    const li = engine.pages.li;
    const lf = engine.pages.lf;
    const lb = level * LV.I32;
    let total = 0;
    let tail = 0;
    for (let n = 0; n < count; n++, k++) {
      if (o.used >= o.capacity) throw new Error(`snapshot holds more than maxOrders ${o.capacity} orders`);
      const id = st.orderIds[k]!;
      const account = st.accounts[k]!;
      const qty = st.orderQtys[k]!;
      const leaves = st.leaves[k]!;
      const stp = st.stp[k]!;
      if (!(Number.isSafeInteger(id) && id > 0 && id < Number.MAX_SAFE_INTEGER)) throw new Error(`snapshot order id ${id} invalid`);
      if (engine.ids.get(id) !== 0) throw new Error(`snapshot lists order ${id} twice`);
      if (!(Number.isInteger(account) && account >= 0 && account < engine.accHead.length)) throw new Error(`snapshot order ${id}: account ${account} out of range`);
      if (!(Number.isInteger(leaves) && leaves > 0 && Number.isInteger(qty) && leaves <= qty && qty < 2 ** 31)) {
        throw new Error(`snapshot order ${id}: leaves ${leaves} not in 1..orderQty ${qty}`);
      }
      if (!(stp === 0 || stp === 1 || stp === 2)) throw new Error(`snapshot order ${id}: stp ${stp}`);
      const s = o.alloc();
      const b = s * O.I32;
      o.f64[s * O.F64] = id;
      oi[b + O.QTY] = qty;
      oi[b + O.LEAVES] = leaves;
      oi[b + O.ACCOUNT] = account;
      oi[b + O.FLAGS] = (side === Side.SELL ? FLAG.SELL : 0) | (st.postOnly[k] === true ? FLAG.POST_ONLY : 0) | (stp << FLAG.STP_SHIFT);
      oi[b + O.LEVEL] = level;
      oi[b + O.ENTRY] = ++placed.entrySeq;
      oi[b + O.PREV] = tail;
      oi[b + O.NEXT] = 0;
      if (tail === 0) li[lb + LV.HEAD] = s; else oi[tail * O.I32 + O.NEXT] = s;
      tail = s;
      total += leaves;
      engine.ids.insert(id, s);
    }
    li[lb + LV.TAIL] = tail;
    li[lb + LV.COUNT] = count;
    lf[level * LV.F64] = total;
  }
  if (k !== st.orderIds.length) throw new Error(`snapshot side lists ${st.orderIds.length} orders, its levels ${k}`);
}

/** Account lists in ascending order id (the engine's invariant), over every resting order. */
function linkAccounts(engine: OrderBookEngine): void {
  const o = engine.orders;
  const oi = o.i32;
  const slots: number[] = [];
  for (let s = 1; s <= o.capacity && slots.length < o.used; s++) if (oi[s * O.I32 + O.LEVEL] !== 0) slots.push(s);
  slots.sort((a, b) => o.id(a) - o.id(b));
  for (const s of slots) {
    const account = oi[s * O.I32 + O.ACCOUNT]!;
    const tail = engine.accTail[account]!;
    oi[s * O.I32 + O.ACC_PREV] = tail;
    oi[s * O.I32 + O.ACC_NEXT] = 0;
    if (tail === 0) engine.accHead[account] = s; else oi[tail * O.I32 + O.ACC_NEXT] = s;
    engine.accTail[account] = s;
  }
}
