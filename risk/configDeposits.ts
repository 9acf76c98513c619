import type { ExchangeConfig } from '../config/exchangeConfig.js';
import { Command } from '../engine/command.js';
import { CommandType } from '../engine/enums.js';

/**
 * RefIDs 1..2^32-1 are the config's initial deposits (in config order:
 * account by account, asset by asset as listed); payment orders use RefIDs
 * from FIRST_PAYMENT_REF_ID up, so the two can never collide.
 */
export const FIRST_PAYMENT_REF_ID = 2 ** 32;

/**
 * The config's `deposits` as DEPOSIT commands (PROTOCOL.md: "applied once,
 * on first start, as journaled deposits"). The server submits them when its
 * journal is empty; because their RefIDs are fixed, submitting them again
 * would change nothing (each answers ADMIN_DONE with DUPLICATE).
 */
export function configDepositCommands(config: ExchangeConfig): Command[] {
  const out: Command[] = [];
  let ref = 1;
  for (const account of config.accounts) {
    for (const d of account.deposits) {
      if (d.amountMinor > 0) out.push(new Command().funding(CommandType.DEPOSIT, account.index, d.asset.index, d.amountMinor, ref));
      ref++;
    }
  }
  if (ref >= FIRST_PAYMENT_REF_ID) throw new Error('too many config deposits for their RefID range');
  return out;
}
