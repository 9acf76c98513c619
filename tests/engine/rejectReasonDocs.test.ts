import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RejectReason, rejectReasonName } from '../../engine/rejectReason.js';

const doc = readFileSync(new URL('../../docs/reject-reasons.md', import.meta.url), 'utf8');
const rows = [...doc.matchAll(/^\| (\d+) \| ([A-Z_]+) \|/gm)].map((m) => [Number(m[1]), m[2]!] as const);

describe('reject reason codes', () => {
  it('docs/reject-reasons.md lists exactly the enumeration, code for code', () => {
    const fromEnum = Object.entries(RejectReason).map(([name, code]) => [code, name] as const);
    expect(rows.sort((a, b) => a[0] - b[0])).toEqual(fromEnum.sort((a, b) => a[0] - b[0]));
  });

  it('codes are unique and every code maps back to its name', () => {
    const codes = Object.values(RejectReason);
    expect(new Set(codes).size).toBe(codes.length);
    for (const [name, code] of Object.entries(RejectReason)) expect(rejectReasonName(code)).toBe(name);
    expect(() => rejectReasonName(999)).toThrow(/unknown RejectReason code 999/);
  });

  it('contains every order reject reason named by the wire contract', () => {
    const contract = readFileSync(new URL('../../../shared/PROTOCOL.md', import.meta.url), 'utf8');
    const section = contract.slice(contract.indexOf('RejectReason on orders include'));
    const names = [...section.slice(0, section.indexOf('.\n')).matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(10);
    for (const n of names) expect(RejectReason).toHaveProperty(n);
  });
});
