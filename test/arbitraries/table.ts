import fc from 'fast-check';
import {
  INCOME_TYPES,
  type IncomeType,
  parseStandardsTable,
  type RoundingMode,
  type RoundingUnit,
  type SchoolingLevel,
  STUDY_AWAY_LEVELS,
  type StandardsTable,
  type StandardsTableInput,
} from '../../src/index';
import { fenArb, fenText, multipleTextArb } from './money';

/** The generated tables hold one city (常州's code) with a county below it. */
export const CITY = '320400';
export const COUNTY = '320412';
/** Every generated entry is in force from this date. */
export const TABLE_FROM = '2020-01-01';

const UNITS: RoundingUnit[] = ['0.01', '0.1', '1', '5', '10'];
const MODES: RoundingMode[] = ['up', 'half-up', 'down'];
/** A rounding unit in fen. */
export const UNIT_FEN: Record<RoundingUnit, bigint> = {
  '0.01': 1n,
  '0.1': 10n,
  '1': 100n,
  '5': 500n,
  '10': 1000n,
};

export const roundingArb = fc.record({
  unit: fc.constantFrom(...UNITS),
  mode: fc.constantFrom(...MODES),
});

/** What the oracle needs to know about a generated table. */
export interface TableModel {
  /** Monthly 低保 standard in fen by area, computed by the oracle (derived figures included). */
  standardFen: { urban: bigint; rural: bigint };
  /** How the rural standard was written. */
  ruralDerived?: { multiple: string; unit: RoundingUnit; mode: RoundingMode };
  payment: 'gap' | 'bands';
  /** Excluded income types and their windows. */
  exclusions: { type: IncomeType; from?: string; to?: string }[];
  /** Levels of full-time study that keep a child living away a member (`income.studentsAway`). */
  studentLevels: SchoolingLevel[];
  /** Medical / education deductions: share text and optional monthly cap in fen. */
  deductions: { medical?: { share: string; capFen?: number }; education?: { share: string } };
  rounding: { unit: RoundingUnit; mode: RoundingMode };
  hasFloor: boolean;
  hasSupplements: boolean;
}

/** Options of {@link tableArb}. */
export interface TableOptions {
  /** Allow a floor and category supplements (need more facts; break the plain oracle). */
  extras?: boolean;
  /** Allow 分档 bands (the top band always reaches the standard). */
  bands?: boolean;
}

/**
 * Rounds `num / den` fen to a multiple of `unit` fen: the oracle for `roundMoney`, written on
 * plain bigints.
 */
export function roundFenOracle(num: bigint, den: bigint, unit: bigint, mode: RoundingMode): bigint {
  // value in units = num / (den × unit), all positive here.
  const q = num / (den * unit);
  const r = num - q * den * unit;
  if (r === 0n) return q * unit;
  if (mode === 'down') return q * unit;
  if (mode === 'up') return (q + 1n) * unit;
  return (2n * r >= den * unit ? q + 1n : q) * unit;
}

/** A multiple as numerator / denominator. */
export function multipleParts(text: string): { n: bigint; d: bigint } {
  const [whole, frac = ''] = text.split('.');
  return { n: BigInt(`${whole}${frac}`), d: 10n ** BigInt(frac.length) };
}

const figure = (fen: number) => ({ yuan: fenText(fen) });

/** A valid standards table with the model an oracle needs. */
export function tableArb(
  options: TableOptions = {},
): fc.Arbitrary<{ input: StandardsTableInput; table: StandardsTable; model: TableModel }> {
  return fc
    .record({
      urbanFen: fc.integer({ min: 10_000, max: 300_000 }),
      rural: fc.oneof(
        fc.record({
          kind: fc.constant('explicit' as const),
          fen: fc.integer({ min: 10_000, max: 300_000 }),
        }),
        fc.record({
          kind: fc.constant('derived' as const),
          multiple: multipleTextArb.filter((m) => m !== '0' && !/^0\.0*$/.test(m)),
          round: roundingArb,
        }),
      ),
      payment: options.bands
        ? fc.constantFrom('gap' as const, 'bands' as const)
        : fc.constant('gap' as const),
      bandFens: fc.uniqueArray(fc.integer({ min: 1, max: 99 }), { minLength: 0, maxLength: 3 }),
      bandPerPerson: fc.array(fenArb(200_000), { minLength: 4, maxLength: 4 }),
      exclusions: fc.uniqueArray(
        fc.record({
          type: fc.constantFrom(...INCOME_TYPES),
          window: fc.constantFrom('none', 'in', 'before', 'after'),
        }),
        { maxLength: 4, selector: (x) => x.type },
      ),
      studentLevels: fc.subarray([...STUDY_AWAY_LEVELS]),
      medical: fc.option(
        fc.record({
          share: fc.constantFrom('1', '0.5', '0.333333'),
          capFen: fc.option(fenArb(100_000), { nil: undefined }),
        }),
        { nil: undefined },
      ),
      education: fc.option(fc.record({ share: fc.constantFrom('1', '0.8') }), { nil: undefined }),
      rounding: roundingArb,
      floor: options.extras
        ? fc.option(fc.oneof(fenArb(50_000), fc.constant(-1)), { nil: undefined })
        : fc.constant(undefined),
      supplements: options.extras
        ? fc.option(
            fc.record({
              combine: fc.constantFrom('highest' as const, 'stack' as const),
              elderFen: fenArb(50_000),
              disabledShare: fc.constantFrom('0.1', '0.2', '0.15'),
            }),
            { nil: undefined },
          )
        : fc.constant(undefined),
    })
    .map((g) => {
      const urban = BigInt(g.urbanFen);
      let ruralFen: bigint;
      let ruralFigure: object;
      let ruralDerived: TableModel['ruralDerived'];
      if (g.rural.kind === 'explicit') {
        ruralFen = BigInt(g.rural.fen);
        ruralFigure = figure(g.rural.fen);
      } else {
        const { n, d } = multipleParts(g.rural.multiple);
        ruralFen = roundFenOracle(urban * n, d, UNIT_FEN[g.rural.round.unit], g.rural.round.mode);
        ruralFigure = {
          multiple: g.rural.multiple,
          of: 'dibao.standard.urban',
          round: g.rural.round,
        };
        ruralDerived = {
          multiple: g.rural.multiple,
          unit: g.rural.round.unit,
          mode: g.rural.round.mode,
        };
      }
      const exclusions = g.exclusions.map((x) => ({
        type: x.type,
        ...(x.window === 'in' ? { from: '2020-01-01', to: '2030-12-31' } : {}),
        ...(x.window === 'before' ? { to: '2019-12-31' } : {}),
        ...(x.window === 'after' ? { from: '2031-01-01' } : {}),
      }));
      // Bands: shares (percent) of the area standard, ascending, plus a top band at the standard.
      const shares = [...g.bandFens].sort((a, b) => a - b);
      const perPerson = [...g.bandPerPerson].sort((a, b) => b - a);
      const bands = [
        ...shares.map((pct, i) => ({
          below: {
            multiple: (pct / 100).toFixed(2),
            of: 'dibao.standard.@area',
            round: { unit: '0.01', mode: 'down' },
          },
          perPerson: figure(perPerson[i] ?? 0),
        })),
        {
          below: {
            multiple: '1',
            of: 'dibao.standard.@area',
            round: { unit: '0.01', mode: 'down' },
          },
          perPerson: figure(perPerson[shares.length] ?? 0),
        },
      ];
      const dibao: Record<string, unknown> = {
        payment: g.payment === 'gap' ? { method: 'gap' } : { method: 'bands', bands },
        rounding: g.rounding,
        // The generated tables state that no property limit is tested (without it, 低保 is
        // undetermined: no property limits is not a pass).
        assets: 'not-tested',
      };
      if (g.floor !== undefined)
        dibao.floor = g.floor < 0 ? { shareOfStandard: '0.1' } : { perPerson: figure(g.floor) };
      if (g.supplements !== undefined) {
        dibao.supplements = {
          combine: g.supplements.combine,
          items: [
            {
              id: 'elderly',
              label: { 'zh-CN': '老年人', en: 'elderly' },
              when: [{ kind: 'age-at-least', years: 60 }],
              amount: { fixed: figure(g.supplements.elderFen) },
            },
            {
              id: 'disabled',
              label: { 'zh-CN': '重度残疾人', en: 'severely disabled' },
              when: [{ kind: 'disability', grades: [1, 2] }],
              amount: { shareOfStandard: g.supplements.disabledShare },
            },
          ],
        };
      }
      const deductions: Record<string, unknown> = {};
      if (g.medical)
        deductions.medical = {
          share: g.medical.share,
          ...(g.medical.capFen !== undefined ? { cap: figure(g.medical.capFen) } : {}),
        };
      if (g.education) deductions.education = { share: g.education.share };
      const input = {
        id: 'generated',
        entries: [
          {
            id: 'national',
            region: '100000',
            effective: { from: TABLE_FROM },
            illustrative: 'generated by a property test',
            params: {
              income: {
                exclusions: Object.fromEntries(exclusions.map((x) => [`x-${x.type}`, x])),
                studentsAway: { levels: g.studentLevels },
                ...(Object.keys(deductions).length ? { deductions } : {}),
              },
              dibao,
            },
          },
          {
            id: 'city',
            region: CITY,
            effective: { from: TABLE_FROM },
            illustrative: 'generated by a property test',
            params: { dibao: { standard: { urban: figure(g.urbanFen), rural: ruralFigure } } },
          },
        ],
      } as StandardsTableInput;
      const parsed = parseStandardsTable(input);
      if (!parsed.ok) throw parsed.error;
      const model: TableModel = {
        standardFen: { urban, rural: ruralFen },
        ...(ruralDerived ? { ruralDerived } : {}),
        payment: g.payment,
        exclusions,
        studentLevels: g.studentLevels,
        deductions: {
          ...(g.medical
            ? {
                medical: {
                  share: g.medical.share,
                  ...(g.medical.capFen !== undefined ? { capFen: g.medical.capFen } : {}),
                },
              }
            : {}),
          ...(g.education ? { education: g.education } : {}),
        },
        rounding: g.rounding,
        hasFloor: g.floor !== undefined,
        hasSupplements: g.supplements !== undefined,
      };
      return { input, table: parsed.value, model };
    });
}
