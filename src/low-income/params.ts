import { z } from 'zod';
import { assetUpliftSchema } from '../assets/uplift-schema';
import { areaFiguresSchema, figureSchema, roundingRuleSchema } from '../standards/figure-schema';

/** Property limits a program sets for itself: financial assets per counted member, vehicles, housing units. */
export const assetLimitsSchema = z.strictObject({
  financialPerCapita: figureSchema.optional(),
  /** Ordered uplifts of the financial limit: the first that holds multiplies it by its factor. */
  financialUplifts: z.array(assetUpliftSchema).min(1).max(20).optional(),
  maxVehicles: z.int().min(0).optional(),
  maxHousingUnits: z.int().min(0).optional(),
});
export type AssetLimits = z.infer<typeof assetLimitsSchema>;

/**
 * Which property rules a program applies: its own `limits`, 低保's (`sameAsDibao: true`), or none
 * (`"not-tested"`, traced), stated in the table so the choice is never silent. A table that states
 * none of them — or own `limits` that set no limit — leaves the property test undecidable
 * (`missing_parameter`).
 */
export const assetRuleSchema = z.union([
  z.strictObject({ limits: assetLimitsSchema }),
  z.strictObject({ sameAsDibao: z.literal(true) }),
  z.literal('not-tested'),
]);
export type AssetRule = z.infer<typeof assetRuleSchema>;

/**
 * A monthly aid for recognised low-income households: `amount` per household (`basis:
 * "household"`) or per counted member (`"person"`), usually a share of the 低保 standard — a
 * derived figure such as `{ "multiple": "0.25", "of": "dibao.standard.@area", "round": … }` — or
 * an explicit published sum. `rounding` rounds the total when it is not a whole fen (a yearly
 * figure divided by 12); a figure's own `round` applies first.
 */
export const lowIncomeAidSchema = z.strictObject({
  basis: z.enum(['household', 'person']),
  amount: figureSchema,
  rounding: roundingRuleSchema.optional(),
});
export type LowIncomeAidParams = z.infer<typeof lowIncomeAidSchema>;

/**
 * 低收入家庭 / 低保边缘家庭 (R3) parameters.
 *
 * `line` is the monthly per-capita income line per area, usually derived
 * (`{ multiple: "1.5", of: "dibao.standard.urban", round }` — 最低生活保障审核确认办法 第八条第二款;
 * 银川 2021 二(五)), explicit where a region publishes a figure that is not a multiple.
 */
export const lowIncomeParamsSchema = z.strictObject({
  line: areaFiguresSchema.optional(),
  /** Property rules of the low-income test. */
  assets: assetRuleSchema.optional(),
  /** Whether local 户籍 is required (银川 2021 二(五): "银川户籍居民家庭"). */
  localHukouRequired: z.boolean().optional(),
  /** A monthly aid paid to recognised low-income households, where the region gives one. */
  aid: lowIncomeAidSchema.optional(),
});
export type LowIncomeParams = z.infer<typeof lowIncomeParamsSchema>;
