import { describe, expect, it } from 'vitest';
import { StpMode, TimeInForce } from '../../engine/enums.js';
import { StateHasher } from '../../engine/stateHasher.js';
import { ENGINES } from './support/engines.js';
import { BUY, Harness, SELL } from './support/harness.js';

describe.each(ENGINES)('%s engine: stateHash', (_name, factory) => {
  it('feeds the documented walk to StateHasher', () => {
    const h = new Harness(factory);
    h.limit(1, BUY, 100, 10);
    h.limit(2, BUY, 100, 5, { postOnly: true, stp: StpMode.CANCEL_BOTH });
    h.limit(3, SELL, 102, 4, { stp: StpMode.CANCEL_OLDEST });
    h.limit(4, BUY, 102, 1);
    h.limit(5, BUY, 99, 7, { tif: TimeInForce.GTD, expireTimeUs: 5000 });
    const w = new StateHasher();
    // Instrument 0: last trade 102.
    w.add(0).add(102);
    w.add(BUY).add(2);
    w.add(100).add(2).add(15);
    // Per order: id, account, order qty, leaves, postOnly, STP mode, GTD expire time (0: none).
    w.add(1).add(1).add(10).add(10).add(0).add(0).add(0);
    w.add(2).add(2).add(5).add(5).add(1).add(2).add(0);
    w.add(99).add(1).add(7);
    w.add(5).add(5).add(7).add(7).add(0).add(0).add(5000);
    w.add(SELL).add(1);
    w.add(102).add(1).add(3);
    w.add(3).add(3).add(4).add(3).add(0).add(1).add(0);
    // Instrument 1: empty, no trade.
    w.add(1).add(0).add(BUY).add(0).add(SELL).add(0);
    // Next order id, next trade id, resting orders.
    w.add(6).add(2).add(4);
    expect(h.engine.stateHash()).toBe(w.digest());
  });

  it('of a fresh engine is the walk of empty books', () => {
    const h = new Harness(factory);
    const w = new StateHasher();
    w.add(0).add(0).add(BUY).add(0).add(SELL).add(0);
    w.add(1).add(0).add(BUY).add(0).add(SELL).add(0);
    w.add(1).add(1).add(0);
    expect(h.engine.stateHash()).toBe(w.digest());
  });

  it('sees FIFO order within a level', () => {
    const a = new Harness(factory);
    a.limit(1, BUY, 100, 5);
    a.limit(2, BUY, 100, 5);
    const b = new Harness(factory);
    b.limit(1, BUY, 100, 5);
    b.limit(2, BUY, 100, 5);
    b.replace(1, 1, 100, 6);
    b.replace(1, 1, 100, 5);
    expect(b.engine.stateHash()).not.toBe(a.engine.stateHash());
    a.replace(1, 1, 100, 6);
    a.replace(1, 1, 100, 5);
    expect(b.engine.stateHash()).toBe(a.engine.stateHash());
  });

  it('is a pure function of the state (calling it changes nothing)', () => {
    const h = new Harness(factory);
    h.limit(1, SELL, 100, 5);
    expect(h.engine.stateHash()).toBe(h.engine.stateHash());
  });
});
