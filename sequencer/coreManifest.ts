import * as fs from 'node:fs';
import { join } from 'node:path';
import type { CoreSpec } from '../risk/coreSpec.js';

/**
 * `core.json` in a data directory: the core spec (instruments, assets,
 * accounts, limits) the journal's commands were applied with. The journal
 * only means something together with it (an instrument id, a band, a
 * capacity, an account number), so a sequencer refuses to open a data
 * directory made with a different configuration, and the replay tool reads
 * it from here. Written once, atomically, when the directory is new.
 */
export const CORE_MANIFEST_FILE = 'core.json';

export type CoreManifest = CoreSpec;

export function readCoreManifest(dataDir: string): CoreManifest {
  const path = join(dataDir, CORE_MANIFEST_FILE);
  let text: string;
  try {
    text = fs.readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(`${path}: cannot read the core manifest (${(cause as Error).message})`);
  }
  const m = JSON.parse(text) as CoreManifest;
  if (!Array.isArray(m.instruments) || !Array.isArray(m.assets) || !Array.isArray(m.accounts) ||
    typeof m.limits !== 'object' || m.limits === null) {
    throw new Error(`${path}: not a core manifest (a data directory from before the risk core, or not one at all)`);
  }
  return m;
}

/** Writes the manifest into a new data directory, or checks that the existing one matches. */
export function ensureCoreManifest(dataDir: string, manifest: CoreManifest): void {
  fs.mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, CORE_MANIFEST_FILE);
  const text = `${JSON.stringify(manifest, null, 1)}\n`;
  if (fs.existsSync(path)) {
    const existing = readCoreManifest(dataDir);
    if (canonical(existing) !== canonical(manifest)) {
      throw new Error(`${path}: the data directory was made with other instruments, assets, accounts or limits; refusing to apply its journal with these`);
    }
    return;
  }
  const tmp = `${path}.tmp`;
  fs.writeFileSync(tmp, text);
  const fd = fs.openSync(tmp, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, path);
}

/** JSON with object keys sorted, so that key order does not make two equal manifests differ. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k]]));
  });
}
