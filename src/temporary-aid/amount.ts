import { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import {
  evaluateFigure,
  evaluateFigureObject,
  isMissing,
  monthly,
} from '../standards/evaluateFigure';
import { provenanceOf, type ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, parameterValue, type Recorder, yuan } from '../trace/recorder';
import type { Amount, AmountLine, ParameterUse } from '../trace/types';
import { caseByCaseApproved, caseByCasePending, payOnce } from './caseByCase';
import type { HardshipEvent } from './event-schema';
import { temporaryAidLines as lines_, temporaryAidMsg as msg } from './messages';
import { rangeAmount } from './range';
import { roundAid } from './roundAid';
import { TEMPORARY_AID_RULES as RULES } from './rules';

/**
 * The amount of 临时救助: floor per person × persons, or an approved 一事一议 amount not below
 * it. Internal to {@link assessTemporaryAid}; records its steps and reasons on `rec`.
 */
export function computeTemporaryAidAmount(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  e: HardshipEvent,
): Amount | null {
  const p = std.params.temporaryAid;

  // Persons aided: co-resident members (household) or the named members (individual).
  const ids = personsAided(h, rec, e);
  if (ids === undefined) return null;
  const n = ids.length;

  // Base and multiple.
  const basePath = p?.base;
  if (basePath === undefined) {
    rec.missingParameter(RULES.floor, 'temporaryAid.base');
    return null;
  }
  if (basePath.includes('@area') && h.area === undefined) {
    rec.missingFacts(RULES.floor, ['area']);
    return null;
  }
  const base = evaluateFigure(std, basePath, h.area);
  if (isMissing(base)) {
    rec.missingParameter(RULES.floor, base.missing);
    return null;
  }
  const key = e.recipient === 'individual' ? 'individual' : e.kind;
  const range = p?.ranges?.[key];
  if (range !== undefined) return rangeAmount(std, rec, e, ids, base, key, range);
  const floorParam = p?.floors?.[key];
  if (floorParam === undefined) {
    rec.missingParameter(RULES.floor, `temporaryAid.floors.${key}`);
    return null;
  }
  let multiple = floorParam.multiple;
  const uses: ParameterUse[] = [
    parameterUse(base),
    withProvenance(std, `temporaryAid.floors.${key}`, multiple),
  ];
  const banded = band(std, rec, e, h);
  if (banded === null) return null;
  if (banded !== undefined) {
    multiple = banded.multiple;
    uses.push(banded.use);
  }
  const baseMonthly = monthly(base);
  const perPerson = baseMonthly.mul(Rational.parse(multiple) ?? Rational.ZERO);
  const floor = perPerson.times(n);
  rec.step(
    RULES.floor,
    msg.floor(multiple, yuan(baseMonthly), exact(perPerson), n, exact(floor)),
    { base: exact(baseMonthly), multiple, perPerson: exact(perPerson), floor: exact(floor) },
    uses,
  );
  rec.value('base', exact(baseMonthly));
  rec.value('multiple', multiple);
  rec.value('perPerson', exact(perPerson));
  rec.value('persons', String(n));
  rec.value('floor', exact(floor));

  const lines: AmountLine[] = ids.map((id) => ({
    code: 'per-person',
    label: lines_.perPerson,
    amount: exact(perPerson),
    memberId: id,
  }));

  // 一事一议.
  const cc = e.caseByCase;
  if (cc !== undefined) {
    if (cc.approvedAmount === undefined) {
      return caseByCasePending(rec, { floor: exact(floor) }, { floor: exact(floor) });
    }
    const approved = Rational.parse(cc.approvedAmount) ?? Rational.ZERO;
    const ref = cc.approvalReference ?? '';
    rec.value('approvedAmount', exact(approved));
    if (approved.gte(floor)) {
      caseByCaseApproved(rec, approved, floor, ref);
      checkCap(std, rec, key, baseMonthly, n, approved);
      return payOnce(rec, lines, approved, floor, {
        code: 'case-by-case',
        label: lines_.caseByCase,
      });
    }
    const m = msg.raised(yuan(approved), yuan(floor), ref);
    rec.finding(RULES.caseByCase, {
      code: 'case_by_case_raised_to_floor',
      effect: 'notice',
      facts: { approvedAmount: exact(approved), floor: exact(floor), approvalReference: ref },
      message: m,
    });
    rec.step(RULES.caseByCase, m, { approvedAmount: exact(approved), floor: exact(floor) });
  }

  // Round once.
  return roundAid(floor, std, rec, lines);
}

function personsAided(h: Household, rec: Recorder, e: HardshipEvent): string[] | undefined {
  if (e.recipient === 'individual') {
    const ids = [...new Set(e.memberIds ?? [])];
    const who = ids.join(',');
    rec.step(RULES.persons, msg.persons(ids.length, who), {
      persons: String(ids.length),
      personIds: who,
    });
    return ids;
  }
  const missing: string[] = [];
  const ids: string[] = [];
  h.members.forEach((m, i) => {
    if (m.livesWithHousehold === undefined) missing.push(`members[${i}].livesWithHousehold`);
    else if (m.livesWithHousehold) ids.push(m.id);
  });
  if (missing.length > 0) {
    rec.missingFacts(RULES.persons, missing);
    return undefined;
  }
  const who = ids.join(',');
  rec.step(RULES.persons, msg.persons(ids.length, who), {
    persons: String(ids.length),
    personIds: who,
  });
  if (ids.length === 0) {
    rec.finding(RULES.persons, {
      code: 'no_counted_members',
      effect: 'disqualifies',
      facts: { countedMembers: '0' },
      message: msg.persons(0, '—'),
    });
    return undefined;
  }
  return ids;
}

/** The 支出型 band reached by the out-of-pocket expenditure; null when a fact or figure is missing. */
function band(
  std: ResolvedStandards,
  rec: Recorder,
  e: HardshipEvent,
  h: Household,
): { multiple: string; use: ParameterUse } | undefined | null {
  const bands = std.params.temporaryAid?.expenditureBands;
  if (bands === undefined || e.kind !== 'expenditure' || e.recipient !== 'household')
    return undefined;
  if (e.outOfPocket === undefined) {
    rec.missingFacts(RULES.band, ['event.outOfPocket']);
    return null;
  }
  const spent = Rational.parse(e.outOfPocket) ?? Rational.ZERO;
  let best: { atLeast: Rational; multiple: string; path: string } | undefined;
  for (const [i, b] of bands.entries()) {
    const path = `temporaryAid.expenditureBands.${i}.atLeast`;
    const f = evaluateFigureObject(std, b.atLeast, path, h.area);
    if (isMissing(f)) {
      rec.missingParameter(RULES.band, f.missing);
      return null;
    }
    if (spent.gte(f.value) && (best === undefined || f.value.gt(best.atLeast)))
      best = { atLeast: f.value, multiple: b.multiple, path };
  }
  if (best === undefined) return undefined;
  rec.step(RULES.band, msg.band(yuan(spent), yuan(best.atLeast), best.multiple), {
    outOfPocket: exact(spent),
    bandAtLeast: exact(best.atLeast),
    multiple: best.multiple,
  });
  return {
    multiple: best.multiple,
    use: withProvenance(std, best.path.replace(/\.atLeast$/, ''), best.multiple),
  };
}

/** A table parameter that is not a figure, as used in a step, with its provenance. */
function withProvenance(std: ResolvedStandards, parameter: string, value: string): ParameterUse {
  return parameterValue(parameter, value, provenanceOf(std, parameter));
}

function checkCap(
  std: ResolvedStandards,
  rec: Recorder,
  key: 'emergency' | 'expenditure' | 'individual',
  base: Rational,
  n: number,
  approved: Rational,
): void {
  const cap = std.params.temporaryAid?.caps?.[key];
  if (cap === undefined) return;
  const limit = base.mul(Rational.parse(cap.multiple) ?? Rational.ZERO).times(n);
  if (!approved.gt(limit)) return;
  const m = msg.aboveCap(yuan(approved), yuan(limit));
  rec.finding(RULES.cap, {
    code: 'case_by_case_above_cap',
    effect: 'notice',
    facts: { approvedAmount: exact(approved), cap: exact(limit) },
    message: m,
  });
  rec.step(RULES.cap, m, { cap: exact(limit) });
}
