import { z } from 'zod';
import { assetUpliftSchema } from '../assets/uplift-schema';
import { decimalTextSchema } from '../schema/primitives';
import {
  areaFiguresSchema,
  figureSchema,
  roundingRuleSchema,
  sourceSchema,
} from '../standards/figure-schema';
import { memberConditionSchema } from '../standards/member-condition';

/**
 * One income band of a 分档 scheme, by its upper edge: households whose per-capita income is
 * strictly below `below` ("低于"), or at most `atMost` (an edge that belongs to the band, as
 * printed "100 元(含)以下"). Exactly one of the two.
 */
export const dibaoBandSchema = z.union([
  z.strictObject({ below: figureSchema, perPerson: figureSchema }),
  z.strictObject({ atMost: figureSchema, perPerson: figureSchema }),
]);
export type DibaoBand = z.infer<typeof dibaoBandSchema>;

/**
 * One class of a 分类定额 scheme: households assessed into class `id` are paid `perPerson` per
 * counted member a month. `label` is the class's name as published.
 */
export const dibaoClassSchema = z.strictObject({
  id: z.string().min(1).max(32),
  label: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  perPerson: figureSchema,
});
export type DibaoClass = z.infer<typeof dibaoClassSchema>;

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

/**
 * The whole standard for named groups (全额保障): each counted member meeting any condition of a
 * group is paid the whole standard a month whatever the income; the other members are paid their
 * share of the gap (standard − per-capita income), at least `othersFloor` per person by area. With
 * the `gap` payment only.
 */
export const dibaoFullStandardSchema = z.strictObject({
  groups: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(64),
        label: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
        when: z.array(memberConditionSchema).min(1).max(20),
      }),
    )
    .min(1)
    .max(20),
  /** Per-person floor of the other members' share, by area (e.g. 80 urban, 50 rural). */
  othersFloor: areaFiguresSchema.optional(),
});
export type DibaoFullStandard = z.infer<typeof dibaoFullStandardSchema>;

/**
 * Whether a member supported as 特困 (`members[].tekun`) is left out of the household's 低保
 * count and payment (`excluded`: 不重复享受 — the member's living is provided by 特困 support,
 * whose basic standard is at least 1.3 × the 低保 standard) or counted with the household
 * (`counted`), with the clause that says so. No national text the project read states either in
 * words: 社会救助暂行办法 第十五条第三款 asks only that 特困 support 衔接 (dovetail) with 低保, and
 * 特困人员认定办法 第六条 defines 无生活来源 by the 低保 standard; the table states the region's rule.
 */
export const dibaoTekunMembersSchema = z.strictObject({
  rule: z.enum(['excluded', 'counted']),
  source: sourceSchema.optional(),
  illustrative: z.string().min(1).max(2000).optional(),
});
export type DibaoTekunMembers = z.infer<typeof dibaoTekunMembersSchema>;

/** 低保 parameters (R2). */
export const dibaoParamsSchema = z.strictObject({
  /** Monthly standard per person, by area. */
  standard: areaFiguresSchema.optional(),
  /**
   * 差额 (gap), 分档 (bands; ascending by their upper edges, `below` or `atMost`) or 分类定额
   * (classes: a fixed amount per person by the class the household was assessed into,
   * `status.dibaoClass`; listed from the highest amount to the lowest).
   */
  payment: z
    .discriminatedUnion('method', [
      z.strictObject({ method: z.literal('gap') }),
      z.strictObject({ method: z.literal('bands'), bands: z.array(dibaoBandSchema).min(1) }),
      z.strictObject({
        method: z.literal('classes'),
        classes: z.array(dibaoClassSchema).min(1).max(50),
      }),
    ])
    .optional(),
  /** Minimum payment per counted member per month (不低于最低补助水平). */
  floor: z
    .union([
      z.strictObject({ perPerson: figureSchema }),
      z.strictObject({ shareOfStandard: decimalTextSchema }),
    ])
    .optional(),
  /** The whole standard for members of named groups, the gap share for the others. */
  fullStandard: dibaoFullStandardSchema.optional(),
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
        /** Ordered uplifts of the financial limit: the first that holds multiplies it by its factor. */
        financialUplifts: z.array(assetUpliftSchema).min(1).max(20).optional(),
        maxVehicles: z.int().min(0).optional(),
        maxHousingUnits: z.int().min(0).optional(),
      }),
    ])
    .optional(),
  /**
   * Members supported as 特困 in a 低保 household: left out of its count and payment, or counted
   * (see {@link dibaoTekunMembersSchema}). Asked only where it matters: a table without it leaves
   * 低保 undetermined for a household with a member stated 特困; `excluded` asks each co-resident
   * member's `tekun` status.
   */
  tekunMembers: dibaoTekunMembersSchema.optional(),
  /** The rounding of the household's monthly amount. */
  rounding: roundingRuleSchema.optional(),
  /** Whether 近亲属备案 applies (the result flags such households). */
  nearRelativeFiling: z.boolean().optional(),
});
export type DibaoParams = z.infer<typeof dibaoParamsSchema>;
