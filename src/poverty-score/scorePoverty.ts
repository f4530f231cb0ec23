import { computeHouseholdIncome } from '../income/computeHouseholdIncome';
import { Rational } from '../money/rational';
import { programArgs } from '../schema/arguments';
import type { Household, HouseholdInput } from '../schema/household';
import { MAX_DECIMAL_TEXT } from '../schema/primitives';
import { itemProvenance } from '../special-aid/recipient-groups';
import type { ResolvedStandards } from '../standards/resolveStandards';
import {
  determinationStamp,
  exact,
  linkReasons,
  parameterValue,
  Recorder,
} from '../trace/recorder';
import type { Reason, Stamp, TraceStep } from '../trace/types';
import { assetPoints, bandPoints, healthPoints } from './components';
import { povertyScoreMsg as msg } from './messages';
import { POVERTY_SCORE_RULES as RULES } from './rules';

/** Inputs of {@link scorePoverty} that are not facts of the snapshot. */
export interface PovertyScoreInputs {
  /** The democratic-assessment score (民主评议), decimal text or number, `0 … democraticMax`. */
  democraticScore?: string | number;
}

/** A household's "3+1" score: the quantified components, the democratic score and the total. */
export interface PovertyScore {
  householdId: string;
  /** `scored`, or `undetermined` when a fact, a parameter or the democratic score is missing. */
  outcome: 'scored' | 'undetermined';
  /** `quantified × weight + democratic × weight`, exact; null when undetermined. */
  score: string | null;
  components: {
    health?: string;
    income?: string;
    assets?: string;
    quantified?: string;
    democratic?: string;
  };
  values: Record<string, string>;
  reasons: Reason[];
  trace: TraceStep[];
  stamp?: Stamp;
}

/**
 * The "3+1" poverty score of a household (rule R13, 阳府办〔2017〕8号 二(二)四: 家庭成员身体状况、
 * 家庭收入、家庭财产 量化打分，并与民主评议加权评分): health points per counted member and
 * condition, income points by the band of monthly per-capita counted income (R1), asset points,
 * summed into the quantified score; the total is `quantified × w_q + democratic × w_d` with the
 * table's weights. Higher scores are poorer. Exact rationals throughout; nothing is rounded.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards resolved for the household's region and the date
 * @param inputs - the democratic-assessment score
 * @returns the score with its components, reasons and trace
 * @throws {InputError} when `household` is not a valid household snapshot
 *
 * @example
 * // health 30 + income 40 + assets 10 = 80; democratic 90; weights 0.7 / 0.3:
 * scorePoverty(h, std, { democraticScore: '90' }).score // '83'
 */
export function scorePoverty(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
  inputs: PovertyScoreInputs = {},
): PovertyScore {
  const h = programArgs('scorePoverty', household, standards);
  const rec = new Recorder();
  const p = standards.params.povertyScore;
  const components: PovertyScore['components'] = {};
  const income = computeHouseholdIncome(h, standards, rec, {
    program: 'dibao',
    ...(h.area !== undefined ? { area: h.area } : {}),
  });
  let health: Rational | undefined;
  let incomePts: Rational | undefined;
  let assets: Rational | undefined;
  if (p?.health === undefined) rec.missingParameter(RULES.health, 'povertyScore.health');
  else health = healthPoints(h, p.health, income.memberIds, standards.on, rec);
  if (p?.income === undefined) rec.missingParameter(RULES.income, 'povertyScore.income');
  else if (income.complete && income.members > 0) {
    const perCapita = income.counted.divInt(income.members);
    rec.value('perCapitaIncome', exact(perCapita));
    incomePts = bandPoints(
      standards,
      rec,
      RULES.income,
      p.income.bands,
      'povertyScore.income.bands',
      perCapita,
      h.area,
      true,
    );
  }
  if (p?.assets === undefined) rec.missingParameter(RULES.assets, 'povertyScore.assets');
  else assets = assetPoints(h, standards, p.assets, income.members, rec);
  const set = (k: 'health' | 'income' | 'assets', v: Rational | undefined) => {
    if (v === undefined) return;
    components[k] = exact(v);
    rec.value(`${k}Points`, exact(v));
  };
  set('health', health);
  set('income', incomePts);
  set('assets', assets);

  let score: Rational | undefined;
  const w = p?.weights;
  if (w === undefined) rec.missingParameter(RULES.democratic, 'povertyScore.weights');
  const democratic = parseScore(inputs.democraticScore);
  if (inputs.democraticScore === undefined)
    rec.missingFacts(RULES.democratic, ['inputs.democraticScore']);
  if (w !== undefined && democratic !== undefined) {
    const max = Rational.parse(w.democraticMax) ?? Rational.ZERO;
    const inRange = democratic !== null && !democratic.isNegative() && democratic.lte(max);
    if (!inRange) {
      rec.compare(RULES.democratic, {
        code: 'democratic_score_out_of_range',
        effect: 'missing',
        subject: 'democratic-assessment score',
        test: '<=',
        threshold: w.democraticMax,
        actual: democratic === null ? String(inputs.democraticScore) : exact(democratic),
        gap: democratic === null ? '' : exact(democratic.sub(max)),
        unit: 'count',
        parameter: 'povertyScore.weights.democraticMax',
        message: msg.democraticOutOfRange(String(inputs.democraticScore), w.democraticMax),
      });
    } else if (health !== undefined && incomePts !== undefined && assets !== undefined) {
      const quantified = health.add(incomePts).add(assets);
      const wq = Rational.parse(w.quantified) ?? Rational.ZERO;
      const wd = Rational.parse(w.democratic) ?? Rational.ZERO;
      const total = quantified.mul(wq).add(democratic.mul(wd));
      score = total;
      components.quantified = exact(quantified);
      components.democratic = exact(democratic);
      rec.value('quantified', exact(quantified));
      rec.value('democratic', exact(democratic));
      rec.value('score', exact(score));
      const provenance = itemProvenance(standards, 'povertyScore.weights', w);
      rec.step(
        RULES.democratic,
        msg.weighted(
          exact(quantified),
          w.quantified,
          exact(democratic),
          w.democratic,
          exact(total),
        ),
        { score: exact(score) },
        [
          parameterValue('povertyScore.weights.quantified', w.quantified, provenance),
          parameterValue('povertyScore.weights.democratic', w.democratic, provenance),
        ],
      );
    }
  }
  const scored = score !== undefined && !rec.hasMissing();
  return {
    householdId: h.id,
    outcome: scored ? 'scored' : 'undetermined',
    score: scored && score !== undefined ? exact(score) : null,
    components,
    values: rec.values,
    reasons: linkReasons(rec.reasons, rec.trace),
    trace: rec.trace,
    stamp: determinationStamp(standards),
  };
}

/**
 * The score as a rational; null when it is not a plain non-negative decimal (or is text longer
 * than {@link MAX_DECIMAL_TEXT}, refused before it is read).
 */
function parseScore(value: string | number | undefined): Rational | null | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string' && value.length > MAX_DECIMAL_TEXT) return null;
  const text =
    typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : value.trim();
  return Rational.parse(text) ?? null;
}
