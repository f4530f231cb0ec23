import { z } from 'zod';
import { decimalTextSchema } from '../schema/primitives';

/**
 * Standard-setting rules a table may state about itself (R8), checked by `checkStandards`.
 * Wired into the table schema as `params.standardSetting`.
 */
export const standardSettingParamsSchema = z.strictObject({
  /**
   * The 低保 standard (× 12) as a share of the previous year's per-capita consumption expenditure
   * (`statistics.consumptionPerCapitaLastYear`), e.g. 常州 2021 二: 30 %–40 %.
   */
  dibaoShareOfConsumption: z
    .strictObject({ min: decimalTextSchema, max: decimalTextSchema })
    .optional(),
});
export type StandardSettingParams = z.infer<typeof standardSettingParamsSchema>;
