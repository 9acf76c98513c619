/**
 * The one error type of the client SDK, with a code per kind of failure so
 * callers (and the CLI's exit codes) can tell them apart without parsing
 * messages.
 */

export type ExchangeClientErrorCode =
  /** The server could not be reached (refused, unknown host, no WebSocket upgrade). */
  | 'UNREACHABLE'
  /** The server answered the Logon with LogonReject; `reason` holds its Reason. */
  | 'LOGON_REJECTED'
  /** No answer within the timeout. */
  | 'TIMEOUT'
  /** The connection closed before the answer came. */
  | 'CLOSED'
  /** The caller's arguments cannot make a valid message (checked before sending). */
  | 'INVALID_ARGUMENT'
  /** Too many requests awaiting an answer (the client's own bound). */
  | 'TOO_MANY_IN_FLIGHT';

export class ExchangeClientError extends Error {
  constructor(
    readonly code: ExchangeClientErrorCode,
    message: string,
    /** LOGON_REJECTED: the server's Reason. */
    readonly reason?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ExchangeClientError';
  }
}
