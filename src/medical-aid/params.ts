import { z } from 'zod';

/** Parameters of the medical-aid program. Filled in by that program. */
export const medicalAidParamsSchema = z.strictObject({});
export type MedicalAidParams = z.infer<typeof medicalAidParamsSchema>;
