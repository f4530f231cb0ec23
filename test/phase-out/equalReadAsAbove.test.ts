import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  assessPhaseOut,
  parseHousehold,
  renderMessage,
  resolveStandards,
  stepMessage,
} from '../../src/index';
import { FIXTURES, loadTable } from '../fixtures/load';

// Issue 20 item 13 (银川 2021 二(四) "超过"): income equal to the standard is read as above it — an
// interpretation, said in the trace where it decides (fixture phase-out-01: 2100 / 3 = 700 = 700).
function run(wage: number) {
  const fx = JSON.parse(
    readFileSync(join(FIXTURES, 'households', 'phase-out-01-first-day.json'), 'utf8'),
  );
  fx.household.incomes[0].amount = wage;
  const h = parseHousehold(fx.household);
  if (!h.ok) throw h.error;
  const std = resolveStandards(loadTable('bundled.json'), { region: '640100', on: fx.on });
  if (!std.ok) throw std.error;
  return assessPhaseOut(h.value, std.value);
}
const reading = (d: ReturnType<typeof run>) =>
  d.trace.filter((s) => s.values.interpretation === 'equal-read-as-above');

describe('渐退期 trigger at the standard: 超过 read as "not below", marked', () => {
  it('700 per person = 700: eligible 510.00, and one step marks the reading', () => {
    const d = run(2100);
    expect(d.amount?.total).toBe('510.00');
    expect(reading(d)).toHaveLength(1);
    expect(renderMessage(stepMessage(reading(d)[0]!), 'en')).toContain('an interpretation');
  });

  it('700.01 per person (2100.03): above, no interpretation step', () => {
    const d = run(2100.03);
    expect(d.outcome).toBe('eligible');
    expect(reading(d)).toEqual([]);
  });
});
