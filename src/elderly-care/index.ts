// Public exports of this program; re-exported from src/index.ts.
export { assessElderlyCare } from './assessElderlyCare';
export {
  type ElderlyCareParams,
  type ElderlyCareRule,
  elderlyCareParamsSchema,
  elderlyCareRuleSchema,
} from './params';
