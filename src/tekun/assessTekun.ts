import { Rational } from '../money/rational';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput, Member } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { amountAboveLimit, determinationStamp, linkReasons, messageStep } from '../trace/recorder';
import type { AmountLine, Determination, Outcome, TraceStep } from '../trace/types';
import { decideTekunMember, tekunHouseholdFacts } from './assessTekunMember';
import { tekunMsg as msg } from './messages';
import { TEKUN_RULES as RULES } from './rules';

/** The household's 特困 determination, with each member's own determination. */
export interface TekunDetermination extends Determination<'tekun'> {
  /** Member id → that member's determination from {@link assessTekunMember}. */
  members: Record<string, Determination<'tekun'>>;
}

/**
 * Decides 特困 (rule R4) for every member of a household. 特困 is recognised person by person
 * (特困人员认定办法 第四条), so each member gets a determination of their own (`members`); the
 * household determination combines them: `eligible` when at least one member is eligible (the
 * amount is the sum of the eligible members' amounts, each breakdown line naming its member),
 * otherwise `undetermined` when one is undetermined, otherwise `ineligible`. Its trace has one step
 * per member (the member's outcome and amount); the reasons are the members' own, each in its
 * member's determination and recorded there only (not copied into the household's).
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards from `resolveStandards` for the household's region and the date
 * @returns the household determination with `members`
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // 常州 2021-08, urban, one member aged 80, no income, no supporter, 4 activities not done:
 * const d = assessTekun(household, std);
 * d.outcome                    // 'eligible'
 * d.members.a.values.careLevel // 'full'
 */
export function assessTekun(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
): TekunDetermination {
  const h = programArgs('assessTekun', household, standards);
  const members: Record<string, Determination<'tekun'>> = {};
  const trace: TraceStep[] = [];
  const lines: AmountLine[] = [];
  const values: Record<string, string> = {};
  const eligible: string[] = [];
  let total = Rational.ZERO;
  let undetermined = false;
  const facts = tekunHouseholdFacts(h);
  for (let index = 0; index < h.members.length; index++) {
    const id = (h.members[index] as Member).id;
    const d = decideTekunMember(h, standards, index, facts);
    members[id] = d;
    const keys = memberKeys(id);
    values[keys.outcome] = d.outcome;
    const amount = d.outcome === 'eligible' ? d.amount : null;
    if (d.outcome === 'undetermined') undetermined = true;
    if (d.outcome === 'eligible') eligible.push(id);
    if (amount) {
      total = total.add(Rational.parse(amount.total) ?? Rational.ZERO);
      for (const l of amount.breakdown) lines.push(l);
      values[keys.amount] = amount.total;
    }
    const outcome = d.outcome;
    const shown = d.amount?.total;
    trace.push(
      messageStep(
        RULES.household.id,
        msg.memberSummary(id, outcome, shown ?? null),
        shown ? { memberId: id, outcome, amount: shown } : { memberId: id, outcome },
      ),
    );
  }
  // The members' sum of amounts already rounded to the fen: its text is exact.
  const totalText = total.toFixed(2);
  // The members' sum above the amount limit is never paid silently.
  const aboveLimit = eligible.length > 0 ? amountAboveLimit(totalText) : undefined;
  const outcome: Outcome =
    eligible.length > 0 && aboveLimit === undefined
      ? 'eligible'
      : undetermined || aboveLimit !== undefined
        ? 'undetermined'
        : 'ineligible';
  values.eligibleMembers = eligible.length === 1 ? (eligible[0] as string) : eligible.join(',');
  if (outcome === 'eligible') values.amount = totalText;
  return {
    program: 'tekun',
    householdId: h.id,
    outcome,
    amount:
      outcome === 'eligible'
        ? { total: totalText, currency: 'CNY', period: 'month', breakdown: lines }
        : null,
    values,
    reasons: aboveLimit !== undefined ? linkReasons([aboveLimit], trace) : [],
    trace,
    stamp: determinationStamp(standards),
    members,
  };
}

/** The keys of a member's entries in the household's `values`. */
interface MemberKeys {
  outcome: string;
  amount: string;
}

/**
 * Keys already made, by member id: the same key text, made once, is a property name the engine
 * has seen (member ids repeat from household to household: `a`, `b`, `m1` …). Bounded.
 */
const KEYS = new Map<string, MemberKeys>();
const KEYS_KEPT = 4096;

function memberKeys(id: string): MemberKeys {
  let keys = KEYS.get(id);
  if (keys === undefined) {
    keys = { outcome: `${id}.outcome`, amount: `${id}.amount` };
    if (KEYS.size < KEYS_KEPT) KEYS.set(id, keys);
  }
  return keys;
}
