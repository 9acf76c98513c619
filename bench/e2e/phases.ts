/**
 * The phases of `npm run bench:e2e`, in the order each run goes through
 * them. Echo and exchange phases alternate, so that a share of the echo
 * server's throughput compares neighbours in time on a noisy machine.
 */
import type { Encoding } from './jobs.js';
import type { FsyncPolicy } from './servers.js';

export interface PhaseSpec {
  key: PhaseKey;
  label: string;
  server: 'echo' | 'exchange';
  /** The exchange's --fsync; null for the echo server. */
  fsync: FsyncPolicy | null;
  mode: 'closed' | 'open';
  encoding: Encoding;
}

export type PhaseKey = 'echoClosedJson' | 'closedJson' | 'echoClosedSbe' | 'closedSbe' | 'openAlways' | 'openNone' | 'echoOpen';

export const PHASES: readonly PhaseSpec[] = [
  { key: 'echoClosedJson', label: 'echo, closed loop, JSON', server: 'echo', fsync: null, mode: 'closed', encoding: 'json' },
  { key: 'closedJson', label: 'exchange (fsync always), closed loop, JSON', server: 'exchange', fsync: (process.env.E2E_FSYNC as 'none' | undefined) ?? 'always', mode: 'closed', encoding: 'json' },
  { key: 'echoClosedSbe', label: 'echo, closed loop, SBE', server: 'echo', fsync: null, mode: 'closed', encoding: 'sbe' },
  { key: 'closedSbe', label: 'exchange (fsync always), closed loop, SBE', server: 'exchange', fsync: 'always', mode: 'closed', encoding: 'sbe' },
  { key: 'openAlways', label: 'exchange (fsync always), open loop, JSON', server: 'exchange', fsync: 'always', mode: 'open', encoding: 'json' },
  { key: 'openNone', label: 'exchange (fsync none), open loop, JSON', server: 'exchange', fsync: 'none', mode: 'open', encoding: 'json' },
  // The harness's own floor at the same rate: sockets, frames and codecs only.
  { key: 'echoOpen', label: 'echo, open loop, JSON', server: 'echo', fsync: null, mode: 'open', encoding: 'json' },
];
