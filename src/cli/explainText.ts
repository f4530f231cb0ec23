import type { Assessment } from '../assess/assess';
import { collectDeterminations } from '../schema/determination';
import { provenanceText } from '../standards/provenance';
import type { Citation, Determination, Locale, ProgramId, Reason } from '../trace/types';

const PROGRAM_NAMES: Record<ProgramId, Record<Locale, string>> = {
  dibao: { 'zh-CN': '最低生活保障（低保）', en: 'Minimum living guarantee (dibao)' },
  'low-income': { 'zh-CN': '低收入家庭（低保边缘）', en: 'Low-income household' },
  tekun: { 'zh-CN': '特困人员救助供养', en: 'Destitute persons support (tekun)' },
  'temporary-aid': { 'zh-CN': '临时救助', en: 'Temporary assistance' },
  'phase-out': { 'zh-CN': '低保渐退', en: 'Dibao phase-out' },
  'single-person': { 'zh-CN': '单人户', en: 'Single-person household' },
  'medical-aid': { 'zh-CN': '医疗救助', en: 'Medical assistance' },
  'education-aid': { 'zh-CN': '教育救助', en: 'Education assistance' },
  'employment-aid': { 'zh-CN': '就业救助', en: 'Employment assistance' },
  'housing-aid': { 'zh-CN': '住房救助', en: 'Housing assistance' },
  'elderly-care': { 'zh-CN': '老年人补贴', en: 'Elderly care subsidies' },
  'disability-subsidy': { 'zh-CN': '残疾人两项补贴', en: 'Disability subsidies' },
};

const WORDS = {
  'zh-CN': {
    household: '家庭',
    region: '地区',
    on: '评估日期',
    tier: '分层',
    outcome: { eligible: '符合', ineligible: '不符合', undetermined: '待定（无法决定）' },
    amount: '金额',
    perMonth: '元/月',
    once: '元（一次性）',
    noAmount: '金额：无',
    steps: '步骤与依据',
    clause: '条款',
    values: '数值',
    params: '参数',
    reasons: '理由',
    threshold: '阈值',
    actual: '实际',
    gap: '差距',
    missing: '缺少',
    stamp: '标准表',
    sep: '：',
    colon: '：',
  },
  en: {
    household: 'Household',
    region: 'region',
    on: 'date',
    tier: 'tier',
    outcome: { eligible: 'eligible', ineligible: 'ineligible', undetermined: 'undetermined' },
    amount: 'Amount',
    perMonth: 'yuan/month',
    once: 'yuan (once)',
    noAmount: 'Amount: none',
    steps: 'Steps and clauses',
    clause: 'clause',
    values: 'values',
    params: 'parameters',
    reasons: 'Reasons',
    threshold: 'threshold',
    actual: 'actual',
    gap: 'gap',
    missing: 'missing',
    stamp: 'table',
    sep: ': ',
    colon: ':',
  },
} as const;

/** A citation as text: `document number clause`. */
export function citationText(c: Citation): string {
  return `《${c.document}》${c.number ? ` ${c.number}` : ''} ${c.clause}`;
}

function reasonText(r: Reason, lang: Locale): string {
  const w = WORDS[lang];
  let extra = '';
  if ('threshold' in r)
    extra = ` (${w.threshold} ${r.threshold}, ${w.actual} ${r.actual}, ${w.gap} ${r.gap})`;
  else if (r.code === 'missing_fact') extra = ` (${w.missing} ${r.paths.join(', ')})`;
  else if (r.code === 'missing_parameter') extra = ` (${w.missing} ${r.parameter})`;
  return `  - [${r.effect}] ${r.message[lang]}${extra}\n    ${w.clause}${w.sep}${r.citations.map(citationText).join('；')}`;
}

function determinationText(path: string, d: Determination, lang: Locale): string {
  const w = WORDS[lang];
  const out: string[] = [];
  out.push(
    `== ${PROGRAM_NAMES[d.program]?.[lang] ?? d.program} [${path}]${w.sep}${w.outcome[d.outcome]}`,
  );
  if (d.amount) {
    out.push(
      `${w.amount}${w.sep}${d.amount.total} ${d.amount.period === 'month' ? w.perMonth : w.once}`,
    );
    for (const line of d.amount.breakdown)
      out.push(
        `  ${line.label[lang]}${line.memberId ? ` (${line.memberId})` : ''}${w.sep}${line.amount}`,
      );
  } else out.push(w.noAmount);
  out.push(`${w.steps}${w.colon}`);
  for (const s of d.trace) {
    out.push(`  ${s.step}. [${s.rule}] ${s.message[lang]}`);
    if (s.citations.length > 0)
      out.push(`     ${w.clause}${w.sep}${s.citations.map(citationText).join('；')}`);
    const values = Object.entries(s.values);
    if (values.length > 0)
      out.push(`     ${w.values}${w.sep}${values.map(([k, v]) => `${k} = ${v}`).join(', ')}`);
    for (const u of s.parameters ?? [])
      out.push(
        `     ${w.params}${w.sep}${u.parameter} = ${u.value}${u.provenance ? ` — ${provenanceText(u.provenance)}` : ''}`,
      );
  }
  if (d.reasons.length > 0) {
    out.push(`${w.reasons}${w.colon}`);
    for (const r of d.reasons) out.push(reasonText(r, lang));
  }
  out.push(
    `${w.stamp}${w.sep}${d.stamp.tableId} (${d.stamp.entryIds.join(', ')}), jiuzhu ${d.stamp.version}`,
  );
  return out.join('\n');
}

/**
 * The rationale of an assessment as readable text: per program the outcome, the amount with its
 * breakdown, every trace step with its clauses and the table parameters used with their
 * provenance, and the reasons.
 */
export function explainText(a: Assessment, lang: Locale): string {
  const w = WORDS[lang];
  const t = a.tier as unknown;
  // The tier: a bare code, or an object whose message names it (`救助层级：…`).
  const tier =
    typeof t === 'string'
      ? `${w.tier} ${t}`
      : ((t as { message?: Record<Locale, string> }).message?.[lang] ??
        `${w.tier} ${String((t as { tier?: string }).tier)}`);
  const head = `${w.household} ${a.householdId} · ${w.region} ${a.region} · ${w.on} ${a.on} · ${tier}`;
  const parts = collectDeterminations(a).map(({ path, determination }) =>
    determinationText(path, determination, lang),
  );
  return `${[head, ...parts].join('\n\n')}\n`;
}
