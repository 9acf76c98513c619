/**
 * The wire contract's messages as TypeScript objects (../shared/PROTOCOL.md):
 * the JSON form, field for field, with the contract's exact names. Both faces
 * of the client produce and take these: the JSON face as they are, the SBE
 * face through the generated flyweights (client/sbeFace.ts). So a caller
 * never sees which encoding is on the socket.
 *
 * Conventions (both faces):
 * - prices, quantities and amounts are decimal strings, never numbers;
 * - `OrderID` and `TradeID` are strings (`"17"`), `Seq`, `TransactTime`,
 *   `Timestamp`, `CanceledCount` and `Depth` numbers;
 * - an optional field without a value is absent, except BBO's empty side,
 *   which the contract gives as `null`.
 */

export type Side = 'BUY' | 'SELL';
export type OrdType = 'LIMIT' | 'MARKET';
/** GTD exists in the schema's enum; the contract's NewOrderSingle names GTC, IOC and FOK. */
export type TimeInForce = 'GTC' | 'IOC' | 'FOK' | 'GTD';
export type Stp = 'CANCEL_NEWEST' | 'CANCEL_OLDEST' | 'CANCEL_BOTH';
export type ExecType = 'NEW' | 'TRADE' | 'CANCELED' | 'REPLACED' | 'REJECTED' | 'EXPIRED' | 'ORDER_STATUS';
export type OrdStatus = 'NEW' | 'PARTIALLY_FILLED' | 'FILLED' | 'CANCELED' | 'REJECTED' | 'EXPIRED';
export type Liquidity = 'MAKER' | 'TAKER';
export type Channel = 'BOOK' | 'TRADES' | 'BBO';
/** A RejectReason name (`INSUFFICIENT_FUNDS`, ...): open-ended, the server may add reasons. */
export type RejectReasonName = string;

// ---- session (/trade) ----

export interface Logon {
  MsgType: 'Logon';
  ApiKey: string;
  /** Milliseconds since the epoch; within 30 s of the server's clock. */
  Timestamp: number;
  Nonce: string;
  /** Hex HMAC-SHA256 (client/signature.ts). */
  Signature: string;
  CancelOnDisconnect: boolean;
}

export interface LogonAck {
  MsgType: 'LogonAck';
  Account: string;
}

export interface LogonReject {
  MsgType: 'LogonReject';
  Reason: string;
}

/** Session-level refusal of a message that cannot be read as its MsgType. */
export interface Reject {
  MsgType: 'Reject';
  RefMsgType?: string;
  Reason: RejectReasonName;
  Field?: string;
  Text?: string;
  /** Not in the contract's example: read when a server adds it, for exact correlation. */
  ClOrdID?: string;
}

// ---- order entry, broker to exchange ----

export interface NewOrderSingle {
  MsgType: 'NewOrderSingle';
  ClOrdID: string;
  Symbol: string;
  Side: Side;
  OrdType: OrdType;
  /** Absent for MARKET orders. */
  Price?: string;
  OrderQty: string;
  /** Default GTC (IOC for MARKET orders). */
  TimeInForce?: TimeInForce;
  /** Default false. */
  PostOnly?: boolean;
  /** Default CANCEL_NEWEST. */
  STP?: Stp;
  /**
   * GTD orders: expiry, microseconds since the epoch (the unit of
   * TransactTime). JSON only: the schema's NewOrderSingle has no field for it.
   */
  ExpireTime?: number;
}

export interface OrderCancelRequest {
  MsgType: 'OrderCancelRequest';
  ClOrdID: string;
  OrigClOrdID: string;
  Symbol: string;
}

export interface OrderCancelReplaceRequest {
  MsgType: 'OrderCancelReplaceRequest';
  ClOrdID: string;
  OrigClOrdID: string;
  Symbol: string;
  Price?: string;
  OrderQty: string;
}

export interface OrderMassCancelRequest {
  MsgType: 'OrderMassCancelRequest';
  ClOrdID: string;
  /** Absent: every symbol. */
  Symbol?: string;
}

export interface OrderStatusRequest {
  MsgType: 'OrderStatusRequest';
  ClOrdID: string;
}

export interface BalanceRequest {
  MsgType: 'BalanceRequest';
}

// ---- order entry, exchange to broker ----

export interface ExecutionReport {
  MsgType: 'ExecutionReport';
  ExecType: ExecType;
  OrdStatus: OrdStatus;
  /** Absent when the gateway rejected the order. */
  OrderID?: string;
  ClOrdID: string;
  /**
   * CANCELED by a cancel request, REPLACED: the order's previous ClOrdID.
   * JSON only (the schema's ExecutionReport has no such field); the gateway adds it.
   */
  OrigClOrdID?: string;
  Symbol: string;
  Side: Side;
  OrdType: OrdType;
  Price?: string;
  OrderQty: string;
  CumQty: string;
  LeavesQty: string;
  AvgPx: string;
  /** Microseconds since the epoch, stamped by the sequencer. */
  TransactTime: number;
  /** Absent on a rejection made by the gateway. */
  Seq?: number;
  // TRADE reports:
  LastPx?: string;
  LastQty?: string;
  TradeID?: string;
  Liquidity?: Liquidity;
  Fee?: string;
  FeeAsset?: string;
  // REJECTED reports:
  RejectReason?: RejectReasonName;
  Text?: string;
}

export interface OrderCancelReject {
  MsgType: 'OrderCancelReject';
  ClOrdID: string;
  OrigClOrdID: string;
  Reason: RejectReasonName;
  /** JSON only, when the core judged it (the gateway adds it; the schema has no field). */
  Seq?: number;
}

export interface OrderMassCancelReport {
  MsgType: 'OrderMassCancelReport';
  ClOrdID: string;
  /** Absent when the request named no symbol. */
  Symbol?: string;
  CanceledCount: number;
  /** JSON only (the gateway adds it; the schema has no field). */
  Seq?: number;
}

export interface Balance {
  Asset: string;
  Total: string;
  Available: string;
  Held: string;
}

export interface BalanceReport {
  MsgType: 'BalanceReport';
  Balances: Balance[];
  /** JSON only (the gateway adds it; the schema has no field). */
  Seq?: number;
}

// ---- market data (/md) ----

export interface Subscribe {
  MsgType: 'Subscribe';
  Channel: Channel;
  Symbol: string;
  /** BOOK: levels per side; absent means the server's default. */
  Depth?: number;
}

export interface Unsubscribe {
  MsgType: 'Unsubscribe';
  Channel: Channel;
  Symbol: string;
}

/** One price level: `[price, quantity]`; quantity `"0"` in an update removes the level. */
export type BookLevel = [price: string, qty: string];

export interface BookSnapshot {
  MsgType: 'BookSnapshot';
  Symbol: string;
  Seq: number;
  TransactTime?: number;
  /** Best first. */
  Bids: BookLevel[];
  Asks: BookLevel[];
}

export interface BookUpdate {
  MsgType: 'BookUpdate';
  Symbol: string;
  Seq: number;
  TransactTime?: number;
  Bids: BookLevel[];
  Asks: BookLevel[];
}

export interface Trade {
  MsgType: 'Trade';
  Symbol: string;
  Seq: number;
  TradeID: string;
  Price: string;
  Qty: string;
  AggressorSide: Side;
  TransactTime: number;
}

export interface BBO {
  MsgType: 'BBO';
  Symbol: string;
  Seq: number;
  TransactTime?: number;
  /** null: that side of the book is empty. */
  BidPx: string | null;
  BidQty: string | null;
  AskPx: string | null;
  AskQty: string | null;
}

/** What a client sends. */
export type ClientMessage =
  | Logon
  | NewOrderSingle
  | OrderCancelRequest
  | OrderCancelReplaceRequest
  | OrderMassCancelRequest
  | OrderStatusRequest
  | BalanceRequest
  | Subscribe
  | Unsubscribe;

/** What the server sends. */
export type ServerMessage =
  | LogonAck
  | LogonReject
  | Reject
  | ExecutionReport
  | OrderCancelReject
  | OrderMassCancelReport
  | BalanceReport
  | BookSnapshot
  | BookUpdate
  | Trade
  | BBO;

export type WireMessage = ClientMessage | ServerMessage;

export type MsgType = WireMessage['MsgType'];

/** OrdStatus values after which an order gets no more reports. */
export const TERMINAL_ORD_STATUS: ReadonlySet<OrdStatus> = new Set<OrdStatus>(['FILLED', 'CANCELED', 'REJECTED', 'EXPIRED']);
