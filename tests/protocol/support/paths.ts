/** Where the protocol tests find the shared SBE sample, their fixtures and the committed generated code. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

export const REPO_ROOT = join(here, '../../..');
export const SAMPLE_DIR = join(REPO_ROOT, '../shared/sbe-sample');
export const CAR_SCHEMA = join(SAMPLE_DIR, 'example-schema.xml');
export const CAR_SCHEMA_FLAT = join(SAMPLE_DIR, 'example-schema-flat.xml');
export const CAR_BIN = join(SAMPLE_DIR, 'car-reference.bin');
export const CAR_JSON = join(SAMPLE_DIR, 'car-reference.json');
export const FIXTURES = join(here, '../fixtures');
export const GENERATED = join(here, '../generated');
export const EXCHANGE_SCHEMA = join(REPO_ROOT, 'protocol/exchange.xml');
export const EXCHANGE_GENERATED = join(REPO_ROOT, 'protocol/generated');

export function fixture(name: string): string {
  return join(FIXTURES, name);
}

/** A DataView over exactly the bytes of `bytes` (Node Buffers share a larger pool). */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
