import type { MatchingEngine } from '../../../engine/engine.js';
import type { EngineLimits, InstrumentSpec } from '../../../engine/instrumentSpec.js';
import { OrderBookEngine } from '../../../engine/matchingEngine.js';
import { NaiveEngine } from '../../../engine/naive/naiveEngine.js';

export type EngineFactory = new (instruments: InstrumentSpec[], limits: EngineLimits) => MatchingEngine;

/** Every implementation of `MatchingEngine`: unit and property tests run against each. */
export const ENGINES: [name: string, factory: EngineFactory][] = [
  ['naive', NaiveEngine],
  ['optimized', OrderBookEngine],
];
