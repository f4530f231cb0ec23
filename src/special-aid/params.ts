import { z } from 'zod';

/** Parameters of the special-aid program. Filled in by that program. */
export const specialAidParamsSchema = z.strictObject({});
export type SpecialAidParams = z.infer<typeof specialAidParamsSchema>;
