/**
 * One fuzz frame, as a generator makes it and the driver sends it.
 */
export interface FuzzFrame {
  /** The lane that made it and its index there: (seed, lane, index) rebuilds it. */
  lane: string;
  index: number;
  /** The generator's label for what it is (e.g. `json.truncated`, `sbe.flipped`): counted per kind. */
  kind: string;
  /** Text (sent as UTF-8 in a text frame) or bytes (a binary frame, or a text frame when `binary` is false). */
  data: string | Uint8Array;
  binary: boolean;
  /**
   * How many replies the frame must get when the generator knows it exactly
   * (JSON: one per message, the contract's batch rule; SBE frames built
   * message by message on a logged-on session); null = at least one.
   */
  expect: number | null;
  /**
   * The frame may end the connection, so the driver sends it alone (nothing
   * else in flight on its connection):
   * - `oversize`: over limits.maxFrameBytes, answered by a 1009 close;
   * - `utf8`: a text frame that is not UTF-8, refused by the WebSocket layer (close);
   * - `logon`: holds a Logon on a session that is not logged on (LogonReject, then a close).
   */
  closes: 'oversize' | 'utf8' | 'logon' | null;
  /**
   * Read-only commands the frame holds on purpose, first in it (logged-on
   * sessions: a BalanceRequest or an OrderStatusRequest of a ClOrdID never
   * used). They go through the sequencer (one sequence number each) and
   * change no state; the garbage after them in the frame is answered only
   * after them, so it exercises the gateway's reply ordering. 0 for pure garbage.
   */
  sequenced: number;
}

/** What every generator needs to know about the exchange it fuzzes. */
export interface FuzzContext {
  /** The instruments' symbols (a garbage Symbol is never one of them). */
  symbols: readonly string[];
  /** ApiKeys worth trying in garbage Logons (never with their secret: they always fail). */
  apiKeys: readonly string[];
  /** limits.maxFrameBytes of the server. */
  maxFrameBytes: number;
}

export function frameBytes(f: FuzzFrame): number {
  return typeof f.data === 'string' ? Buffer.byteLength(f.data, 'utf8') : f.data.byteLength;
}
