import { describe, expect, it } from 'vitest';
import {
  compareDates,
  daysBetween,
  fromDate,
  isCalendarDate,
  toDate,
  withinWindow,
} from '../../src/dates/calendar';
import {
  assessDibao,
  type Determination,
  evaluateFigure,
  type FigureValue,
  parseHousehold,
  parseStandardsTable,
  pathToText,
  Rational,
  Recorder,
  regionChain,
  resolveStandards,
  StandardsError,
  type StandardsTableInput,
} from '../../src/index';
import {
  conditionText,
  evaluateAnyOf,
  evaluateMemberCondition,
} from '../../src/standards/member-condition';
import { provenanceText } from '../../src/standards/provenance';

const ON = '2021-07-01';
const SRC = {
  document: '社会救助暂行办法',
  number: '国务院令第649号',
  clause: '第九条',
  published: '2014-02-21',
};

/** A one-entry table for 常州 with the given 低保 params. */
function table(dibao: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const r = parseStandardsTable({
    id: 't',
    entries: [
      {
        id: 'e',
        region: '320400',
        effective: { from: '2021-01-01' },
        source: SRC,
        // Property is not what these tests are about: unless a test sets limits, the table states
        // that none is tested (a table without dibao.assets leaves 低保 undetermined).
        params: { dibao: { assets: 'not-tested', ...dibao } },
        ...extra,
      },
    ],
  } as StandardsTableInput);
  if (!r.ok) throw r.error;
  const s = resolveStandards(r.value, { region: '320400', on: ON });
  if (!s.ok) throw s.error;
  return s.value;
}

const household = (n: number, wage: number) => ({
  id: 'h',
  region: '320400',
  area: 'urban' as const,
  members: Array.from({ length: n }, (_, i) => ({ id: `m${i}`, livesWithHousehold: true })),
  incomes: [{ memberId: 'm0', type: 'wage' as const, amount: wage, period: 'month' as const }],
});

const BASE = {
  standard: { urban: { yuan: '940' } },
  payment: { method: 'gap' },
  rounding: { unit: '1', mode: 'up' },
};
const missingParams = (d: Determination) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));

describe('低保 amount: hand-worked branches', () => {
  it('gap 940 × 3 − 1894 = 926; with a floor of 400 per person → 1200 (floor line 274)', () => {
    expect(assessDibao(household(3, 1894), table(BASE)).amount?.total).toBe('926.00');
    const d = assessDibao(
      household(3, 1894),
      table({ ...BASE, floor: { perPerson: { yuan: '400' } } }),
    );
    expect(d.amount?.total).toBe('1200.00');
    expect(d.amount?.breakdown.map((l) => [l.code, l.amount])).toEqual([
      ['gap', '926'],
      ['floor', '274'],
    ]);
    // share of standard: 0.5 × 940 × 3 = 1410 > 926
    expect(
      assessDibao(household(3, 1894), table({ ...BASE, floor: { shareOfStandard: '0.5' } })).amount
        ?.total,
    ).toBe('1410.00');
    // a floor below the gap is not applied: 0.1 × 940 × 3 = 282 < 926
    expect(
      assessDibao(household(3, 1894), table({ ...BASE, floor: { shareOfStandard: '0.1' } })).amount
        ?.total,
    ).toBe('926.00');
  });

  it('bands pick the lowest band the income is under, whatever order they are written in', () => {
    // per-capita 1894 / 3 = 631.33: under 700 (→ 300 × 3 = 900) and under 940 (→ 100 × 3 = 300)
    const bands = [
      { below: { yuan: '940' }, perPerson: { yuan: '100' } },
      { below: { yuan: '700' }, perPerson: { yuan: '300' } },
      { below: { yuan: '500' }, perPerson: { yuan: '450' } },
    ];
    for (const order of [bands, [...bands].reverse()]) {
      const d = assessDibao(
        household(3, 1894),
        table({ ...BASE, payment: { method: 'bands', bands: order } }),
      );
      expect(d.amount?.total).toBe('900.00');
      expect(d.values.baseAmount).toBe('900');
    }
  });

  it('a table without payment, rounding, a floor figure or a band figure leaves it undetermined, naming the parameter', () => {
    const { payment: _p, ...noPayment } = BASE;
    const { rounding: _r, ...noRounding } = BASE;
    const cases: [Record<string, unknown>, string][] = [
      [noPayment, 'dibao.payment'],
      [noRounding, 'dibao.rounding'],
      [
        {
          ...BASE,
          floor: {
            perPerson: { multiple: '0.5', of: 'dibao.none', round: { unit: '1', mode: 'up' } },
          },
        },
        'dibao.none',
      ],
      [
        {
          ...BASE,
          payment: {
            method: 'bands',
            bands: [
              {
                below: { multiple: '1', of: 'dibao.none', round: { unit: '1', mode: 'up' } },
                perPerson: { yuan: '1' },
              },
            ],
          },
        },
        'dibao.none',
      ],
      [
        {
          ...BASE,
          payment: {
            method: 'bands',
            bands: [
              {
                below: { yuan: '940' },
                perPerson: { multiple: '1', of: 'dibao.nil', round: { unit: '1', mode: 'up' } },
              },
            ],
          },
        },
        'dibao.nil',
      ],
      [
        {
          ...BASE,
          payment: {
            method: 'bands',
            bands: [{ below: { yuan: '500' }, perPerson: { yuan: '450' } }],
          },
        },
        'dibao.payment.bands',
      ],
      [{ payment: { method: 'gap' }, rounding: BASE.rounding }, 'dibao.standard.urban'],
    ];
    for (const [params, parameter] of cases) {
      const d = assessDibao(household(3, 1894), table(params));
      expect(d.outcome, parameter).toBe('undetermined');
      expect(d.amount).toBeNull();
      expect(missingParams(d)).toContain(parameter);
    }
  });
});

describe('standards: schema, resolution, provenance', () => {
  const entry = (id: string, from: string, to?: string) => ({
    id,
    region: '320400',
    effective: { from, ...(to ? { to } : {}) },
    source: SRC,
    params: {},
  });

  it('refuses entries without a source, ranges that end before they start, and duplicate ids', () => {
    const r = parseStandardsTable({
      id: 't',
      entries: [
        { ...entry('a', '2021-01-01'), source: undefined },
        entry('b', '2021-07-01', '2021-06-30'),
        entry('b', '2022-01-01'),
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.issues.map((i) => i.pathText)).toEqual([
        'entries[0].source',
        'entries[1].effective.to',
        'entries[2].id',
      ]);
  });

  it('two entries in force on one date are an overlapping_entries error naming both', () => {
    const r = parseStandardsTable({
      id: 't',
      entries: [entry('a', '2021-01-01'), entry('b', '2021-06-01', '2021-12-31')],
    });
    if (!r.ok) throw r.error;
    const s = resolveStandards(r.value, { region: '320400', on: ON });
    expect(s.ok).toBe(false);
    if (!s.ok) {
      expect(s.error.code).toBe('overlapping_entries');
      expect(s.error.entryIds).toEqual(['a', 'b']);
      expect(s.error.toJSON()).toMatchObject({
        code: 'overlapping_entries',
        region: '320400',
        on: ON,
        entryIds: ['a', 'b'],
      });
    }
    // Before b starts only a is in force; the national region alone is not enough for a city.
    expect(resolveStandards(r.value, { region: '320400', on: '2021-05-31' }).ok).toBe(true);
    const err = new StandardsError('no_entry_in_force', '1', '2', { 'zh-CN': '无', en: 'none' });
    expect(err.toJSON()).toEqual({
      code: 'no_entry_in_force',
      region: '1',
      on: '2',
      entryIds: [],
      message: { 'zh-CN': '无', en: 'none' },
    });
  });

  it('region chains', () => {
    expect(regionChain('100000')).toEqual(['100000']);
    expect(regionChain('320000')).toEqual(['100000', '320000']);
    expect(regionChain('320400')).toEqual(['100000', '320000', '320400']);
    expect(regionChain('320412')).toEqual(['100000', '320000', '320400', '320412']);
  });

  it('provenance: published text, illustrative text, a figure’s own source and note', () => {
    expect(provenanceText({ kind: 'published', entryId: 'e', source: SRC })).toBe(
      '社会救助暂行办法 国务院令第649号 第九条 (2014-02-21)',
    );
    const { number: _n, ...noNumber } = SRC;
    expect(provenanceText({ kind: 'published', entryId: 'e', source: noNumber })).toBe(
      '社会救助暂行办法 第九条 (2014-02-21)',
    );
    expect(provenanceText({ kind: 'illustrative', entryId: 'e', note: 'example' })).toBe(
      'illustrative (e): example',
    );
    const own = { ...SRC, clause: '第十条' };
    const std = table({
      standard: {
        urban: { yuan: '940', source: own },
        rural: { yuan: '800', illustrative: 'example figure' },
      },
    });
    const urban = evaluateFigure(std, 'dibao.standard.urban') as FigureValue;
    expect(urban.provenance).toEqual({ kind: 'published', entryId: 'e', source: own });
    const rural = evaluateFigure(std, 'dibao.standard.rural') as FigureValue;
    expect(rural.provenance).toEqual({
      kind: 'illustrative',
      entryId: 'e',
      note: 'example figure',
      source: SRC,
    });
    // An illustrative parameter path of the entry marks the figure illustrative.
    const marked = table(BASE, { illustrativeParameters: { 'dibao.standard': 'not published' } });
    expect(
      (evaluateFigure(marked, 'dibao.standard.urban') as FigureValue).provenance,
    ).toMatchObject({
      kind: 'illustrative',
      note: 'not published',
    });
  });
});

describe('member conditions', () => {
  const m = {
    id: 'a',
    birthDate: '1961-07-02',
    disability: { category: 'visual' as const, grade: 2 },
    seriousIllness: false,
  };
  it('evaluates each kind with the facts, and reports the missing fact without them', () => {
    expect(evaluateMemberCondition({ kind: 'age-at-least', years: 60 }, m, 0, ON)).toEqual({
      holds: false,
      missing: [],
    });
    expect(evaluateMemberCondition({ kind: 'age-below', years: 60 }, m, 0, ON)).toEqual({
      holds: true,
      missing: [],
    });
    expect(
      evaluateMemberCondition({ kind: 'age-at-least', years: 60 }, m, 0, '2021-07-02').holds,
    ).toBe(true);
    expect(evaluateMemberCondition({ kind: 'disability', grades: [1, 2] }, m, 0, ON).holds).toBe(
      true,
    );
    expect(
      evaluateMemberCondition(
        { kind: 'disability', grades: [1, 2], categories: ['mental'] },
        m,
        0,
        ON,
      ).holds,
    ).toBe(false);
    expect(evaluateMemberCondition({ kind: 'disability', grades: [1] }, m, 0, ON).holds).toBe(
      false,
    );
    expect(
      evaluateMemberCondition(
        { kind: 'disability', grades: [1] },
        { id: 'b', disability: null },
        0,
        ON,
      ).holds,
    ).toBe(false);
    expect(evaluateMemberCondition({ kind: 'serious-illness' }, m, 0, ON).holds).toBe(false);
    const bare = { id: 'b' };
    expect(evaluateMemberCondition({ kind: 'age-below', years: 16 }, bare, 3, ON)).toEqual({
      holds: undefined,
      missing: ['members[3].birthDate'],
    });
    expect(
      evaluateMemberCondition({ kind: 'disability', grades: [1] }, bare, 3, ON).missing,
    ).toEqual(['members[3].disability']);
    expect(evaluateMemberCondition({ kind: 'serious-illness' }, bare, 3, ON).missing).toEqual([
      'members[3].seriousIllness',
    ]);
  });

  it('any-of: true if one holds, false if all are known false, else unknown with the missing facts', () => {
    const old = { kind: 'age-at-least' as const, years: 60 };
    const ill = { kind: 'serious-illness' as const };
    expect(evaluateAnyOf([ill, old], { id: 'a', birthDate: '1950-01-01' }, 0, ON)).toEqual({
      holds: true,
      missing: [],
    });
    expect(
      evaluateAnyOf([ill, old], { id: 'a', birthDate: '1990-01-01', seriousIllness: false }, 0, ON),
    ).toEqual({ holds: false, missing: [] });
    expect(evaluateAnyOf([ill, old], { id: 'a', birthDate: '1990-01-01' }, 1, ON)).toEqual({
      holds: undefined,
      missing: ['members[1].seriousIllness'],
    });
  });

  it('texts', () => {
    expect(conditionText({ kind: 'age-at-least', years: 60 }).en).toBe('aged 60 or over');
    expect(conditionText({ kind: 'age-below', years: 16 })['zh-CN']).toBe('未满 16 周岁');
    expect(conditionText({ kind: 'disability', grades: [1, 2] }).en).toBe('disability grade 1/2');
    expect(
      conditionText({ kind: 'disability', grades: [1], categories: ['mental'] })['zh-CN'],
    ).toBe('mental 残疾等级 1 级');
    expect(conditionText({ kind: 'serious-illness' }).en).toBe('seriously ill');
  });
});

describe('household schema and input errors', () => {
  it('duplicate member ids and references to no member are errors at their paths', () => {
    const r = parseHousehold({
      id: 'h',
      region: '320400',
      members: [{ id: 'a' }, { id: 'a' }],
      incomes: [],
      expenditures: [{ memberId: 'z', kind: 'medical', amount: 1, period: 'month' }],
      application: { singlePersonMemberIds: ['y'] },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues.map((i) => i.pathText)).toEqual([
        'members[1].id',
        'expenditures[0].memberId',
        'application.singlePersonMemberIds[0]',
      ]);
      expect(r.error.issues[0]!.message['zh-CN']).toBe('成员编号 "a" 重复');
      expect(r.error.message).toMatch(
        /^invalid household: 3 issue\(s\); first at members\[1\]\.id/,
      );
      expect(JSON.parse(JSON.stringify(r.error))).toEqual({
        kind: 'household',
        issues: r.error.issues,
      });
    }
  });

  it('renders zod issues in both locales', () => {
    const r = parseHousehold({
      id: '',
      region: 320400,
      area: 'city',
      members: [],
      incomes: [],
      assets: { vehicles: 2000 },
      extra: 1,
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const by = Object.fromEntries(r.error.issues.map((i) => [i.pathText, i]));
    expect(by.id?.message).toEqual({
      'zh-CN': '长度不能小于 1',
      en: 'too small: string must be at least 1',
    });
    expect(by.region?.message['zh-CN']).toBe('类型错误：应为字符串');
    expect(by.area?.message.en).toBe('invalid value: expected one of "urban", "rural"');
    expect(by.members?.message['zh-CN']).toBe('元素个数不能小于 1');
    expect(by['assets.vehicles']?.message['zh-CN']).toBe('数值不能大于 1000');
    expect(by['(root)']?.message['zh-CN']).toBe('未知字段：extra');
    // a union of figure shapes reports the nearest branch
    const t = parseStandardsTable({
      id: 't',
      entries: [
        {
          id: 'e',
          region: '320400',
          effective: { from: '2021-01-01' },
          source: SRC,
          params: { dibao: { standard: { urban: { yuan: '1', multiple: '2' } } } },
        },
      ],
    });
    expect(t.ok).toBe(false);
    if (!t.ok)
      expect(t.error.issues[0]!.pathText.startsWith('entries[0].params.dibao.standard.urban')).toBe(
        true,
      );
    // an unknown discriminator matches no branch at all
    const u = parseStandardsTable({
      id: 't',
      entries: [
        {
          id: 'e',
          region: '320400',
          effective: { from: '2021-01-01' },
          source: SRC,
          params: { dibao: { payment: { method: 'lottery' } } },
        },
      ],
    });
    expect(u.ok).toBe(false);
    if (!u.ok)
      expect(u.error.issues.map((i) => [i.pathText, i.message['zh-CN']])).toEqual([
        ['entries[0].params.dibao.payment.method', '不符合任何一种允许的形式'],
      ]);
    expect(pathToText([])).toBe('(root)');
    expect(pathToText(['members', 2, 'birthDate'])).toBe('members[2].birthDate');
    expect(pathToText([0, 'a'])).toBe('[0].a');
  });
});

describe('recorder, rationals and calendar details', () => {
  it('three-valued outcome: a disqualifier wins over a missing fact; missing facts merge per rule', () => {
    const rule = { id: 'r', citations: [] };
    const rec = new Recorder();
    expect(rec.outcome()).toBe('eligible');
    rec.missingFacts(rule, ['a', 'b']);
    rec.missingFacts(rule, ['b', 'c']);
    rec.missingFacts(rule, []);
    rec.missingParameter(rule, 'p');
    rec.missingParameter(rule, 'p');
    expect(rec.reasons).toHaveLength(2);
    expect(rec.reasons[0]).toMatchObject({ code: 'missing_fact', paths: ['a', 'b', 'c'] });
    expect(rec.outcome()).toBe('undetermined');
    rec.reason({
      code: 'no_counted_members',
      effect: 'disqualifies',
      rule: 'r',
      message: { id: 'dibao.noMembers', args: [] },
      facts: {},
    });
    expect(rec.outcome()).toBe('ineligible');
  });

  it('rationals: zero denominators, negative denominators, reduction of large ones', () => {
    expect(() => Rational.of(1n, 0n)).toThrow(RangeError);
    expect(Rational.of(1n, -2n).toString()).toBe('-0.5');
    const big = Rational.of(3n << 60n, 6n << 60n);
    expect([big.n, big.d]).toEqual([1n, 2n]);
    expect(Rational.of(1894n, 3n).toString()).toBe('1894/3');
    expect(Rational.int(5).divInt(12).toFixed(2)).toBe('0.42');
    expect(Rational.parse('-0.005')!.toFixed(2)).toBe('-0.01');
    expect(Rational.parse('-0.004')!.toFixed(2)).toBe('0.00');
    expect(Rational.parse('12.30')!.toFixed(0)).toBe('12');
  });

  it('calendar: days, order, windows, years below 100', () => {
    expect(daysBetween('2021-02-28', '2021-03-01')).toBe(1);
    expect(daysBetween('2024-03-01', '2024-02-28')).toBe(-2);
    expect([
      compareDates('2021-01-01', '2021-01-02'),
      compareDates('2021-01-02', '2021-01-01'),
      compareDates('2021-01-01', '2021-01-01'),
    ]).toEqual([-1, 1, 0]);
    expect(withinWindow('2021-07-01', '2021-07-01', '2021-07-01')).toBe(true);
    expect(withinWindow('2021-07-01', '2021-07-02')).toBe(false);
    expect(withinWindow('2021-07-01', undefined, '2021-06-30')).toBe(false);
    expect(fromDate(toDate('0050-06-15'))).toBe('0050-06-15');
    expect(() => toDate('2021-02-30')).toThrow(RangeError);
    expect(() => toDate('2021/02/01')).toThrow(RangeError);
    expect(isCalendarDate('2021-02-29')).toBe(false);
    expect(isCalendarDate('2020-02-29')).toBe(true);
    expect(isCalendarDate('x')).toBe(false);
  });
});

describe('layering: national ← province ← city ← county', () => {
  const layered = () => {
    const r = parseStandardsTable({
      id: 'layers',
      entries: [
        {
          id: 'nat',
          region: '100000',
          effective: { from: '2021-01-01' },
          source: SRC,
          params: {
            income: { exclusions: { award: { type: 'award' }, support: { type: 'support' } } },
            dibao: {
              payment: { method: 'gap' },
              rounding: { unit: '0.01', mode: 'half-up' },
              assets: 'not-tested',
            },
          },
        },
        {
          id: 'prov',
          region: '320000',
          effective: { from: '2021-01-01', to: '2021-12-31' },
          illustrative: 'province example',
          params: { dibao: { standard: { urban: { yuan: '900' }, rural: { yuan: '800' } } } },
        },
        {
          id: 'city',
          region: '320400',
          effective: { from: '2021-07-01' },
          source: { ...SRC, clause: '第十条' },
          illustrativeParameters: { 'dibao.payment': 'bands are an example' },
          params: {
            income: { exclusions: { support: false } },
            dibao: {
              standard: { urban: { yuan: '940' } },
              payment: {
                method: 'bands',
                bands: [{ below: { yuan: '940' }, perPerson: { yuan: '200' } }],
              },
            },
          },
        },
        {
          id: 'county',
          region: '320412',
          effective: { from: '2021-01-01' },
          source: SRC,
          params: { dibao: { rounding: { unit: '10', mode: 'up' } } },
        },
      ],
    });
    if (!r.ok) throw r.error;
    return r.value;
  };

  it('a county inherits what it does not set; a lower layer replaces tagged objects whole', () => {
    const s = resolveStandards(layered(), { region: '320412', on: ON });
    if (!s.ok) throw s.error;
    const std = s.value;
    expect(std.entries).toEqual([
      { id: 'nat', region: '100000', from: '2021-01-01' },
      { id: 'prov', region: '320000', from: '2021-01-01', to: '2021-12-31' },
      { id: 'city', region: '320400', from: '2021-07-01' },
      { id: 'county', region: '320412', from: '2021-01-01' },
    ]);
    // urban from the city, rural from the province
    expect((evaluateFigure(std, 'dibao.standard.urban') as FigureValue).value.toString()).toBe(
      '940',
    );
    expect((evaluateFigure(std, 'dibao.standard.rural') as FigureValue).value.toString()).toBe(
      '800',
    );
    // the city's bands replace the national gap whole (no `method: 'gap'` with bands left over)
    expect(std.params.dibao?.payment).toEqual({
      method: 'bands',
      bands: [{ below: { yuan: '940' }, perPerson: { yuan: '200' } }],
    });
    expect(std.params.dibao?.rounding).toEqual({ unit: '10', mode: 'up' });
    // exclusions layer key by key; `false` removes one
    expect(std.params.income?.exclusions).toEqual({ award: { type: 'award' }, support: false });
    // provenance of each parameter: the entry that set it
    const prov = (p: string) => std.provenance.get(p);
    expect(prov('dibao.standard.urban')).toMatchObject({ kind: 'published', entryId: 'city' });
    expect(prov('dibao.standard.rural')).toMatchObject({
      kind: 'illustrative',
      entryId: 'prov',
      note: 'province example',
    });
    expect(prov('dibao.payment')).toMatchObject({
      kind: 'illustrative',
      entryId: 'city',
      note: 'bands are an example',
      source: { clause: '第十条' },
    });
    expect(prov('dibao.rounding.unit')).toMatchObject({ kind: 'published', entryId: 'county' });
    // a household: 3 members, 1894 wages, per-capita 631.33 < 940 → band 200 × 3 = 600, rounded up to 10 → 600
    const d = assessDibao({ ...household(3, 1894), region: '320412' }, std);
    expect(d.amount?.total).toBe('600.00');
    expect(d.stamp?.entryIds).toEqual(['nat', 'prov', 'city', 'county']);
  });

  it('the national layer alone is not enough; after the province entry ends the city still stands', () => {
    const t = layered();
    const none = resolveStandards(t, { region: '330100', on: ON });
    expect(none.ok ? 'ok' : none.error.code).toBe('no_entry_in_force');
    const later = resolveStandards(t, { region: '320400', on: '2022-01-01' });
    if (!later.ok) throw later.error;
    expect(later.value.entries.map((e) => e.id)).toEqual(['nat', 'city']);
    expect(evaluateFigure(later.value, 'dibao.standard.rural')).toEqual({
      missing: 'dibao.standard.rural',
    });
    const nat = resolveStandards(t, { region: '100000', on: ON });
    expect(nat.ok).toBe(true);
    // before the city entry starts, the province's urban standard applies
    const early = resolveStandards(t, { region: '320400', on: '2021-06-30' });
    if (!early.ok) throw early.error;
    expect(
      (evaluateFigure(early.value, 'dibao.standard.urban') as FigureValue).value.toString(),
    ).toBe('900');
  });
});

describe('member condition boundaries', () => {
  it('age-at-least and age-below meet on the birthday', () => {
    const m = { id: 'a', birthDate: '1961-07-01' };
    expect(
      evaluateMemberCondition({ kind: 'age-at-least', years: 60 }, m, 0, '2021-06-30').holds,
    ).toBe(false);
    expect(
      evaluateMemberCondition({ kind: 'age-at-least', years: 60 }, m, 0, '2021-07-01').holds,
    ).toBe(true);
    expect(
      evaluateMemberCondition({ kind: 'age-below', years: 60 }, m, 0, '2021-06-30').holds,
    ).toBe(true);
    expect(
      evaluateMemberCondition({ kind: 'age-below', years: 60 }, m, 0, '2021-07-01').holds,
    ).toBe(false);
    expect(
      evaluateMemberCondition({ kind: 'age-at-least', years: 60 }, m, 0, '2021-07-01').missing,
    ).toEqual([]);
  });
});

describe('reasons and trace carry the hand-worked figures (auditors read them)', () => {
  it('income comparison, asset comparisons and the near-relative notice', () => {
    const std = table({
      ...BASE,
      assets: { financialPerCapita: { yuan: '10000' }, maxVehicles: 0, maxHousingUnits: 1 },
      nearRelativeFiling: true,
    });
    const d = assessDibao(
      {
        ...household(3, 1894),
        assets: { financial: 36000, vehicles: 0, housingUnits: 1 },
        application: { nearRelativeOfStaff: true },
      },
      std,
    );
    // 36000 / 3 = 12000 > 10000 → ineligible by assets; income 631.33 < 940 qualifies
    expect(d.outcome).toBe('ineligible');
    const income = d.reasons.find((r) => r.rule === 'dibao.eligibility.income');
    expect(income).toMatchObject({
      code: 'income_below_threshold',
      effect: 'qualifies',
      subject: 'per-capita monthly income',
      test: '<',
      threshold: '940',
      actual: '1894/3',
      gap: '926/3',
      unit: 'yuan',
      parameter: 'dibao.standard.urban',
    });
    const assets = d.reasons.filter((r) => r.rule === 'dibao.eligibility.assets');
    expect(
      assets.map((r) =>
        'subject' in r
          ? [r.code, r.effect, r.subject, r.test, r.actual, r.threshold, r.gap, r.unit, r.parameter]
          : [],
      ),
    ).toEqual([
      [
        'assets_exceed_limit',
        'disqualifies',
        'financial assets per counted member',
        '<=',
        '12000',
        '10000',
        '2000',
        'yuan',
        'dibao.assets.financialPerCapita',
      ],
      [
        'assets_within_limit',
        'qualifies',
        'vehicles',
        '<=',
        '0',
        '0',
        '0',
        'count',
        'dibao.assets.maxVehicles',
      ],
      [
        'assets_within_limit',
        'qualifies',
        'housingUnits',
        '<=',
        '1',
        '1',
        '0',
        'count',
        'dibao.assets.maxHousingUnits',
      ],
    ]);
    expect(d.reasons.find((r) => r.code === 'near_relative_filing')).toMatchObject({
      effect: 'notice',
      facts: { nearRelativeOfStaff: 'true' },
    });
    const step = (rule: string) => d.trace.find((s) => s.rule === rule);
    expect(step('dibao.standard')?.values).toEqual({ standard: '940' });
    expect(step('dibao.standard')?.parameters?.[0]).toMatchObject({
      parameter: 'dibao.standard.urban',
      value: '940',
    });
    expect(step('dibao.eligibility.income')?.values).toMatchObject({
      countedIncome: '1894',
      threshold: '2820',
    });
    // without assets facts: missing, named by path
    const u = assessDibao(household(3, 1894), std);
    expect(u.outcome).toBe('undetermined');
    expect(u.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'assets.financial',
      'assets.vehicles',
      'assets.housingUnits',
    ]);
  });

  it('the gap step and the counted-members step record their values; no members counted is a finding', () => {
    const d = assessDibao(household(3, 1894), table(BASE));
    expect(d.trace.find((s) => s.rule === 'dibao.amount.gap')?.values).toEqual({
      baseAmount: '926',
    });
    const co = d.trace.find((s) => s.values.countedMembers !== undefined);
    expect(co?.values).toMatchObject({ countedMembers: '3', countedMemberIds: 'm0,m1,m2' });
    const none = assessDibao(
      { ...household(1, 0), members: [{ id: 'm0', livesWithHousehold: false }] },
      table(BASE),
    );
    expect(none.outcome).toBe('ineligible');
    expect(none.reasons.find((r) => r.code === 'no_counted_members')).toMatchObject({
      effect: 'disqualifies',
      facts: { countedMembers: '0' },
    });
    expect(none.trace.find((s) => s.values.countedMembers !== undefined)?.values).toMatchObject({
      countedMembers: '0',
      notCountedMemberIds: 'm0',
    });
  });
});
