// Prints the JSON of every fixture household's determinations and of date helpers; run by
// timezones.test.ts under several TZ values (`node --import tsx test/properties/tz-run.ts`).
import {
  addCalendarMonths,
  ageOn,
  assess,
  parseHousehold,
  resolveStandards,
} from '../../src/index';
import { loadHouseholdFixtures, loadTable } from '../fixtures/load';
import { RUNNERS } from '../fixtures/programs';

const out: unknown[] = [];
for (const fx of loadHouseholdFixtures()) {
  const parsed = parseHousehold(fx.household);
  if (!parsed.ok) {
    out.push({ file: fx.file, error: parsed.error.toJSON() });
    continue;
  }
  const table = loadTable(fx.table);
  const std = resolveStandards(table, { region: parsed.value.region, on: fx.on });
  if (!std.ok) {
    out.push({ file: fx.file, error: std.error.toJSON() });
    continue;
  }
  for (const program of Object.keys(fx.expected)) {
    const run = RUNNERS[program];
    if (run) out.push({ file: fx.file, program, d: run(parsed.value, std.value, fx) });
  }
  try {
    out.push({ file: fx.file, assess: assess(parsed.value, table, { on: fx.on }) });
  } catch (e) {
    out.push({ file: fx.file, assessError: String(e) });
  }
}
// Dates around DST changes in Los Angeles and the 1940s–1990s DST years in Shanghai.
for (const d of [
  '1988-04-10',
  '1991-09-15',
  '2021-03-14',
  '2021-11-07',
  '2000-02-29',
  '1900-01-01',
]) {
  out.push([d, ageOn('1940-06-01', d), addCalendarMonths(d, 1), addCalendarMonths(d, -13)]);
}
process.stdout.write(JSON.stringify(out));
