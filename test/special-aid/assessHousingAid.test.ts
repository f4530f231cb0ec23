import { describe, expect, it } from 'vitest';
import { assessHousingAid } from '../../src/index';
import { household, nanzheng, yangjiang } from './helpers';

describe('assessHousingAid (R10)', () => {
  it('rural 低保 household with housing difficulty: the 南郑 rental rule is for urban 低保 only', () => {
    const h = household({
      id: 'h',
      region: '610721',
      area: 'rural',
      status: { dibao: true },
      housing: { difficulty: true },
      members: [{ id: 'a', tekun: false }],
      incomes: [],
    });
    expect(assessHousingAid(h, nanzheng()).outcome).toBe('ineligible');
  });

  it('a dispersed 特困 member in a rural household qualifies for rental aid (汉中 三(六))', () => {
    const h = household({
      id: 'h',
      region: '610721',
      area: 'rural',
      status: { dibao: false },
      housing: { difficulty: true },
      members: [{ id: 'a', tekun: true, supportMode: 'dispersed' }],
      incomes: [],
    });
    expect(assessHousingAid(h, nanzheng()).measures).toEqual(['rental']);
  });

  it('concentrated 特困 are not covered by renovation', () => {
    const h = household({
      id: 'h',
      region: '441702',
      area: 'rural',
      status: { dibao: false },
      housing: { unsafe: true, renovatedBefore: false },
      members: [{ id: 'a', tekun: true, supportMode: 'concentrated' }],
      incomes: [],
    });
    expect(assessHousingAid(h, yangjiang()).outcome).toBe('ineligible');
  });

  it('unknown renovation history is a missing fact', () => {
    const h = household({
      id: 'h',
      region: '441702',
      area: 'rural',
      status: { dibao: true },
      housing: { unsafe: true },
      members: [{ id: 'a', livesWithHousehold: true }],
      incomes: [],
    });
    const d = assessHousingAid(h, yangjiang());
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'housing.renovatedBefore',
    ]);
  });
});
