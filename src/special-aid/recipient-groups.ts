import { z } from 'zod';
import { withinWindow } from '../dates/calendar';
import type { Household, Member } from '../schema/household';
import { areaSchema, isoDateSchema } from '../schema/primitives';
import { sourceSchema } from '../standards/figure-schema';
import type { Provenance } from '../standards/provenance';
import { provenanceOf, type ResolvedStandards } from '../standards/resolveStandards';
import type { Messages } from '../trace/types';

/**
 * Recipient groups (救助对象类别) the special-assistance rules (R9–R13) are granted to, read from
 * the household's **current statuses**. `assess` may pass statuses it has just computed (低保,
 * 低收入, 特困) by setting them on the snapshot before calling these functions; an unknown status
 * makes the rules that need it `undetermined`.
 *
 * - `dibao`: a 低保 recipient — `member.dibaoRecipient` when stated, else a co-resident member of a
 *   低保 household (`status.dibao`; a member stated not to live with the household is not covered);
 * - `tekun`: a 特困 member (`member.tekun`);
 * - `dispersed-tekun`: a 特困 member supported at home, 分散供养 (`member.supportMode`);
 * - `low-income`: a member of a low-income (低保边缘) household (`status.lowIncome`);
 * - `registered-poor`: 建档立卡贫困人口 (`member.registeredPoor`);
 * - `poverty-alleviated`: a member of a 脱贫 household (`status.povertyAlleviated`).
 *
 * @module
 */
export const RECIPIENT_GROUPS = [
  'dibao',
  'tekun',
  'dispersed-tekun',
  'low-income',
  'registered-poor',
  'poverty-alleviated',
] as const;
export const recipientGroupSchema = z.enum(RECIPIENT_GROUPS);
export type RecipientGroup = z.infer<typeof recipientGroupSchema>;

/** Labels of the groups in messages. */
export const groupLabels: Record<RecipientGroup, Messages> = {
  dibao: { 'zh-CN': '低保对象', en: '低保 recipient' },
  tekun: { 'zh-CN': '特困人员', en: '特困 person' },
  'dispersed-tekun': { 'zh-CN': '分散供养特困人员', en: 'dispersed-support 特困 person' },
  'low-income': { 'zh-CN': '低收入家庭成员', en: 'member of a low-income household' },
  'registered-poor': { 'zh-CN': '建档立卡贫困人口', en: 'registered poor (建档立卡)' },
  'poverty-alleviated': { 'zh-CN': '脱贫人口', en: 'member of a 脱贫 household' },
};

/** Provenance fields a table item may carry itself (an item of an array parameter). */
export const itemProvenanceFields = {
  source: sourceSchema.optional(),
  illustrative: z.string().min(1).max(2000).optional(),
};

/** A dated grant to recipient groups, e.g. an extension of a subsidy to low-income households. */
export const datedGroupsSchema = z.strictObject({
  id: z.string().min(1).max(64),
  groups: z.array(recipientGroupSchema).min(1),
  /** The household's area, when the grant is for urban or rural households only. */
  area: areaSchema.optional(),
  /** In force from / to (inclusive); always when absent. */
  from: isoDateSchema.optional(),
  to: isoDateSchema.optional(),
  ...itemProvenanceFields,
});
export type DatedGroups = z.infer<typeof datedGroupsSchema>;

/** The result of a test on a member: known true/false, or unknown with the facts missing. */
export interface Tri {
  holds: boolean | undefined;
  missing: string[];
}

const yes: Tri = { holds: true, missing: [] };
const no: Tri = { holds: false, missing: [] };
const unknown = (path: string): Tri => ({ holds: undefined, missing: [path] });

/** Whether a member belongs to one recipient group. */
export function inGroup(group: RecipientGroup, h: Household, m: Member, index: number): Tri {
  const at = `members[${index}]`;
  const flag = (value: boolean | undefined, path: string): Tri =>
    value === undefined ? unknown(path) : value ? yes : no;
  switch (group) {
    case 'dibao':
      // The member's own fact first; a member who does not live with a 低保 household is not
      // covered by it (最低生活保障审核确认办法 第七条).
      if (m.dibaoRecipient !== undefined) return m.dibaoRecipient ? yes : no;
      if (m.livesWithHousehold === false) return no;
      return flag(h.status?.dibao, 'status.dibao');
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
  const missing: string[] = [];
  for (const g of groups) {
    const r = inGroup(g, h, m, index);
    if (r.holds === true) return yes;
    if (r.holds === undefined) missing.push(...r.missing);
  }
  return missing.length > 0 ? { holds: undefined, missing: [...new Set(missing)] } : no;
}

/** All of several tests: false if one is known false; unknown if one is unknown; else true. */
export function allOf(...tests: Tri[]): Tri {
  if (tests.some((t) => t.holds === false)) return no;
  if (tests.every((t) => t.holds === true)) return yes;
  return { holds: undefined, missing: [...new Set(tests.flatMap((t) => t.missing))] };
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
  item: { source?: z.infer<typeof sourceSchema>; illustrative?: string },
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
  return {
    'zh-CN': groups.map((g) => groupLabels[g]['zh-CN']).join('、'),
    en: groups.map((g) => groupLabels[g].en).join(', '),
  };
}
