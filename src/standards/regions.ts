/** The national region code used for national default entries. */
export const NATIONAL_REGION = '100000';

/**
 * The layers a GB/T 2260 code inherits from, most general first:
 * `320412` → `['100000', '320000', '320400', '320412']`.
 *
 * @example
 * regionChain('640100') // ['100000', '640000', '640100']
 */
export function regionChain(region: string): string[] {
  if (region === NATIONAL_REGION) return [NATIONAL_REGION];
  const province = `${region.slice(0, 2)}0000`;
  const city = `${region.slice(0, 4)}00`;
  const chain = [NATIONAL_REGION, province];
  if (city !== province) chain.push(city);
  if (region !== city) chain.push(region);
  return chain;
}
