import { assess } from '../assess/assess';
import type { MedicalBillInput } from '../medical-aid/bill';
import { explainAssessment } from '../render/explain';
import { InputError } from '../schema/issues';
import { parseHousehold } from '../schema/parseHousehold';
import { StandardsError } from '../standards/errors';
import type { HardshipEventInput } from '../temporary-aid/event-schema';
import type { Locale } from '../trace/types';
import {
  dateOption,
  EXIT,
  parseCommandArgs,
  regionOption,
  requiredOption,
  stringOption,
  UsageError,
} from './args';
import { loadTable, readJson } from './io';
import { readRequest } from './request';

export const EXPLAIN_HELP = `Usage: jiuzhu explain --table FILE [--on DATE] [--region CODE] [--lang zh-CN|en] [--verbose] HOUSEHOLD

Prints one household's assessment as text. By default a one-screen summary: the tier, one line
per program (outcome, amount, the reason that decided it with threshold / actual / gap, rounded to
the fen) and what is missing to decide the undetermined ones. --verbose prints every determination
in full: the amount's breakdown, every trace step with its clauses (the national basis and the
region's own, from the table), its values, the table parameters used with their provenance, and
the reasons.

  --table FILE    standards table (JSON)
  --on DATE       assessment date YYYY-MM-DD (required unless the input is a request with its own "on")
  --region CODE   region whose standards apply (default: the household's)
  --lang L        zh-CN (default) or en
  --verbose       every step with its clauses and parameter provenance
  HOUSEHOLD       a JSON file with one household, or "-" for stdin

Exit codes: 0 explained, 1 invalid household or no standards in force, 2 usage or table error,
3 the output could not be written, 4 internal error (one line on stderr, no stack trace).`;

/** `jiuzhu explain`: one household's rationale as text. */
export function explainCommand(args: string[]): number {
  const p = parseCommandArgs(args, {
    table: { type: 'string' },
    on: { type: 'string' },
    region: { type: 'string' },
    lang: { type: 'string' },
    verbose: { type: 'boolean' },
  });
  if (p.values.help) {
    process.stdout.write(`${EXPLAIN_HELP}\n`);
    return EXIT.ok;
  }
  const tableFile = requiredOption(p, 'table');
  const onOption = dateOption(p, 'on', false);
  const region = regionOption(p);
  const lang = (stringOption(p, 'lang') ?? 'zh-CN') as Locale;
  if (lang !== 'zh-CN' && lang !== 'en') throw new UsageError('--lang must be zh-CN or en');
  if (p.positionals.length !== 1) throw new UsageError('give exactly one HOUSEHOLD file (or -)');
  const { table } = loadTable(tableFile);
  const req = readRequest(readJson(p.positionals[0] as string));
  try {
    // A malformed request is an input error like an invalid household: its issues by path.
    if (Array.isArray(req)) throw new InputError('options', req);
    const on = req.on ?? onOption;
    if (on === undefined) throw new UsageError('give --on DATE (the input gives no date)');
    const parsed = parseHousehold(req.household);
    if (!parsed.ok) throw parsed.error;
    const where = region ?? req.region;
    const a = assess(parsed.value, table, {
      on,
      ...(where !== undefined ? { region: where } : {}),
      ...(req.events.length > 0 ? { events: req.events as HardshipEventInput[] } : {}),
      ...(req.bills.length > 0 ? { bills: req.bills as MedicalBillInput[] } : {}),
      ...(req.democraticScore !== undefined ? { democraticScore: req.democraticScore } : {}),
    });
    process.stdout.write(
      explainAssessment(a, { locale: lang, verbose: p.values.verbose === true }),
    );
    return EXIT.ok;
  } catch (e) {
    if (e instanceof InputError) {
      for (const i of e.issues) process.stderr.write(`${i.pathText}: ${i.message[lang]}\n`);
      return EXIT.someFailed;
    }
    if (e instanceof StandardsError) {
      process.stderr.write(`${e.messages[lang]}\n`);
      return EXIT.someFailed;
    }
    throw e; // a usage error (exit 2), or a fault reported in one line by main (exit 4)
  }
}
