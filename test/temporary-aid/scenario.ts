import type { HardshipEventInput, HouseholdInput } from '../../src/index';

/**
 * The household and events the temporary-aid unit tests share: two co-resident members of a rural
 * 银川 household with 1000 a month of wages; a fire (急难型) and a medical expenditure (支出型)
 * that happened in 640104.
 */
export function household(over: Partial<HouseholdInput> = {}): HouseholdInput {
  return {
    id: 'h',
    region: '640100',
    area: 'rural',
    localHukou: true,
    members: [
      { id: 'a', livesWithHousehold: true },
      { id: 'b', livesWithHousehold: true },
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: 1000, period: 'month' }],
    expenditures: [],
    ...over,
  };
}

export const fire: HardshipEventInput = {
  kind: 'emergency',
  recipient: 'household',
  cause: 'fire',
  date: '2021-08-20',
  region: '640104',
  affectedMemberIds: ['a'],
};

export const medical: HardshipEventInput = {
  ...fire,
  kind: 'expenditure',
  cause: 'medical-expenditure',
};

/** The urban (700) and rural (560) 低保 standards the floors are multiples of. */
export const dibao = { standard: { urban: { yuan: '700' }, rural: { yuan: '560' } } };
