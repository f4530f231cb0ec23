// Public exports of this program; re-exported from src/index.ts.
export { assessTemporaryAid } from './assessTemporaryAid';
export {
  CAUSES_BY_KIND,
  HARDSHIP_CAUSES,
  type HardshipCause,
  type HardshipEvent,
  type HardshipEventInput,
  hardshipCauseSchema,
  hardshipEventSchema,
} from './event-schema';
export {
  HARDSHIP_KINDS,
  type HardshipKind,
  hardshipKindSchema,
  type TemporaryAidParams,
  temporaryAidParamsSchema,
} from './params';
export { parseHardshipEvent } from './parseHardshipEvent';
export { TEMPORARY_AID_RULES } from './rules';
