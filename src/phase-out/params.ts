import { z } from 'zod';

/** What lifted the household's income: only the table's triggers earn a phase-out. */
export const PHASE_OUT_TRIGGERS = ['employment', 'other'] as const;

/** 渐退期 (R6) parameters. */
export const phaseOutParamsSchema = z.strictObject({
  /**
   * Longest phase-out in calendar months (银川 2021 二(四): 18; national 2022 notice 一(三):
   * "原则上不超过6个月").
   */
  months: z.int().min(1).max(120).optional(),
  /** Triggers that earn a phase-out (银川 2021 二(四), 57号 第三十三条: `employment`). */
  triggers: z.array(z.enum(PHASE_OUT_TRIGGERS)).min(1).optional(),
});
export type PhaseOutParams = z.infer<typeof phaseOutParamsSchema>;
