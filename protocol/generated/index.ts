// generated, do not edit: made by the project's SBE generator (npm run sbe:generate) from exchange.xml,
// schema "exchange" id 101 version 2, littleEndian.

export const SCHEMA_ID = 101;
export const SCHEMA_VERSION = 2;
export const SCHEMA_PACKAGE = 'exchange';
export const BYTE_ORDER = 'littleEndian';

export * from './BBO.js';
export * from './BalanceReport.js';
export * from './BalanceRequest.js';
export * from './BookSnapshot.js';
export * from './BookUpdate.js';
export * from './BooleanType.js';
export * from './Channel.js';
export * from './CommandType.js';
export * from './CoreCommand.js';
export * from './Decimal64.js';
export * from './ExecType.js';
export * from './ExecutionReport.js';
export * from './GroupSizeEncoding.js';
export * from './Liquidity.js';
export * from './Logon.js';
export * from './LogonAck.js';
export * from './LogonReject.js';
export * from './MessageHeader.js';
export * from './NewOrderSingle.js';
export * from './OptionalDecimal64.js';
export * from './OrdStatus.js';
export * from './OrdType.js';
export * from './OrderCancelReject.js';
export * from './OrderCancelReplaceRequest.js';
export * from './OrderCancelRequest.js';
export * from './OrderMassCancelReport.js';
export * from './OrderMassCancelRequest.js';
export * from './OrderStatusRequest.js';
export * from './Reject.js';
export * from './RejectReason.js';
export * from './STP.js';
export * from './Side.js';
export * from './Subscribe.js';
export * from './TimeInForce.js';
export * from './Trade.js';
export * from './Unsubscribe.js';
export * from './VarAsciiEncoding.js';
export * from './VarStringEncoding.js';
export * from './sbeRuntime.js';
