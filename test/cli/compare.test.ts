import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadTable } from '../../src/cli/io';
import { parseSet, patchTable } from '../../src/cli/tablePatch';
import { Rational } from '../../src/index';
import { jiuzhu, ROOT, records, TABLE } from './run';

const dir = mkdtempSync(join(tmpdir(), 'jiuzhu-compare-'));

/** The fixture files of the bundled table, one request per line. */
function fixtureInput(): string {
  const files = [
    'dibao-01-equal-to-standard.json',
    'dibao-02-plain-gap.json',
    'dibao-05-one-fen-below.json',
    'dibao-08-medical-education-deductions.json',
    'phase-out-01-first-day.json',
    'low-income-01-at-line.json',
    'phase-out-04-income-still-below.json',
    'single-person-01-grade-1-disabled.json',
    'tekun-01-changzhou-rural.json',
    'temporary-aid-01-emergency-urban-base.json',
  ];
  return `${files
    .map((f) =>
      JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'fixtures', 'households', f), 'utf8'))),
    )
    .join('\n')}\nnot json\n`;
}

const sum = (xs: string[]) =>
  xs.reduce((a, x) => a.add(Rational.parse(x) as Rational), Rational.ZERO).toFixed(2);

/** Spawning the CLI under tsx (workers load tsx again) is slow on a loaded machine. */
const SPAWN_TIMEOUT = 120_000;

/** A table's raw entries, for reading what a patch wrote. */
// biome-ignore lint/suspicious/noExplicitAny: test reads nested table JSON
type RawEntries = { entries: { id: string; params: Record<string, any> }[] };

describe('jiuzhu compare', { timeout: SPAWN_TIMEOUT }, () => {
  it.concurrent('prices --set: Σ of the lines’ deltas equals the summary’s difference, to the fen; --workers gives the same', async () => {
    const input = fixtureInput();
    const args = (summary: string) => [
      'compare',
      '--table',
      TABLE,
      '--set',
      'changzhou-2021-07:dibao.standard.urban=1000',
      '--summary',
      summary,
    ];
    const one = join(dir, 'one.json');
    const two = join(dir, 'two.json');
    const [r, w] = await Promise.all([
      jiuzhu(args(one), input),
      jiuzhu([...args(two), '--workers', '2', '--batch', '3'], input),
    ]);
    expect(r.code).toBe(1); // the "not json" line
    const lines = records(r.stdout);
    expect(lines).toHaveLength(11);
    expect(lines[10]).toMatchObject({ line: 11, ok: false, error: { kind: 'json' } });
    const ok = lines.filter((l) => l.ok) as { comparison: { delta: { monthly: string } } }[];
    const s = JSON.parse(readFileSync(one, 'utf8'));
    expect(s.households).toBe(10);
    expect(sum(ok.map((l) => l.comparison.delta.monthly))).toBe(s.difference.monthly);
    const diff = (Rational.parse(s.new.outlay.monthly) as Rational)
      .sub(Rational.parse(s.old.outlay.monthly) as Rational)
      .toFixed(2);
    expect(s.difference.monthly).toBe(diff);
    // dibao-02: 940 × 3 − 1894 = 926 → 1000 × 3 − 1894 = 1106.
    const gap = lines[1] as { comparison: { programs: { key: string; delta: string }[] } };
    expect(gap.comparison.programs.find((p) => p.key === 'dibao')?.delta).toBe('180.00');
    expect(s.programs.dibao.up).toBeGreaterThanOrEqual(1);
    expect(s.programs.dibao['newly-eligible']).toBeGreaterThanOrEqual(1);
    // The text summary on stderr, and the warning that 1000 is outside the standard-setting band.
    expect(r.stderr).toContain('households: 10 (1 lines failed)');
    expect(r.stderr).toMatch(
      new RegExp(`monthly +${s.old.outlay.monthly} +${s.new.outlay.monthly}`),
    );
    expect(r.stderr).toContain('proposal: error dibao_standard_outside_band');
    // Four threads' parts merged: the same lines and the same summary.
    expect(w.code).toBe(1);
    expect(w.stdout).toBe(r.stdout);
    expect(JSON.parse(readFileSync(two, 'utf8'))).toEqual(s);
  });

  it.concurrent('usage errors: an ambiguous --set, nothing to compare, half of --on-old/--on-new', async () => {
    const [amb, none, half] = await Promise.all([
      jiuzhu(['compare', '--table', TABLE, '--set', 'dibao.standard.urban=1000']),
      jiuzhu(['compare', '--table', TABLE]),
      jiuzhu(['compare', '--table', TABLE, '--on-old', '2021-08-01', '--set', 'x=1']),
    ]);
    expect(amb.code).toBe(2);
    expect(amb.stderr).toContain('2 entries set it (changzhou-2021-07, yinchuan-2021-07)');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('nothing to compare');
    expect(half.code).toBe(2);
    expect(half.stderr).toContain('--on-old and --on-new together');
  });
});

describe("analysts' commands --help", { timeout: SPAWN_TIMEOUT }, () => {
  it.concurrent('prints the help of compare, summarize and curve; jiuzhu --help lists them', async () => {
    const commands = ['compare', 'summarize', 'curve'];
    const [top, ...helps] = await Promise.all([
      jiuzhu(['--help']),
      ...commands.map((c) => jiuzhu([c, '--help'])),
    ]);
    helps.forEach((r, i) => {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: jiuzhu ${commands[i]} --table`);
    });
    for (const c of commands) expect(top?.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
  });
});

describe('jiuzhu summarize', { timeout: SPAWN_TIMEOUT }, () => {
  it.concurrent('writes the caseload summary; a failed line goes to stderr', async () => {
    const r = await jiuzhu(['summarize', '--table', TABLE], fixtureInput());
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s.households).toBe(10);
    expect(s.failed).toBe(1);
    expect(Object.values(s.tiers as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(10);
    expect(s.programs.dibao.eligible).toBeGreaterThanOrEqual(3);
    expect(s.regions['320412'].households).toBeGreaterThanOrEqual(5);
    expect(Object.keys(s.undetermined.missingFacts).length).toBeGreaterThan(0);
    expect(
      records(
        r.stderr
          .split('\n')
          .filter((l) => l.startsWith('{'))
          .join('\n'),
      )[0],
    ).toMatchObject({
      line: 11,
      ok: false,
    });
  });
});

describe('patchTable', () => {
  const base = loadTable(TABLE);

  it('sets a figure as an explicit figure marked illustrative, leaving the base untouched', () => {
    const p = patchTable(base, [parseSet('changzhou-2021-07:dibao.standard.urban=1000')], [], 't');
    const entry = (p.raw as RawEntries).entries.find((e) => e.id === 'changzhou-2021-07');
    expect(entry?.params.dibao.standard.urban).toEqual({
      yuan: '1000',
      illustrative: 'proposal: dibao.standard.urban = 1000 (jiuzhu --set), not a published figure',
    });
    expect(entry?.params.dibao.standard.rural).toEqual({ yuan: '940' });
    const orig = (base.raw as RawEntries).entries.find((e) => e.id === 'changzhou-2021-07');
    expect(orig?.params.dibao.standard.urban).toEqual({ yuan: '940' });
    // 1000 is 0.4241 of the consumption figure: outside the 0.30–0.40 band, reported not refused.
    expect(p.findings.join('\n')).toContain('dibao_standard_outside_band');
  });

  it('takes a derived figure as JSON, a whole entry from --patch, and refuses an invalid result', () => {
    const derived = patchTable(
      base,
      [
        parseSet(
          'national-2021-07:lowIncome.line.urban={"multiple":"2","of":"dibao.standard.urban","round":{"unit":"1","mode":"up"}}',
        ),
      ],
      [],
      't',
    );
    const national = (derived.raw as RawEntries).entries[0];
    expect(national?.params.lowIncome.line.urban.multiple).toBe('2');
    const entry = structuredClone(
      (base.raw as RawEntries).entries.find((e) => e.id === 'changzhou-2021-07'),
    ) as RawEntries['entries'][number];
    entry.params.dibao.standard.urban = { yuan: '950' };
    const patched = patchTable(base, [], [entry], 't');
    expect(patched.table.entries.length).toBe(base.table.entries.length);
    const cz = patched.table.entries.find((e) => e.id === 'changzhou-2021-07');
    expect(cz?.params.dibao?.standard?.urban).toEqual({ yuan: '950' });
    expect(() =>
      patchTable(base, [parseSet('changzhou-2021-07:dibao.standard.urban=abc')], [], 't'),
    ).toThrow(/a figure takes a decimal amount/);
    expect(() =>
      patchTable(base, [parseSet('changzhou-2021-07:dibao.standard.urban={"yuan":"x"}')], [], 't'),
    ).toThrow(/makes t invalid/);
    expect(() => parseSet('no-equals')).toThrow(/--set must be/);
  });
});

writeFileSync(join(dir, '.keep'), '');
