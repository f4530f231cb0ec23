import { ageOn, withinWindow } from '../dates/calendar';
import { Rational } from '../money/rational';
import { roundMoney } from '../money/round';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput, Member } from '../schema/household';
import type { MemberDetermination } from '../special-aid/member-outcomes';
import { anyOf } from '../special-aid/member-outcomes';
import { allOf, inAnyGroup, type Tri } from '../special-aid/recipient-groups';
import { evaluateFigure, type FigureValue, isMissing, monthly } from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, Recorder, yuan } from '../trace/recorder';
import type { AmountLine, Determination, Messages } from '../trace/types';
import { careSubsidy } from './careSubsidy';
import { disabilitySubsidyMsg as msg } from './messages';
import type { LivingCondition, LivingGrant } from './params';
import { DISABILITY_SUBSIDY_RULES as RULES } from './rules';

/** The two subsidies with one outcome per member (basis: `living:<grant>`, `care:<grant>`). */
export type DisabilitySubsidyDetermination = Determination<'disability-subsidy'> & {
  members: MemberDetermination[];
};

const LINES = {
  living: { 'zh-CN': '困难残疾人生活补贴', en: 'living subsidy for disabled people in hardship' },
  care: { 'zh-CN': '重度残疾人护理补贴', en: 'care subsidy for the severely disabled' },
  rounding: { 'zh-CN': '取整', en: 'rounding' },
} satisfies Record<string, Messages>;

/**
 * Decides the two disability subsidies (残疾人两项补贴) of a household's disabled members (R12).
 *
 * - Living subsidy (困难残疾人生活补贴): disabled members covered by a dated grant of the table —
 *   by default members of 低保 households (阳府办〔2017〕8号 二(一)五 严格落实…); extended by the
 *   table to low-income households (常州 2021 二, from 2021) and to 重残无业, 一户多残, 老残一体 /
 *   依老养残 households (民发〔2021〕16号 三(七)); groups the table excludes do not receive it.
 * - Care subsidy (重度残疾人护理补贴): members whose grade (and category) a dated grant lists —
 *   grade 1–2; extended to grade 3–4 intellectual and mental disability (民发〔2021〕16号 三(七)) —
 *   who need long-term care of at least the table's months.
 *
 * A member may receive both. Amounts per person per month come from the table; the total is
 * rounded once.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards resolved for the household's region and the date
 * @returns the determination (monthly amount, lines per member) with `members`
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // 低保 household; a: grade-1 physical disability, 12 months of care; living 60, care 75:
 * assessDisabilitySubsidies(h, std).amount?.total // '135.00'
 */
export function assessDisabilitySubsidies(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): DisabilitySubsidyDetermination {
  const h = programArgs('assessDisabilitySubsidies', household, standards);
  const rec = new Recorder();
  const p = standards.params.disabilitySubsidy;
  const lines: AmountLine[] = [];
  let livingAmount: FigureValue | undefined;
  if (p?.living === undefined) rec.missingParameter(RULES.living, 'disabilitySubsidy.living');
  else {
    const f = evaluateFigure(standards, 'disabilitySubsidy.living.amount', h.area);
    if (isMissing(f)) rec.missingParameter(RULES.living, f.missing);
    else livingAmount = f;
  }
  const members: MemberDetermination[] = h.members.map((m, i) => {
    const basis: string[] = [];
    const disabled: Tri =
      m.disability === undefined
        ? { holds: undefined, missing: [`members[${i}].disability`] }
        : { holds: m.disability !== null, missing: [] };
    const tests: Tri[] = [];
    // A subsidy whose parameters the table lacks is unknown for a member who may be disabled.
    const unknownPart: Tri =
      disabled.holds === false ? disabled : { holds: undefined, missing: disabled.missing };
    if (p?.living === undefined) tests.push(unknownPart);
    else if (disabled.holds === false) tests.push(disabled);
    else {
      const living = livingSubsidy(
        h,
        m,
        i,
        livingGrants(standards),
        p.living.excludeGroups,
        standards.on,
      );
      const t = allOf(disabled, living.tri);
      tests.push(t);
      if (t.holds === undefined) rec.missingFacts(RULES.living, t.missing);
      if (t.holds === true && livingAmount !== undefined) {
        basis.push(`living:${living.grant}`);
        const amount = monthly(livingAmount);
        lines.push({ code: 'living', label: LINES.living, amount: exact(amount), memberId: m.id });
        const message = msg.living(m.id, living.grant, yuan(amount));
        rec.finding(RULES.living, {
          code: 'living_subsidy_granted',
          effect: 'qualifies',
          facts: { grant: living.grant },
          memberId: m.id,
          message,
        });
        rec.step(RULES.living, message, { memberId: m.id, living: exact(amount) }, [
          parameterUse(livingAmount),
        ]);
      }
    }
    if (p?.care !== undefined) {
      const care = careSubsidy(rec, standards, p.care, h, m, i);
      tests.push(care.tri);
      if (care.tri.holds === true && care.amount !== undefined) {
        basis.push(`care:${care.grant}`);
        lines.push({ code: 'care', label: LINES.care, amount: exact(care.amount), memberId: m.id });
      }
    } else {
      if (i === 0) rec.missingParameter(RULES.care, 'disabilitySubsidy.care');
      tests.push(unknownPart);
    }
    const any = anyOf(...tests);
    return {
      memberId: m.id,
      outcome: any.holds === undefined ? 'undetermined' : any.holds ? 'eligible' : 'ineligible',
      basis,
    };
  });
  let amount = null;
  if (lines.length === 0) {
    if (members.every((m) => m.outcome === 'ineligible'))
      rec.finding(RULES.living, {
        code: 'no_disability_subsidy',
        effect: 'disqualifies',
        facts: { members: String(members.length) },
        message: msg.noSubsidy(),
      });
  } else if (p?.rounding === undefined)
    rec.missingParameter(RULES.amount, 'disabilitySubsidy.rounding');
  else {
    const unrounded = lines.reduce(
      (a, l) => a.add(Rational.fromText(l.amount) ?? Rational.ZERO),
      Rational.ZERO,
    );
    const total = roundMoney(unrounded, p.rounding);
    if (!total.eq(unrounded))
      lines.push({ code: 'rounding', label: LINES.rounding, amount: exact(total.sub(unrounded)) });
    const unroundedText = exact(unrounded);
    const totalText = total.toFixed(2);
    rec.step(RULES.amount, msg.total(unroundedText, totalText), {
      unrounded: unroundedText,
      total: totalText,
    });
    rec.value('amount', totalText);
    amount = {
      total: totalText,
      currency: 'CNY' as const,
      period: 'month' as const,
      breakdown: lines,
    };
  }
  const d = rec.finish(
    'disability-subsidy',
    h.id,
    standards,
    amount,
  ) as DisabilitySubsidyDetermination;
  d.members = members;
  return d;
}

/** The living grants in force on the standards' date, by id order (computed once per resolution). */
function livingGrants(std: ResolvedStandards): readonly LivingGrant[] {
  let grants = std.memo.get('disabilitySubsidy.livingGrants') as LivingGrant[] | undefined;
  if (grants === undefined) {
    grants = (std.params.disabilitySubsidy?.living?.grants ?? [])
      .filter((g) => withinWindow(std.on, g.from, g.to))
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    std.memo.set('disabilitySubsidy.livingGrants', grants);
  }
  return grants;
}

/** The first living grant (by id order) covering the member, unless an excluded group applies. */
function livingSubsidy(
  h: Household,
  m: Member,
  i: number,
  grants: readonly LivingGrant[],
  exclude: readonly string[] | undefined,
  on: string,
): { tri: Tri; grant: string } {
  const results = grants.map((g) => ({ grant: g.id, tri: livingGrantCovers(g, h, m, i, on) }));
  const hit = results.find((r) => r.tri.holds === true);
  let tri = hit ? hit.tri : anyOf(...results.map((r) => r.tri));
  if (exclude !== undefined && tri.holds !== false) {
    const excluded = inAnyGroup(exclude as Parameters<typeof inAnyGroup>[0], h, m, i);
    tri = allOf(
      tri,
      excluded.holds === undefined ? excluded : { holds: !excluded.holds, missing: [] },
    );
  }
  return { tri, grant: hit?.grant ?? '' };
}

function livingGrantCovers(g: LivingGrant, h: Household, m: Member, i: number, on: string): Tri {
  const area: Tri =
    g.area === undefined
      ? { holds: true, missing: [] }
      : h.area === undefined
        ? { holds: undefined, missing: ['area'] }
        : { holds: h.area === g.area, missing: [] };
  const ways: Tri[] = [];
  if (g.groups !== undefined) ways.push(inAnyGroup(g.groups, h, m, i));
  for (const c of g.conditions ?? []) ways.push(livingCondition(c, h, m, i, on));
  return allOf(area, anyOf(...ways));
}

function livingCondition(c: LivingCondition, h: Household, m: Member, i: number, on: string): Tri {
  switch (c.kind) {
    case 'multiple-disabled': {
      const unknown = h.members.flatMap((x, j) =>
        x.disability === undefined ? [`members[${j}].disability`] : [],
      );
      const known = h.members.filter(
        (x) => x.disability !== undefined && x.disability !== null,
      ).length;
      if (known >= c.atLeast) return { holds: true, missing: [] };
      return known + unknown.length >= c.atLeast
        ? { holds: undefined, missing: unknown }
        : { holds: false, missing: [] };
    }
    case 'severe-unemployed': {
      if (m.disability === undefined)
        return { holds: undefined, missing: [`members[${i}].disability`] };
      if (m.disability === null || !c.grades.includes(m.disability.grade))
        return { holds: false, missing: [] };
      if (m.employment === undefined)
        return { holds: undefined, missing: [`members[${i}].employment`] };
      return {
        holds: m.employment === 'unemployed' || m.employment === 'not-in-labour-force',
        missing: [],
      };
    }
    case 'with-elderly': {
      const others = h.members.map((x, j) => ({ x, j })).filter(({ x }) => x.id !== m.id);
      const tests: Tri[] = others.map(({ x, j }) =>
        x.birthDate === undefined
          ? { holds: undefined, missing: [`members[${j}].birthDate`] }
          : { holds: ageOn(x.birthDate, on) >= c.age, missing: [] },
      );
      return anyOf(...tests);
    }
  }
}
