import { z } from 'zod';

/** Parameters of the disability-subsidy program. Filled in by that program. */
export const disabilitySubsidyParamsSchema = z.strictObject({});
export type DisabilitySubsidyParams = z.infer<typeof disabilitySubsidyParamsSchema>;
