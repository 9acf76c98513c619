import type { ExchangeConfig } from '../config/exchangeConfig.js';
import { engineLimits } from '../config/exchangeConfig.js';
import type { EngineLimits, InstrumentSpec } from '../engine/instrumentSpec.js';
import { quoteScale } from './amounts.js';

/**
 * Everything the deterministic core (order manager, risk, wallet, matching)
 * is constructed from: integers only, derived from the config once. It is
 * written into a data directory's manifest (sequencer/coreManifest.ts): the
 * journal means something only together with it.
 */
export interface CoreSpec {
  assets: AssetSpec[];
  instruments: RiskInstrumentSpec[];
  /** Trading accounts, 0..n-1; the core adds the fee account as number n. */
  accounts: AccountSpec[];
  limits: CoreLimits;
}

export interface AssetSpec {
  code: string;
  decimals: number;
}

export interface RiskInstrumentSpec extends InstrumentSpec {
  baseAsset: number;
  quoteAsset: number;
  /** One tick x one lot = quoteNum / quoteDen minor units of the quote asset (lowest terms). */
  quoteNum: number;
  quoteDen: number;
  /** One lot in minor units of the base asset (an integer: the config loader checks). */
  baseMinorPerLot: number;
  /** Default per-account limits on this instrument; 0 = none. */
  maxOrderNotionalMinor: number;
  maxPositionLots: number;
}

export interface AccountSpec {
  id: string;
  maxOpenOrders: number;
  /** Per-instrument overrides of the instrument defaults (0 = none). */
  instrumentLimits: { instrument: number; maxOrderQtyLots: number; maxOrderNotionalMinor: number; maxPositionLots: number }[];
}

export interface CoreLimits extends EngineLimits {
  /** How long a ClOrdID stays in the dedupe window, sequencer microseconds. */
  dedupeWindowUs: number;
  /** ClOrdIDs held at once (preallocated); a full window answers DEDUPE_WINDOW_FULL. */
  dedupeCapacity: number;
}

export { FEE_ACCOUNT_ID } from './feeAccount.js';

export function coreSpecFromConfig(config: ExchangeConfig): CoreSpec {
  const assets = config.assets.map((a) => ({ code: a.code, decimals: a.decimals }));
  const instruments = config.instruments.map((c): RiskInstrumentSpec => {
    const { num, den } = quoteScale(c.tick.mantissa, c.tick.scale, c.lot.mantissa, c.lot.scale, c.quoteAsset.decimals);
    const base = engineInstrument(c);
    return {
      ...base,
      baseAsset: c.baseAsset.index,
      quoteAsset: c.quoteAsset.index,
      quoteNum: Number(num),
      quoteDen: Number(den),
      baseMinorPerLot: c.baseMinorPerLot,
      maxOrderNotionalMinor: c.maxOrderNotionalMinor,
      maxPositionLots: c.maxPositionLots,
    };
  });
  const accounts = config.accounts.map((a): AccountSpec => ({
    id: a.id,
    maxOpenOrders: a.maxOpenOrders ?? config.limits.maxOpenOrdersPerAccount,
    instrumentLimits: a.instrumentLimits,
  }));
  return {
    assets, instruments, accounts,
    limits: {
      ...engineLimits(config),
      dedupeWindowUs: config.limits.dedupeWindowHours * 3_600_000_000,
      dedupeCapacity: config.limits.dedupeWindowOrders,
    },
  };
}

/** The engine's view of an instrument config: only InstrumentSpec's fields (the manifest is JSON). */
function engineInstrument(c: InstrumentSpec): InstrumentSpec {
  return {
    id: c.id, symbol: c.symbol, base: c.base, quote: c.quote, tickSize: c.tickSize, lotSize: c.lotSize,
    minQtyLots: c.minQtyLots, maxQtyLots: c.maxQtyLots, maxPriceTicks: c.maxPriceTicks,
    priceBandBps: c.priceBandBps, referencePriceTicks: c.referencePriceTicks,
    makerFeeBps: c.makerFeeBps, takerFeeBps: c.takerFeeBps,
  };
}
