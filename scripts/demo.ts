/**
 * The demo: every fixture household assessed on the bundled tables, with the Chinese rationale.
 *
 *   npm run demo            # zh-CN
 *   npm run demo -- --lang en
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  assess,
  explainAssessment,
  InputError,
  type Locale,
  parseStandardsTable,
  StandardsError,
  type StandardsTable,
} from '../src/index';

const root = join(import.meta.dirname, '..', 'fixtures');
const lang: Locale = process.argv.includes('en') ? 'en' : 'zh-CN';
/** `--all`: every determination in full, each step with its clauses (`explain --verbose`). */
const verbose = process.argv.includes('--all');

const tables = new Map<string, StandardsTable>();
function table(file: string): StandardsTable {
  let t = tables.get(file);
  if (!t) {
    const r = parseStandardsTable(JSON.parse(readFileSync(join(root, 'standards', file), 'utf8')));
    if (!r.ok) throw r.error;
    t = r.value;
    tables.set(file, t);
  }
  return t;
}

const files = readdirSync(join(root, 'households'))
  .filter((f) => f.endsWith('.json'))
  .sort();
let count = 0;
for (const file of files) {
  const fx = JSON.parse(readFileSync(join(root, 'households', file), 'utf8'));
  console.log(`\n■ ${fx.name}  [${file}]`);
  try {
    const events = fx.inputs?.event ? [fx.inputs.event] : [];
    const bills = fx.inputs?.bill ? [fx.inputs.bill] : [];
    const democraticScore = fx.inputs?.democraticScore;
    const a = assess(fx.household, table(fx.table), {
      on: fx.on,
      events,
      bills,
      ...(democraticScore !== undefined ? { democraticScore } : {}),
    });
    // The caseworker's one-screen summary; `--all` gives every step with its clauses.
    process.stdout.write(explainAssessment(a, { locale: lang, verbose }));
    count++;
  } catch (e) {
    if (e instanceof InputError || e instanceof StandardsError) {
      console.log(`  ✗ ${e.message}`);
    } else throw e;
  }
}
console.log(
  `\n${count} / ${files.length} ${lang === 'zh-CN' ? '户已评估' : 'households assessed'}`,
);
