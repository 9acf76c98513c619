import type { ExchangeConfig, InstrumentConfig } from '../config/exchangeConfig.js';
import { stepOf, stepsText, type Dec } from './decimalText.js';

/** What the gateway needs of an instrument to convert at the edge (from the config). */
export interface GatewayInstrument {
  id: number;
  symbol: string;
  tick: Dec;
  lot: Dec;
  minQtyLots: number;
  maxQtyLots: number;
  maxPriceTicks: number;
  quote: string;
  quoteDecimals: number;
  config: InstrumentConfig;
}

export function gatewayInstruments(config: ExchangeConfig): GatewayInstrument[] {
  return config.instruments.map((i) => ({
    id: i.id, symbol: i.symbol, tick: stepOf(i.tickSize), lot: stepOf(i.lotSize),
    minQtyLots: i.minQtyLots, maxQtyLots: i.maxQtyLots, maxPriceTicks: i.maxPriceTicks,
    quote: i.quote, quoteDecimals: i.quoteAsset.decimals, config: i,
  }));
}

/** `GET /instruments`: the instruments as the contract's config spells them (decimal strings). */
export function instrumentsJson(config: ExchangeConfig): string {
  return JSON.stringify(config.instruments.map((i) => ({
    symbol: i.symbol, base: i.base, quote: i.quote, tickSize: i.tickSize, lotSize: i.lotSize,
    minQty: stepsOf(i.minQtyLots, i), maxQty: stepsOf(i.maxQtyLots, i), maxPrice: priceOf(i.maxPriceTicks, i),
    priceBandPct: i.priceBandBps / 100, referencePrice: i.referencePriceTicks > 0 ? priceOf(i.referencePriceTicks, i) : null,
    makerFeeBps: i.makerFeeBps, takerFeeBps: i.takerFeeBps,
  })));
}

function stepsOf(lots: number, i: InstrumentConfig): string {
  return stepsText(lots, stepOf(i.lotSize));
}
function priceOf(ticks: number, i: InstrumentConfig): string {
  return stepsText(ticks, stepOf(i.tickSize));
}
