import { describe, expect, it } from 'vitest';
import {
  Recorder,
  reasonMessage,
  renderMessage,
  resolveStandards,
  Shown,
  stepMessage,
} from '../../src/index';
import { Rational } from '../../src/money/rational';
import { yuan } from '../../src/trace/recorder';
import { loadTable } from '../fixtures/load';

const rule = { id: 'r.one', citations: [{ document: 'D', clause: '第一条' }] };
const other = { id: 'r.two', citations: [{ document: 'D', clause: '第二条' }] };

describe('Recorder.replay', () => {
  it('writes a recording as if recorded here: steps appended, missing facts merged, values set', () => {
    const shared = new Recorder();
    shared.step(rule, { id: 'dibao.noMembers', args: [] }, { x: '1' });
    shared.missingFacts(rule, ['members[0].birthDate', 'area']);
    shared.missingParameter(other, 'p.q');
    shared.value('x', '1');

    const rec = new Recorder('m1');
    rec.step(other, { id: 'dibao.area', args: [] });
    rec.missingFacts(rule, ['area', 'localHukou']);
    rec.missingParameter(other, 'p.q');
    rec.replay(shared.recording());
    rec.replay(shared.recording());

    expect(rec.trace.map((s) => s.rule)).toEqual(['r.two', 'r.one', 'r.one']);
    // One missing-fact reason per rule, paths in first-seen order; one reason per parameter.
    const missing = rec.reasons.filter((r) => r.code === 'missing_fact');
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({
      paths: ['area', 'localHukou', 'members[0].birthDate'],
      memberId: 'm1',
    });
    expect(renderMessage(reasonMessage(missing[0]!), 'en')).toBe(
      'facts needed for the decision are missing: area, localHukou, members[0].birthDate',
    );
    expect(rec.reasons.filter((r) => r.code === 'missing_parameter')).toHaveLength(1);
    expect(rec.values).toEqual({ x: '1' });
    // The recording itself is unchanged.
    expect(shared.reasons[0]).toMatchObject({ paths: ['members[0].birthDate', 'area'] });
    expect(shared.reasons[0]!.memberId).toBeUndefined();
    expect(shared.trace).toHaveLength(1);
  });
});

describe('messages as data', () => {
  it('a step holds the catalog entry as its code, and its args: no text, no citations', () => {
    const rec = new Recorder();
    rec.step(
      rule,
      { id: 'dibao.standard', args: ['urban', yuan(Rational.int(940))] },
      { s: '940' },
    );
    const json = JSON.parse(JSON.stringify(rec.trace[0]));
    expect(json).toEqual({
      rule: 'r.one',
      code: 'dibao.standard',
      args: ['urban', '940.00'],
      values: { s: '940' },
    });
    // An entry with no arguments leaves `args` out.
    rec.step(rule, { id: 'dibao.noMembers', args: [] }, {});
    expect(JSON.stringify(rec.trace[1])).toBe(
      '{"rule":"r.one","code":"dibao.noMembers","values":{}}',
    );
    expect(renderMessage(stepMessage(rec.trace[1]!), 'en')).toBe(
      'no co-resident member is counted',
    );
    // The same text from the record in memory and from its JSON.
    const text = 'urban 低保 standard applies: 940.00 yuan per person per month';
    expect(renderMessage(stepMessage(rec.trace[0]!), 'en')).toBe(text);
    expect(renderMessage(stepMessage(json), 'en')).toBe(text);
    expect(renderMessage(stepMessage(json), 'zh-CN')).toBe('适用城市低保标准 940.00 元/人·月');
  });

  it('Shown rounds money to the fen when first read, as text and as JSON', () => {
    const s = yuan(Rational.fromText('1894/3') as Rational);
    expect(s).toBeInstanceOf(Shown);
    expect(`${s}`).toBe('631.33');
    expect(JSON.stringify([s])).toBe('["631.33"]');
  });

  it('an id no catalog has renders as the id and its arguments, without throwing', () => {
    expect(renderMessage({ id: 'later.entry', args: [1, 'x'] }, 'en')).toBe('later.entry [1,"x"]');
    expect(renderMessage({ id: 'noNamespace', args: [] }, 'zh-CN')).toBe('noNamespace []');
    // An inherited property is not a catalog entry.
    expect(renderMessage({ id: 'dibao.constructor', args: [] }, 'en')).toBe('dibao.constructor []');
  });
});

describe('reasons and the steps that state them', () => {
  const income = { id: 'dibao.eligibility.income', citations: [] };
  const std = (() => {
    const r = resolveStandards(loadTable('bundled.json'), { region: '320400', on: '2021-08-01' });
    if (!r.ok) throw r.error;
    return r.value;
  })();

  it('a reason names the step that states its message (its position), one of its own if none', () => {
    const rec = new Recorder();
    rec.step(rule, { id: 'dibao.standard', args: ['urban', '940.00'] }, { s: '940' });
    const message = { id: 'dibao.incomeBelow', args: ['631.33', '940.00', '308.67'] };
    const compared = {
      code: 'income_below_threshold',
      effect: 'qualifies',
      subject: 'per-capita monthly income',
      test: '<',
      threshold: '940',
      actual: '1894/3',
      gap: '926/3',
      unit: 'yuan',
    } as const;
    rec.compare(income, { ...compared, message });
    rec.step(income, message, { perCapitaIncome: '1894/3' });
    // A finding no step states gets a step of its own, at the end of the trace.
    const own = { id: 'dibao.noMembers', args: [] };
    rec.finding(other, {
      code: 'no_counted_members',
      effect: 'disqualifies',
      facts: {},
      message: own,
    });
    const d = rec.finish('dibao', 'h1', std, null);
    const json = JSON.parse(JSON.stringify(d.reasons));
    expect(json[0]).toEqual({
      ...compared,
      step: 2,
      rule: 'dibao.eligibility.income',
    });
    expect(json[1]).toEqual({
      code: 'no_counted_members',
      effect: 'disqualifies',
      facts: {},
      rule: other.id,
      step: 3,
    });
    expect(d.trace).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(d.trace[2]))).toEqual({
      rule: other.id,
      code: 'dibao.noMembers',
      values: {},
    });
    expect(renderMessage(reasonMessage(json[1], d.trace), 'en')).toBe(
      'no co-resident member is counted',
    );
    // Rendered from the step, in memory and from JSON alike.
    const text =
      'per-capita income 631.33 yuan is below the 低保 standard 940.00 yuan by 308.67 yuan';
    expect(renderMessage(reasonMessage(d.reasons[0]!, d.trace), 'en')).toContain(text);
    expect(
      renderMessage(reasonMessage(json[0], JSON.parse(JSON.stringify(d.trace))), 'en'),
    ).toContain(text);
    // Without the trace, the reason points to its step.
    expect(renderMessage(reasonMessage(json[0]), 'en')).toBe('see step 2');
    expect(renderMessage(reasonMessage(json[0]), 'zh-CN')).toBe('见第 2 步');
  });
});
