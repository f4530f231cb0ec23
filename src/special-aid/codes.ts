/** Reason codes this program adds to the determination contract (see src/trace/types.ts). */
export type ComparisonCodes = 'age_within_range' | 'age_outside_range';
export type FindingCodes =
  | 'member_qualifies'
  | 'member_does_not_qualify'
  | 'no_member_qualifies'
  | 'placement_required'
  | 'job_seeking_subsidy'
  | 'public_rental_or_rent_subsidy'
  | 'unsafe_house_renovation'
  | 'no_housing_aid';
