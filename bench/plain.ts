import type { Household } from '../src/schema/household';
import type { ResolvedStandards } from '../src/standards/resolveStandards';

/**
 * The plain-number baseline: the arithmetic of the 低保 decision (co-resident members, monthly
 * income items, excluded types, medical/education/employment deductions, gap or band, floor,
 * rounding to the fen) in binary floats with no validation and no trace. NOT exact — it exists
 * only to show what the exact, traced library costs against the bare arithmetic.
 */
export interface PlainConfig {
  standard: number;
  excluded: Set<string>;
  medicalShare: number;
  educationShare: number;
  employmentShare: number;
  employmentCap: number;
  workTypes: Set<string>;
  workStatuses: Set<string>;
  bands: { below: number; atMost: boolean; perPerson: number }[] | undefined;
  floorShare: number;
}

/** The plain configuration read once from resolved standards (outside any timing). */
export function plainConfig(std: ResolvedStandards, area: 'urban' | 'rural'): PlainConfig {
  const p = std.params;
  const fig = (f: unknown): number => {
    const x = f as { yuan?: string; multiple?: string };
    return x?.yuan !== undefined ? Number(x.yuan) : Number(x?.multiple ?? 0) * standard;
  };
  const standard = Number((p.dibao?.standard?.[area] as { yuan?: string } | undefined)?.yuan ?? 0);
  const ex = p.income?.exclusions ?? {};
  const excluded = new Set<string>();
  for (const x of Object.values(ex)) if (x !== false) excluded.add((x as { type: string }).type);
  const emp = p.income?.deductions?.employment;
  const pay = p.dibao?.payment;
  const floor = p.dibao?.floor as { shareOfStandard?: string } | undefined;
  return {
    standard,
    excluded,
    medicalShare: Number(p.income?.deductions?.medical?.share ?? 0),
    educationShare: Number(p.income?.deductions?.education?.share ?? 0),
    employmentShare: Number(emp?.share ?? 0),
    employmentCap: emp?.cap !== undefined ? fig(emp.cap) : Number.POSITIVE_INFINITY,
    workTypes: new Set(emp?.incomeTypes ?? []),
    workStatuses: new Set(emp?.employment ?? []),
    bands:
      pay?.method === 'bands'
        ? pay.bands.map((b) => ({
            below: fig('below' in b ? b.below : b.atMost),
            atMost: !('below' in b),
            perPerson: fig(b.perPerson),
          }))
        : undefined,
    floorShare: Number(floor?.shareOfStandard ?? 0),
  };
}

/** The monthly amount in plain numbers, or -1 when not eligible. */
export function plainDibao(h: Household, c: PlainConfig): number {
  const counted = new Set<string>();
  const status = new Map<string, string | undefined>();
  for (const m of h.members)
    if (m.livesWithHousehold) {
      counted.add(m.id);
      status.set(m.id, m.employment);
    }
  const n = counted.size;
  if (n === 0) return -1;
  let income = 0;
  let employment = 0;
  for (const it of h.incomes) {
    if (it.memberId === undefined || !counted.has(it.memberId)) continue;
    if (c.excluded.has(it.type)) continue;
    const v = it.period === 'year' ? Number(it.amount) / 12 : Number(it.amount);
    income += v;
    if (c.workTypes.has(it.type) && c.workStatuses.has(status.get(it.memberId) ?? ''))
      employment += Math.min(v * c.employmentShare, c.employmentCap);
  }
  let medical = 0;
  let education = 0;
  for (const e of h.expenditures ?? []) {
    if (e.memberId === undefined || !counted.has(e.memberId)) continue;
    const v = e.period === 'year' ? Number(e.amount) / 12 : Number(e.amount);
    if (e.kind === 'medical') medical += v;
    else education += v;
  }
  const net = Math.max(
    0,
    income - medical * c.medicalShare - education * c.educationShare - employment,
  );
  if (!(net < c.standard * n)) return -1;
  let base = c.standard * n - net;
  if (c.bands) {
    const perCapita = net / n;
    let best: { below: number; atMost: boolean; perPerson: number } | undefined;
    for (const b of c.bands)
      if (
        (b.atMost ? perCapita <= b.below : perCapita < b.below) &&
        (!best || b.below < best.below)
      )
        best = b;
    base = (best?.perPerson ?? 0) * n;
  }
  base = Math.max(base, c.floorShare * c.standard * n);
  return Math.round(base * 100) / 100;
}
