import { z } from 'zod';
import { decimalTextSchema } from '../schema/primitives';
import { areaFiguresSchema, figureSchema, roundingRuleSchema } from '../standards/figure-schema';
import { memberConditionSchema } from '../standards/member-condition';

/** One income band of a 分档 scheme: households whose per-capita income is below `below`. */
export const dibaoBandSchema = z.strictObject({
  below: figureSchema,
  perPerson: figureSchema,
});

/** A category supplement (分类施保 / 增发) for members who meet any of `when`. */
export const dibaoSupplementSchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  when: z.array(memberConditionSchema).min(1),
  /** A fixed amount per member per month, or a share of the household's 低保 standard. */
  amount: z.union([
    z.strictObject({ fixed: figureSchema }),
    z.strictObject({ shareOfStandard: decimalTextSchema }),
  ]),
});

/** 低保 parameters (R2). */
export const dibaoParamsSchema = z.strictObject({
  /** Monthly standard per person, by area. */
  standard: areaFiguresSchema.optional(),
  /** 差额 (gap) or 分档 (bands; ascending by `below`). */
  payment: z
    .discriminatedUnion('method', [
      z.strictObject({ method: z.literal('gap') }),
      z.strictObject({ method: z.literal('bands'), bands: z.array(dibaoBandSchema).min(1) }),
    ])
    .optional(),
  /** Minimum payment per counted member per month (不低于最低补助水平). */
  floor: z
    .union([
      z.strictObject({ perPerson: figureSchema }),
      z.strictObject({ shareOfStandard: decimalTextSchema }),
    ])
    .optional(),
  supplements: z
    .strictObject({
      /** `highest`: each member gets only the largest supplement they qualify for; `stack`: all. */
      combine: z.enum(['highest', 'stack']),
      items: z.array(dibaoSupplementSchema).min(1),
    })
    .optional(),
  /**
   * Asset limits: financial assets per counted member, vehicles and housing units owned; or
   * `"not-tested"` where the table states that no property limit is tested (traced). A table that
   * states neither leaves the property test undetermined (社会救助暂行办法 第九条: property must
   * meet the local rules; a missing parameter is never a pass).
   */
  assets: z
    .union([
      z.literal('not-tested'),
      z.strictObject({
        financialPerCapita: figureSchema.optional(),
        maxVehicles: z.int().min(0).optional(),
        maxHousingUnits: z.int().min(0).optional(),
      }),
    ])
    .optional(),
  /** The rounding of the household's monthly amount. */
  rounding: roundingRuleSchema.optional(),
  /** Whether 近亲属备案 applies (the result flags such households). */
  nearRelativeFiling: z.boolean().optional(),
});
export type DibaoParams = z.infer<typeof dibaoParamsSchema>;
