/**
 * The JSON face: a text frame carries one JSON object, or an array of them
 * (a batch). Contract messages are already the JSON form, so encoding is
 * `JSON.stringify`; decoding checks only the envelope (an object with a
 * string MsgType) and evens out the one place where the contract allows two
 * spellings of "no value" (BBO's empty side: `null`, absent tolerated).
 */
import type { BBO, WireMessage } from './messages.js';

/** A text frame the JSON face cannot read. */
export class JsonFaceError extends Error {
  readonly code = 'ERR_JSON_FACE';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JsonFaceError';
  }
}

export function encodeJson(msg: WireMessage | WireMessage[]): string {
  return JSON.stringify(msg);
}

/** Every message of a text frame, in order. */
export function decodeJsonFrame(text: string): WireMessage[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new JsonFaceError(`text frame is not JSON: ${(error as Error).message}`, { cause: error });
  }
  const items = Array.isArray(parsed) ? parsed : [parsed];
  return items.map((item, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item) || typeof (item as { MsgType?: unknown }).MsgType !== 'string') {
      throw new JsonFaceError(`text frame item ${i} is not an object with a string MsgType`);
    }
    const msg = item as WireMessage;
    if (msg.MsgType === 'BBO') normalizeBbo(msg);
    return msg;
  });
}

function normalizeBbo(bbo: BBO): void {
  bbo.BidPx ??= null;
  bbo.BidQty ??= null;
  bbo.AskPx ??= null;
  bbo.AskQty ??= null;
}
