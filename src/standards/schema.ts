import { z } from 'zod';
import { standardSettingParamsSchema } from '../check-standards/params';
import { dibaoParamsSchema } from '../dibao/params';
import { disabilitySubsidyParamsSchema } from '../disability-subsidy/params';
import { elderlyCareParamsSchema } from '../elderly-care/params';
import { incomeParamsSchema } from '../income/params';
import { lowIncomeParamsSchema } from '../low-income/params';
import { medicalAidParamsSchema } from '../medical-aid/params';
import { phaseOutParamsSchema } from '../phase-out/params';
import { povertyScoreParamsSchema } from '../poverty-score/params';
import { isoDateSchema, moneyTextSchema, regionCodeSchema } from '../schema/primitives';
import { singlePersonParamsSchema } from '../single-person/params';
import { specialAidParamsSchema } from '../special-aid/params';
import { tekunParamsSchema } from '../tekun/params';
import { temporaryAidParamsSchema } from '../temporary-aid/params';
import { sourceSchema } from './figure-schema';

/**
 * The standards table: dated entries per GB/T 2260 region. Entries layer national (`100000`) ←
 * province (`320000`) ← city (`320400`) ← county (`320412`): an entry sets only what it
 * overrides, and a county inherits the rest.
 *
 * @module
 */

/** Parameters an entry may set, one object per program. All optional: entries layer. */
export const standardsParamsSchema = z.strictObject({
  income: incomeParamsSchema.optional(),
  dibao: dibaoParamsSchema.optional(),
  lowIncome: lowIncomeParamsSchema.optional(),
  tekun: tekunParamsSchema.optional(),
  temporaryAid: temporaryAidParamsSchema.optional(),
  phaseOut: phaseOutParamsSchema.optional(),
  singlePerson: singlePersonParamsSchema.optional(),
  medicalAid: medicalAidParamsSchema.optional(),
  specialAid: specialAidParamsSchema.optional(),
  elderlyCare: elderlyCareParamsSchema.optional(),
  disabilitySubsidy: disabilitySubsidyParamsSchema.optional(),
  povertyScore: povertyScoreParamsSchema.optional(),
  /** Rules the standards themselves must meet (R8), checked by `checkStandards`. */
  standardSetting: standardSettingParamsSchema.optional(),
  /** Reference statistics the table checks use (R8). */
  statistics: z
    .strictObject({
      /** Previous year's per-capita consumption expenditure of all residents, yuan per year. */
      consumptionPerCapitaLastYear: moneyTextSchema.optional(),
      /** Previous year's per-capita disposable income, yuan per year. */
      disposableIncomePerCapitaLastYear: moneyTextSchema.optional(),
    })
    .optional(),
});
export type StandardsParams = z.infer<typeof standardsParamsSchema>;

/** One dated entry for one region. */
export const standardsEntrySchema = z
  .strictObject({
    id: z.string().min(1).max(128),
    region: regionCodeSchema,
    /** In force from `from` to `to`, both inclusive; open-ended without `to`. */
    effective: z.strictObject({ from: isoDateSchema, to: isoDateSchema.optional() }),
    /** The published source of the entry's figures. */
    source: sourceSchema.optional(),
    /** Set instead of (or beside) `source` when the figures are not all published: why. */
    illustrative: z.string().min(1).max(2000).optional(),
    /**
     * Parameters of this entry that its source does not give, by dotted path, each with a note
     * saying why it is there (e.g. `{ "dibao.rounding": "rounding rule not published" }`).
     */
    illustrativeParameters: z
      .record(z.string().min(1).max(200), z.string().min(1).max(2000))
      .optional(),
    /**
     * The entry's own clauses for rules, by rule id (e.g. a city's work plan for
     * `dibao.eligibility.income`). Layered like a parameter: a county inherits its city's list for
     * a rule unless it gives its own. Shown beside the rule's national clauses, only to
     * households of this region.
     */
    citations: z
      .record(
        z.string().min(1).max(200),
        z
          .array(
            z.strictObject({
              document: z.string().min(1).max(500),
              number: z.string().min(1).max(200).optional(),
              clause: z.string().min(1).max(200),
            }),
          )
          .min(1)
          .max(20),
      )
      .optional(),
    params: standardsParamsSchema,
  })
  .superRefine((e, ctx) => {
    if (e.source === undefined && e.illustrative === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['source'],
        message: 'an entry needs a source, or an illustrative note saying why it has none',
        params: { zh: '条目须注明来源，或以 illustrative 说明其数字为示例' },
      });
    }
    if (e.effective.to !== undefined && e.effective.to < e.effective.from) {
      ctx.addIssue({
        code: 'custom',
        path: ['effective', 'to'],
        message: 'the end of the effective range is before its start',
        params: { zh: '生效期止日早于起日' },
      });
    }
  });
export type StandardsEntry = z.infer<typeof standardsEntrySchema>;

/** A whole standards table. */
export const standardsTableSchema = z
  .strictObject({
    id: z.string().min(1).max(128),
    title: z.string().max(500).optional(),
    entries: z.array(standardsEntrySchema).min(1).max(10000),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.entries.forEach((e, i) => {
      if (seen.has(e.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['entries', i, 'id'],
          message: `duplicate entry id "${e.id}"`,
          params: { zh: `条目编号 "${e.id}" 重复` },
        });
      }
      seen.add(e.id);
    });
  });
export type StandardsTable = z.output<typeof standardsTableSchema>;
export type StandardsTableInput = z.input<typeof standardsTableSchema>;
