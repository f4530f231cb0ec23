import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { ComparisonSummary } from '../analysis/comparisonSummary';
import { isIsoDate } from '../dates/calendar';
import { runAnalysis } from './analysisPool';
import { EXIT, UsageError } from './args';
import { loadTable, Output, openInput, readJson } from './io';
import { lineBatches, withDocuments } from './lines';
import { Progress } from './progress';
import { comparisonText } from './summaryText';
import { parseSet, patchTable } from './tablePatch';

export const COMPARE_HELP = `Usage: jiuzhu compare --table OLD [--table NEW] [--on DATE | --on-old D1 --on-new D2]
                      [--set [ENTRY:]PATH=VALUE …] [--patch FILE …] [--summary FILE]
                      [--region CODE] [--workers N [--batch N]] [INPUT]

Assesses every household under two standards tables (or two dates) and writes one NDJSON line
per household:
  {"line": n, "ok": true, "comparison": {householdId, region, on: {old, new},
     tier: {old, new, changed},
     programs: [{key, program, period, old: {outcome, amount}, new: {…}, change, delta}],
     old: {monthly, once}, new: {monthly, once}, delta: {monthly, once, change}}}
  {"line": n, "ok": false, "error": {…}}          (as jiuzhu assess writes it)
change: newly-eligible, no-longer-eligible, up, down, same, outcome-changed; delta = new − old
in yuan (an amount not paid counts 0); a household's delta.change is gain, loss or unchanged.
Then a summary goes to stderr (text) and, with --summary, to FILE (JSON): households per tier
and each program's counts under each table, monthly, annual (× 12) and one-off outlay under
each and the difference, gainers / losers / unchanged, the same by region. Sums are exact: the
households' deltas add up to the difference of the totals, to the fen.

INPUT is read as by jiuzhu assess (NDJSON households or requests, or one JSON household).

  --table FILE        the old table; a second --table is the new one (default: the old one)
  --set [ENTRY:]PATH=VALUE
                      a proposal: set a parameter of the new table, e.g.
                        --set changzhou-2021-07:dibao.standard.urban=1000
                      ENTRY may be left out when one entry alone sets PATH. A number on a money
                      figure makes an explicit figure marked illustrative; a JSON object (a
                      derived figure) is used as written. Repeatable.
  --patch FILE        a proposal: one table entry (JSON) replacing the entry of its id, or added
                      (repeatable). The patched table is validated as a table; what check-table
                      finds in it and not in the base is printed as a warning.
  --on DATE           the date of every line that gives none
  --on-old DATE       the date of every line under the old table (over a line's own date)
  --on-new DATE       the date of every line under the new table (over a line's own date)
  --region CODE       six-digit GB/T 2260 region whose standards apply (default: each household's)
  --summary FILE      also write the summary as JSON to FILE
  --workers N         compare on N threads, as jiuzhu assess (output order is kept)
  --batch N           lines per message to a worker (default 10)
  -h, --help          show this help

Exit codes: 0 every line ok, 1 some lines failed, 2 usage or table error.
A progress line goes to stderr when it is a terminal or past 10,000 lines.`;

/** Reads the options of `compare` (repeatable --table, --set and --patch). */
function options(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        table: { type: 'string', multiple: true },
        set: { type: 'string', multiple: true },
        patch: { type: 'string', multiple: true },
        on: { type: 'string' },
        'on-old': { type: 'string' },
        'on-new': { type: 'string' },
        region: { type: 'string' },
        summary: { type: 'string' },
        workers: { type: 'string' },
        batch: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

/** A `YYYY-MM-DD` option naming a real day, or undefined. */
export function checkedDate(name: string, v: string | undefined): string | undefined {
  if (v !== undefined && !isIsoDate(v))
    throw new UsageError(
      `--${name} must be a real date written YYYY-MM-DD (got ${JSON.stringify(v)})`,
    );
  return v;
}

/** A whole-number option within bounds. */
export function wholeOption(name: string, v: string | undefined, dflt: number, max: number) {
  if (v === undefined) return dflt;
  const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new UsageError(`--${name} must be a whole number from 0 to ${max}`);
  return n;
}

/** Checks a six-digit region code option. */
export function checkedRegion(v: string | undefined): string | undefined {
  if (v !== undefined && !/^\d{6}$/.test(v))
    throw new UsageError(`--region must be a six-digit GB/T 2260 code (got ${JSON.stringify(v)})`);
  return v;
}

/** `jiuzhu compare`: the what-if of two tables (or dates) over a caseload. */
export async function compareCommand(args: string[], self: URL): Promise<number> {
  const { values: v, positionals } = options(args);
  if (v.help) {
    process.stdout.write(`${COMPARE_HELP}\n`);
    return EXIT.ok;
  }
  const tables = v.table ?? [];
  if (tables.length < 1 || tables.length > 2)
    throw new UsageError('give --table OLD and optionally --table NEW');
  const on = checkedDate('on', v.on);
  const onOld = checkedDate('on-old', v['on-old']);
  const onNew = checkedDate('on-new', v['on-new']);
  if ((onOld === undefined) !== (onNew === undefined))
    throw new UsageError('give --on-old and --on-new together');
  if (on !== undefined && onOld !== undefined)
    throw new UsageError('give --on, or --on-old and --on-new, not both');
  const region = checkedRegion(v.region);
  const workers = wholeOption('workers', v.workers, 0, 64);
  const batchSize = wholeOption('batch', v.batch, 10, 100_000);
  if (batchSize < 1) throw new UsageError('--batch must be a whole number from 1 to 100000');
  if (positionals.length > 1) throw new UsageError('give at most one INPUT');
  const old = loadTable(tables[0] as string);
  const sets = (v.set ?? []).map(parseSet);
  const patches = (v.patch ?? []).map((f) => readJson(f));
  const base = tables.length === 2 ? loadTable(tables[1] as string) : old;
  const next = patchTable(base, sets, patches, (tables[1] ?? tables[0]) as string);
  for (const f of next.findings) process.stderr.write(`jiuzhu compare: proposal: ${f}\n`);
  if (tables.length === 1 && sets.length + patches.length === 0 && onOld === undefined)
    throw new UsageError(
      'nothing to compare: give a second --table, --set, --patch or --on-old/--on-new',
    );
  const input = openInput(positionals[0]);
  const out = new Output(process.stdout);
  const progress = new Progress(process.stderr, process.stderr.isTTY === true, 'compare');
  const summary = (await runAnalysis(
    {
      kind: 'compare',
      ctx: {
        old: old.table,
        new: next.table,
        ...(on !== undefined ? { on } : {}),
        ...(onOld !== undefined ? { onOld } : {}),
        ...(onNew !== undefined ? { onNew } : {}),
        ...(region !== undefined ? { region } : {}),
      },
      raw: { old: old.raw, new: next.raw },
      workers,
      batchSize,
      out,
      progress,
      self,
    },
    withDocuments(lineBatches(input)),
  )) as ComparisonSummary;
  await out.end();
  progress.done();
  const data = summary.toJSON();
  if (v.summary !== undefined) {
    try {
      writeFileSync(v.summary, `${JSON.stringify(data, null, 2)}\n`);
    } catch (e) {
      process.stderr.write(
        `jiuzhu: cannot write ${v.summary}: ${(e as NodeJS.ErrnoException).code ?? 'error'}\n`,
      );
      return EXIT.someFailed;
    }
  }
  process.stderr.write(comparisonText(data, progress.errors));
  return progress.errors > 0 ? EXIT.someFailed : EXIT.ok;
}
