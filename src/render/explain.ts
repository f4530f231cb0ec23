import { Rational } from '../money/rational';
import { collectDeterminations } from '../schema/determination';
import { type Provenance, provenanceText } from '../standards/provenance';
import type { MessageRef } from '../trace/message';
import type {
  Citation,
  Determination,
  Locale,
  Outcome,
  ProgramId,
  Reason,
  Stamp,
  TraceStep,
} from '../trace/types';
import { type PartialTables, resolveCitations, resolveProvenance } from './recordTables';
import { reasonMessage, renderMessage, stepMessage } from './renderMessage';

/** Names of the programs, per locale. */
export const PROGRAM_NAMES: Record<ProgramId, Record<Locale, string>> = {
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
    outcome: { eligible: '符合', ineligible: '不符合', undetermined: '待定' },
    perMonth: '元/月',
    once: '元（一次性）',
    noAmount: '金额：无',
    amount: '金额',
    steps: '步骤与依据',
    clause: '条款',
    values: '数值',
    params: '参数',
    reasons: '理由',
    threshold: '阈值',
    actual: '实际',
    gap: '差距',
    missing: '缺少',
    toDecide: '待补充后方可决定',
    members: '成员',
    stamp: '标准表',
    sep: '：',
    comma: '，',
    list: '、',
    colon: '：',
  },
  en: {
    household: 'Household',
    region: 'region',
    on: 'date',
    outcome: { eligible: 'eligible', ineligible: 'ineligible', undetermined: 'undetermined' },
    perMonth: 'yuan/month',
    once: 'yuan (once)',
    noAmount: 'Amount: none',
    amount: 'Amount',
    steps: 'Steps and clauses',
    clause: 'clause',
    values: 'values',
    params: 'parameters',
    reasons: 'Reasons',
    threshold: 'threshold',
    actual: 'actual',
    gap: 'gap',
    missing: 'missing',
    toDecide: 'To decide, collect',
    members: 'members',
    stamp: 'table',
    sep: ': ',
    comma: ', ',
    list: ', ',
    colon: ':',
  },
} as const;

/** A citation as text: `《document》 number clause`. */
export function citationText(c: Citation): string {
  return `《${c.document}》${c.number ? ` ${c.number}` : ''} ${c.clause}`;
}

/**
 * A value as people read it: a fraction (`1894/3`) rounded to the fen (`631.33`); any other text
 * as it is. The exact value stays in the record's JSON.
 */
export function shownValue(value: string): string {
  if (!/^-?\d+\/\d+$/.test(value)) return value;
  return Rational.fromText(value)?.toFixed(2) ?? value;
}

/** A compared value as people read it: money to the fen, other units rounded only if fractions. */
function shownCompared(value: string, unit: string): string {
  if (unit !== 'yuan') return shownValue(value);
  return Rational.fromText(value)?.toFixed(2) ?? value;
}

/** Options of {@link renderDetermination} and {@link explainAssessment}. */
export interface RenderOptions {
  locale: Locale;
  /**
   * The record's tables: an assessment (it carries them), or `recordTables(...)` for
   * determinations made one by one. Without them, no clause or provenance is shown.
   */
  tables?: PartialTables;
}

/** A trace step as text, with its clauses. */
export interface RenderedStep {
  step: number;
  rule: string;
  text: string;
  citations: Citation[];
  values: Record<string, string>;
  parameters: { parameter: string; value: string; provenance?: Provenance }[];
}

/** A reason as text, with its clauses and, for a comparison, the figures shown to the fen. */
export interface RenderedReason {
  code: string;
  effect: Reason['effect'];
  rule: string;
  memberId?: string;
  text: string;
  citations: Citation[];
  /** `threshold`, `actual`, `gap` as people read them (comparisons only). */
  compared?: { threshold: string; actual: string; gap: string };
}

/** A determination rendered for people in one locale. */
export interface RenderedDetermination {
  program: ProgramId;
  outcome: Outcome;
  outcomeText: string;
  amount: {
    total: string;
    period: 'month' | 'once';
    lines: { label: string; amount: string; memberId?: string }[];
  } | null;
  reasons: RenderedReason[];
  trace: RenderedStep[];
}

function renderReason(r: Reason, o: RenderOptions, trace: readonly TraceStep[]): RenderedReason {
  const out: RenderedReason = {
    code: r.code,
    effect: r.effect,
    rule: r.rule,
    text: renderMessage(reasonMessage(r, trace), o.locale),
    citations: o.tables ? resolveCitations(o.tables, r.rule) : [],
  };
  if (r.memberId !== undefined) out.memberId = r.memberId;
  if ('threshold' in r)
    out.compared = {
      threshold: shownCompared(r.threshold, r.unit),
      actual: shownCompared(r.actual, r.unit),
      gap: shownCompared(r.gap, r.unit),
    };
  return out;
}

/**
 * A determination as people read it, in one locale: every step and reason rendered from its
 * catalog message, with the clauses of its rule from the record's citation table. The record
 * itself holds no text; this is where text is made.
 *
 * @param d - a determination (from any `assess*` function, or read back from JSON)
 * @param options - the locale and the record's citation (and provenance) tables
 *
 * @example
 * const a = assess(household, table, { on: '2021-08-01' });
 * renderDetermination(a.determinations.dibao, { locale: 'en', tables: a })
 *   .reasons[0].text // 'per-capita income 631.33 yuan is below the 低保 standard 940.00 yuan by 308.67 yuan: …'
 */
export function renderDetermination(
  d: Determination,
  options: RenderOptions,
): RenderedDetermination {
  const { locale } = options;
  return {
    program: d.program,
    outcome: d.outcome,
    outcomeText: WORDS[locale].outcome[d.outcome],
    amount: d.amount
      ? {
          total: d.amount.total,
          period: d.amount.period,
          lines: d.amount.breakdown.map((l) =>
            l.memberId !== undefined
              ? { label: l.label[locale], amount: l.amount, memberId: l.memberId }
              : { label: l.label[locale], amount: l.amount },
          ),
        }
      : null,
    reasons: d.reasons.map((r) => renderReason(r, options, d.trace)),
    trace: d.trace.map((s, i) => ({
      step: i + 1,
      rule: s.rule,
      text: renderMessage(stepMessage(s), locale),
      citations: options.tables ? resolveCitations(options.tables, s.rule) : [],
      values: s.values,
      parameters: (s.parameters ?? []).map((u) => {
        const p = options.tables ? resolveProvenance(options.tables, u.parameter) : undefined;
        return p ? { parameter: u.parameter, value: u.value, provenance: p } : { ...u };
      }),
    })),
  };
}

/** What {@link explainAssessment} reads: an assessment, in memory or read back from JSON. */
export interface ExplainableAssessment extends PartialTables {
  householdId: string;
  region: string;
  on: string;
  tier: { message: MessageRef; split?: { message: MessageRef } };
  /** The assessment's stamp (its determinations carry none). */
  stamp?: Stamp;
  /** The shared income computations the traces refer to (`income.shared` steps). */
  incomes?: Record<string, readonly TraceStep[]>;
}

/** Options of {@link explainAssessment}. */
export interface ExplainOptions {
  locale: Locale;
  /** Every step with its clauses, values and parameter provenance (default: the summary). */
  verbose?: boolean;
}

interface Found {
  path: string;
  d: Determination;
}

/** The determinations of an assessment with their paths, members nested under their household. */
function found(a: unknown): Found[] {
  return collectDeterminations(a).map(({ path, determination }) => ({ path, d: determination }));
}

function amountText(d: Determination, lang: Locale): string {
  const w = WORDS[lang];
  if (!d.amount) return '';
  return ` · ${d.amount.total} ${d.amount.period === 'month' ? w.perMonth : w.once}`;
}

/** The reason that decided a determination: the first disqualifier, or the first qualifier. */
function decidingReason(d: Determination): Reason | undefined {
  if (d.outcome === 'ineligible') return d.reasons.find((r) => r.effect === 'disqualifies');
  if (d.outcome === 'eligible')
    return (
      d.reasons.find((r) => r.effect === 'qualifies' && 'threshold' in r) ??
      d.reasons.find((r) => r.effect === 'qualifies')
    );
  return undefined;
}

function reasonLine(r: Reason, lang: Locale, trace: readonly TraceStep[]): string {
  const w = WORDS[lang];
  let text = renderMessage(reasonMessage(r, trace), lang);
  if ('threshold' in r) {
    const t = shownCompared(r.threshold, r.unit);
    const a = shownCompared(r.actual, r.unit);
    const g = shownCompared(r.gap, r.unit);
    text +=
      lang === 'zh-CN'
        ? `（${w.threshold} ${t}${w.comma}${w.actual} ${a}${w.comma}${w.gap} ${g}）`
        : ` (${w.threshold} ${t}, ${w.actual} ${a}, ${w.gap} ${g})`;
  }
  return text;
}

/** What a determination lacks: fact paths and table parameters. */
function missingOf(d: Determination): string[] {
  const out: string[] = [];
  for (const r of d.reasons) {
    if (r.code === 'missing_fact') {
      for (const p of r.paths) if (!out.includes(p)) out.push(p);
    } else if (r.code === 'missing_parameter' && !out.includes(r.parameter)) out.push(r.parameter);
  }
  return out;
}

/** Paths for people: a member's paths grouped, `members[1]: birthDate, disability`. */
function groupedPaths(paths: readonly string[], lang: Locale): string {
  const w = WORDS[lang];
  const groups = new Map<string, string[]>();
  for (const p of paths) {
    const m = /^(members\[\d+\])\.(.+)$/.exec(p);
    const key = m ? (m[1] as string) : '';
    const list = groups.get(key) ?? [];
    list.push(m ? (m[2] as string) : p);
    groups.set(key, list);
  }
  return [...groups]
    .map(([key, list]) => (key === '' ? list.join(w.list) : `${key} (${list.join(w.list)})`))
    .join('; ');
}

function summary(a: ExplainableAssessment, lang: Locale): string[] {
  const w = WORDS[lang];
  const out: string[] = [];
  const all = found(a);
  const members = new Map<string, Found[]>();
  const top: Found[] = [];
  for (const f of all) {
    const parent = all.find((g) => g !== f && f.path.startsWith(`${g.path}.`));
    if (parent === undefined) top.push(f);
    else members.set(parent.path, [...(members.get(parent.path) ?? []), f]);
  }
  const toCollect: string[] = [];
  for (const { path, d } of top) {
    const name = PROGRAM_NAMES[d.program]?.[lang] ?? d.program;
    const own = members.get(path) ?? [];
    const memberText =
      own.length > 0
        ? ` (${w.members}${w.sep}${own
            .map((m) => `${m.path.slice(m.path.lastIndexOf('.') + 1)} ${w.outcome[m.d.outcome]}`)
            .join(w.list)})`
        : '';
    out.push(`▸ ${name}${w.sep}${w.outcome[d.outcome]}${amountText(d, lang)}${memberText}`);
    // A program decided member by member: its deciding reason is a member's with that outcome.
    const ownReason = decidingReason(d);
    const from =
      ownReason !== undefined
        ? d
        : own.find((m) => m.d.outcome === d.outcome && decidingReason(m.d) !== undefined)?.d;
    const r = ownReason ?? (from !== undefined ? decidingReason(from) : undefined);
    if (r !== undefined && from !== undefined) out.push(`    ${reasonLine(r, lang, from.trace)}`);
    if (d.outcome === 'undetermined') {
      // What the undetermined members lack counts for the household (each parameter once).
      const missing = missingOf(d);
      for (const m of own)
        if (m.d.outcome === 'undetermined')
          for (const x of missingOf(m.d)) if (!missing.includes(x)) missing.push(x);
      if (missing.length > 0) toCollect.push(`  ${name}${w.sep}${groupedPaths(missing, lang)}`);
    }
  }
  if (toCollect.length > 0) {
    out.push('');
    out.push(`${w.toDecide}${w.colon}`);
    out.push(...toCollect);
  }
  return out;
}

function renderOptions(a: ExplainableAssessment, locale: Locale): RenderOptions {
  return { locale, tables: a };
}

function stepLines(
  out: string[],
  s: RenderedStep,
  label: string,
  indent: string,
  lang: Locale,
): void {
  const w = WORDS[lang];
  const pad = `${indent}${' '.repeat(label.length + 1)}`;
  out.push(`${indent}${label} [${s.rule}] ${s.text}`);
  if (s.citations.length > 0)
    out.push(`${pad}${w.clause}${w.sep}${s.citations.map(citationText).join('；')}`);
  const values = Object.entries(s.values);
  if (values.length > 0)
    out.push(
      `${pad}${w.values}${w.sep}${values.map(([k, v]) => `${k} = ${shownValue(v)}`).join(', ')}`,
    );
  for (const u of s.parameters)
    out.push(
      `${pad}${w.params}${w.sep}${u.parameter} = ${shownValue(u.value)}${u.provenance ? ` — ${provenanceText(u.provenance)}` : ''}`,
    );
}

function verboseDetermination(f: Found, a: ExplainableAssessment, lang: Locale): string {
  const w = WORDS[lang];
  const d = f.d;
  const r = renderDetermination(d, renderOptions(a, lang));
  const out: string[] = [];
  out.push(
    `== ${PROGRAM_NAMES[d.program]?.[lang] ?? d.program} [${f.path}]${w.sep}${r.outcomeText}`,
  );
  if (r.amount) {
    out.push(
      `${w.amount}${w.sep}${r.amount.total} ${r.amount.period === 'month' ? w.perMonth : w.once}`,
    );
    for (const line of r.amount.lines)
      out.push(
        `  ${line.label}${line.memberId ? ` (${line.memberId})` : ''}${w.sep}${line.amount}`,
      );
  } else out.push(w.noAmount);
  out.push(`${w.steps}${w.colon}`);
  const options = renderOptions(a, lang);
  for (const s of r.trace) {
    stepLines(out, s, `${s.step}.`, '  ', lang);
    // A shared income computation: its steps, recorded once in the assessment, shown here.
    const shared = s.rule === 'income.shared' ? a.incomes?.[s.values.income ?? ''] : undefined;
    if (shared !== undefined) {
      const sub = renderDetermination({ ...d, trace: [...shared], reasons: [] }, options).trace;
      for (const x of sub) stepLines(out, x, `${s.step}.${x.step}`, '     ', lang);
    }
  }
  if (d.reasons.length > 0) {
    out.push(`${w.reasons}${w.colon}`);
    for (const reason of d.reasons) {
      const rendered = renderReason(reason, renderOptions(a, lang), d.trace);
      out.push(`  - [${reason.effect}] ${reasonLine(reason, lang, d.trace)}`);
      if (rendered.citations.length > 0)
        out.push(`    ${w.clause}${w.sep}${rendered.citations.map(citationText).join('；')}`);
    }
  }
  return out.join('\n');
}

/**
 * An assessment as text for people. By default a summary a caseworker reads in one screen: the
 * tier, one line per program (outcome and amount, then the reason that decided it with the
 * threshold, the actual value and the gap, rounded to the fen), the members of a program decided
 * person by person, and what is missing to decide the undetermined ones. `verbose` gives every
 * step with its clauses, values and the provenance of the table parameters it used. Clauses come
 * from the record's own citation table, so only the household's region's documents appear.
 *
 * @example
 * explainAssessment(assess(household, table, { on: '2021-08-01' }), { locale: 'en' })
 * // 'Household cz-gap · region 320412 · date 2021-08-01\ntier: 低保 … \n▸ Minimum living guarantee (dibao): eligible · 926.00 yuan/month\n …'
 */
export function explainAssessment(a: ExplainableAssessment, options: ExplainOptions): string {
  const lang = options.locale;
  const w = WORDS[lang];
  const head = [
    `${w.household} ${a.householdId} · ${w.region} ${a.region} · ${w.on} ${a.on}`,
    renderMessage(a.tier.message, lang),
    ...(a.tier.split ? [renderMessage(a.tier.split.message, lang)] : []),
  ];
  const all = found(a);
  const stamp = a.stamp ?? all[0]?.d.stamp;
  const tail = stamp
    ? [`${w.stamp}${w.sep}${stamp.tableId} (${stamp.entryIds.join(', ')}), jiuzhu ${stamp.version}`]
    : [];
  if (!options.verbose) return `${[...head, '', ...summary(a, lang), '', ...tail].join('\n')}\n`;
  const parts = all.map((f) => verboseDetermination(f, a, lang));
  return `${[head.join('\n'), ...parts, tail.join('\n')].join('\n\n')}\n`;
}
