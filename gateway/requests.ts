import type { Dec } from './decimalText.js';

/**
 * Requests as the gateway handles them, whichever face (JSON text or SBE
 * binary) they arrived on: the faces parse into these, then one code path
 * validates, authorizes, rate-limits and sequences them. Enumerations are
 * the engine's codes (engine/enums.ts), which are also the SBE schema's.
 * Decimals keep their text for echoing in gateway rejections.
 */
export interface LogonRequest {
  MsgType: 'Logon';
  ApiKey: string;
  Timestamp: number;
  Nonce: string;
  Signature: string;
  CancelOnDisconnect: boolean;
}

export interface NewOrderRequest {
  MsgType: 'NewOrderSingle';
  ClOrdID: string;
  Symbol: string;
  Side: number;
  OrdType: number;
  /** Null for MARKET. */
  Price: Dec | null;
  PriceText: string | null;
  OrderQty: Dec;
  OrderQtyText: string;
  TimeInForce: number;
  PostOnly: boolean;
  STP: number;
  /** GTD: microseconds since the epoch (sequencer time); 0 otherwise. */
  ExpireTime: number;
}

export interface CancelRequest {
  MsgType: 'OrderCancelRequest';
  ClOrdID: string;
  OrigClOrdID: string;
  Symbol: string;
}

export interface ReplaceRequest {
  MsgType: 'OrderCancelReplaceRequest';
  ClOrdID: string;
  OrigClOrdID: string;
  Symbol: string;
  /** Null keeps... nothing: a replace names its price (LIMIT orders only rest). */
  Price: Dec | null;
  PriceText: string | null;
  OrderQty: Dec;
  OrderQtyText: string;
}

export interface MassCancelRequest {
  MsgType: 'OrderMassCancelRequest';
  ClOrdID: string;
  /** Null: every symbol. */
  Symbol: string | null;
}

export interface StatusRequest {
  MsgType: 'OrderStatusRequest';
  ClOrdID: string;
}

export interface BalanceRequest {
  MsgType: 'BalanceRequest';
}

/** The admin channel's one request (gateway/adminDesk.ts). */
export interface AdminRequest {
  MsgType: 'AdminRequest';
  RequestID: string;
  /** The words of `npm run admin` (sequencer/cli/adminCommand.ts), e.g. ["halt", "BTC-USD"]. */
  Command: string[];
}

export type TradeRequest =
  | LogonRequest | NewOrderRequest | CancelRequest | ReplaceRequest | MassCancelRequest | StatusRequest | BalanceRequest
  | AdminRequest;

/** A message that cannot be taken as its MsgType: answered with a session-level `Reject`. */
export interface SessionReject {
  MsgType: 'Reject';
  RefMsgType: string;
  Reason: string;
  Field?: string;
  Text: string;
  /** The refused message's ClOrdID when it had a readable one (JSON only: an addition to the contract, for correlation). */
  ClOrdID?: string;
}

export function sessionReject(refMsgType: string, reason: string, field: string | undefined, text: string): SessionReject {
  // Field before Text, as the contract's example orders them.
  return field === undefined
    ? { MsgType: 'Reject', RefMsgType: refMsgType, Reason: reason, Text: text }
    : { MsgType: 'Reject', RefMsgType: refMsgType, Reason: reason, Field: field, Text: text };
}

/** The MsgTypes of /trade requests. */
export const TRADE_MSG_TYPES = new Set([
  'Logon', 'NewOrderSingle', 'OrderCancelRequest', 'OrderCancelReplaceRequest', 'OrderMassCancelRequest',
  'OrderStatusRequest', 'BalanceRequest',
]);

/** ClOrdID / OrigClOrdID: 1-32 printable ASCII characters (the core keeps 32 bytes). */
export const CL_ORD_ID_RE = /^[\x21-\x7e]{1,32}$/;
/** Longest Symbol text looked up (symbols are at most 16 characters, config/loadConfig.ts; longer ones are INVALID_FIELD). */
export const MAX_SYMBOL_CHARS = 32;

export const SIDE_CODES: Readonly<Record<string, number>> = { BUY: 0, SELL: 1 };
export const ORD_TYPE_CODES: Readonly<Record<string, number>> = { LIMIT: 0, MARKET: 1 };
export const TIF_CODES: Readonly<Record<string, number>> = { GTC: 0, IOC: 1, FOK: 2, GTD: 3 };
export const STP_CODES: Readonly<Record<string, number>> = { CANCEL_NEWEST: 0, CANCEL_OLDEST: 1, CANCEL_BOTH: 2 };
export const SIDE_NAMES = ['BUY', 'SELL'] as const;
export const ORD_TYPE_NAMES = ['LIMIT', 'MARKET'] as const;
export const TIF_NAMES = ['GTC', 'IOC', 'FOK', 'GTD'] as const;
export const STP_NAMES = ['CANCEL_NEWEST', 'CANCEL_OLDEST', 'CANCEL_BOTH'] as const;
export const ORD_STATUS_NAMES = ['NEW', 'PARTIALLY_FILLED', 'FILLED', 'CANCELED', 'REJECTED', 'EXPIRED'] as const;
