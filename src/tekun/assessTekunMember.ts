import { ageOn } from '../dates/calendar';
import { computeHouseholdIncome } from '../income/computeHouseholdIncome';
import { checkAssetLimits } from '../low-income/checkAssetLimits';
import type { Rational } from '../money/rational';
import { roundMoney } from '../money/round';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput, Member } from '../schema/household';
import type { Area } from '../schema/primitives';
import {
  evaluateFigure,
  evaluateFigureObject,
  type FigureValue,
  isMissing,
  monthly,
} from '../standards/evaluateFigure';
import { paramAt, type ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, Recorder, yuan } from '../trace/recorder';
import type { Amount, AmountLine, Determination } from '../trace/types';
import { careLevelFromActivities } from './careLevelFromActivities';
import { decideNoLabourCapacity } from './decideNoLabourCapacity';
import { decideNoSupporter } from './decideNoSupporter';
import { tekunMsg as msg, tekunLines } from './messages';
import { TEKUN_RULES as RULES } from './rules';

/**
 * Decides 特困人员救助供养 (rule R4) for one member of a household.
 *
 * Eligible when all three conditions of 特困人员认定办法 第四条 hold:
 * 1. 无劳动能力 (第五条; minors up to the table's age, 18 per 银川 2021 二(六) / 常州 2021 一; a 特困
 *    minor in school past it keeps it, 第二十四条第二款);
 * 2. 无生活来源 (第六条): the member's own counted income (R1 with the `tekun` exclusions — 基础养老金,
 *    优待抚恤金, 高龄津贴 …) strictly **below** the 低保 standard, and property within the table's 特困
 *    rules (`tekun.assets`; financial assets per co-resident member, at least one — unknown while a
 *    member's co-residence is not stated);
 * 3. no legal supporter, or every supporter unable (第八条, conditions from `tekun.supporterUnable`).
 * The amount is the basic living standard (`tekun.basic`, by support mode where the table
 * distinguishes it) plus the care standard of the member's self-care level (`tekun.care`; the level
 * follows from the six daily activities, 第二十一–二十二条, or is the assessed `careLevel`).
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards from `resolveStandards` for the household's region and the date
 * @param memberId - the member assessed
 * @returns the member's determination (`values.memberId` names the member)
 * @throws {InputError} when `household` is not a valid household snapshot
 * @throws {RangeError} when no member has `memberId`
 *
 * @example
 * // 常州 2021-08: a rural man aged 75, no income, no supporter, all six activities done.
 * const d = assessTekunMember(household, std, 'a');
 * d.outcome       // 'eligible'
 * d.amount?.total // '1222.00' (basic 1.3 × 940 = 1222, care 0)
 */
export function assessTekunMember(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
  memberId: string,
): Determination<'tekun'> {
  const h = programArgs('assessTekunMember', household, standards);
  const index = h.members.findIndex((m) => m.id === memberId);
  if (index < 0) throw new RangeError(`no member has id "${memberId}"`);
  return decideTekunMember(h, standards, index, tekunHouseholdFacts(h));
}

/** What every member's 特困 test reads of the household, read once for all members; internal. */
export interface TekunHouseholdFacts {
  /** Members stated to live with the household. */
  coResident: number;
  /** Paths of members whose co-residence is not stated. */
  coResidenceUnknown: string[];
}

/** The household facts the members' tests share; internal. */
export function tekunHouseholdFacts(h: Household): TekunHouseholdFacts {
  let n = 0;
  const unknown: string[] = [];
  for (let i = 0; i < h.members.length; i++) {
    const lives = (h.members[i] as Member).livesWithHousehold;
    if (lives === true) n++;
    else if (lives === undefined) unknown.push(`members[${i}].livesWithHousehold`);
  }
  return { coResident: n, coResidenceUnknown: unknown };
}

/** {@link assessTekunMember} for the member at `index` of a parsed household; internal. */
export function decideTekunMember(
  h: Household,
  std: ResolvedStandards,
  index: number,
  household: TekunHouseholdFacts,
): Determination<'tekun'> {
  const m = h.members[index] as Member;
  const rec = new Recorder(m.id);
  rec.value('memberId', m.id);
  const age = m.birthDate !== undefined ? ageOn(m.birthDate, std.on) : undefined;
  if (age !== undefined) rec.value('age', String(age));
  const area = h.area;
  if (area === undefined) rec.missingFacts(RULES.area, ['area']);

  // 第四条: the three conditions must all hold. Labour capacity is decided first (it needs only
  // the member's own facts); once it fails, the others cannot change the outcome.
  decideNoLabourCapacity(m, index, std, rec, age);
  if (rec.hasDisqualifier()) {
    rec.step(RULES.household, msg.notExamined(m.id));
  } else {
    noMeansOfLiving(h, m, std, rec, area, household);
    decideNoSupporter(h, index, std, rec, area);
  }

  let amount: Amount | null = null;
  if (!rec.hasDisqualifier() && area !== undefined)
    amount = computeAmount(m, index, std, rec, area);
  return rec.finish('tekun', h.id, std, amount);
}

function noMeansOfLiving(
  h: Household,
  m: Member,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area | undefined,
  household: TekunHouseholdFacts,
): void {
  // The member's own income figures stay in the computation's steps (shared facts once); the
  // member's values keep the figure compared (`memberIncome`).
  const income = computeHouseholdIncome(h, std, rec, {
    program: 'tekun',
    memberIds: [m.id],
    area,
    values: false,
  });
  if (area !== undefined) {
    const f = evaluateFigure(std, 'dibao.standard.@area', area);
    if (isMissing(f)) rec.missingParameter(RULES.income, f.missing);
    else if (income.complete) {
      const s = monthly(f);
      const own = income.counted;
      const below = own.lt(s);
      const gap = below ? s.sub(own) : own.sub(s);
      const message = below
        ? msg.incomeBelow(m.id, yuan(own), yuan(s), yuan(gap))
        : msg.incomeNotBelow(m.id, yuan(own), yuan(s), yuan(gap));
      rec.compare(RULES.income, {
        code: below ? 'income_below_threshold' : 'income_not_below_threshold',
        effect: below ? 'qualifies' : 'disqualifies',
        memberId: m.id,
        subject: 'member monthly income',
        test: '<',
        threshold: exact(s),
        actual: exact(own),
        gap: exact(gap),
        unit: 'yuan',
        parameter: f.path,
        message,
      });
      rec.step(RULES.income, message, { memberIncome: exact(own), dibaoStandard: exact(s) }, [
        parameterUse(f),
      ]);
      rec.value('memberIncome', exact(own));
      rec.value('dibaoStandard', exact(s));
    }
  }
  // Household assets are shared among the co-resident members; while a member's co-residence is
  // unknown, so is the share (a missing fact of the per-member financial test).
  checkAssetLimits(
    h,
    std,
    rec,
    RULES.assets,
    std.params.tekun?.assets,
    'tekun.assets',
    area,
    Math.max(1, household.coResident),
    m.id,
    household.coResidenceUnknown,
  );
}

function computeAmount(
  m: Member,
  index: number,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area,
): Amount | null {
  const basic = basicStandard(m, index, std, rec, area);
  const care = careStandard(m, index, std, rec, area);
  if (basic === undefined || care === undefined) return null;
  const unrounded = monthly(basic).add(care.value);
  const lines: AmountLine[] = [
    { code: 'basic', label: tekunLines.basic, amount: exact(monthly(basic)), memberId: m.id },
    { code: 'care', label: tekunLines.care, amount: exact(care.value), memberId: m.id },
  ];
  rec.step(RULES.basic, msg.total(m.id, yuan(monthly(basic)), yuan(care.value), yuan(unrounded)), {
    basicStandard: exact(monthly(basic)),
    careStandard: exact(care.value),
    amount: exact(unrounded),
  });
  const total = roundAmount(m, std, rec, unrounded, lines);
  if (total === undefined) return null;
  // Rounded by the table's rule above: the text is exact.
  const text = total.toFixed(2);
  rec.value('amount', text);
  return { total: text, currency: 'CNY', period: 'month', breakdown: lines };
}

/**
 * The member's amount rounded once, by the table's rule (`tekun.rounding`), with a `rounding`
 * line when that changes it: the breakdown always sums to the total. An amount already in whole
 * fen needs no rule; one that is not, with no rule, is a missing parameter.
 */
function roundAmount(
  m: Member,
  std: ResolvedStandards,
  rec: Recorder,
  unrounded: Rational,
  lines: AmountLine[],
): Rational | undefined {
  const rounding = std.params.tekun?.rounding;
  if (rounding === undefined) {
    if (unrounded.hasAtMostPlaces(2)) return unrounded;
    rec.missingParameter(RULES.rounding, 'tekun.rounding');
    return undefined;
  }
  const total = roundMoney(unrounded, rounding);
  const shown = total.toFixed(2);
  rec.step(
    RULES.rounding,
    msg.rounding(m.id, exact(unrounded), shown, rounding.unit, rounding.mode),
    { unrounded: exact(unrounded), total: shown },
  );
  const diff = total.sub(unrounded);
  if (!diff.isZero())
    lines.push({
      code: 'rounding',
      label: tekunLines.rounding,
      amount: exact(diff),
      memberId: m.id,
    });
  return total;
}

/** True when the table sets the basic standard by support mode (read once per resolution). */
function basicByMode(std: ResolvedStandards): boolean {
  let byMode = std.memo.get('tekun.basic.byMode') as boolean | undefined;
  if (byMode === undefined) {
    byMode =
      paramAt(std, 'tekun.basic.concentrated') !== undefined ||
      paramAt(std, 'tekun.basic.dispersed') !== undefined;
    std.memo.set('tekun.basic.byMode', byMode);
  }
  return byMode;
}

function basicStandard(
  m: Member,
  index: number,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area,
): FigureValue | undefined {
  const byMode = basicByMode(std);
  let path = 'tekun.basic.@area';
  if (byMode) {
    if (m.supportMode === undefined) {
      rec.missingFacts(RULES.basic, [`members[${index}].supportMode`]);
      return undefined;
    }
    if (paramAt(std, `tekun.basic.${m.supportMode}.${area}`) !== undefined)
      path = `tekun.basic.${m.supportMode}.@area`;
  }
  const f = evaluateFigure(std, path, area);
  if (isMissing(f)) {
    rec.missingParameter(RULES.basic, f.missing);
    return undefined;
  }
  const d = f.derivation;
  const value = monthly(f);
  const values: Record<string, string> = { basicStandard: exact(value) };
  const uses = [parameterUse(f)];
  if (d) {
    values.basicStandardUnrounded = exact(d.unrounded);
    uses.push(parameterUse(d.base));
  }
  rec.step(
    RULES.basic,
    d
      ? msg.basic(
          m.id,
          yuan(value),
          d.multiple,
          yuan(monthly(d.base)),
          exact(d.unrounded),
          exact(f.value),
        )
      : msg.basic(m.id, yuan(value), null, null, null, null),
    values,
    uses,
  );
  rec.value('basicStandard', exact(value));
  if (d) rec.value('basicStandardUnrounded', exact(d.unrounded));
  return f;
}

function careStandard(
  m: Member,
  index: number,
  std: ResolvedStandards,
  rec: Recorder,
  area: Area,
): { value: Rational } | undefined {
  const care = std.params.tekun?.care;
  if (care === undefined) {
    rec.missingParameter(RULES.care, 'tekun.care');
    return undefined;
  }
  let level = undefined as (typeof care.levels)[number] | undefined;
  let notDone: string | undefined;
  if (care.scale === 'assessed') {
    if (m.careLevel === undefined) {
      rec.missingFacts(RULES.care, [`members[${index}].careLevel`]);
      return undefined;
    }
    level = care.levels.find((l) => l.id === m.careLevel);
    if (level === undefined) {
      rec.missingParameter(RULES.care, `tekun.care.levels[id=${m.careLevel}]`);
      return undefined;
    }
  } else {
    const r = careLevelFromActivities(m.dailyActivities, care.levels);
    if (r.missing.length > 0) {
      rec.missingFacts(
        RULES.care,
        r.missing.map((p) => `members[${index}].${p}`),
      );
      return undefined;
    }
    if (r.level === undefined) {
      rec.missingParameter(RULES.care, 'tekun.care.levels');
      return undefined;
    }
    level = r.level;
    notDone = String(r.notDone);
    rec.value('activitiesNotDone', notDone);
  }
  const i = care.levels.indexOf(level);
  const f = evaluateFigureObject(std, level.amount, `tekun.care.levels.${i}.amount`, area);
  if (isMissing(f)) {
    rec.missingParameter(RULES.care, f.missing);
    return undefined;
  }
  const label = level.label;
  const amount = monthly(f);
  const counted = notDone;
  const message = msg.care(m.id, label, counted ?? null, yuan(amount));
  rec.finding(RULES.care, {
    code: 'care_level',
    effect: 'notice',
    memberId: m.id,
    facts:
      counted !== undefined
        ? { careLevel: level.id, activitiesNotDone: counted }
        : { careLevel: level.id },
    message,
  });
  rec.step(RULES.care, message, { careLevel: level.id, careStandard: exact(amount) }, [
    parameterUse(f),
  ]);
  rec.value('careLevel', level.id);
  rec.value('careStandard', exact(monthly(f)));
  return { value: monthly(f) };
}
