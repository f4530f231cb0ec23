import * as lib from '../../src/index';
import {
  assess,
  assessDibao,
  type Determination,
  type HouseholdInput,
  resolveStandards,
  type StandardsTable,
} from '../../src/index';

/**
 * Every program the invariants run over. A new program joins every property, hostile-input and
 * privacy test by adding one entry here.
 */
export interface ProgramEntry {
  program: string;
  /** Runs the program; throws InputError / StandardsError for bad input. */
  run: (household: HouseholdInput | unknown, table: StandardsTable, on: string) => Determination[];
  /** The program's amount never rises with income (true for the income-tested benefits). */
  monotoneInIncome: boolean;
}

function resolved(table: StandardsTable, household: unknown, on: string) {
  // The household's region only when it is text: a hostile value may not even convert to one.
  const given =
    typeof household === 'object' && household !== null && 'region' in household
      ? (household as { region: unknown }).region
      : undefined;
  const region = typeof given === 'string' ? given : '';
  const r = resolveStandards(table, { region, on });
  if (!r.ok) throw r.error;
  return r.value;
}

type Single = (h: unknown, std: ReturnType<typeof resolved>) => Determination | Determination[];

/** A per-program function `(household, standards) → Determination`, when the library has it. */
function single(program: string, name: string, monotone: boolean): ProgramEntry[] {
  const fn = (lib as unknown as Record<string, Single | undefined>)[name];
  if (typeof fn !== 'function') return [];
  return [
    {
      program,
      run: (h, table, on) => [fn(h, resolved(table, h, on))].flat(),
      monotoneInIncome: monotone,
    },
  ];
}

/**
 * Programs with further required inputs (assessTemporaryAid: an event; assessMedicalAid: a bill)
 * join through `assess`, which gives them their inputs.
 */
export const PROGRAMS: ProgramEntry[] = [
  {
    program: 'dibao',
    run: (h, table, on) => [assessDibao(h as HouseholdInput, resolved(table, h, on))],
    monotoneInIncome: true,
  },
  ...single('low-income', 'assessLowIncome', false),
  ...single('tekun', 'assessTekun', false),
  ...single('phase-out', 'assessPhaseOut', false),
  ...single('single-person', 'assessSinglePerson', false),
  ...single('elderly-care', 'assessElderlyCare', false),
  ...single('disability-subsidy', 'assessDisabilitySubsidies', false),
  ...single('premium-subsidy', 'assessPremiumSubsidy', false),
  ...single('education-aid', 'assessEducationAid', false),
  ...single('employment-aid', 'assessEmploymentAid', false),
  ...single('housing-aid', 'assessHousingAid', false),
  {
    program: 'assess',
    run: (h, table, on) =>
      Object.values(assess(h as HouseholdInput, table, { on }).determinations).filter(
        (d) => d !== undefined,
      ) as Determination[],
    monotoneInIncome: false,
  },
];
