import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDibao,
  evaluateFigure,
  parseHousehold,
  Rational,
  type ResolvedStandards,
  resolveStandards,
} from '../../src/index';
import { isMissing } from '../../src/standards/evaluateFigure';
import { loadTable } from '../fixtures/load';

// Issue 19.1: a cached resolution is shared by every later call for the same region and date, so
// a caller's edit of the one it was given must never reach the others (nor become money).

const ON = '2021-07-01';
const REGION = '320400';
const table = loadTable('bundled.json');

function resolved(): ResolvedStandards {
  const r = resolveStandards(table, { region: REGION, on: ON });
  if (!r.ok) throw r.error;
  return r.value;
}

/** 3 people in 常州, urban, a wage of 1894 a month: 3 × 940 − 1894 = 926 a month. */
function household() {
  const r = parseHousehold({
    id: 'h',
    region: REGION,
    area: 'urban',
    members: [
      { id: 'a', livesWithHousehold: true, birthDate: '1980-01-01' },
      { id: 'b', livesWithHousehold: true, birthDate: '1982-01-01' },
      { id: 'c', livesWithHousehold: true, birthDate: '2010-01-01' },
    ],
    incomes: [{ memberId: 'a', type: 'wage', amount: 1894, period: 'month' }],
  });
  if (!r.ok) throw r.error;
  return r.value;
}

// biome-ignore lint/suspicious/noExplicitAny: the edits write where the types forbid it
type Loose = any;

/** Each edit a caller could try on the resolution it was given. */
const edits: [string, (std: Loose) => void][] = [
  [
    'params: the 低保 standard',
    (std) => {
      std.params.dibao.standard.urban = { yuan: '5000' };
    },
  ],
  [
    'params: a whole section replaced',
    (std) => {
      std.params.dibao = { standard: { urban: { yuan: '5000' }, rural: { yuan: '5000' } } };
    },
  ],
  [
    'params: a section removed',
    (std) => {
      delete std.params.lowIncome;
    },
  ],
  ['params replaced', (std) => Object.assign(std, { params: {} })],
  ['entries', (std) => std.entries.push({ id: 'x', region: REGION, from: ON })],
  [
    'an applied entry',
    (std) => {
      std.entries[0].id = 'x';
    },
  ],
  ['provenance', (std) => std.provenance.set('dibao.standard.urban', { kind: 'illustrative' })],
  ['provenance cleared', (std) => std.provenance.clear()],
  ['entry sources', (std) => std.entrySources.delete([...std.entrySources.keys()][0])],
  ['document ids', (std) => std.documentIds.set('x', 'y')],
  [
    'citations',
    (std) => {
      std.citations['dibao.standard'] = [];
    },
  ],
];

describe('a resolution is immutable to its callers', () => {
  const expected = JSON.stringify({
    params: resolved().params,
    entries: resolved().entries,
    provenance: [...resolved().provenance],
    entrySources: [...resolved().entrySources],
    documentIds: [...resolved().documentIds],
    citations: resolved().citations,
  });

  it.each(edits)('an edit of %s throws and changes no later resolution', (_, edit) => {
    const std = resolved();
    expect(std.params.dibao?.standard?.urban).toEqual({ yuan: '940' });
    expect(() => edit(std)).toThrow(TypeError);
    const again = resolved();
    // The cache still answers (the same object), unchanged.
    expect(again).toBe(std);
    expect(
      JSON.stringify({
        params: again.params,
        entries: again.entries,
        provenance: [...again.provenance],
        entrySources: [...again.entrySources],
        documentIds: [...again.documentIds],
        citations: again.citations,
      }),
    ).toBe(expected);
  });

  it('an assessment after an attempted edit pays the table’s figure', () => {
    const std = resolved();
    expect(() => {
      (std as Loose).params.dibao.standard.urban = { yuan: '5000' };
    }).toThrow(TypeError);
    expect(assessDibao(household(), std).amount?.total).toBe('926.00');
    expect(assessDibao(household(), resolved()).amount?.total).toBe('926.00');
    const a = assess(household(), table, { on: ON });
    expect(a.determinations.dibao.amount?.total).toBe('926.00');
  });

  it('a figure evaluated from a cached resolution is read-only too: an edit never becomes money', () => {
    const std = resolved();
    // Kept by the resolution's memo: later rules read this same object.
    const f = evaluateFigure(std, 'dibao.standard.@area', 'urban');
    if (isMissing(f)) throw new Error('no 低保 standard');
    expect(() => {
      (f as Loose).value = Rational.parse('5000');
    }).toThrow(TypeError);
    expect(() => {
      (f.value as Loose).sn = 5000;
    }).toThrow(TypeError);
    const tekun = evaluateFigure(std, 'tekun.basic.@area', 'urban');
    if (isMissing(tekun)) throw new Error('no 特困 basic standard');
    if (tekun.derivation !== undefined)
      expect(() => {
        (tekun.derivation as Loose).multiple = '100';
      }).toThrow(TypeError);
    // 3 × 940 − 1894 = 926.00, as before the attempted edits.
    expect(assessDibao(household(), std).amount?.total).toBe('926.00');
  });

  it('the whole resolution is frozen, the memo of evaluated figures excepted', () => {
    const std = resolved();
    expect(Object.isFrozen(std)).toBe(true);
    expect(Object.isFrozen(std.params)).toBe(true);
    expect(Object.isFrozen(std.params.dibao)).toBe(true);
    expect(Object.isFrozen(std.params.dibao?.standard)).toBe(true);
    expect(Object.isFrozen(std.entries)).toBe(true);
    expect(Object.isFrozen(std.citations)).toBe(true);
    // Still read as maps.
    expect(std.provenance.get('dibao.standard.urban')?.entryId).toBe('changzhou-2021-07');
    expect(new Map(std.provenance).get('dibao.standard.urban')).toBe(
      std.provenance.get('dibao.standard.urban'),
    );
    expect(std.entrySources).toBeInstanceOf(Map);
    expect(new Map(std.entrySources).size).toBe(std.entrySources.size);
    expect(std.memo).toBeInstanceOf(Map);
  });

  it('an uncached resolution of another date is frozen as well', () => {
    const r = resolveStandards(table, { region: '320412', on: '2021-12-31' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.isFrozen(r.value.params)).toBe(true);
    expect(() => {
      (r.value as Loose).params.dibao.standard = {};
    }).toThrow(TypeError);
  });
});
