import { describe, expect, it } from 'vitest';
import {
  type CareLevel,
  careLevelFromActivities,
  parseHousehold,
  resolveStandards,
  routePovertyAlleviated,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

const levels: CareLevel[] = [
  {
    id: 'self-care',
    label: { 'zh-CN': '全自理', en: 'self' },
    notDoneAtMost: 0,
    amount: { yuan: '0' },
  },
  {
    id: 'partial',
    label: { 'zh-CN': '半护理', en: 'partial' },
    notDoneAtMost: 3,
    amount: { yuan: '1' },
  },
  { id: 'full', label: { 'zh-CN': '全护理', en: 'full' }, notDoneAtMost: 6, amount: { yuan: '2' } },
];
const all = {
  eating: true,
  dressing: true,
  transferring: true,
  toileting: true,
  walkingIndoors: true,
  bathing: true,
};

describe('careLevelFromActivities (第二十一–二十二条)', () => {
  it('all six done → self-care; 1 and 3 not done → partial; 4 and 6 → full', () => {
    expect(careLevelFromActivities(all, levels).level?.id).toBe('self-care');
    expect(careLevelFromActivities({ ...all, bathing: false }, levels).level?.id).toBe('partial');
    const three = { ...all, eating: false, dressing: false, bathing: false };
    expect(careLevelFromActivities(three, levels)).toMatchObject({ notDone: 3, missing: [] });
    expect(careLevelFromActivities(three, levels).level?.id).toBe('partial');
    expect(careLevelFromActivities({ ...three, toileting: false }, levels).level?.id).toBe('full');
  });

  it('an unknown activity matters only when it could change the level', () => {
    const { bathing: _, ...five } = { ...all, eating: false, dressing: false };
    // 2 known not done + 1 unknown: 2 or 3 → partial either way.
    expect(careLevelFromActivities(five, levels).level?.id).toBe('partial');
    const { bathing: __, ...fiveB } = { ...all, eating: false, dressing: false, toileting: false };
    // 3 known + 1 unknown: 3 (partial) or 4 (full) → unknown.
    expect(careLevelFromActivities(fiveB, levels)).toMatchObject({
      level: undefined,
      missing: ['dailyActivities.bathing'],
    });
  });
});

describe('routePovertyAlleviated (银川 二(二); 民发〔2021〕16号 二(一))', () => {
  const std = () => {
    const r = resolveStandards(loadTable('bundled.json'), { region: '320412', on: '2021-08-01' });
    if (!r.ok) throw r.error;
    return r.value;
  };
  const household = (birthDate: string, labourCapacity: 'none' | 'partial') => {
    const p = parseHousehold({
      id: 'tp',
      region: '320412',
      area: 'rural',
      status: { povertyAlleviated: true },
      members: [
        {
          id: 'a',
          birthDate,
          livesWithHousehold: true,
          labourCapacity,
          supporterIds: [],
          dailyActivities: all,
        },
      ],
      incomes: [],
    });
    if (!p.ok) throw p.error;
    return p.value;
  };

  it('routes a 脱贫 member who meets 特困 to 特困 (aged 70, no income, no supporter)', () => {
    expect(routePovertyAlleviated(household('1951-01-01', 'none'), std())).toMatchObject({
      applies: true,
      route: 'tekun',
      members: [{ memberId: 'a', route: 'tekun' }],
    });
  });

  it('routes one who does not meet 特困 (aged 40, partial capacity) to 低保', () => {
    // A parsed household is frozen: the changed member goes in a copy (validated again).
    const p = household('1981-01-01', 'partial');
    const m = { ...p.members[0]!, disability: null, schooling: 'none' as const, tekun: false };
    const h = { ...p, members: [m] };
    expect(routePovertyAlleviated(h, std()).route).toBe('dibao');
  });
});
