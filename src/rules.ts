import { DIBAO_RULES } from './dibao/rules';
import { DISABILITY_SUBSIDY_RULES } from './disability-subsidy/rules';
import { ELDERLY_CARE_RULES } from './elderly-care/rules';
import { INCOME_RULES } from './income/rules';
import { LOW_INCOME_RULES } from './low-income/rules';
import { MEDICAL_AID_RULES } from './medical-aid/rules';
import { PHASE_OUT_RULES } from './phase-out/rules';
import { POVERTY_SCORE_RULES } from './poverty-score/rules';
import { SINGLE_PERSON_RULES } from './single-person/rules';
import { SPECIAL_AID_RULES } from './special-aid/rules';
import { TEKUN_RULES } from './tekun/rules';
import { TEMPORARY_AID_RULES } from './temporary-aid/rules';
import type { Rule } from './trace/recorder';
import type { Citation } from './trace/types';

/**
 * Every rule the library encodes, by id, with its national clauses. A locality's clauses are
 * not here: they are table data (`entries[].citations`), so a household is only ever shown the
 * documents of its own region.
 *
 * @module
 */
const GROUPS: readonly Record<string, Rule>[] = [
  INCOME_RULES,
  DIBAO_RULES,
  LOW_INCOME_RULES,
  TEKUN_RULES,
  TEMPORARY_AID_RULES,
  PHASE_OUT_RULES,
  SINGLE_PERSON_RULES,
  MEDICAL_AID_RULES,
  SPECIAL_AID_RULES,
  ELDERLY_CARE_RULES,
  DISABILITY_SUBSIDY_RULES,
  POVERTY_SCORE_RULES,
];

let byId: Map<string, readonly Citation[]> | undefined;

function registry(): Map<string, readonly Citation[]> {
  if (byId === undefined) {
    byId = new Map();
    for (const group of GROUPS)
      for (const rule of Object.values(group)) byId.set(rule.id, rule.citations);
  }
  return byId;
}

/** The ids of every rule the library encodes, in a stable order. */
export function ruleIds(): string[] {
  return [...registry().keys()];
}

/**
 * The national clauses a rule encodes (暂行办法, 审核确认办法, 特困人员认定办法, …); empty for a
 * rule whose basis is local only, or an unknown id.
 *
 * @example
 * nationalCitations('dibao.eligibility.income')[0]?.clause // '第九条'
 */
export function nationalCitations(ruleId: string): readonly Citation[] {
  return registry().get(ruleId) ?? [];
}
