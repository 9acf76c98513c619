/**
 * Child process of the crash harness (crash.ts): opens the sequencer on a
 * data directory (recovery: snapshot + journal), prints
 * `start <lastSeq> <stateHash>`, then submits the deterministic workload from
 * lastSeq + 1 in batches forever, printing `ack <seq>` after each batch's
 * results were delivered (i.e. durable). It is killed with SIGKILL.
 * Usage: node crashChild.js DATA_DIR SEED
 */
import { writeSync } from 'node:fs';
import { Command } from '../../engine/command.js';
import { InProcessSequencer } from '../../sequencer/inProcessSequencer.js';
import { CRASH_SPEC, commandFor } from './crashWorkload.js';

const [dataDir, seedText] = process.argv.slice(2);
if (dataDir === undefined || seedText === undefined) throw new Error('usage: crashChild DATA_DIR SEED');
const seed = Number(seedText);
let acked = 0;
const s = InProcessSequencer.open({
  dataDir, spec: CRASH_SPEC, snapshotEveryCommands: 50_000,
  onResult: (seq) => { acked = seq; },
});
writeSync(1, `start ${s.lastSeq} ${s.core.stateHash()}\n`);
const cmd = new Command();
let batch = 1;
for (;;) {
  batch = (batch * 7 + 13) % 2000 + 1;
  for (let i = 0; i < batch; i++) s.submit(commandFor(seed, s.lastSeq + 1, cmd));
  s.flush();
  writeSync(1, `ack ${acked}\n`);
}
