import { describe, expect, it } from 'vitest';
import { assessEducationAid } from '../../src/index';
import { household, nanzheng } from './helpers';

const child = (
  birthDate: string,
  status: Record<string, unknown>,
  extra: Record<string, unknown>,
) =>
  household({
    id: 'h',
    region: '610721',
    area: 'urban',
    status,
    members: [{ id: 'a', livesWithHousehold: true, birthDate, ...extra }],
    incomes: [],
  });
const disabledOutOfSchool = { schooling: 'none', disability: { category: 'mental', grade: 3 } };

describe('assessEducationAid (R10, 汉政办发〔2016〕57号 三(五))', () => {
  it.each([
    ['2012-06-02', 'ineligible', '5: below compulsory-school age'],
    ['2012-06-01', 'eligible', 'exactly 6'],
    ['2002-06-02', 'eligible', '15'],
    ['2002-06-01', 'ineligible', 'exactly 16: past compulsory-school age'],
  ])('disabled child born %s is %s (%s)', (birthDate, outcome) => {
    const d = assessEducationAid(
      child(birthDate, { dibao: false }, disabledOutOfSchool),
      nanzheng(),
    );
    expect(d.members[0]?.outcome).toBe(outcome);
    expect(d.outcome).toBe(outcome);
  });

  it('a 特困 student in a non-低保 household qualifies', () => {
    const d = assessEducationAid(
      child(
        '2003-01-01',
        { dibao: false },
        { schooling: 'high-school', tekun: true, disability: null },
      ),
      nanzheng(),
    );
    expect(d.members[0]?.basis).toEqual(['dibao-tekun-students']);
  });

  it('a postgraduate is not covered by the example levels', () => {
    const d = assessEducationAid(
      child('1995-01-01', { dibao: true }, { schooling: 'postgraduate', disability: null }),
      nanzheng(),
    );
    expect(d.outcome).toBe('ineligible');
  });

  it('unknown schooling is a missing fact', () => {
    const d = assessEducationAid(
      child('2008-01-01', { dibao: true }, { disability: null }),
      nanzheng(),
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'members[0].schooling',
    ]);
  });
});
