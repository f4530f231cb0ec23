import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  explainAssessment,
  reasonMessage,
  renderDetermination,
  renderMessage,
  stepMessage,
} from '../../src/index';
import { forEachDetermination } from '../../src/render/recordTables';
import { assessedFixtures } from './support';

/**
 * A record as 0.2 stored it: each step's message as one object (`message: { id, args }`, no
 * `code`), each reason with a copy of its step's message instead of `step`.
 */
function as02(a: Assessment): unknown {
  const old = JSON.parse(JSON.stringify(a));
  const step = (s: { code: string; args?: unknown[] }) => {
    const { code, args, ...rest } = s;
    return { ...rest, message: { id: code, args: args ?? [] } };
  };
  forEachDetermination(old, (d) => {
    const trace = d.trace as unknown as { code: string; args?: unknown[] }[];
    d.reasons = d.reasons.map((r) => {
      if (!('step' in r) || r.step === undefined) return r;
      const { step: n, ...rest } = r;
      const s = trace[n - 1];
      return { ...rest, message: { id: s?.code, args: s?.args ?? [] } } as never;
    });
    d.trace = trace.map(step) as never;
  });
  for (const ref of Object.keys(old.incomes ?? {})) old.incomes[ref] = old.incomes[ref].map(step);
  return old;
}

describe('a record stored by 0.2 (steps and reasons with `message`) renders as before', () => {
  const fixtures = assessedFixtures();

  it('stepMessage and reasonMessage read the 0.2 forms', () => {
    const { a } = fixtures.find(({ fx }) => fx.file.startsWith('dibao-02')) ?? {};
    if (a === undefined) throw new Error('fixture dibao-02 missing');
    const old = as02(a) as Assessment;
    const d = old.determinations.dibao;
    const now = a.determinations.dibao;
    if (d === undefined || now === undefined) throw new Error('no 低保 determination');
    expect(d.trace[2]).not.toHaveProperty('code');
    expect(renderMessage(stepMessage(d.trace[2]!), 'zh-CN')).toBe(
      '家庭人均收入 631.33 元低于低保标准 940.00 元，差 308.67 元，符合收入条件',
    );
    expect(renderMessage(reasonMessage(d.reasons[0]!), 'en')).toBe(
      renderMessage(reasonMessage(now.reasons[0]!, now.trace), 'en'),
    );
  });

  it('explain and renderDetermination give the same text for every fixture, both locales', () => {
    for (const { a } of fixtures) {
      const old = as02(a) as Assessment;
      for (const locale of ['zh-CN', 'en'] as const) {
        expect(explainAssessment(old, { locale, verbose: true })).toBe(
          explainAssessment(a, { locale, verbose: true }),
        );
        expect(renderDetermination(old.determinations.dibao!, { locale }).trace).toEqual(
          renderDetermination(a.determinations.dibao!, { locale }).trace,
        );
      }
    }
  });
});
