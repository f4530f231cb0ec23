import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessLine } from '../../src/cli/assessLines';
import { parseStandardsTable } from '../../src/standards/parseStandardsTable';

const ROOT = join(import.meta.dirname, '..', '..');
const parsed = parseStandardsTable(
  JSON.parse(readFileSync(join(ROOT, 'fixtures/standards/bundled.json'), 'utf8')),
);
if (!parsed.ok) throw parsed.error;
const ctx = { table: parsed.value };
const fixture = JSON.parse(
  readFileSync(join(ROOT, 'fixtures/households/dibao-02-plain-gap.json'), 'utf8'),
);
/** The fixture's household with its first member born the day after the assessment date. */
const bornAfter = {
  ...fixture.household,
  members: fixture.household.members.map((m: object, i: number) =>
    i === 0 ? { ...m, birthDate: '2021-08-02' } : m,
  ),
};

describe('assessLine: a household fact after the assessment date', () => {
  it('inside a request, the issue is at household.members[0].birthDate', () => {
    const r = assessLine(JSON.stringify({ household: bornAfter, on: '2021-08-01' }), 3, false, ctx);
    expect(r.ok).toBe(false);
    const out = JSON.parse(r.text);
    expect(out.error.kind).toBe('household');
    expect(out.error.issues.map((i: { pathText: string }) => i.pathText)).toEqual([
      'household.members[0].birthDate',
    ]);
    expect(out.error.issues[0].code).toBe('after_assessment_date');
  });

  it('a bare household line keeps the path from the household', () => {
    const r = assessLine(JSON.stringify(bornAfter), 4, false, { ...ctx, on: '2021-08-01' });
    const out = JSON.parse(r.text);
    expect(out.error.issues.map((i: { pathText: string }) => i.pathText)).toEqual([
      'members[0].birthDate',
    ]);
  });
});
