import type { EngineLimits, InstrumentSpec } from '../engine/instrumentSpec.js';
import type { ParsedDecimal } from './decimal.js';

export interface AssetConfig {
  code: string;
  /** Minor units per whole unit = 10^decimals. */
  decimals: number;
  index: number;
}

export interface InstrumentConfig extends InstrumentSpec {
  tick: ParsedDecimal;
  lot: ParsedDecimal;
  baseAsset: AssetConfig;
  quoteAsset: AssetConfig;
  /** One lot in minor units of the base asset (the lot must not be finer than the base asset's decimals). */
  baseMinorPerLot: number;
  /** Default per-account risk limits (optional `maxOrderNotional`, quote; `maxPosition`, base); 0 = none. */
  maxOrderNotionalMinor: number;
  maxPositionLots: number;
}

export interface AccountInstrumentLimits {
  instrument: number;
  /** 0 = the instrument's default. */
  maxOrderQtyLots: number;
  maxOrderNotionalMinor: number;
  maxPositionLots: number;
}

export interface Deposit {
  asset: AssetConfig;
  /** Integer minor units of the asset. */
  amountMinor: number;
}

export interface AccountConfig {
  id: string;
  /** Dense account number used by the core. */
  index: number;
  apiKey: string;
  secret: string;
  deposits: Deposit[];
  /** Overrides `limits.maxOpenOrdersPerAccount` when set. */
  maxOpenOrders?: number;
  instrumentLimits: AccountInstrumentLimits[];
}

export interface LimitsConfig {
  messagesPerSecond: number;
  burst: number;
  maxOpenOrdersPerAccount: number;
  /** Resting orders across all books (preallocated by the core). */
  maxOrders: number;
  /** Price levels across all books. */
  maxPriceLevels: number;
  /** Price pages (1024 ticks of one book side, 24 KiB) across all books: bounds price-index memory. */
  maxPricePages: number;
  /** ClOrdID dedupe window length (contract default 24 h) and its capacity in ClOrdIDs (preallocated). */
  dedupeWindowHours: number;
  dedupeWindowOrders: number;
  // ---- the gateway's (docs/gateway.md) ----
  /** Token bucket per account, shared by its sessions (per session: messagesPerSecond / burst). */
  accountMessagesPerSecond: number;
  accountBurst: number;
  /** Open WebSocket connections from one remote address. */
  maxConnectionsPerAddress: number;
  /** A /trade connection must log on within this many milliseconds (contract: 5 s). */
  logonTimeoutMs: number;
  /** Largest WebSocket frame accepted (bytes); a larger one closes the connection (1009). */
  maxFrameBytes: number;
  /** Bytes a session may have queued unsent before it is disconnected as too slow (CancelOnDisconnect applies). */
  maxSendBufferBytes: number;
  /** Refusals (rate limited, malformed...) within 10 s after which a client is disconnected as abusive. */
  abuseRejectsPer10s: number;
}

/** The operator's credentials for the admin channel (ws /admin); absent = no admin channel. */
export interface AdminConfig {
  apiKey: string;
  secret: string;
}

export interface ExchangeConfig {
  assets: AssetConfig[];
  instruments: InstrumentConfig[];
  accounts: AccountConfig[];
  limits: LimitsConfig;
  admin: AdminConfig | null;
}

export function engineLimits(config: ExchangeConfig): EngineLimits {
  return {
    maxOrders: config.limits.maxOrders,
    maxLevels: config.limits.maxPriceLevels,
    maxAccounts: Math.max(1, config.accounts.length),
    maxPricePages: config.limits.maxPricePages,
  };
}
