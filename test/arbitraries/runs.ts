/**
 * How many cases each property runs. Under mutation testing (`npm run mutate` sets
 * JIUZHU_MUTATION) every mutant reruns the suite, so the properties run fewer cases there.
 */
export const MUTATION = process.env.JIUZHU_MUTATION === '1';

/** Cases per property: at least 1,000 in the ordinary suite. */
export const RUNS = MUTATION ? 40 : 1_000;

/** Scales a hostile-input count down under mutation testing. */
export function scaled(count: number): number {
  return MUTATION ? Math.max(20, Math.floor(count / 100)) : count;
}
