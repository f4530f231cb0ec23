// Public exports of this program; re-exported from src/index.ts.
export { assessLowIncome } from './assessLowIncome';
export type { AssetLimits, AssetRule, LowIncomeParams } from './params';
export { assetRuleSchema, lowIncomeParamsSchema } from './params';
