import fc from 'fast-check';
import {
  DISABILITY_CATEGORIES,
  type HouseholdInput,
  INCOME_TYPES,
  type IncomeType,
  STUDY_AWAY_LEVELS,
} from '../../src/index';
import { isoDateArb } from './dates';
import { fenArb, moneyInput } from './money';
import { CITY, COUNTY } from './table';

/** One member as generated: the facts plus the personal data that must never be echoed. */
export interface MemberSpec {
  id: string;
  livesWithHousehold: boolean | undefined;
  /** `child` or `sibling` (a complete household always states it), or unknown. */
  relation: 'child' | 'sibling' | undefined;
  /** Level of full-time study the member lives away for; `null`: not away for study. */
  awayForFullTimeStudy: (typeof STUDY_AWAY_LEVELS)[number] | null | undefined;
  birthDate: string | undefined;
  disability:
    | { category: (typeof DISABILITY_CATEGORIES)[number]; grade: number }
    | null
    | undefined;
  name: string | undefined;
  idNumber: string | undefined;
}

/** One income item in fen. */
export interface IncomeSpec {
  member: number | undefined;
  type: IncomeType;
  fen: number;
  period: 'month' | 'year';
  asNumber: boolean;
  /** Of a `basic-pension` item: its centrally set part in fen (at most `fen`), or unstated. */
  centralFen?: number | undefined;
}

/** One rigid expenditure in fen. */
export interface ExpenditureSpec {
  member: number | undefined;
  kind: 'medical' | 'education';
  fen: number;
  period: 'month' | 'year';
}

/** A generated household, in fen, before it is written as input. */
export interface HouseholdSpec {
  region: string;
  area: 'urban' | 'rural' | undefined;
  members: MemberSpec[];
  incomes: IncomeSpec[];
  expenditures: ExpenditureSpec[] | undefined;
  nearRelativeOfStaff: boolean | undefined;
}

/** Options of {@link householdSpecArb}. */
export interface HouseholdOptions {
  /** Every fact the 低保 decision can need is stated (no `undetermined` for missing facts). */
  complete?: boolean;
  maxMembers?: number;
  /** Personal data generator for names; random CJK/Latin strings by default. */
  withPersonalData?: boolean;
}

/** A name that cannot occur in output by accident: 8–16 characters, CJK and Latin. */
export const personalNameArb: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz'),
    ),
    { minLength: 8, maxLength: 16 },
  )
  .map((cs) => cs.join(''));

/** An 18-character resident ID number shape (17 digits and a check character). */
export const idNumberArb: fc.Arbitrary<string> = fc
  .tuple(fc.stringMatching(/^[1-6]\d{16}$/), fc.constantFrom(...'0123456789X'))
  .map(([head, check]) => head + check);

function opt<T>(arb: fc.Arbitrary<T>, complete: boolean): fc.Arbitrary<T | undefined> {
  return complete ? arb : fc.option(arb, { nil: undefined, freq: 4 });
}

/** A household spec with valid member references. */
export function householdSpecArb(options: HouseholdOptions = {}): fc.Arbitrary<HouseholdSpec> {
  const complete = options.complete ?? false;
  const personal = options.withPersonalData ?? true;
  return fc.integer({ min: 1, max: options.maxMembers ?? 6 }).chain((n) => {
    const memberIndex = fc.option(fc.integer({ min: 0, max: n - 1 }), { nil: undefined, freq: 5 });
    return fc.record({
      region: fc.constantFrom(CITY, COUNTY),
      area: opt(fc.constantFrom('urban' as const, 'rural' as const), complete),
      members: fc.tuple(
        ...Array.from({ length: n }, (_, i) =>
          fc.record({
            id: fc.constant(`m${i}`),
            livesWithHousehold: opt(fc.boolean(), complete).map((v) =>
              i === 0 && v === false ? true : v,
            ),
            relation: complete
              ? fc.constantFrom('child' as const, 'sibling' as const)
              : fc.option(fc.constantFrom('child' as const, 'sibling' as const), {
                  nil: undefined,
                  freq: 3,
                }),
            awayForFullTimeStudy: opt(
              fc.option(fc.constantFrom(...STUDY_AWAY_LEVELS), { nil: null, freq: 2 }),
              complete,
            ),
            birthDate: opt(isoDateArb(1920, 2020), complete),
            disability: opt(
              fc.option(
                fc.record({
                  category: fc.constantFrom(...DISABILITY_CATEGORIES),
                  grade: fc.integer({ min: 1, max: 4 }),
                }),
                { nil: null },
              ),
              complete,
            ),
            name: personal
              ? fc.option(personalNameArb, { nil: undefined, freq: 5 })
              : fc.constant(undefined),
            idNumber: personal
              ? fc.option(idNumberArb, { nil: undefined, freq: 5 })
              : fc.constant(undefined),
          }),
        ),
      ),
      incomes: fc.array(
        fc
          .record({
            member: memberIndex,
            type: fc.constantFrom(...INCOME_TYPES),
            fen: fenArb(),
            period: fc.constantFrom('month' as const, 'year' as const),
            asNumber: fc.boolean(),
            centralShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
          })
          .map(({ centralShare, ...x }) => ({
            ...x,
            centralFen:
              x.type === 'basic-pension' && centralShare !== undefined
                ? Math.floor((x.fen * centralShare) / 100)
                : undefined,
          })),
        { maxLength: 8 },
      ),
      expenditures: (complete ? fc.constant(true) : fc.boolean()).chain((present) =>
        present
          ? fc.array(
              fc.record({
                member: memberIndex,
                kind: fc.constantFrom('medical' as const, 'education' as const),
                fen: fenArb(300_000),
                period: fc.constantFrom('month' as const, 'year' as const),
              }),
              { maxLength: 4 },
            )
          : fc.constant(undefined),
      ),
      nearRelativeOfStaff: fc.option(fc.boolean(), { nil: undefined }),
    });
  });
}

/** Writes a spec as the JSON a caller would send. */
export function toInput(spec: HouseholdSpec, id = 'h'): HouseholdInput {
  const memberId = (i: number | undefined) => (i === undefined ? {} : { memberId: `m${i}` });
  return {
    id,
    region: spec.region,
    ...(spec.area !== undefined ? { area: spec.area } : {}),
    members: spec.members.map((m) => ({
      id: m.id,
      ...(m.name !== undefined ? { name: m.name } : {}),
      ...(m.idNumber !== undefined ? { idNumber: m.idNumber } : {}),
      ...(m.birthDate !== undefined ? { birthDate: m.birthDate } : {}),
      ...(m.livesWithHousehold !== undefined ? { livesWithHousehold: m.livesWithHousehold } : {}),
      ...(m.relation !== undefined ? { relation: m.relation } : {}),
      ...(m.awayForFullTimeStudy !== undefined
        ? { awayForFullTimeStudy: m.awayForFullTimeStudy }
        : {}),
      ...(m.disability !== undefined ? { disability: m.disability as never } : {}),
    })),
    incomes: spec.incomes.map((x) => ({
      ...memberId(x.member),
      type: x.type,
      amount: moneyInput(x.fen, x.asNumber),
      period: x.period,
      ...(x.centralFen !== undefined ? { centralPortion: moneyInput(x.centralFen, false) } : {}),
    })),
    ...(spec.expenditures !== undefined
      ? {
          expenditures: spec.expenditures.map((x) => ({
            ...memberId(x.member),
            kind: x.kind,
            amount: moneyInput(x.fen, false),
            period: x.period,
          })),
        }
      : {}),
    ...(spec.nearRelativeOfStaff !== undefined
      ? { application: { nearRelativeOfStaff: spec.nearRelativeOfStaff } }
      : {}),
  };
}
