import { type Assessment, assess, parseHousehold } from '../../src/index';
import { type HouseholdFixture, loadHouseholdFixtures, loadTable } from '../fixtures/load';

/** A fixture household assessed as `jiuzhu assess` reads a fixture file (its inputs included). */
export function assessFixture(fx: HouseholdFixture): Assessment {
  const parsed = parseHousehold(fx.household);
  if (!parsed.ok) throw parsed.error;
  const inputs = fx.inputs ?? {};
  return assess(parsed.value, loadTable(fx.table), {
    on: fx.on,
    ...(inputs.event !== undefined ? { events: [inputs.event as never] } : {}),
    ...(inputs.bill !== undefined ? { bills: [inputs.bill as never] } : {}),
    ...(inputs.democraticScore !== undefined
      ? { democraticScore: inputs.democraticScore as string }
      : {}),
  });
}

/** Every fixture with its assessment. */
export function assessedFixtures(): { fx: HouseholdFixture; a: Assessment }[] {
  return loadHouseholdFixtures().map((fx) => ({ fx, a: assessFixture(fx) }));
}
