import { z } from 'zod';

/** 单人户 (R7) parameters. Filled in by the single-person program. */
export const singlePersonParamsSchema = z.strictObject({});
export type SinglePersonParams = z.infer<typeof singlePersonParamsSchema>;
