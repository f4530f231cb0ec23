import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type ComparisonReason,
  type Determination,
  type ReasonWithMessage,
  renderMessage,
  stepMessage,
} from '../../src/index';
import { fixtureLine, jiuzhu, ON, records, TABLE } from './run';

// Hand calculations (fixtures/households): 常州 2021 standard 940; dibao-02: 3 members, counted
// income 1894 → 940 × 3 − 1894 = 926.00. dibao-08: 银川 (illustrative 700), 3 members, 2400
// wages − 300 medical − 150 education = 1950 → 2100 − 1950 = 150.00.
const GAP = fixtureLine('dibao-02-plain-gap.json');
const DEDUCT = fixtureLine('dibao-08-medical-education-deductions.json');
const BAD_HOUSEHOLD = JSON.stringify({
  id: 'bad',
  region: '32',
  members: [{ id: 'a', birthDate: '2021-02-30' }],
  incomes: [],
});
/**
 * Every test spawns the CLI from its sources under tsx (and worker threads load tsx again): slow
 * on a loaded two-core machine, so the tests of threads and detail levels run one after another,
 * after the others, with a long timeout.
 */
const SPAWN_TIMEOUT = 120_000;
const dir = mkdtempSync(join(tmpdir(), 'jiuzhu-cli-'));
const file = (name: string, text: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

type Rec = {
  line: number;
  ok: boolean;
  assessment?: { householdId: string; determinations: { dibao?: { amount?: { total: string } } } };
  error?: { kind: string; issues: { path: (string | number)[]; pathText: string; code: string }[] };
};

describe('jiuzhu assess', { timeout: SPAWN_TIMEOUT }, () => {
  it.concurrent('writes one line per non-blank input line, in order, and carries on past bad lines', async () => {
    const input = [GAP, '{"id": "x", broken', '', BAD_HOUSEHOLD, DEDUCT, ''].join('\n');
    const r = await jiuzhu(['assess', '--table', TABLE, '--on', ON, file('mixed.ndjson', input)]);
    expect(r.code).toBe(1);
    const out = records(r.stdout) as Rec[];
    expect(out.map((o) => [o.line, o.ok])).toEqual([
      [1, true],
      [2, false],
      [4, false],
      [5, true],
    ]);
    expect(out[0]?.assessment?.determinations.dibao?.amount?.total).toBe('926.00');
    expect(out[3]?.assessment?.determinations.dibao?.amount?.total).toBe('150.00');
    expect(out[1]?.error?.kind).toBe('json');
    expect(out[1]?.error?.issues[0]?.code).toBe('invalid_json');
    expect(out[2]?.error?.kind).toBe('household');
    expect(out[2]?.error?.issues.map((i) => i.pathText)).toEqual(
      expect.arrayContaining(['region', 'members[0].birthDate']),
    );
    expect(out[2]?.error?.issues.find((i) => i.pathText === 'region')?.path).toEqual(['region']);
    // The input is never echoed.
    expect(r.stdout).not.toContain('broken');
  });

  it.concurrent('reads stdin and exits 0 when every line is assessed', async () => {
    const r = await jiuzhu(['assess', '--table', TABLE, '--on', ON], `${GAP}\n${DEDUCT}\n`);
    expect(r.code).toBe(0);
    expect((records(r.stdout) as Rec[]).map((o) => o.assessment?.householdId)).toEqual([
      'cz-gap',
      'yc-deduct',
    ]);
    expect((await jiuzhu(['assess', '--table', TABLE, '--on', ON, '-'], `${GAP}\n`)).code).toBe(0);
  });

  it.concurrent('accepts a BOM and CRLF, and reports a truncated last line as an error line', async () => {
    const text = Buffer.from(`\uFEFF${GAP}\r\n${DEDUCT}\r\n{"id": "cut", "region": "3204`);
    const r = await jiuzhu(['assess', '--table', TABLE, '--on', ON, file('crlf.ndjson', text)]);
    expect(r.code).toBe(1);
    const out = records(r.stdout) as Rec[];
    expect(out.map((o) => [o.line, o.ok])).toEqual([
      [1, true],
      [2, true],
      [3, false],
    ]);
    expect(out[2]?.error?.issues[0]?.code).toBe('truncated_json');
  });

  it.concurrent('reads one pretty-printed household as a single line', async () => {
    const pretty = JSON.stringify(JSON.parse(GAP), null, 2);
    const r = await jiuzhu(['assess', '--table', TABLE, '--on', ON, file('one.json', pretty)]);
    expect(r.code).toBe(0);
    const out = records(r.stdout) as Rec[];
    expect(out).toHaveLength(1);
    expect(out[0]?.line).toBe(1);
    expect(out[0]?.assessment?.determinations.dibao?.amount?.total).toBe('926.00');
  });

  it.concurrent('gives an error line naming region when no standards are in force for a household', async () => {
    const r = await jiuzhu(['assess', '--table', TABLE, '--on', '2015-01-01'], `${GAP}\n`);
    expect(r.code).toBe(1);
    const [o] = records(r.stdout) as Rec[];
    expect(o?.error?.kind).toBe('standards');
    expect(o?.error?.issues[0]).toMatchObject({ pathText: 'region', code: 'no_entry_in_force' });
  });

  it.concurrent('exits 2 on usage and table errors', async () => {
    const badTable = file('bad-table.json', JSON.stringify({ id: 't', entries: [{ id: 'x' }] }));
    const [noOn, badOn, invalidTable, noStandards, unknown, notADay] = await Promise.all([
      jiuzhu(['assess', '--table', TABLE], `${GAP}\n`),
      jiuzhu(['assess', '--table', TABLE, '--on', '1 Aug'], ''),
      jiuzhu(['assess', '--table', badTable, '--on', ON], `${GAP}\n`),
      jiuzhu(['assess', '--table', TABLE, '--on', ON, '--region', '999999'], ''),
      jiuzhu(['frobnicate']),
      jiuzhu(['assess', '--table', TABLE, '--on', '2021-02-30'], `${GAP}\n`),
    ]);
    expect([badOn.code, invalidTable.code, noStandards.code, unknown.code]).toEqual([2, 2, 2, 2]);
    // A well-formed date that names no day is a usage error, not an error line per input line.
    expect(notADay.code).toBe(2);
    expect(notADay.stdout).toBe('');
    expect(notADay.stderr).toContain(
      '--on must be a real date written YYYY-MM-DD (got "2021-02-30")',
    );
    // Without --on a bare household has no date: an error line for it, exit 1 — never today's date.
    expect(noOn.code).toBe(1);
    expect(JSON.parse(noOn.stdout).error.issues[0]).toMatchObject({
      path: ['on'],
      code: 'missing_date',
    });
    expect(invalidTable.stderr).toContain('entries[0].region');
  });

  it.concurrent('gives an error line for a misspelt key of a request, naming the key', async () => {
    const household = JSON.parse(GAP);
    const lines = [
      JSON.stringify({ household, on: ON, evnets: [] }),
      JSON.stringify({ household, on: ON, inputs: { evnt: {} } }),
    ].join('\n');
    const r = await jiuzhu(['assess', '--table', TABLE], `${lines}\n`);
    expect(r.code).toBe(1);
    const out = records(r.stdout) as Rec[];
    expect(out.map((o) => [o.ok, o.error?.kind, o.error?.issues.map((i) => i.pathText)])).toEqual([
      [false, 'request', ['evnets']],
      [false, 'request', ['inputs.evnt']],
    ]);
    expect(out[0]?.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it.concurrent('takes a request with its own date, and a fixture file as a request', async () => {
    const household = JSON.parse(GAP);
    const request = JSON.stringify({ household, on: ON });
    const [r, fixture] = await Promise.all([
      jiuzhu(['assess', '--table', TABLE], `${request}\n`),
      jiuzhu([
        'assess',
        '--table',
        TABLE,
        'fixtures/households/temporary-aid-01-emergency-urban-base.json',
      ]),
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).assessment.on).toBe(ON);
    expect(fixture.code).toBe(0);
    const a = JSON.parse(fixture.stdout).assessment;
    expect(a.temporaryAid[0].amount.total).toBe('4200.00');
  });
});

describe('jiuzhu assess --workers and --detail', { timeout: SPAWN_TIMEOUT }, () => {
  // --workers N: this thread and N − 1 worker threads, batches shared by speed, output in order.
  // The default batch is 10 lines: 25 lines make three messages, the last one short.
  for (const [workers, batch, count] of [
    ['2', '4', 23],
    ['3', '2', 17],
    ['2', undefined, 25],
  ] as const) {
    const batchArgs = batch === undefined ? [] : ['--batch', batch];
    it(`gives the same output with --workers ${workers} ${batch === undefined ? '(default batch)' : `--batch ${batch}`} as in one thread`, async () => {
      const lines: string[] = [];
      for (let i = 0; i < count; i++) lines.push(i % 5 === 3 ? '{bad' : i % 2 ? GAP : DEDUCT);
      const input = `${lines.join('\n')}\n`;
      const [one, many] = await Promise.all([
        jiuzhu(['assess', '--table', TABLE, '--on', ON], input),
        jiuzhu(['assess', '--table', TABLE, '--on', ON, '--workers', workers, ...batchArgs], input),
      ]);
      expect(one.code).toBe(1);
      expect(many.code).toBe(1);
      expect(records(one.stdout)).toHaveLength(count);
      expect(many.stdout).toBe(one.stdout);
    });
  }

  it('--detail reasons leaves out every trace; --detail outcome keeps outcomes, amounts and values', async () => {
    const input = `${GAP}\n{bad\n`;
    const [full, reasons, outcome, workers] = await Promise.all([
      jiuzhu(['assess', '--table', TABLE, '--on', ON], input),
      jiuzhu(['assess', '--table', TABLE, '--on', ON, '--detail', 'reasons'], input),
      jiuzhu(['assess', '--table', TABLE, '--on', ON, '--detail', 'outcome'], input),
      jiuzhu(
        [
          'assess',
          '--table',
          TABLE,
          '--on',
          ON,
          '--detail',
          'outcome',
          '--workers',
          '2',
          '--batch',
          '1',
        ],
        input,
      ),
    ]);
    for (const r of [full, reasons, outcome, workers]) expect(r.code).toBe(1);
    const [f, r, o] = [full, reasons, outcome].map((x) => records(x.stdout) as Rec[]);
    // The bad line is the same error line at every level.
    expect(r![1]).toEqual(f![1]);
    expect(o![1]).toEqual(f![1]);
    expect(workers.stdout).toBe(outcome.stdout);
    expect(full.stdout).toContain('"trace"');
    expect(reasons.stdout).not.toContain('"trace"');
    expect(reasons.stdout).toContain('"reasons"');
    expect(outcome.stdout).not.toContain('"reasons"');
    expect(outcome.stdout).not.toContain('"stamp"');
    // Without the trace, a reason carries the message of the step it names in the full record.
    const dibaoOf = (
      x: Rec[] | undefined,
    ): { reasons: ReasonWithMessage<ComparisonReason>[]; trace: Determination['trace'] } =>
      (x![0]!.assessment as unknown as { determinations: { dibao: never } }).determinations.dibao;
    const fullReason = dibaoOf(f).reasons.find((x) => x.code === 'income_below_threshold');
    const viewReason = dibaoOf(r).reasons.find((x) => x.code === 'income_below_threshold');
    expect(fullReason?.step).toBeGreaterThan(0);
    expect(fullReason).not.toHaveProperty('message');
    expect(viewReason?.step).toBeUndefined();
    expect(viewReason?.message).toEqual(
      stepMessage(dibaoOf(f).trace[(fullReason?.step ?? 0) - 1]!),
    );
    expect(renderMessage(viewReason!.message!, 'en')).toContain('is below the 低保 standard');
    // dibao-02: 940 × 3 − 1894 = 926.00 at every level, with its intermediate values.
    for (const x of [f, r, o]) {
      const dibao = (
        x![0]!.assessment as unknown as { determinations: { dibao: Record<string, unknown> } }
      ).determinations.dibao;
      expect(dibao.outcome).toBe('eligible');
      expect((dibao.amount as { total: string }).total).toBe('926.00');
      expect((dibao.values as Record<string, string>).countedIncome).toBe('1894');
    }
    const tekun = (
      o![0]!.assessment as unknown as {
        determinations: { tekun: { members: Record<string, Record<string, unknown>> } };
      }
    ).determinations.tekun;
    expect(Object.keys(tekun.members)).toEqual(['a', 'b', 'c']);
    expect(Object.keys(tekun.members.a!).sort()).toEqual([
      'amount',
      'householdId',
      'outcome',
      'program',
      'values',
    ]);
  });

  it('refuses an unknown --detail level', async () => {
    const r = await jiuzhu(
      ['assess', '--table', TABLE, '--on', ON, '--detail', 'everything'],
      `${GAP}\n`,
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--detail must be one of full, reasons, outcome');
  });
});
