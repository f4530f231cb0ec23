import { z } from 'zod';
import { assetRuleSchema } from '../low-income/params';
import { decimalTextSchema } from '../schema/primitives';
import { figureSchema, roundingRuleSchema, sourceSchema } from '../standards/figure-schema';

/** The two kinds of 临时救助 (2018 意见 二(一); 银川 2021 二(七)). */
export const HARDSHIP_KINDS = ['emergency', 'expenditure'] as const;
export const hardshipKindSchema = z.enum(HARDSHIP_KINDS);
export type HardshipKind = z.infer<typeof hardshipKindSchema>;

/** A multiple of the base with its own source or illustrative note. */
export const multipleSchema = z.strictObject({
  multiple: decimalTextSchema,
  source: sourceSchema.optional(),
  illustrative: z.string().min(1).max(2000).optional(),
});

/**
 * A range of multiples of the base per person (e.g. 急难型 from 2 × to 3 ×, 支出型 3 × to 10 × the
 * urban monthly standard): the amount proposed for an event is raised to `min`; above `max` it
 * needs the special procedure (一事一议 / 特别审批) and an approved amount.
 */
export const multipleRangeSchema = z.strictObject({
  min: decimalTextSchema,
  max: decimalTextSchema,
  source: sourceSchema.optional(),
  illustrative: z.string().min(1).max(2000).optional(),
});
export type MultipleRange = z.infer<typeof multipleRangeSchema>;

/**
 * A band of 支出型 aid by out-of-pocket expenditure: events whose out-of-pocket expenditure is at
 * least `atLeast` use `multiple` per person instead of the expenditure floor.
 */
export const expenditureBandSchema = z.strictObject({
  atLeast: figureSchema,
  multiple: decimalTextSchema,
});

/**
 * The means (hardship) test of temporary aid: aid goes to households that cannot meet the hardship
 * by their own and their family's means (银川 2021 二(七) "靠自身和家庭无力解决"; 2018 意见 二(一):
 * for 支出型, per-capita income below a local line and property within local rules). Either
 * `"not-tested"` (the table says so; traced), or, for the listed `kinds`, a per-capita income line
 * (`income.perCapitaBelow`, strictly below) and property rules (`assets`: own `limits`, 低保's
 * `sameAsDibao`, or `"not-tested"`).
 */
export const hardshipTestSchema = z.union([
  z.literal('not-tested'),
  z.strictObject({
    kinds: z.array(hardshipKindSchema).min(1),
    income: z.strictObject({ perCapitaBelow: figureSchema }),
    assets: z.union([assetRuleSchema, z.literal('not-tested')]),
  }),
]);
export type HardshipTest = z.infer<typeof hardshipTestSchema>;

/** A residence status a household may hold in the assessing region. */
export const RESIDENCE_STATUSES = ['local-hukou', 'residence-permit'] as const;
export const residenceStatusSchema = z.enum(RESIDENCE_STATUSES);
export type ResidenceStatus = z.infer<typeof residenceStatusSchema>;

/**
 * The residence statuses under which the region accepts a household's application for one kind
 * of temporary aid: local 户籍 (`local-hukou`) and/or a 居住证 of the region (`residence-permit`;
 * 国发〔2014〕47号 申请受理: applicants with local 户籍 or a local 居住证 are handled where they
 * apply; 银川 2021 二(三): 居住证 holders apply for assistance where they live), with the clause.
 */
export const residenceRuleSchema = z.strictObject({
  accepted: z.array(residenceStatusSchema).min(1).max(2),
  source: sourceSchema.optional(),
  illustrative: z.string().min(1).max(2000).optional(),
});
export type ResidenceRule = z.infer<typeof residenceRuleSchema>;

/** 临时救助 (R5) parameters. */
export const temporaryAidParamsSchema = z.strictObject({
  /** The kinds of temporary aid the region provides. */
  kinds: z.array(hardshipKindSchema).min(1).optional(),
  /**
   * Dotted path of the base figure, e.g. `dibao.standard.urban` (the **urban** monthly 低保
   * standard, also for rural households — 银川 2021 二(七)) or `dibao.standard.@area`.
   */
  base: z.string().min(1).max(200).optional(),
  /** Per-person floors (不低于) as multiples of the base, by recipient and kind. */
  floors: z
    .strictObject({
      emergency: multipleSchema.optional(),
      expenditure: multipleSchema.optional(),
      individual: multipleSchema.optional(),
    })
    .optional(),
  /** Per-person caps as multiples of the base; an approved 一事一议 amount may exceed them. */
  caps: z
    .strictObject({
      emergency: multipleSchema.optional(),
      expenditure: multipleSchema.optional(),
      individual: multipleSchema.optional(),
    })
    .optional(),
  /**
   * Ranges of multiples per person, by recipient and kind, for regions that publish "from m × to
   * M ×". A range given for a kind replaces its floor, cap and 支出型 bands: the event's
   * `proposedAmount` is paid within the range, raised to its minimum, and above its maximum only
   * with an approved 一事一议 amount.
   */
  ranges: z
    .strictObject({
      emergency: multipleRangeSchema.optional(),
      expenditure: multipleRangeSchema.optional(),
      individual: multipleRangeSchema.optional(),
    })
    .optional(),
  /** 支出型 bands by out-of-pocket expenditure (household recipients; the highest band reached applies). */
  expenditureBands: z.array(expenditureBandSchema).min(1).optional(),
  /**
   * Aid is given where the emergency happened, without a 户籍 requirement, for these kinds
   * (银川 2021 二(七); 常州 2021 一). Without it, the household must hold local 户籍.
   */
  placeOfEmergency: z
    .strictObject({
      kinds: z.array(hardshipKindSchema).min(1),
      source: sourceSchema.optional(),
      illustrative: z.string().min(1).max(2000).optional(),
    })
    .optional(),
  /**
   * Which residence statuses are accepted, by kind (`residence.expenditure.accepted`:
   * `["local-hukou", "residence-permit"]`). Asked only when the place-of-emergency exception does
   * not apply. A kind without a rule: a local-户籍 household qualifies (the general rule), any other
   * is undetermined (`missing_parameter`) — the table may accept a 居住证.
   */
  residence: z
    .strictObject({
      emergency: residenceRuleSchema.optional(),
      expenditure: residenceRuleSchema.optional(),
    })
    .optional(),
  /**
   * 支出型 income test (2018 意见 二(一)): per-capita counted income must be below this figure
   * (e.g. the previous year's per-capita disposable income, `{ "yuan": "…", "per": "year" }`).
   */
  expenditureIncomeTest: z.strictObject({ perCapitaBelow: figureSchema }).optional(),
  /**
   * The means (hardship) test (银川 2021 二(七), 二(一); 2018 意见 二(一)). Without it the
   * determination is undetermined (`missing_parameter`): a table states the test, or says
   * `"not-tested"`.
   */
  hardshipTest: hardshipTestSchema.optional(),
  /** Rounding of the computed amount (an approved amount is taken as approved). */
  rounding: roundingRuleSchema.optional(),
});
export type TemporaryAidParams = z.infer<typeof temporaryAidParamsSchema>;
