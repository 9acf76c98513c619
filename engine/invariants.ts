import { Side } from './enums.js';
import type { OrderBookEngine } from './matchingEngine.js';

/**
 * The optimized engine's internal consistency (docs/engine.md, "Invariants"),
 * walked from scratch. Tests call it after every step of property runs; it is
 * O(state), never on the hot path.
 */
export function assertEngineInvariants(e: OrderBookEngine): void {
  const o = e.orders;
  const lv = e.levelPool;
  const fail = (msg: string): never => {
    throw new Error(`invariant broken: ${msg}`);
  };
  let restingSeen = 0;
  let levelsSeen = 0;
  e.books.forEach((book, inst) => {
    const bid = book.bids.best;
    const ask = book.asks.best;
    if (bid >= 0 && ask >= 0 && bid >= ask) fail(`book ${inst} crossed: bid ${bid} >= ask ${ask}`);
    for (const side of [Side.BUY, Side.SELL]) {
      const bookSide = side === Side.BUY ? book.bids : book.asks;
      let levels = 0;
      let prevPx = -1;
      // Walk every price from the far end to find the true best independently of `best`.
      const trueBest = side === Side.BUY ? bookSide.prevAtOrBelow(bookSide.maxPrice) : bookSide.nextAtOrAbove(0);
      if (trueBest !== bookSide.best) fail(`book ${inst} side ${side}: cached best ${bookSide.best} != ${trueBest}`);
      for (let px = bookSide.best; px >= 0; px = bookSide.worseThan(px)) {
        if (prevPx >= 0 && (side === Side.BUY ? px >= prevPx : px <= prevPx)) {
          fail(`book ${inst} side ${side}: levels out of order at ${px}`);
        }
        prevPx = px;
        levels++;
        const level = bookSide.levelAt(px);
        if (level === 0) fail(`book ${inst} side ${side}: occupied price ${px} has no level`);
        if (lv.price[level] !== px) fail(`level ${level} price ${lv.price[level]} != ${px}`);
        if (lv.bookSide[level] !== inst * 2 + side) fail(`level ${level} on wrong book/side`);
        let count = 0;
        let total = 0;
        let prevSlot = 0;
        for (let s = lv.head[level]!; s !== 0; s = o.next[s]!) {
          count++;
          total += o.leaves[s]!;
          if (o.prev[s] !== prevSlot) fail(`order slot ${s}: prev link broken`);
          if (prevSlot !== 0 && ((o.entry[s]! - o.entry[prevSlot]!) >>> 0) >= 2 ** 31) {
            fail(`level ${px}: FIFO order broken at order ${o.orderId[s]}`);
          }
          if (o.level[s] !== level) fail(`order ${o.orderId[s]} points at level ${o.level[s]}, is on ${level}`);
          if (!(o.leaves[s]! > 0 && o.leaves[s]! <= o.orderQty[s]!)) {
            fail(`order ${o.orderId[s]}: leaves ${o.leaves[s]} not in 1..orderQty ${o.orderQty[s]}`);
          }
          if (((o.flags[s]! & 1) === 1 ? Side.SELL : Side.BUY) !== side) fail(`order ${o.orderId[s]} on wrong side`);
          if (e.ids.get(o.orderId[s]!) !== s) fail(`order ${o.orderId[s]} not reachable by id`);
          prevSlot = s;
        }
        if (lv.tail[level] !== prevSlot) fail(`level ${px}: tail broken`);
        if (count === 0) fail(`level ${px}: empty level kept`);
        if (count !== lv.count[level]) fail(`level ${px}: count ${lv.count[level]} != ${count}`);
        if (total !== lv.total[level]) fail(`level ${px}: total ${lv.total[level]} != ${total}`);
        restingSeen += count;
      }
      if (levels !== bookSide.levelCount) fail(`book ${inst} side ${side}: levelCount ${bookSide.levelCount} != ${levels}`);
      levelsSeen += levels;
    }
  });
  if (restingSeen !== o.used) fail(`resting orders in books ${restingSeen} != used slots ${o.used}`);
  if (e.ids.size !== o.used) fail(`id map size ${e.ids.size} != resting ${o.used}`);
  if (levelsSeen !== lv.used) fail(`levels in books ${levelsSeen} != used levels ${lv.used}`);
  if (o.freeCount() + o.used !== o.capacity) fail(`free ${o.freeCount()} + used ${o.used} != capacity ${o.capacity}`);
  let inAccounts = 0;
  for (let a = 0; a < e.accHead.length; a++) {
    let prevId = 0;
    let prevSlot = 0;
    for (let s = e.accHead[a]!; s !== 0; s = o.accNext[s]!) {
      inAccounts++;
      if (o.account[s] !== a) fail(`order ${o.orderId[s]} in account list ${a}, belongs to ${o.account[s]}`);
      if (o.accPrev[s] !== prevSlot) fail(`account ${a}: prev link broken`);
      if (o.orderId[s]! <= prevId) fail(`account ${a}: ids not ascending at ${o.orderId[s]}`);
      if (o.level[s] === 0) fail(`order ${o.orderId[s]} in account list but on no level`);
      prevId = o.orderId[s]!;
      prevSlot = s;
      if (inAccounts > o.used) fail('account lists hold more orders than rest');
    }
    if (e.accTail[a] !== prevSlot) fail(`account ${a}: tail broken`);
  }
  if (inAccounts !== o.used) fail(`account lists hold ${inAccounts} orders, ${o.used} rest`);
}
