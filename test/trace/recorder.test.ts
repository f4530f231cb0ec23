import { describe, expect, it } from 'vitest';
import { Recorder, reasonMessage, renderMessage, Shown } from '../../src/index';
import { Rational } from '../../src/money/rational';
import { yuan } from '../../src/trace/recorder';

const rule = { id: 'r.one', citations: [{ document: 'D', clause: '第一条' }] };
const other = { id: 'r.two', citations: [{ document: 'D', clause: '第二条' }] };

describe('Recorder.replay', () => {
  it('writes a recording as if recorded here: steps numbered on, missing facts merged, values set', () => {
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

    expect(rec.trace.map((s) => [s.step, s.rule])).toEqual([
      [1, 'r.two'],
      [2, 'r.one'],
      [3, 'r.one'],
    ]);
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
    expect(shared.trace.map((s) => s.step)).toEqual([1]);
  });
});

describe('messages as data', () => {
  it('a step holds the catalog id and arguments, no text and no citations; JSON keeps them', () => {
    const rec = new Recorder();
    rec.step(
      rule,
      { id: 'dibao.standard', args: ['urban', yuan(Rational.int(940))] },
      { s: '940' },
    );
    const json = JSON.parse(JSON.stringify(rec.trace[0]));
    expect(json).toEqual({
      step: 1,
      rule: 'r.one',
      message: { id: 'dibao.standard', args: ['urban', '940.00'] },
      values: { s: '940' },
    });
    // The same text from the record in memory and from its JSON.
    const text = 'urban 低保 standard applies: 940.00 yuan per person per month';
    expect(renderMessage(rec.trace[0]!.message, 'en')).toBe(text);
    expect(renderMessage(json.message, 'en')).toBe(text);
    expect(renderMessage(json.message, 'zh-CN')).toBe('适用城市低保标准 940.00 元/人·月');
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
