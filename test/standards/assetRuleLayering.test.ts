import { describe, expect, it } from 'vitest';
import { checkStandards } from '../../src/check-standards/index';
import {
  assessLowIncome,
  parseStandardsTable,
  provenanceOf,
  resolveStandards,
  type StandardsTableInput,
} from '../../src/index';
import { paramAt } from '../../src/standards/resolveStandards';

// Issue 20 item 1: `{ limits }` and `{ sameAsDibao }` of lowIncome.assets / tekun.assets are
// alternatives; a city's own limits replace the national `sameAsDibao` whole (特困人员认定办法
// 第七条; 最低生活保障审核确认办法 第八条第二款). Before the fix they were merged key by key and the
// merged `{ sameAsDibao, limits }` applied 低保's limits.
const source = { document: 'Doc', clause: '一', published: '2021-01-01' };
const round = { unit: '0.01' as const, mode: 'half-up' as const };

function table(city: StandardsTableInput['entries'][number]['params']) {
  const r = parseStandardsTable({
    id: 't',
    entries: [
      {
        id: 'nation',
        region: '100000',
        effective: { from: '2021-01-01' },
        source,
        params: {
          lowIncome: { assets: { sameAsDibao: true }, localHukouRequired: false },
          tekun: { assets: { sameAsDibao: true } },
        },
      },
      { id: 'city', region: '330100', effective: { from: '2021-01-01' }, source, params: city },
    ],
  });
  if (!r.ok) throw r.error;
  return r.value;
}

const cityParams = {
  dibao: {
    standard: { urban: { yuan: '1000' } },
    assets: { financialPerCapita: { yuan: '24000' } },
  },
  lowIncome: {
    line: { urban: { multiple: '1.5', of: 'dibao.standard.urban', round } },
    assets: { limits: { financialPerCapita: { yuan: '36000' } } },
  },
  tekun: { assets: { limits: { financialPerCapita: { yuan: '30000' } } } },
};

describe('asset rule alternatives replace whole when layering', () => {
  const t = table(cityParams);
  const r = resolveStandards(t, { region: '330100', on: '2021-08-01' });
  if (!r.ok) throw r.error;
  const std = r.value;

  it('the city’s own limits replace the national sameAsDibao (no merged rule)', () => {
    expect(paramAt(std, 'lowIncome.assets')).toEqual({
      limits: { financialPerCapita: { yuan: '36000' } },
    });
    expect(paramAt(std, 'tekun.assets')).toEqual({
      limits: { financialPerCapita: { yuan: '30000' } },
    });
    expect(provenanceOf(std, 'lowIncome.assets')?.entryId).toBe('city');
    // An unrelated key of the same object still layers key by key.
    expect(paramAt(std, 'lowIncome.localHukouRequired')).toBe(false);
  });

  it('a national limits rule is replaced whole by a city sameAsDibao', () => {
    const r2 = parseStandardsTable({
      id: 't2',
      entries: [
        {
          id: 'nation',
          region: '100000',
          effective: { from: '2021-01-01' },
          source,
          params: { tekun: { assets: { limits: { maxVehicles: 0 } } } },
        },
        {
          id: 'city',
          region: '330100',
          effective: { from: '2021-01-01' },
          source,
          params: { tekun: { assets: { sameAsDibao: true } } },
        },
      ],
    });
    if (!r2.ok) throw r2.error;
    const s = resolveStandards(r2.value, { region: '330100', on: '2021-08-01' });
    if (!s.ok) throw s.error;
    expect(paramAt(s.value, 'tekun.assets')).toEqual({ sameAsDibao: true });
  });

  it('低收入: 2 members, 72000 of savings = 36000 per member, equal to the city’s own limit → eligible', () => {
    // Per capita income 2400 / 2 = 1200: not below 低保 1000, below the line 1.5 × 1000 = 1500.
    // Own limit 36000 per member: 36000 ≤ 36000 within. (低保's 24000 would exclude it.)
    const d = assessLowIncome(
      {
        id: 'h',
        region: '330100',
        area: 'urban',
        members: [
          { id: 'a', livesWithHousehold: true, tekun: false },
          { id: 'b', livesWithHousehold: true, tekun: false },
        ],
        incomes: [{ memberId: 'a', type: 'wage', amount: '2400', period: 'month' }],
        assets: { financial: '72000' },
        status: { dibao: false },
      },
      std,
    );
    expect(d.outcome).toBe('eligible');
    const within = d.reasons.find((x) => x.code === 'assets_within_limit');
    expect(within).toMatchObject({
      threshold: '36000',
      actual: '36000',
      parameter: 'lowIncome.assets.limits.financialPerCapita',
    });
  });

  it('checkStandards flags the layered mix (a warning naming both entries)', () => {
    const f = checkStandards(t).filter((x) => x.code === 'asset_rule_mixed');
    expect(f.map((x) => [x.severity, x.path, x.entryId, x.values])).toEqual([
      [
        'warning',
        'lowIncome.assets',
        'city',
        { alternative: 'limits', replaces: 'sameAsDibao', replacedEntry: 'nation' },
      ],
      [
        'warning',
        'tekun.assets',
        'city',
        { alternative: 'limits', replaces: 'sameAsDibao', replacedEntry: 'nation' },
      ],
    ]);
  });
});
