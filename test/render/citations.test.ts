import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainAssessment, resolveStandards } from '../../src/index';
import { citationsFor, resolveCitations } from '../../src/render/recordTables';
import { FIXTURES, loadHouseholdFixtures, loadTable } from '../fixtures/load';
import { assessFixture } from './support';

const byFile = (name: string) => {
  const fx = loadHouseholdFixtures().find((f) => f.file.startsWith(name));
  if (fx === undefined) throw new Error(`no fixture ${name}`);
  return fx;
};

/** Everything a person or a system reads of an assessment: the record and both explanations. */
function everything(name: string): string {
  const a = assessFixture(byFile(name));
  return [
    JSON.stringify(a),
    explainAssessment(a, { locale: 'zh-CN', verbose: true }),
    explainAssessment(a, { locale: 'en', verbose: true }),
    explainAssessment(a, { locale: 'zh-CN' }),
  ].join('\n');
}

/** Every `{ zh-CN, en }` label the bundled table gives. */
const TABLE_LABELS = (() => {
  const out = new Set<string>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      v.forEach(walk);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    if ('zh-CN' in v && 'en' in v) out.add(JSON.stringify(v));
    for (const x of Object.values(v)) walk(x);
  };
  walk(JSON.parse(readFileSync(join(FIXTURES, 'standards', 'bundled.json'), 'utf8')));
  return out;
})();

describe('citations true to the household region', () => {
  it('a 常州 household never cites 银川 (or 阳江, 汉中); its own entry clauses appear', () => {
    const text = everything('dibao-02-plain-gap'); // region 320412 (常州 天宁), bundled table
    expect(text).not.toContain('银川');
    expect(text).not.toContain('阳江');
    expect(text).not.toContain('汉中');
    const a = assessFixture(byFile('dibao-02-plain-gap'));
    // 常州's entry gives its plan for the 特困 basic standard; a county inherits the city's list.
    expect(resolveCitations(a, 'tekun.amount.basic')).toContainEqual({
      document: '常州市关于改革完善社会救助制度的实施方案（2021-08-10 发布）',
      clause: '二',
    });
    // The national basis stays with the rule.
    expect(resolveCitations(a, 'dibao.eligibility.income')).toEqual([
      { document: '社会救助暂行办法', number: '国务院令第649号', clause: '第九条' },
    ]);
  });

  it('a 银川 household never cites 常州; 银川 clauses appear beside the national ones', () => {
    const text = everything('single-person-05-yinchuan-no-labour');
    expect(text).not.toContain('常州');
    expect(text).not.toContain('阳江');
    const a = assessFixture(byFile('single-person-05-yinchuan-no-labour'));
    expect(resolveCitations(a, 'dibao.eligibility.income').map((c) => c.clause)).toEqual([
      '第九条',
      '二(四)',
    ]);
    expect(resolveCitations(a, 'dibao.eligibility.income')[1]?.document).toContain('银川市');
    expect(text).toContain('银川市实现巩固民政领域社会救助成果同乡村振兴有效衔接的工作方案');
  });

  it('every cited document of a region is national or that region’s own', () => {
    const std = resolveStandards(loadTable('bundled.json'), { region: '320412', on: '2021-08-01' });
    if (!std.ok) throw std.error;
    const a = assessFixture(byFile('tekun-01'));
    for (const rule of Object.keys(a.citations))
      for (const c of resolveCitations(a, rule)) expect(c.document).not.toMatch(/银川|阳江|汉中/);
    expect(
      Object.values(a.documents)
        .map((d) => d.document)
        .join(),
    ).not.toMatch(/银川|阳江|汉中/);
    // citationsFor gives the national basis and the region's own clauses, nothing else.
    expect(citationsFor('no.such.rule', std.value)).toEqual([]);
  });

  it('a rule with no national or regional clause cites the entries that set its parameters', () => {
    // 阳江 (examples table): the annual medical-aid cap is encoded from 阳府办〔2017〕8号 二(二)五 and
    // set by that entry, so its record cites the entry's source, and nothing of another city.
    const a = assessFixture(byFile('medical-aid-01'));
    expect(resolveCitations(a, 'medical-aid.annual-cap')).toEqual([
      {
        document:
          '阳江市人民政府办公室转发市民政局等部门关于做好农村最低生活保障制度与扶贫开发政策有效衔接的实施方案的通知',
        number: '阳府办〔2017〕8号',
        clause: '二(二)五',
      },
    ]);
    // 常州 sets no premium-subsidy parameter: the rule is named, with no clause made up for it.
    const cz = assessFixture(byFile('dibao-02-plain-gap'));
    expect(cz.citations['medical-aid.premium-subsidy']).toEqual([]);
  });

  it('a step holds a rule id, a code and its args, a reason its step: never text or citations', () => {
    const a = JSON.parse(JSON.stringify(assessFixture(byFile('tekun-01'))));
    const walk = (v: unknown, inStep: boolean): void => {
      if (Array.isArray(v)) {
        for (const x of v) walk(x, inStep);
        return;
      }
      if (typeof v !== 'object' || v === null) return;
      const o = v as Record<string, unknown>;
      if (inStep) {
        expect(o).not.toHaveProperty('citations');
        expect(o).not.toHaveProperty('provenance');
        // No message object anywhere: a missing fact or parameter is rendered from its paths or
        // parameter; any other reason names the step (its position) that states its message; a
        // step holds its catalog entry as `code` and the entry's `args`.
        expect(o).not.toHaveProperty('message');
        if ('effect' in o) {
          if (o.code !== 'missing_fact' && o.code !== 'missing_parameter')
            expect(o.step).toBeGreaterThanOrEqual(1);
        } else expect(o.code).toEqual(expect.stringMatching(/^[a-z-]+\.[A-Za-z]+$/));
        // No text of the library's own: a {zh-CN, en} argument is a label the table gives.
        for (const arg of (o.args as unknown[] | undefined) ?? [])
          if (typeof arg === 'object' && arg !== null && 'zh-CN' in arg)
            expect(TABLE_LABELS.has(JSON.stringify(arg)), JSON.stringify(arg)).toBe(true);
      }
      for (const [k, x] of Object.entries(o)) {
        if (k === 'trace' || k === 'reasons') (x as unknown[]).forEach((s) => walk(s, true));
        else if (!inStep) walk(x, false);
      }
    };
    walk(a, false);
  });
});
