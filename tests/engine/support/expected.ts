import type { ReadableEvent } from './events.js';

/**
 * Builders of expected events in the shape `readEvents` gives, so a test can
 * list a command's whole event stream compactly. CANCELED always has LEAVES 0. Defaults: instrument 0,
 * LIMIT GTC, not PostOnly, STP CANCEL_NEWEST; every other field is explicit.
 */
type SideName = 'BUY' | 'SELL';

export function accepted(e: {
  orderId: number; account: number; side: SideName; price: number; qty: number; instrument?: number;
  ordType?: 'LIMIT' | 'MARKET'; tif?: 'GTC' | 'IOC' | 'FOK'; postOnly?: boolean;
  stp?: 'CANCEL_NEWEST' | 'CANCEL_OLDEST' | 'CANCEL_BOTH';
}): ReadableEvent {
  return {
    type: 'ACCEPTED', orderId: e.orderId, account: e.account, instrument: e.instrument ?? 0,
    side: e.side, price: e.price, qty: e.qty, leaves: e.qty, ordType: e.ordType ?? 'LIMIT',
    tif: e.tif ?? 'GTC', postOnly: e.postOnly ?? false, stp: e.stp ?? 'CANCEL_NEWEST',
  };
}

/** REJECTED echoes the command: side, price and qty are raw numbers. */
export function rejected(e: {
  orderId: number; account: number; side?: number; price?: number; qty?: number; instrument?: number;
  reason: string; command: 'NEW_ORDER' | 'CANCEL' | 'REPLACE' | 'MASS_CANCEL' | number;
}): ReadableEvent {
  return {
    type: 'REJECTED', orderId: e.orderId, account: e.account, instrument: e.instrument ?? 0,
    side: e.side ?? 0, price: e.price ?? 0, qty: e.qty ?? 0, reason: e.reason, command: e.command,
  };
}

export function trade(e: {
  tradeId: number; price: number; qty: number; orderId: number; account: number; side: SideName;
  leaves: number; makerOrderId: number; makerAccount: number; makerLeaves: number; instrument?: number;
}): ReadableEvent {
  return {
    type: 'TRADE', tradeId: e.tradeId, instrument: e.instrument ?? 0, price: e.price, qty: e.qty,
    orderId: e.orderId, account: e.account, side: e.side, leaves: e.leaves,
    makerOrderId: e.makerOrderId, makerAccount: e.makerAccount, makerLeaves: e.makerLeaves,
  };
}

export function canceled(e: {
  orderId: number; account: number; side: SideName; price: number; qty: number;
  reason: 'USER' | 'IOC_REMAINDER' | 'STP' | 'MASS_CANCEL'; instrument?: number;
}): ReadableEvent {
  return {
    type: 'CANCELED', orderId: e.orderId, account: e.account, instrument: e.instrument ?? 0,
    side: e.side, price: e.price, qty: e.qty, leaves: 0, reason: e.reason,
  };
}

export function replaced(e: {
  orderId: number; account: number; side: SideName; price: number; qty: number; leaves: number;
  priorityKept: boolean; oldPrice: number; instrument?: number;
}): ReadableEvent {
  return {
    type: 'REPLACED', orderId: e.orderId, account: e.account, instrument: e.instrument ?? 0,
    side: e.side, price: e.price, qty: e.qty, leaves: e.leaves, priorityKept: e.priorityKept,
    oldPrice: e.oldPrice,
  };
}

/** BOOK_LEVEL: the level's total leaves and order count now (0, 0 when gone). */
export function level(side: SideName, price: number, qty: number, count: number, instrument = 0): ReadableEvent {
  return { type: 'BOOK_LEVEL', instrument, side, price, qty, count };
}

export function massCancelDone(account: number, instrument: number, count: number): ReadableEvent {
  return { type: 'MASS_CANCEL_DONE', account, instrument, count };
}
