import { withinWindow } from '../dates/calendar';
import type { Household, Member } from '../schema/household';
import type { Source } from '../standards/figure-schema';
import type { Provenance } from '../standards/provenance';
import { provenanceOf, type ResolvedStandards } from '../standards/resolveStandards';
import type { Messages } from '../trace/types';

/**
 * Membership of the recipient groups (see `group-schema.ts`), decided from the household's
 * current statuses.
 *
 * @module
 */
export {
  type DatedGroups,
  datedGroupsSchema,
  groupLabels,
  itemProvenanceFields,
  RECIPIENT_GROUPS,
  type RecipientGroup,
  recipientGroupSchema,
} from './group-schema';

import type { DatedGroups, RecipientGroup } from './group-schema';
import { groupNames } from './messages';

/**
 * The result of a test on a member: known true/false, or unknown with the facts missing.
 * Results are shared and must not be changed.
 */
export interface Tri {
  holds: boolean | undefined;
  missing: string[];
}

const yes: Tri = Object.freeze({ holds: true, missing: Object.freeze([]) as unknown as string[] });
const no: Tri = Object.freeze({ holds: false, missing: Object.freeze([]) as unknown as string[] });

/** The known result `holds`, shared. */
export function known(holds: boolean): Tri {
  return holds ? yes : no;
}

/** The distinct missing facts of the results, in order. */
export function missingOf(tests: readonly Tri[]): string[] {
  const out: string[] = [];
  for (const t of tests) for (const p of t.missing) if (!out.includes(p)) out.push(p);
  return out;
}
const unknown = (path: string): Tri => ({ holds: undefined, missing: [path] });

/** Whether a member belongs to one recipient group. */
export function inGroup(group: RecipientGroup, h: Household, m: Member, index: number): Tri {
  const at = `members[${index}]`;
  const flag = (value: boolean | undefined, path: string): Tri =>
    value === undefined ? unknown(path) : value ? yes : no;
  switch (group) {
    case 'dibao': {
      // The member's own fact first; a member who does not live with a 低保 household is not
      // covered by it (最低生活保障审核确认办法 第七条), so unknown co-residence leaves a member
      // of a 低保 household unknown.
      if (m.dibaoRecipient !== undefined) return m.dibaoRecipient ? yes : no;
      if (m.livesWithHousehold === false) return no;
      const household = flag(h.status?.dibao, 'status.dibao');
      if (household.holds === false || m.livesWithHousehold === true) return household;
      return allOf(household, unknown(`${at}.livesWithHousehold`));
    }
    case 'tekun':
      return flag(m.tekun, `${at}.tekun`);
    case 'dispersed-tekun':
      if (m.tekun === false) return no;
      if (m.tekun === undefined) return unknown(`${at}.tekun`);
      if (m.supportMode === undefined) return unknown(`${at}.supportMode`);
      return m.supportMode === 'dispersed' ? yes : no;
    case 'low-income':
      return flag(h.status?.lowIncome, 'status.lowIncome');
    case 'registered-poor':
      return flag(m.registeredPoor, `${at}.registeredPoor`);
    case 'poverty-alleviated':
      return flag(h.status?.povertyAlleviated, 'status.povertyAlleviated');
  }
}

/** Any-of over groups: true if the member is in one; false if known in none; else unknown. */
export function inAnyGroup(
  groups: readonly RecipientGroup[],
  h: Household,
  m: Member,
  index: number,
): Tri {
  const unknowns: Tri[] = [];
  for (const g of groups) {
    const r = inGroup(g, h, m, index);
    if (r.holds === true) return yes;
    if (r.holds === undefined) unknowns.push(r);
  }
  return unknowns.length === 0 ? no : { holds: undefined, missing: missingOf(unknowns) };
}

/** All of several tests: false if one is known false; unknown if one is unknown; else true. */
export function allOf(...tests: Tri[]): Tri {
  let unknown = false;
  for (const t of tests) {
    if (t.holds === false) return no;
    if (t.holds === undefined) unknown = true;
  }
  return unknown ? { holds: undefined, missing: missingOf(tests) } : yes;
}

/** A dated grant applies on a date, in an area (an unknown area is a missing fact when it matters). */
export function grantApplies(
  grant: DatedGroups,
  h: Household,
  m: Member,
  index: number,
  on: string,
): Tri {
  if (!withinWindow(on, grant.from, grant.to)) return no;
  let area: Tri = yes;
  if (grant.area !== undefined) {
    if (h.area === undefined) area = unknown('area');
    else area = h.area === grant.area ? yes : no;
  }
  return allOf(area, inAnyGroup(grant.groups, h, m, index));
}

/** The provenance of an item of an array parameter: its own source or note, else its entry's. */
export function itemProvenance(
  std: ResolvedStandards,
  path: string,
  item: { source?: Source; illustrative?: string },
): Provenance | undefined {
  const inherited = provenanceOf(std, path);
  const entryId = inherited?.entryId ?? '(item)';
  if (item.illustrative !== undefined)
    return {
      kind: 'illustrative',
      entryId,
      note: item.illustrative,
      ...(item.source ? { source: item.source } : {}),
    };
  if (item.source !== undefined) return { kind: 'published', entryId, source: item.source };
  return inherited;
}

/** Group labels joined for messages. */
export function groupsText(groups: readonly RecipientGroup[]): Messages {
  return groupNames(groups);
}
