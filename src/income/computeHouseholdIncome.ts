import { withinWindow } from '../dates/calendar';
import { Rational } from '../money/rational';
import type { Household, IncomeType, Member } from '../schema/household';
import type { Area } from '../schema/primitives';
import {
  evaluateFigure,
  evaluateFigureObject,
  isMissing,
  monthly,
} from '../standards/evaluateFigure';
import type { Figure } from '../standards/figure-schema';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, type Rule, yuan } from '../trace/recorder';
import type { ParameterUse } from '../trace/types';
import { incomeMessages as msg } from './messages';
import type { IncomeExclusion, IncomeProgram } from './params';
import { INCOME_RULES as RULES } from './rules';

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
  let complete = true;
  const restrict = options.memberIds ? new Set(options.memberIds) : undefined;

  // 1. Who counts: co-resident members (or the given members).
  const counted = new Set<string>();
  const notCounted: string[] = [];
  const missingCoResidence: string[] = [];
  household.members.forEach((m, i) => {
    if (restrict) {
      if (restrict.has(m.id)) counted.add(m.id);
      return;
    }
    if (m.livesWithHousehold === undefined)
      missingCoResidence.push(`members[${i}].livesWithHousehold`);
    else if (m.livesWithHousehold) counted.add(m.id);
    else notCounted.push(m.id);
  });
  if (missingCoResidence.length > 0) {
    rec.missingFacts(RULES.coResident, missingCoResidence);
    complete = false;
  }
  rec.step(RULES.coResident, msg.coResident(counted.size, notCounted), {
    countedMembers: String(counted.size),
    countedMemberIds: [...counted].join(','),
    ...(notCounted.length ? { notCountedMemberIds: notCounted.join(',') } : {}),
  });

  // 2. Monthly amounts of the counted items; 3. exclusions in force.
  const params = std.params.income;
  const exclusions = Object.values(params?.exclusions ?? {}).filter(
    (x): x is IncomeExclusion =>
      x !== false &&
      withinWindow(std.on, x.from, x.to) &&
      (x.programs === undefined || x.programs.includes(options.program)),
  );
  const excludedTypes = new Set(exclusions.map((x) => x.type));
  let gross = Rational.ZERO;
  let excluded = Rational.ZERO;
  let items = 0;
  const excludedSeen = new Set<IncomeType>();
  const workIncome = new Map<string, Rational>();
  const employmentParams = params?.deductions?.employment;
  const workTypes = new Set(employmentParams?.incomeTypes ?? []);
  for (const item of household.incomes) {
    if (item.memberId === undefined ? restrict !== undefined : !counted.has(item.memberId))
      continue;
    const amount = Rational.parse(item.amount) ?? Rational.ZERO;
    const perMonth = item.period === 'year' ? amount.divInt(12) : amount;
    items++;
    gross = gross.add(perMonth);
    if (excludedTypes.has(item.type)) {
      excluded = excluded.add(perMonth);
      excludedSeen.add(item.type);
      continue;
    }
    if (item.memberId !== undefined && workTypes.has(item.type)) {
      workIncome.set(item.memberId, (workIncome.get(item.memberId) ?? Rational.ZERO).add(perMonth));
    }
  }
  rec.step(RULES.monthly, msg.monthly(yuan(gross), items), { grossIncome: exact(gross) });
  if (exclusions.length > 0) {
    rec.step(RULES.exclusion, msg.exclusion([...excludedSeen], yuan(excluded)), {
      excludedIncome: exact(excluded),
      exclusionsInForce: [...excludedTypes].join(','),
    });
  }

  // 4. Deductions.
  const deductionResult = (kind: 'medical' | 'education', rule: Rule): Rational => {
    const rule_ = params?.deductions?.[kind];
    if (rule_ === undefined) return Rational.ZERO;
    if (household.expenditures === undefined) {
      rec.missingFacts(rule, ['expenditures']);
      complete = false;
      return Rational.ZERO;
    }
    let total = Rational.ZERO;
    for (const e of household.expenditures) {
      if (e.kind !== kind) continue;
      if (e.memberId === undefined ? restrict !== undefined : !counted.has(e.memberId)) continue;
      const amount = Rational.parse(e.amount) ?? Rational.ZERO;
      total = total.add(e.period === 'year' ? amount.divInt(12) : amount);
    }
    const share = Rational.parse(rule_.share) ?? Rational.ONE;
    let deduction = total.mul(share);
    const uses: ParameterUse[] = [];
    let capped = false;
    if (rule_.cap !== undefined) {
      const cap = capValue(rule_.cap, `income.deductions.${kind}.cap`);
      if (cap === undefined) return Rational.ZERO;
      uses.push(cap.use);
      if (deduction.gt(cap.value)) {
        deduction = cap.value;
        capped = true;
      }
    }
    rec.step(
      rule,
      msg.expenditure(kind, yuan(deduction), capped),
      {
        [`${kind}Expenditure`]: exact(total),
        [`${kind}Deduction`]: exact(deduction),
      },
      uses,
    );
    return deduction;
  };
  const capValue = (figure: Figure, path: string) => {
    const f = evaluateFigureObject(std, figure, path, options.area);
    if (isMissing(f)) {
      rec.missingParameter(RULES.counted, f.missing);
      complete = false;
      return undefined;
    }
    return { value: monthly(f), use: parameterUse(f) };
  };

  const medical = deductionResult('medical', RULES.medical);
  const education = deductionResult('education', RULES.education);

  let employment = Rational.ZERO;
  if (employmentParams !== undefined && workIncome.size > 0) {
    const byId = new Map<string, [Member, number]>();
    household.members.forEach((m, i) => byId.set(m.id, [m, i]));
    let workers = 0;
    const uses: ParameterUse[] = [];
    for (const [memberId, income] of workIncome) {
      const [member, index] = byId.get(memberId) ?? [undefined, -1];
      if (member === undefined || income.isZero()) continue;
      if (member.employment === undefined) {
        rec.missingFacts(RULES.employment, [`members[${index}].employment`]);
        complete = false;
        continue;
      }
      if (!(employmentParams.employment as readonly string[]).includes(member.employment)) continue;
      let d = employmentBase(employmentParams, income, uses);
      if (d === undefined) {
        complete = false;
        break;
      }
      if (employmentParams.cap !== undefined) {
        const cap = capValue(employmentParams.cap, 'income.deductions.employment.cap');
        if (cap === undefined) break;
        if (uses.length === 0 || uses[uses.length - 1]?.parameter !== cap.use.parameter)
          uses.push(cap.use);
        d = d.min(cap.value);
      }
      employment = employment.add(d.min(income));
      workers++;
    }
    if (workers > 0) {
      rec.step(
        RULES.employment,
        msg.employment(yuan(employment), workers),
        {
          employmentDeduction: exact(employment),
          workingMembers: String(workers),
        },
        dedupe(uses),
      );
    }
  }

  function employmentBase(
    p: NonNullable<typeof employmentParams>,
    income: Rational,
    uses: ParameterUse[],
  ): Rational | undefined {
    if (p.basis === 'share-of-income') {
      const share = p.share === undefined ? undefined : Rational.parse(p.share);
      if (share === undefined) return missing('income.deductions.employment.share');
      return income.mul(share);
    }
    if (p.basis === 'fixed') {
      if (p.amount === undefined) return missing('income.deductions.employment.amount');
      const f = evaluateFigureObject(
        std,
        p.amount,
        'income.deductions.employment.amount',
        options.area,
      );
      if (isMissing(f)) return missing(f.missing);
      uses.push(parameterUse(f));
      return monthly(f);
    }
    const share = p.share === undefined ? undefined : Rational.parse(p.share);
    if (share === undefined) return missing('income.deductions.employment.share');
    const standard = evaluateFigure(std, 'dibao.standard.@area', options.area);
    if (isMissing(standard)) return missing(standard.missing);
    uses.push(parameterUse(standard));
    return monthly(standard).mul(share);
  }
  function missing(parameter: string): undefined {
    rec.missingParameter(RULES.employment, parameter);
    return undefined;
  }

  // 5. Counted income.
  const deductions = medical.add(education).add(employment);
  const raw = gross.sub(excluded).sub(deductions);
  const floored = raw.isNegative();
  const countedIncome = floored ? Rational.ZERO : raw;
  const members = counted.size;
  const perCapita = members > 0 ? countedIncome.divInt(members) : Rational.ZERO;
  rec.step(RULES.counted, msg.counted(yuan(countedIncome), yuan(perCapita), members, floored), {
    countedIncome: exact(countedIncome),
    perCapitaIncome: exact(perCapita),
  });
  rec.value('countedMembers', String(members));
  rec.value('grossIncome', exact(gross));
  rec.value('excludedIncome', exact(excluded));
  rec.value('deductions', exact(deductions));
  rec.value('countedIncome', exact(countedIncome));
  rec.value('perCapitaIncome', perCapita.toFixed(2));
  rec.value('perCapitaIncomeExact', exact(perCapita));

  return {
    memberIds: [...counted],
    members,
    gross,
    excluded,
    medical,
    education,
    employment,
    counted: countedIncome,
    complete,
  };
}

function dedupe(uses: ParameterUse[]): ParameterUse[] {
  const byParameter = new Map<string, ParameterUse>();
  for (const u of uses) if (!byParameter.has(u.parameter)) byParameter.set(u.parameter, u);
  return [...byParameter.values()];
}
