import { Command } from '../../../engine/command.js';
import type { MatchingEngine } from '../../../engine/engine.js';
import { OrdType, Side, StpMode, TimeInForce } from '../../../engine/enums.js';
import { EventBuffer } from '../../../engine/eventBuffer.js';
import type { EngineLimits, InstrumentSpec } from '../../../engine/instrumentSpec.js';
import type { EngineFactory } from './engines.js';
import { LIMITS, TWO_INSTRUMENTS } from './fixtures.js';
import { readEvents, type ReadableEvent } from './events.js';

export const BUY = Side.BUY;
export const SELL = Side.SELL;

export interface OrderOptions {
  instrument?: number;
  tif?: number;
  postOnly?: boolean;
  stp?: number;
  /** GTD orders: expire time (microseconds). */
  expireTimeUs?: number;
}

/**
 * Drives one engine the way the core is driven (one reused command slot, one
 * reused event buffer) and answers each command's events as readable objects.
 * Runs `assertInvariants()` after every command.
 */
export class Harness {
  readonly cmd = new Command();
  readonly out = new EventBuffer(64);
  readonly engine: MatchingEngine;

  constructor(factory: EngineFactory, instruments: InstrumentSpec[] = TWO_INSTRUMENTS,
    limits: EngineLimits = LIMITS) {
    this.engine = new factory(instruments, limits);
  }

  /** Sequencer time stamped into every following command (microseconds). */
  nowUs = 0;

  /** Applies whatever `fill` put in the slot. */
  send(fill: (cmd: Command) => unknown): ReadableEvent[] {
    this.out.clear();
    fill(this.cmd);
    this.cmd.timestampUs = this.nowUs;
    this.engine.apply(this.cmd, this.out);
    this.engine.assertInvariants();
    return readEvents(this.out);
  }

  limit(account: number, side: number, price: number, qty: number, o: OrderOptions = {}): ReadableEvent[] {
    return this.send((c) => c.newOrder(account, o.instrument ?? 0, side, OrdType.LIMIT,
      o.tif ?? TimeInForce.GTC, price, qty, o.postOnly ?? false, o.stp ?? StpMode.CANCEL_NEWEST,
      o.expireTimeUs ?? 0));
  }

  /** A TICK at `nowUs`: time passes, nothing else is asked. */
  tick(nowUs: number): ReadableEvent[] {
    this.nowUs = nowUs;
    return this.send((c) => c.tick());
  }

  market(account: number, side: number, qty: number, o: OrderOptions = {}): ReadableEvent[] {
    return this.send((c) => c.newOrder(account, o.instrument ?? 0, side, OrdType.MARKET,
      o.tif ?? TimeInForce.IOC, 0, qty, o.postOnly ?? false, o.stp ?? StpMode.CANCEL_NEWEST));
  }

  cancel(account: number, orderId: number, instrument = 0): ReadableEvent[] {
    return this.send((c) => c.cancel(account, instrument, orderId));
  }

  replace(account: number, orderId: number, price: number, qty: number, instrument = 0): ReadableEvent[] {
    return this.send((c) => c.replace(account, instrument, orderId, price, qty));
  }

  massCancel(account: number, instrument: number): ReadableEvent[] {
    return this.send((c) => c.massCancel(account, instrument));
  }

  /** Levels of one side, best first, as [price, qty, count]. */
  levels(side: number, instrument = 0): [number, number, number][] {
    const levels: [number, number, number][] = [];
    this.engine.forEachLevel(instrument, side, 1000, (p, q, n) => { levels.push([p, q, n]); });
    return levels;
  }
}
