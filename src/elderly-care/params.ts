import { z } from 'zod';
import { datedGroupsSchema, itemProvenanceFields } from '../special-aid/group-schema';

/** One rule of elderly-care services: members of the groups aged at least `minAge`. */
export const elderlyCareRuleSchema = datedGroupsSchema.extend({
  minAge: z.int().min(0).max(150),
  /** Only members who lost self-care ability (失能) qualify. */
  requiresLostSelfCare: z.boolean(),
});
export type ElderlyCareRule = z.infer<typeof elderlyCareRuleSchema>;

/** Elderly-care service parameters (R11). */
export const elderlyCareParamsSchema = z.strictObject({
  rules: z.array(elderlyCareRuleSchema).min(1).optional(),
  /**
   * 失能 (lost self-care): at least this many of the six daily activities not done unaided
   * (特困人员认定办法 第二十二条: four or more → 完全丧失生活自理能力).
   */
  lostSelfCare: z
    .strictObject({ notDoneAtLeast: z.int().min(1).max(6), ...itemProvenanceFields })
    .optional(),
});
export type ElderlyCareParams = z.infer<typeof elderlyCareParamsSchema>;
