/** The most threads `--workers` may ask for, even with `--workers-force`. */
export const MAX_WORKERS = 64;

/** The number of assessing threads a run uses, and the note said on stderr when it differs. */
export interface ThreadCount {
  threads: number;
  /** Why fewer threads run than were asked for; absent when the request is kept. */
  note?: string;
}

/**
 * The threads of `jiuzhu assess --workers N`: N, but at most `cores` (the machine's available
 * parallelism) unless forced. More threads than cores only add memory and switching: `--workers
 * 64` on two cores took 2 GB of RSS and five times as long as `--workers 2`.
 *
 * @param requested - N of `--workers N` (0 and 1 both mean this thread only)
 * @param cores - `os.availableParallelism()`
 * @param force - `--workers-force`: run N threads whatever the cores
 * @example
 * threadCount(64, 2, false)
 * //=> { threads: 2, note: '--workers 64 capped at 2, the available cores (--workers-force to run 64)' }
 */
export function threadCount(requested: number, cores: number, force: boolean): ThreadCount {
  const limit = Math.max(1, Math.floor(cores));
  if (force || requested <= limit) return { threads: requested };
  return {
    threads: limit,
    note: `--workers ${requested} capped at ${limit}, the available cores (--workers-force to run ${requested})`,
  };
}
