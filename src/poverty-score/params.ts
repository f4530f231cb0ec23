import { z } from 'zod';
import { decimalTextSchema } from '../schema/primitives';
import { itemProvenanceFields } from '../special-aid/recipient-groups';
import { figureSchema } from '../standards/figure-schema';
import { memberConditionSchema } from '../standards/member-condition';

/** Points for each counted member meeting any of `when` (health: 身体状况). */
export const healthItemSchema = z.strictObject({
  id: z.string().min(1).max(64),
  when: z.array(memberConditionSchema).min(1),
  points: decimalTextSchema,
});

/** Points when a value is strictly below `below` (the band with the lowest `below` applies). */
export const scoreBandSchema = z.strictObject({ below: figureSchema, points: decimalTextSchema });

/** Points when an asset count is at most `atMost`. */
export const assetItemSchema = z.strictObject({
  id: z.string().min(1).max(64),
  fact: z.enum(['vehicles', 'housingUnits']),
  atMost: z.int().min(0).max(1000),
  points: decimalTextSchema,
});

/** "3+1" poverty score parameters (R13, 阳府办〔2017〕8号 二(二)四). */
export const povertyScoreParamsSchema = z.strictObject({
  /** Health: points per member and condition; members with no labour capacity may score too. */
  health: z
    .strictObject({
      items: z.array(healthItemSchema).min(1),
      noLabourCapacityPoints: decimalTextSchema.optional(),
    })
    .optional(),
  /** Income: bands of monthly per-capita counted income (R1). */
  income: z.strictObject({ bands: z.array(scoreBandSchema).min(1) }).optional(),
  /** Assets: counts of vehicles / housing, and bands of financial assets per counted member. */
  assets: z
    .strictObject({
      items: z.array(assetItemSchema).optional(),
      financialPerCapitaBands: z.array(scoreBandSchema).min(1).optional(),
    })
    .optional(),
  /** Weight of the quantified score and of the democratic-assessment score (民主评议加权). */
  weights: z
    .strictObject({
      quantified: decimalTextSchema,
      democratic: decimalTextSchema,
      /** Highest democratic-assessment score the scale allows. */
      democraticMax: decimalTextSchema,
      ...itemProvenanceFields,
    })
    .optional(),
});
export type PovertyScoreParams = z.infer<typeof povertyScoreParamsSchema>;
