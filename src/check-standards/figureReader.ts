import { Rational } from '../money/rational';
import { roundMoney } from '../money/round';
import type { Area } from '../schema/primitives';
import {
  convertPeriod,
  evaluateFigure,
  evaluateFigureObject,
  type MissingFigure,
} from '../standards/evaluateFigure';
import { type Figure, isFigure } from '../standards/figure-schema';
import { type ResolvedStandards, valueAtSegments } from '../standards/resolveStandards';

/** What the table checks read of a figure: its value in its period and the path it came from. */
export interface CheckedFigure {
  path: string;
  value: Rational;
  per: 'month' | 'year';
}

/** The monthly value of a figure as the checks read it. */
export function monthly(f: CheckedFigure): Rational {
  return convertPeriod(f.value, f.per, 'month');
}

/**
 * How the checks evaluate figures: `object` as `evaluateFigureObject`, `path` as `evaluateFigure`.
 * Internal to the table checks.
 */
export interface FigureReader {
  object(
    std: ResolvedStandards,
    figure: Figure,
    path: string,
    area?: Area,
  ): CheckedFigure | MissingFigure;
  path(std: ResolvedStandards, path: string, area?: Area): CheckedFigure | MissingFigure;
}

/** The evaluation of the rules (`evaluateFigure`): memoised on the resolution, with provenance. */
export const RESOLVED_READER: FigureReader = {
  object: evaluateFigureObject,
  path: evaluateFigure,
};

/** True when the evaluation found no figure. */
export function isMissing(v: CheckedFigure | MissingFigure): v is MissingFigure {
  return (v as MissingFigure).missing !== undefined;
}

/** `evaluateFigure`'s limit on a chain of derived figures. */
const MAX_DEPTH = 8;

/**
 * Thrown by the reader of {@link valueReader} when a derivation reaches the depth limit: there the result of
 * `evaluateFigure` depends on the order in which the figures of the resolution were evaluated
 * (its memo), so the checks of that resolution are made again with {@link RESOLVED_READER}.
 */
export const TOO_DEEP: unique symbol = Symbol('derivation too deep');

/** Decimal texts read (yuan, multiples), by text; cleared when it grows large. */
const parsed = new Map<string, Rational | null>();
const PARSED_KEPT = 4096;

/**
 * `Rational.parse`, kept per text: a table of 100,000 entries writes a few hundred distinct
 * amounts and multiples. The values are shared and never changed (the checks only read them).
 */
export function parseKept(text: string): Rational | undefined {
  const hit = parsed.get(text);
  if (hit !== undefined) return hit ?? undefined;
  if (parsed.size >= PARSED_KEPT) parsed.clear();
  const value = Rational.parse(text) ?? null;
  parsed.set(text, value);
  return value ?? undefined;
}

/** A parameter path read by the checks: its text and its segments. */
interface ReadPath {
  path: string;
  segments: readonly string[];
}

/**
 * Paths with `@area` replaced, per area, and split into segments (a path is rewritten and split
 * once; `none`: the path read without an area, null when it needs one); cleared when it grows
 * large.
 */
const byArea = new Map<string, { urban: ReadPath; rural: ReadPath; none: ReadPath | null }>();
const BY_AREA_KEPT = 4096;

function readPath(path: string): ReadPath {
  return { path, segments: path.split('.') };
}

function substituteArea(path: string, area: Area | undefined): ReadPath | null {
  let hit = byArea.get(path);
  if (hit === undefined) {
    if (byArea.size >= BY_AREA_KEPT) byArea.clear();
    if (path.includes('@area'))
      hit = {
        urban: readPath(path.replaceAll('@area', 'urban')),
        rural: readPath(path.replaceAll('@area', 'rural')),
        none: null,
      };
    else {
      const same = readPath(path);
      hit = { urban: same, rural: same, none: same };
    }
    byArea.set(path, hit);
  }
  if (area === undefined) return hit.none;
  if (area === 'urban' || area === 'rural') return hit[area];
  return hit.none ?? readPath(path.replaceAll('@area', area));
}

function valueAtPath(
  kept: DerivedKept,
  std: ResolvedStandards,
  rawPath: string,
  area: Area | undefined,
  depth: number,
): CheckedFigure | MissingFigure {
  const read = substituteArea(rawPath, area);
  if (read === null) return { missing: rawPath };
  const node = valueAtSegments(std.params, read.segments);
  return isFigure(node)
    ? figureValue(kept, std, node, read.path, area, depth)
    : { missing: read.path };
}

/**
 * The values of derived figures (parameter objects of the table) by the value of their base, for
 * one check of a table: the counties of a city inherit its derived figures and set their own 低保
 * standard, of a few distinct amounts. The base values are those of {@link parseKept} (or values
 * kept here), so one amount is one key. A figure's value depends on its own fields and its base
 * only.
 */
type DerivedKept = WeakMap<
  Figure,
  Map<Rational, { basePer: 'month' | 'year'; value: CheckedFigure }>
>;
/** Most base values kept per derived figure. */
export const DERIVED_KEPT = 64;

function figureValue(
  derivedKept: DerivedKept,
  std: ResolvedStandards,
  figure: Figure,
  path: string,
  area: Area | undefined,
  depth: number,
): CheckedFigure | MissingFigure {
  const per = figure.per ?? 'month';
  if ('yuan' in figure) {
    const value = parseKept(figure.yuan);
    return value === undefined ? { missing: path } : { path, value, per };
  }
  if (depth >= MAX_DEPTH) throw TOO_DEEP;
  const base = valueAtPath(derivedKept, std, figure.of, area, depth + 1);
  if (isMissing(base)) return base;
  let kept = derivedKept.get(figure);
  const hit = kept?.get(base.value);
  if (hit !== undefined && hit.basePer === base.per && hit.value.path === path) return hit.value;
  const multiple = parseKept(figure.multiple);
  if (multiple === undefined) return { missing: path };
  const unrounded = convertPeriod(base.value, base.per, per).mul(multiple);
  const value: CheckedFigure = { path, value: roundMoney(unrounded, figure.round), per };
  if (kept === undefined) {
    kept = new Map();
    derivedKept.set(figure, kept);
  } else if (kept.size >= DERIVED_KEPT) kept.clear();
  kept.set(base.value, { basePer: base.per, value });
  return value;
}

/**
 * A reader of the values `evaluateFigure` gives, without what the checks do not read: no
 * provenance, no derivation, no memo kept on the resolution, nothing frozen (`checkStandards`
 * makes one resolution per entry of a table and evaluates its figures once), derived values kept
 * by their base for the one check it serves. The same values and the same missing paths as
 * {@link RESOLVED_READER} whenever no derivation reaches the depth limit; when one does, it
 * throws {@link TOO_DEEP}.
 */
export function valueReader(): FigureReader {
  const kept: DerivedKept = new WeakMap();
  return {
    object: (std, figure, path, area) => figureValue(kept, std, figure, path, area, 0),
    path: (std, path, area) => valueAtPath(kept, std, path, area, 0),
  };
}
