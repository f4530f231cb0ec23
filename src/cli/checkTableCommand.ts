import { checkStandards, type StandardsFinding } from '../check-standards/checkStandards';
import { parseStandardsTable } from '../standards/parseStandardsTable';
import type { Locale } from '../trace/types';
import { EXIT, parseCommandArgs, stringOption, UsageError } from './args';
import { readJson } from './io';

export const CHECK_TABLE_HELP = `Usage: jiuzhu check-table [--lang zh-CN|en] FILE

Validates a standards table: every schema error is printed with its path; a valid table is then
checked against its own rules and for structural faults (checkStandards: overlapping entries,
gaps, missing bases, 特困 basic standard below its floor, …), one finding per line:
  error|warning CODE REGION[@DATE] [PATH] [(entry ID)]: MESSAGE

Exit codes: 0 valid (warnings allowed), 1 schema errors or findings of severity "error",
2 usage error or a file that is not JSON, 3 the output could not be written, 4 internal error.`;

/** A finding as one line: `SEVERITY CODE REGION[@DATE] [PATH] [(entry ID)]: MESSAGE`. */
function findingLine(f: StandardsFinding, lang: Locale): string {
  const where = `${f.region}${f.on ? `@${f.on}` : ''}${f.path ? ` ${f.path}` : ''}${f.entryId ? ` (entry ${f.entryId})` : ''}`;
  return `${f.severity} ${f.code} ${where}: ${f.message[lang]}\n`;
}

/** `jiuzhu check-table`. */
export function checkTableCommand(args: string[]): number {
  const p = parseCommandArgs(args, { lang: { type: 'string' } });
  if (p.values.help) {
    process.stdout.write(`${CHECK_TABLE_HELP}\n`);
    return EXIT.ok;
  }
  const lang = (stringOption(p, 'lang') ?? 'zh-CN') as Locale;
  if (lang !== 'zh-CN' && lang !== 'en') throw new UsageError('--lang must be zh-CN or en');
  if (p.positionals.length !== 1) throw new UsageError('give exactly one table FILE');
  const r = parseStandardsTable(readJson(p.positionals[0] as string));
  if (!r.ok) {
    for (const i of r.error.issues)
      process.stdout.write(`error ${i.code} ${i.pathText}: ${i.message[lang]}\n`);
    return EXIT.someFailed;
  }
  const findings = checkStandards(r.value);
  let errors = 0;
  for (const f of findings) {
    if (f.severity === 'error') errors++;
    process.stdout.write(findingLine(f, lang));
  }
  process.stderr.write(
    `${p.positionals[0]}: ${r.value.entries.length} entries, ${findings.length} findings, ${errors} errors\n`,
  );
  return errors > 0 ? EXIT.someFailed : EXIT.ok;
}
