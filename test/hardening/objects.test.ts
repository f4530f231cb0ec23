import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDibao,
  type Household,
  parseHousehold,
  parseStandardsTable,
  resolveStandards,
  type StandardsTable,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

// Issue 16.6: values not from JSON. Issue 19.1: a parsed value cannot change after it was checked.

const ON = '2021-07-01';
const table = loadTable('bundled.json');
const rawTable = () =>
  JSON.parse(readFileSync(join(__dirname, '../../fixtures/standards/bundled.json'), 'utf8'));

// biome-ignore lint/suspicious/noExplicitAny: the cases build odd objects on purpose
const valid = (): any => ({
  id: 'h',
  region: '320400',
  area: 'urban',
  members: [
    { id: 'a', livesWithHousehold: true, birthDate: '1980-01-01' },
    { id: 'b', livesWithHousehold: true, birthDate: '1982-01-01' },
    { id: 'c', livesWithHousehold: true, birthDate: '2010-01-01' },
  ],
  incomes: [{ memberId: 'a', type: 'wage', amount: 1894, period: 'month' }],
});

const boom = () => {
  throw new Error('caller secret');
};

function issuesOf(input: unknown): string[] {
  const r = parseHousehold(input);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.error.issues.map((i) => `${i.pathText}:${i.code}`);
}

describe('objects not from JSON', () => {
  it('a getter that throws is an input issue at its path, not the caller’s error', () => {
    const h = valid();
    Object.defineProperty(h.members[1], 'birthDate', { get: boom, enumerable: true });
    expect(issuesOf(h)).toEqual(['members[1].birthDate:unreadable']);
    const r = parseHousehold(h);
    expect(JSON.stringify(r)).not.toContain('caller secret');
  });

  it('a Proxy whose traps throw is an input issue at its path', () => {
    const h = valid();
    h.incomes[0] = new Proxy(
      {},
      { ownKeys: boom, get: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom },
    );
    expect(issuesOf(h)).toEqual(['incomes[0]:unreadable']);
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    expect(issuesOf(revocable.proxy)).toEqual([':unreadable'.replace(':', '(root):')]);
    const g = valid();
    g.members = new Proxy(g.members, { get: boom });
    expect(issuesOf(g)[0]).toMatch(/^members(\[0\])?:unreadable$/);
  });

  it('an inherited property is no fact: the strict object sees only own properties', () => {
    const h = valid();
    const member = Object.create({ birthDate: '1940-01-01', livesWithHousehold: true });
    member.id = 'a';
    h.members[0] = member;
    const r = parseHousehold(h);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.members[0]).toEqual({ id: 'a' });
    // A required field only inherited is missing.
    const g = valid();
    g.incomes[0] = Object.assign(Object.create({ type: 'wage' }), {
      memberId: 'a',
      amount: 1,
      period: 'month',
    });
    expect(issuesOf(g)).toEqual(['incomes[0].type:invalid_value']);
  });

  it('an object that contains itself is an issue with its path, found at once', () => {
    const h = valid();
    h.members[0].disability = { category: 'physical', grade: 1 };
    h.members[0].disability.loop = h.members[0];
    expect(issuesOf(h)).toEqual(['members[0].disability.loop:cycle']);
    const t = rawTable();
    t.entries[1].params.loop = t.entries[1].params;
    const r = parseStandardsTable(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toEqual(['entries[1].params.loop']);
  });

  it('the same object twice (no cycle) is read as it is', () => {
    const h = valid();
    const d = { category: 'physical', grade: 1 };
    h.members[0].disability = d;
    h.members[1].disability = d;
    expect(parseHousehold(h).ok).toBe(true);
  });

  it('tables: a throwing getter is an input issue; inherited entries are not read', () => {
    const t = rawTable();
    Object.defineProperty(t.entries[0], 'region', { get: boom, enumerable: true });
    const r = parseStandardsTable(t);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toEqual(['entries[0].region']);
    const u = Object.create({ entries: rawTable().entries });
    u.id = 'inherited';
    const s = parseStandardsTable(u);
    expect(s.ok).toBe(false);
    if (!s.ok) expect(s.error.issues.map((i) => i.pathText)).toEqual(['entries']);
  });

  it('assess with such objects throws the typed InputError', () => {
    const h = valid();
    Object.defineProperty(h, 'region', { get: boom, enumerable: true });
    expect(() => assess(h, table, { on: ON })).toThrow(/invalid household/);
  });
});

describe('a parsed value cannot change after it was checked', () => {
  const parsed = (): Household => {
    const r = parseHousehold(valid());
    if (!r.ok) throw r.error;
    return r.value;
  };
  const std = () => {
    const r = resolveStandards(table, { region: '320400', on: ON });
    if (!r.ok) throw r.error;
    return r.value;
  };

  it('the parsed household is deep-frozen (fast and zod paths)', () => {
    const h = parsed();
    expect(Object.isFrozen(h)).toBe(true);
    expect(Object.isFrozen(h.members)).toBe(true);
    expect(Object.isFrozen(h.members[0])).toBe(true);
    expect(Object.isFrozen(h.incomes[0])).toBe(true);
    // Through zod (a null-prototype object is not read by the fast reader).
    const input = valid();
    input.incomes[0] = Object.assign(Object.create(null), input.incomes[0]);
    input.incomes[0].amount = '1894.50';
    const r = parseHousehold({ ...input, members: input.members.map((m: object) => ({ ...m })) });
    expect(r.ok).toBe(true);
    if (r.ok) expect(Object.isFrozen(r.value.incomes[0])).toBe(true);
  });

  it("amount 'abc', a negative amount, birthDate 'garbage' are refused: never money", () => {
    const before = assessDibao(parsed(), std());
    for (const edit of [
      (h: Household) => {
        (h.incomes[0] as { amount: string }).amount = 'abc';
      },
      (h: Household) => {
        (h.incomes[0] as { amount: string }).amount = '-5000';
      },
      (h: Household) => {
        (h.members[0] as { birthDate: string }).birthDate = 'garbage';
      },
      (h: Household) => {
        h.incomes.pop();
      },
    ]) {
      const h = parsed();
      expect(() => edit(h)).toThrow(TypeError);
      // The household is as it was parsed: the same determination.
      expect(assessDibao(h, std()).amount).toEqual(before.amount);
    }
    expect(before.amount?.total).toBe('926.00');
  });

  it('a parsed table cannot be edited to a standard of -1', () => {
    const t = parseStandardsTable(rawTable());
    if (!t.ok) throw t.error;
    const entry = t.value.entries.find((e) => e.params.dibao?.standard !== undefined);
    expect(entry).toBeDefined();
    expect(() => {
      (entry as { params: { dibao: { standard: unknown } } }).params.dibao.standard = {
        urban: { yuan: '-1' },
      };
    }).toThrow(TypeError);
    expect(() => {
      (t.value as { entries: unknown[] }).entries.push({});
    }).toThrow(TypeError);
    expect(Object.isFrozen(t.value as StandardsTable)).toBe(true);
  });

  it('the caller’s own input is not frozen', () => {
    const input = valid();
    parseHousehold(input);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input.members[0])).toBe(false);
    const t = rawTable();
    parseStandardsTable(t);
    expect(Object.isFrozen(t.entries[0])).toBe(false);
  });

  it('an edited copy is validated again: a copy is no longer trusted', () => {
    const h = parsed();
    const copy = { ...h, incomes: [{ ...h.incomes[0], amount: 'abc' }] };
    expect(() => assessDibao(copy as Household, std())).toThrow(/incomes\[0\]\.amount/);
  });
});
