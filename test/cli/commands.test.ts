import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { householdGenerator } from '../../bench/generate';
import { jsonSchemaText, SCHEMA_NAMES } from '../../src/cli/jsonSchemas';
import { VERSION } from '../../src/version';
import { jiuzhu, ON, ROOT, TABLE } from './run';

const HOUSEHOLD = join(ROOT, 'test', 'cli', 'household.json');

describe('jiuzhu explain', () => {
  it.concurrent('prints a one-screen summary: tier, one line per program, what is missing', async () => {
    const r = await jiuzhu(['explain', '--table', TABLE, '--on', ON, HOUSEHOLD]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('▸ 最低生活保障（低保）：符合 · 926.00 元/月');
    expect(r.stdout).toContain('救助层级：最低生活保障');
    expect(r.stdout).toContain('待补充后方可决定：');
    expect(r.stdout).not.toContain('条款');
    expect(r.stdout.trimEnd().split('\n').length).toBeLessThanOrEqual(40);
  });

  it.concurrent('--verbose prints trace steps with their clauses and parameter provenance', async () => {
    const r = await jiuzhu(['explain', '--verbose', '--table', TABLE, '--on', ON, HOUSEHOLD]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('926.00');
    // 社会救助暂行办法 第九条: the income test.
    expect(r.stdout).toMatch(/《社会救助暂行办法》 国务院令第649号 第九条/);
    expect(r.stdout).toContain('dibao.standard.urban = 940');
    const en = await jiuzhu([
      'explain',
      '--verbose',
      '--lang',
      'en',
      '--table',
      TABLE,
      '--on',
      ON,
      HOUSEHOLD,
    ]);
    expect(en.stdout).toContain('eligible');
    expect(en.stdout).toContain('第九条');
  });
});

describe('jiuzhu schema', () => {
  it.concurrent('prints a draft 2020-12 schema that describes a fixture household', async () => {
    const r = await jiuzhu(['schema', 'household']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(s.required).toEqual(expect.arrayContaining(['id', 'region', 'members', 'incomes']));
    expect(s.additionalProperties).toBe(false);
    // A household with most facts set (the benchmark's generator).
    const h = householdGenerator(3)(0) as { members: Record<string, unknown>[] };
    for (const key of Object.keys(h)) expect(s.properties).toHaveProperty(key);
    const member = s.properties.members.items;
    const memberKeys = new Set(h.members.flatMap((m) => Object.keys(m)));
    expect(memberKeys.size).toBeGreaterThan(5);
    for (const key of memberKeys) expect(member.properties).toHaveProperty(key);
    expect(member.properties).not.toHaveProperty('nonsense');
    // Amounts are what callers send: a number or a decimal string.
    const amount = s.properties.incomes.items.properties.amount;
    expect(JSON.stringify(amount)).toContain('"number"');
    expect(JSON.stringify(amount)).toContain('"string"');
    expect((await jiuzhu(['schema', 'nonsense'])).code).toBe(2);
  });

  it.concurrent('ships schemas/*.json equal to freshly generated ones (run npm run schemas)', async () => {
    for (const name of SCHEMA_NAMES) {
      const committed = readFileSync(join(ROOT, 'schemas', `${name}.json`), 'utf8');
      expect(committed, `schemas/${name}.json is stale: npm run schemas`).toBe(
        jsonSchemaText(name),
      );
    }
  });
});

describe('jiuzhu check-table, --version, --help', () => {
  it.concurrent('validates a table: 0 when valid, 1 with paths when not', async () => {
    expect((await jiuzhu(['check-table', TABLE])).code).toBe(0);
    const r = await jiuzhu(
      ['check-table', '-'],
      JSON.stringify({ id: 't', entries: [{ id: 'x' }] }),
    );
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('entries[0].region');
  });

  it('prints the findings of checkStandards and exits 1 on an error finding', async () => {
    // Two 常州 entries in force on the same days: an overlapping_entries error.
    const table = JSON.parse(readFileSync(TABLE, 'utf8'));
    const cz = table.entries.find((e: { region: string }) => e.region === '320400');
    table.entries.push({ ...cz, id: 'changzhou-copy' });
    const r = await jiuzhu(['check-table', '--lang', 'en', '-'], JSON.stringify(table));
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^error overlapping_entries 320400/m);
  });

  it.concurrent('prints the version and every command help', async () => {
    expect((await jiuzhu(['--version'])).stdout.trim()).toBe(VERSION);
    const commands = ['assess', 'explain', 'check-table', 'schema'];
    const helps = await Promise.all(commands.map((c) => jiuzhu([c, '--help'])));
    helps.forEach((r, i) => {
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`jiuzhu ${commands[i]}`);
    });
  });
});
