import { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, Recorder, yuan } from '../trace/recorder';
import { type IncomeConfig, incomeConfig } from './config';
import type { IncomeContext, MonthlyAmounts } from './context';
import { countMembers } from './countMembers';
import { deductEmploymentCosts } from './deductEmploymentCosts';
import { deductExpenditure } from './deductExpenditure';
import { excludeMembers } from './excludeMembers';
import { type IncomeLedger, memberSums } from './ledger';
import { incomeMsg as msg } from './messages';
import type { IncomeProgram } from './params';
import { INCOME_RULES as RULES } from './rules';
import { sharedIncomes } from './scope';
import { sumIncomeItems } from './sumIncomeItems';

/** Replay options of a shared computation: its steps are referred to, not copied. */
const REFERENCED = { steps: false } as const;
/** …and with the computation's values left to its steps (`values: false`). */
const REFERENCED_ONLY = { steps: false, values: false } as const;

/** Options of {@link computeHouseholdIncome}. */
export interface IncomeOptions {
  /** The program whose income test this is (exclusions may apply to some programs only). */
  program: IncomeProgram;
  /** The household's area, for deductions stated as a share of the standard. */
  area?: Area;
  /**
   * Count only these members (e.g. one member assessed as a single-person household). Their
   * co-residence is not asked, and income of the household as a whole is not counted.
   */
  memberIds?: readonly string[];
  /**
   * Leave these co-resident members out of the count and their own income items out of the sum:
   * members the program does not cover, e.g. 特困 members outside the household's 低保 where the
   * table says so (`dibao.tekunMembers`, see `tekunMembersOutOfDibao`).
   */
  excludeMemberIds?: readonly string[];
  /**
   * `false`: the figures (`countedMembers`, `grossIncome`, … `perCapitaIncomeExact`) are not copied
   * into the determination's values. The computation's steps show them, once per assessment in
   * its `incomes` — the gross and the counted income as such; the deductions by kind (their total
   * follows); the excluded income where an exclusion is in force (else it is zero). A 特困
   * member's own income test keeps only the figure it compares (`memberIncome`). Default `true`.
   */
  values?: boolean;
}

/** The household's monthly income, step by step. All amounts are exact, per month. */
export interface HouseholdIncome {
  /** Ids of the members counted (for income and head count). */
  memberIds: string[];
  /** Number of members counted. */
  members: number;
  gross: Rational;
  excluded: Rational;
  medical: Rational;
  education: Rational;
  employment: Rational;
  /** `max(0, gross − excluded − deductions)`. */
  counted: Rational;
  /** False when a fact or a parameter was missing: the figures are then not final. */
  complete: boolean;
}

/**
 * Counts a household's monthly income (R1): only co-resident members count; items are converted
 * to monthly amounts; income types the table excludes on the assessment date are left out; rigid
 * medical and education expenditure and employment costs are deducted as the table says; the
 * result is never below zero. Every step is written to the recorder's trace; missing facts and
 * parameters are recorded as reasons.
 *
 * @param household - a parsed household
 * @param std - resolved standards (their date is the assessment date)
 * @param rec - the recorder of the determination being made
 * @param options - the program, the area, and optionally the members to count
 *
 * @example
 * // 3 co-resident members, wages 1894 yuan/month, no deductions configured:
 * computeHouseholdIncome(h, std, rec, { program: 'dibao' }).counted.toString() // '1894'
 */
export function computeHouseholdIncome(
  household: Household,
  std: ResolvedStandards,
  rec: Recorder,
  options: IncomeOptions,
): HouseholdIncome {
  const config = incomeConfig(std, options.program);
  const shared = sharedIncomes(household, std);
  if (shared === undefined)
    return compute(
      household,
      std,
      rec,
      options,
      config,
      undefined,
      undefined,
      options.values !== false,
    );
  // The income depends on the program only through its exclusions.
  const ids = options.memberIds;
  const idsKey = ids === undefined ? '*' : ids.length === 1 ? (ids[0] as string) : ids.join(',');
  const out = options.excludeMemberIds;
  const key = out === undefined || out.length === 0 ? idsKey : `${idsKey}\u0000-${out.join(',')}`;
  const byKey = shared.of(config.excludedText, options.area);
  let hit = byKey.get(key);
  if (hit === undefined) {
    const own = new Recorder();
    // One member alone (特困 第六条): that member's items are read from the household's ledger.
    const ledger = ids?.length === 1 ? shared.ledger(household, config) : undefined;
    const income = compute(household, std, own, options, config, ledger, shared.amounts, true);
    const recording = own.recording();
    const perCapita = perCapitaOf(income.counted, income.members);
    hit = { ref: shared.add(recording), income, recording, perCapita };
    byKey.set(key, hit);
  }
  // The computation's steps are recorded once, in the assessment's `incomes`; this trace refers
  // to them. Its reasons and values count here as if computed here.
  rec.replay(hit.recording, options.values === false ? REFERENCED_ONLY : REFERENCED);
  const { income, ref } = hit;
  rec.step(
    RULES.shared,
    msg.shared(ref, yuan(income.counted), yuan(hit.perCapita), income.members),
    { income: ref },
  );
  return income;
}

function compute(
  household: Household,
  std: ResolvedStandards,
  rec: Recorder,
  options: IncomeOptions,
  config: IncomeConfig,
  ledger: IncomeLedger | undefined,
  amounts: MonthlyAmounts | undefined,
  /** Write the figures to the recorder's values (else only its steps hold them). */
  values: boolean,
): HouseholdIncome {
  const ctx: IncomeContext = {
    household,
    std,
    rec,
    program: options.program,
    config,
    area: options.area,
    restrict: options.memberIds,
    counted: new Set(),
    countedIds: [],
    complete: true,
    amounts,
  };
  countMembers(ctx);
  if (options.excludeMemberIds !== undefined && options.excludeMemberIds.length > 0)
    excludeMembers(ctx, options.excludeMemberIds);
  // Counting one member alone, that member's items are summed in the ledger already.
  const only = ctx.countedIds.length === 1 ? (ctx.countedIds[0] as string) : undefined;
  const summed =
    ledger !== undefined && only !== undefined && options.memberIds?.length === 1
      ? memberSums(ledger, only)
      : undefined;
  const { gross, excluded, workIncome } = sumIncomeItems(ctx, summed);
  const medical = deductExpenditure(ctx, 'medical');
  const education = deductExpenditure(ctx, 'education');
  const employment = deductEmploymentCosts(ctx, workIncome);

  const deductions = medical.add(education).add(employment);
  // Nothing to take off (most computations): the gross itself, not a new equal value.
  const afterExclusions = excluded.isZero() ? gross : gross.sub(excluded);
  const raw = deductions.isZero() ? afterExclusions : afterExclusions.sub(deductions);
  const floored = raw.isNegative();
  const counted = floored ? Rational.ZERO : raw;
  const members = ctx.countedIds.length;
  const perCapita = perCapitaOf(counted, members);
  rec.step(RULES.counted, msg.counted(yuan(counted), yuan(perCapita), members, floored), {
    countedIncome: exact(counted),
    perCapitaIncome: exact(perCapita),
  });
  if (values) {
    rec.value('countedMembers', String(members));
    rec.value('grossIncome', exact(gross));
    rec.value('excludedIncome', exact(excluded));
    rec.value('deductions', exact(deductions));
    rec.value('countedIncome', exact(counted));
    rec.value('perCapitaIncome', perCapita.toFixed(2));
    rec.value('perCapitaIncomeExact', exact(perCapita));
  }
  return {
    memberIds: ctx.countedIds,
    members,
    gross,
    excluded,
    medical,
    education,
    employment,
    counted,
    complete: ctx.complete,
  };
}

/** `counted / members` (zero with no member; the same value, not a new one, for one member). */
function perCapitaOf(counted: Rational, members: number): Rational {
  if (members === 1) return counted;
  return members > 0 ? counted.divInt(members) : Rational.ZERO;
}
