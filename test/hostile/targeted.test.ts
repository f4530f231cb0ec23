import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDibao,
  parseHousehold,
  parseStandardsTable,
  resolveStandards,
  StandardsError,
} from '../../src/index';
import { householdSpecArb, toInput } from '../arbitraries/household';
import { RUNS } from '../arbitraries/runs';
import { loadTable } from '../fixtures/load';
import { classify, expectNoPollution, expectParseResult } from './classify';

const table = loadTable('bundled.json');
const ON = '2021-07-01';

/** A valid household; typed loosely so cases can break it. */
// biome-ignore lint/suspicious/noExplicitAny: the cases break the shape on purpose
const valid = (): any => ({
  id: 'h',
  region: '320400',
  area: 'urban',
  members: [{ id: 'a', livesWithHousehold: true, birthDate: '1980-01-01' }],
  incomes: [{ memberId: 'a', type: 'wage', amount: 1894, period: 'month' }],
});

function issuesOf(input: unknown) {
  const r = parseHousehold(input);
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.error.issues;
}

/** Every leaf path of a JSON value. */
function leaves(v: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(v)) return v.flatMap((x, i) => leaves(x, [...path, i]));
  if (typeof v === 'object' && v !== null)
    return Object.entries(v).flatMap(([k, x]) => leaves(x, [...path, k]));
  return [path];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const seg of path.slice(0, -1)) node = node[seg] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** Values that do not belong in a household field. */
const badValue = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    -1,
    -0.01,
    1e308,
    -1e308,
    1e21,
    0.001,
    0.1 + 0.2,
    1.005,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    '1e3',
    ' 12',
    '12 元',
    '１２',
    '0x10',
    '',
    '2021-02-30',
    '2021-13-01',
    '20210701',
    '2021-7-1',
    '9'.repeat(400),
    `${'9'.repeat(20)}.5`,
    '1.234',
    true,
    null,
    [],
    {},
  ),
);

describe('hostile households', () => {
  it('a bad value at any field gives an InputError naming that field (or a valid household)', () => {
    fc.assert(
      fc.property(householdSpecArb(), fc.nat(), badValue, (spec, pick, bad) => {
        const input = toInput(spec);
        const paths = leaves(input);
        const path = paths[pick % paths.length]!;
        const r = parseHousehold(setAt(input, path, bad));
        expectParseResult(r);
        if (r.ok) return;
        const key = path[path.length - 1];
        // Changing an id or a reference may surface at the reference instead.
        if (key === 'id' || key === 'memberId') return;
        const prefix = path.join('.');
        // An item's amount bounds its centralPortion: a changed amount may surface there.
        const sibling = key === 'amount' ? [...path.slice(0, -1), 'centralPortion'].join('.') : '';
        expect(
          r.error.issues.some((i) => {
            const at = i.path.join('.');
            return at.startsWith(prefix) || (sibling !== '' && at === sibling);
          }),
          `${prefix}: ${r.error.issues.map((i) => i.pathText).join(', ')}`,
        ).toBe(true);
      }),
      { numRuns: RUNS * 5 },
    );
  });

  it('amounts: negative, huge, non-finite, exponent and over-precise values are refused; exact ones kept', () => {
    const amount = (a: unknown) => {
      const h = valid();
      (h.incomes[0] as { amount: unknown }).amount = a;
      return parseHousehold(h);
    };
    for (const a of [
      -1,
      -0.01,
      1e308,
      1e21,
      1e9 + 0.01,
      0.001,
      0.30000000000000004,
      Number.NaN,
      Infinity,
      -Infinity,
      '1e3',
      '-5',
      '1.234',
      'abc',
      '',
    ]) {
      const r = amount(a);
      expect(r.ok, String(a)).toBe(false);
      if (!r.ok) expect(r.error.issues.map((i) => i.pathText)).toEqual(['incomes[0].amount']);
    }
    const ok = (a: unknown) => {
      const r = amount(a);
      return r.ok ? r.value.incomes[0]!.amount : undefined;
    };
    expect(ok(1894.5)).toBe('1894.5');
    expect(ok('1894.50')).toBe('1894.5');
    expect(ok(' 940 ')).toBe('940');
    expect(ok(0)).toBe('0');
    expect(ok('-0')).toBe('0');
    expect(ok(1e9)).toBe('1000000000');
    expect(ok(0.07)).toBe('0.07');
  });

  it('impossible dates are refused with their path', () => {
    for (const d of [
      '2021-02-29',
      '2021-02-30',
      '2021-04-31',
      '2021-13-01',
      '2021-00-10',
      '21-01-01',
      '2021-1-1',
    ]) {
      const h = valid();
      (h.members[0] as { birthDate: string }).birthDate = d;
      expect(
        issuesOf(h).map((i) => i.pathText),
        d,
      ).toEqual(['members[0].birthDate']);
    }
    const h = valid();
    (h.members[0] as { birthDate: string }).birthDate = '2020-02-29';
    expect(parseHousehold(h).ok).toBe(true);
  });

  it('__proto__, constructor and prototype keys are refused at every level and pollute nothing', () => {
    for (const key of ['__proto__', 'constructor', 'prototype']) {
      // root, a member, an income item
      const cases: [string, string][] = [
        ['{"id"', ''],
        ['{"id":"a"', 'members[0]'],
        ['{"memberId"', 'incomes[0]'],
      ];
      for (const [where, at] of cases) {
        const text = JSON.stringify(valid()).replace(
          where,
          `{"${key}":{"polluted":"yes"},${where.slice(1)}`,
        );
        const input = JSON.parse(text);
        const issues = issuesOf(input);
        expect(
          issues.some((i) => i.code === 'unrecognized_keys' && i.pathText === (at || '(root)')),
          `${key} at ${at}`,
        ).toBe(true);
        expect(classify(key, () => assessDibao(input, resolved())).kind).toBe('input');
        expect(classify(key, () => assess(input, table, { on: ON })).kind).toBe('input');
      }
    }
    expectNoPollution();
  });

  it('standards tables with __proto__ keys in parameter records are rejected with their paths', () => {
    const t = JSON.parse(
      JSON.stringify({
        id: 't',
        entries: [
          {
            id: 'city',
            region: '320400',
            effective: { from: '2021-01-01' },
            illustrative: 'test',
            illustrativeParameters: { X: 'y' },
            params: {
              income: { exclusions: { X: { type: 'wage' } } },
              dibao: {
                standard: { urban: { yuan: '940' } },
                payment: { method: 'gap' },
                rounding: { unit: '0.01', mode: 'half-up' },
              },
            },
          },
        ],
      }).replaceAll('"X"', '"__proto__"'),
    );
    const r = parseStandardsTable(t);
    expectParseResult(r);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      // zod would drop these keys from the records silently; the table is rejected instead.
      expect(r.error.issues.map((i) => i.pathText).sort()).toEqual([
        'entries[0].illustrativeParameters.__proto__',
        'entries[0].params.income.exclusions.__proto__',
      ]);
    }
    // A top-level or entry-level __proto__ is an unknown key.
    const top = JSON.parse('{"__proto__":{"polluted":1},"id":"t","entries":[]}');
    const rt = parseStandardsTable(top);
    expect(rt.ok).toBe(false);
    if (!rt.ok) expect(rt.error.issues.map((i) => i.code)).toContain('forbidden_key');
    expectNoPollution();
  });

  it('10,000 members give a typed error at members, quickly', () => {
    const h = valid();
    h.members = Array.from({ length: 10_000 }, (_, i) => ({
      id: `m${i}`,
      livesWithHousehold: true,
      birthDate: '1980-01-01',
    }));
    const t0 = performance.now();
    const issues = issuesOf(h);
    const o = classify('10k', () => assess(h, table, { on: ON }));
    const elapsed = performance.now() - t0;
    expect(issues.map((i) => i.pathText)).toContain('members');
    expect(issues.find((i) => i.pathText === 'members')?.code).toBe('too_big');
    expect(o.kind).toBe('input');
    // A per-case budget against hangs, generous for a loaded 2-core machine.
    expect(elapsed).toBeLessThan(5_000);
    // 10,000 income items likewise.
    const many = valid();
    many.incomes = Array.from({ length: 10_000 }, () => ({
      memberId: 'a',
      type: 'wage',
      amount: 1,
      period: 'month',
    }));
    expect(issuesOf(many).find((i) => i.pathText === 'incomes')?.code).toBe('too_big');
  });

  it('deeply nested junk (depth 10,000) does not blow the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    let deepObj: unknown = 1;
    for (let i = 0; i < 10_000; i++) deepObj = { a: deepObj };
    const text = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const parsedText = JSON.parse(text);
    for (const junk of [deep, deepObj, parsedText]) {
      const t0 = performance.now();
      for (const field of ['members', 'incomes', 'id', 'area', 'application']) {
        const h = { ...valid(), [field]: junk };
        const r = parseHousehold(h);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error.issues[0]!.path[0]).toBe(field);
        expect(classify(field, () => assess(h, table, { on: ON })).kind).toBe('input');
      }
      const m = valid();
      (m.members[0] as Record<string, unknown>).disability = junk;
      expect(issuesOf(m)[0]!.pathText.startsWith('members[0].disability')).toBe(true);
      expectParseResult(parseHousehold(junk));
      expectParseResult(parseStandardsTable(junk));
      expectParseResult(
        parseStandardsTable({
          id: 't',
          entries: [
            {
              id: 'e',
              region: '320400',
              effective: { from: '2021-01-01' },
              illustrative: 'x',
              params: { dibao: junk },
            },
          ],
        }),
      );
      expect(performance.now() - t0).toBeLessThan(5_000);
    }
  });

  it('dates outside every entry, bad regions and impossible dates give StandardsError', () => {
    const cases: [string, string, string][] = [
      ['320400', '2019-06-30', 'no_entry_in_force'],
      ['320400', '2022-07-01', 'no_entry_in_force'],
      ['999999', ON, 'no_entry_in_force'],
      ['320400', '2021-02-30', 'invalid_request'],
      ['3204', ON, 'invalid_request'],
      ['320400', '', 'invalid_request'],
    ];
    for (const [region, on, code] of cases) {
      const o = classify(`${region}@${on}`, () =>
        assess({ ...valid(), region: region.length === 6 ? region : '320400' }, table, {
          on,
          region,
        }),
      );
      expect(o.kind, `${region}@${on}`).toBe('standards');
      if (o.kind === 'standards') {
        expect(o.error).toBeInstanceOf(StandardsError);
        expect(o.error.code).toBe(code);
        expect(o.error.messages['zh-CN'].length).toBeGreaterThan(0);
      }
    }
    // A date that is not text at all is a wrong argument, named (issue 19.7).
    const o = classify('undefined on', () => assess(valid(), table, { on: undefined as never }));
    expect(o.kind).toBe('input');
    if (o.kind === 'input') {
      expect(o.error.kind).toBe('argument');
      expect(o.error.issues.map((i) => i.pathText)).toEqual(['options.on']);
    }
  });
});

describe('hostile standards tables', () => {
  it('a table that did not come from parseStandardsTable is validated: junk gives an InputError', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (junk) => {
        const o = classify('table', () => assess(valid(), junk as never, { on: ON }));
        expect(o.kind).toBe('input');
        if (o.kind === 'input') expect(o.error.kind).toBe('standards');
      }),
      { numRuns: RUNS },
    );
    for (const junk of [null, undefined, 1, 'x', [], {}, { id: 't', entries: 'x' }]) {
      expect(
        classify('table', () => resolveStandards(junk as never, { region: '320400', on: ON })).kind,
      ).toBe('input');
    }
    // A valid table written by hand (not parsed) works and gives the same result as the parsed one.
    const raw = JSON.parse(JSON.stringify(table));
    expect(JSON.stringify(assess(valid(), raw, { on: ON }))).toBe(
      JSON.stringify(assess(valid(), table, { on: ON })),
    );
    expectNoPollution();
  });
});

function resolved() {
  const r = resolveStandards(table, { region: '320400', on: ON });
  if (!r.ok) throw r.error;
  return r.value;
}
