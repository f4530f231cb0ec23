// Public exports of the table checks (R8); re-exported from src/index.ts.
export {
  checkStandards,
  MAX_MULTIPLE,
  type StandardsFinding,
  type StandardsFindingCode,
} from './checkStandards';
export { type StandardSettingParams, standardSettingParamsSchema } from './params';
export { type AssessmentStandardsFinding, standardsFindingsFor } from './standardsFindingsFor';
