/** Every schema whose generated code is committed, and where it lives. */
import { join } from 'node:path';
import { CAR_SCHEMA, EXCHANGE_GENERATED, EXCHANGE_SCHEMA, GENERATED, fixture } from './paths.js';

export interface GeneratedSet {
  readonly schema: string;
  readonly dir: string;
}

export const GENERATED_SETS: readonly GeneratedSet[] = [
  { schema: EXCHANGE_SCHEMA, dir: EXCHANGE_GENERATED },
  { schema: CAR_SCHEMA, dir: join(GENERATED, 'car') },
  ...['allTypes', 'allTypesBigEndian', 'groups', 'varData', 'versionV0', 'versionV1'].map((name) => ({
    schema: fixture(`${name}.xml`),
    dir: join(GENERATED, name),
  })),
];
