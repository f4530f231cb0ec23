import type { ResolvedStandards } from '../standards/resolveStandards';

let current: ResolvedStandards | undefined;

/**
 * Runs `fn` as one assessment on these standards: the determinations it makes leave their stamp
 * to the assessment, which carries it once.
 */
export function withinAssessment<T>(std: ResolvedStandards, fn: () => T): T {
  const previous = current;
  current = std;
  try {
    return fn();
  } finally {
    current = previous;
  }
}

/** True while an assessment on these standards is being made. */
export function assessing(std: ResolvedStandards): boolean {
  return current === std;
}
