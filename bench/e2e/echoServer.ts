/**
 * The bare echo server the end-to-end benchmark compares the exchange with:
 * the same uWebSockets.js stack, the same `/trade` path and `/health`, but
 * no engine, no sequencer, no journal. What the load generator measures
 * against it is the cost of the sockets, the frames and the codecs alone, so
 * the exchange's throughput is reported as a share of this one's.
 *
 *   node dist/bench/e2e/echoServer.js --port N     (0: any free port, printed)
 *
 * - Text frame: JSON.parse it (an object or a batch array); a NewOrderSingle
 *   is answered by one ExecutionReport-shaped JSON object (ExecType NEW),
 *   a Logon by a LogonAck without checking anything, anything else by a
 *   Reject UNKNOWN_MSG_TYPE.
 * - Binary frame: the SBE message header, then a NewOrderSingle is decoded
 *   through the generated flyweight and answered by the 50-byte report of
 *   echoReport.ts; an SBE Logon by an SBE LogonAck.
 * One message per frame each way. SIGTERM closes the listening socket and
 * exits.
 */
import uWS from 'uWebSockets.js';
import {
  LogonAckEncoder,
  LogonDecoder,
  MessageHeaderDecoder,
  MessageHeaderEncoder,
  NewOrderSingleDecoder,
  SCHEMA_ID,
  SCHEMA_VERSION,
} from '../../protocol/generated/index.js';
import { ECHO_CL_ORD_ID_AT, ECHO_ORDER_ID_AT, ECHO_REPORT_BLOCK_LENGTH, ECHO_REPORT_BYTES, ECHO_REPORT_TEMPLATE_ID } from './echoReport.js';

interface Order {
  MsgType?: unknown; ClOrdID?: unknown; Symbol?: unknown; Side?: unknown; OrdType?: unknown;
  Price?: unknown; OrderQty?: unknown; ApiKey?: unknown;
}

const decoder = new TextDecoder();
let orderId = 0;

/** One JSON message in, one JSON reply out (a string for ws.send). */
function answerJson(m: Order): string {
  if (m.MsgType === 'NewOrderSingle') {
    const id = ++orderId;
    return JSON.stringify({
      MsgType: 'ExecutionReport', ExecType: 'NEW', OrdStatus: 'NEW', OrderID: String(id), ClOrdID: m.ClOrdID,
      Symbol: m.Symbol, Side: m.Side, OrdType: m.OrdType, Price: m.Price, OrderQty: m.OrderQty,
      CumQty: '0', LeavesQty: m.OrderQty, AvgPx: '0', TransactTime: Date.now() * 1000, Seq: id,
    });
  }
  if (m.MsgType === 'Logon') return JSON.stringify({ MsgType: 'LogonAck', Account: String(m.ApiKey) });
  return JSON.stringify({ MsgType: 'Reject', RefMsgType: String(m.MsgType), Reason: 'UNKNOWN_MSG_TYPE' });
}

// Binary replies are built in these reused buffers: uWS copies what send() is given.
const headerIn = new MessageHeaderDecoder();
const headerOut = new MessageHeaderEncoder();
const nosIn = new NewOrderSingleDecoder();
const logonIn = new LogonDecoder();
const ackOut = new LogonAckEncoder();
const report = new Uint8Array(ECHO_REPORT_BYTES);
const reportView = new DataView(report.buffer);
const ack = new Uint8Array(8 + LogonAckEncoder.BLOCK_LENGTH);
const ackView = new DataView(ack.buffer);
reportView.setUint16(0, ECHO_REPORT_BLOCK_LENGTH, true);
reportView.setUint16(2, ECHO_REPORT_TEMPLATE_ID, true);
reportView.setUint16(4, SCHEMA_ID, true);
reportView.setUint16(6, SCHEMA_VERSION, true);
/** A checksum of the decoded fields, so the decode is real work; printed at exit. */
let checksum = 0;

/** Answers one SBE frame; returns the reply bytes, or null for a frame it ignores. */
function answerSbe(buf: ArrayBuffer): Uint8Array | null {
  if (buf.byteLength < 8) return null;
  const view = new DataView(buf);
  const templateId = view.getUint16(2, true);
  if (templateId === NewOrderSingleDecoder.TEMPLATE_ID) {
    const o = nosIn.wrapAndApplyHeader(view, 0, headerIn);
    checksum = (checksum + o.side() + o.ordType() + o.priceMantissa() + o.orderQtyMantissa() + o.timeInForce()) % 1_000_000_007;
    const id = ++orderId;
    report[8] = 0; // ExecType NEW
    report[9] = 0; // OrdStatus NEW
    reportView.setUint32(ECHO_ORDER_ID_AT, id >>> 0, true);
    reportView.setUint32(ECHO_ORDER_ID_AT + 4, Math.floor(id / 4294967296), true);
    o.getClOrdID(report, ECHO_CL_ORD_ID_AT);
    return report;
  }
  if (templateId === LogonDecoder.TEMPLATE_ID) {
    const apiKey = logonIn.wrapAndApplyHeader(view, 0, headerIn).apiKey();
    ackOut.wrapAndApplyHeader(ackView, 0, headerOut).account(apiKey.slice(0, 32));
    return ack;
  }
  return null;
}

export function startEchoServer(port: number, onListen: (port: number) => void): () => void {
  let listenSocket: uWS.us_listen_socket | null = null;
  uWS.App()
    .ws('/trade', {
      compression: uWS.DISABLED,
      maxPayloadLength: 1 << 20,
      maxBackpressure: 64 << 20,
      idleTimeout: 0,
      message: (ws, message, isBinary) => {
        if (isBinary) {
          const reply = answerSbe(message);
          if (reply !== null) ws.send(reply, true);
          return;
        }
        let parsed: unknown;
        try {
          parsed = JSON.parse(decoder.decode(message));
        } catch {
          ws.send('{"MsgType":"Reject","Reason":"MALFORMED"}');
          return;
        }
        if (Array.isArray(parsed)) {
          ws.cork(() => {
            for (const m of parsed as Order[]) ws.send(answerJson(m));
          });
        } else {
          ws.send(answerJson(parsed as Order));
        }
      },
    })
    .get('/health', (res) => {
      res.writeHeader('Content-Type', 'application/json').end('{"status":"ok","server":"echo"}');
    })
    .any('/*', (res) => {
      res.writeStatus('404 Not Found').end();
    })
    .listen('127.0.0.1', port, (socket) => {
      if (socket === false) throw new Error(`echo server: cannot listen on 127.0.0.1:${port}`);
      listenSocket = socket;
      onListen(uWS.us_socket_local_port(socket));
    });
  return () => {
    if (listenSocket !== null) uWS.us_listen_socket_close(listenSocket);
    listenSocket = null;
  };
}

// Run as a process (not when imported).
if (process.argv[1] !== undefined && /echoServer\.js$/.test(process.argv[1])) {
  const at = process.argv.indexOf('--port');
  const port = at >= 0 ? Number(process.argv[at + 1]) : 0;
  const stop = startEchoServer(port, (p) => process.stdout.write(`echo server listening on 127.0.0.1:${p}\n`));
  process.on('SIGTERM', () => {
    stop();
    process.stdout.write(`echo server: ${orderId} orders answered (checksum ${checksum})\n`);
    process.exit(0);
  });
}
