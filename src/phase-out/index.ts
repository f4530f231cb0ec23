// Public exports of this program; re-exported from src/index.ts.
export { assessPhaseOut } from './assessPhaseOut';
export { PHASE_OUT_TRIGGERS, type PhaseOutParams, phaseOutParamsSchema } from './params';
export { type PhaseOutPeriod, phaseOutPeriod } from './phaseOutPeriod';
export { PHASE_OUT_RULES } from './rules';
