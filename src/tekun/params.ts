import { z } from 'zod';

/** 特困 (R4) parameters. Filled in by the tekun program. */
export const tekunParamsSchema = z.strictObject({});
export type TekunParams = z.infer<typeof tekunParamsSchema>;
