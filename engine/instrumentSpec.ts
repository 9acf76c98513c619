/**
 * An instrument as the core sees it: integers only. The config loader
 * (`config/`) turns the decimal strings of the config file into these and
 * proves the bounds documented on each field.
 */
export interface InstrumentSpec {
  /** Dense index, 0..n-1, the instrument's number in commands and events. */
  id: number;
  symbol: string;
  base: string;
  quote: string;
  /** Decimal strings kept for the edges (gateway, tools). */
  tickSize: string;
  lotSize: string;
  /** Quantity bounds in lots; maxQtyLots <= 2^31 - 1 (order quantities are int32). */
  minQtyLots: number;
  maxQtyLots: number;
  /** Highest accepted price in ticks; <= 2^31 - 1 and maxPriceTicks * maxQtyLots is a safe integer. */
  maxPriceTicks: number;
  /** Price band half-width in basis points of the reference price; 0 disables the band. */
  priceBandBps: number;
  /** Band centre before the first trade, in ticks; 0 = none (no band until a trade). */
  referencePriceTicks: number;
  makerFeeBps: number;
  takerFeeBps: number;
}

export interface EngineLimits {
  /** Orders resting at once, all instruments together (preallocated). */
  maxOrders: number;
  /** Distinct price levels at once, all books together (preallocated). */
  maxLevels: number;
  /** Account numbers are 0..maxAccounts-1. */
  maxAccounts: number;
  /**
   * Price pages (1024 consecutive ticks of one book side, 24 KiB each) in use
   * at once, all books together; bounds the memory orders spread over
   * far-apart prices can commit. Default DEFAULT_MAX_PRICE_PAGES.
   */
  maxPricePages?: number;
}

export const DEFAULT_MAX_PRICE_PAGES = 4096;
