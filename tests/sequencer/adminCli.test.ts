import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../config/loadConfig.js';
import { Command } from '../../engine/command.js';
import { EventType, OrdType, Side, TimeInForce } from '../../engine/enums.js';
import { F } from '../../engine/eventBuffer.js';
import { rejectReasonName } from '../../engine/rejectReason.js';
import { configDepositCommands } from '../../risk/configDeposits.js';
import { coreSpecFromConfig } from '../../risk/coreSpec.js';
import { AdminUsageError, runAdmin } from '../../sequencer/cli/adminCommand.js';
import { InProcessSequencer } from '../../sequencer/inProcessSequencer.js';
import { TempDirs } from './journal/support/tempDir.js';

const config = loadConfigFile(fileURLToPath(new URL('../../config/demo.json', import.meta.url)));
const spec = coreSpecFromConfig(config);
const dirs = new TempDirs();
afterEach(() => dirs.cleanup());

/** Opens the directory, submits `commands`, returns the first answer's type and reason of each. */
async function submit(dataDir: string, commands: Command[]): Promise<string[]> {
  const answers: string[] = [];
  const s = InProcessSequencer.open({
    dataDir, spec, onResult: (_seq, _ts, ev, first) => {
      answers.push(ev.type(first) === EventType.REJECTED ? rejectReasonName(ev.get(first, F.REASON)) : String(ev.type(first)));
    },
  });
  for (const c of commands) s.submit(c);
  await s.close();
  return answers;
}

const btcBuy = (qtyLots: number) => new Command().newOrder(0, 0, Side.BUY, OrdType.LIMIT, TimeInForce.GTC, 9_000_000, qtyLots);

async function admin(dir: string, ...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runAdmin(dir, args, (l) => lines.push(l));
  return { code, lines };
}

describe('npm run admin (operator commands on a stopped exchange)', () => {
  it('journals deposits once per RefID, halts and resumes, sets limits, and the kill switch cancels', async () => {
    const dir = dirs.make('admin-');
    await submit(dir, [...configDepositCommands(config), btcBuy(10_000)]);

    expect(await admin(dir, 'deposit', 'alice', 'USD', '10.5', '5000000000')).toMatchObject({ code: 0, lines: ['DONE', expect.stringMatching(/^seq \d+$/)] });
    expect((await admin(dir, 'deposit', 'alice', 'USD', '10.5', '5000000000')).lines[0]).toBe('DONE (duplicate RefID: nothing changed)');
    // 1,000,000 deposited + 10.50, minus the hold of 1 BTC at 90,000 plus its 5 bps taker fee (45).
    expect((await admin(dir, 'balance', 'alice')).lines).toContain('alice USD available 909965.50 held 90045.00');

    expect((await admin(dir, 'halt', 'BTC-USD')).code).toBe(0);
    expect(await submit(dir, [btcBuy(1)])).toEqual(['INSTRUMENT_HALTED']);
    await admin(dir, 'resume', 'BTC-USD');
    expect(await submit(dir, [btcBuy(1)])).toEqual([String(EventType.ACCEPTED)]);

    await admin(dir, 'set-limit', 'alice', 'BTC-USD', 'max-order-qty', '0.5');
    expect(await submit(dir, [btcBuy(5_001), btcBuy(5_000)])).toEqual(['RISK_LIMIT', String(EventType.ACCEPTED)]);

    const kill = await admin(dir, 'disable', 'alice');
    expect(kill.lines.filter((l) => l.startsWith('canceled order'))).toHaveLength(3);
    expect(await submit(dir, [btcBuy(1)])).toEqual(['ACCOUNT_DISABLED']);
    expect((await admin(dir, 'balance', 'alice')).lines).toContain('alice USD available 1000010.50 held 0.00');

    expect(await admin(dir, 'withdraw', 'bob', 'USD', '2000000', '5000000001')).toMatchObject({ code: 1, lines: ['REJECTED INSUFFICIENT_FUNDS', expect.any(String)] });
  });

  it('refuses bad arguments by name, and a directory a running sequencer holds', async () => {
    const dir = dirs.make('admin-');
    await submit(dir, []);
    await expect(admin(dir, 'halt', 'DOGE-USD')).rejects.toThrow(AdminUsageError);
    await expect(admin(dir, 'deposit', 'alice', 'USD', '1.001', '7')).rejects.toThrow(/AMOUNT "1.001": too many decimals/);
    await expect(admin(dir, 'deposit', 'alice', 'USD', '1', '0')).rejects.toThrow(/REFID/);
    await expect(admin(dir, 'set-limit', 'alice', 'all', 'max-position', '1')).rejects.toThrow(/per instrument/);
    await expect(admin(dir, 'launch')).rejects.toThrow(/unknown command "launch"/);
    const running = InProcessSequencer.open({ dataDir: dir, spec, onResult: () => {} });
    try {
      await expect(admin(dir, 'halt', 'BTC-USD')).rejects.toThrow(/LOCK/);
    } finally {
      await running.close();
    }
  });

  it('the built command prints its usage', () => {
    const r = spawnSync(process.execPath, [fileURLToPath(new URL('../../dist/sequencer/cli/admin.js', import.meta.url)), '--help'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/usage: npm run admin -- --data-dir DIR COMMAND ARGS/);
  });
});
