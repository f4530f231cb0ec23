import { Rational } from '../money/rational';
import { type RoundingRule, roundMoney } from '../money/round';
import type { Area } from '../schema/primitives';
import { type Figure, isFigure } from './figure-schema';
import type { Provenance } from './provenance';
import { paramAt, provenanceOf, type ResolvedStandards } from './resolveStandards';

/** A figure evaluated for one area: its exact value and how it was obtained. */
export interface FigureValue {
  /** The parameter path it was read from (with `@area` replaced). */
  path: string;
  /** Exact value in yuan for the figure's period. */
  value: Rational;
  per: 'month' | 'year';
  provenance: Provenance | undefined;
  /** Present for derived figures: `multiple × base`, before and after rounding. */
  derivation?: {
    multiple: string;
    base: FigureValue;
    unrounded: Rational;
    round: RoundingRule;
  };
}

/** A figure the table does not have. */
export interface MissingFigure {
  missing: string;
}

const MAX_DEPTH = 8;

/** True when the evaluation found no figure. */
export function isMissing(v: FigureValue | MissingFigure): v is MissingFigure {
  return (v as MissingFigure).missing !== undefined;
}

/**
 * Evaluates the figure at a parameter path for an area. A derived figure is `multiple × base`
 * (the base converted to the figure's period), rounded by the figure's own rule; the base may be
 * itself derived. `@area` in a path is replaced by `area`.
 *
 * @example
 * // tekun.basic.rural = { multiple: '1.3', of: 'dibao.standard.rural', round: { unit: '1', mode: 'up' } }
 * evaluateFigure(std, 'tekun.basic.@area', 'rural').value.toString() // '1222' (1.3 × 940 = 1222)
 */
export function evaluateFigure(
  std: ResolvedStandards,
  path: string,
  area?: Area,
): FigureValue | MissingFigure {
  return evaluatePath(std, path, area, 0);
}

/** Evaluates a figure object found inside another parameter (a band, a cap). */
export function evaluateFigureObject(
  std: ResolvedStandards,
  figure: Figure,
  path: string,
  area?: Area,
): FigureValue | MissingFigure {
  const memo = memoOf<{ figure: Figure; value: Evaluated }>(std, 'obj', area);
  const hit = memo.get(path);
  if (hit !== undefined && hit.figure === figure) return hit.value;
  const value = frozen(evaluate(std, figure, path, area, 0));
  memo.set(path, { figure, value });
  return value;
}

type Evaluated = FigureValue | MissingFigure;

const MEMO_KEYS = {
  fig: { urban: 'fig@urban', rural: 'fig@rural', none: 'fig' },
  obj: { urban: 'obj@urban', rural: 'obj@rural', none: 'obj' },
} as const;

/**
 * A memo of the standards, one per kind and area: the area is part of the key, as a figure's base
 * may depend on it even when its own path does not.
 */
function memoOf<T>(
  std: ResolvedStandards,
  kind: 'fig' | 'obj',
  area: Area | undefined,
): Map<string, T> {
  const key = MEMO_KEYS[kind][area ?? 'none'];
  let memo = std.memo.get(key) as Map<string, T> | undefined;
  if (memo === undefined) {
    memo = new Map();
    std.memo.set(key, memo);
  }
  return memo;
}

function evaluatePath(
  std: ResolvedStandards,
  rawPath: string,
  area: Area | undefined,
  depth: number,
): Evaluated {
  const memo = memoOf<Evaluated>(std, 'fig', area);
  const hit = memo.get(rawPath);
  if (hit !== undefined) return hit;
  const path = substituteArea(rawPath, area);
  let result: Evaluated;
  if (path === undefined) result = { missing: rawPath };
  else {
    const node = paramAt(std, path);
    result = isFigure(node) ? evaluate(std, node, path, area, depth) : { missing: path };
  }
  frozen(result);
  memo.set(rawPath, result);
  return result;
}

/**
 * An evaluation made read-only before it is kept: every later rule reading this figure from the
 * same cached resolution gets this object, so a caller's edit of it (its value, its derivation)
 * would change what they pay. Frozen once per kept evaluation, not per read.
 */
function frozen(v: Evaluated): Evaluated {
  if (Object.isFrozen(v)) return v;
  if (!isMissing(v)) {
    Object.freeze(v.value);
    if (v.provenance !== undefined) Object.freeze(v.provenance);
    const d = v.derivation;
    if (d !== undefined) {
      Object.freeze(d.unrounded);
      frozen(d.base);
      Object.freeze(d);
    }
  }
  return Object.freeze(v);
}

/** Paths with `@area` replaced, per area (a path is rewritten once); cleared when it grows large. */
const byArea = new Map<string, { urban: string; rural: string } | null>();
const BY_AREA_KEPT = 4096;

function substituteArea(path: string, area: Area | undefined): string | undefined {
  let hit = byArea.get(path);
  if (hit === undefined) {
    if (byArea.size >= BY_AREA_KEPT) byArea.clear();
    hit = path.includes('@area')
      ? { urban: path.replaceAll('@area', 'urban'), rural: path.replaceAll('@area', 'rural') }
      : null;
    byArea.set(path, hit);
  }
  if (hit === null) return path;
  if (area === undefined) return undefined;
  return area === 'urban' || area === 'rural' ? hit[area] : path.replaceAll('@area', area);
}

function evaluate(
  std: ResolvedStandards,
  figure: Figure,
  path: string,
  area: Area | undefined,
  depth: number,
): FigureValue | MissingFigure {
  const per = figure.per ?? 'month';
  const provenance = ownProvenance(figure, std, path);
  if ('yuan' in figure) {
    const value = Rational.parse(figure.yuan);
    if (value === undefined) return { missing: path };
    return { path, value, per, provenance };
  }
  if (depth >= MAX_DEPTH) return { missing: `${path} (derivation deeper than ${MAX_DEPTH})` };
  const base = evaluatePath(std, figure.of, area, depth + 1);
  if (isMissing(base)) return base;
  const multiple = Rational.parse(figure.multiple);
  if (multiple === undefined) return { missing: path };
  const baseInPeriod = convertPeriod(base.value, base.per, per);
  const unrounded = baseInPeriod.mul(multiple);
  return {
    path,
    value: roundMoney(unrounded, figure.round),
    per,
    provenance,
    derivation: { multiple: figure.multiple, base, unrounded, round: figure.round },
  };
}

function ownProvenance(
  figure: Figure,
  std: ResolvedStandards,
  path: string,
): Provenance | undefined {
  const inherited = provenanceOf(std, path);
  if (figure.illustrative !== undefined) {
    // The entry's source stays beside the note (resolveStandards records it the same way).
    const source = figure.source ?? inherited?.source;
    return {
      kind: 'illustrative',
      entryId: inherited?.entryId ?? '(figure)',
      note: figure.illustrative,
      ...(source ? { source } : {}),
    };
  }
  if (figure.source !== undefined) {
    return { kind: 'published', entryId: inherited?.entryId ?? '(figure)', source: figure.source };
  }
  return inherited;
}

/** Converts an amount between a month and a year (× 12 or ÷ 12), exactly. */
export function convertPeriod(
  value: Rational,
  from: 'month' | 'year',
  to: 'month' | 'year',
): Rational {
  if (from === to) return value;
  return from === 'year' ? value.divInt(12) : value.times(12);
}

/** The monthly value of a figure. */
export function monthly(f: FigureValue): Rational {
  return convertPeriod(f.value, f.per, 'month');
}

/**
 * The exact value of a figure in its own period, for a comparison: an explicit figure as written;
 * a derived figure as the exact `multiple × base`, before its own rounding. The base is taken as
 * it is in force (a derived base with its rounding: a published 特困 standard of 823 is 823, not
 * 822.9). The table's rounding rule applies to what is paid or shown (`value`), not to a line an
 * amount is compared against: a 低收入 line of 1.5 × 633 is 949.5, and an income of 949.70 is not
 * below it although the line rounded up to the yuan (950) would say it is.
 *
 * @example
 * // lowIncome.line.rural = { multiple: '1.5', of: 'dibao.standard.rural', round: { unit: '1', mode: 'up' } }
 * const f = evaluateFigure(std, 'lowIncome.line.rural'); // dibao.standard.rural = 633
 * f.value.toString()        // '950'
 * exactValue(f).toString()  // '949.5'
 */
export function exactValue(f: FigureValue): Rational {
  return f.derivation === undefined ? f.value : f.derivation.unrounded;
}

/** The exact monthly value of a figure, for a comparison (see {@link exactValue}). */
export function exactMonthly(f: FigureValue): Rational {
  return convertPeriod(exactValue(f), f.per, 'month');
}
