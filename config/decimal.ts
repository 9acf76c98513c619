/**
 * Exact decimal strings <-> integer multiples of a step (ticks, lots, minor
 * units). Decimal strings exist only at the edges (config, gateway, tools);
 * the core sees the integers. BigInt keeps the conversion exact for any input
 * length we accept; the results are checked to be safe integers.
 */

/** Plain non-negative decimal: digits, optionally a point and more digits. No sign, no exponent. */
const DECIMAL_RE = /^(\d+)(?:\.(\d+))?$/;

export interface ParsedDecimal {
  /** The value times 10^scale. */
  mantissa: bigint;
  scale: number;
}

export function parseDecimal(text: string): ParsedDecimal | null {
  const m = DECIMAL_RE.exec(text);
  if (m === null) return null;
  const frac = m[2] ?? '';
  return { mantissa: BigInt(m[1]! + frac), scale: frac.length };
}

export type StepResult =
  | { ok: true; value: number }
  | { ok: false; why: 'syntax' | 'not-multiple' | 'too-large' };

/**
 * `value / step` when it is a whole number: "100.25" / "0.01" = 10025.
 * `step` must be a positive decimal (checked by the caller once).
 */
export function toSteps(value: string, step: ParsedDecimal): StepResult {
  const v = parseDecimal(value);
  if (v === null) return { ok: false, why: 'syntax' };
  const scale = Math.max(v.scale, step.scale);
  const vm = v.mantissa * 10n ** BigInt(scale - v.scale);
  const sm = step.mantissa * 10n ** BigInt(scale - step.scale);
  if (vm % sm !== 0n) return { ok: false, why: 'not-multiple' };
  const q = vm / sm;
  if (q > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, why: 'too-large' };
  return { ok: true, value: Number(q) };
}

/** `steps * step` as a canonical decimal string (no trailing zeros, no exponent). */
export function fromSteps(steps: number, step: ParsedDecimal): string {
  const neg = steps < 0;
  const m = BigInt(Math.abs(steps)) * step.mantissa;
  let digits = m.toString();
  if (step.scale > 0) {
    digits = digits.padStart(step.scale + 1, '0');
    const int = digits.slice(0, digits.length - step.scale);
    const frac = digits.slice(digits.length - step.scale).replace(/0+$/, '');
    digits = frac.length > 0 ? `${int}.${frac}` : int;
  }
  return neg && digits !== '0' ? `-${digits}` : digits;
}
