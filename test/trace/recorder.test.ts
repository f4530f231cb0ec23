import { describe, expect, it } from 'vitest';
import { Recorder } from '../../src/index';
import { DeferredMessages, renderMessages } from '../../src/trace/deferred';

const rule = { id: 'r.one', citations: [{ document: 'D', clause: '第一条' }] };
const other = { id: 'r.two', citations: [{ document: 'D', clause: '第二条' }] };

describe('Recorder.replay', () => {
  it('writes a recording as if recorded here: steps numbered on, missing facts merged, values set', () => {
    const shared = new Recorder();
    shared.step(rule, { 'zh-CN': '甲', en: 'a' }, { x: '1' });
    shared.missingFacts(rule, ['members[0].birthDate', 'area']);
    shared.missingParameter(other, 'p.q');
    shared.value('x', '1');

    const rec = new Recorder('m1');
    rec.step(other, { 'zh-CN': '乙', en: 'b' });
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
    expect(missing[0]!.message.en).toBe(
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

describe('DeferredMessages', () => {
  it('renders once, when first read, and serialises as the plain message', () => {
    let calls = 0;
    const m = new DeferredMessages(() => {
      calls++;
      return { 'zh-CN': '差 14 元', en: 'short by 14 yuan' };
    });
    expect(calls).toBe(0);
    expect(m.en).toBe('short by 14 yuan');
    expect(m['zh-CN']).toBe('差 14 元');
    expect(JSON.stringify({ message: m })).toBe(
      '{"message":{"zh-CN":"差 14 元","en":"short by 14 yuan"}}',
    );
    expect(renderMessages(m)).toEqual({ 'zh-CN': '差 14 元', en: 'short by 14 yuan' });
    expect(calls).toBe(1);
    const plain = { 'zh-CN': '甲', en: 'a' };
    expect(renderMessages(plain)).toBe(plain);
  });

  it('is what a step given a function holds, and a step given a message keeps it', () => {
    const rec = new Recorder();
    const plain = { 'zh-CN': '甲', en: 'a' };
    rec.step(rule, plain);
    rec.step(rule, () => ({ 'zh-CN': '乙', en: 'b' }));
    expect(rec.trace[0]!.message).toBe(plain);
    expect(rec.trace[1]!.message).toBeInstanceOf(DeferredMessages);
    expect(JSON.parse(JSON.stringify(rec.trace[1])).message).toEqual({ 'zh-CN': '乙', en: 'b' });
  });
});
