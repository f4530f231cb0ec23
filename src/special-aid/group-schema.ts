import { z } from 'zod';
import { areaSchema, isoDateSchema } from '../schema/primitives';
import { sourceSchema } from '../standards/figure-schema';
import type { Messages } from '../trace/types';

/**
 * Recipient groups (救助对象类别) the special-assistance rules (R9–R13) are granted to, read from
 * the household's **current statuses**. `assess` may pass statuses it has just computed (低保,
 * 低收入, 特困) by setting them on the snapshot before calling these functions; an unknown status
 * makes the rules that need it `undetermined`.
 *
 * - `dibao`: a 低保 recipient — `member.dibaoRecipient` when stated, else a co-resident member of a
 *   低保 household (`status.dibao`; a member stated not to live with the household is not covered,
 *   and one whose co-residence is not stated is unknown, `members[i].livesWithHousehold` missing);
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
