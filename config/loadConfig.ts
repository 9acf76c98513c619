import { readFileSync } from 'node:fs';
import { DEFAULT_MAX_PRICE_PAGES } from '../engine/instrumentSpec.js';
import { quoteScale } from '../risk/amounts.js';
import { FEE_ACCOUNT_ID } from '../risk/feeAccount.js';
import { ConfigError } from './configError.js';
import { parseDecimal, toSteps, type ParsedDecimal } from './decimal.js';
import type {
  AccountConfig, AdminConfig, AssetConfig, ExchangeConfig, InstrumentConfig, LimitsConfig,
} from './exchangeConfig.js';

const INT32_MAX = 2 ** 31 - 1;
// Lengths fit the SBE schema's fixed fields (Symbol char[16], Asset char[8], Account char[32]).
const SYMBOL_RE = /^[A-Z0-9][A-Z0-9._-]{0,15}$/;
const ASSET_RE = /^[A-Z0-9]{1,8}$/;
const MAX_ASSET_DECIMALS = 18;

/** Defaults for optional `limits` fields. */
export const DEFAULT_LIMITS: LimitsConfig = {
  messagesPerSecond: 2000,
  burst: 4000,
  maxOpenOrdersPerAccount: 10000,
  maxOrders: 1_000_000,
  maxPriceLevels: 250_000,
  maxPricePages: DEFAULT_MAX_PRICE_PAGES,
  dedupeWindowHours: 24,
  dedupeWindowOrders: 1_000_000,
  accountMessagesPerSecond: 0,
  accountBurst: 0,
  maxConnectionsPerAddress: 64,
  logonTimeoutMs: 5000,
  maxFrameBytes: 65536,
  maxSendBufferBytes: 16 * 1024 * 1024,
  abuseRejectsPer10s: 1000,
};

export function loadConfigFile(path: string): ExchangeConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ConfigError(path, `cannot read: ${(err as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(path, `not valid JSON: ${(err as Error).message}`);
  }
  return parseConfig(json);
}

/** Validates a parsed config object; every error names its field. */
export function parseConfig(json: unknown): ExchangeConfig {
  const root = asObject(json, '(root)');
  const assets = parseAssets(root.assets);
  const instruments = parseInstruments(root.instruments, assets);
  const accounts = parseAccounts(root.accounts, assets, instruments);
  const limits = parseLimits(root.limits);
  const admin = parseAdmin(root.admin, accounts);
  return { assets, instruments, accounts, limits, admin };
}

function parseAssets(value: unknown): AssetConfig[] {
  const list = asArray(value, 'assets');
  const seen = new Set<string>();
  return list.map((item, i) => {
    const path = `assets[${i}]`;
    const o = asObject(item, path);
    const code = asString(o.code, `${path}.code`);
    if (!ASSET_RE.test(code)) throw new ConfigError(`${path}.code`, `"${code}" must be 1-8 of A-Z 0-9`);
    if (seen.has(code)) throw new ConfigError(`${path}.code`, `duplicate asset "${code}"`);
    seen.add(code);
    const decimals = asInt(o.decimals, `${path}.decimals`, 0, MAX_ASSET_DECIMALS);
    return { code, decimals, index: i };
  });
}

function parseInstruments(value: unknown, assets: AssetConfig[]): InstrumentConfig[] {
  const list = asArray(value, 'instruments');
  if (list.length === 0) throw new ConfigError('instruments', 'at least one instrument is required');
  const seen = new Set<string>();
  return list.map((item, i) => {
    const path = `instruments[${i}]`;
    const o = asObject(item, path);
    const symbol = asString(o.symbol, `${path}.symbol`);
    if (!SYMBOL_RE.test(symbol)) throw new ConfigError(`${path}.symbol`, `"${symbol}" must be 1-16 of A-Z 0-9 . _ -`);
    if (seen.has(symbol)) throw new ConfigError(`${path}.symbol`, `duplicate symbol "${symbol}"`);
    seen.add(symbol);
    const baseAsset = findAsset(assets, asString(o.base, `${path}.base`), `${path}.base`);
    const quoteAsset = findAsset(assets, asString(o.quote, `${path}.quote`), `${path}.quote`);
    if (baseAsset === quoteAsset) throw new ConfigError(`${path}.quote`, 'must differ from base');
    const tickSize = asString(o.tickSize, `${path}.tickSize`);
    const tick = positiveDecimal(tickSize, `${path}.tickSize`);
    const lotSize = asString(o.lotSize, `${path}.lotSize`);
    const lot = positiveDecimal(lotSize, `${path}.lotSize`);
    const minQtyLots = steps(o.minQty, lot, `${path}.minQty`, 'lotSize');
    const maxQtyLots = steps(o.maxQty, lot, `${path}.maxQty`, 'lotSize');
    if (minQtyLots < 1) throw new ConfigError(`${path}.minQty`, 'must be at least one lot');
    if (maxQtyLots < minQtyLots) throw new ConfigError(`${path}.maxQty`, 'must not be below minQty');
    if (maxQtyLots > INT32_MAX) throw new ConfigError(`${path}.maxQty`, 'must be at most 2^31-1 lots');
    const defaultMaxPrice = Math.min(INT32_MAX, Math.floor(Number.MAX_SAFE_INTEGER / maxQtyLots),
      maxPriceForQuoteScale(tick, lot, quoteAsset, maxQtyLots));
    const maxPriceTicks = o.maxPrice === undefined
      ? defaultMaxPrice
      : steps(o.maxPrice, tick, `${path}.maxPrice`, 'tickSize');
    if (maxPriceTicks < 1) throw new ConfigError(`${path}.maxPrice`, 'must be at least one tick');
    if (maxPriceTicks > INT32_MAX) throw new ConfigError(`${path}.maxPrice`, 'must be at most 2^31-1 ticks');
    if (!Number.isSafeInteger(maxPriceTicks * maxQtyLots)) {
      throw new ConfigError(`${path}.maxPrice`,
        `maxPrice x maxQty (${maxPriceTicks} ticks x ${maxQtyLots} lots) leaves the safe-integer range (2^53)`);
    }
    const referencePriceTicks = o.referencePrice === undefined
      ? 0
      : steps(o.referencePrice, tick, `${path}.referencePrice`, 'tickSize');
    if (referencePriceTicks > maxPriceTicks) throw new ConfigError(`${path}.referencePrice`, 'above maxPrice');
    const pct = asNumber(o.priceBandPct ?? 0, `${path}.priceBandPct`);
    const priceBandBps = Math.round(pct * 100);
    if (!(pct >= 0 && pct <= 100) || Math.abs(priceBandBps - pct * 100) > 1e-9) {
      throw new ConfigError(`${path}.priceBandPct`, `${pct} must be 0..100 with at most 2 decimals`);
    }
    const makerFeeBps = asInt(o.makerFeeBps ?? 0, `${path}.makerFeeBps`, -10000, 10000);
    const takerFeeBps = asInt(o.takerFeeBps ?? 0, `${path}.takerFeeBps`, 0, 10000);
    if (makerFeeBps < 0 && -makerFeeBps > takerFeeBps) {
      throw new ConfigError(`${path}.makerFeeBps`, 'a maker rebate may not exceed the taker fee');
    }
    const baseMinorPerLot = minorPerLot(lot, baseAsset, `${path}.lotSize`);
    checkQuoteScale(tick, lot, quoteAsset, maxPriceTicks, maxQtyLots, path);
    const quoteUnit: ParsedDecimal = { mantissa: 1n, scale: quoteAsset.decimals };
    const maxOrderNotionalMinor = o.maxOrderNotional === undefined
      ? 0 : steps(o.maxOrderNotional, quoteUnit, `${path}.maxOrderNotional`, `${quoteAsset.decimals} decimals`);
    const maxPositionLots = o.maxPosition === undefined ? 0 : steps(o.maxPosition, lot, `${path}.maxPosition`, 'lotSize');
    return {
      id: i, symbol, base: baseAsset.code, quote: quoteAsset.code, tickSize, lotSize,
      minQtyLots, maxQtyLots, maxPriceTicks, priceBandBps, referencePriceTicks,
      makerFeeBps, takerFeeBps, tick, lot, baseAsset, quoteAsset,
      baseMinorPerLot, maxOrderNotionalMinor, maxPositionLots,
    };
  });
}

/** A lot must be a whole number of the base asset's minor units: trades move base amounts exactly. */
function minorPerLot(lot: ParsedDecimal, base: AssetConfig, field: string): number {
  if (lot.scale > base.decimals) {
    throw new ConfigError(field, `is finer than ${base.code}'s ${base.decimals} decimals`);
  }
  const v = lot.mantissa * 10n ** BigInt(base.decimals - lot.scale);
  if (v > BigInt(Number.MAX_SAFE_INTEGER)) throw new ConfigError(field, 'is too large');
  return Number(v);
}

/**
 * Quote amounts are ceil(ticks x lots x num / den) (risk/amounts.ts): prove
 * the largest order's notional in minor units, and num x den, stay safe integers.
 */
function checkQuoteScale(
  tick: ParsedDecimal, lot: ParsedDecimal, quote: AssetConfig, maxPriceTicks: number, maxQtyLots: number, path: string,
): void {
  const { num, den } = quoteScale(tick.mantissa, tick.scale, lot.mantissa, lot.scale, quote.decimals);
  const maxNotional = (BigInt(maxPriceTicks) * BigInt(maxQtyLots) * num + den - 1n) / den;
  const safe = BigInt(Number.MAX_SAFE_INTEGER);
  // Half the range: a buy's hold is its notional plus a fee of at most 100%.
  if (num * den > safe || maxNotional > safe / 2n) {
    throw new ConfigError(`${path}.maxPrice`,
      `maxPrice x maxQty in ${quote.code} minor units leaves the safe-integer range (lower maxPrice or maxQty)`);
  }
}

/** The highest price whose largest order stays within checkQuoteScale's bound (the default maxPrice). */
function maxPriceForQuoteScale(tick: ParsedDecimal, lot: ParsedDecimal, quote: AssetConfig, maxQtyLots: number): number {
  const { num, den } = quoteScale(tick.mantissa, tick.scale, lot.mantissa, lot.scale, quote.decimals);
  const ticks = (BigInt(Number.MAX_SAFE_INTEGER) / 2n * den) / (num * BigInt(maxQtyLots));
  return ticks > BigInt(INT32_MAX) ? INT32_MAX : Number(ticks);
}

function parseAccounts(value: unknown, assets: AssetConfig[], instruments: InstrumentConfig[]): AccountConfig[] {
  const list = asArray(value ?? [], 'accounts');
  const ids = new Set<string>();
  const keys = new Set<string>();
  return list.map((item, i) => {
    const path = `accounts[${i}]`;
    const o = asObject(item, path);
    const id = asString(o.id, `${path}.id`);
    if (!/^[A-Za-z0-9._-]{1,32}$/.test(id)) throw new ConfigError(`${path}.id`, 'must be 1-32 of A-Z a-z 0-9 . _ -');
    if (ids.has(id)) throw new ConfigError(`${path}.id`, `duplicate account "${id}"`);
    ids.add(id);
    const apiKey = asString(o.apiKey, `${path}.apiKey`);
    if (apiKey.length < 1 || apiKey.length > 128) throw new ConfigError(`${path}.apiKey`, 'must be 1-128 characters');
    if (keys.has(apiKey)) throw new ConfigError(`${path}.apiKey`, 'duplicate apiKey');
    keys.add(apiKey);
    const secret = asString(o.secret, `${path}.secret`);
    if (secret.length < 8) throw new ConfigError(`${path}.secret`, 'must be at least 8 characters');
    const depositsObj = asObject(o.deposits ?? {}, `${path}.deposits`);
    const deposits = Object.entries(depositsObj).map(([code, amount]) => {
      const field = `${path}.deposits.${code}`;
      const asset = findAsset(assets, code, field);
      const unit: ParsedDecimal = { mantissa: 1n, scale: asset.decimals };
      const amountMinor = steps(amount, unit, field, `${asset.decimals} decimals`);
      return { asset, amountMinor };
    });
    if (id === FEE_ACCOUNT_ID) throw new ConfigError(`${path}.id`, `"${FEE_ACCOUNT_ID}" is the exchange's fee account`);
    const maxOpenOrders = o.maxOpenOrders === undefined ? undefined : asInt(o.maxOpenOrders, `${path}.maxOpenOrders`, 1, 100_000_000);
    const limitsObj = asObject(o.instrumentLimits ?? {}, `${path}.instrumentLimits`);
    const instrumentLimits = Object.entries(limitsObj).map(([symbol, v]) => {
      const field = `${path}.instrumentLimits.${symbol}`;
      const inst = instruments.find((x) => x.symbol === symbol);
      if (inst === undefined) throw new ConfigError(field, `unknown symbol "${symbol}"`);
      const l = asObject(v, field);
      const quoteUnit: ParsedDecimal = { mantissa: 1n, scale: inst.quoteAsset.decimals };
      return {
        instrument: inst.id,
        maxOrderQtyLots: l.maxOrderQty === undefined ? 0 : steps(l.maxOrderQty, inst.lot, `${field}.maxOrderQty`, 'lotSize'),
        maxOrderNotionalMinor: l.maxOrderNotional === undefined
          ? 0 : steps(l.maxOrderNotional, quoteUnit, `${field}.maxOrderNotional`, `${inst.quoteAsset.decimals} decimals`),
        maxPositionLots: l.maxPosition === undefined ? 0 : steps(l.maxPosition, inst.lot, `${field}.maxPosition`, 'lotSize'),
      };
    });
    return { id, index: i, apiKey, secret, deposits, maxOpenOrders, instrumentLimits };
  });
}

function parseLimits(value: unknown): LimitsConfig {
  const o = asObject(value ?? {}, 'limits');
  const get = (name: keyof LimitsConfig, min: number, max: number): number =>
    o[name] === undefined ? DEFAULT_LIMITS[name] : asInt(o[name], `limits.${name}`, min, max);
  return {
    messagesPerSecond: get('messagesPerSecond', 1, 10_000_000),
    burst: get('burst', 1, 10_000_000),
    maxOpenOrdersPerAccount: get('maxOpenOrdersPerAccount', 1, 100_000_000),
    maxOrders: get('maxOrders', 1, 100_000_000),
    maxPriceLevels: get('maxPriceLevels', 1, 100_000_000),
    maxPricePages: get('maxPricePages', 1, 1_000_000),
    dedupeWindowHours: get('dedupeWindowHours', 1, 24 * 366),
    dedupeWindowOrders: get('dedupeWindowOrders', 1, 100_000_000),
    // Per account: 0 (absent) = the session's rate and burst, so one account's sessions share one session's budget.
    accountMessagesPerSecond: get('accountMessagesPerSecond', 0, 10_000_000),
    accountBurst: get('accountBurst', 0, 10_000_000),
    maxConnectionsPerAddress: get('maxConnectionsPerAddress', 1, 1_000_000),
    logonTimeoutMs: get('logonTimeoutMs', 100, 600_000),
    maxFrameBytes: get('maxFrameBytes', 256, 16 * 1024 * 1024),
    maxSendBufferBytes: get('maxSendBufferBytes', 64 * 1024, 1024 * 1024 * 1024),
    abuseRejectsPer10s: get('abuseRejectsPer10s', 1, 10_000_000),
  };
}

function parseAdmin(value: unknown, accounts: AccountConfig[]): AdminConfig | null {
  if (value === undefined || value === null) return null;
  const o = asObject(value, 'admin');
  const apiKey = asString(o.apiKey, 'admin.apiKey');
  const secret = asString(o.secret, 'admin.secret');
  if (apiKey.length === 0 || secret.length < 8) throw new ConfigError('admin', 'needs a non-empty apiKey and a secret of at least 8 characters');
  if (accounts.some((a) => a.apiKey === apiKey)) throw new ConfigError('admin.apiKey', 'must differ from every account\'s apiKey');
  return { apiKey, secret };
}

// ---- field helpers ---------------------------------------------------------

function asObject(v: unknown, field: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new ConfigError(field, 'must be an object');
  return v as Record<string, unknown>;
}

function asArray(v: unknown, field: string): unknown[] {
  if (!Array.isArray(v)) throw new ConfigError(field, 'must be an array');
  return v;
}

function asString(v: unknown, field: string): string {
  if (typeof v !== 'string') throw new ConfigError(field, v === undefined ? 'is required' : 'must be a string');
  return v;
}

function asNumber(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ConfigError(field, 'must be a number');
  return v;
}

function asInt(v: unknown, field: string, min: number, max: number): number {
  const n = asNumber(v, field);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(field, `must be an integer in ${min}..${max}`);
  return n;
}

function positiveDecimal(text: string, field: string): ParsedDecimal {
  const d = parseDecimal(text);
  if (d === null) throw new ConfigError(field, `"${text}" must be a decimal string such as "0.01"`);
  if (d.mantissa === 0n) throw new ConfigError(field, 'must be positive');
  return d;
}

/** A decimal-string field as a whole number of `step`s. */
function steps(v: unknown, step: ParsedDecimal, field: string, stepName: string): number {
  if (typeof v === 'number') throw new ConfigError(field, 'must be a decimal string, not a JSON number');
  const text = asString(v, field);
  const r = toSteps(text, step);
  if (r.ok) return r.value;
  if (r.why === 'syntax') throw new ConfigError(field, `"${text}" must be a decimal string such as "1.5"`);
  if (r.why === 'not-multiple') throw new ConfigError(field, `"${text}" is not a multiple of ${stepName}`);
  throw new ConfigError(field, `"${text}" is too large`);
}

function findAsset(assets: AssetConfig[], code: string, field: string): AssetConfig {
  const a = assets.find((x) => x.code === code);
  if (a === undefined) throw new ConfigError(field, `unknown asset "${code}"`);
  return a;
}
