import { z } from 'zod';
import { RECORD_KEYS } from '../render/recordTables';
import { sourceSchema } from '../standards/figure-schema';
import type { Determination } from '../trace/types';

/**
 * The determination and assessment contracts as zod schemas — the output side, for callers in
 * other languages (`jiuzhu schema determination|assessment`, `schemas/*.json`). The TypeScript
 * types in `src/trace/types.ts` remain the source of truth; a compile-time check below keeps
 * this schema able to describe every value of those types.
 *
 * Reason codes are open strings here: each program adds its own codes, and a schema listing them
 * would have to change (a breaking change for strict readers) whenever a program is added.
 *
 * @module
 */

const messagesSchema = z.strictObject({ 'zh-CN': z.string(), en: z.string() });

/** The legal basis of a rule. */
export const citationSchema = z.strictObject({
  document: z.string(),
  number: z.string().optional(),
  clause: z.string(),
});

/** Where a figure comes from. */
export const provenanceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('published'), entryId: z.string(), source: sourceSchema }),
  z.strictObject({
    kind: z.literal('illustrative'),
    entryId: z.string(),
    note: z.string(),
    source: sourceSchema.optional(),
  }),
]);

/** Where a parameter comes from, in a record: the entry, and its own note or source. */
export const provenanceRefSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('published'),
    entryId: z.string(),
    source: sourceSchema.optional(),
  }),
  z.strictObject({
    kind: z.literal('illustrative'),
    entryId: z.string(),
    note: z.string(),
    source: sourceSchema.optional(),
  }),
]);

/** A table parameter used in a trace step (its provenance is in the assessment's table). */
export const parameterUseSchema = z.strictObject({
  parameter: z.string(),
  value: z.string(),
});

/** An argument of a catalog message: JSON data. */
const messageArgSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.array(messageArgSchema),
    z.record(z.string(), messageArgSchema),
  ]),
);

/**
 * A message as data: the catalog entry (`<catalog>.<entry>`) and its arguments. Text is rendered
 * from it per locale (`renderMessage`); the record holds none.
 */
export const messageRefSchema = z.strictObject({
  id: z.string(),
  args: z.array(messageArgSchema),
});

/**
 * One step of the rationale; its number is its position in the trace. Its rule's clauses are in
 * the assessment's citation table.
 */
export const traceStepSchema = z.strictObject({
  rule: z.string(),
  /** The catalog entry stating what the step found (`<catalog>.<entry>`). */
  code: z.string(),
  /** The entry's arguments, in order; left out when it takes none. */
  args: z.array(messageArgSchema).optional(),
  values: z.record(z.string(), z.string()),
  parameters: z.array(parameterUseSchema).optional(),
});

const reasonBase = {
  rule: z.string(),
  /** The step of the trace that states the reason (its position, 1-based). */
  step: z.int().min(1),
  memberId: z.string().optional(),
};
const effectSchema = z.enum(['qualifies', 'disqualifies', 'missing', 'notice']);

/** A comparison of an actual value with a threshold. */
export const comparisonReasonSchema = z.strictObject({
  ...reasonBase,
  code: z.string(),
  effect: effectSchema,
  subject: z.string(),
  test: z.enum(['<', '<=', '>=', '>']),
  threshold: z.string(),
  actual: z.string(),
  gap: z.string(),
  unit: z.enum(['yuan', 'count', 'years', 'months']),
  parameter: z.string().optional(),
});

const missingBase = { rule: z.string(), memberId: z.string().optional() };

/** Facts the decision needs that the household does not state (text rendered from the paths). */
export const missingFactReasonSchema = z.strictObject({
  ...missingBase,
  code: z.literal('missing_fact'),
  effect: z.literal('missing'),
  paths: z.array(z.string()),
});

/** A parameter the resolved standards lack. */
export const missingParameterReasonSchema = z.strictObject({
  ...missingBase,
  code: z.literal('missing_parameter'),
  effect: z.literal('missing'),
  parameter: z.string(),
});

/** A finding about a stated fact. */
export const findingReasonSchema = z.strictObject({
  ...reasonBase,
  code: z.string(),
  effect: effectSchema,
  facts: z.record(z.string(), z.string()),
});

/** Why a determination came out as it did. */
export const reasonSchema = z.union([
  missingFactReasonSchema,
  missingParameterReasonSchema,
  comparisonReasonSchema,
  findingReasonSchema,
]);

/** One line of an amount's breakdown. */
export const amountLineSchema = z.strictObject({
  code: z.string(),
  label: messagesSchema,
  amount: z.string(),
  memberId: z.string().optional(),
});

/** An amount: the total equals the sum of the breakdown exactly. */
export const amountSchema = z.strictObject({
  total: z.string(),
  currency: z.literal('CNY'),
  period: z.enum(['month', 'once']),
  breakdown: z.array(amountLineSchema),
});

/** The program ids a determination may carry. */
export const PROGRAM_IDS = [
  'dibao',
  'low-income',
  'tekun',
  'temporary-aid',
  'phase-out',
  'single-person',
  'medical-aid',
  'education-aid',
  'employment-aid',
  'housing-aid',
  'elderly-care',
  'disability-subsidy',
] as const;

/** What produced a determination: library version, table, region, date and entries. */
export const stampSchema = z.strictObject({
  library: z.literal('jiuzhu'),
  version: z.string(),
  tableId: z.string(),
  region: z.string(),
  on: z.string(),
  entryIds: z.array(z.string()),
});

/**
 * The result of one program for one household. Open to extra fields: programs add their own
 * (e.g. 特困's per-member determinations), and readers should ignore fields they do not know.
 */
const determinationShape = {
  program: z.enum(PROGRAM_IDS),
  householdId: z.string(),
  outcome: z.enum(['eligible', 'ineligible', 'undetermined']),
  amount: amountSchema.nullable(),
  values: z.record(z.string(), z.string()),
  reasons: z.array(reasonSchema),
  trace: z.array(traceStepSchema),
  /** Present on a determination made on its own; inside an assessment, the assessment's applies. */
  stamp: stampSchema.optional(),
};
export const determinationSchema = z.looseObject(determinationShape).superRefine((d, ctx) => {
  // A comparison or a finding names the step of this trace that states it.
  d.reasons.forEach((r, i) => {
    if (r.code === 'missing_fact' || r.code === 'missing_parameter') return;
    const { step } = r as { step: number };
    if (step > d.trace.length)
      ctx.addIssue({
        code: 'custom',
        path: ['reasons', i, 'step'],
        message: `step ${step} is beyond the trace (${d.trace.length} steps)`,
      });
  });
});

const tierSchema = z.enum(['tekun', 'dibao', 'low-income', 'none', 'undetermined']);

/** The household's tier and the higher tiers left undetermined (`TierResult`). */
export const tierResultSchema = z.strictObject({
  tier: tierSchema,
  higherUndetermined: z.array(z.enum(['tekun', 'dibao', 'low-income'])),
  message: messageRefSchema,
  /** 不重复享受: the 特困 members outside the household's eligible 低保, and its 低保 members. */
  split: z
    .strictObject({
      tekunMemberIds: z.array(z.string()),
      dibaoMemberIds: z.array(z.string()),
      message: messageRefSchema,
    })
    .optional(),
});

/**
 * The assessment of one household (`Assessment` in src/assess/assess.ts): the tier, the core
 * determinations, 单人户 per applicant, temporary aid per event, special assistance, medical aid
 * per bill and the 脱贫 routing. Determinations may carry program-specific extra fields (e.g.
 * 特困's per-member results), so they are open objects.
 */
export const assessmentSchema = z.strictObject({
  householdId: z.string(),
  region: z.string(),
  on: z.string(),
  tier: tierResultSchema,
  determinations: z.strictObject({
    dibao: determinationSchema,
    lowIncome: determinationSchema,
    tekun: determinationSchema,
    phaseOut: determinationSchema.optional(),
  }),
  singlePerson: z.array(determinationSchema),
  temporaryAid: z.array(determinationSchema),
  special: z.strictObject({
    educationAid: determinationSchema,
    employmentAid: determinationSchema,
    housingAid: determinationSchema,
    elderlyCare: determinationSchema,
    disabilitySubsidies: determinationSchema,
    premiumSubsidy: determinationSchema,
  }),
  medicalAid: z.array(determinationSchema),
  povertyScore: z
    .looseObject({
      householdId: z.string(),
      outcome: z.enum(['scored', 'undetermined']),
      score: z.string().nullable(),
    })
    .optional(),
  povertyAlleviated: z.looseObject({ route: z.string() }).optional(),
  library: z.strictObject({ name: z.literal('jiuzhu'), version: z.string() }),
  /** Findings of the table checks (R8) on the standards applied; empty when they pass. */
  standardsFindings: z.array(
    z.strictObject({
      severity: z.enum(['error', 'warning']),
      code: z.string(),
      entryId: z.string().optional(),
      region: z.string(),
      on: z.string().optional(),
      path: z.string().optional(),
      values: z.record(z.string(), z.string()),
    }),
  ),
  /** The income computations, each once; `income.shared` steps refer to them. */
  incomes: z.record(z.string(), z.array(traceStepSchema)),
  stamp: stampSchema,
  /** Document id → title and issuing number. */
  documents: z.record(
    z.string(),
    z.strictObject({ document: z.string(), number: z.string().optional() }),
  ),
  /** Rule id → the clauses it applies here (national basis, then the region's own). */
  citations: z.record(z.string(), z.array(z.strictObject({ doc: z.string(), clause: z.string() }))),
  /** Entry id → its source. */
  sources: z.record(z.string(), sourceSchema),
  /** Parameter path → the entry that set it (and its own source or note). */
  provenance: z.record(z.string(), provenanceRefSchema),
});

/**
 * Every determination inside a value (an assessment, a section of one), with its path, nested
 * ones (e.g. per-member determinations) included, in document order.
 */
export function collectDeterminations(
  value: unknown,
  path = '',
): { path: string; determination: Determination }[] {
  const out: { path: string; determination: Determination }[] = [];
  const visit = (v: unknown, p: string) => {
    if (typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) {
      v.forEach((x, i) => visit(x, `${p}[${i}]`));
      return;
    }
    const o = v as Record<string, unknown>;
    const isDetermination =
      typeof o.program === 'string' && typeof o.outcome === 'string' && Array.isArray(o.trace);
    if (isDetermination) out.push({ path: p, determination: o as unknown as Determination });
    for (const k of Object.keys(o)) {
      // An assessment's record tables and shared income steps hold no determination (and are
      // built only when read: skipped unread).
      if (RECORD_KEYS.has(k)) continue;
      if (isDetermination && ['trace', 'reasons', 'values', 'amount', 'stamp'].includes(k))
        continue;
      visit(o[k], p === '' ? k : `${p}.${k}`);
    }
  };
  visit(value, path);
  return out;
}

// Compile-time guard: every Determination value is described by the schema's fixed fields.
type Core = z.output<z.ZodObject<typeof determinationShape>>;
type Describes<T, S> = T extends S ? true : false;
const _determinationDescribed: Describes<Determination, Core> = true;
void _determinationDescribed;
