import { describe, expect, it } from 'vitest';
import { householdGenerator } from '../../bench/generate';
import {
  type Assessment,
  assess,
  hasMessage,
  parseHousehold,
  reasonMessage,
  renderDetermination,
  renderMessages,
  stepMessage,
} from '../../src/index';
import { forEachDetermination } from '../../src/render/recordTables';
import type { Determination } from '../../src/trace/types';
import { loadTable } from '../fixtures/load';
import { assessedFixtures } from './support';

/** The fixtures' assessments and 600 generated households' on the bundled table. */
function determinations(): { d: Determination; a: Assessment }[] {
  const out: { d: Determination; a: Assessment }[] = [];
  for (const { a } of assessedFixtures()) forEachDetermination(a, (d) => out.push({ d, a }));
  const gen = householdGenerator(11);
  const table = loadTable('bundled.json');
  for (let i = 0; i < 600; i++) {
    const h = parseHousehold(gen(i));
    if (!h.ok) continue;
    const region = (h.value.region ?? '').startsWith('64') ? '640104' : '320412';
    const a = assess(h.value, table, { on: '2021-08-01', region });
    forEachDetermination(a, (d) => out.push({ d, a }));
  }
  return out;
}

const BAD = /undefined|\[object |NaN|\d+\/\d+ ?(元|yuan)/;

describe('every recorded message renders from its catalog, in zh-CN and en', () => {
  const all = determinations();

  it('reaches many reason codes and step messages', () => {
    const codes = new Set(all.flatMap(({ d }) => d.reasons.map((r) => r.code)));
    const ids = new Set(all.flatMap(({ d }) => d.trace.map((s) => s.code)));
    const reasonIds = new Set(
      all.flatMap(({ d }) => d.reasons.map((r) => reasonMessage(r, d.trace).id)),
    );
    expect(reasonIds.size).toBeGreaterThanOrEqual(40);
    expect(codes.size).toBeGreaterThanOrEqual(40);
    expect(ids.size).toBeGreaterThanOrEqual(80);
  });

  it('each reason code and step message has a catalog entry and renders plain text', () => {
    const seen = new Map<string, string>();
    for (const { d, a } of all) {
      const items = [
        ...d.reasons.map((r) => ({
          key: `${r.code} (${reasonMessage(r, d.trace).id})`,
          rule: r.rule,
          m: reasonMessage(r, d.trace),
        })),
        ...d.trace.map((s) => ({ key: s.code, rule: s.rule, m: stepMessage(s) })),
      ];
      for (const { key, rule, m } of items) {
        if (seen.has(key)) continue;
        seen.set(key, rule);
        // A code with no catalog entry fails here, with its name.
        expect(hasMessage(m.id), key).toBe(true);
        const text = renderMessages(m);
        for (const locale of ['zh-CN', 'en'] as const) {
          expect(text[locale].length, `${key} ${locale}`).toBeGreaterThan(3);
          expect(text[locale], `${key} ${locale}`).not.toMatch(BAD);
        }
        // Every rule a record names has clauses in its citation table.
        expect(a.citations[rule], rule).toBeDefined();
      }
    }
  });

  it('every comparison and finding names a step of its own trace, which states its message', () => {
    let named = 0;
    for (const { d } of all)
      for (const r of d.reasons) {
        if (r.code === 'missing_fact' || r.code === 'missing_parameter') continue;
        // The record holds no message outside its steps.
        expect(Object.hasOwn(r, 'message') ? (r as { message?: unknown }).message : undefined).toBe(
          undefined,
        );
        named++;
        const s = d.trace[r.step - 1];
        expect(s, `${d.program} ${r.code} step ${r.step}`).toBeDefined();
        expect(reasonMessage(r, d.trace)).toEqual(stepMessage(s!));
        for (const step of d.trace) expect(Object.hasOwn(step, 'message')).toBe(false);
      }
    expect(named).toBeGreaterThan(1000);
  });

  it('renderDetermination gives the same text after a JSON round trip', () => {
    for (const { d, a } of all.slice(0, 400)) {
      const back = JSON.parse(JSON.stringify(d)) as Determination;
      const tables = JSON.parse(JSON.stringify(a));
      for (const locale of ['zh-CN', 'en'] as const) {
        const options = { locale, tables };
        expect(renderDetermination(back, options)).toEqual(renderDetermination(d, options));
      }
    }
  });
});
