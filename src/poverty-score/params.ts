import { z } from 'zod';

/** Parameters of the poverty-score program. Filled in by that program. */
export const povertyScoreParamsSchema = z.strictObject({});
export type PovertyScoreParams = z.infer<typeof povertyScoreParamsSchema>;
