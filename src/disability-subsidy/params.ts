import { z } from 'zod';
import { DISABILITY_CATEGORIES } from '../schema/household';
import { areaSchema, isoDateSchema } from '../schema/primitives';
import { itemProvenanceFields, recipientGroupSchema } from '../special-aid/group-schema';
import { figureSchema, roundingRuleSchema } from '../standards/figure-schema';

/**
 * Household situations the living subsidy may be extended to (民发〔2021〕16号 三(七)):
 * - `multiple-disabled` (一户多残): the household has at least `atLeast` disabled members;
 * - `severe-unemployed` (重残无业): the member's grade is one of `grades` and they have no work;
 * - `with-elderly` (老残一体 / 依老养残): another member of the household is aged at least `age`.
 */
export const livingConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('multiple-disabled'), atLeast: z.int().min(2).max(50) }),
  z.strictObject({
    kind: z.literal('severe-unemployed'),
    grades: z.array(z.int().min(1).max(4)).min(1),
  }),
  z.strictObject({ kind: z.literal('with-elderly'), age: z.int().min(0).max(150) }),
]);
export type LivingCondition = z.infer<typeof livingConditionSchema>;

/** A dated grant of the living subsidy: members of `groups`, or in any of `conditions`. */
export const livingGrantSchema = z.strictObject({
  id: z.string().min(1).max(64),
  groups: z.array(recipientGroupSchema).min(1).optional(),
  conditions: z.array(livingConditionSchema).min(1).optional(),
  area: areaSchema.optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  ...itemProvenanceFields,
});
export type LivingGrant = z.infer<typeof livingGrantSchema>;

/** A dated grant of the care subsidy by disability grade and, optionally, category. */
export const careGrantSchema = z.strictObject({
  id: z.string().min(1).max(64),
  grades: z.array(z.int().min(1).max(4)).min(1),
  categories: z.array(z.enum(DISABILITY_CATEGORIES)).min(1).optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  ...itemProvenanceFields,
});
export type CareGrant = z.infer<typeof careGrantSchema>;

/** 残疾人两项补贴 parameters (R12). */
export const disabilitySubsidyParamsSchema = z.strictObject({
  /** 困难残疾人生活补贴. */
  living: z
    .strictObject({
      grants: z.array(livingGrantSchema).min(1),
      /** Groups that do not receive it (e.g. already supported as 特困), when the table says so. */
      excludeGroups: z.array(recipientGroupSchema).min(1).optional(),
      /** Per person per month. */
      amount: figureSchema.optional(),
    })
    .optional(),
  /** 重度残疾人护理补贴. */
  care: z
    .strictObject({
      grants: z.array(careGrantSchema).min(1),
      /** Long-term care: at least this many months of care needed. */
      minCareMonths: z.int().min(0).max(1200),
      /** Per person per month. */
      amount: figureSchema.optional(),
    })
    .optional(),
  rounding: roundingRuleSchema.optional(),
});
export type DisabilitySubsidyParams = z.infer<typeof disabilitySubsidyParamsSchema>;
