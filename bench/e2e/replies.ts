/**
 * Reads what the server sends back on `/trade`, as cheaply as a load
 * generator must: it only needs the kind of message, the ClOrdID's order
 * number and the ExecType.
 *
 * - JSON (text frames): the keys are located in the frame's bytes
 *   (`"MsgType":"`, `"ClOrdID":"`, `"ExecType":"`; Buffer.indexOf, no string
 *   and no object per frame). A frame without those compact keys (other
 *   spacing) is parsed with JSON.parse instead.
 * - SBE (binary frames): the message header's template id, then
 *   ExecutionReport through the generated flyweight (ClOrdID copied out as
 *   bytes), the echo server's 50-byte report by its fixed offsets, and
 *   Reject / LogonAck / LogonReject by template id.
 * Rejections are rare, so their reason is read with a full decode.
 */
import {
  ExecType,
  ExecutionReportDecoder,
  LogonAckDecoder,
  LogonRejectDecoder,
  MessageHeaderDecoder,
  RejectDecoder,
  RejectReason,
  SCHEMA_ID,
} from '../../protocol/generated/index.js';
import { ECHO_CL_ORD_ID_AT, ECHO_EXEC_TYPE_AT, ECHO_REPORT_BYTES, ECHO_REPORT_TEMPLATE_ID } from './echoReport.js';

export const enum Reply { EXEC_REPORT, REJECT, LOGON_ACK, LOGON_REJECT, OTHER }

/** ExecType names by their SBE code (ExecType enum). */
export const EXEC_TYPE_NAMES = ['NEW', 'TRADE', 'CANCELED', 'REPLACED', 'REJECTED', 'EXPIRED', 'ORDER_STATUS'] as const;
export const EXEC_TYPE_UNKNOWN = EXEC_TYPE_NAMES.length;

const K_MSG_TYPE = Buffer.from('"MsgType":"');
const K_CL_ORD_ID = Buffer.from('"ClOrdID":"');
const K_EXEC_TYPE = Buffer.from('"ExecType":"');
const QUOTE = 0x22;
const ZERO = 0x30;

/** One per connection; `scan*` fill `orderNumber` and `execType` for an ExecutionReport. */
export class ReplyScanner {
  /** The ClOrdID's number after the tag, or -1 when the ClOrdID is not this phase's. */
  orderNumber = -1;
  /** Index into EXEC_TYPE_NAMES, EXEC_TYPE_UNKNOWN if not recognised. */
  execType: number = EXEC_TYPE_UNKNOWN;

  private readonly tag: Buffer;
  private readonly header = new MessageHeaderDecoder();
  private readonly report = new ExecutionReportDecoder();
  private readonly clOrdId = new Uint8Array(ExecutionReportDecoder.clOrdIDLength);

  constructor(tag: string) {
    this.tag = Buffer.from(tag, 'latin1');
  }

  /** A text frame. */
  scanText(buf: Buffer): Reply {
    const m = buf.indexOf(K_MSG_TYPE);
    if (m < 0) return this.scanParsed(buf);
    const at = m + K_MSG_TYPE.length;
    switch (buf[at]) {
      case 0x45: { // 'E'xecutionReport
        const c = buf.indexOf(K_CL_ORD_ID, at);
        const e = buf.indexOf(K_EXEC_TYPE);
        if (c < 0 || e < 0) return this.scanParsed(buf);
        this.orderNumber = this.number(buf, c + K_CL_ORD_ID.length, buf.length, QUOTE);
        this.execType = execTypeOfText(buf, e + K_EXEC_TYPE.length);
        return Reply.EXEC_REPORT;
      }
      case 0x52: return Reply.REJECT; // 'R'eject
      case 0x4c: return buf[at + 5] === 0x41 ? Reply.LOGON_ACK : Reply.LOGON_REJECT; // 'L'ogon'A'ck / 'L'ogon'R'eject
      default: return Reply.OTHER;
    }
  }

  /** A binary frame (SBE, one message). */
  scanBinary(buf: Buffer): Reply {
    if (buf.length < 8 || buf.readUInt16LE(4) !== SCHEMA_ID) return Reply.OTHER;
    switch (buf.readUInt16LE(2)) {
      case ExecutionReportDecoder.TEMPLATE_ID: {
        const r = this.report.wrapAndApplyHeader(new DataView(buf.buffer, buf.byteOffset, buf.length), 0, this.header);
        const et = r.execType();
        this.execType = et <= ExecType.ORDER_STATUS ? et : EXEC_TYPE_UNKNOWN;
        r.getClOrdID(this.clOrdId, 0);
        this.orderNumber = this.number(this.clOrdId, 0, this.clOrdId.length, 0);
        return Reply.EXEC_REPORT;
      }
      case ECHO_REPORT_TEMPLATE_ID: {
        if (buf.length < ECHO_REPORT_BYTES) return Reply.OTHER;
        const et = buf[ECHO_EXEC_TYPE_AT]!;
        this.execType = et <= ExecType.ORDER_STATUS ? et : EXEC_TYPE_UNKNOWN;
        this.orderNumber = this.number(buf, ECHO_CL_ORD_ID_AT, ECHO_CL_ORD_ID_AT + 32, 0);
        return Reply.EXEC_REPORT;
      }
      case RejectDecoder.TEMPLATE_ID: return Reply.REJECT;
      case LogonAckDecoder.TEMPLATE_ID: return Reply.LOGON_ACK;
      case LogonRejectDecoder.TEMPLATE_ID: return Reply.LOGON_REJECT;
      default: return Reply.OTHER;
    }
  }

  /** The tag, then decimal digits up to `end` or `stop`: the order number; -1 if the ClOrdID is not ours. */
  private number(b: Uint8Array, from: number, end: number, stop: number): number {
    const tag = this.tag;
    if (from + tag.length > end) return -1;
    for (let i = 0; i < tag.length; i++) if (b[from + i] !== tag[i]) return -1;
    let n = 0;
    let i = from + tag.length;
    for (; i < end; i++) {
      const d = b[i]! - ZERO;
      if (d < 0 || d > 9) break;
      n = n * 10 + d;
    }
    if (i === from + tag.length || (i < end && b[i] !== stop)) return -1;
    return n;
  }

  /** Slow path: the frame through JSON.parse. */
  private scanParsed(buf: Buffer): Reply {
    let m: Record<string, unknown>;
    try {
      m = JSON.parse(buf.toString('utf8')) as Record<string, unknown>;
    } catch {
      return Reply.OTHER;
    }
    switch (m.MsgType) {
      case 'ExecutionReport': {
        const id = Buffer.from(String(m.ClOrdID), 'latin1');
        this.orderNumber = this.number(id, 0, id.length, 0);
        const et = EXEC_TYPE_NAMES.indexOf(String(m.ExecType) as (typeof EXEC_TYPE_NAMES)[number]);
        this.execType = et < 0 ? EXEC_TYPE_UNKNOWN : et;
        return Reply.EXEC_REPORT;
      }
      case 'Reject': return Reply.REJECT;
      case 'LogonAck': return Reply.LOGON_ACK;
      case 'LogonReject': return Reply.LOGON_REJECT;
      default: return Reply.OTHER;
    }
  }
}

/** ExecType from the first letters of its JSON value. */
function execTypeOfText(b: Buffer, at: number): number {
  switch (b[at]) {
    case 0x4e: return ExecType.NEW; // N
    case 0x54: return ExecType.TRADE; // T
    case 0x43: return ExecType.CANCELED; // C
    case 0x52: return b[at + 2] === 0x4a ? ExecType.REJECTED : ExecType.REPLACED; // REJ / REP
    case 0x45: return ExecType.EXPIRED; // E
    case 0x4f: return ExecType.ORDER_STATUS; // O
    default: return EXEC_TYPE_UNKNOWN;
  }
}

/**
 * The reason of a rejection, for the report: RejectReason (+ Text) of a
 * REJECTED ExecutionReport, Reason (+ Field) of a session Reject, the Reason
 * of a LogonReject. A full decode: rejections are rare.
 */
export function rejectionReason(buf: Buffer, binary: boolean): string {
  if (!binary) {
    try {
      const m = JSON.parse(buf.toString('utf8')) as Record<string, unknown>;
      const reason = m.RejectReason ?? m.Reason ?? '?';
      const detail = m.Text ?? m.Field;
      return detail === undefined ? String(reason) : `${String(reason)}: ${String(detail)}`;
    } catch {
      return 'unparseable';
    }
  }
  const view = new DataView(buf.buffer, buf.byteOffset, buf.length);
  const header = new MessageHeaderDecoder();
  try {
    switch (buf.readUInt16LE(2)) {
      case ExecutionReportDecoder.TEMPLATE_ID: {
        const r = new ExecutionReportDecoder().wrapAndApplyHeader(view, 0, header);
        const code = r.rejectReason();
        return `${RejectReason[code] ?? code}: ${r.text()}`;
      }
      case RejectDecoder.TEMPLATE_ID: {
        const r = new RejectDecoder().wrapAndApplyHeader(view, 0, header);
        const code = r.reason();
        return `${RejectReason[code] ?? code}: ${r.field()}`;
      }
      case LogonRejectDecoder.TEMPLATE_ID:
        return new LogonRejectDecoder().wrapAndApplyHeader(view, 0, header).reason();
      default:
        return `template ${buf.readUInt16LE(2)}`;
    }
  } catch (err) {
    return `undecodable: ${(err as Error).message}`;
  }
}
