import type { InstrumentSpec } from './instrumentSpec.js';

const INT32_MAX = 2 ** 31 - 1;

/**
 * Asserts the integer bounds the core relies on (docs/engine.md): prices and
 * order quantities fit int32 typed arrays, and price x quantity (a notional
 * in tick-lots) is a safe integer. The config loader gives a friendly error
 * for the same rules; this is the core's own guard.
 */
export function validateInstrumentSpec(spec: InstrumentSpec, index: number): void {
  const fail = (what: string): never => {
    throw new Error(`instrument ${index} (${spec.symbol}): ${what}`);
  };
  if (spec.id !== index) fail(`id ${spec.id} must equal its position ${index}`);
  const intIn = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
  if (!intIn(spec.minQtyLots, 1, INT32_MAX)) fail(`minQtyLots ${spec.minQtyLots} out of 1..2^31-1`);
  if (!intIn(spec.maxQtyLots, spec.minQtyLots, INT32_MAX)) fail(`maxQtyLots ${spec.maxQtyLots} out of minQtyLots..2^31-1`);
  if (!intIn(spec.maxPriceTicks, 1, INT32_MAX)) fail(`maxPriceTicks ${spec.maxPriceTicks} out of 1..2^31-1`);
  if (!Number.isSafeInteger(spec.maxPriceTicks * spec.maxQtyLots)) {
    fail('maxPriceTicks x maxQtyLots leaves the safe-integer range');
  }
  if (!intIn(spec.priceBandBps, 0, 10000)) fail(`priceBandBps ${spec.priceBandBps} out of 0..10000`);
  if (!intIn(spec.referencePriceTicks, 0, spec.maxPriceTicks)) {
    fail(`referencePriceTicks ${spec.referencePriceTicks} out of 0..maxPriceTicks`);
  }
  if (!intIn(spec.makerFeeBps, -10000, 10000)) fail(`makerFeeBps ${spec.makerFeeBps} out of range`);
  if (!intIn(spec.takerFeeBps, 0, 10000)) fail(`takerFeeBps ${spec.takerFeeBps} out of range`);
}
