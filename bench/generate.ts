/**
 * A seeded generator of realistic household snapshots for the benchmark: 1–8 members with birth
 * dates, disability, employment and co-residence; several income items per member (monthly and
 * yearly, some excluded types); medical and education expenditure; assets; statuses. Amounts are
 * decimal strings or whole-yuan numbers, as callers send them.
 */

/** mulberry32: a small, fast, seeded PRNG returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Regions of the benchmark table (bundled + examples) and their weights. */
export const BENCH_REGIONS = ['320412', '640104', '320102', '210202', '370702', '610702', '441702'];
export const BENCH_ON = '2021-08-01';

const INCOME_TYPES = [
  'wage',
  'wage',
  'wage',
  'business',
  'pension',
  'basic-pension',
  'transfer',
  'support',
  'award',
];
const EMPLOYMENT = [
  'employed',
  'self-employed',
  'flexible',
  'unemployed',
  'retired',
  'not-in-labour-force',
];
const DISABILITY = [
  'visual',
  'hearing',
  'speech',
  'physical',
  'intellectual',
  'mental',
  'multiple',
];

/** A generator of households; the same seed gives the same sequence. */
export function householdGenerator(seed: number): (i: number) => Record<string, unknown> {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const pad = (n: number) => (n < 10 ? `0${n}` : String(n));
  // Amount in fen → "123.45" or, a third of the time, a whole-yuan JSON number.
  const money = (fen: number): string | number =>
    r() < 0.33 ? Math.round(fen / 100) : `${Math.floor(fen / 100)}.${pad(fen % 100)}`;

  return (i) => {
    const n = int(1, 8);
    const members = [];
    const incomes = [];
    for (let k = 0; k < n; k++) {
      const id = `m${k + 1}`;
      const birthYear = int(1930, 2020);
      const member: Record<string, unknown> = {
        id,
        birthDate: `${birthYear}-${pad(int(1, 12))}-${pad(int(1, 28))}`,
        relation: k === 0 ? 'head' : pick(['spouse', 'child', 'parent', 'grandchild', 'sibling']),
        livesWithHousehold: r() < 0.93,
        disability: r() < 0.12 ? { category: pick(DISABILITY), grade: int(1, 4) } : null,
        seriousIllness: r() < 0.08,
        employment: pick(EMPLOYMENT),
      };
      if (r() < 0.3) member.labourCapacity = pick(['full', 'partial', 'none']);
      members.push(member);
      const items = int(0, 3);
      for (let j = 0; j < items; j++) {
        const yearly = r() < 0.25;
        const fen = int(0, yearly ? 3_000_000 : 250_000);
        incomes.push({
          memberId: id,
          type: pick(INCOME_TYPES),
          amount: money(fen),
          period: yearly ? 'year' : 'month',
        });
      }
    }
    if (r() < 0.3)
      incomes.push({ type: 'property', amount: money(int(0, 50_000)), period: 'month' });
    const expenditures = [];
    if (r() < 0.4) {
      for (let j = int(1, 2); j > 0; j--)
        expenditures.push({
          memberId: `m${int(1, n)}`,
          kind: pick(['medical', 'education']),
          amount: money(int(0, 2_000_000)),
          period: r() < 0.5 ? 'year' : 'month',
        });
    }
    const h: Record<string, unknown> = {
      id: `h${i}`,
      region: pick(BENCH_REGIONS),
      area: r() < 0.5 ? 'urban' : 'rural',
      localHukou: r() < 0.95,
      members,
      incomes,
      expenditures,
      assets: {
        financial: money(int(0, 8_000_000)),
        vehicles: r() < 0.1 ? 1 : 0,
        housingUnits: int(0, 2),
      },
    };
    if (r() < 0.2)
      h.status = { dibao: true, dibaoSince: `20${pad(int(15, 20))}-${pad(int(1, 12))}-01` };
    if (r() < 0.05) h.application = { date: '2021-07-15', nearRelativeOfStaff: r() < 0.5 };
    return h;
  };
}
