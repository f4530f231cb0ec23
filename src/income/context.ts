import { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import { evaluateFigureObject, isMissing, monthly } from '../standards/evaluateFigure';
import type { Figure } from '../standards/figure-schema';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { parameterUse, type Recorder, type Rule } from '../trace/recorder';
import type { ParameterUse } from '../trace/types';
import type { IncomeConfig } from './config';
import type { IncomeProgram } from './params';

/** The state shared by the steps of one income computation; internal. */
export interface IncomeContext {
  household: Household;
  std: ResolvedStandards;
  rec: Recorder;
  program: IncomeProgram;
  config: IncomeConfig;
  area: Area | undefined;
  /** Members to count when the caller restricts them (单人户); otherwise undefined. */
  restrict: readonly string[] | undefined;
  /** Members counted. */
  counted: Set<string>;
  /** The same, in household order. */
  countedIds: string[];
  /** Cleared when a fact or parameter is missing. */
  complete: boolean;
  /** Monthly amounts of the household's items by index, shared in an assessment (see scope). */
  amounts?: MonthlyAmounts;
}

/** Monthly amounts of a household's income items by item index, each converted when first read. */
export type MonthlyAmounts = (Rational | undefined)[];

/** The monthly amount of the `i`-th item, converted once when `amounts` keeps them. */
export function itemPerMonth(
  item: { amount: string; period: 'month' | 'year' },
  i: number,
  amounts: MonthlyAmounts | undefined,
): Rational {
  if (amounts === undefined) return perMonth(item.amount, item.period);
  let amount = amounts[i];
  if (amount === undefined) {
    amount = perMonth(item.amount, item.period);
    amounts[i] = amount;
  }
  return amount;
}

/** True when an item of this member (or of the household as a whole) is counted. */
export function countsFor(ctx: IncomeContext, memberId: string | undefined): boolean {
  return memberId === undefined ? ctx.restrict === undefined : ctx.counted.has(memberId);
}

/** An amount per month from an amount and its period. */
export function perMonth(amount: string, period: 'month' | 'year'): Rational {
  const value = Rational.parse(amount) ?? Rational.ZERO;
  return period === 'year' ? value.divInt(12) : value;
}

/** A monthly cap from a figure, or undefined (recorded as a missing parameter). */
export function monthlyCap(
  ctx: IncomeContext,
  rule: Rule,
  figure: Figure,
  path: string,
): { value: Rational; use: ParameterUse } | undefined {
  const f = evaluateFigureObject(ctx.std, figure, path, ctx.area);
  if (isMissing(f)) {
    ctx.rec.missingParameter(rule, f.missing);
    ctx.complete = false;
    return undefined;
  }
  return { value: monthly(f), use: parameterUse(f) };
}
