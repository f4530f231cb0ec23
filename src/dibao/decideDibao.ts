import { computeHouseholdIncome, type HouseholdIncome } from '../income/computeHouseholdIncome';
import { memberCounts } from '../income/countMembers';
import type { IncomeProgram } from '../income/params';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import { evaluateFigure, type FigureValue, isMissing, monthly } from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, yuan } from '../trace/recorder';
import { testThreshold } from '../trace/threshold';
import type { Amount } from '../trace/types';
import { checkDibaoAssets, flagNearRelative } from './checkDibaoAssets';
import { dibaoAmount } from './dibaoAmount';
import { dibaoMsg as msg } from './messages';
import { DIBAO_RULES as RULES } from './rules';
import { tekunMembersOutOfDibao } from './tekunMembersOutOfDibao';

/** Options of {@link decideDibao}. */
export interface DibaoOptions {
  /** Assess only these members, as a household of their own (单人户). */
  memberIds?: readonly string[];
  /** The income test the exclusions are taken from. */
  program?: IncomeProgram;
  /**
   * `household`: the caller tests the whole household's property itself (单人户: 57号 第八条第二款),
   * so the asset test is not made on `memberIds` alone. Default `members`.
   */
  assetsOf?: 'members' | 'household';
}

/** What {@link decideDibao} found besides the recorder's reasons. */
export interface DibaoFindings {
  area: Area | undefined;
  standard: FigureValue | undefined;
  income: HouseholdIncome;
  amount: Amount | null;
}

/**
 * The 低保 decision on a recorder: income test, asset test, amount. Shared by
 * {@link assessDibao} and the programs that assess part of a household as its own.
 */
export function decideDibao(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  options: DibaoOptions = {},
): DibaoFindings {
  const area = h.area;
  if (area === undefined) rec.missingFacts(RULES.area, ['area']);

  // 不重复享受: members supported as 特困, left out where the table says so.
  const tekunOut = tekunMembersOutOfDibao(h, std, rec, options.memberIds);
  const income = computeHouseholdIncome(h, std, rec, {
    program: options.program ?? 'dibao',
    area,
    memberIds: options.memberIds,
    ...(tekunOut.length > 0 ? { excludeMemberIds: tekunOut } : {}),
  });

  if (tekunOut.length > 0) rec.value('dibaoMemberIds', income.memberIds.join(','));

  let standard: FigureValue | undefined;
  if (area !== undefined) {
    const f = evaluateFigure(std, 'dibao.standard.@area', area);
    if (isMissing(f)) rec.missingParameter(RULES.standard, f.missing);
    else {
      standard = f;
      rec.step(
        RULES.standard,
        msg.standard(area, yuan(monthly(f))),
        { standard: exact(monthly(f)) },
        [parameterUse(f)],
      );
      rec.value('standard', exact(monthly(f)));
    }
  }

  const n = income.members;
  if (n === 0 && income.complete) {
    rec.finding(RULES.income, {
      code: 'no_counted_members',
      effect: 'disqualifies',
      facts: { countedMembers: '0' },
      message: msg.noMembers(),
    });
  }

  let incomeMet = false;
  if (standard !== undefined && income.complete && n > 0) {
    const s = monthly(standard);
    const threshold = s.times(n);
    const perCapita = income.counted.divInt(n);
    rec.value('threshold', exact(threshold));
    incomeMet = testThreshold(rec, RULES.income, {
      subject: 'per-capita monthly income',
      test: '<',
      actual: perCapita,
      threshold: s,
      unit: 'yuan',
      codes: ['income_below_threshold', 'income_not_below_threshold'],
      message: (below, gap) =>
        below
          ? msg.incomeBelow(yuan(perCapita), yuan(s), yuan(gap))
          : msg.incomeNotBelow(yuan(perCapita), yuan(s), yuan(gap), gap.isZero()),
      parameter: standard.path,
      values: {
        countedIncome: exact(income.counted),
        threshold: exact(threshold),
        perCapitaIncome: exact(perCapita),
        standard: exact(s),
      },
    });
  }

  if (options.assetsOf !== 'household') {
    // The household's property is the household's, 特困 members' share included: it is divided
    // over every member the household counts, those left out of 低保's payment too.
    const assetIds =
      tekunOut.length > 0 ? withTekunMembers(h, std, income.memberIds, tekunOut) : income.memberIds;
    checkDibaoAssets(h, std, rec, area, assetIds.length, assetIds);
  }
  flagNearRelative(h, std, rec);

  let amount: Amount | null = null;
  if (incomeMet && standard !== undefined)
    amount = dibaoAmount(h, std, rec, area as Area, standard, income);
  return { area, standard, income, amount };
}

/**
 * The members counted for 低保 and the 特困 members left out of it whom the household counts
 * (第七条), in household order: whose property the household's assets are.
 */
function withTekunMembers(
  h: Household,
  std: ResolvedStandards,
  counted: readonly string[],
  tekunOut: readonly string[],
): string[] {
  const ids: string[] = [];
  for (let i = 0; i < h.members.length; i++) {
    const m = h.members[i] as Household['members'][number];
    if (counted.includes(m.id) || (tekunOut.includes(m.id) && memberCounts(m, i, std).counts))
      ids.push(m.id);
  }
  return ids;
}
