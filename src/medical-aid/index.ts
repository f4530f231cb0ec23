// Public exports of this program; re-exported from src/index.ts.
export { assessMedicalAid } from './assessMedicalAid';
export { assessPremiumSubsidy } from './assessPremiumSubsidy';
export { type MedicalBill, type MedicalBillInput, medicalBillSchema } from './bill';
export {
  BILL_KINDS,
  type MedicalAidGroup,
  type MedicalAidParams,
  medicalAidGroupSchema,
  medicalAidParamsSchema,
  type PremiumGrant,
} from './params';
