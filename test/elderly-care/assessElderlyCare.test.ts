import { describe, expect, it } from 'vitest';
import { assessElderlyCare } from '../../src/index';
import { household, nanzheng } from '../special-aid/helpers';

const ALL = {
  eating: true,
  dressing: true,
  transferring: true,
  toileting: true,
  walkingIndoors: true,
  bathing: true,
};
const one = (
  birthDate: string,
  status: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) =>
  household({
    id: 'h',
    region: '610721',
    area: 'rural',
    status,
    members: [{ id: 'a', livesWithHousehold: true, birthDate, ...extra }],
    incomes: [],
  });

describe('assessElderlyCare (R11, 汉政办发〔2016〕57号 三(一))', () => {
  it.each([
    ['1938-06-01', 'eligible', 'exactly 80'],
    ['1938-06-02', 'ineligible', 'one day short of 80'],
  ])('a self-caring 低保 member born %s is %s (%s)', (birthDate, outcome) => {
    expect(
      assessElderlyCare(one(birthDate, { dibao: true }, { dailyActivities: ALL }), nanzheng())
        .outcome,
    ).toBe(outcome);
  });

  it('59 and 失能 is not enough; 60 is', () => {
    const lost = { ...ALL, eating: false, dressing: false, transferring: false, toileting: false };
    expect(
      assessElderlyCare(one('1958-06-02', { dibao: true }, { dailyActivities: lost }), nanzheng())
        .outcome,
    ).toBe('ineligible');
    expect(
      assessElderlyCare(one('1958-06-01', { dibao: true }, { dailyActivities: lost }), nanzheng())
        .outcome,
    ).toBe('eligible');
  });

  it('dispersed 特困 aged 85 outside 低保 qualifies; concentrated does not', () => {
    const dispersed = one(
      '1933-01-01',
      { dibao: false },
      { tekun: true, supportMode: 'dispersed', dailyActivities: ALL },
    );
    const concentrated = one(
      '1933-01-01',
      { dibao: false },
      { tekun: true, supportMode: 'concentrated', dailyActivities: ALL },
    );
    expect(assessElderlyCare(dispersed, nanzheng()).members[0]?.basis).toEqual([
      'dibao-dispersed-tekun-80',
    ]);
    expect(assessElderlyCare(concentrated, nanzheng()).outcome).toBe('ineligible');
  });

  it('an unknown 低保 status leaves an 85-year-old undetermined', () => {
    const d = assessElderlyCare(
      one('1933-01-01', {}, { tekun: false, dailyActivities: ALL }),
      nanzheng(),
    );
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toContain(
      'status.dibao',
    );
  });
});
