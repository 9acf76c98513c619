/**
 * Human-readable lines for the command-line client: one line per report,
 * tables for balances and the book with decimals aligned on the point.
 * Values are printed as the server sent them (decimal strings), never
 * re-parsed as numbers.
 */
import type {
  BalanceReport,
  BBO,
  BookLevel,
  BookSnapshot,
  BookUpdate,
  ExecutionReport,
  OrderCancelReject,
  OrderMassCancelReport,
  Reject,
  ServerMessage,
  Trade,
} from './messages.js';

/** Wide enough for the longest ExecType, ORDER_STATUS. */
const KIND_WIDTH = 12;

const kind = (text: string): string => text.padEnd(KIND_WIDTH);

export function formatExecutionReport(er: ExecutionReport): string {
  const order = `${er.Side} ${er.OrderQty} ${er.Symbol} ${er.Price !== undefined ? `@ ${er.Price}` : 'at market'}`;
  if (er.ExecType === 'REJECTED') {
    return `${kind('REJECTED')} ${er.ClOrdID}  ${order}: ${er.RejectReason ?? 'no reason given'}${er.Text !== undefined ? ` (${er.Text})` : ''}`;
  }
  const state = `${er.OrdStatus}, filled ${er.CumQty} of ${er.OrderQty}${er.CumQty !== '0' ? ` avg ${er.AvgPx}` : ''}, open ${er.LeavesQty}`;
  const ids = [er.OrderID !== undefined ? `order ${er.OrderID}` : '', er.Seq !== undefined ? `seq ${er.Seq}` : ''].filter((s) => s !== '').join(' ');
  const head = er.ExecType === 'TRADE'
    ? `${kind('TRADE')} ${er.ClOrdID}  ${er.Side} ${er.LastQty ?? '?'} ${er.Symbol} @ ${er.LastPx ?? '?'}`
      + `${er.Liquidity !== undefined ? ` ${er.Liquidity}` : ''}${er.Fee !== undefined ? `, fee ${er.Fee} ${er.FeeAsset ?? ''}`.trimEnd() : ''}`
      + `${er.TradeID !== undefined ? `, trade ${er.TradeID}` : ''}`
    : `${kind(er.ExecType)} ${er.ClOrdID}${er.OrigClOrdID !== undefined ? ` (was ${er.OrigClOrdID})` : ''}  ${order}`;
  return `${head} | ${state}${ids !== '' ? ` | ${ids}` : ''}`;
}

export function formatReject(r: Reject): string {
  return `${kind('REJECT')} ${r.RefMsgType ?? 'message'}: ${r.Reason}${r.Field !== undefined ? ` (field ${r.Field})` : ''}${r.Text !== undefined ? `: ${r.Text}` : ''}`;
}

export function formatCancelReject(r: OrderCancelReject): string {
  return `${kind('CXL_REJECTED')} ${r.ClOrdID}  cancel/replace of ${r.OrigClOrdID}: ${r.Reason}`;
}

export function formatMassCancelReport(r: OrderMassCancelReport): string {
  const n = r.CanceledCount;
  return `${kind('MASS_CANCEL')} ${r.ClOrdID}  ${n} order${n === 1 ? '' : 's'} canceled on ${r.Symbol ?? 'every symbol'}`;
}

export function formatBalances(report: BalanceReport): string[] {
  if (report.Balances.length === 0) return ['no balances'];
  const assets = column('ASSET', report.Balances.map((b) => b.Asset), 'left');
  const total = column('TOTAL', report.Balances.map((b) => b.Total), 'decimal');
  const available = column('AVAILABLE', report.Balances.map((b) => b.Available), 'decimal');
  const held = column('HELD', report.Balances.map((b) => b.Held), 'decimal');
  return assets.map((a, i) => `${a}  ${total[i]}  ${available[i]}  ${held[i]}`.trimEnd());
}

/** Asks above bids, the best of each next to the other (the ladder a trader reads). */
export function formatBook(book: BookSnapshot): string[] {
  const asks = [...book.Asks].reverse();
  const levels: BookLevel[] = [...asks, ...book.Bids];
  const [priceHeader, ...prices] = column('PRICE', levels.map((l) => l[0]), 'decimal');
  const [qtyHeader, ...qtys] = column('QTY', levels.map((l) => l[1]), 'decimal');
  const row = (label: string, i: number): string => `${label}   ${prices[i]}  ${qtys[i]}`.trimEnd();
  const lines = [`${book.Symbol} book, seq ${book.Seq}`, `      ${priceHeader}  ${qtyHeader}`];
  if (asks.length === 0) lines.push('ask   (none)');
  for (let i = 0; i < asks.length; i++) lines.push(row('ask', i));
  lines.push('-'.repeat(6 + priceHeader!.length + 2 + qtyHeader!.length));
  if (book.Bids.length === 0) lines.push('bid   (none)');
  for (let i = asks.length; i < levels.length; i++) lines.push(row('bid', i));
  return lines;
}

export function formatBookUpdate(u: BookUpdate): string {
  const side = (name: string, levels: BookLevel[]): string[] => levels.map(([px, qty]) => `${name} ${px} ${qty === '0' ? 'removed' : `-> ${qty}`}`);
  return `${kind('BOOK')} ${u.Symbol} seq ${u.Seq}: ${[...side('bid', u.Bids), ...side('ask', u.Asks)].join(', ') || 'no change'}`;
}

export function formatTrade(t: Trade): string {
  return `${microsToIso(t.TransactTime)}  ${t.Symbol}  ${t.AggressorSide === 'BUY' ? 'buyer' : 'seller'} took ${t.Qty} @ ${t.Price}  (trade ${t.TradeID}, seq ${t.Seq})`;
}

export function formatBbo(b: BBO): string {
  const bid = b.BidPx === null ? 'no bid' : `bid ${b.BidQty} @ ${b.BidPx}`;
  const ask = b.AskPx === null ? 'no ask' : `ask ${b.AskQty} @ ${b.AskPx}`;
  return `${b.TransactTime !== undefined ? `${microsToIso(b.TransactTime)}  ` : ''}${b.Symbol}  ${bid} | ${ask}  (seq ${b.Seq})`;
}

/** Any server message in one line (for events a command did not ask about). */
export function formatMessage(msg: ServerMessage): string {
  switch (msg.MsgType) {
    case 'ExecutionReport': return formatExecutionReport(msg);
    case 'Reject': return formatReject(msg);
    case 'OrderCancelReject': return formatCancelReject(msg);
    case 'OrderMassCancelReport': return formatMassCancelReport(msg);
    case 'Trade': return formatTrade(msg);
    case 'BBO': return formatBbo(msg);
    case 'BookUpdate': return formatBookUpdate(msg);
    default: return JSON.stringify(msg);
  }
}

/** `1764000000000123` -> `2025-11-24T16:00:00.000123Z` (µs kept). */
export function microsToIso(us: number): string {
  const ms = Math.floor(us / 1000);
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, -1)}${String(us - ms * 1000).padStart(3, '0')}Z`;
}

/**
 * A column with its header first, padded to one width. 'decimal' aligns
 * values on the point (integers get spaces where the fraction would be).
 */
function column(header: string, values: string[], align: 'left' | 'decimal'): string[] {
  let cells: string[];
  if (align === 'left') {
    cells = values;
  } else {
    const parts = values.map((v) => {
      const dot = v.indexOf('.');
      return dot < 0 ? [v, ''] : [v.slice(0, dot), v.slice(dot)];
    });
    const intWidth = Math.max(0, ...parts.map((p) => p[0]!.length));
    const fracWidth = Math.max(0, ...parts.map((p) => p[1]!.length));
    cells = parts.map(([i, f]) => i!.padStart(intWidth) + f!.padEnd(fracWidth));
  }
  const width = Math.max(header.length, ...cells.map((c) => c.length));
  const pad = (c: string): string => (align === 'left' ? c.padEnd(width) : c.padStart(width));
  return [pad(header), ...cells.map(pad)];
}
