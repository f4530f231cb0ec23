import {
  type AssessmentStandardsFinding,
  standardsFindingsFor,
} from '../check-standards/standardsFindingsFor';
import type { IsoDate } from '../dates/calendar';
import { assessDibao } from '../dibao/assessDibao';
import {
  assessDisabilitySubsidies,
  type DisabilitySubsidyDetermination,
} from '../disability-subsidy/assessDisabilitySubsidies';
import { assessElderlyCare } from '../elderly-care/assessElderlyCare';
import { withSharedIncome } from '../income/scope';
import { assessLowIncome } from '../low-income/assessLowIncome';
import { assessMedicalAid } from '../medical-aid/assessMedicalAid';
import { assessPremiumSubsidy } from '../medical-aid/assessPremiumSubsidy';
import type { MedicalBillInput } from '../medical-aid/bill';
import { assessPhaseOut } from '../phase-out/assessPhaseOut';
import { type PovertyScore, scorePoverty } from '../poverty-score/scorePoverty';
import { determinationsIn, recordTables, referencedIncomes } from '../render/recordTables';
import { checkAssessOptions } from '../schema/arguments';
import { ensureHousehold } from '../schema/ensureHousehold';
import type { Household, HouseholdInput } from '../schema/household';
import {
  assessSinglePerson,
  type SinglePersonDetermination,
} from '../single-person/assessSinglePerson';
import { assessEducationAid } from '../special-aid/assessEducationAid';
import {
  assessEmploymentAid,
  type EmploymentAidDetermination,
} from '../special-aid/assessEmploymentAid';
import { assessHousingAid, type HousingAidDetermination } from '../special-aid/assessHousingAid';
import type { MembersDetermination } from '../special-aid/member-outcomes';
import { type ResolvedStandards, resolveStandards } from '../standards/resolveStandards';
import type { StandardsTable } from '../standards/schema';
import { assessTekun, type TekunDetermination } from '../tekun/assessTekun';
import { type AlleviatedRouting, routePovertyAlleviated } from '../tekun/routePovertyAlleviated';
import { assessTemporaryAid } from '../temporary-aid/assessTemporaryAid';
import type { HardshipEventInput } from '../temporary-aid/event-schema';
import { stampOf } from '../trace/recorder';
import { withinAssessment } from '../trace/scope';
import type { Determination, RecordTables, Stamp, TraceStep } from '../trace/types';
import { VERSION } from '../version';
import { placeInTier, type TierResult } from './tier';

/** Options of {@link assess}. */
export interface AssessOptions {
  /** The assessment date, `YYYY-MM-DD`. */
  on: IsoDate;
  /** The region whose standards apply; the household's own region when absent. */
  region?: string;
  /** Hardship events to assess for temporary aid (临时救助), one determination each. */
  events?: readonly HardshipEventInput[];
  /** Medical bills to assess for medical aid (医疗救助), one determination each. */
  bills?: readonly MedicalBillInput[];
  /** The democratic-assessment score (民主评议) of the "3+1" review; the score is given with it. */
  democraticScore?: string | number;
}

/** Every program's determination for one household on one date. */
export interface Assessment {
  householdId: string;
  region: string;
  on: IsoDate;
  /** The household's tier in the layered system, and the higher tiers left undetermined. */
  tier: TierResult;
  determinations: {
    dibao: Determination<'dibao'>;
    lowIncome: Determination<'low-income'>;
    tekun: TekunDetermination;
    /**
     * For a current 低保 household (`status.dibao` true), and — undetermined — for one whose
     * status is not stated; left out only for a household stated not to be one (false).
     */
    phaseOut?: Determination<'phase-out'>;
  };
  /** One per member who applies to be assessed alone (`application.singlePersonMemberIds`). */
  singlePerson: SinglePersonDetermination[];
  /** One per event in `options.events`, in order. */
  temporaryAid: Determination<'temporary-aid'>[];
  /** Special assistance for the household's current recipients (R9–R12). */
  special: {
    educationAid: MembersDetermination<'education-aid'>;
    employmentAid: EmploymentAidDetermination;
    housingAid: HousingAidDetermination;
    elderlyCare: MembersDetermination<'elderly-care'>;
    disabilitySubsidies: DisabilitySubsidyDetermination;
    premiumSubsidy: Determination<'medical-aid'>;
  };
  /** One per bill in `options.bills`, in order. */
  medicalAid: Determination<'medical-aid'>[];
  /** The "3+1" poverty score (R13), when `options.democraticScore` is given. */
  povertyScore?: PovertyScore;
  /** For 脱贫人口 (`status.povertyAlleviated`): whether its members go to 特困 or 低保. */
  povertyAlleviated?: AlleviatedRouting;
  library: { name: 'jiuzhu'; version: string };
  /**
   * What the table checks (R8, `checkStandards`) find in the standards this assessment was made on
   * — e.g. `tekun_basic_below_floor`: a 特困 basic standard below 1.3 × the 低保 standard (常州 2021
   * 二; 银川 2021 二(六)). Empty when the standards pass. The amounts are computed as the table
   * says; the finding flags them for review.
   */
  standardsFindings: readonly AssessmentStandardsFinding[];
  /**
   * The household's income computations, each recorded once (`i1`, `i2`, …): the steps of 低保's,
   * 低收入's, 渐退期's income test and of each 特困 member's own income. A determination's trace
   * refers to one by a step of rule `income.shared` with `values.income` naming it; only those
   * referred to are here (a 特困 supporter's income, tested aside, is not), so a number may be
   * skipped.
   */
  incomes: Record<string, readonly TraceStep[]>;
  /** What produced every determination of the assessment (they carry no stamp of their own). */
  stamp: Stamp;
  /** Document id → title and number, for the documents `citations` names. */
  documents: RecordTables['documents'];
  /**
   * Rule id → the clauses it applies here, for every rule the determinations used: the national
   * basis and the region's own clauses from the table. Steps and reasons name rules by id only.
   */
  citations: RecordTables['citations'];
  /** Entry id → source, for the entries that set a parameter used. */
  sources: RecordTables['sources'];
  /** Parameter path → the entry that set it, for every table parameter a step used. */
  provenance: RecordTables['provenance'];
}

/**
 * Runs every program for a household on a date and places it in the layered system
 * (特困 › 低保 › 低收入 › none).
 *
 * The standards are resolved once for the region and date. 低保, 低收入 and 特困 are always
 * decided; 渐退期 unless the household is stated not to be a current 低保 household (undetermined
 * while that is not stated); 单人户 for the members who apply; temporary aid
 * for each event given; for 脱贫人口 the route to 特困 or 低保 (银川 2021 二(二); 民发〔2021〕16号
 * 二(一)). The special assistance (education, employment, housing, elderly care, disability
 * subsidies, insurance premiums) is decided for the household's *current* recipient statuses
 * (`status`, `members[].tekun`), medical aid for each bill given, and the "3+1" poverty score
 * (阳府办〔2017〕8号 二(二)四) when a democratic-assessment score is given.
 *
 * @param household - a household snapshot (validated unless it came from `parseHousehold`)
 * @param table - a table from `parseStandardsTable`
 * @param options - the assessment date; optionally the region, hardship events, medical bills
 *   and the democratic-assessment score
 * @returns the assessment: tier, determinations, 单人户 and temporary-aid results
 * @throws {InputError} when the household or an event is invalid, a member is born after
 *   `options.on`, an event or bill is dated after it, or an argument is of the wrong kind (kind
 *   `argument`: `options` missing, `options.on` not text, …)
 * @throws {StandardsError} when no single set of standards is in force for the region and date
 *
 * @example
 * const a = assess(household, table, { on: '2021-08-01' });
 * a.tier.tier                              // 'dibao'
 * a.determinations.dibao.amount?.total     // '926.00'
 */
export function assess(
  household: Household | HouseholdInput,
  table: StandardsTable,
  options: AssessOptions,
): Assessment {
  checkAssessOptions('assess', options);
  const h = ensureHousehold(household);
  const region = options.region ?? h.region;
  const resolved = resolveStandards(table, { region, on: options.on });
  if (!resolved.ok) throw resolved.error;
  const std = resolved.value;
  let incomes: Record<string, readonly TraceStep[]> = {};
  const a = withinAssessment(std, () =>
    withSharedIncome(h, std, (shared) => {
      incomes = shared.traces;
      return assessAll(h, std, region, options);
    }),
  );
  return withRecordTables(a, std, incomes);
}

/**
 * Adds the assessment's citation and provenance tables, built when first read (by property or
 * `JSON.stringify`): a batch that reads only outcomes never builds them.
 */
function withRecordTables(
  a: Omit<Assessment, keyof RecordTables | 'incomes'>,
  std: ResolvedStandards,
  incomes: Record<string, readonly TraceStep[]>,
): Assessment {
  // `a` is made for this assessment alone: the tables are added to it in place, by accessors
  // shared by every assessment (an object literal with getters would make five closures and a
  // copy of the assessment each time, about a tenth of `assess`).
  (a as { [LAZY]?: Lazy })[LAZY] = { std, incomes, tables: undefined };
  return Object.defineProperties(a, TABLE_ACCESSORS) as Assessment;
}

/** The accessors of the record tables: enumerable, so that `JSON.stringify` writes them. */
const TABLE_ACCESSORS: PropertyDescriptorMap = Object.fromEntries(
  (['incomes', 'documents', 'citations', 'sources', 'provenance'] as const).map((key) => [
    key,
    {
      get(this: object) {
        return tablesOf(this)[key];
      },
      enumerable: true,
      configurable: true,
    },
  ]),
);

/** Where an assessment keeps what its tables are built from (a symbol: not in JSON or keys). */
const LAZY = Symbol('jiuzhu.recordTables');

interface Lazy {
  std: ResolvedStandards;
  /** Every income computation made, referred to by a trace or not (a supporter's, made aside). */
  incomes: Record<string, readonly TraceStep[]>;
  tables: (RecordTables & { incomes: Record<string, readonly TraceStep[]> }) | undefined;
}

function tablesOf(a: object): RecordTables & { incomes: Record<string, readonly TraceStep[]> } {
  const lazy = (a as { [LAZY]: Lazy })[LAZY];
  if (lazy.tables === undefined) {
    // Only the computations a determination's trace refers to belong to the record.
    // One walk over the assessment serves both.
    const found = determinationsIn(a);
    const incomes = referencedIncomes(a, lazy.incomes, found);
    lazy.tables = { incomes, ...recordTables(a, lazy.std, incomes, found) };
  }
  return lazy.tables;
}

function assessAll(
  h: Household,
  std: ResolvedStandards,
  region: string,
  options: AssessOptions,
): Omit<Assessment, keyof RecordTables | 'incomes'> {
  const dibao = assessDibao(h, std);
  const lowIncome = assessLowIncome(h, std);
  const tekun = assessTekun(h, std);
  // 渐退期 is for current 低保 households: left out only when the household is stated not to be
  // one; an unstated status is a missing fact of the 渐退期 determination, not a silent "no".
  const phaseOut = h.status?.dibao !== false ? assessPhaseOut(h, std) : undefined;
  const applicants = h.application?.singlePersonMemberIds;
  const singlePerson = applicants && applicants.length > 0 ? assessSinglePerson(h, std) : [];
  const temporaryAid = (options.events ?? []).map((e) => assessTemporaryAid(h, std, e));
  const special = {
    educationAid: assessEducationAid(h, std),
    employmentAid: assessEmploymentAid(h, std),
    housingAid: assessHousingAid(h, std),
    elderlyCare: assessElderlyCare(h, std),
    disabilitySubsidies: assessDisabilitySubsidies(h, std),
    premiumSubsidy: assessPremiumSubsidy(h, std),
  };
  const medicalAid = (options.bills ?? []).map((b) => assessMedicalAid(h, std, b));
  const povertyScore =
    options.democraticScore !== undefined
      ? scorePoverty(h, std, { democraticScore: options.democraticScore })
      : undefined;
  const povertyAlleviated =
    h.status?.povertyAlleviated === true ? routePovertyAlleviated(h, std, tekun) : undefined;

  return {
    householdId: h.id,
    region,
    on: options.on,
    tier: placeInTier({ tekun, dibao, phaseOut, lowIncome }),
    // Results that do not apply are left out (not `undefined`): `Object.values` lists only results.
    determinations: { dibao, lowIncome, tekun, ...(phaseOut ? { phaseOut } : {}) },
    singlePerson,
    temporaryAid,
    special,
    medicalAid,
    ...(povertyScore ? { povertyScore } : {}),
    ...(povertyAlleviated ? { povertyAlleviated } : {}),
    library: { name: 'jiuzhu', version: VERSION },
    standardsFindings: standardsFindingsFor(std),
    stamp: stampOf(std),
  };
}
