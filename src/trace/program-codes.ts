import type * as DisabilitySubsidy from '../disability-subsidy/codes';
import type * as ElderlyCare from '../elderly-care/codes';
import type * as LowIncome from '../low-income/codes';
import type * as MedicalAid from '../medical-aid/codes';
import type * as PhaseOut from '../phase-out/codes';
import type * as PovertyScore from '../poverty-score/codes';
import type * as SinglePerson from '../single-person/codes';
import type * as SpecialAid from '../special-aid/codes';
import type * as Tekun from '../tekun/codes';
import type * as TemporaryAid from '../temporary-aid/codes';

/** Comparison codes the programs add. */
export type ProgramComparisonCode =
  | LowIncome.ComparisonCodes
  | Tekun.ComparisonCodes
  | TemporaryAid.ComparisonCodes
  | PhaseOut.ComparisonCodes
  | SinglePerson.ComparisonCodes
  | MedicalAid.ComparisonCodes
  | SpecialAid.ComparisonCodes
  | ElderlyCare.ComparisonCodes
  | DisabilitySubsidy.ComparisonCodes
  | PovertyScore.ComparisonCodes;

/** Finding codes the programs add. */
export type ProgramFindingCode =
  | LowIncome.FindingCodes
  | Tekun.FindingCodes
  | TemporaryAid.FindingCodes
  | PhaseOut.FindingCodes
  | SinglePerson.FindingCodes
  | MedicalAid.FindingCodes
  | SpecialAid.FindingCodes
  | ElderlyCare.FindingCodes
  | DisabilitySubsidy.FindingCodes
  | PovertyScore.FindingCodes;
