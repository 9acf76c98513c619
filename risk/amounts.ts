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
 * floor(x / d) for safe integers x >= 0, d >= 1: the float quotient, then
 * one correction step. A float division can round a quotient of k - 1/d up
 * to k when the quotient is large (its ulp exceeds 2/d), so the remainder
 * x - q * d (exact: both products are safe integers) decides. Avoids `%` on
 * values beyond int32, which V8 sends to fmod (~10x slower).
 */
function floorDiv(x: number, d: number): number {
  const q = Math.floor(x / d);
  const r = x - q * d;
  return r < 0 ? q - 1 : r >= d ? q + 1 : q;
}

/** ceil(x * num / den) for safe integers x >= 0, num >= 1, den >= 1 with den * num safe. */
export function ceilScaled(x: number, num: number, den: number): number {
  if (den === 1) return x * num;
  const q = floorDiv(x, den);
  const r = x - q * den;
  if (num === 1) return r === 0 ? q : q + 1;
  // x * num / den = q * num + r * num / den, with r * num < den * num <= 2^53.
  const rn = r * num;
  const q2 = floorDiv(rn, den);
  return q * num + q2 + (rn - q2 * den === 0 ? 0 : 1);
}

/**
 * A fee of `bps` basis points (negative: a rebate) on `amount` minor units,
 * rounded toward zero: floor(amount * |bps| / 10^4), with the sign of bps.
 */
export function feeOf(amount: number, bps: number): number {
  if (bps === 0 || amount === 0) return 0;
  const b = bps < 0 ? -bps : bps;
  const q = floorDiv(amount, 10_000);
  // r * b < 10^8: the float quotient is exact enough for floor.
  const f = q * b + Math.floor(((amount - q * 10_000) * b) / 10_000);
  // 0 - f, not -f: a rebate that rounds to nothing is +0 (a -0 would reach the TRADE event's MAKER_FEE).
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
