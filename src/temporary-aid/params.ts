import { z } from 'zod';

/** 临时救助 (R5) parameters. Filled in by the temporary-aid program. */
export const temporaryAidParamsSchema = z.strictObject({});
export type TemporaryAidParams = z.infer<typeof temporaryAidParamsSchema>;
