import { z } from 'zod';

/** 低收入家庭 (R3) parameters. Filled in by the low-income program. */
export const lowIncomeParamsSchema = z.strictObject({});
export type LowIncomeParams = z.infer<typeof lowIncomeParamsSchema>;
