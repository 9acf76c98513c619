/**
 * Exact integer money arithmetic of the wallet (docs/risk.md, "Amounts and
 * rounding"). A trade's notional in ticks x lots is a safe integer (the
 * config loader proves maxPrice x maxQty < 2^53); one tick x one lot is
 * `num / den` minor units of the quote asset, so an amount in minor units is
 * `ticksLots * num / den`, rounded as documented. All results are exact:
 * divisions are split into quotient and remainder so that no intermediate
 * leaves the safe-integer range or meets a floating-point rounding.
 */

/**
 * floor(x / d) for safe integers x >= 0, d >= 1, given inv = 1 / d: the
 * float product, then correction steps. A product (or quotient) of floats
 * can land on the wrong side of an integer when the quotient is large
 * (its ulp exceeds 1/d), so the remainder x - q * d (exact: both products
 * are safe integers) decides. A multiply costs a few cycles where a divide
 * costs a dozen or more, and `%` on values beyond int32 goes to fmod.
 */
function floorDiv(x: number, d: number, inv: number): number {
  let q = Math.floor(x * inv);
  let r = x - q * d;
  while (r < 0) { q--; r += d; }
  while (r >= d) { q++; r -= d; }
  return q;
}

/**
 * ceil(x * num / den) for safe integers x >= 0, num >= 1, den >= 1 with
 * den * num safe. `invDen` (1 / den) may be passed by a caller that computes
 * it once.
 */
export function ceilScaled(x: number, num: number, den: number, invDen = 1 / den): number {
  if (den === 1) return x * num;
  const q = floorDiv(x, den, invDen);
  const r = x - q * den;
  if (num === 1) return r === 0 ? q : q + 1;
  // x * num / den = q * num + r * num / den, with r * num < den * num <= 2^53.
  const rn = r * num;
  const q2 = floorDiv(rn, den, invDen);
  return q * num + q2 + (rn - q2 * den === 0 ? 0 : 1);
}

/**
 * A fee of `bps` basis points (negative: a rebate) on `amount` minor units,
 * rounded toward zero: floor(amount * |bps| / 10^4), with the sign of bps
 * (a rebate that rounds to nothing is +0, not -0).
 */
export function feeOf(amount: number, bps: number): number {
  if (bps === 0 || amount === 0) return 0;
  const b = bps < 0 ? -bps : bps;
  const ab = amount * b;
  if (ab <= 9_007_199_254_740_991) {
    // amount x b is exact, and the quotient stays below 2^53 / 10^4, whose half-ulp (< 10^-4) cannot
    // carry it across an integer: one division, exactly floored.
    const f = Math.floor(ab / 10_000);
    return bps < 0 ? 0 - f : f;
  }
  const q = floorDiv(amount, 10_000, 1e-4);
  // r * b < 10^8: one more floor division, exact after its correction.
  const f = q * b + floorDiv((amount - q * 10_000) * b, 10_000, 1e-4);
  return bps < 0 ? 0 - f : f;
}

/** The rational `tick x lot x 10^quoteDecimals` in lowest terms, from decimal mantissas and scales. */
export function quoteScale(
  tickMantissa: bigint, tickScale: number, lotMantissa: bigint, lotScale: number, quoteDecimals: number,
): { num: bigint; den: bigint } {
  let num = tickMantissa * lotMantissa;
  let den = 1n;
  const exp = quoteDecimals - tickScale - lotScale;
  if (exp >= 0) num *= 10n ** BigInt(exp);
  else den = 10n ** BigInt(-exp);
  const g = gcd(num, den);
  return { num: num / g, den: den / g };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}
