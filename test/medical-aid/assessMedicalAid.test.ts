import { describe, expect, it } from 'vitest';
import { assessMedicalAid, InputError, type MedicalBillInput } from '../../src/index';
import { household, inlineStandards, yangjiang } from '../special-aid/helpers';

const ruralDibao = (birthDate: string, extra: Record<string, unknown> = {}) =>
  household({
    id: 'h',
    region: '441702',
    area: 'rural',
    status: { dibao: true },
    members: [
      {
        id: 'a',
        birthDate,
        livesWithHousehold: true,
        disability: null,
        seriousIllness: false,
        registeredPoor: false,
        ...extra,
      },
    ],
    incomes: [],
  });
const bill = (over: Partial<MedicalBillInput> = {}): MedicalBillInput => ({
  memberId: 'a',
  date: '2017-06-01',
  kind: 'inpatient',
  totalCost: 20000,
  outOfPocket: 10000,
  yearToDateAid: 0,
  ...over,
});

describe('assessMedicalAid (R9, 阳府办〔2017〕8号 二(一)四)', () => {
  it.each([
    ['1957-06-01', '9000.00', 'exactly 60: elderly, +10 points'],
    ['1957-06-02', '8000.00', 'one day short of 60: no uplift'],
    ['1999-06-02', '9000.00', '17: minor, +10 points'],
    ['1999-06-01', '8000.00', 'exactly 18: no longer a minor'],
  ])('born %s → %s (%s)', (birthDate, total) => {
    const d = assessMedicalAid(ruralDibao(birthDate), yangjiang(), bill());
    expect(d.amount?.total).toBe(total);
  });

  it('seriously ill: +10 points', () => {
    const d = assessMedicalAid(
      ruralDibao('1977-01-01', { seriousIllness: true }),
      yangjiang(),
      bill(),
    );
    expect(d.values.ratio).toBe('0.9');
  });

  it('grade-3 disability is not 重残: no uplift', () => {
    const h = ruralDibao('1977-01-01', { disability: { category: 'physical', grade: 3 } });
    expect(assessMedicalAid(h, yangjiang(), bill()).values.ratio).toBe('0.8');
  });

  it('a bill that uses the cap exactly: 42 000 paid, 8 000 due, 8 000 left', () => {
    const d = assessMedicalAid(
      ruralDibao('1977-01-01'),
      yangjiang(),
      bill({ yearToDateAid: 42000 }),
    );
    expect(d.amount?.total).toBe('8000.00');
    expect(d.values.remainingCap).toBe('8000');
    expect(d.amount?.breakdown.map((l) => l.code)).toEqual(['aid']);
  });

  it('rounds once at the end and shows the rounding line', () => {
    const d = assessMedicalAid(
      ruralDibao('1977-01-01'),
      yangjiang(),
      bill({ outOfPocket: '10000.01' }),
    );
    // 10 000.01 × 0.8 = 8 000.008 → 8 000.01
    expect(d.values.rawAid).toBe('8000.008');
    expect(d.amount?.total).toBe('8000.01');
    expect(d.amount?.breakdown.find((l) => l.code === 'rounding')?.amount).toBe('0.002');
  });

  it('needs the aid paid this year when the group has a cap', () => {
    const b = bill();
    delete b.yearToDateAid;
    const d = assessMedicalAid(ruralDibao('1977-01-01'), yangjiang(), b);
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'bill.yearToDateAid',
    ]);
  });

  it('an unknown group with a higher ratio makes the result undetermined', () => {
    // 低保 status unknown (rural-dibao 0.8), but known low-income (0.5).
    const h = household({
      id: 'h',
      region: '441702',
      area: 'rural',
      status: { lowIncome: true },
      members: [
        {
          id: 'a',
          livesWithHousehold: true,
          birthDate: '1977-01-01',
          disability: null,
          seriousIllness: false,
          registeredPoor: false,
        },
      ],
      incomes: [],
    });
    const d = assessMedicalAid(h, yangjiang(), bill({ outOfPocket: 5000 }));
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []))).toEqual([
      'status.dibao',
    ]);
  });

  it('a 因病致贫 household within its capacity gets nothing', () => {
    const h = household({
      id: 'h',
      region: '441702',
      area: 'rural',
      status: { dibao: false, lowIncome: false },
      members: [{ id: 'a', livesWithHousehold: true, registeredPoor: false }],
      incomes: [{ memberId: 'a', type: 'wage', amount: 3000, period: 'month' }],
    });
    // capacity 0.4 × 36 000 = 14 400; 4 400 + 10 000 = 14 400 is not above it.
    const d = assessMedicalAid(h, yangjiang(), bill({ yearToDateOutOfPocket: 4400 }));
    expect(d.outcome).toBe('ineligible');
    expect(d.reasons.map((r) => r.code)).toContain('out_of_pocket_within_capacity');
  });

  it('without medical-aid parameters the result is undetermined', () => {
    const std = inlineStandards(
      {
        id: 't',
        entries: [
          {
            id: 'e',
            region: '441700',
            effective: { from: '2017-01-01' },
            illustrative: 'test',
            params: {},
          },
        ],
      },
      '441702',
      '2017-06-01',
    );
    const d = assessMedicalAid(ruralDibao('1977-01-01'), std, bill());
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons.map((r) => r.code)).toEqual(['missing_parameter']);
  });

  it('rejects a bill for an unknown member, a negative cost, or more out of pocket than in total', () => {
    const h = ruralDibao('1977-01-01');
    expect(() => assessMedicalAid(h, yangjiang(), bill({ memberId: 'zz' }))).toThrow(InputError);
    expect(() => assessMedicalAid(h, yangjiang(), bill({ outOfPocket: -1 }))).toThrow(InputError);
    expect(() => assessMedicalAid(h, yangjiang(), bill({ totalCost: 9999.99 }))).toThrow(
      'the out-of-pocket cost exceeds the total cost',
    );
  });
});
