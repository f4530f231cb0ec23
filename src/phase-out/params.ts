import { z } from 'zod';

/** 渐退期 (R6) parameters. Filled in by the phase-out program. */
export const phaseOutParamsSchema = z.strictObject({});
export type PhaseOutParams = z.infer<typeof phaseOutParamsSchema>;
