import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseHousehold, parseStandardsTable, Rational } from '../../src/index';
import { clip, MAX_ECHO } from '../../src/schema/issues';
import { MAX_AMOUNT_TEXT, readMoney } from '../../src/schema/primitives';

// Issue 16.5: numeric text is measured before it is read; echoed input is cut.

const household = (amount: unknown, extra: Record<string, unknown> = {}) => ({
  id: 'h',
  region: '320400',
  members: [{ id: 'a', livesWithHousehold: true }],
  incomes: [{ memberId: 'a', type: 'wage', amount, period: 'month' }],
  ...extra,
});

afterEach(() => vi.restoreAllMocks());

describe('over-long numeric text', () => {
  it('an amount of 10,000,000 digits is refused without being read as a number', () => {
    const parse = vi.spyOn(Rational, 'parse');
    const r = parseHousehold(household('1'.repeat(10_000_000)));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues.map((i) => i.pathText)).toEqual(['incomes[0].amount']);
    expect(r.error.issues[0]?.message.en).toContain(String(MAX_AMOUNT_TEXT));
    // The old code parsed the digits (3.4 s for 1,000,000 of them); now nothing is parsed.
    expect(parse).not.toHaveBeenCalled();
  });

  it('readMoney names the length before anything else', () => {
    expect(readMoney(`${'0'.repeat(40)}5`)).toBe('too-long');
    expect(readMoney(` ${'0'.repeat(20)}1894.50 `)).toBe('1894.5');
    expect(readMoney('1000000000.00')).toBe('1000000000');
  });

  it('table multiples and amounts written as text have a length limit too', () => {
    const table = JSON.parse(
      readFileSync(join(__dirname, '../../fixtures/standards/examples.json'), 'utf8'),
    );
    const text = JSON.stringify(table);
    const m = /"multiple":\s*"[^"]*"/.exec(text);
    expect(m).not.toBeNull();
    const broken = JSON.parse(
      text.replace(m?.[0] ?? '', `"multiple": "1.${'0'.repeat(1_000_000)}"`),
    );
    const parse = vi.spyOn(Rational, 'parse');
    const r = parseStandardsTable(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.issues[0]?.code).toBe('too_big');
    expect(parse).not.toHaveBeenCalled();
  });
});

describe('echoed input is cut', () => {
  it('a 5 MB unknown key is named by its first 64 characters', () => {
    const key = 'k'.repeat(5_000_000);
    const r = parseHousehold(household(100, { [key]: 1 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const json = JSON.stringify(r.error);
    expect(json.length).toBeLessThan(2_000);
    expect(r.error.issues[0]?.message.en).toBe(`unrecognized key(s): ${'k'.repeat(MAX_ECHO)}…`);
    expect(r.error.message.length).toBeLessThan(300);
  });

  it('at most ten unknown keys are named; the others are counted', () => {
    const extra = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`x${i}`, i]));
    const r = parseHousehold(household(100, extra));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.issues[0]?.message.en).toBe(
      'unrecognized key(s): x0, x1, x2, x3, x4, x5, x6, x7, x8, x9 and 990 more',
    );
    expect(r.error.issues[0]?.message['zh-CN']).toContain('另有 990 个');
  });

  it('a long key in a path is cut as well', () => {
    expect(clip('abc')).toBe('abc');
    expect(clip('a'.repeat(65))).toBe(`${'a'.repeat(64)}…`);
    const table = JSON.parse(
      readFileSync(join(__dirname, '../../fixtures/standards/examples.json'), 'utf8'),
    );
    const entry = table.entries[0];
    entry.citations = { ['r'.repeat(100_000)]: 'not a list' };
    const r = parseStandardsTable(table);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(JSON.stringify(r.error).length).toBeLessThan(5_000);
  });
});
