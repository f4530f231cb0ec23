import { describe, expect, it } from 'vitest';
import {
  assessDibao,
  assessLowIncome,
  assessTemporaryAid,
  evaluateFigure,
  type HouseholdInput,
  type StandardsTableInput,
} from '../../src/index';
import { exactValue } from '../../src/standards/evaluateFigure';
import { oneEntryStandards } from '../support/standards';
import { fire, medical, household as taHousehold } from '../temporary-aid/scenario';

// Issue 20 item 13: a derived line (低收入 line = 1.5 × the 低保 standard; a means-test line; a band
// edge) is compared at its exact multiple. The table's rounding is for what is paid or shown: a
// line rounded up to the yuan (1.5 × 633 = 949.5 → 950) must not let an income of 949.70 count as
// "below" it. Each case sits between the exact and the rounded line, where the two readings differ.
type Params = StandardsTableInput['entries'][number]['params'];
const upToYuan = { unit: '1' as const, mode: 'up' as const };
const dibao = {
  standard: { urban: { yuan: '633' }, rural: { yuan: '633' } },
  payment: { method: 'gap' as const },
  rounding: { unit: '0.01' as const, mode: 'half-up' as const },
  assets: 'not-tested' as const,
};

function person(wage: string): HouseholdInput {
  return {
    id: 'h',
    region: '320400',
    area: 'rural',
    localHukou: true,
    members: [{ id: 'a', livesWithHousehold: true, tekun: false }],
    incomes: [{ memberId: 'a', type: 'wage', amount: wage, period: 'month' }],
    status: { dibao: false },
  };
}

describe('derived lines are compared at their exact multiple (issue 20 item 13)', () => {
  const lowIncome = oneEntryStandards({
    dibao,
    lowIncome: {
      line: { rural: { multiple: '1.5', of: 'dibao.standard.rural', round: upToYuan } },
      assets: { sameAsDibao: true },
      localHukouRequired: true,
    },
  } as Params);

  it('exactValue: 1.5 × 633 is 949.5 although the line is shown rounded up to 950', () => {
    const f = evaluateFigure(lowIncome, 'lowIncome.line.rural');
    if ('missing' in f) throw new Error(f.missing);
    expect(f.value.toString()).toBe('950');
    expect(exactValue(f).toString()).toBe('949.5');
  });

  it('exactValue takes a derived base as it is in force: 2 × (1.3 × 633 → 823) is 1646, not 1645.8', () => {
    const std = oneEntryStandards({
      dibao,
      tekun: { basic: { rural: { multiple: '1.3', of: 'dibao.standard.rural', round: upToYuan } } },
      lowIncome: {
        line: { rural: { multiple: '2', of: 'tekun.basic.rural', round: upToYuan } },
      },
    } as Params);
    const f = evaluateFigure(std, 'lowIncome.line.rural');
    if ('missing' in f) throw new Error(f.missing);
    expect(exactValue(f).toString()).toBe('1646');
  });

  it('低收入: 949.70 is between the exact line 949.5 and the rounded 950 → not below: ineligible', () => {
    const d = assessLowIncome(person('949.70'), lowIncome);
    expect(d.outcome).toBe('ineligible');
    const r = d.reasons.find((x) => x.code === 'income_not_below_threshold');
    expect(r).toMatchObject({ threshold: '949.5', actual: '949.7', gap: '0.2' });
    // The line the table states (rounded) is still shown; the compared line beside it.
    expect(d.values.lowIncomeLine).toBe('950');
    expect(d.values.lowIncomeLineExact).toBe('949.5');
  });

  it('低收入: 949.49 is below the exact line → eligible', () => {
    const d = assessLowIncome(person('949.49'), lowIncome);
    expect(d.outcome).toBe('eligible');
    const r = d.reasons.find((x) => x.code === 'income_below_threshold');
    expect(r).toMatchObject({ threshold: '949.5', gap: '0.01' });
  });

  it('临时救助 means test: line 1.25 × 561 = 701.25 (shown 702); 701.50 per person is not below it', () => {
    const ta = (wages: number) =>
      assessTemporaryAid(
        taHousehold({ incomes: [{ memberId: 'a', type: 'wage', amount: wages, period: 'month' }] }),
        oneEntryStandards(
          {
            dibao: { standard: { urban: { yuan: '700' }, rural: { yuan: '561' } } },
            temporaryAid: {
              kinds: ['emergency'],
              base: 'dibao.standard.urban',
              floors: { emergency: { multiple: '2' } },
              rounding: { unit: '0.01', mode: 'up' },
              hardshipTest: {
                kinds: ['emergency'],
                income: {
                  perCapitaBelow: { multiple: '1.25', of: 'dibao.standard.rural', round: upToYuan },
                },
                assets: 'not-tested',
              },
            },
          } as Params,
          { region: '640100', on: '2021-09-01' },
        ),
        fire,
      );
    // 1403 for 2 members = 701.50 per person: rounded line 702 would pass it.
    const above = ta(1403);
    expect(above.outcome).toBe('ineligible');
    expect(above.reasons.find((r) => r.code === 'hardship_income_not_below_line')).toMatchObject({
      threshold: '701.25',
      actual: '701.5',
    });
    expect(above.values.hardshipIncomeLine).toBe('701.25');
    // 1402 → 701.00 per person: below the exact line → eligible, 2 × 700 × 2 = 2800.
    const below = ta(1402);
    expect(below.outcome).toBe('eligible');
    expect(below.amount?.total).toBe('2800.00');
  });

  it('支出型 income test: line 1.25 × 561 = 701.25 (shown 702); 701.50 per person is not below it', () => {
    const ta = (wages: number) =>
      assessTemporaryAid(
        taHousehold({ incomes: [{ memberId: 'a', type: 'wage', amount: wages, period: 'month' }] }),
        oneEntryStandards(
          {
            dibao: { standard: { urban: { yuan: '700' }, rural: { yuan: '561' } } },
            temporaryAid: {
              kinds: ['expenditure'],
              base: 'dibao.standard.urban',
              floors: { expenditure: { multiple: '3' } },
              rounding: { unit: '0.01', mode: 'up' },
              hardshipTest: 'not-tested',
              expenditureIncomeTest: {
                perCapitaBelow: { multiple: '1.25', of: 'dibao.standard.rural', round: upToYuan },
              },
            },
          } as Params,
          { region: '640100', on: '2021-09-01' },
        ),
        medical,
      );
    const above = ta(1403);
    expect(above.outcome).toBe('ineligible');
    expect(
      above.reasons.find((r) => r.code === 'expenditure_income_not_below_threshold'),
    ).toMatchObject({ threshold: '701.25', actual: '701.5' });
    expect(ta(1402).amount?.total).toBe('4200.00');
  });

  it('分档: a band edge 0.5 × 633 = 316.5 (shown 317) does not take 316.80', () => {
    const std = oneEntryStandards({
      dibao: {
        ...dibao,
        payment: {
          method: 'bands',
          bands: [
            {
              below: { multiple: '0.5', of: 'dibao.standard.@area', round: upToYuan },
              perPerson: { yuan: '400' },
            },
            { below: { yuan: '633' }, perPerson: { yuan: '200' } },
          ],
        },
      },
    } as Params);
    expect(assessDibao(person('316.80'), std).amount?.total).toBe('200.00');
    expect(assessDibao(person('316.49'), std).amount?.total).toBe('400.00');
  });
});
