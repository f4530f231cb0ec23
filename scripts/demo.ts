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
  type Determination,
  InputError,
  type Locale,
  parseStandardsTable,
  StandardsError,
  type StandardsTable,
} from '../src/index';

const root = join(import.meta.dirname, '..', 'fixtures');
const lang: Locale = process.argv.includes('en') ? 'en' : 'zh-CN';
const zh = lang === 'zh-CN';
/** `--all`: every program in full, special assistance included when undetermined. */
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

const OUTCOME: Record<string, string> = zh
  ? { eligible: '符合', ineligible: '不符合', undetermined: '待定（缺少事实或需裁量）' }
  : { eligible: 'eligible', ineligible: 'not eligible', undetermined: 'undetermined' };

/** Prints a determination; with `full`, every step with its clause and the reasons that bear. */
function printDetermination(d: Determination, full: boolean): void {
  const per = d.amount?.period === 'month' ? (zh ? '月' : 'month') : zh ? '次' : 'time';
  const amount = d.amount ? `  ${d.amount.total} ${zh ? '元' : 'yuan'}/${per}` : '';
  console.log(`  ▸ ${d.program}: ${OUTCOME[d.outcome]}${amount}`);
  if (!full) return;
  for (const step of d.trace) {
    const c = step.citations[0];
    const cite = c ? ` 〔${c.document}${c.number ? ` ${c.number}` : ''} ${c.clause}〕` : '';
    console.log(`      ${step.step}. ${step.message[lang]}${cite}`);
  }
  for (const r of d.reasons) {
    if (r.effect === 'missing' || r.effect === 'notice' || r.effect === 'disqualifies') {
      console.log(`      ⚑ ${r.message[lang]}`);
    }
  }
}

const files = readdirSync(join(root, 'households'))
  .filter((f) => f.endsWith('.json'))
  .sort();
let count = 0;
for (const file of files) {
  const fx = JSON.parse(readFileSync(join(root, 'households', file), 'utf8'));
  console.log(`\n■ ${fx.name}  [${file}]  ${zh ? '评估日' : 'on'} ${fx.on}`);
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
    console.log(`  ${a.tier.message[lang]}`);
    const all: Determination[] = [
      ...Object.values(a.determinations),
      ...a.singlePerson,
      ...a.temporaryAid,
      ...a.medicalAid,
      ...Object.values(a.special).filter((d) => d.outcome !== 'undetermined' || verbose),
    ];
    // The programs the fixture is about get their full rationale; the others one line each.
    for (const d of all) printDetermination(d, verbose || d.program in fx.expected);
    if (a.povertyScore) {
      const p = a.povertyScore;
      console.log(
        `  ▸ ${zh ? '“3+1”综合评分' : '"3+1" score'}: ${p.score ?? OUTCOME.undetermined}`,
      );
    }
    if (a.povertyAlleviated) {
      console.log(`  ▸ ${zh ? '脱贫人口兜底去向' : '脱贫 routing'}: ${a.povertyAlleviated.route}`);
    }
    count++;
  } catch (e) {
    if (e instanceof InputError || e instanceof StandardsError) {
      console.log(`  ✗ ${e.message}`);
    } else throw e;
  }
}
console.log(`\n${count} / ${files.length} ${zh ? '户已评估' : 'households assessed'}`);
