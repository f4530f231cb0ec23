import { z } from 'zod';
import { EMPLOYMENT_STATUSES, SCHOOLING_LEVELS } from '../schema/household';
import { datedGroupsSchema, itemProvenanceFields, recipientGroupSchema } from './group-schema';

/** An age range `[atLeast, below)` in completed years. */
export const ageRangeSchema = z.strictObject({
  atLeast: z.int().min(0).max(150),
  below: z.int().min(0).max(150),
  ...itemProvenanceFields,
});

/** Education aid (教育救助) for members of the groups enrolled at the listed levels. */
export const educationGrantSchema = datedGroupsSchema.extend({
  levels: z.array(z.enum(SCHOOLING_LEVELS)).min(1),
});

/** Education, employment and housing aid parameters (R10). */
export const specialAidParamsSchema = z.strictObject({
  education: z
    .strictObject({
      grants: z.array(educationGrantSchema).min(1),
      /** Disabled children of compulsory-school age not enrolled (不能入学接受义务教育的残疾儿童). */
      disabledChildren: ageRangeSchema.optional(),
    })
    .optional(),
  employment: z
    .strictObject({
      groups: z.array(recipientGroupSchema).min(1),
      /** 法定劳动年龄. */
      workingAge: ageRangeSchema,
      /** Labour capacities that count as 有劳动能力. */
      capacities: z.array(z.enum(['full', 'partial', 'none'])).min(1),
      /** Employment statuses that count as 失业状态. */
      unemployed: z.array(z.enum(EMPLOYMENT_STATUSES)).min(1),
      /** 求职补贴 for fresh graduates of these groups. */
      graduateSubsidyGroups: z.array(recipientGroupSchema).min(1).optional(),
      ...itemProvenanceFields,
    })
    .optional(),
  housing: z
    .strictObject({
      /** Public rental housing or rent subsidy (配租公共租赁住房、住房租赁补贴) for housing difficulty. */
      rental: z.array(datedGroupsSchema).min(1).optional(),
      /** Renovation of unsafe houses (危房改造) not renovated before. */
      renovation: z.array(datedGroupsSchema).min(1).optional(),
    })
    .optional(),
});
export type SpecialAidParams = z.infer<typeof specialAidParamsSchema>;
