import { Rational } from '../money/rational';
import { checkArray } from '../schema/arguments';
import type { Household, HouseholdInput } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { type PovertyScore, type PovertyScoreInputs, scorePoverty } from './scorePoverty';

/** One household of a batch to rank. */
export interface RankInput extends PovertyScoreInputs {
  household: Household | HouseholdInput;
  standards: ResolvedStandards;
}

/** The ranking of a batch: scored households poorest first, and those that could not be scored. */
export interface Ranking {
  ranked: { rank: number; householdId: string; score: string }[];
  /** Households left out of the ranking (a fact, parameter or democratic score missing). */
  unscored: { householdId: string }[];
  scores: PovertyScore[];
}

/**
 * Scores a batch of households (R13) and ranks them in reverse order, poorest (highest score)
 * first (阳府办〔2017〕8号 二(二)四 倒排序). Equal scores are ordered by household id (ascending,
 * by UTF-16 code units) so the ranking never depends on the input order; ranks are 1, 2, 3 … .
 *
 * @param batch - households with their resolved standards and democratic scores
 * @returns the ranking, the unscored households and every score
 *
 * @example
 * rankHouseholds([{ household: a, standards, democraticScore: '60' },
 *   { household: b, standards, democraticScore: '90' }]).ranked.map((r) => r.householdId)
 * // ['b', 'a'] when b scores higher
 */
export function rankHouseholds(batch: readonly RankInput[]): Ranking {
  checkArray('rankHouseholds', 'batch', batch);
  const scores = batch.map((item) =>
    scorePoverty(item.household, item.standards, {
      ...(item.democraticScore !== undefined ? { democraticScore: item.democraticScore } : {}),
    }),
  );
  const scored = scores
    .filter((s) => s.score !== null)
    .map((s) => ({
      id: s.householdId,
      score: Rational.fromText(s.score as string) ?? Rational.ZERO,
      text: s.score as string,
    }));
  scored.sort((a, b) => {
    const c = b.score.cmp(a.score);
    if (c !== 0) return c;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  return {
    ranked: scored.map((s, i) => ({ rank: i + 1, householdId: s.id, score: s.text })),
    unscored: scores.filter((s) => s.score === null).map((s) => ({ householdId: s.householdId })),
    scores,
  };
}
