import { Command } from '../engine/command.js';
import { CommandType } from '../engine/enums.js';
import type { CoreSpec } from './coreSpec.js';

/**
 * DEPOSIT commands giving every trading account `amountMinor` of every asset,
 * with RefIDs `firstRefId`, `firstRefId + 1`, ... (deterministic, so a rerun
 * of the same list is recognised as already applied).
 */
export function fundingCommands(spec: CoreSpec, amountMinor: number, firstRefId = 1): Command[] {
  const out: Command[] = [];
  let ref = firstRefId;
  for (let a = 0; a < spec.accounts.length; a++) {
    for (let asset = 0; asset < spec.assets.length; asset++) {
      out.push(new Command().funding(CommandType.DEPOSIT, a, asset, amountMinor, ref++));
    }
  }
  return out;
}
