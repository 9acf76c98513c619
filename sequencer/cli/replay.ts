/**
 * `npm run replay -- --data-dir DIR [--until SEQ] [--no-snapshot]`: rebuilds
 * the core's state from a data directory (newest snapshot at or before SEQ,
 * then the journal after it), read-only (a torn tail is reported, not cut),
 * and prints the state hash, the commands replayed and the time taken.
 * Instruments and limits come from the directory's core.json.
 */
import { parseArgs } from 'node:util';
import { readCoreManifest } from '../coreManifest.js';
import { recoverCore } from '../coreRecovery.js';

function main(): number {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      until: { type: 'string' },
      'no-snapshot': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const dataDir = values['data-dir'];
  if (dataDir === undefined) {
    process.stderr.write('usage: npm run replay -- --data-dir DIR [--until SEQ] [--no-snapshot]\n');
    return 2;
  }
  let untilSeq: number | undefined;
  if (values.until !== undefined) {
    untilSeq = Number(values.until);
    if (!(Number.isSafeInteger(untilSeq) && untilSeq >= 0)) {
      process.stderr.write(`--until must be a sequence number: ${values.until}\n`);
      return 2;
    }
  }
  const manifest = readCoreManifest(dataDir);
  const warnings: string[] = [];
  const t0 = performance.now();
  const r = recoverCore({
    dataDir, spec: manifest, readOnly: true,
    ignoreSnapshots: values['no-snapshot'] === true,
    ...(untilSeq !== undefined ? { untilSeq } : {}),
    logger: { warn: (_details, message) => warnings.push(message) },
  });
  const ms = performance.now() - t0;
  for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
  const perSec = r.replayed > 0 && ms > 0 ? Math.round(r.replayed / (ms / 1000)) : 0;
  process.stdout.write([
    `stateHash      ${r.core.stateHash()}`,
    `lastSeq        ${r.lastSeq}`,
    `snapshot       ${r.snapshotPath ?? 'none'} (seq ${r.snapshotSeq})`,
    `commands       ${r.replayed} replayed from the journal (journal holds ${r.journal.firstSeq}..${r.journal.lastSeq})`,
    `restingOrders  ${r.core.engine.restingOrderCount()}`,
    `timeMs         ${ms.toFixed(1)} (${perSec} commands/s)`,
  ].join('\n') + '\n');
  return 0;
}

process.exitCode = main();
