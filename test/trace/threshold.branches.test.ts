import { describe, expect, it } from 'vitest';
import { Rational, Recorder } from '../../src/index';
import { type ThresholdTest, testThreshold } from '../../src/trace/threshold';

const rule = { id: 'test.rule', citations: [] };
const r = (s: string) => Rational.parse(s) as Rational;

function run(test: ThresholdTest['test'], actual: string, threshold: string, extra = {}) {
  const rec = new Recorder();
  const holds = testThreshold(rec, rule, {
    subject: 'x',
    test,
    actual: r(actual),
    threshold: r(threshold),
    unit: 'yuan',
    codes: ['assets_within_limit', 'assets_exceed_limit'],
    message: (h, gap) => ({ id: 'test.threshold', args: [h, gap.toString()] }),
    ...extra,
  });
  return { holds, rec, reason: rec.reasons[0] };
}

describe('testThreshold: each test at, below and above the threshold', () => {
  // threshold 10; actual 9.99, 10, 10.01
  const cases: [ThresholdTest['test'], boolean, boolean, boolean][] = [
    ['<', true, false, false],
    ['<=', true, true, false],
    ['>=', false, true, true],
    ['>', false, false, true],
  ];
  for (const [test, below, equal, above] of cases)
    it(`'${test}': 9.99 → ${below}, 10 → ${equal}, 10.01 → ${above}`, () => {
      expect(run(test, '9.99', '10').holds).toBe(below);
      expect(run(test, '10', '10').holds).toBe(equal);
      expect(run(test, '10.01', '10').holds).toBe(above);
    });

  it('the reason carries the code, effect, test and the absolute gap', () => {
    expect(run('>=', '9.99', '10').reason).toMatchObject({
      code: 'assets_exceed_limit',
      effect: 'disqualifies',
      test: '>=',
      threshold: '10',
      actual: '9.99',
      gap: '0.01',
      message: { id: 'test.threshold', args: [false, '0.01'] },
    });
    expect(run('>', '10.5', '10').reason).toMatchObject({
      code: 'assets_within_limit',
      effect: 'qualifies',
      gap: '0.5',
    });
  });

  it('without a parameter or values: no parameter field and no trace step; with a member: memberId', () => {
    const plain = run('<=', '1', '2');
    expect(plain.reason).not.toHaveProperty('parameter');
    expect(plain.reason).not.toHaveProperty('memberId');
    expect(plain.rec.trace).toEqual([]);
    const full = run('<=', '1', '2', { parameter: 'p.q', memberId: 'm', values: { v: '1' } });
    expect(full.reason).toMatchObject({ parameter: 'p.q', memberId: 'm' });
    expect(full.rec.trace).toHaveLength(1);
    expect(full.rec.trace[0]?.values).toEqual({ v: '1' });
  });
});
