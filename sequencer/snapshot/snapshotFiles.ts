import * as fs from 'node:fs';
import { join } from 'node:path';
import { crc32cOfBytes } from '../journal/crc32c.js';
import type { JournalLogger } from '../journal/journalErrors.js';
import { decodeSnapshot, encodeSnapshot, type CoreSnapshot } from './snapshotCodec.js';

/**
 * Snapshot files in a data directory, beside the journal segments:
 * `snapshot-<seq, 20 digits>.pb`, where seq is the last command the state
 * covers. File layout (little endian):
 *
 * | offset | bytes | field |
 * | --- | --- | --- |
 * | 0 | 8 | magic `EXSNAP01` |
 * | 8 | 4 | payload length n |
 * | 12 | 4 | CRC32C of the payload |
 * | 16 | n | EngineSnapshot (engineSnapshot.proto) |
 *
 * Written atomically: a `.tmp` file is written and fdatasynced, renamed over
 * the final name, and the directory fsynced, so a crash leaves either no
 * snapshot or a whole one (a stray `.tmp` is ignored and overwritten).
 */

const MAGIC = Buffer.from('EXSNAP01', 'ascii');
const HEADER_BYTES = 16;
const NAME_RE = /^snapshot-(\d{20})\.pb$/;

export function snapshotFileName(seq: number): string {
  return `snapshot-${String(seq).padStart(20, '0')}.pb`;
}

export interface SnapshotFile {
  path: string;
  seq: number;
}

/** Snapshot files of `dataDir`, newest (highest seq) first; [] when the directory does not exist. */
export function listSnapshots(dataDir: string): SnapshotFile[] {
  let names: string[];
  try {
    names = fs.readdirSync(dataDir);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw cause;
  }
  const files: SnapshotFile[] = [];
  for (const name of names) {
    const m = NAME_RE.exec(name);
    if (m !== null) files.push({ path: join(dataDir, name), seq: Number(m[1]) });
  }
  return files.sort((a, b) => b.seq - a.seq);
}

/** Writes the snapshot atomically; returns its path. Keeps the newest `keep` snapshots, deletes older ones. */
export function writeSnapshot(dataDir: string, snapshot: CoreSnapshot, keep = 2): string {
  const payload = encodeSnapshot(snapshot);
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(payload.length, 8);
  header.writeUInt32LE(crc32cOfBytes(payload) >>> 0, 12);
  const path = join(dataDir, snapshotFileName(snapshot.seq));
  const tmp = `${path}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    writeFully(fd, header);
    writeFully(fd, payload);
    fs.fdatasyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, path);
  syncDir(dataDir);
  if (keep > 0) {
    for (const old of listSnapshots(dataDir).slice(keep)) fs.unlinkSync(old.path);
  }
  return path;
}

/**
 * Seq of the oldest snapshot file in `dataDir`, 0 when there is none: how far
 * the journal may be pruned (journal/segmentRetention.ts). Recovery falls
 * back to an older snapshot when a newer one fails its check, so the journal
 * must go on holding everything after the oldest one kept; call this after
 * writeSnapshot, which has deleted those beyond `keep`. The file is not
 * re-read (it may be hundreds of MB): were it and every newer one damaged,
 * recovery refuses with the missing seqs named instead of replaying the
 * journal from seq 1, the fallback pruning gives up for bounded disk use.
 */
export function oldestSnapshotSeq(dataDir: string): number {
  const files = listSnapshots(dataDir);
  return files.length === 0 ? 0 : files[files.length - 1]!.seq;
}

function writeFully(fd: number, bytes: Uint8Array): void {
  let off = 0;
  while (off < bytes.length) off += fs.writeSync(fd, bytes, off, bytes.length - off);
}

function syncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Reads and checks one snapshot file; throws an Error naming the file and what is wrong. */
export function readSnapshot(path: string): CoreSnapshot {
  const bytes = fs.readFileSync(path);
  if (bytes.length < HEADER_BYTES || !bytes.subarray(0, 8).equals(MAGIC)) throw new Error(`${path}: not a snapshot file (bad magic)`);
  const n = bytes.readUInt32LE(8);
  if (bytes.length !== HEADER_BYTES + n) throw new Error(`${path}: ${bytes.length} bytes, header says ${HEADER_BYTES + n}`);
  const payload = bytes.subarray(HEADER_BYTES);
  const crc = crc32cOfBytes(payload) >>> 0;
  if (crc !== bytes.readUInt32LE(12)) throw new Error(`${path}: CRC32C ${crc.toString(16)} != ${bytes.readUInt32LE(12).toString(16)}`);
  const snapshot = decodeSnapshot(payload);
  const m = NAME_RE.exec(path.slice(path.lastIndexOf('/') + 1));
  if (m !== null && Number(m[1]) !== snapshot.seq) throw new Error(`${path}: holds seq ${snapshot.seq}`);
  return snapshot;
}

/**
 * The newest snapshot that reads and checks, with seq <= `maxSeq`; a newer
 * one that fails is reported to `logger.warn` (never skipped silently) and
 * the next older one is tried. null when there is none.
 */
export function loadNewestSnapshot(
  dataDir: string, maxSeq = Number.MAX_SAFE_INTEGER, logger?: JournalLogger,
): { file: SnapshotFile; snapshot: CoreSnapshot; skipped: string[] } | null {
  const skipped: string[] = [];
  for (const file of listSnapshots(dataDir)) {
    if (file.seq > maxSeq) continue;
    try {
      return { file, snapshot: readSnapshot(file.path), skipped };
    } catch (cause) {
      const message = cause instanceof Error ? cause.message : String(cause);
      skipped.push(message);
      logger?.warn({ code: 'WARN_SNAPSHOT_INVALID', file: file.path }, `snapshot skipped, trying an older one: ${message}`);
    }
  }
  return null;
}
