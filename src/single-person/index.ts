// Public exports of this program; re-exported from src/index.ts.
export { assessSinglePerson, type SinglePersonDetermination } from './assessSinglePerson';
export {
  type SinglePersonCategory,
  type SinglePersonParams,
  singlePersonCategorySchema,
  singlePersonIncomeWindowSchema,
  singlePersonParamsSchema,
} from './params';
export { SINGLE_PERSON_RULES } from './rules';
