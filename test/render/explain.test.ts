import { describe, expect, it } from 'vitest';
import { explainAssessment, renderDetermination } from '../../src/index';
import { loadHouseholdFixtures } from '../fixtures/load';
import { assessedFixtures, assessFixture } from './support';

const gap = () => {
  const fx = loadHouseholdFixtures().find((f) => f.file.startsWith('dibao-02-plain-gap'));
  if (fx === undefined) throw new Error('missing fixture');
  return assessFixture(fx);
};

describe('explainAssessment', () => {
  it('the 2-yuan rounding trap household reads in one screen, rounded to the fen', () => {
    // 常州 2021-08: standard 940, 3 members, counted income 1894: per capita 1894/3 = 631.33;
    // 940 × 3 − 1894 = 926 yuan a month.
    const text = explainAssessment(gap(), { locale: 'en' });
    expect(text).toContain('▸ Minimum living guarantee (dibao): eligible · 926.00 yuan/month');
    expect(text).toContain('(threshold 940.00, actual 631.33, gap 308.67)');
    expect(text).toContain('tier: 低保 (minimum living guarantee)');
    expect(text).toContain('To decide, collect:');
    expect(text).not.toMatch(/\d+\/\d+/); // no exact fraction is shown to people
    const zh = explainAssessment(gap(), { locale: 'zh-CN' });
    expect(zh).toContain('▸ 最低生活保障（低保）：符合 · 926.00 元/月');
    expect(zh).toContain('（阈值 940.00，实际 631.33，差距 308.67）');
  });

  it('ends with the table, its entries and the library version (the assessment stamp)', () => {
    for (const verbose of [false, true]) {
      const text = explainAssessment(gap(), { locale: 'en', verbose });
      expect(text.trimEnd().split('\n').at(-1)).toBe(
        'table: jiuzhu-bundled (national-2021-07, changzhou-2021-07), jiuzhu 0.2.0',
      );
    }
  });

  it('verbose gives every step with its clauses and the parameters with their provenance', () => {
    const text = explainAssessment(gap(), { locale: 'zh-CN', verbose: true });
    expect(text).toContain('== 最低生活保障（低保） [determinations.dibao]：符合');
    expect(text).toContain('条款：《社会救助暂行办法》 国务院令第649号 第九条');
    expect(text).toContain('参数：dibao.standard.urban = 940 — 常州市');
    expect(text).toContain('perCapitaIncome = 631.33');
    expect(text).not.toMatch(/ \d+\/\d+/);
  });

  it('a program decided member by member shows a member’s deciding reason and what members lack', () => {
    const fixture = (name: string) => {
      const fx = loadHouseholdFixtures().find((f) => f.file.startsWith(name));
      if (fx === undefined) throw new Error(`missing fixture ${name}`);
      return assessFixture(fx);
    };
    // tekun-05: a member aged 18 who left school no longer qualifies as a minor (第二十四条).
    const minor = explainAssessment(fixture('tekun-05-minor-18'), { locale: 'en' });
    expect(minor).toMatch(
      /▸ Destitute persons support \(tekun\): ineligible \(members: a ineligible\)\n {4}\S/,
    );
    // dibao-02: 特困 is undetermined for b and c; their missing facts are listed, grouped by member.
    const gapText = explainAssessment(gap(), { locale: 'en' });
    expect(gapText).toContain(
      'Destitute persons support (tekun): members[1] (birthDate, disability, tekun, schooling, labourCapacity, supporterIds,',
    );
    expect(gapText).toContain('; members[2] (birthDate,');
  });

  it('every fixture household explains in at most 40 lines by default', () => {
    for (const { fx, a } of assessedFixtures()) {
      for (const locale of ['zh-CN', 'en'] as const) {
        const lines = explainAssessment(a, { locale }).trimEnd().split('\n');
        expect(lines.length, `${fx.file} ${locale}`).toBeLessThanOrEqual(40);
      }
    }
  });

  it('renders a stored record (read back from JSON) as the one in memory', () => {
    const a = gap();
    const back = JSON.parse(JSON.stringify(a));
    for (const verbose of [false, true])
      expect(explainAssessment(back, { locale: 'en', verbose })).toBe(
        explainAssessment(a, { locale: 'en', verbose }),
      );
  });
});

describe('renderDetermination', () => {
  it('renders reasons with their clauses and the compared figures to the fen', () => {
    const a = gap();
    const r = renderDetermination(a.determinations.dibao, { locale: 'en', tables: a });
    expect(r.outcomeText).toBe('eligible');
    expect(r.amount).toEqual({
      total: '926.00',
      period: 'month',
      lines: [{ label: 'gap payment', amount: '926' }],
    });
    const income = r.reasons.find((x) => x.code === 'income_below_threshold');
    expect(income).toMatchObject({
      rule: 'dibao.eligibility.income',
      compared: { threshold: '940.00', actual: '631.33', gap: '308.67' },
      citations: [{ document: '社会救助暂行办法', number: '国务院令第649号', clause: '第九条' }],
    });
    expect(income?.text).toBe(
      'per-capita income 631.33 yuan is below the 低保 standard 940.00 yuan by 308.67 yuan: the income condition is met',
    );
  });
});
