import { Command } from '../../engine/command.js';
import type { MatchingEngine } from '../../engine/engine.js';
import { CancelReason, EventType, Side } from '../../engine/enums.js';
import { EventBuffer, F } from '../../engine/eventBuffer.js';
import { loadCommand } from './commandStream.js';
import type { SegmentStats, Workload } from './workload.js';

/**
 * An untimed pass of the real engine over the whole stream that reads every
 * event, to prove the stream is what the generator says it is: no command
 * rejected (so every cancel and move hit a resting order with the id the
 * generator predicted), and the engine's trade ratio, resting orders, levels
 * and next order id equal the model's at the end of each segment.
 */
export interface SegmentCheck {
  segment: string;
  commands: number;
  tradeCommands: number;
  tradeRatio: number;
  modelTradeCommands: number;
  rejects: number;
  stpCancels: number;
  events: number;
  resting: number;
  modelResting: number;
  levels: number;
  modelLevels: number;
  nextOrderId: number;
  modelNextOrderId: number;
  ok: boolean;
}

export interface VerifyReport {
  ok: boolean;
  segments: SegmentCheck[];
  /** Most events one command produced. */
  maxEventsPerCommand: number;
}

/**
 * Verifies on an engine made by `make` inside this call, so the engine is
 * garbage when it returns (callers measure memory afterwards).
 */
export function verifyWorkload(make: () => MatchingEngine, wl: Workload): VerifyReport {
  const engine = make();
  const cmd = new Command();
  const events = new EventBuffer();
  const segments: SegmentCheck[] = [];
  let maxEvents = 0;
  const parts: [string, number, number, SegmentStats][] = [
    ['prefill', 0, wl.prefillEnd, wl.prefill],
    ['warmup', wl.prefillEnd, wl.warmupEnd, wl.warmup],
    ['measured', wl.warmupEnd, wl.end, wl.measured],
  ];
  for (const [segment, from, to, model] of parts) {
    let tradeCommands = 0;
    let rejects = 0;
    let stpCancels = 0;
    let eventCount = 0;
    for (let i = from; i < to; i++) {
      loadCommand(wl.stream.words, i, cmd);
      engine.apply(cmd, events);
      let traded = false;
      for (let e = 0; e < events.count; e++) {
        const type = events.type(e);
        if (type === EventType.TRADE) traded = true;
        else if (type === EventType.REJECTED) rejects++;
        else if (type === EventType.CANCELED && events.get(e, F.REASON) === CancelReason.STP) stpCancels++;
      }
      if (traded) tradeCommands++;
      eventCount += events.count;
      if (events.count > maxEvents) maxEvents = events.count;
      events.clear();
    }
    const commands = to - from;
    const levels = countLevels(engine, Side.BUY) + countLevels(engine, Side.SELL);
    const check: SegmentCheck = {
      segment,
      commands,
      tradeCommands,
      tradeRatio: commands > 0 ? tradeCommands / commands : 0,
      modelTradeCommands: model.tradeCommands,
      rejects,
      stpCancels,
      events: eventCount,
      resting: engine.restingOrderCount(),
      modelResting: model.restingAtEnd,
      levels,
      modelLevels: model.levelsAtEnd,
      nextOrderId: engine.nextOrderId(),
      modelNextOrderId: model.nextOrderIdAtEnd,
      ok: false,
    };
    check.ok = rejects === 0 && tradeCommands === model.tradeCommands &&
      check.resting === check.modelResting && levels === model.levelsAtEnd &&
      check.nextOrderId === check.modelNextOrderId;
    segments.push(check);
  }
  return { ok: segments.every((s) => s.ok), segments, maxEventsPerCommand: maxEvents };
}

function countLevels(engine: MatchingEngine, side: number): number {
  let n = 0;
  engine.forEachLevel(0, side, Number.MAX_SAFE_INTEGER, () => { n++; });
  return n;
}
