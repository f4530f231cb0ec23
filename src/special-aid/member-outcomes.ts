import { ageOn } from '../dates/calendar';
import type { Household, Member } from '../schema/household';
import { provenanceOf, type ResolvedStandards } from '../standards/resolveStandards';
import type { MessageRef } from '../trace/message';
import { parameterValue, type Recorder, type Rule } from '../trace/recorder';
import type { Determination, Outcome, ProgramId } from '../trace/types';
import { type AgeSubject, ageSubjects, specialAidMsg as msg } from './messages';
import { known, missingOf, type Tri } from './recipient-groups';

/** The outcome for one member of a per-member program, with the grants or rules that apply. */
export interface MemberDetermination {
  memberId: string;
  outcome: Outcome;
  /** Ids of what the member qualifies under (grant ids, rule ids); empty unless eligible. */
  basis: string[];
}

/**
 * A household determination with one outcome per member. The household is `eligible` when some
 * member qualifies and no member is undetermined, `undetermined` while a member's facts are
 * missing, `ineligible` when no member qualifies.
 */
export type MembersDetermination<P extends ProgramId> = Determination<P> & {
  members: MemberDetermination[];
};

/** Tri of an age range `[atLeast, below)` on a date, with a comparison reason of effect `notice`. */
export function ageInRange(
  std: ResolvedStandards,
  rec: Recorder,
  rule: Rule,
  range: { atLeast: number; below: number },
  m: Member,
  index: number,
  on: string,
  parameter: string,
  subject: AgeSubject,
): Tri {
  if (m.birthDate === undefined)
    return { holds: undefined, missing: [`members[${index}].birthDate`] };
  const age = ageOn(m.birthDate, on);
  const within = age >= range.atLeast && age < range.below;
  const tooYoung = age < range.atLeast;
  const message = msg.ageInRange(m.id, age, within, subject, range.atLeast, range.below);
  rec.step(rule, message, { memberId: m.id, age: String(age) }, [
    parameterValue(parameter, `${range.atLeast}–${range.below - 1}`, provenanceOf(std, parameter)),
  ]);
  rec.compare(rule, {
    code: within ? 'age_within_range' : 'age_outside_range',
    effect: 'notice',
    subject: `age (${ageSubjects[subject].en})`,
    test: tooYoung || within ? '>=' : '<',
    threshold: String(tooYoung || within ? range.atLeast : range.below),
    actual: String(age),
    gap: String(tooYoung ? range.atLeast - age : within ? age - range.atLeast : age - range.below),
    unit: 'years',
    parameter,
    memberId: m.id,
    message,
  });
  return { holds: within, missing: [] };
}

/** Records one member's result and returns it. Missing facts go to `rule`. */
export function recordMember(
  rec: Recorder,
  rule: Rule,
  m: Member,
  tri: Tri,
  basis: string[],
  messages: { yes: MessageRef; no: MessageRef },
): MemberDetermination {
  if (tri.holds === undefined) {
    rec.missingFacts(rule, tri.missing);
    return { memberId: m.id, outcome: 'undetermined', basis: [] };
  }
  rec.finding(rule, {
    code: tri.holds ? 'member_qualifies' : 'member_does_not_qualify',
    effect: tri.holds ? 'qualifies' : 'notice',
    facts: { memberId: m.id, ...(tri.holds ? { basis: basis.join(',') } : {}) },
    memberId: m.id,
    message: tri.holds ? messages.yes : messages.no,
  });
  rec.step(rule, tri.holds ? messages.yes : messages.no, {
    memberId: m.id,
    qualifies: String(tri.holds),
  });
  return {
    memberId: m.id,
    outcome: tri.holds ? 'eligible' : 'ineligible',
    basis: tri.holds ? basis : [],
  };
}

/** Adds the household-level disqualifier when no member qualifies and none is undetermined. */
export function finishMembers<P extends ProgramId>(
  rec: Recorder,
  program: P,
  h: Household,
  std: ResolvedStandards,
  members: MemberDetermination[],
  rule: Rule,
): MembersDetermination<P> {
  const eligible = members.filter((m) => m.outcome === 'eligible');
  rec.value('eligibleMembers', eligible.map((m) => m.memberId).join(','));
  if (eligible.length === 0 && members.every((m) => m.outcome === 'ineligible')) {
    rec.finding(rule, {
      code: 'no_member_qualifies',
      effect: 'disqualifies',
      facts: { members: String(members.length) },
      message: msg.noMemberQualifies(),
    });
  }
  return withMembers(rec.finish(program, h.id, std, null), members);
}

/** A determination with its per-member outcomes (set in place, so no copy is made). */
export function withMembers<P extends ProgramId>(
  d: Determination<P>,
  members: MemberDetermination[],
): MembersDetermination<P> {
  const out = d as MembersDetermination<P>;
  out.members = members;
  return out;
}

/** Any of several tests (true if one holds; unknown if none holds and one is unknown). */
export function anyOf(...tests: Tri[]): Tri {
  let unknown = false;
  for (const t of tests) {
    if (t.holds === true) return known(true);
    if (t.holds === undefined) unknown = true;
  }
  return unknown ? { holds: undefined, missing: missingOf(tests) } : known(false);
}
