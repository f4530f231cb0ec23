import { parseArgs } from 'node:util';
import type { CaseloadSummary } from '../analysis/caseloadSummary';
import { runAnalysis } from './analysisPool';
import { EXIT, UsageError } from './args';
import { checkedDate, checkedRegion, wholeOption } from './compareCommand';
import { loadTable, Output, openInput } from './io';
import { lineBatches, withDocuments } from './lines';
import { Progress } from './progress';
import { caseloadText } from './summaryText';

export const SUMMARIZE_HELP = `Usage: jiuzhu summarize --table FILE [--on DATE] [--region CODE] [--text]
                        [--workers N [--batch N]] [INPUT]

Assesses every household and writes the caseload's summary as JSON on stdout: households per
tier; per program the eligible, ineligible and undetermined counts and the sum of its amounts;
the monthly, annual (× 12) and one-off outlay; the same by region code; and what data to
collect next: the households with an undetermined program, counted per missing fact (member and
item indices written []) and per missing table parameter. Sums are exact.

A line that fails is written to stderr as jiuzhu assess writes it, and counted in "failed".
INPUT is read as by jiuzhu assess (NDJSON households or requests, or one JSON household).

  --table FILE    standards table (JSON), validated first
  --on DATE       the date of every line that gives none
  --region CODE   six-digit GB/T 2260 region whose standards apply (default: each household's)
  --text          write the summary as text instead of JSON
  --workers N     assess on N threads, as jiuzhu assess
  --batch N       lines per message to a worker (default 10)
  -h, --help      show this help

Exit codes: 0 every line ok, 1 some lines failed, 2 usage or table error.
A progress line goes to stderr when it is a terminal or past 10,000 lines.`;

/** `jiuzhu summarize`: one table's aggregate over a caseload. */
export async function summarizeCommand(args: string[], self: URL): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  const parse = () =>
    parseArgs({
      args,
      options: {
        table: { type: 'string' },
        on: { type: 'string' },
        region: { type: 'string' },
        text: { type: 'boolean' },
        workers: { type: 'string' },
        batch: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: true,
      strict: true,
    });
  try {
    parsed = parse();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values: v, positionals } = parsed;
  if (v.help) {
    process.stdout.write(`${SUMMARIZE_HELP}\n`);
    return EXIT.ok;
  }
  if (v.table === undefined || v.table === '') throw new UsageError('--table is required');
  const on = checkedDate('on', v.on);
  const region = checkedRegion(v.region);
  const workers = wholeOption('workers', v.workers, 0, 64);
  const batchSize = wholeOption('batch', v.batch, 10, 100_000);
  if (batchSize < 1) throw new UsageError('--batch must be a whole number from 1 to 100000');
  if (positionals.length > 1) throw new UsageError('give at most one INPUT');
  const { raw, table } = loadTable(v.table);
  const input = openInput(positionals[0]);
  const errors = new Output(process.stderr);
  const progress = new Progress(process.stderr, process.stderr.isTTY === true, 'summarize');
  const summary = (await runAnalysis(
    {
      kind: 'summarize',
      ctx: {
        old: table,
        ...(on !== undefined ? { on } : {}),
        ...(region !== undefined ? { region } : {}),
      },
      raw: { old: raw },
      workers,
      batchSize,
      out: errors,
      progress,
      self,
    },
    withDocuments(lineBatches(input)),
  )) as CaseloadSummary;
  await errors.end();
  progress.done();
  const data = summary.toJSON();
  const out = new Output(process.stdout);
  out.push(
    v.text
      ? caseloadText(data, progress.errors)
      : `${JSON.stringify({ ...data, failed: progress.errors }, null, 2)}\n`,
  );
  await out.end();
  return progress.errors > 0 ? EXIT.someFailed : EXIT.ok;
}
