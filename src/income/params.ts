import { z } from 'zod';
import { incomeTypeSchema, STUDY_AWAY_LEVELS } from '../schema/household';
import { decimalTextSchema, isoDateSchema } from '../schema/primitives';
import { figureSchema, sourceSchema } from '../standards/figure-schema';

/** Programs whose income test an exclusion applies to. */
export const INCOME_PROGRAMS = ['dibao', 'low-income', 'tekun', 'single-person'] as const;
export const incomeProgramSchema = z.enum(INCOME_PROGRAMS);
export type IncomeProgram = z.infer<typeof incomeProgramSchema>;

/**
 * An income type not counted in a dated window, e.g. the 城乡居民基础养老金 during the
 * 14th Five-Year Plan (最低生活保障审核确认办法 第13条第2款).
 */
export const incomeExclusionSchema = z.strictObject({
  type: incomeTypeSchema,
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** The programs it applies to; all income tests when absent. */
  programs: z.array(incomeProgramSchema).min(1).optional(),
  source: sourceSchema.optional(),
  illustrative: z.string().min(1).optional(),
});
export type IncomeExclusion = z.infer<typeof incomeExclusionSchema>;

/** Deduction of rigid expenditure of one kind (因病、因学), optionally capped per household-month. */
export const expenditureDeductionSchema = z.strictObject({
  /** Share of the expenditure deducted, e.g. "1" for all of it. */
  share: decimalTextSchema,
  /** Most deducted per household per month. */
  cap: figureSchema.optional(),
  source: sourceSchema.optional(),
  illustrative: z.string().min(1).optional(),
});

/**
 * Employment-cost deduction (就业成本扣减) per working member: a share of their counted work
 * income, a fixed amount, or a share of the 低保 standard; optionally capped per member-month.
 * Never more than the member's work income.
 */
export const employmentDeductionSchema = z.strictObject({
  basis: z.enum(['share-of-income', 'fixed', 'share-of-standard']),
  /** With share-of-income or share-of-standard. */
  share: decimalTextSchema.optional(),
  /** With fixed: the amount per working member per month. */
  amount: figureSchema.optional(),
  /** Most deducted per working member per month. */
  cap: figureSchema.optional(),
  /** Income types that count as work income, e.g. ["wage", "business"]. */
  incomeTypes: z.array(incomeTypeSchema).min(1),
  /** Employment statuses that count as working. */
  employment: z.array(z.enum(['employed', 'self-employed', 'flexible'])).min(1),
  source: sourceSchema.optional(),
  illustrative: z.string().min(1).optional(),
});

/**
 * Children who live away at school but are household members (最低生活保障审核确认办法 第七条:
 * 在校接受全日制本科及以下学历教育的成年子女): the levels of full-time study that keep a child
 * living away a member. A list replaces the list of a layer above.
 */
export const studentsAwaySchema = z.strictObject({
  levels: z.array(z.enum(STUDY_AWAY_LEVELS)),
  source: sourceSchema.optional(),
  illustrative: z.string().min(1).optional(),
});
export type StudentsAway = z.infer<typeof studentsAwaySchema>;

/** How household income is counted (R1). */
export const incomeParamsSchema = z.strictObject({
  /** Children away for full-time study who still count as members (第七条). */
  studentsAway: studentsAwaySchema.optional(),
  /**
   * Excluded income types, keyed by a name of the exclusion. Entries layer key by key: a lower
   * layer adds exclusions, changes one (e.g. its window), or removes one by setting it to `false`.
   */
  exclusions: z
    .record(z.string().min(1).max(64), z.union([incomeExclusionSchema, z.literal(false)]))
    .optional(),
  deductions: z
    .strictObject({
      medical: expenditureDeductionSchema.optional(),
      education: expenditureDeductionSchema.optional(),
      employment: employmentDeductionSchema.optional(),
    })
    .optional(),
});
export type IncomeParams = z.infer<typeof incomeParamsSchema>;
