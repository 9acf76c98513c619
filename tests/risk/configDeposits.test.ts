import { describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../config/loadConfig.js';
import { EventType } from '../../engine/enums.js';
import { AF, EventBuffer } from '../../engine/eventBuffer.js';
import { configDepositCommands, FIRST_PAYMENT_REF_ID } from '../../risk/configDeposits.js';
import { coreSpecFromConfig } from '../../risk/coreSpec.js';
import { ExchangeCore } from '../../risk/exchangeCore.js';

const config = loadConfigFile(new URL('../../config/demo.json', import.meta.url).pathname);

describe('config deposits', () => {
  it('fund every account with exactly its configured deposits, once, whatever how often they are submitted', () => {
    const core = new ExchangeCore(coreSpecFromConfig(config));
    const ev = new EventBuffer();
    const commands = configDepositCommands(config);
    expect(commands.length).toBe(config.accounts.reduce((n, a) => n + a.deposits.length, 0));
    expect(new Set(commands.map((c) => c.refId)).size).toBe(commands.length);
    expect(Math.max(...commands.map((c) => c.refId))).toBeLessThan(FIRST_PAYMENT_REF_ID);
    for (const round of [0, 1]) {
      for (const c of commands) {
        ev.clear();
        core.apply(c, ev);
        const done = ev.count - 1;
        expect(ev.type(done)).toBe(EventType.ADMIN_DONE);
        expect(ev.get(done, AF.DUPLICATE)).toBe(round);
      }
    }
    for (const account of config.accounts) {
      for (const asset of config.assets) {
        const configured = account.deposits.find((d) => d.asset === asset)?.amountMinor ?? 0;
        expect(core.wallet.available(account.index, asset.index), `${account.id} ${asset.code}`).toBe(configured);
        expect(core.wallet.held(account.index, asset.index)).toBe(0);
      }
    }
    core.assertInvariants();
  });
});
