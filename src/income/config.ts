import { withinWindow } from '../dates/calendar';
import { Rational } from '../money/rational';
import type { IncomeType } from '../schema/household';
import type { ResolvedStandards } from '../standards/resolveStandards';
import type { IncomeExclusion, IncomeProgram } from './params';

/** What an income test of one program reads from the standards, read once per resolution. */
export interface IncomeConfig {
  /** Exclusions in force on the date for the program. */
  exclusions: readonly IncomeExclusion[];
  excludedTypes: ReadonlySet<IncomeType>;
  /** `exclusionsInForce` of the trace: the excluded types, comma-separated. */
  excludedText: string;
  /** Income types the employment deduction counts as work income. */
  workTypes: ReadonlySet<IncomeType>;
  /** Shares of the expenditure deductions, parsed (zero when the text is not a decimal). */
  medicalShare: Rational;
  educationShare: Rational;
}

/**
 * The income configuration of a program on resolved standards: exclusions in force on the
 * standards' date (审核确认办法 第十三条第二款) and the deduction shares, computed once per
 * resolution and program.
 */
export function incomeConfig(std: ResolvedStandards, program: IncomeProgram): IncomeConfig {
  let configs = std.memo.get('income') as Partial<Record<IncomeProgram, IncomeConfig>> | undefined;
  if (configs === undefined) {
    configs = {};
    std.memo.set('income', configs);
  }
  let config = configs[program];
  if (config !== undefined) return config;
  const params = std.params.income;
  const exclusions: IncomeExclusion[] = [];
  for (const x of Object.values(params?.exclusions ?? {})) {
    if (x === false || !withinWindow(std.on, x.from, x.to)) continue;
    if (x.programs === undefined || x.programs.includes(program)) exclusions.push(x);
  }
  const excludedTypes = new Set(exclusions.map((x) => x.type));
  const deductions = params?.deductions;
  config = {
    exclusions,
    excludedTypes,
    excludedText: [...excludedTypes].join(','),
    // The work income the deduction applies to: the table's types; without a deduction, 工资性收入
    // (审核确认办法 第十三条第一款第(一)项), so that the trace can say that none is deducted.
    workTypes: new Set(
      deductions?.employment === undefined ? ['wage'] : (deductions.employment.incomeTypes ?? []),
    ),
    medicalShare: shareOf(deductions?.medical?.share),
    educationShare: shareOf(deductions?.education?.share),
  };
  configs[program] = config;
  return config;
}

function shareOf(text: string | undefined): Rational {
  return (text === undefined ? undefined : Rational.parse(text)) ?? Rational.ZERO;
}
