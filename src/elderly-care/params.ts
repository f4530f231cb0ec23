import { z } from 'zod';

/** Parameters of the elderly-care program. Filled in by that program. */
export const elderlyCareParamsSchema = z.strictObject({});
export type ElderlyCareParams = z.infer<typeof elderlyCareParamsSchema>;
