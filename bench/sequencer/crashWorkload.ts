import { Command } from '../../engine/command.js';
import { CommandType, OrdType, Side, StpMode, TimeInForce } from '../../engine/enums.js';
import type { EngineLimits, InstrumentSpec } from '../../engine/instrumentSpec.js';
import { plainCoreSpec } from '../../risk/plainSpec.js';

/**
 * The crash harness's workload: the command of seq k is a pure function of
 * (seed, k), so after any number of kills and restarts the journal must hold
 * exactly commandFor(1), commandFor(2), ...: a record that differs means a
 * command was lost, doubled or reordered. First a deposit of every asset
 * for every account (RefID = seq), then mostly limit orders around a mid
 * (they rest and cross), cancels of recent ids, some IOC and market orders.
 */
export const CRASH_INSTRUMENTS: InstrumentSpec[] = [0, 1].map((id) => ({
  id, symbol: `CRASH${id}`, base: `B${id}`, quote: 'USD', tickSize: '0.01', lotSize: '1',
  minQtyLots: 1, maxQtyLots: 1_000_000, maxPriceTicks: 100_000, priceBandBps: 0, referencePriceTicks: 0,
  makerFeeBps: 0, takerFeeBps: 0,
}));
export const CRASH_LIMITS: EngineLimits = { maxOrders: 200_000, maxLevels: 50_000, maxAccounts: 16 };
export const CRASH_SPEC = plainCoreSpec(CRASH_INSTRUMENTS, CRASH_LIMITS);
const ASSETS = CRASH_SPEC.assets.length;
/** Seqs 1..FUNDING_COMMANDS are the deposits. */
export const FUNDING_COMMANDS = CRASH_LIMITS.maxAccounts * ASSETS;

function hash32(seed: number, k: number, salt: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(k | 0, 0xc2b2ae35) ^ Math.imul((k / 4294967296) | 0, 0x27d4eb2f) ^ salt;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

export function commandFor(seed: number, seq: number, cmd: Command): Command {
  const r = (salt: number, n: number) => hash32(seed, seq, salt) % n;
  const instrument = r(1, 2);
  const account = r(2, 16);
  const kind = r(3, 100);
  // Every field is set, so the command does not depend on what the slot held before (a restart starts empty).
  cmd.side = 0; cmd.ordType = 0; cmd.tif = 0; cmd.stp = 0; cmd.postOnly = false; cmd.price = 0; cmd.qty = 0;
  cmd.orderId = 0; cmd.asset = 0; cmd.amount = 0; cmd.refId = 0;
  if (seq <= FUNDING_COMMANDS) {
    return cmd.funding(CommandType.DEPOSIT, Math.floor((seq - 1) / ASSETS), (seq - 1) % ASSETS, 1e12, seq);
  }
  if (kind < 20 && seq > FUNDING_COMMANDS + 10) return cmd.cancel(account, instrument, seq - 1 - r(4, Math.min(seq - 1, 500)));
  const side = r(5, 2) === 0 ? Side.BUY : Side.SELL;
  const mid = 10_000 + (r(6, 40) - 20);
  const price = side === Side.BUY ? mid - r(7, 15) : mid + r(7, 15) - 3;
  const qty = 1 + r(8, 20);
  if (kind < 25) return cmd.newOrder(account, instrument, side, OrdType.MARKET, TimeInForce.IOC, 0, qty, false, StpMode.CANCEL_OLDEST);
  const tif = kind < 32 ? TimeInForce.IOC : TimeInForce.GTC;
  return cmd.newOrder(account, instrument, side, OrdType.LIMIT, tif, price, qty, false, r(9, 3));
}

/** Field-by-field equality of the fields a command carries (seq and time excluded). */
export function sameCommand(a: Command, b: Command): boolean {
  return a.type === b.type && a.account === b.account && a.instrument === b.instrument && a.orderId === b.orderId &&
    a.side === b.side && a.ordType === b.ordType && a.tif === b.tif && a.stp === b.stp && a.postOnly === b.postOnly &&
    a.price === b.price && a.qty === b.qty && a.asset === b.asset && a.amount === b.amount && a.refId === b.refId;
}
