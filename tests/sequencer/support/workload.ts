import { Command } from '../../../engine/command.js';
import { EVENT_FIELDS, EventBuffer } from '../../../engine/eventBuffer.js';
import type { EngineLimits, InstrumentSpec } from '../../../engine/instrumentSpec.js';
import { ExchangeCore } from '../../../risk/exchangeCore.js';
import { fundingCommands } from '../../../risk/funding.js';
import { RandomCommands } from '../../engine/support/randomCommands.js';
import { plainCoreSpec } from '../../../risk/plainSpec.js';

/** Every account's deposit of every asset, in minor units: ample for any workload here. */
export const WORKLOAD_FUNDS = 1e12;

/**
 * A seeded list of commands for sequencer tests: deposits funding every
 * account of `plainCoreSpec(instruments, limits)` (the first commands of the
 * `count`), then the engine tests' mixed
 * generator (every command type, invalid values, self-trades, sweeps), made
 * encodable the way the gateway guarantees: integers only, enum-like fields
 * in 0..255, order ids >= 0. A value the generator spoils stays invalid for
 * the core (e.g. side 255, account -1), so rejects are still exercised.
 */
export function makeWorkload(
  seed: number, count: number, instruments: InstrumentSpec[], limits: EngineLimits, targetResting = 300,
): Command[] {
  const gen = new RandomCommands(seed, { instruments, accounts: 6, maxAccounts: limits.maxAccounts, targetResting });
  const core = new ExchangeCore(plainCoreSpec(instruments, limits));
  const events = new EventBuffer();
  const slot = new Command();
  const out: Command[] = fundingCommands(core.spec, WORKLOAD_FUNDS).slice(0, count);
  for (const c of out) core.apply(c, events);
  while (out.length < count) {
    gen.next(slot);
    makeEncodable(slot);
    events.clear();
    core.apply(slot, events);
    gen.observe(events);
    out.push(new Command().copyFrom(slot));
  }
  return out;
}

function makeEncodable(c: Command): void {
  const int32 = (v: number) => Math.max(-(2 ** 31), Math.min(2 ** 31 - 1, Math.trunc(v)));
  const u8 = (v: number) => (Number.isInteger(v) && v >= 0 && v <= 255 ? v : 255);
  c.price = Math.trunc(c.price);
  c.qty = Math.trunc(c.qty);
  c.account = int32(c.account);
  c.instrument = int32(c.instrument);
  c.orderId = Math.max(0, Math.trunc(c.orderId));
  c.type = u8(c.type);
  c.side = u8(c.side);
  c.ordType = u8(c.ordType);
  c.tif = u8(c.tif);
  c.stp = u8(c.stp);
}

/** The fields each event of a range sets (EVENT_FIELDS; others are stale), as numbers: comparable event streams. */
export function eventsOf(events: EventBuffer, first = 0, end = events.count): number[][] {
  const rows: number[][] = [];
  for (let i = first; i < end; i++) rows.push(EVENT_FIELDS[events.type(i)]!.map((f) => events.get(i, f)));
  return rows;
}
