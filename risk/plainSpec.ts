import type { EngineLimits, InstrumentSpec } from '../engine/instrumentSpec.js';
import type { CoreSpec } from './coreSpec.js';

/**
 * A CoreSpec around bare engine instruments, for benchmarks, tests and tools
 * that start from InstrumentSpecs rather than a config file: every
 * instrument trades its own base asset (asset i + 1) against one quote asset
 * (asset 0), one lot is one base minor unit and one tick x one lot one quote
 * minor unit; accounts 0..maxAccounts-1 have no limits beyond the open-order
 * count. Fund them with DEPOSIT commands (`fundingCommands`).
 */
export function plainCoreSpec(
  instruments: InstrumentSpec[], limits: EngineLimits,
  o: { dedupeWindowUs?: number; dedupeCapacity?: number; maxOpenOrders?: number } = {},
): CoreSpec {
  return {
    assets: [{ code: 'QUOTE', decimals: 0 }, ...instruments.map((i) => ({ code: `BASE${i.id}`, decimals: 0 }))],
    instruments: instruments.map((i) => ({
      ...i, baseAsset: i.id + 1, quoteAsset: 0, quoteNum: 1, quoteDen: 1, baseMinorPerLot: 1,
      maxOrderNotionalMinor: 0, maxPositionLots: 0,
    })),
    accounts: Array.from({ length: limits.maxAccounts }, (_, a) => ({
      id: `acc${a}`, maxOpenOrders: o.maxOpenOrders ?? limits.maxOrders, instrumentLimits: [],
    })),
    limits: {
      ...limits,
      dedupeWindowUs: o.dedupeWindowUs ?? 86_400_000_000,
      dedupeCapacity: o.dedupeCapacity ?? 1024,
    },
  };
}
