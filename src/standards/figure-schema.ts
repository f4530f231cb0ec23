import { z } from 'zod';
import { ROUNDING_MODES, ROUNDING_UNITS } from '../money/round';
import { bilingual } from '../schema/bilingual';
import { decimalTextSchema, isoDateSchema, moneySchema, periodSchema } from '../schema/primitives';

/** Where a figure or an entry comes from: the published document and clause. */
export const sourceSchema = z.strictObject({
  /** Title of the document, e.g. 《关于改革完善社会救助制度的实施方案》. */
  document: z.string().min(1).max(500),
  /** Issuing number, e.g. 民发〔2021〕16号, when it has one. */
  number: z.string().max(200).optional(),
  /** The clause, e.g. 二(四). */
  clause: z.string().min(1).max(200),
  /** Date of publication. */
  published: isoDateSchema,
  /** Who issued it. */
  issuer: z.string().max(200).optional(),
  note: z.string().max(2000).optional(),
});
export type Source = z.infer<typeof sourceSchema>;

/** A rounding rule: unit in yuan and direction. */
export const roundingRuleSchema = z.strictObject({
  unit: z.enum(ROUNDING_UNITS),
  mode: z.enum(ROUNDING_MODES),
});

const provenanceFields = {
  /** The figure's own source, when it differs from its entry's. */
  source: sourceSchema.optional(),
  /** Set when the figure has no published source: why it is there. */
  illustrative: z.string().min(1).max(2000).optional(),
};

/** An explicit published figure, e.g. `{ "yuan": "940" }` (per month unless `per` says year). */
export const explicitFigureSchema = z.strictObject({
  yuan: moneySchema,
  per: periodSchema.optional(),
  ...provenanceFields,
});

/**
 * A figure derived from another: `multiple × of`, rounded by `round`. `of` is the dotted path of
 * another figure in the resolved standards; `@area` stands for the household's area, e.g.
 * `dibao.standard.@area`. The base is converted to this figure's period first.
 */
export const derivedFigureSchema = z.strictObject({
  multiple: decimalTextSchema,
  of: z.string().regex(/^[a-zA-Z@][\w@-]*(\.[a-zA-Z@][\w@-]*)*$/, {
    message: bilingual('expected a dotted parameter path', '应为以点分隔的参数路径'),
  }),
  round: roundingRuleSchema,
  per: periodSchema.optional(),
  ...provenanceFields,
});

/** A money figure in a standards table: explicit or derived. */
export const figureSchema = z.union([explicitFigureSchema, derivedFigureSchema]);
export type Figure = z.output<typeof figureSchema>;
export type ExplicitFigure = z.output<typeof explicitFigureSchema>;
export type DerivedFigure = z.output<typeof derivedFigureSchema>;

/** A figure for each area. */
export const areaFiguresSchema = z.strictObject({
  urban: figureSchema.optional(),
  rural: figureSchema.optional(),
});

/** True for a value shaped like a figure (used when layering entries: a figure is a leaf). */
export function isFigure(value: unknown): value is Figure {
  if (typeof value !== 'object' || value === null) return false;
  return Object.hasOwn(value, 'yuan') || Object.hasOwn(value, 'multiple');
}
