import { z } from 'zod';
import { areaSchema, decimalTextSchema, isoDateSchema } from '../schema/primitives';
import { itemProvenanceFields, recipientGroupSchema } from '../special-aid/group-schema';
import { figureSchema, roundingRuleSchema } from '../standards/figure-schema';
import { memberConditionSchema } from '../standards/member-condition';

/** The kinds of care a bill is for. */
export const BILL_KINDS = ['inpatient', 'outpatient'] as const;

/** No threshold, or no cap: stated explicitly, never assumed from an absent parameter. */
const none = z.literal('none');

/**
 * The aid ratio of one recipient group (the general rule): the share of the compliant
 * out-of-pocket cost above the group's threshold (起付线) that is aided, up to an annual cap.
 */
export const medicalAidGroupSchema = z.strictObject({
  id: z.string().min(1).max(64),
  groups: z.array(recipientGroupSchema).min(1),
  /** The household's area, when the ratio is for urban or rural recipients only. */
  area: areaSchema.optional(),
  /** Bill kinds the ratio applies to; all when absent. */
  kinds: z.array(z.enum(BILL_KINDS)).min(1).optional(),
  /** Costs incurred from / to (inclusive, by the bill's date). */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  /** Share of the out-of-pocket cost aided, e.g. "0.8". */
  ratio: decimalTextSchema,
  /** 起付线 per bill (per admission), or `none` (汉政办发〔2016〕57号 三(三): no threshold for key groups). */
  deductible: z.union([none, figureSchema]),
  /** Most aid per member per calendar year, or `none`. */
  annualCap: z.union([none, figureSchema]),
  ...itemProvenanceFields,
});
export type MedicalAidGroup = z.infer<typeof medicalAidGroupSchema>;

/** Extra percentage points for members meeting any of `when` in the listed groups (阳江 二(一)四). */
export const medicalAidUpliftSchema = z.strictObject({
  /** Added to the ratio, e.g. "0.1" for 10 percentage points. */
  points: decimalTextSchema,
  when: z.array(memberConditionSchema).min(1),
  /** Ids of the medical-aid groups the uplift applies to. */
  appliesTo: z.array(z.string().min(1).max(64)).min(1),
  ...itemProvenanceFields,
});

/** 因病致贫 households (in no key group): aid of the part of the year's cost beyond capacity. */
export const illnessImpoverishedSchema = z.strictObject({
  /** The household's capacity as a share of its annual counted income (R1), e.g. "0.4". */
  capacityShare: decimalTextSchema,
  /** Share of the cost beyond capacity that is aided. */
  ratio: decimalTextSchema,
  annualCap: z.union([none, figureSchema]),
  ...itemProvenanceFields,
});

/** One grant of a premium subsidy (参保资助). */
export const premiumGrantSchema = z.strictObject({
  id: z.string().min(1).max(64),
  groups: z.array(recipientGroupSchema).min(1),
  /** Share of the individual contribution paid, e.g. "1" for all of it. */
  share: decimalTextSchema,
  /**
   * Further conditions, any of which suffices (e.g. minors, severe disability, serious illness);
   * none when absent.
   */
  when: z.array(memberConditionSchema).min(1).optional(),
  /** Members who lost labour capacity (`labourCapacity: 'none'`) also qualify. */
  orNoLabourCapacity: z.boolean().optional(),
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  ...itemProvenanceFields,
});
export type PremiumGrant = z.infer<typeof premiumGrantSchema>;

/** Medical-aid parameters (R9). */
export const medicalAidParamsSchema = z.strictObject({
  groups: z.array(medicalAidGroupSchema).min(1).optional(),
  uplift: medicalAidUpliftSchema.optional(),
  illnessImpoverished: illnessImpoverishedSchema.optional(),
  premiumSubsidy: z
    .strictObject({
      /** The individual contribution to residents' basic medical insurance (per year). */
      contribution: figureSchema,
      grants: z.array(premiumGrantSchema).min(1),
    })
    .optional(),
  /** Rounding of the aid of one bill and of a premium subsidy. */
  rounding: roundingRuleSchema.optional(),
});
export type MedicalAidParams = z.infer<typeof medicalAidParamsSchema>;
