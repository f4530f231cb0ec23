import { Rational } from '../money/rational';
import type { Household, Member } from '../schema/household';
import type { FigureValue } from '../standards/evaluateFigure';
import { evaluateAnyOf } from '../standards/member-condition';
import { provenanceOf, type ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterValue, type Recorder, type Rule, yuan } from '../trace/recorder';
import { assetsMsg as msg } from './messages';
import type { AssetUplift, HouseholdCondition } from './uplift-schema';

/** The financial-asset limit to test against, and the parameter it comes from. */
export interface FinancialLimit {
  value: Rational;
  parameter: string;
}

/**
 * The financial-asset limit per counted member after the table's ordered uplifts
 * (`<base>.financialUplifts`): the first uplift whose condition holds multiplies the base limit
 * by its factor — small households (`members-at-most`), households with a minor, disabled or
 * elderly member (`any-member`). The trace names the uplift applied, or that none did.
 *
 * An uplift whose condition cannot be decided (a missing birth date, disability) leaves the limit
 * among a few values: when the actual value is within the lowest of them or above the highest,
 * the result is known and that limit is tested; otherwise the missing facts are recorded and
 * the result is undefined.
 *
 * @param baseFigure - the evaluated `financialPerCapita`
 * @param actual - financial assets per counted member
 * @param members - the counted members, with their index in the household
 * @param n - counted members (for `members-at-most`)
 * @example
 * // base 16000 (20 × 800); uplifts: ≤ 2 members × 1.5, a minor × 1.2; 2 members
 * financialLimit(...)?.value.toString() // '24000'
 */
export function financialLimit(
  std: ResolvedStandards,
  rec: Recorder,
  rule: Rule,
  uplifts: readonly AssetUplift[] | undefined,
  base: string,
  baseFigure: FigureValue,
  actual: Rational,
  members: readonly { member: Member; index: number }[],
  n: number,
): FinancialLimit | undefined {
  if (uplifts === undefined) return { value: baseFigure.value, parameter: baseFigure.path };
  const baseLimit = baseFigure.value;
  const undecided: { i: number; missing: string[] }[] = [];
  let chosen: number | undefined;
  for (const [i, u] of uplifts.entries()) {
    const r = upliftHolds(u.when, members, n, std.on);
    if (r.holds === true) {
      chosen = i;
      break;
    }
    if (r.holds === undefined) undecided.push({ i, missing: r.missing });
  }
  const limitOf = (i: number | undefined): Rational =>
    i === undefined ? baseLimit : baseLimit.mul(factorOf(uplifts[i] as AssetUplift));
  const paramOf = (i: number | undefined): string =>
    i === undefined ? baseFigure.path : `${base}.financialUplifts.${i}`;
  const use = (i: number) => {
    const u = uplifts[i] as AssetUplift;
    const path = `${base}.financialUplifts.${i}.factor`;
    return parameterValue(path, u.factor, provenanceOf(std, `${base}.financialUplifts`));
  };

  if (undecided.length === 0) {
    const limit = limitOf(chosen);
    if (chosen === undefined) {
      rec.step(rule, msg.noUplift(yuan(baseLimit)), {
        financialLimitBase: exact(baseLimit),
        financialUplift: 'none',
      });
    } else {
      const u = uplifts[chosen] as AssetUplift;
      rec.step(
        rule,
        msg.uplift(u.id, u.label, u.factor, yuan(baseLimit), yuan(limit)),
        {
          financialLimitBase: exact(baseLimit),
          financialUplift: u.id,
          financialLimit: exact(limit),
        },
        [use(chosen)],
      );
    }
    rec.value(
      'financialUplift',
      chosen === undefined ? 'none' : (uplifts[chosen] as AssetUplift).id,
    );
    rec.value('financialLimit', exact(limit));
    return { value: limit, parameter: paramOf(chosen) };
  }

  // Some uplift before the first that holds cannot be decided: the limit is one of these.
  const options = [...undecided.map((x) => x.i), chosen];
  let low = options[0];
  let high = options[0];
  for (const i of options) {
    if (limitOf(i).lt(limitOf(low))) low = i;
    if (limitOf(high).lt(limitOf(i))) high = i;
  }
  const within = actual.lte(limitOf(low));
  const above = limitOf(high).lt(actual);
  if (!within && !above) {
    rec.missingFacts(rule, [...new Set(undecided.flatMap((x) => x.missing))]);
    return undefined;
  }
  const pick = within ? low : high;
  rec.step(rule, msg.upliftUndecided(yuan(limitOf(low)), yuan(limitOf(high)), within), {
    financialLimitBase: exact(baseLimit),
    financialUplift: 'undecided',
    financialLimit: exact(limitOf(pick)),
  });
  rec.value('financialUplift', 'undecided');
  rec.value('financialLimit', exact(limitOf(pick)));
  return { value: limitOf(pick), parameter: paramOf(pick) };
}

function factorOf(u: AssetUplift): Rational {
  return Rational.parse(u.factor) ?? Rational.ONE;
}

/** Any of the household conditions: true, false, or unknown with the missing facts. */
function upliftHolds(
  when: readonly HouseholdCondition[],
  members: readonly { member: Member; index: number }[],
  n: number,
  on: string,
): { holds: boolean | undefined; missing: string[] } {
  const missing: string[] = [];
  for (const c of when) {
    if (c.kind === 'members-at-most') {
      if (n <= c.count) return { holds: true, missing: [] };
      continue;
    }
    for (const { member, index } of members) {
      const r = evaluateAnyOf(c.when, member, index, on);
      if (r.holds === true) return { holds: true, missing: [] };
      if (r.holds === undefined) missing.push(...r.missing);
    }
  }
  return missing.length > 0 ? { holds: undefined, missing } : { holds: false, missing: [] };
}

/**
 * The counted members of a household for the uplift conditions: `countedIds` when given, else
 * the member `memberId`, else the co-resident members.
 */
export function countedMembers(
  h: Household,
  memberId: string | undefined,
  countedIds?: readonly string[],
): { member: Member; index: number }[] {
  const ids = countedIds === undefined ? undefined : new Set(countedIds);
  const out: { member: Member; index: number }[] = [];
  h.members.forEach((member, index) => {
    const counted =
      ids !== undefined
        ? ids.has(member.id)
        : memberId !== undefined
          ? member.id === memberId
          : member.livesWithHousehold === true;
    if (counted) out.push({ member, index });
  });
  return out;
}
