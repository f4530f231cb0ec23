import { describe, expect, it } from 'vitest';
import { checkStandards } from '../../src/check-standards/index';
import {
  assessTemporaryAid,
  type HardshipEventInput,
  type HouseholdInput,
  parseStandardsTable,
  reasonMessage,
  renderMessages,
  resolveStandards,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

// local-rules.json, 341723: base = urban standard 800; 急难型 2–3 ×, 支出型 3–10 ×, individual
// 1.5–3 ×; rounding up to the yuan. Two co-resident members.
const std = (() => {
  const r = resolveStandards(loadTable('local-rules.json'), { region: '341723', on: '2021-09-01' });
  if (!r.ok) throw r.error;
  return r.value;
})();

const household: HouseholdInput = {
  id: 'h',
  region: '341723',
  area: 'rural',
  localHukou: true,
  members: [
    { id: 'a', livesWithHousehold: true },
    { id: 'b', livesWithHousehold: true },
  ],
  incomes: [],
};

function event(over: Partial<HardshipEventInput>): HardshipEventInput {
  return {
    kind: 'emergency',
    recipient: 'household',
    cause: 'fire',
    date: '2021-08-20',
    region: '341723',
    affectedMemberIds: ['a'],
    ...over,
  };
}

const codes = (d: { reasons: { code: string }[] }) => d.reasons.map((r) => r.code);

describe('temporary aid by ranges of multiples (temporaryAid.ranges)', () => {
  // 急难型: 3200 to 4800 for two persons.
  const cases: [string, string, string | null, string | null][] = [
    ['3199.99', 'eligible', '3200.00', 'amount_raised_to_range_min'],
    ['3200', 'eligible', '3200.00', null],
    ['4800', 'eligible', '4800.00', null],
    ['4800.01', 'undetermined', null, 'amount_above_range_max'],
  ];
  for (const [proposed, outcome, amount, code] of cases) {
    it(`急难型, proposed ${proposed} → ${outcome} ${amount ?? ''}`, () => {
      const d = assessTemporaryAid(household, std, event({ proposedAmount: proposed }));
      expect(d.outcome).toBe(outcome);
      expect(d.amount?.total ?? null).toBe(amount);
      expect(d.values).toMatchObject({ rangeMin: '3200', rangeMax: '4800', base: '800' });
      if (code) expect(codes(d)).toContain(code);
    });
  }

  it('pays within the range with one line above the minimum', () => {
    const d = assessTemporaryAid(household, std, event({ proposedAmount: '4000.50' }));
    expect(d.amount?.breakdown.map((l) => [l.code, l.memberId, l.amount])).toEqual([
      ['range-min', 'a', '1600'],
      ['range-min', 'b', '1600'],
      ['above-min', undefined, '800.5'],
    ]);
  });

  it('without a proposed amount the amount is a missing fact', () => {
    const d = assessTemporaryAid(household, std, event({}));
    expect(d.outcome).toBe('undetermined');
    expect(d.reasons).toContainEqual(
      expect.objectContaining({ code: 'missing_fact', paths: ['event.proposedAmount'] }),
    );
  });

  it('above the maximum, an approved 一事一议 amount is paid and flagged; one below the minimum is raised', () => {
    const above = assessTemporaryAid(
      household,
      std,
      event({
        proposedAmount: '6000',
        caseByCase: { approvedAmount: '6000', approvalReference: 'QY-2021-7' },
      }),
    );
    expect(above.outcome).toBe('eligible');
    expect(above.amount?.total).toBe('6000.00');
    expect(codes(above)).toContain('approved_above_range_max');
    const below = assessTemporaryAid(
      household,
      std,
      event({ caseByCase: { approvedAmount: '1000', approvalReference: 'QY-2021-8' } }),
    );
    expect(below.amount?.total).toBe('3200.00');
    expect(codes(below)).toContain('amount_raised_to_range_min');
    const pending = assessTemporaryAid(household, std, event({ caseByCase: {} }));
    expect(pending.outcome).toBe('undetermined');
    expect(codes(pending)).toContain('case_by_case_pending');
  });

  it('uses the 支出型 and individual ranges (3 × 800 × 2 = 4800; 1.5 × 800 × 1 = 1200)', () => {
    const exp = assessTemporaryAid(
      household,
      std,
      event({ kind: 'expenditure', cause: 'medical-expenditure', proposedAmount: '16000.01' }),
    );
    expect(exp.values).toMatchObject({ rangeMin: '4800', rangeMax: '16000' });
    expect(exp.outcome).toBe('undetermined');
    const ind = assessTemporaryAid(
      household,
      std,
      event({ recipient: 'individual', memberIds: ['b'], proposedAmount: '100' }),
    );
    expect(ind.amount?.total).toBe('1200.00');
  });

  it('rounds a raised minimum by the table rule (2.5 × 633 = 1582.5 → 1583)', () => {
    const t = parseStandardsTable({
      id: 't',
      entries: [
        {
          id: 'c',
          region: '341723',
          effective: { from: '2021-01-01' },
          illustrative: 'test',
          params: {
            dibao: { standard: { urban: { yuan: '633' } } },
            temporaryAid: {
              kinds: ['emergency'],
              base: 'dibao.standard.urban',
              ranges: { individual: { min: '2.5', max: '4' } },
              rounding: { unit: '1', mode: 'up' },
              hardshipTest: 'not-tested',
            },
          },
        },
      ],
    });
    if (!t.ok) throw t.error;
    const r = resolveStandards(t.value, { region: '341723', on: '2021-09-01' });
    if (!r.ok) throw r.error;
    const d = assessTemporaryAid(
      household,
      r.value,
      event({ recipient: 'individual', memberIds: ['a'], proposedAmount: '0' }),
    );
    expect(d.amount?.total).toBe('1583.00');
    expect(d.amount?.breakdown.map((l) => l.amount)).toEqual(['1582.5', '0.5']);
  });

  it('renders each new reason in both locales', () => {
    const ds = [
      assessTemporaryAid(household, std, event({ proposedAmount: '1' })),
      assessTemporaryAid(household, std, event({ proposedAmount: '9999' })),
      assessTemporaryAid(
        household,
        std,
        event({ caseByCase: { approvedAmount: '9999', approvalReference: 'R' } }),
      ),
    ];
    const seen = new Set<string>();
    for (const d of ds)
      for (const r of d.reasons) {
        if (r.code === 'missing_fact' || r.code === 'missing_parameter') continue;
        seen.add(r.code);
        const text = renderMessages(reasonMessage(r, d.trace));
        expect(text['zh-CN']).not.toMatch(/undefined|\[object/);
        expect(text.en).not.toMatch(/undefined|\[object/);
      }
    expect([...seen]).toEqual(
      expect.arrayContaining([
        'amount_raised_to_range_min',
        'amount_above_range_max',
        'approved_above_range_max',
      ]),
    );
    const above = ds[1]?.reasons.find((r) => r.code === 'amount_above_range_max');
    expect(renderMessages(reasonMessage(above!, ds[1]?.trace))['zh-CN']).toBe(
      '拟救助金额 9999.00 元超过上限 4800.00 元，须经“一事一议”或特别审批，尚无核定金额',
    );
  });

  it('checkStandards finds a range whose minimum is above its maximum; a range is given whole', () => {
    const src = { document: 'd', clause: '一', published: '2021-01-01' };
    const t = parseStandardsTable({
      id: 't',
      entries: [
        {
          id: 'city',
          region: '341700',
          effective: { from: '2021-01-01' },
          source: src,
          params: { temporaryAid: { ranges: { emergency: { min: '2', max: '3' } } } },
        },
        {
          id: 'county',
          region: '341723',
          effective: { from: '2021-01-01' },
          source: src,
          params: { temporaryAid: { ranges: { emergency: { min: '4' } } } },
        },
      ],
    });
    // A range given whole in the schema: a county overriding one end must restate the other.
    expect(t.ok).toBe(false);
    const whole = parseStandardsTable({
      id: 't',
      entries: [
        {
          id: 'county',
          region: '341723',
          effective: { from: '2021-01-01' },
          source: src,
          params: { temporaryAid: { ranges: { emergency: { min: '4', max: '3' } } } },
        },
      ],
    });
    if (!whole.ok) throw whole.error;
    const f = checkStandards(whole.value);
    expect(f.map((x) => [x.code, x.severity, x.path, x.values])).toEqual([
      ['range_min_above_max', 'error', 'temporaryAid.ranges.emergency', { min: '4', max: '3' }],
    ]);
  });
});
