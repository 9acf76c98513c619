import {
  ExecType, ExecutionReportDecoder, LogonRejectDecoder, MessageHeaderDecoder, OrderCancelRejectDecoder, RejectDecoder, RejectReason, SCHEMA_ID,
} from '../../protocol/generated/index.js';

/**
 * What came back: every reply is read (JSON parsed, SBE decoded with the
 * generated flyweights) and reduced to a label such as
 * `Reject:NOT_LOGGED_ON` or `ExecutionReport:REJECTED:UNKNOWN_SYMBOL`.
 * A reply that is not valid JSON with a MsgType, or not an SBE message of
 * the exchange's schema and one of its reply templates, is `ok: false`.
 */
export interface ReplyInfo {
  ok: boolean;
  binary: boolean;
  label: string;
  /** Made by the core for a sequenced command (JSON: carries a Seq; SBE: a report only the core makes, or an ExecutionReport with a Seq). */
  fromCore: boolean;
  /** Reject only: RefMsgType, Reason, Text (markers are recognized by these). */
  refMsgType: string;
  reason: string;
  text: string;
}

const REPLY_TEMPLATES: Readonly<Record<number, string>> = {
  2: 'LogonAck', 3: 'LogonReject', 4: 'Reject', 20: 'ExecutionReport', 21: 'OrderCancelReject', 22: 'OrderMassCancelReport', 23: 'BalanceReport',
};

const header = new MessageHeaderDecoder();
const reject = new RejectDecoder();
const er = new ExecutionReportDecoder();
const ocr = new OrderCancelRejectDecoder();
const lrj = new LogonRejectDecoder();

const NULL_ID = -(2 ** 63);
const reasonName = (code: number): string => (RejectReason as unknown as Record<number, string>)[code] ?? `#${code}`;

export function readReply(data: Buffer, binary: boolean): ReplyInfo {
  const info: ReplyInfo = { ok: true, binary, label: '', fromCore: false, refMsgType: '', reason: '', text: '' };
  if (!binary) {
    let m: unknown;
    try {
      m = JSON.parse(data.toString('utf8'));
    } catch {
      return { ...info, ok: false, label: 'not JSON' };
    }
    if (typeof m !== 'object' || m === null || Array.isArray(m) || typeof (m as Record<string, unknown>).MsgType !== 'string') {
      return { ...info, ok: false, label: 'JSON without MsgType' };
    }
    const o = m as Record<string, unknown>;
    const type = o.MsgType as string;
    info.refMsgType = typeof o.RefMsgType === 'string' ? o.RefMsgType : '';
    info.reason = typeof o.Reason === 'string' ? o.Reason : typeof o.RejectReason === 'string' ? o.RejectReason : '';
    info.text = typeof o.Text === 'string' ? o.Text : '';
    // Only the core answers UNKNOWN_ORDER (the gateway judges symbols and instrument rules, not orders).
    info.fromCore = typeof o.Seq === 'number' || info.reason === 'UNKNOWN_ORDER';
    info.label = type === 'ExecutionReport' ? `${type}:${String(o.ExecType)}${info.reason ? `:${info.reason}` : ''}` : info.reason ? `${type}:${info.reason}` : type;
    return info;
  }
  try {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    if (data.byteLength < 8) return { ...info, ok: false, label: 'SBE shorter than a header' };
    header.wrap(view, 0);
    const name = REPLY_TEMPLATES[header.templateId()];
    if (header.schemaId() !== SCHEMA_ID || name === undefined) {
      return { ...info, ok: false, label: `SBE schema ${header.schemaId()} template ${header.templateId()}` };
    }
    switch (name) {
      case 'Reject':
        reject.wrapAndApplyHeader(view, 0, header);
        info.refMsgType = reject.refMsgType();
        info.reason = reasonName(reject.reason());
        reject.field();
        info.text = reject.text();
        break;
      case 'ExecutionReport': {
        er.wrapAndApplyHeader(view, 0, header);
        const exec = (ExecType as unknown as Record<number, string>)[er.execType()] ?? '?';
        const rr = er.rejectReason();
        info.reason = rr === RejectReason.NULL_VALUE || rr === RejectReason.NONE ? '' : reasonName(rr);
        info.label = `${name}:${exec}${info.reason ? `:${info.reason}` : ''}`;
        info.fromCore = er.seq() !== NULL_ID;
        return info;
      }
      case 'OrderCancelReject':
        ocr.wrapAndApplyHeader(view, 0, header);
        info.reason = reasonName(ocr.reason());
        break;
      case 'LogonReject':
        lrj.wrapAndApplyHeader(view, 0, header);
        info.reason = lrj.reason();
        break;
      default:
        info.fromCore = name === 'OrderMassCancelReport' || name === 'BalanceReport';
        break;
    }
    // Only the core answers UNKNOWN_ORDER (the gateway judges symbols and instrument rules, not orders).
    if (info.reason === 'UNKNOWN_ORDER') info.fromCore = true;
    info.label = info.reason ? `${name}:${info.reason}` : name;
    return info;
  } catch (e) {
    return { ...info, ok: false, label: `SBE not decodable: ${(e as Error).message}` };
  }
}
