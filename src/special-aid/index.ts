// Public exports of this program; re-exported from src/index.ts.

// The housing facts of the snapshot used by housing aid (src/schema/household.ts).
export { type Housing, housingSchema } from '../schema/household';
export { assessEducationAid } from './assessEducationAid';
export { assessEmploymentAid, type EmploymentAidDetermination } from './assessEmploymentAid';
export { assessHousingAid, type HousingAidDetermination } from './assessHousingAid';
export type { MemberDetermination, MembersDetermination } from './member-outcomes';
export { type SpecialAidParams, specialAidParamsSchema } from './params';
export {
  type DatedGroups,
  datedGroupsSchema,
  RECIPIENT_GROUPS,
  type RecipientGroup,
  recipientGroupSchema,
} from './recipient-groups';
