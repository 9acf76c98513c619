import type { FuzzContext, FuzzFrame } from './frame.js';
import { anonJsonFrame, authedJsonFrame } from './jsonFrames.js';
import { FuzzRng, laneSeed } from './rng.js';
import { anonSbeFrame, authedSbeFrame } from './sbeFrames.js';

/**
 * The fuzz runs on several connections at once, one per "lane"; a lane is
 * a session kind (logged on or not, /trade or /admin) and the frames it
 * gets. Frames of a lane come from its own generator (seeded from the
 * run's seed and the lane's name), so they do not depend on timing or on
 * the other lanes.
 *
 * `face` says which encoding the lane speaks: 'json' and 'sbe' lanes send
 * only that encoding (markers included, driver.ts), so every reply must
 * come back in it; 'mixed' lanes interleave both on one connection (the
 * gateway answers in the session's latest encoding, so replies are counted
 * whatever their encoding).
 */
export interface LaneSpec {
  name: string;
  path: '/trade' | '/admin';
  /** Logs on (as the fuzz account) before sending frames. */
  logon: boolean;
  face: 'json' | 'sbe' | 'mixed';
  /** Share of the run's frames. */
  share: number;
  make(rng: FuzzRng, lane: string, index: number, ctx: FuzzContext): FuzzFrame;
}

export const LANES: readonly LaneSpec[] = [
  { name: 'anon-json', path: '/trade', logon: false, face: 'json', share: 0.17, make: (r, l, i, c) => anonJsonFrame(r, l, i, c) },
  { name: 'anon-sbe', path: '/trade', logon: false, face: 'sbe', share: 0.15, make: anonSbeFrame },
  {
    name: 'anon-mixed', path: '/trade', logon: false, face: 'mixed', share: 0.08,
    make: (r, l, i, c) => (r.chance(0.5) ? anonJsonFrame(r, l, i, c) : anonSbeFrame(r, l, i, c)),
  },
  { name: 'authed-json', path: '/trade', logon: true, face: 'json', share: 0.2, make: authedJsonFrame },
  { name: 'authed-sbe', path: '/trade', logon: true, face: 'sbe', share: 0.18, make: authedSbeFrame },
  {
    name: 'authed-mixed', path: '/trade', logon: true, face: 'mixed', share: 0.12,
    make: (r, l, i, c) => (r.chance(0.5) ? authedJsonFrame(r, l, i, c) : authedSbeFrame(r, l, i, c)),
  },
  {
    name: 'admin', path: '/admin', logon: false, face: 'mixed', share: 0.1,
    make: (r, l, i, c) => (r.chance(0.6) ? anonJsonFrame(r, l, i, c, true) : anonSbeFrame(r, l, i, c)),
  },
];

/** Frames of one lane, in order. */
export class LaneSource {
  private readonly rng: FuzzRng;
  private index = 0;

  constructor(readonly spec: LaneSpec, seed: number, private readonly ctx: FuzzContext) {
    this.rng = new FuzzRng(laneSeed(seed, spec.name));
  }

  next(): FuzzFrame {
    return this.spec.make(this.rng, this.spec.name, this.index++, this.ctx);
  }
}

/** Frames per lane for a run of `frames` (the last lane takes the rounding). */
export function laneQuotas(lanes: readonly LaneSpec[], frames: number): number[] {
  const total = lanes.reduce((s, l) => s + l.share, 0);
  const q = lanes.map((l) => Math.floor((frames * l.share) / total));
  q[q.length - 1]! += frames - q.reduce((s, n) => s + n, 0);
  return q;
}

/** Rebuilds frame `index` of lane `name` for `seed` (the `--show` option of run.ts). */
export function rebuildFrame(seed: number, name: string, index: number, ctx: FuzzContext): FuzzFrame {
  const spec = LANES.find((l) => l.name === name);
  if (spec === undefined) throw new Error(`no lane "${name}"; lanes: ${LANES.map((l) => l.name).join(', ')}`);
  const src = new LaneSource(spec, seed, ctx);
  for (let i = 0; i < index; i++) src.next();
  return src.next();
}
