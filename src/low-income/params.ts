import { z } from 'zod';
import { areaFiguresSchema, figureSchema } from '../standards/figure-schema';

/** Property limits a program sets for itself: financial assets per counted member, vehicles, housing units. */
export const assetLimitsSchema = z.strictObject({
  financialPerCapita: figureSchema.optional(),
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
});
export type LowIncomeParams = z.infer<typeof lowIncomeParamsSchema>;
