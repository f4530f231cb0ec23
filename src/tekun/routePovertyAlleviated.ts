import { citationsFor } from '../render/recordTables';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import type { Citation } from '../trace/types';
import type { TekunDetermination } from './assessTekun';
import { assessTekunMember } from './assessTekunMember';
import { TEKUN_RULES as RULES } from './rules';

/** Where a 脱贫 member without (full) labour capacity is routed. */
export type AlleviatedRoute = 'tekun' | 'dibao' | 'undetermined';

/** What {@link routePovertyAlleviated} found. */
export interface AlleviatedRouting {
  /** Whether the household is a 脱贫 household (`status.povertyAlleviated`); undefined when unknown. */
  applies: boolean | undefined;
  /** The household's route: `none` when it is not 脱贫 or no member lost labour capacity. */
  route: AlleviatedRoute | 'none';
  /** Members who fully or partly lost labour capacity, or whose capacity is unknown. */
  members: { memberId: string; route: AlleviatedRoute }[];
  /** The rule applied; its clauses are in the assessment's citation table. */
  rule: string;
  /** Its clauses in this region: the national basis and the region's own (`citationsFor`). */
  citations: Citation[];
}

/**
 * 兜底 routing of 脱贫人口 (银川 2021 二(二); 民发〔2021〕16号 二(一); 常州 2021 一): members of a 脱贫
 * household who fully or partly lost labour capacity and cannot get a stable income from work are
 * included in 农村低保 or 特困. A member who meets 特困 ({@link assessTekunMember}) goes to 特困;
 * one who does not goes to 低保, whose own income test (run by `assessDibao`) decides whether the
 * income is too low; an undetermined 特困 result leaves the route undetermined. The household
 * route is `dibao` when any member goes to 低保, `tekun` when all go to 特困.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards from `resolveStandards`
 * @param tekun - the household's 特困 determination when already made (its per-member results are
 *   used instead of deciding each member again)
 * @returns the routing with per-member routes, the rule id and its clauses in this region
 * @example
 * routePovertyAlleviated(household, std).route // 'tekun' (a 脱贫 man aged 70 living alone, no income)
 */
export function routePovertyAlleviated(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
  tekun?: TekunDetermination,
): AlleviatedRouting {
  const h = programArgs('routePovertyAlleviated', household, standards);
  const rule = RULES.alleviated.id;
  const citations = citationsFor(rule, standards);
  const applies = h.status?.povertyAlleviated;
  if (applies !== true)
    return {
      applies,
      route: applies === false ? 'none' : 'undetermined',
      members: [],
      rule,
      citations,
    };
  const members = h.members
    .filter((m) => m.labourCapacity !== 'full')
    .map((m) => {
      if (m.labourCapacity === undefined) return { memberId: m.id, route: 'undetermined' as const };
      const o = (tekun?.members[m.id] ?? assessTekunMember(h, standards, m.id)).outcome;
      const route: AlleviatedRoute =
        o === 'eligible' ? 'tekun' : o === 'ineligible' ? 'dibao' : 'undetermined';
      return { memberId: m.id, route };
    });
  const routes = members.map((m) => m.route);
  const route =
    routes.length === 0
      ? 'none'
      : routes.includes('dibao')
        ? 'dibao'
        : routes.includes('undetermined')
          ? 'undetermined'
          : 'tekun';
  return { applies, route, members, rule, citations };
}
