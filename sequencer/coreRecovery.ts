import { Command } from '../engine/command.js';
import { EventBuffer } from '../engine/eventBuffer.js';
import type { CoreSpec } from '../risk/coreSpec.js';
import { importCoreState } from '../risk/coreState.js';
import { ExchangeCore } from '../risk/exchangeCore.js';
import { CommandCodec } from './commandCodec.js';
import type { JournalConfig } from './journal/journalConfig.js';
import { JournalCursor } from './journal/journalCursor.js';
import type { JournalLogger } from './journal/journalErrors.js';
import { recoverJournal, type RecoveryResult } from './journal/recovery.js';
import { loadNewestSnapshot } from './snapshot/snapshotFiles.js';

/** Journal settings a sequencer or the replay tool may choose (the data directory and firstSeq are theirs). */
export type JournalOptions = Omit<JournalConfig, 'dataDir' | 'firstSeq' | 'readOnly'>;

export interface CoreRecoveryOptions {
  dataDir: string;
  spec: CoreSpec;
  journal?: JournalOptions;
  /** Change no file (a torn tail is reported, not cut): the replay tool. Default false. */
  readOnly?: boolean;
  /** Rebuild the state as of this seq: the newest snapshot at or before it, replay up to it. */
  untilSeq?: number;
  /** Ignore snapshots and replay the whole journal. Default false. */
  ignoreSnapshots?: boolean;
  /** Sees every replayed command and its events (valid during the call only). */
  onReplayed?: (cmd: Command, events: EventBuffer) => void;
  logger?: JournalLogger;
}

export interface CoreRecoveryResult {
  core: ExchangeCore;
  journal: RecoveryResult;
  /** Seq the loaded snapshot covers, 0 when none was loaded. */
  snapshotSeq: number;
  snapshotPath: string | null;
  /** Commands replayed from the journal after the snapshot. */
  replayed: number;
  /** Last seq applied to `core`. */
  lastSeq: number;
  /** Timestamp of that command (or of the snapshot), -1 when nothing was applied. */
  lastTimestampUs: number;
}

/**
 * Rebuilds the core at start (issue 5, "Recovery"): the newest valid
 * snapshot, then the journal after it. recoverJournal cuts a torn tail with a
 * warning and refuses corruption before it; a snapshot failing its CRC is
 * reported and an older one used; a snapshot the journal does not continue
 * (a gap after it, or a journal ending before it) refuses to start.
 */
export function recoverCore(o: CoreRecoveryOptions): CoreRecoveryResult {
  const until = o.untilSeq ?? Number.MAX_SAFE_INTEGER;
  const loaded = o.ignoreSnapshots === true ? null : loadNewestSnapshot(o.dataDir, until, o.logger);
  const snapshotSeq = loaded?.snapshot.seq ?? 0;
  const journalConfig: JournalConfig = {
    ...o.journal, dataDir: o.dataDir, readOnly: o.readOnly ?? false, firstSeq: snapshotSeq + 1,
    ...(o.logger !== undefined ? { logger: o.logger } : {}),
  };
  const journal = recoverJournal(journalConfig);
  if (journal.firstSeq > snapshotSeq + 1) {
    throw new Error(`${o.dataDir}: the journal starts at seq ${journal.firstSeq} but the state (${loaded === null ? 'no snapshot' : loaded.file.path}) ends at ${snapshotSeq}: commands ${snapshotSeq + 1}..${journal.firstSeq - 1} are missing`);
  }
  if (journal.nextSeq < snapshotSeq + 1) {
    throw new Error(`${o.dataDir}: snapshot ${loaded!.file.path} covers seq ${snapshotSeq} but the journal ends at ${journal.lastSeq}`);
  }
  const core = loaded === null ? new ExchangeCore(o.spec) : importCoreState(loaded.snapshot.core, o.spec);
  const r = replayJournal(core, journalConfig, journal, snapshotSeq + 1, until, o.onReplayed);
  const lastTimestampUs = r.replayed > 0 ? r.lastTimestampUs : loaded?.snapshot.timestampUs ?? -1;
  return { core, journal, snapshotSeq, snapshotPath: loaded?.file.path ?? null, replayed: r.replayed, lastSeq: r.lastSeq, lastTimestampUs };
}

/**
 * Applies the journal's commands `fromSeq..untilSeq` (as far as the
 * recovered journal goes) to `core`, checking that each record's command
 * carries the record's seq and time. Recovery and the snapshot follower
 * both bring a core forward with it. `lastSeq` is fromSeq - 1 and
 * `lastTimestampUs` -1 when nothing was applied.
 */
export function replayJournal(
  core: ExchangeCore, config: JournalConfig, journal: RecoveryResult, fromSeq: number, untilSeq: number,
  onReplayed?: (cmd: Command, events: EventBuffer) => void,
): { lastSeq: number; lastTimestampUs: number; replayed: number } {
  let lastSeq = fromSeq - 1;
  let lastTimestampUs = -1;
  let replayed = 0;
  if (journal.lastSeq < fromSeq || untilSeq < fromSeq) return { lastSeq, lastTimestampUs, replayed };
  const codec = new CommandCodec();
  const cmd = new Command();
  const events = new EventBuffer();
  const cursor = new JournalCursor(config, journal, fromSeq);
  try {
    while (cursor.next()) {
      if (cursor.seq > untilSeq) break;
      codec.decode(cursor.view, cursor.payloadOffset, cursor.payloadLength, cmd);
      if (cmd.seq !== cursor.seq || cmd.timestampUs !== cursor.timestampUs) {
        throw new Error(`journal record ${cursor.seq}: its command says seq ${cmd.seq} time ${cmd.timestampUs}, the record ${cursor.seq} ${cursor.timestampUs}`);
      }
      events.clear();
      core.apply(cmd, events);
      onReplayed?.(cmd, events);
      lastSeq = cursor.seq;
      lastTimestampUs = cursor.timestampUs;
      replayed++;
    }
  } finally {
    cursor.close();
  }
  return { lastSeq, lastTimestampUs, replayed };
}
