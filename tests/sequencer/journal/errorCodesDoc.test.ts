import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Damage, JournalErrorCode, JournalWarningCode } from '../../../sequencer/journal/journalErrors.js';

const readme = readFileSync(new URL('../../../sequencer/journal/README.md', import.meta.url), 'utf8');

describe('journal error codes documentation', () => {
  it('lists every error, warning and damage code, and no other', () => {
    const codes = [...Object.values(JournalErrorCode), ...Object.values(JournalWarningCode)];
    for (const code of codes) expect(readme).toContain(`\`${code}\``);
    for (const damage of Object.values(Damage)) expect(readme).toContain(`\`${damage}\``);
    const documented = new Set(readme.match(/\b(?:ERR|WARN)_JOURNAL_[A-Z_]+/g));
    expect([...documented].sort()).toEqual([...codes].sort());
  });
});
