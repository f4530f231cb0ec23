import { describe, expect, it } from 'vitest';
import { InputError, parseHousehold, parseStandardsTable } from '../../src/index';

const base = {
  id: 'h',
  region: '320412',
  area: 'urban',
  members: [{ id: 'a', livesWithHousehold: true }],
  incomes: [],
};

function issues(input: unknown) {
  const r = parseHousehold(input);
  if (r.ok) throw new Error('expected an error');
  expect(r.error).toBeInstanceOf(InputError);
  return r.error.issues.map((i) => [i.pathText, i.code]);
}

describe('parseHousehold', () => {
  it('accepts a minimal household and canonicalises amounts', () => {
    const r = parseHousehold({
      ...base,
      incomes: [
        { memberId: 'a', type: 'wage', amount: 1894.5, period: 'month' },
        { type: 'property', amount: '0120.00', period: 'year' },
      ],
    });
    if (!r.ok) throw r.error;
    expect(r.value.incomes.map((i) => i.amount)).toEqual(['1894.5', '120']);
  });

  it('lists every bad field by path, in both languages', () => {
    const r = parseHousehold({
      id: 'h',
      region: '32',
      members: [
        { id: 'a', birthDate: '2021-02-30', disability: { category: 'x', grade: 5 }, nmae: 'typo' },
      ],
      incomes: [{ type: 'wage', amount: -1, period: 'week' }],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.error.issues.map((i) => i.pathText);
    expect(paths).toEqual(
      expect.arrayContaining([
        'region',
        'members[0].birthDate',
        'members[0].disability.category',
        'members[0].disability.grade',
        'members[0]',
        'incomes[0].amount',
        'incomes[0].period',
      ]),
    );
    for (const i of r.error.issues) {
      expect(i.message['zh-CN'].length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
    }
    expect(r.error.issues.find((i) => i.pathText === 'members[0]')?.message['zh-CN']).toContain(
      'nmae',
    );
    expect(r.error.message).toContain('invalid household');
    expect(JSON.parse(JSON.stringify(r.error)).kind).toBe('household');
  });

  it('rejects amounts that are not exact yuan and fen', () => {
    for (const amount of [
      1e308,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      0.1 + 0.2,
      '12.345',
      '1e3',
      true,
      1e21,
    ]) {
      expect(
        issues({ ...base, incomes: [{ type: 'wage', amount, period: 'month' }] })[0]?.[0],
      ).toBe('incomes[0].amount');
    }
  });

  it('checks member ids are unique and references name members', () => {
    const got = issues({
      ...base,
      members: [{ id: 'a' }, { id: 'a' }],
      incomes: [{ memberId: 'zz', type: 'wage', amount: 1, period: 'month' }],
      expenditures: [{ memberId: 'yy', kind: 'medical', amount: 1, period: 'month' }],
      application: { singlePersonMemberIds: ['xx'] },
    });
    expect(got.map((g) => g[0])).toEqual([
      'members[1].id',
      'incomes[0].memberId',
      'expenditures[0].memberId',
      'application.singlePersonMemberIds[0]',
    ]);
  });

  it('rejects a household of 10,000 members with a path, quickly', () => {
    const members = Array.from({ length: 10_000 }, (_, i) => ({ id: `m${i}` }));
    expect(issues({ ...base, members })).toEqual([['members', 'too_big']]);
  });

  it('rejects non-objects at the root', () => {
    for (const v of [null, 1, 'x', [], undefined]) {
      expect(issues(v)[0]?.[0]).toBe('(root)');
    }
  });

  it('does not let __proto__ keys through or pollute prototypes', () => {
    const input = JSON.parse(
      '{"id":"h","region":"320412","members":[{"id":"a","__proto__":{"polluted":true}}],"incomes":[]}',
    );
    const r = parseHousehold(input);
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('parseStandardsTable', () => {
  it('needs a source or an illustrative note on every entry', () => {
    const r = parseStandardsTable({
      id: 't',
      entries: [{ id: 'e', region: '320400', effective: { from: '2021-01-01' }, params: {} }],
    });
    expect(!r.ok && r.error.issues.map((i) => i.pathText)).toEqual(['entries[0].source']);
  });

  it('rejects duplicate entry ids, reversed ranges and bad figures', () => {
    const source = { document: 'D', clause: '一', published: '2021-01-01' };
    const r = parseStandardsTable({
      id: 't',
      entries: [
        {
          id: 'e',
          region: '320400',
          effective: { from: '2021-01-01', to: '2020-01-01' },
          source,
          params: {},
        },
        {
          id: 'e',
          region: '320400',
          effective: { from: '2022-01-01' },
          source,
          params: { dibao: { standard: { urban: { multiple: 1.3, of: 'x' } } } },
        },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.error.issues.map((i) => i.pathText);
    expect(paths).toContain('entries[0].effective.to');
    expect(paths.some((p) => p.startsWith('entries[1].params.dibao.standard.urban'))).toBe(true);
  });

  it('rejects duplicate entry ids once the entries are valid', () => {
    const source = { document: 'D', clause: '一', published: '2021-01-01' };
    const entry = {
      id: 'e',
      region: '320400',
      effective: { from: '2021-01-01' },
      source,
      params: {},
    };
    const r = parseStandardsTable({ id: 't', entries: [entry, { ...entry, region: '320500' }] });
    expect(!r.ok && r.error.issues.map((i) => i.pathText)).toEqual(['entries[1].id']);
  });
});

describe('prototype keys in a table', () => {
  it('are errors with their path, not silently dropped from a record', () => {
    const text =
      '{"id":"t","entries":[{"id":"e","region":"320400","effective":{"from":"2021-01-01"},' +
      '"illustrative":"x","params":{"income":{"exclusions":{"__proto__":{"type":"wage"}}}}}]}';
    const r = parseStandardsTable(JSON.parse(text));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => [i.pathText, i.code])).toEqual([
      ['entries[0].params.income.exclusions.__proto__', 'forbidden_key'],
    ]);
    expect(({} as Record<string, unknown>).type).toBeUndefined();
  });

  it('survive deep nesting without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(parseStandardsTable({ id: 't', entries: deep }).ok).toBe(false);
  });
});
