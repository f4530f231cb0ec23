import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assessDibao,
  parseHousehold,
  reasonMessage,
  recordTables,
  renderMessage,
  resolveCitations,
  resolveStandards,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

/** The worked example of the README's "Use" section, with the values it shows. */
describe('README: Use', () => {
  it('gives the values the example shows', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const std = resolveStandards(loadTable('bundled.json'), { region: '320412', on: '2021-08-01' });
    if (!std.ok) throw std.error;
    const household = parseHousehold({
      id: 'h-001',
      region: '320412',
      area: 'urban',
      members: [
        { id: 'a', livesWithHousehold: true },
        { id: 'b', livesWithHousehold: true },
        { id: 'c', livesWithHousehold: true },
      ],
      incomes: [
        { memberId: 'a', type: 'wage', amount: 1894, period: 'month' },
        { memberId: 'b', type: 'basic-pension', amount: '1200', period: 'year' },
      ],
    });
    if (!household.ok) throw household.error;
    const d = assessDibao(household.value, std.value);
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('926.00');
    expect(d.values.perCapitaIncome).toBe('631.33');
    const reason = d.reasons[0];
    if (reason === undefined || !('threshold' in reason)) throw new Error('no comparison reason');
    expect(reason.step).toBe(8);
    expect(d.trace[7]?.code).toBe('dibao.incomeBelow');
    expect(JSON.parse(JSON.stringify(d.trace[7]?.args))).toEqual(['631.33', '940.00', '308.67']);
    const text = renderMessage(reasonMessage(reason, d.trace), 'zh-CN');
    expect(text).toBe('家庭人均收入 631.33 元低于低保标准 940.00 元，差 308.67 元，符合收入条件');
    expect(resolveCitations(recordTables(d, std.value), 'dibao.eligibility.income')).toEqual([
      { document: '社会救助暂行办法', number: '国务院令第649号', clause: '第九条' },
    ]);
    // The README shows these very lines.
    expect(readme).toContain('d.reasons[0].step         // 8:');
    expect(readme).toContain(
      "d.trace[7].code           // 'dibao.incomeBelow' (its args: ['631.33', '940.00', '308.67'])",
    );
    expect(readme).toContain(`// '${text}'`);
  });
});
