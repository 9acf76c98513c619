import { OrdType, Side, StpMode, TimeInForce } from '../enums.js';
import type { InstrumentSpec } from '../instrumentSpec.js';

/** Pure helpers of the naive engine: the arithmetic of docs/engine.md, one rule each. */

export interface PriceBand {
  lower: number;
  upper: number;
}

/**
 * The price band of an instrument (docs/engine.md, NEW_ORDER check 6), or
 * null when it does not apply: band disabled, or no reference yet.
 * `lastTradePrice` is 0 before the instrument's first trade.
 */
export function priceBand(spec: InstrumentSpec, lastTradePrice: number): PriceBand | null {
  const bps = spec.priceBandBps;
  if (bps <= 0) return null;
  const ref = lastTradePrice > 0 ? lastTradePrice : spec.referencePriceTicks;
  if (ref <= 0) return null;
  return {
    lower: Math.ceil((ref * (10000 - bps)) / 10000),
    upper: Math.floor((ref * (10000 + bps)) / 10000),
  };
}

/** The limit of a MARKET order: the band edge, else the widest price. */
export function marketLimit(spec: InstrumentSpec, side: number, band: PriceBand | null): number {
  if (side === Side.BUY) return band === null ? spec.maxPriceTicks : band.upper;
  return band === null ? 1 : band.lower;
}

/** Whether a taker on `side` with limit `limit` may trade at `levelPrice`. */
export function withinLimit(side: number, levelPrice: number, limit: number): boolean {
  return side === Side.BUY ? levelPrice <= limit : levelPrice >= limit;
}

export function opposite(side: number): number {
  return side === Side.BUY ? Side.SELL : Side.BUY;
}

export function isQtyInRange(spec: InstrumentSpec, qty: number): boolean {
  return Number.isInteger(qty) && qty >= spec.minQtyLots && qty <= spec.maxQtyLots;
}

export function isPriceInRange(spec: InstrumentSpec, price: number): boolean {
  return Number.isInteger(price) && price >= 1 && price <= spec.maxPriceTicks;
}

export function isInBand(band: PriceBand | null, price: number): boolean {
  return band === null || (price >= band.lower && price <= band.upper);
}

function isOneOf(value: number, enumeration: Readonly<Record<string, number>>): boolean {
  return Object.values(enumeration).includes(value);
}

/** NEW_ORDER check 3: enumerations and the combinations the spec forbids. */
export function hasValidOrderShape(
  side: number, ordType: number, tif: number, stp: number, postOnly: boolean,
): boolean {
  if (!isOneOf(side, Side) || !isOneOf(ordType, OrdType) || !isOneOf(tif, TimeInForce)) return false;
  if (!isOneOf(stp, StpMode)) return false;
  const rests = tif === TimeInForce.GTC || tif === TimeInForce.GTD;
  if (ordType === OrdType.MARKET && rests) return false;
  if (postOnly && (ordType !== OrdType.LIMIT || !rests)) return false;
  return true;
}
