import { z } from 'zod';
import { ageOn, type IsoDate } from '../dates/calendar';
import { DISABILITY_CATEGORIES, EMPLOYMENT_STATUSES, type Member } from '../schema/household';

/**
 * A condition on one member, as tables write it for category supplements, single-person
 * households and the like. Ages are table parameters, never constants in code.
 */
export const memberConditionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('age-at-least'), years: z.int().min(0).max(150) }),
  z.strictObject({ kind: z.literal('age-below'), years: z.int().min(0).max(150) }),
  z.strictObject({
    kind: z.literal('disability'),
    grades: z.array(z.int().min(1).max(4)).min(1),
    categories: z.array(z.enum(DISABILITY_CATEGORIES)).min(1).optional(),
  }),
  z.strictObject({ kind: z.literal('serious-illness') }),
  /** Labour capacity is one of `levels` (e.g. `['none']` for 丧失劳动能力). */
  z.strictObject({
    kind: z.literal('labour-capacity'),
    levels: z.array(z.enum(['full', 'partial', 'none'])).min(1),
  }),
  /** Employment status is one of `statuses` (e.g. 无业: `['unemployed', 'not-in-labour-force']`). */
  z.strictObject({
    kind: z.literal('employment'),
    statuses: z.array(z.enum(EMPLOYMENT_STATUSES)).min(1),
  }),
]);
export type MemberCondition = z.infer<typeof memberConditionSchema>;

/** The result of a condition on a member: known true/false, or unknown with the facts missing. */
export interface ConditionResult {
  /** `undefined` when a needed fact is missing. */
  holds: boolean | undefined;
  /** Paths of the missing facts. */
  missing: string[];
}

/**
 * Decides a member condition on a date. Ages are completed years on `on` (date-fns calendar
 * arithmetic); a missing birth date, disability or illness fact gives `holds: undefined`.
 *
 * @example
 * evaluateMemberCondition({ kind: 'age-at-least', years: 70 }, { id: 'a', birthDate: '1951-07-01' }, 0, '2021-07-01')
 * // { holds: true, missing: [] }
 *
 * @param age - the member's age on `on` when the caller has computed it already
 */
export function evaluateMemberCondition(
  condition: MemberCondition,
  member: Member,
  index: number,
  on: IsoDate,
  age?: number,
): ConditionResult {
  switch (condition.kind) {
    case 'age-at-least':
    case 'age-below': {
      if (member.birthDate === undefined) return unknown(index, 'birthDate');
      const years = age ?? ageOn(member.birthDate, on);
      return {
        holds:
          condition.kind === 'age-at-least' ? years >= condition.years : years < condition.years,
        missing: [],
      };
    }
    case 'disability': {
      if (member.disability === undefined) return unknown(index, 'disability');
      const d = member.disability;
      const holds =
        d !== null &&
        condition.grades.includes(d.grade) &&
        (condition.categories === undefined || condition.categories.includes(d.category));
      return { holds, missing: [] };
    }
    case 'serious-illness':
      if (member.seriousIllness === undefined) return unknown(index, 'seriousIllness');
      return { holds: member.seriousIllness, missing: [] };
    case 'labour-capacity':
      if (member.labourCapacity === undefined) return unknown(index, 'labourCapacity');
      return { holds: condition.levels.includes(member.labourCapacity), missing: [] };
    case 'employment':
      if (member.employment === undefined) return unknown(index, 'employment');
      return { holds: condition.statuses.includes(member.employment), missing: [] };
  }
}

/** A condition left unknown by one missing fact of the member at `index`. */
function unknown(index: number, fact: string): ConditionResult {
  return { holds: undefined, missing: [`members[${index}].${fact}`] };
}

/**
 * Any-of over several conditions: true if one holds; false if all are known false; otherwise
 * unknown with the missing facts of the unknown ones.
 */
export function evaluateAnyOf(
  conditions: readonly MemberCondition[],
  member: Member,
  index: number,
  on: IsoDate,
): ConditionResult {
  const missing: string[] = [];
  for (const c of conditions) {
    const r = evaluateMemberCondition(c, member, index, on);
    if (r.holds === true) return { holds: true, missing: [] };
    if (r.holds === undefined) missing.push(...r.missing);
  }
  return missing.length > 0 ? { holds: undefined, missing } : { holds: false, missing: [] };
}

/** A short text of a condition for traces. */
export function conditionText(c: MemberCondition): { 'zh-CN': string; en: string } {
  switch (c.kind) {
    case 'age-at-least':
      return { 'zh-CN': `年满 ${c.years} 周岁`, en: `aged ${c.years} or over` };
    case 'age-below':
      return { 'zh-CN': `未满 ${c.years} 周岁`, en: `under ${c.years}` };
    case 'disability':
      return {
        'zh-CN': `${c.categories ? `${c.categories.join('/')} ` : ''}残疾等级 ${c.grades.join('/')} 级`,
        en: `${c.categories ? `${c.categories.join('/')} ` : ''}disability grade ${c.grades.join('/')}`,
      };
    case 'serious-illness':
      return { 'zh-CN': '患重病', en: 'seriously ill' };
    case 'labour-capacity':
      return {
        'zh-CN': `劳动能力为 ${c.levels.join('/')}`,
        en: `labour capacity ${c.levels.join('/')}`,
      };
    case 'employment':
      return {
        'zh-CN': `就业状况为 ${c.statuses.join('/')}`,
        en: `employment status ${c.statuses.join('/')}`,
      };
  }
}
