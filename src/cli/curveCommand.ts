import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { type BenefitCurve, benefitCurve } from '../analysis/benefitCurve';
import { INCOME_TYPES, type IncomeType } from '../schema/household';
import { InputError } from '../schema/issues';
import { StandardsError } from '../standards/errors';
import { EXIT, UsageError } from './args';
import { checkedDate, checkedRegion } from './compareCommand';
import { loadTable, readJson } from './io';
import { readRequest } from './request';
import { type ChartBand, type ChartMarker, lineChart } from './svg';

export const CURVE_HELP = `Usage: jiuzhu curve --table FILE --household FILE --income-from YUAN --income-to YUAN
                    [--step YUAN] [--member ID] [--income-type TYPE] [--on DATE]
                    [--region CODE] [--format csv|svg] [--out FILE]

The benefit curve: one member's monthly income is varied from --income-from to --income-to by
--step (default 10 yuan); at each step the household is assessed and each program's monthly
amount and the household's total monthly support are written. Where a program's outcome changes
(the 低保 line, the low-income line, the end of 渐退期) the exact income is found to the fen
between two steps.

The member's income items of --income-type (default wage) are replaced by one monthly item of
the step's amount; the household's other incomes stay. --household is a JSON household or a
request as jiuzhu assess reads it (its "on", "region", events and bills apply).

  --format csv    (default) one row per step: income, total, then per program its amount and
                  outcome; then one "# edge" comment row per outcome change
  --format svg    a line chart: amount against income per program and the total, the edges as
                  dashed lines with their incomes, 渐退期 shaded
  --out FILE      write to FILE instead of stdout
  -h, --help      show this help

Exit codes: 0 ok, 1 the household or its assessment failed, 2 usage or table error.`;

/** Short names of the programs on the chart and in edge labels. */
const NAMES: Record<string, string> = {
  dibao: '低保 dibao',
  lowIncome: '低收入 low-income',
  tekun: '特困 tekun',
  phaseOut: '渐退期 phase-out',
};
const name = (key: string) => NAMES[key] ?? key;

/** The program keys a curve shows: the tier programs, and any other eligible at some step. */
function shownKeys(c: BenefitCurve): string[] {
  const keys: string[] = [];
  for (const p of c.points)
    for (const [k, cell] of Object.entries(p.programs))
      if (!keys.includes(k) && (k in NAMES || cell.outcome === 'eligible')) keys.push(k);
  return keys;
}

/** The curve as CSV: a header, a row per step, a `# edge` row per outcome change. */
export function curveCsv(c: BenefitCurve): string {
  const keys = shownKeys(c);
  const rows = [['income', 'total', ...keys.flatMap((k) => [k, `${k}.outcome`])].join(',')];
  for (const p of c.points)
    rows.push(
      [
        p.income,
        p.total,
        ...keys.flatMap((k) => {
          const cell = p.programs[k];
          return cell ? [cell.amount, cell.outcome] : ['', ''];
        }),
      ].join(','),
    );
  for (const e of c.edges)
    rows.push(
      `# edge,${e.program},${e.before},${e.after},${e.at},${e.amountBefore},${e.amountAfter}`,
    );
  return `${rows.join('\n')}\n`;
}

/** "低保 line" for the end of 低保 eligibility, "low-income line" for the end of 低收入's range. */
function lineName(e: BenefitCurve['edges'][number]): string {
  if (e.program === 'dibao' && e.before === 'eligible') return '低保 line — ';
  if (e.program === 'lowIncome' && e.after === 'ineligible' && e.before !== 'ineligible')
    return 'low-income line — ';
  return '';
}

/** The curve as an SVG line chart (numbers are converted for drawing only). */
export function curveSvg(c: BenefitCurve): string {
  const keys = shownKeys(c).filter((k) => c.points.some((p) => p.programs[k]?.amount !== '0.00'));
  const series = [
    ...keys.map((k) => ({
      name: name(k),
      points: c.points.map((p) => [Number(p.income), Number(p.programs[k]?.amount ?? 0)] as const),
    })),
    { name: 'total', points: c.points.map((p) => [Number(p.income), Number(p.total)] as const) },
  ];
  const markers: ChartMarker[] = c.edges.map((e) => ({
    x: Number(e.at),
    label: `${lineName(e)}${name(e.program)}: ${e.before} → ${e.after} at ${e.at}`,
  }));
  const bands: ChartBand[] = [];
  let start: number | undefined;
  c.points.forEach((p, i) => {
    const on = p.programs.phaseOut?.outcome === 'eligible';
    if (on && start === undefined) start = Number(p.income);
    const last = i === c.points.length - 1;
    if (start !== undefined && (!on || last)) {
      bands.push({ from: start, to: Number(p.income), label: '渐退期 phase-out' });
      start = undefined;
    }
  });
  return lineChart({
    title: `Benefit curve of household ${c.householdId}: member ${c.memberId}'s monthly ${c.incomeType}`,
    xLabel: `monthly ${c.incomeType} of member ${c.memberId} (yuan)`,
    yLabel: 'monthly support (yuan)',
    series,
    markers,
    bands,
  });
}

/** `jiuzhu curve`. */
export function curveCommand(args: string[]): number {
  let v: Record<string, string | boolean | undefined>;
  try {
    v = parseArgs({
      args,
      options: {
        table: { type: 'string' },
        household: { type: 'string' },
        'income-from': { type: 'string' },
        'income-to': { type: 'string' },
        step: { type: 'string' },
        member: { type: 'string' },
        'income-type': { type: 'string' },
        on: { type: 'string' },
        region: { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
    }).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (v.help) {
    process.stdout.write(`${CURVE_HELP}\n`);
    return EXIT.ok;
  }
  const str = (k: string) => (typeof v[k] === 'string' ? (v[k] as string) : undefined);
  const need = (k: string) => {
    const s = str(k);
    if (s === undefined || s === '') throw new UsageError(`--${k} is required`);
    return s;
  };
  const format = str('format') ?? 'csv';
  if (format !== 'csv' && format !== 'svg') throw new UsageError('--format must be csv or svg');
  const incomeType = (str('income-type') ?? 'wage') as IncomeType;
  if (!(INCOME_TYPES as readonly string[]).includes(incomeType))
    throw new UsageError(`--income-type must be one of ${INCOME_TYPES.join(', ')}`);
  const money = (k: string, dflt?: string) => {
    const s = dflt === undefined ? need(k) : (str(k) ?? dflt);
    if (!/^\d+(\.\d{1,2})?$/.test(s))
      throw new UsageError(
        `--${k} must be an amount of yuan ≥ 0 to the fen (got ${JSON.stringify(s)})`,
      );
    return s;
  };
  const from = money('income-from');
  const to = money('income-to');
  const step = money('step', '10');
  const { table } = loadTable(need('table'));
  const req = readRequest(readJson(need('household')));
  if (Array.isArray(req))
    throw new UsageError(
      `--household: ${req.map((i) => `${i.pathText}: ${i.message.en}`).join('; ')}`,
    );
  const on = checkedDate('on', str('on')) ?? req.on;
  if (on === undefined) throw new UsageError('--on is required (the household file gives no date)');
  const region = checkedRegion(str('region')) ?? req.region;
  let curve: BenefitCurve;
  try {
    curve = benefitCurve(req.household as never, table, {
      on,
      from,
      to,
      step,
      incomeType,
      ...(str('member') !== undefined ? { memberId: str('member') as string } : {}),
      ...(region !== undefined ? { region } : {}),
      ...(req.events.length > 0 ? { events: req.events as never } : {}),
      ...(req.bills.length > 0 ? { bills: req.bills as never } : {}),
    });
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(e.message);
    if (e instanceof InputError) {
      process.stderr.write(
        `jiuzhu curve: ${e.issues.map((i) => `${i.pathText}: ${i.message.en}`).join('; ')}\n`,
      );
      return EXIT.someFailed;
    }
    if (e instanceof StandardsError) throw new UsageError(e.messages.en);
    throw e;
  }
  const output = format === 'csv' ? curveCsv(curve) : curveSvg(curve);
  const out = str('out');
  if (out === undefined) process.stdout.write(output);
  else
    try {
      writeFileSync(out, output);
    } catch (e) {
      process.stderr.write(
        `jiuzhu: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? 'error'}\n`,
      );
      return EXIT.someFailed;
    }
  return EXIT.ok;
}
