// Public exports of this program; re-exported from src/index.ts.
export {
  assessDisabilitySubsidies,
  type DisabilitySubsidyDetermination,
} from './assessDisabilitySubsidies';
export {
  type CareGrant,
  careGrantSchema,
  type DisabilitySubsidyParams,
  disabilitySubsidyParamsSchema,
  type LivingCondition,
  type LivingGrant,
  livingConditionSchema,
  livingGrantSchema,
} from './params';
