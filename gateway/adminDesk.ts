import type { ExchangeConfig } from '../config/exchangeConfig.js';
import { coreSpecFromConfig, type CoreSpec } from '../risk/coreSpec.js';
import { adminCommand, AdminUsageError, describeAnswer } from '../sequencer/cli/adminCommand.js';
import type { Credentials } from './auth.js';
import type { Reply } from './replies.js';
import { sessionReject, type TradeRequest } from './requests.js';
import type { Session } from './session.js';
import type { TradeDesk } from './tradeDesk.js';

/**
 * The authenticated admin channel (`ws /admin`, JSON): the operator logs on
 * with the config's `admin` key and secret (the same signed Logon as
 * /trade), then sends
 * `{"MsgType":"AdminRequest","RequestID":"r-1","Command":["halt","BTC-USD"]}`
 * with the words of `npm run admin` (sequencer/cli/adminCommand.ts: halt,
 * resume, disable, enable, deposit, withdraw, set-limit, balance). Each
 * command is sequenced and journaled like any other and answered
 * `{"MsgType":"AdminReport","RequestID":"r-1","Status":"DONE"|"REJECTED","Seq":N,"Lines":[...]}`.
 */
export interface AdminReport {
  MsgType: 'AdminReport';
  RequestID: string;
  Status: 'DONE' | 'REJECTED';
  Seq?: number;
  Lines: string[];
}

export class AdminDesk {
  private readonly spec: CoreSpec;

  constructor(
    private readonly config: ExchangeConfig,
    private readonly desk: TradeDesk,
    private readonly send: (s: Session, r: Reply) => void,
  ) {
    this.spec = coreSpecFromConfig(config);
  }

  credentials(apiKey: string): { creds: Credentials; account: number; id: string } | undefined {
    const admin = this.config.admin;
    if (admin === null || admin.apiKey !== apiKey) return undefined;
    return { creds: admin, account: -1, id: 'admin' };
  }

  /** One request of a logged-on admin session; false when the sequencer is full (retry later, nothing done). */
  handle(session: Session, request: TradeRequest): boolean {
    if (request.MsgType !== 'AdminRequest') {
      this.desk.reply(session, sessionReject(request.MsgType, 'UNKNOWN_MSG_TYPE', 'MsgType', 'the admin channel takes AdminRequest'));
      return true;
    }
    const r = request;
    let cmd;
    try {
      cmd = adminCommand(this.spec, r.Command);
    } catch (e) {
      if (!(e instanceof AdminUsageError)) throw e;
      this.desk.reply(session, { MsgType: 'AdminReport', RequestID: r.RequestID, Status: 'REJECTED', Lines: [e.message] } as unknown as Reply);
      return true;
    }
    cmd.setClOrdId('').setOrigClOrdId('');
    return this.desk.submitInternal(cmd, session, (seq, _ts, events, first, end) => {
      const lines = describeAnswer(this.spec, events, first, end);
      const report: AdminReport = {
        MsgType: 'AdminReport', RequestID: r.RequestID, Status: lines.some((l) => l.startsWith('REJECTED')) ? 'REJECTED' : 'DONE', Seq: seq, Lines: lines,
      };
      this.send(session, report as unknown as Reply);
    });
  }
}
