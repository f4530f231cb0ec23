// Public exports of this program; re-exported from src/index.ts.
export { assessTekun, type TekunDetermination } from './assessTekun';
export { assessTekunMember } from './assessTekunMember';
export {
  type CareLevelResult,
  careLevelFromActivities,
  DAILY_ACTIVITIES,
} from './careLevelFromActivities';
export type { CareLevel, SupporterCondition, TekunParams } from './params';
export { careLevelSchema, supporterConditionSchema, tekunParamsSchema } from './params';
export {
  type AlleviatedRoute,
  type AlleviatedRouting,
  routePovertyAlleviated,
} from './routePovertyAlleviated';
