import { z } from 'zod';
import { figureSchema } from '../standards/figure-schema';
import { memberConditionSchema } from '../standards/member-condition';

/**
 * One category of members who may be assessed alone: every condition in `allOf` must hold
 * (e.g. adult + unemployed + grade 1–2 disability). A member qualifies through any category.
 */
export const singlePersonCategorySchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  allOf: z.array(memberConditionSchema).min(1),
});
export type SinglePersonCategory = z.infer<typeof singlePersonCategorySchema>;

/**
 * The household-income window of 单人户: the per-capita counted income of the household
 * (`household`, co-resident members including the applicant — 57号 第八条: 低保边缘家庭) or of the
 * other co-resident members (`other-members`) must be at least `atLeast` (when given; e.g. the
 * 低保 standard: the household itself is not 低保-eligible) and strictly below `below`
 * (57号 第八条第二款: 1.5 × the 低保 standard; 2 × / 3 × / 5 × locally).
 */
export const singlePersonIncomeWindowSchema = z.strictObject({
  basis: z.enum(['household', 'other-members']),
  atLeast: figureSchema.optional(),
  below: figureSchema,
});

/** 单人户 (R7) parameters. */
export const singlePersonParamsSchema = z.strictObject({
  /** Who may be assessed alone (any category). */
  categories: z.array(singlePersonCategorySchema).min(1).optional(),
  /** The household-income window; without it, no window applies only if the table says `none`. */
  householdIncome: z
    .union([singlePersonIncomeWindowSchema, z.strictObject({ basis: z.literal('none') })])
    .optional(),
});
export type SinglePersonParams = z.infer<typeof singlePersonParamsSchema>;
