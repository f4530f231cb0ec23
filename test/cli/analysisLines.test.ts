import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareBatch, summarizeBatch } from '../../src/cli/analysisLines';
import { MAX_LINE_BYTES, overlongLine } from '../../src/cli/lines';
import { loadTable } from '../fixtures/load';
import { ROOT } from './run';

const TABLE = loadTable('bundled.json');
const request = JSON.stringify(
  JSON.parse(readFileSync(join(ROOT, 'fixtures', 'households', 'dibao-02-plain-gap.json'), 'utf8')),
);

function run(ctx: Parameters<typeof compareBatch>[1], lines: string[]) {
  const out: string[] = [];
  const r = compareBatch({ first: 1, lines, truncatedLast: false }, ctx, (t) => out.push(t));
  return { ...r, out: out.map((l) => JSON.parse(l)) };
}

describe('compareBatch', () => {
  it('a line over the length limit is line_too_long, as assess reports it; the next line is compared', () => {
    const r = run({ old: TABLE, new: TABLE }, [overlongLine(20_000_000, MAX_LINE_BYTES), request]);
    expect(r.errors).toBe(1);
    expect(r.out[0]).toMatchObject({ line: 1, ok: false, error: { kind: 'json' } });
    expect(r.out[0].error.issues[0].code).toBe('line_too_long');
    expect(r.out[1]).toMatchObject({ line: 2, ok: true });
  });

  it('--on-old and --on-new win over the line’s own date; a side with no standards names itself', () => {
    // 常州's entry starts 2021-07-01: on 2021-06-30 the old side has nothing in force.
    const r = run({ old: TABLE, new: TABLE, onOld: '2021-06-30', onNew: '2021-08-01' }, [request]);
    expect(r.errors).toBe(1);
    expect(r.out[0].error.kind).toBe('standards');
    expect(r.out[0].error.issues[0].message.en).toMatch(/^old table: /);
    const same = run({ old: TABLE, new: TABLE, onOld: '2021-08-01', onNew: '2021-09-01' }, [
      request,
    ]);
    expect(same.out[0].comparison.on).toEqual({ old: '2021-08-01', new: '2021-09-01' });
    expect(same.out[0].comparison.delta.change).toBe('unchanged');
  });

  it('keeps line numbers, skips blank lines and reports a line with no date', () => {
    const bare = JSON.stringify(JSON.parse(request).household);
    const r = run({ old: TABLE }, ['', bare, '  ', request, '{']);
    expect(r.count).toBe(3);
    expect(r.out.map((l) => [l.line, l.ok])).toEqual([
      [2, false],
      [4, true],
      [5, false],
    ]);
    expect(r.out[0].error.issues[0].code).toBe('missing_date');
    expect(r.out[2].error.kind).toBe('json');
    expect(r.summary.toJSON().households).toBe(1);
  });
});

describe('summarizeBatch', () => {
  it('adds each household once and counts the failures', () => {
    const r = summarizeBatch(
      { first: 1, lines: [request, request, 'x'], truncatedLast: true },
      { old: TABLE },
      () => {},
    );
    expect([r.count, r.errors]).toEqual([3, 1]);
    const s = r.summary.toJSON();
    expect(s.households).toBe(2);
    expect(s.programs.dibao?.monthly).toBe('1852.00'); // 2 × 926.00
    expect(s.outlay.annual).toBe('22224.00');
  });
});
