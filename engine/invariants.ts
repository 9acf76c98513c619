import { Side } from './enums.js';
import type { OrderBookEngine } from './matchingEngine.js';
import { FLAG, O } from './orderStore.js';
import { PG } from './pricePages.js';

/**
 * The optimized engine's internal consistency (docs/engine.md, "Invariants"),
 * walked from scratch. Tests call it after every step of property runs; it is
 * O(state), never on the hot path.
 */
export function assertEngineInvariants(e: OrderBookEngine): void {
  const o = e.orders;
  const pages = e.pages;
  const fail = (msg: string): never => {
    throw new Error(`invariant broken: ${msg}`);
  };
  let restingSeen = 0;
  let levelsSeen = 0;
  let pagesSeen = 0;
  e.books.forEach((book, inst) => {
    const bid = book.bids.best;
    const ask = book.asks.best;
    if (bid >= 0 && ask >= 0 && bid >= ask) fail(`book ${inst} crossed: bid ${bid} >= ask ${ask}`);
    for (const side of [Side.BUY, Side.SELL]) {
      const bookSide = side === Side.BUY ? book.bids : book.asks;
      // Search from the far end, independently of the cached best.
      const trueBest = side === Side.BUY ? bookSide.prevAtOrBelow(bookSide.maxPrice) : bookSide.nextAtOrAbove(0);
      if (trueBest !== bookSide.best) fail(`book ${inst} side ${side}: cached best ${bookSide.best} != ${trueBest}`);
      let levels = 0;
      let prevPx = -1;
      const pageNos = new Set<number>();
      for (let px = bookSide.best; px >= 0; px = bookSide.worseThan(px)) {
        if (prevPx >= 0 && (side === Side.BUY ? px >= prevPx : px <= prevPx)) {
          fail(`book ${inst} side ${side}: levels out of order at ${px}`);
        }
        prevPx = px;
        levels++;
        pageNos.add(px >>> PG.BITS);
        const level = bookSide.levelAt(px);
        if (level === 0) fail(`book ${inst} side ${side}: occupied price ${px} has no level`);
        if (pages.priceOf(level) !== px) fail(`level ${level} price ${pages.priceOf(level)} != ${px}`);
        if (pages.bookSideOf(level) !== inst * 2 + side) fail(`level ${level} on wrong book/side`);
        let count = 0;
        let total = 0;
        let prevSlot = 0;
        for (let s = pages.head(level); s !== 0; s = o.get(s, O.NEXT)) {
          const id = o.id(s);
          count++;
          total += o.get(s, O.LEAVES);
          if (count > o.used) fail(`level ${px}: list does not end`);
          if (o.get(s, O.PREV) !== prevSlot) fail(`order ${id}: prev link broken`);
          if (prevSlot !== 0 && ((o.get(s, O.ENTRY) - o.get(prevSlot, O.ENTRY)) >>> 0) >= 2 ** 31) {
            fail(`level ${px}: FIFO order broken at order ${id}`);
          }
          if (o.get(s, O.LEVEL) !== level) fail(`order ${id} points at level ${o.get(s, O.LEVEL)}, is on ${level}`);
          const leaves = o.get(s, O.LEAVES);
          if (!(leaves > 0 && leaves <= o.get(s, O.QTY))) {
            fail(`order ${id}: leaves ${leaves} not in 1..orderQty ${o.get(s, O.QTY)}`);
          }
          if (((o.get(s, O.FLAGS) & 1) === 1 ? Side.SELL : Side.BUY) !== side) fail(`order ${id} on wrong side`);
          if (e.ids.get(id) !== s) fail(`order ${id} not reachable by id`);
          prevSlot = s;
        }
        if (pages.tail(level) !== prevSlot) fail(`level ${px}: tail broken`);
        if (count === 0) fail(`level ${px}: empty level kept`);
        if (count !== pages.count(level)) fail(`level ${px}: count ${pages.count(level)} != ${count}`);
        if (total !== pages.total(level)) fail(`level ${px}: total ${pages.total(level)} != ${total}`);
        restingSeen += count;
      }
      if (levels !== bookSide.levelCount) fail(`book ${inst} side ${side}: levelCount ${bookSide.levelCount} != ${levels}`);
      if (pageNos.size !== bookSide.pagesHeld()) fail(`book ${inst} side ${side}: holds ${bookSide.pagesHeld()} pages, levels use ${pageNos.size}`);
      levelsSeen += levels;
      pagesSeen += pageNos.size;
    }
  });
  if (restingSeen !== o.used) fail(`resting orders in books ${restingSeen} != used slots ${o.used}`);
  if (e.ids.size !== o.used) fail(`id map size ${e.ids.size} != resting ${o.used}`);
  if (levelsSeen !== e.levelCount()) fail(`levels in books ${levelsSeen} != levels in use ${e.levelCount()}`);
  if (pagesSeen !== pages.used) fail(`pages held by books ${pagesSeen} != pages in use ${pages.used}`);
  if (o.freeCount() + o.used !== o.capacity) fail(`free ${o.freeCount()} + used ${o.used} != capacity ${o.capacity}`);
  let inAccounts = 0;
  for (let a = 0; a < e.accHead.length; a++) {
    let prevId = 0;
    let prevSlot = 0;
    for (let s = e.accHead[a]!; s !== 0; s = o.get(s, O.ACC_NEXT)) {
      inAccounts++;
      const id = o.id(s);
      if (inAccounts > o.used) fail('account lists hold more orders than rest');
      if (o.get(s, O.ACCOUNT) !== a) fail(`order ${id} in account list ${a}, belongs to ${o.get(s, O.ACCOUNT)}`);
      if (o.get(s, O.ACC_PREV) !== prevSlot) fail(`account ${a}: prev link broken`);
      if (id <= prevId) fail(`account ${a}: ids not ascending at ${id}`);
      if (o.get(s, O.LEVEL) === 0) fail(`order ${id} in account list but on no level`);
      prevId = id;
      prevSlot = s;
    }
    if (e.accTail[a] !== prevSlot) fail(`account ${a}: tail broken`);
  }
  if (inAccounts !== o.used) fail(`account lists hold ${inAccounts} orders, ${o.used} rest`);
  assertGtdInvariants(e);
}

/** Every resting GTD order has exactly one live expiry entry, and the count agrees. */
function assertGtdInvariants(e: OrderBookEngine): void {
  const o = e.orders;
  const live = new Map<number, number>();
  e.expiries.forEach((time, id) => {
    if (e.ids.get(id) === 0) return;
    if (live.has(id)) throw new Error(`invariant broken: order ${id} has two expiry entries`);
    live.set(id, time);
  });
  let flagged = 0;
  for (const book of e.books) {
    for (const bookSide of [book.bids, book.asks]) {
      for (let px = bookSide.best; px >= 0; px = bookSide.worseThan(px)) {
        for (let s = e.pages.head(bookSide.levelAt(px)); s !== 0; s = o.get(s, O.NEXT)) {
          const gtd = (o.get(s, O.FLAGS) & FLAG.GTD) !== 0;
          if (gtd) flagged++;
          if (gtd !== live.has(o.id(s))) throw new Error(`invariant broken: order ${o.id(s)} GTD flag ${gtd}, queued ${live.has(o.id(s))}`);
        }
      }
    }
  }
  if (flagged !== e.gtdCount()) throw new Error(`invariant broken: ${flagged} GTD orders rest, count says ${e.gtdCount()}`);
}
