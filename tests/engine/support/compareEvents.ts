import type { EventBuffer } from '../../../engine/eventBuffer.js';
import { fieldName, firstDifferentField, readEvents } from './events.js';

/** The first difference between two engines' events for one command, or null when they agree. */
export function compareEvents(expected: EventBuffer, actual: EventBuffer, names = ['naive', 'optimized']): string | null {
  const [a, b] = names;
  const n = Math.min(expected.count, actual.count);
  for (let i = 0; i < n; i++) {
    const f = firstDifferentField(expected, i, actual, i);
    if (f >= 0) return `event ${i}, field ${fieldName(f)}: ${a} ${expected.get(i, f)}, ${b} ${actual.get(i, f)}`;
  }
  if (expected.count !== actual.count) {
    return `event count: ${a} ${expected.count}, ${b} ${actual.count} (first ${n} agree)`;
  }
  return null;
}

/** A command's events, one readable line each. */
export function showEvents(buf: EventBuffer): string {
  return readEvents(buf).map((e, i) => `  ${i}: ${JSON.stringify(e)}`).join('\n') || '  (none)';
}
