import { z } from 'zod';
import { assetRuleSchema } from '../low-income/params';
import { DISABILITY_CATEGORIES, SCHOOLING_LEVELS } from '../schema/household';
import { decimalTextSchema } from '../schema/primitives';
import { areaFiguresSchema, figureSchema, roundingRuleSchema } from '../standards/figure-schema';
import { memberConditionSchema } from '../standards/member-condition';

const disabilitySetSchema = z.strictObject({
  categories: z.array(z.enum(DISABILITY_CATEGORIES)).min(1).optional(),
  grades: z.array(z.int().min(1).max(4)).min(1),
});

/**
 * A condition under which a supporter is unable to perform the support duty
 * (特困人员认定办法 第八条). Ages and the income statistic are table parameters.
 */
export const supporterConditionSchema = z.discriminatedUnion('kind', [
  /** (1) the supporter is 特困 himself. */
  z.strictObject({ kind: z.literal('tekun') }),
  /** (2) a 低保 recipient aged at least `ageAtLeast`. */
  z.strictObject({ kind: z.literal('dibao-elderly'), ageAtLeast: z.int().min(0).max(150) }),
  /**
   * (3) aged at least `ageAtLeast` with own income below the previous year's per-capita disposable
   * income (`statistics.disposableIncomePerCapitaLastYear`) and property within 低收入 rules.
   */
  z.strictObject({ kind: z.literal('elderly-low-income'), ageAtLeast: z.int().min(0).max(150) }),
  /** (4) a listed disability with income below the statistic and property within 低收入 rules. */
  z.strictObject({
    kind: z.literal('disabled-low-income'),
    disabilities: z.array(disabilitySetSchema).min(1),
  }),
  /** (5) no civil capacity, declared missing or imprisoned, with property within 低收入 rules. */
  z.strictObject({ kind: z.literal('barrier') }),
]);
export type SupporterCondition = z.infer<typeof supporterConditionSchema>;

/** One care level (照料护理标准档次). Levels are tried in order; the first that fits applies. */
export const careLevelSchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  /** With the daily-activities scale: the most of the six activities not done unaided. */
  notDoneAtMost: z.int().min(0).max(6).optional(),
  /** Care standard per person per month. */
  amount: figureSchema,
});
export type CareLevel = z.infer<typeof careLevelSchema>;

/** 特困 (R4) parameters. */
export const tekunParamsSchema = z.strictObject({
  /** 无劳动能力 (第五条): any of these member conditions. */
  noLabourCapacity: z
    .strictObject({
      conditions: z.array(memberConditionSchema).min(1).optional(),
      /**
       * 第二十四条第二款: a 特困 member past the minor age keeps 特困 while in these schools
       * (compulsory education, 普通高中, 中等职业学校).
       */
      continuedInSchool: z.array(z.enum(SCHOOLING_LEVELS)).optional(),
      /**
       * 第二十四条第二款: a member already 特困 keeps 特困 while under this age (18), whatever
       * their schooling — the minor age of 第五条 (16 in the national text) decides only who
       * qualifies anew. The school continuation applies from this age on.
       */
      minorKeptBelowAge: z.int().min(0).max(150).optional(),
      /**
       * The age from which the school continuation (`continuedInSchool`) is no longer tried, so
       * that adults far past school age are not asked for `schooling` and `tekun`. 第二十四条第二款
       * states no upper age: the figure is the table's.
       */
      continuedInSchoolBelowAge: z.int().min(0).max(150).optional(),
    })
    .optional(),
  /** 第八条: a supporter meeting any of these is unable to support. */
  supporterUnable: z.array(supporterConditionSchema).min(1).optional(),
  /** 特困 property rules (第六条, 第七条). */
  assets: assetRuleSchema.optional(),
  /** 基本生活标准 per person per month; by support mode where they differ. */
  basic: z
    .strictObject({
      urban: figureSchema.optional(),
      rural: figureSchema.optional(),
      concentrated: areaFiguresSchema.optional(),
      dispersed: areaFiguresSchema.optional(),
    })
    .optional(),
  /** The floor the basic standard must meet, as a multiple of the 低保 standard (checks, R8). */
  basicFloorMultiple: decimalTextSchema.optional(),
  /** 照料护理标准 by self-care level (第二十一–二十二条). */
  care: z
    .strictObject({
      /** `daily-activities`: the level follows from the six activities; `assessed`: from `members[].careLevel`. */
      scale: z.enum(['daily-activities', 'assessed']),
      levels: z.array(careLevelSchema).min(1),
    })
    .optional(),
  /**
   * The rounding of a member's monthly amount (basic + care). Needed only when that amount is not
   * a whole number of fen — e.g. a basic standard stated per year, divided by 12; without it
   * such an amount is left undetermined, never rounded by a rule the table does not state.
   */
  rounding: roundingRuleSchema.optional(),
});
export type TekunParams = z.infer<typeof tekunParamsSchema>;
