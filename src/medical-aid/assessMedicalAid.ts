import { withinWindow } from '../dates/calendar';
import { Rational } from '../money/rational';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput, Member } from '../schema/household';
import { InputError, issuesFromZod } from '../schema/issues';
import { allOf, inAnyGroup, itemProvenance, type Tri } from '../special-aid/recipient-groups';
import { evaluateFigureObject, isMissing } from '../standards/evaluateFigure';
import { evaluateAnyOf } from '../standards/member-condition';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterValue, Recorder, yuan } from '../trace/recorder';
import type { Amount, Determination } from '../trace/types';
import { applyAnnualCap, roundAid, type UnroundedAid } from './aid-steps';
import { type MedicalBill, type MedicalBillInput, medicalBillSchema } from './bill';
import { illnessImpoverishedAid } from './illnessImpoverishedAid';
import { medicalAidMsg as msg } from './messages';
import type { MedicalAidGroup, MedicalAidParams } from './params';
import { MEDICAL_AID_RULES as RULES } from './rules';

/**
 * Decides the medical aid (医疗救助) of one bill of one member (rule R9).
 *
 * General rule: a member of a recipient group the table lists (低保, 特困, 低收入, 建档立卡 …,
 * read from the household's current statuses — `assess` may set statuses it has computed) gets
 * the group's ratio of the compliant out-of-pocket cost after all insurance (阳府办〔2017〕8号
 * 二(一)四: at least 80 % for rural 低保 members and 建档立卡 poor from 2017), above the group's
 * threshold (none for key groups: 汉政办发〔2016〕57号 三(三)), up to the annual cap less the aid
 * already paid this year. When a member is in several groups the highest ratio applies (ties: the
 * group id first in alphabetical order) — never the order of the table.
 * Exception (二(一)四): the table's uplift adds percentage points for the severely disabled,
 * seriously ill, elderly and minors of the listed groups.
 * Exception (三(三)): a household in no group gets the table's ratio of the part of the year's
 * out-of-pocket cost beyond its capacity (因病致贫), see `illnessImpoverishedAid`.
 * The aid is rounded once by `medicalAid.rounding`. Resolve the standards on the bill's date.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards resolved for the household's region on the bill's date
 * @param bill - the bill ({@link medicalBillSchema}); ages and dated items use its date
 * @returns the determination; the amount (period `once`) is the aid for this bill
 * @throws {InputError} when the household or the bill is invalid, the bill names no member, a
 *   member is born after the assessment date (`standards.on`), or `standards` is not a resolved
 *   set of standards (kind `argument`). A bill is assessed at its own date (ages, dated groups),
 *   so a bill dated after `standards.on` is no contradiction.
 *
 * @example
 * // 阳江 2017: rural 低保 member aged 40, out-of-pocket 10 000 after insurance, ratio 0.8:
 * assessMedicalAid(h, std, { memberId: 'a', date: '2017-06-01', kind: 'inpatient',
 *   totalCost: 30000, outOfPocket: 10000, yearToDateAid: 0 }).amount?.total // '8000.00'
 */
export function assessMedicalAid(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
  bill: MedicalBill | MedicalBillInput,
): Determination<'medical-aid'> {
  const h = programArgs('assessMedicalAid', household, standards);
  const b = parseBill(bill);
  const index = h.members.findIndex((m) => m.id === b.memberId);
  const member = h.members[index];
  if (member === undefined)
    throw new InputError('options', [
      {
        path: ['memberId'],
        pathText: 'memberId',
        code: 'custom',
        message: {
          'zh-CN': `没有编号为 "${b.memberId}" 的成员`,
          en: `no member has id "${b.memberId}"`,
        },
      },
    ]);
  const rec = new Recorder();
  const oop = Rational.parse(b.outOfPocket) ?? Rational.ZERO;
  rec.value('outOfPocket', exact(oop));
  const p = standards.params.medicalAid;
  let amount: Amount | null = null;
  if (p?.groups === undefined) rec.missingParameter(RULES.group, 'medicalAid.groups');
  else {
    const choice = chooseGroup(h, member, index, b, p.groups, standards, rec);
    let unrounded: UnroundedAid | null = null;
    if (choice !== undefined && choice !== 'none')
      unrounded = groupAid(h, member, index, b, p, choice, standards, rec, oop);
    else if (choice === 'none') {
      if (p.illnessImpoverished !== undefined)
        unrounded = illnessImpoverishedAid(h, b, p.illnessImpoverished, standards, rec, oop);
      else
        rec.finding(RULES.group, {
          code: 'not_a_recipient',
          effect: 'disqualifies',
          facts: { memberId: member.id },
          memberId: member.id,
          message: msg.notRecipient(member.id),
        });
    }
    if (unrounded !== null) amount = roundAid(rec, p.rounding, unrounded);
  }
  return rec.finish('medical-aid', h.id, standards, amount);
}

function parseBill(bill: MedicalBill | MedicalBillInput): MedicalBill {
  const r = medicalBillSchema.safeParse(bill);
  if (!r.success) throw new InputError('options', issuesFromZod(r.error));
  return r.data;
}

interface Chosen {
  group: MedicalAidGroup;
  index: number;
  ratio: Rational;
}

/** The member's group with the highest ratio; `none` when known in none; undefined if unknown. */
function chooseGroup(
  h: Household,
  m: Member,
  mi: number,
  b: MedicalBill,
  groups: readonly MedicalAidGroup[],
  std: ResolvedStandards,
  rec: Recorder,
): Chosen | 'none' | undefined {
  const known: Chosen[] = [];
  const unknown: { chosen: Chosen; tri: Tri }[] = [];
  groups.forEach((group, index) => {
    if (!withinWindow(b.date, group.from, group.to)) return;
    if (group.kinds !== undefined && !group.kinds.includes(b.kind)) return;
    const area: Tri =
      group.area === undefined
        ? { holds: true, missing: [] }
        : h.area === undefined
          ? { holds: undefined, missing: ['area'] }
          : { holds: h.area === group.area, missing: [] };
    const tri = allOf(area, inAnyGroup(group.groups, h, m, mi));
    const chosen = { group, index, ratio: Rational.parse(group.ratio) ?? Rational.ZERO };
    if (tri.holds === true) known.push(chosen);
    else if (tri.holds === undefined) unknown.push({ chosen, tri });
  });
  const better = (a: Chosen, c: Chosen): boolean =>
    c.ratio.gt(a.ratio) || (c.ratio.eq(a.ratio) && c.group.id < a.group.id);
  const best = known.reduce<Chosen | undefined>(
    (a, c) => (a === undefined || better(a, c) ? c : a),
    undefined,
  );
  const couldBeBetter = unknown.filter((u) => best === undefined || u.chosen.ratio.gt(best.ratio));
  rec.missingFacts(
    RULES.group,
    couldBeBetter.flatMap((u) => u.tri.missing),
  );
  if (best === undefined) return unknown.length > 0 ? undefined : 'none';
  const path = `medicalAid.groups.${best.index}`;
  const message = msg.group(m.id, best.group.id, best.group.groups, exact(best.ratio));
  rec.finding(RULES.group, {
    code: 'medical_aid_group',
    effect: 'qualifies',
    facts: { group: best.group.id, ratio: exact(best.ratio) },
    memberId: m.id,
    message,
  });
  const provenance = itemProvenance(std, path, best.group);
  rec.step(RULES.group, message, { group: best.group.id, ratio: exact(best.ratio) }, [
    parameterValue(`${path}.ratio`, best.group.ratio, provenance),
  ]);
  return best;
}

function groupAid(
  h: Household,
  m: Member,
  mi: number,
  b: MedicalBill,
  p: MedicalAidParams,
  chosen: Chosen,
  std: ResolvedStandards,
  rec: Recorder,
  oop: Rational,
): UnroundedAid | null {
  let ratio = chosen.ratio;
  const up = p.uplift;
  if (up?.appliesTo.includes(chosen.group.id)) {
    const r = evaluateAnyOf(up.when, m, mi, b.date);
    if (r.holds === undefined) rec.missingFacts(RULES.uplift, r.missing);
    else if (r.holds) {
      const points = Rational.parse(up.points) ?? Rational.ZERO;
      ratio = ratio.add(points);
      // The ratio shown is the one applied: clamped to 1 below (0.1 rendered the clamped ratio).
      const message = msg.uplift(m.id, up.points, exact(ratio.min(Rational.ONE)));
      rec.finding(RULES.uplift, {
        code: 'medical_aid_uplift',
        effect: 'notice',
        facts: { points: up.points, ratio: exact(ratio) },
        memberId: m.id,
        message,
      });
      const provenance = itemProvenance(std, 'medicalAid.uplift', up);
      rec.step(RULES.uplift, message, { ratio: exact(ratio) }, [
        parameterValue('medicalAid.uplift.points', up.points, provenance),
      ]);
    }
  }
  if (ratio.gt(Rational.ONE)) {
    const unclamped = ratio;
    rec.step(RULES.group, msg.ratioClamped(exact(unclamped)), { ratio: '1' });
    ratio = Rational.ONE;
  }
  rec.value('ratio', exact(ratio));

  const path = `medicalAid.groups.${chosen.index}`;
  let aidable = oop;
  if (chosen.group.deductible === 'none') {
    rec.step(RULES.deductible, msg.noDeductible(yuan(oop)), { aidable: exact(oop) });
  } else {
    const f = evaluateFigureObject(std, chosen.group.deductible, `${path}.deductible`, h.area);
    if (isMissing(f)) {
      rec.missingParameter(RULES.deductible, f.missing);
      return null;
    }
    const above = oop.gt(f.value);
    aidable = above ? oop.sub(f.value) : Rational.ZERO;
    const message = msg.deductible(yuan(oop), yuan(f.value), above, yuan(aidable));
    rec.compare(RULES.deductible, {
      code: above ? 'out_of_pocket_above_deductible' : 'out_of_pocket_not_above_deductible',
      effect: above ? 'qualifies' : 'disqualifies',
      subject: 'compliant out-of-pocket cost of the bill',
      test: '>',
      threshold: exact(f.value),
      actual: exact(oop),
      gap: exact(above ? aidable : f.value.sub(oop)),
      unit: 'yuan',
      parameter: f.path,
      message,
      memberId: m.id,
    });
    rec.step(RULES.deductible, message, { deductible: exact(f.value), aidable: exact(aidable) });
    if (!above) return null;
  }
  rec.value('aidable', exact(aidable));
  const raw = aidable.mul(ratio);
  rec.value('rawAid', exact(raw));
  rec.step(RULES.group, msg.raw(yuan(aidable), exact(ratio), exact(raw)), {
    rawAid: exact(raw),
  });
  return applyAnnualCap(std, rec, chosen.group.annualCap, `${path}.annualCap`, h.area, b, raw);
}
