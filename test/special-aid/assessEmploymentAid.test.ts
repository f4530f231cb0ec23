import { describe, expect, it } from 'vitest';
import { assessEmploymentAid } from '../../src/index';
import { household, nanzheng } from './helpers';

const m = (
  id: string,
  birthDate: string,
  employment: 'unemployed' | 'employed',
  extra: { labourCapacity?: 'none'; livesWithHousehold?: boolean } = {},
) => ({
  id,
  livesWithHousehold: true,
  birthDate,
  labourCapacity: 'full' as 'full' | 'none',
  employment,
  freshGraduate: false,
  ...extra,
});

describe('assessEmploymentAid (R10, 汉政办发〔2016〕57号 三(七))', () => {
  it('exactly 16 is working age; 15 is not', () => {
    const h = household({
      id: 'h',
      region: '610721',
      status: { dibao: true },
      members: [m('a', '2002-06-01', 'unemployed'), m('b', '2002-06-02', 'unemployed')],
      incomes: [],
    });
    const d = assessEmploymentAid(h, nanzheng());
    expect(d.members.map((x) => x.outcome)).toEqual(['eligible', 'ineligible']);
  });

  it('no placement flag when one member able to work is employed', () => {
    const h = household({
      id: 'h',
      region: '610721',
      status: { dibao: true },
      members: [m('a', '1980-01-01', 'unemployed'), m('b', '1982-01-01', 'employed')],
      incomes: [],
    });
    const d = assessEmploymentAid(h, nanzheng());
    expect(d.placementRequired).toBe(false);
    expect(d.reasons.map((r) => r.code)).not.toContain('placement_required');
    expect(d.members.map((x) => x.outcome)).toEqual(['eligible', 'ineligible']);
  });

  it('members without labour capacity do not count for the placement flag', () => {
    const h = household({
      id: 'h',
      region: '610721',
      status: { dibao: true },
      members: [m('a', '1980-01-01', 'unemployed', { labourCapacity: 'none' })],
      incomes: [],
    });
    const d = assessEmploymentAid(h, nanzheng());
    expect(d.placementRequired).toBe(false);
    expect(d.outcome).toBe('ineligible');
  });

  it('the placement flag counts co-resident members only; unstated co-residence leaves it unknown', () => {
    const apart = (lives: boolean | undefined) => {
      const b = m('b', '1982-01-01', 'employed');
      if (lives === undefined) delete (b as { livesWithHousehold?: boolean }).livesWithHousehold;
      else b.livesWithHousehold = lives;
      return household({
        id: 'h',
        region: '610721',
        status: { dibao: true },
        members: [m('a', '1980-01-01', 'unemployed'), b],
        incomes: [],
      });
    };
    // b works but lives elsewhere: a, the one co-resident member able to work, is unemployed.
    const away = assessEmploymentAid(apart(false), nanzheng());
    expect(away.placementRequired).toBe(true);
    expect(away.values.membersAbleToWork).toBe('1');
    expect(away.reasons.map((r) => r.code)).toContain('placement_required');
    // b lives at home and works: no flag.
    expect(assessEmploymentAid(apart(true), nanzheng()).placementRequired).toBe(false);
    // b's co-residence not stated: whether the flag is due is unknown.
    expect(assessEmploymentAid(apart(undefined), nanzheng()).placementRequired).toBeUndefined();
  });

  it('not a 低保 household: no aid', () => {
    const h = household({
      id: 'h',
      region: '610721',
      status: { dibao: false },
      members: [m('a', '1980-01-01', 'unemployed')],
      incomes: [],
    });
    expect(assessEmploymentAid(h, nanzheng()).outcome).toBe('ineligible');
  });
});
