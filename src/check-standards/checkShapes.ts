import type { Rational } from '../money/rational';
import type { Area } from '../schema/primitives';
import { provenanceOf, type ResolvedStandards } from '../standards/resolveStandards';
import type { Messages } from '../trace/types';
import { type FigureReader, isMissing, monthly, parseKept, RESOLVED_READER } from './figureReader';
import { checkMessages as msg } from './messages';

/** The findings of the shape checks (a subset of `StandardsFindingCode`). */
export type ShapeFindingCode =
  | 'bands_overlap'
  | 'bands_unordered'
  | 'classes_overlap'
  | 'classes_unordered'
  | 'full_standard_needs_gap'
  | 'range_min_above_max';

/** A finding of the shape checks, before it is placed in `checkStandards`' list. */
export interface ShapeFinding {
  severity: 'error' | 'warning';
  code: ShapeFindingCode;
  region: string;
  on: string;
  path: string;
  entryId?: string;
  message: Messages;
  values: Record<string, string>;
}

const AREAS: Area[] = ['urban', 'rural'];

/**
 * Checks of the shapes of lists in one resolved set of standards, where the schema cannot see the
 * fault because it depends on figures:
 * - `bands_overlap` (error): two 分档 bands with the same upper edge of the same kind (`below` or
 *   `atMost`): the second is never chosen;
 * - `bands_unordered` (warning): bands not written in ascending order of their upper edges (at one
 *   edge, `below` before `atMost`). The choice does not depend on the order, but a reader of the
 *   table expects the printed order;
 * - `classes_overlap` (error): two 分类定额 classes with one id (the second is never paid);
 * - `classes_unordered` (warning): a class paying more per person than the class listed before it
 *   (classes are listed from the highest amount to the lowest, as published: A/一类 first);
 * - `full_standard_needs_gap` (error): `dibao.fullStandard` with a payment other than the gap
 *   (the rule pays the other members their share of the gap, so it applies with `gap` only);
 * - `range_min_above_max` (error): a temporary-aid range whose minimum multiple is above its
 *   maximum.
 *
 * @example
 * checkShapes(stdWithBands([{ atMost: 250 }, { atMost: 100 }]))[0].code // 'bands_unordered'
 */
export function checkShapes(
  std: ResolvedStandards,
  read: FigureReader = RESOLVED_READER,
): ShapeFinding[] {
  const out: ShapeFinding[] = [];
  checkBands(std, out, read);
  checkClasses(std, out, read);
  const method = std.params.dibao?.payment?.method;
  if (std.params.dibao?.fullStandard !== undefined && method !== undefined && method !== 'gap')
    out.push({
      severity: 'error',
      code: 'full_standard_needs_gap',
      ...at(std, 'dibao.fullStandard'),
      message: msg.fullStandardNeedsGap(method),
      values: { method },
    });
  checkRanges(std, out);
  return out;
}

function checkClasses(std: ResolvedStandards, out: ShapeFinding[], read: FigureReader): void {
  const payment = std.params.dibao?.payment;
  if (payment?.method !== 'classes') return;
  const path = 'dibao.payment.classes';
  const first = new Map<string, number>();
  for (const [index, c] of payment.classes.entries()) {
    const earlier = first.get(c.id);
    if (earlier === undefined) first.set(c.id, index);
    else
      out.push({
        severity: 'error',
        code: 'classes_overlap',
        ...at(std, `${path}.${index}`),
        message: msg.classesOverlap(path, c.id, earlier, index),
        values: { class: c.id, firstIndex: String(earlier), index: String(index) },
      });
  }
  const seen = new Set<number>();
  for (const area of AREAS) {
    let previous: { value: Rational; index: number } | undefined;
    for (const [index, c] of payment.classes.entries()) {
      const f = read.object(std, c.perPerson, `${path}.${index}.perPerson`, area);
      if (isMissing(f)) return; // reported as missing_base
      const value = monthly(f);
      if (previous?.value.lt(value) && !seen.has(index)) {
        seen.add(index);
        out.push({
          severity: 'warning',
          code: 'classes_unordered',
          ...at(std, `${path}.${index}`),
          message: msg.classesUnordered(
            path,
            payment.classes[previous.index]?.id ?? '',
            previous.value.toString(),
            c.id,
            value.toString(),
          ),
          values: {
            area,
            class: c.id,
            perPerson: value.toString(),
            previousClass: payment.classes[previous.index]?.id ?? '',
            previousPerPerson: previous.value.toString(),
          },
        });
      }
      previous = { value, index };
    }
  }
}

function checkRanges(std: ResolvedStandards, out: ShapeFinding[]): void {
  const ranges = std.params.temporaryAid?.ranges;
  if (ranges === undefined) return;
  for (const [key, range] of Object.entries(ranges)) {
    if (range === undefined) continue;
    const min = parseKept(range.min);
    const max = parseKept(range.max);
    if (min === undefined || max === undefined || !max.lt(min)) continue;
    const path = `temporaryAid.ranges.${key}`;
    out.push({
      severity: 'error',
      code: 'range_min_above_max',
      ...at(std, path),
      message: msg.rangeMinAboveMax(path, range.min, range.max),
      values: { min: range.min, max: range.max },
    });
  }
}

/** Where a finding is: the resolution's region and date, the path and the entry that set it. */
export function at(
  std: ResolvedStandards,
  path: string,
): Pick<ShapeFinding, 'region' | 'on' | 'path' | 'entryId'> {
  const provenance = provenanceOf(std, path);
  return {
    region: std.region,
    on: std.on,
    path,
    ...(provenance ? { entryId: provenance.entryId } : {}),
  };
}

interface Edge {
  value: Rational;
  inclusive: boolean;
  index: number;
}

function checkBands(std: ResolvedStandards, out: ShapeFinding[], read: FigureReader): void {
  const payment = std.params.dibao?.payment;
  if (payment?.method !== 'bands') return;
  const path = 'dibao.payment.bands';
  const seen = new Set<string>();
  for (const area of AREAS) {
    const edges: Edge[] = [];
    for (const [index, band] of payment.bands.entries()) {
      const inclusive = 'atMost' in band;
      const figure = 'atMost' in band ? band.atMost : band.below;
      const f = read.object(
        std,
        figure,
        `${path}.${index}.${inclusive ? 'atMost' : 'below'}`,
        area,
      );
      if (isMissing(f)) return; // reported as missing_base
      edges.push({ value: monthly(f), inclusive, index });
    }
    for (let i = 1; i < edges.length; i++) {
      const a = edges[i - 1] as Edge;
      const b = edges[i] as Edge;
      const order = compareEdges(a, b);
      if (order < 0) continue;
      const code = order === 0 ? 'bands_overlap' : 'bands_unordered';
      const key = `${code}|${a.index}|${b.index}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const values = {
        area,
        band: String(b.index),
        edge: b.value.toString(),
        previousBand: String(a.index),
        previousEdge: a.value.toString(),
      };
      out.push({
        severity: order === 0 ? 'error' : 'warning',
        code,
        ...at(std, `${path}.${b.index}`),
        message:
          order === 0
            ? msg.bandsOverlap(path, a.index, b.index, a.value.toString())
            : msg.bandsUnordered(path, a.index, b.index, a.value.toString(), b.value.toString()),
        values,
      });
    }
  }
}

/** Orders edges: by value, and at one value `below` (exclusive) before `atMost` (inclusive). */
function compareEdges(a: Edge, b: Edge): number {
  if (a.value.lt(b.value)) return -1;
  if (b.value.lt(a.value)) return 1;
  if (a.inclusive === b.inclusive) return 0;
  return a.inclusive ? 1 : -1;
}
