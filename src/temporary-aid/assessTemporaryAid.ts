import { computeHouseholdIncome, type HouseholdIncome } from '../income/computeHouseholdIncome';
import { afterAssessmentDate, programArgs } from '../schema/arguments';
import type { Household, HouseholdInput } from '../schema/household';
import { InputError } from '../schema/issues';
import { evaluateFigureObject, exactMonthly, isMissing } from '../standards/evaluateFigure';
import { regionChain } from '../standards/regions';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, Recorder, yuan } from '../trace/recorder';
import { testThreshold } from '../trace/threshold';
import type { Determination } from '../trace/types';
import { computeTemporaryAidAmount } from './amount';
import type { HardshipEvent, HardshipEventInput } from './event-schema';
import { hardshipTest } from './hardshipTest';
import { temporaryAidMsg as msg } from './messages';
import { parseHardshipEvent } from './parseHardshipEvent';
import { residenceTest } from './residenceTest';
import { TEMPORARY_AID_RULES as RULES } from './rules';

/**
 * Decides 临时救助 (temporary aid, rule R5) for a household hit by a hardship event.
 *
 * - Kinds: 急难型 and 支出型 (2018 意见 二(一); 银川 2021 二(七)); a kind the table does not list
 *   is not provided.
 * - Residence — general rule: the household holds local 户籍 (国发〔2014〕47号), or another status
 *   the table accepts for the kind (`temporaryAid.residence`: a 居住证 of the region, 47号; 银川
 *   2021 二(三)) — see {@link residenceTest}; named exception: where the table says aid is given
 *   where the emergency happened (银川 2021 二(七); 常州 2021 一), an event of a listed kind that
 *   happened in the assessing region (the event's region code is the standards' region or lies
 *   inside it: 640104 is inside 640100) needs no 户籍. The exception is decided on its own; the
 *   general rule is asked only when the exception does not apply.
 * - Means (hardship) test, stated by the table (`temporaryAid.hardshipTest`, see
 *   {@link hardshipTest}): aid for households that cannot meet the hardship by their own and
 *   their family's means (银川 2021 二(七), 二(一); 2018 意见 二(一)); absent → undetermined.
 * - 支出型 income test, when the table gives it (2018 意见 二(一)): per-capita counted income
 *   strictly below the table's figure.
 * - Amount (once): per person at least `multiple × base` — 2 × (急难型 household), 3 × (支出型
 *   household), 1.5 × (individual) the **urban** monthly 低保 standard in 银川 2021 二(七); the
 *   multiples and the base path are table parameters. Household recipients count co-resident
 *   members; individual recipients count `event.memberIds`. An approved 一事一议 amount not below
 *   the floor is paid and shown (`case_by_case_approved`); one below the floor is raised to it
 *   (`case_by_case_raised_to_floor`); a 一事一议 request without an approved amount is
 *   `undetermined` (`case_by_case_pending`: a discretionary decision).
 * - Ranges, where the table publishes "from m × to M ×" for a kind (`temporaryAid.ranges`): the
 *   event's proposed amount is paid within the range, raised to its minimum, and above its maximum
 *   only once a 一事一议 / special-approval amount is approved (until then `undetermined`); see
 *   `rangeAmount`.
 *
 * @param household - a household from `parseHousehold` (anything else is validated first)
 * @param standards - standards from `resolveStandards` for the household's region and date
 * @param event - the hardship event (validated with {@link parseHardshipEvent})
 * @returns the determination; `amount.period` is `once`
 * @throws {InputError} when the household or the event is invalid, the event names a member
 *   the household does not have or is dated after the assessment date (`standards.on`), a member
 *   is born after that date, or `standards` is not a resolved set of standards (kind `argument`)
 *
 * @example
 * // 银川 (urban standard 700, illustrative), rural household of 3 co-resident members, fire:
 * const d = assessTemporaryAid(h, std, { kind: 'emergency', recipient: 'household', cause: 'fire',
 *   date: '2021-09-01', region: '640104', affectedMemberIds: ['a'] });
 * d.outcome       // 'eligible'
 * d.amount?.total // '4200.00'  (2 × 700 = 1400 per person × 3)
 */
export function assessTemporaryAid(
  household: Household | HouseholdInput,
  standards: ResolvedStandards,
  event: HardshipEvent | HardshipEventInput,
): Determination<'temporary-aid'> {
  const h = programArgs('assessTemporaryAid', household, standards);
  const parsed = parseHardshipEvent(event);
  if (!parsed.ok) throw parsed.error;
  const e = parsed.value;
  const late = afterAssessmentDate(e.date, standards.on, ['date']);
  if (late !== undefined) throw new InputError('event', [late]);
  checkMemberRefs(h, e);
  const std = standards;
  const p = std.params.temporaryAid;
  const rec = new Recorder();

  // Kind provided by the region.
  const kinds = p?.kinds;
  if (kinds === undefined) rec.missingParameter(RULES.kind, 'temporaryAid.kinds');
  else if (!kinds.includes(e.kind)) {
    rec.finding(RULES.kind, {
      code: 'hardship_kind_not_provided',
      effect: 'disqualifies',
      facts: { kind: e.kind, kinds: kinds.join(',') },
      message: msg.kindNotProvided(e.kind, kinds),
    });
  }
  rec.step(RULES.kind, msg.kindProvided(e.kind, e.cause, e.date, e.region), {
    kind: e.kind,
    recipient: e.recipient,
    cause: e.cause,
    eventDate: e.date,
    eventRegion: e.region,
    affectedMemberIds: e.affectedMemberIds.join(','),
  });
  rec.value('kind', e.kind);
  rec.value('recipient', e.recipient);

  // Residence: exception (place of emergency) decided first and independently of the general rule.
  const place = p?.placeOfEmergency;
  const happenedHere = regionChain(e.region).includes(std.region);
  const exceptionApplies = place?.kinds.includes(e.kind) === true && happenedHere;
  if (exceptionApplies) {
    const message = msg.placeOfEmergency(e.region);
    rec.finding(RULES.placeOfEmergency, {
      code: 'aid_where_emergency_happened',
      effect: 'qualifies',
      facts: { eventRegion: e.region, region: std.region },
      message,
    });
    rec.step(RULES.placeOfEmergency, message, {
      eventRegion: e.region,
      hukouRequired: 'false',
    });
  } else residenceTest(h, rec, p, e.kind);

  // The household income (R1, the 低保 income rules), computed once when a test asks for it.
  let shared: HouseholdIncome | undefined;
  const income = () => {
    shared ??= computeHouseholdIncome(h, std, rec, {
      program: 'dibao',
      ...(h.area !== undefined ? { area: h.area } : {}),
    });
    return shared;
  };

  // Means (hardship) test: 靠自身和家庭无力解决 (银川 2021 二(七); 2018 意见 二(一)).
  hardshipTest(h, std, rec, e, income);

  // 支出型 income test, when the table gives it.
  const test = p?.expenditureIncomeTest;
  if (e.kind === 'expenditure' && test !== undefined)
    expenditureIncomeTest(h, std, rec, test, income);

  const amount = computeTemporaryAidAmount(h, std, rec, e);
  return rec.finish('temporary-aid', h.id, std, amount);
}

function expenditureIncomeTest(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  test: NonNullable<
    NonNullable<ResolvedStandards['params']['temporaryAid']>['expenditureIncomeTest']
  >,
  householdIncome: () => HouseholdIncome,
): void {
  const f = evaluateFigureObject(
    std,
    test.perCapitaBelow,
    'temporaryAid.expenditureIncomeTest.perCapitaBelow',
    h.area,
  );
  if (isMissing(f)) {
    rec.missingParameter(RULES.expenditureIncome, f.missing);
    return;
  }
  const income = householdIncome();
  if (!income.complete || income.members === 0) return;
  // The exact multiple is compared against (a derived line's rounding is for display only).
  const threshold = exactMonthly(f);
  const perCapita = income.counted.divInt(income.members);
  testThreshold(rec, RULES.expenditureIncome, {
    subject: 'per-capita monthly income',
    test: '<',
    actual: perCapita,
    threshold,
    unit: 'yuan',
    codes: ['expenditure_income_below_threshold', 'expenditure_income_not_below_threshold'],
    message: (below) => msg.expenditureIncome(yuan(perCapita), yuan(threshold), below),
    parameter: f.path,
    values: { perCapitaIncome: exact(perCapita) },
    parameters: [parameterUse(f)],
  });
}

function checkMemberRefs(h: Household, e: HardshipEvent): void {
  const ids = new Set(h.members.map((m) => m.id));
  const issues = [
    ...e.affectedMemberIds.map((id, i) => ({ id, path: ['affectedMemberIds', i] })),
    ...(e.memberIds ?? []).map((id, i) => ({ id, path: ['memberIds', i] })),
  ]
    .filter((x) => !ids.has(x.id))
    .map((x) => ({
      path: x.path as (string | number)[],
      pathText: `${x.path[0]}[${x.path[1]}]`,
      code: 'custom',
      message: {
        'zh-CN': `家庭中没有编号为 "${x.id}" 的成员`,
        en: `the household has no member with id "${x.id}"`,
      },
    }));
  if (issues.length > 0) throw new InputError('event', issues);
}
