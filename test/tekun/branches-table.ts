import {
  type HouseholdInput,
  parseStandardsTable,
  resolveStandards,
  type StandardsTableInput,
} from '../../src/index';

/** Shared table and household of the 特困 branch tests. */
// Standards on 2021-08-01: rural 低保 standard 500, 特困 basic (rural) 650, care by assessed level
// (self-care 0, full 300), previous year's per-capita disposable income 50000 yuan.
// 第八条 conditions as in the national entry: 特困 himself; 低保 recipient ≥ 60; ≥ 70 with income
// below the statistic and property within 低收入 rules; grade 1–2 (or intellectual/mental 3) with
// low income and property; a barrier with property.
const source = { document: 'Doc', clause: '一', published: '2021-01-01' };
export type Params = StandardsTableInput['entries'][number]['params'];
export type Tekun = NonNullable<Params['tekun']>;

const label = { 'zh-CN': '档', en: 'level' };
export const tekun: Tekun = {
  noLabourCapacity: {
    conditions: [
      { kind: 'age-at-least', years: 60 },
      { kind: 'age-below', years: 18 },
      { kind: 'disability', categories: ['physical'], grades: [1, 2] },
    ],
    continuedInSchool: ['compulsory', 'high-school', 'vocational'],
  },
  supporterUnable: [
    { kind: 'tekun' },
    { kind: 'dibao-elderly', ageAtLeast: 60 },
    { kind: 'elderly-low-income', ageAtLeast: 70 },
    {
      kind: 'disabled-low-income',
      disabilities: [{ grades: [1, 2] }, { categories: ['intellectual', 'mental'], grades: [3] }],
    },
    { kind: 'barrier' },
  ],
  assets: { sameAsDibao: true },
  basic: { rural: { yuan: '650' }, urban: { yuan: '780' } },
  care: {
    scale: 'assessed',
    levels: [
      { id: 'self-care', label, amount: { yuan: '0' } },
      { id: 'full', label, amount: { yuan: '300' } },
    ],
  },
};
export const base: Params = {
  // 特困 property follows 低保's (sameAsDibao), which states that no limit is tested.
  dibao: { standard: { urban: { yuan: '600' }, rural: { yuan: '500' } }, assets: 'not-tested' },
  statistics: { disposableIncomePerCapitaLastYear: '50000' },
  tekun,
};

export function std(params: Params = base) {
  const t = parseStandardsTable({
    id: 't',
    entries: [{ id: 'e', region: '320400', effective: { from: '2021-01-01' }, source, params }],
  });
  if (!t.ok) throw t.error;
  const r = resolveStandards(t.value, { region: '320400', on: '2021-08-01' });
  if (!r.ok) throw r.error;
  return r.value;
}

export type MemberInput = HouseholdInput['members'][number];
/** An able supporter: aged 40, not 特困, not 低保, no disability, no barrier, property within rules. */
export const able: MemberInput = {
  id: 's',
  livesWithHousehold: false,
  birthDate: '1981-01-01',
  tekun: false,
  dibaoRecipient: false,
  disability: null,
  supportBarrier: null,
  propertyWithinLowIncomeRules: true,
};

/** Member a: aged 75, rural, no income, careLevel self-care; supporters given by `supporters`. */
export function household(
  supporters: MemberInput[],
  incomes: HouseholdInput['incomes'] = [],
  over: Partial<MemberInput> = {},
): HouseholdInput {
  return {
    id: 'h',
    region: '320400',
    area: 'rural',
    members: [
      {
        id: 'a',
        livesWithHousehold: true,
        birthDate: '1946-01-01',
        careLevel: 'self-care',
        supporterIds: supporters.map((s) => s.id),
        ...over,
      },
      ...supporters,
    ],
    incomes,
  };
}
