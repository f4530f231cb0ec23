import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const STANDARDS = join(import.meta.dirname, '..', 'fixtures', 'standards');

/**
 * The benchmark's standards table: the bundled table plus the local example entries (their own
 * national entry left out: the bundled one is in force), so households meet gap payment, floors,
 * supplements, deductions and asset limits (band payment no longer: the 阳江 example entry pays by
 * the gap, as its text says; bands are in `local-rules.json`, which the benchmark does not load).
 *
 * @param standards - the folder of `bundled.json` and `examples.json` (a baseline release reads
 *   the tables of its own day)
 */
export function benchTableJson(standards = STANDARDS): {
  id: string;
  title: string;
  entries: unknown[];
} {
  const bundled = JSON.parse(readFileSync(join(standards, 'bundled.json'), 'utf8'));
  const examples = JSON.parse(readFileSync(join(standards, 'examples.json'), 'utf8'));
  return {
    id: 'jiuzhu-bench',
    title: 'bundled + examples (benchmark)',
    entries: [
      ...bundled.entries,
      ...examples.entries.filter((e: { region: string }) => e.region !== '100000'),
    ],
  };
}
