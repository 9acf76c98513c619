/**
 * `npm start` until the gateway exists: loads the embedded demo config (or
 * `--config FILE`), funds the accounts with their configured deposits, runs a
 * short scripted session through the core (risk, wallet, matching) and prints
 * every trade, the resulting books and balances, with prices, quantities and
 * amounts converted back to decimal strings at this edge.
 */
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { loadConfigFile } from '../config/loadConfig.js';
import type { InstrumentConfig } from '../config/exchangeConfig.js';
import { coreSpecFromConfig } from '../risk/coreSpec.js';
import { ExchangeCore } from '../risk/exchangeCore.js';
import { TF } from './eventBuffer.js';
import { fromSteps, toSteps } from '../config/decimal.js';
import { Command } from './command.js';
import { EventBuffer, F } from './eventBuffer.js';
import { EventType, OrdType, Side, TimeInForce } from './enums.js';
import { configDepositCommands } from '../risk/configDeposits.js';
import { rejectReasonName } from './rejectReason.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const configIndex = args.indexOf('--config');
const configPath = configIndex >= 0 ? args[configIndex + 1]! : resolve(here, '../../config/demo.json');
const config = loadConfigFile(configPath);
const core = new ExchangeCore(coreSpecFromConfig(config));
const engine = core.engine;
const events = new EventBuffer();
const cmd = new Command();
const inst = config.instruments[0]!;
const accountName = (i: number) => config.accounts[i]?.id ?? `#${i}`;
let seq = 0;

function ticks(spec: InstrumentConfig, price: string): number {
  const r = toSteps(price, spec.tick);
  if (!r.ok) throw new Error(`bad price ${price}`);
  return r.value;
}

function lots(spec: InstrumentConfig, qty: string): number {
  const r = toSteps(qty, spec.lot);
  if (!r.ok) throw new Error(`bad qty ${qty}`);
  return r.value;
}

function send(label: string): void {
  cmd.seq = ++seq;
  cmd.timestampUs = 1_764_000_000_000_000 + seq;
  events.clear();
  core.apply(cmd, events);
  console.log(`#${seq} ${label}`);
  for (let i = 0; i < events.count; i++) {
    const t = events.type(i);
    const spec = config.instruments[events.get(i, F.INSTRUMENT)] ?? inst;
    const px = fromSteps(events.get(i, F.PRICE), spec.tick);
    const qty = fromSteps(events.get(i, F.QTY), spec.lot);
    if (t === EventType.TRADE) {
      const quote = (minor: number) => fromSteps(minor, { mantissa: 1n, scale: spec.quoteAsset.decimals });
      console.log(`   TRADE #${events.get(i, F.TRADE_ID)} ${spec.symbol} ${qty} @ ${px}  taker ${accountName(events.get(i, F.ACCOUNT))} (order ${events.get(i, F.ORDER_ID)}) <- maker ${accountName(events.get(i, F.MAKER_ACCOUNT))} (order ${events.get(i, F.MAKER_ORDER_ID)})  ${quote(events.get(i, TF.QUOTE_AMOUNT))} ${spec.quote}, fees taker ${quote(events.get(i, TF.TAKER_FEE))} maker ${quote(events.get(i, TF.MAKER_FEE))}`);
    } else if (t === EventType.REJECTED) {
      console.log(`   REJECTED order ${events.get(i, F.ORDER_ID)}: ${rejectReasonName(events.get(i, F.REASON))}`);
    } else if (t === EventType.ACCEPTED) {
      console.log(`   accepted order ${events.get(i, F.ORDER_ID)}`);
    } else if (t === EventType.CANCELED) {
      console.log(`   canceled order ${events.get(i, F.ORDER_ID)} (${qty} left)`);
    }
  }
}

const [alice, bob, carol] = [0, 1, 2];
const limit = (account: number, side: number, price: string, qty: string, tif: number = TimeInForce.GTC) =>
  cmd.newOrder(account, inst.id, side, OrdType.LIMIT, tif, ticks(inst, price), lots(inst, qty));

console.log(`Exchange core demo on ${inst.symbol} (config: ${configPath})\n`);
for (const deposit of configDepositCommands(config)) {
  deposit.seq = ++seq;
  deposit.timestampUs = 1_764_000_000_000_000 + seq;
  core.apply(deposit, events);
  events.clear();
}
limit(alice, Side.SELL, '100010.00', '0.5'); send('alice sells 0.5 @ 100010');
limit(alice, Side.SELL, '100020.00', '1'); send('alice sells 1 @ 100020');
limit(bob, Side.BUY, '99990.00', '0.75'); send('bob bids 0.75 @ 99990');
limit(carol, Side.BUY, '100020.00', '1.2'); send('carol buys 1.2 up to 100020');
cmd.newOrder(alice, inst.id, Side.SELL, OrdType.MARKET, TimeInForce.IOC, 0, lots(inst, '1')); send('alice sells 1 at market');
limit(carol, Side.BUY, '150000', '1'); send('carol bids far outside the price band');

console.log('\nBook:');
for (const [name, side] of [['asks', Side.SELL], ['bids', Side.BUY]] as const) {
  engine.forEachLevel(inst.id, side, 5, (p, q, n) => console.log(`  ${name} ${fromSteps(p, inst.tick)} x ${fromSteps(q, inst.lot)} (${n} orders)`));
}
console.log('\nBalances (available / held):');
for (const acc of config.accounts) {
  const parts = config.assets.map((a) => {
    const unit = { mantissa: 1n, scale: a.decimals };
    return `${a.code} ${fromSteps(core.wallet.available(acc.index, a.index), unit)} / ${fromSteps(core.wallet.held(acc.index, a.index), unit)}`;
  });
  console.log(`  ${acc.id}: ${parts.join(', ')}`);
}
const fees = config.assets.map((a) => `${a.code} ${fromSteps(core.wallet.available(core.feeAccount, a.index), { mantissa: 1n, scale: a.decimals })}`);
console.log(`  fees: ${fees.join(', ')}`);
core.assertInvariants();
console.log(`\nstate hash ${core.stateHash()}`);
