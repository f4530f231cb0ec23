import { describe, expect, it } from 'vitest';
import { type HouseholdInput, parseHousehold } from '../../src/index';
import {
  grantApplies,
  inAnyGroup,
  inGroup,
  itemProvenance,
} from '../../src/special-aid/recipient-groups';
import { inlineStandards } from './helpers';

const h = (over: Partial<HouseholdInput> = {}, member: Record<string, unknown> = {}) => {
  const r = parseHousehold({
    id: 'h',
    region: '320400',
    area: 'rural',
    members: [{ id: 'a', ...member }],
    incomes: [],
    ...over,
  });
  if (!r.ok) throw r.error;
  return r.value;
};
const first = (x: ReturnType<typeof h>) => x.members[0] as (typeof x.members)[number];

describe('recipient groups', () => {
  it('a member stated to be a 低保 recipient is one whatever the household status', () => {
    const x = h({ status: { dibao: false } }, { dibaoRecipient: true });
    expect(inGroup('dibao', x, first(x), 0)).toEqual({ holds: true, missing: [] });
    const y = h({ status: { dibao: true } }, { dibaoRecipient: false });
    expect(inGroup('dibao', y, first(y), 0)).toEqual({ holds: false, missing: [] });
  });

  it('a member of a 低保 household is covered when co-resident, unknown when that is not stated', () => {
    const lives = h({ status: { dibao: true } }, { livesWithHousehold: true });
    expect(inGroup('dibao', lives, first(lives), 0)).toEqual({ holds: true, missing: [] });
    const away = h({ status: { dibao: true } }, { livesWithHousehold: false });
    expect(inGroup('dibao', away, first(away), 0)).toEqual({ holds: false, missing: [] });
    const unstated = h({ status: { dibao: true } });
    expect(inGroup('dibao', unstated, first(unstated), 0)).toEqual({
      holds: undefined,
      missing: ['members[0].livesWithHousehold'],
    });
    const notDibao = h({ status: { dibao: false } });
    expect(inGroup('dibao', notDibao, first(notDibao), 0)).toEqual({ holds: false, missing: [] });
    const neither = h();
    expect(inGroup('dibao', neither, first(neither), 0)).toEqual({
      holds: undefined,
      missing: ['status.dibao', 'members[0].livesWithHousehold'],
    });
  });

  it('脱贫 is read from the household status, unknown when not stated', () => {
    const yes = h({ status: { povertyAlleviated: true } });
    expect(inGroup('poverty-alleviated', yes, first(yes), 0).holds).toBe(true);
    const unknown = h();
    expect(inGroup('poverty-alleviated', unknown, first(unknown), 0)).toEqual({
      holds: undefined,
      missing: ['status.povertyAlleviated'],
    });
  });

  it('any of several groups: the missing facts of each unknown group, once each', () => {
    const x = h({}, { tekun: undefined });
    expect(inAnyGroup(['tekun', 'dispersed-tekun', 'low-income'], x, first(x), 0)).toEqual({
      holds: undefined,
      missing: ['members[0].tekun', 'status.lowIncome'],
    });
  });
});

describe('grantApplies', () => {
  const grant = {
    id: 'g',
    groups: ['dibao' as const],
    area: 'rural' as const,
    from: '2021-01-01',
    to: '2021-12-31',
  };

  it('applies on its first and last day only', () => {
    const x = h({ status: { dibao: true } }, { livesWithHousehold: true });
    expect(grantApplies(grant, x, first(x), 0, '2021-01-01').holds).toBe(true);
    expect(grantApplies(grant, x, first(x), 0, '2021-12-31').holds).toBe(true);
    expect(grantApplies(grant, x, first(x), 0, '2020-12-31')).toEqual({
      holds: false,
      missing: [],
    });
    expect(grantApplies(grant, x, first(x), 0, '2022-01-01')).toEqual({
      holds: false,
      missing: [],
    });
  });

  it('an area grant needs the area when the group holds; not when the group is known not to', () => {
    const unknownArea = h(
      { area: undefined, status: { dibao: true } },
      { livesWithHousehold: true },
    );
    expect(grantApplies(grant, unknownArea, first(unknownArea), 0, '2021-06-01')).toEqual({
      holds: undefined,
      missing: ['area'],
    });
    const notDibao = h({ area: undefined, status: { dibao: false } });
    expect(grantApplies(grant, notDibao, first(notDibao), 0, '2021-06-01').holds).toBe(false);
    const urban = h({ area: 'urban', status: { dibao: true } }, { livesWithHousehold: true });
    expect(grantApplies(grant, urban, first(urban), 0, '2021-06-01').holds).toBe(false);
  });
});

describe('itemProvenance', () => {
  const entrySource = { document: 'Entry doc', clause: '一', published: '2021-01-01' };
  const std = inlineStandards(
    {
      id: 't',
      entries: [
        {
          id: 'e',
          region: '320400',
          effective: { from: '2021-01-01' },
          source: entrySource,
          params: { dibao: { rounding: { unit: '0.01', mode: 'half-up' } } },
        },
      ],
    },
    '320400',
    '2021-06-01',
  );
  const own = { document: 'Item doc', clause: '二', published: '2021-02-01' };

  it('an item’s illustrative note wins, keeping its source too', () => {
    expect(itemProvenance(std, 'dibao.rounding', { illustrative: 'note', source: own })).toEqual({
      kind: 'illustrative',
      entryId: 'e',
      note: 'note',
      source: own,
    });
  });

  it('an item’s own source, else the entry’s', () => {
    expect(itemProvenance(std, 'dibao.rounding', { source: own })).toEqual({
      kind: 'published',
      entryId: 'e',
      source: own,
    });
    expect(itemProvenance(std, 'dibao.rounding', {})).toMatchObject({
      kind: 'published',
      entryId: 'e',
      source: entrySource,
    });
  });

  it('an item at a path no entry set is named (item)', () => {
    expect(itemProvenance(std, 'nowhere.at.all', { illustrative: 'n' })).toEqual({
      kind: 'illustrative',
      entryId: '(item)',
      note: 'n',
    });
    expect(itemProvenance(std, 'nowhere.at.all', {})).toBeUndefined();
  });
});
