/**
 * The echo server's binary answer to an SBE NewOrderSingle: a small report
 * (50 bytes) instead of the full ExecutionReport (177 bytes). It is framed
 * like an SBE message of the exchange schema (the 8-byte message header,
 * schemaId 101) under a template id the schema does not use, and its block
 * is the first 42 bytes of ExecutionReport's block: ExecType, OrdStatus,
 * OrderID and ClOrdID sit at the same offsets in both (the load generator
 * still reads a real ExecutionReport through the generated decoder).
 *
 *   offset 0  messageHeader (blockLength 42, templateId 200, schemaId 101, version 1)
 *   offset 8  ExecType u8 | 9 OrdStatus u8 | 10 OrderID int64 | 18 ClOrdID char[32]
 */
export const ECHO_REPORT_TEMPLATE_ID = 200;
export const ECHO_REPORT_BLOCK_LENGTH = 42;
export const ECHO_REPORT_BYTES = 8 + ECHO_REPORT_BLOCK_LENGTH;
/** Offsets from the start of the frame (header included). */
export const ECHO_EXEC_TYPE_AT = 8;
export const ECHO_ORD_STATUS_AT = 9;
export const ECHO_ORDER_ID_AT = 10;
export const ECHO_CL_ORD_ID_AT = 18;

