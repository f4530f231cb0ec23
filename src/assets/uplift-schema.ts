import { z } from 'zod';
import { decimalTextSchema } from '../schema/primitives';
import { sourceSchema } from '../standards/figure-schema';
import { memberConditionSchema } from '../standards/member-condition';

/**
 * A condition on the household for an asset-limit uplift: at most `count` counted members (a
 * small household), or any counted member meeting one of `when` (a minor, a disabled or elderly
 * member — the member-condition kinds of supplements).
 */
export const householdConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('members-at-most'), count: z.int().min(1).max(200) }),
  z.strictObject({
    kind: z.literal('any-member'),
    when: z.array(memberConditionSchema).min(1).max(20),
  }),
]);
export type HouseholdCondition = z.infer<typeof householdConditionSchema>;

/**
 * An uplift of the financial-asset limit: when any of `when` holds, the limit is `factor` × the
 * base limit (`financialPerCapita`). Uplifts are ordered: the first that holds applies, and the
 * trace names it.
 */
export const assetUpliftSchema = z.strictObject({
  id: z.string().min(1).max(64),
  label: z.strictObject({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  when: z.array(householdConditionSchema).min(1).max(20),
  factor: decimalTextSchema,
  source: sourceSchema.optional(),
  illustrative: z.string().min(1).max(2000).optional(),
});
export type AssetUplift = z.infer<typeof assetUpliftSchema>;
