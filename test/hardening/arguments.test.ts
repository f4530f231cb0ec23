import { describe, expect, it } from 'vitest';
import {
  assess,
  assessDibao,
  assessLowIncome,
  assessMedicalAid,
  assessTemporaryAid,
  type HouseholdInput,
  InputError,
  parseHousehold,
  phaseOutPeriod,
  rankHouseholds,
  resolveStandards,
  scorePoverty,
} from '../../src/index';
import { loadTable } from '../fixtures/load';

// Issue 19.7: API misuse is a typed error naming the argument. Issue 16.4: facts that contradict
// the assessment date are input issues with their path.

const ON = '2021-07-01';
const table = loadTable('bundled.json');
const household = (): HouseholdInput => ({
  id: 'h',
  region: '320400',
  area: 'urban',
  members: [
    { id: 'a', livesWithHousehold: true, birthDate: '1980-01-01' },
    { id: 'b', livesWithHousehold: true, birthDate: '1982-01-01' },
    { id: 'c', livesWithHousehold: true, birthDate: '2010-01-01' },
  ],
  incomes: [{ memberId: 'a', type: 'wage', amount: 1894, period: 'month' }],
});
const std = () => {
  const r = resolveStandards(table, { region: '320400', on: ON });
  if (!r.ok) throw r.error;
  return r.value;
};

/** The error a call throws (failing the test when it throws none). */
function thrown(call: () => unknown): InputError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return e as InputError;
  }
  throw new Error('expected a throw');
}

// biome-ignore lint/suspicious/noExplicitAny: JavaScript callers pass anything
const js = (f: unknown) => f as (...args: any[]) => unknown;

describe('API misuse', () => {
  it('resolveStandards(table, { region: 320412 }) names request.region', () => {
    const e = thrown(() => js(resolveStandards)(table, { region: 320412, on: ON }));
    expect(e.kind).toBe('argument');
    expect(e.issues.map((i) => i.pathText)).toEqual(['request.region']);
    expect(e.issues[0]?.code).toBe('invalid_argument');
    expect(e.message).toContain(
      'resolveStandards: argument request.region must be a string (got number)',
    );
    expect(e.issues[0]?.message['zh-CN']).toContain('resolveStandards 的参数 request.region');
  });

  it('resolveStandards(table) without a request names request', () => {
    const e = thrown(() => js(resolveStandards)(table));
    expect(e.issues.map((i) => i.pathText)).toEqual(['request']);
    expect(
      thrown(() => js(resolveStandards)(table, { region: '320400' })).issues[0]?.pathText,
    ).toBe('request.on');
  });

  it('assess(h, t) without options names options; a bad option names itself', () => {
    const e = thrown(() => js(assess)(household(), table));
    expect(e.kind).toBe('argument');
    expect(e.issues.map((i) => i.pathText)).toEqual(['options']);
    expect(e.message).toContain('(got undefined)');
    const cases: [unknown, string][] = [
      [{ on: 20210701 }, 'options.on'],
      [{ on: ON, region: 320400 }, 'options.region'],
      [{ on: ON, events: {} }, 'options.events'],
      [{ on: ON, bills: 'x' }, 'options.bills'],
      [{ on: ON, democraticScore: {} }, 'options.democraticScore'],
      [[ON], 'options'],
    ];
    for (const [options, path] of cases)
      expect(thrown(() => js(assess)(household(), table, options)).issues[0]?.pathText).toBe(path);
  });

  it('assessDibao(h, {}) and the other programs name standards', () => {
    for (const f of [assessDibao, assessLowIncome, scorePoverty]) {
      for (const bad of [{}, undefined, null, { ok: true, value: std() }]) {
        const e = thrown(() => js(f)(household(), bad));
        expect(e.kind).toBe('argument');
        expect(e.issues.map((i) => i.pathText)).toEqual(['standards']);
        expect(e.message).toContain(`${f.name}: argument standards must be`);
      }
    }
  });

  it('phaseOutPeriod and rankHouseholds name their arguments', () => {
    const cases: [() => unknown, string][] = [
      [() => phaseOutPeriod('9999-12-01', 6, ON), 'start'],
      [() => js(phaseOutPeriod)(20210801, 6, ON), 'start'],
      [() => phaseOutPeriod('2021-08-01', 0, ON), 'months'],
      [() => phaseOutPeriod('2021-08-01', 1.5, ON), 'months'],
      [() => js(phaseOutPeriod)('2021-08-01', 6), 'on'],
      [() => js(rankHouseholds)({}), 'batch'],
    ];
    for (const [call, path] of cases) {
      const e = thrown(call);
      expect(e.kind).toBe('argument');
      expect(e.issues.map((i) => i.pathText)).toEqual([path]);
    }
    expect(phaseOutPeriod('2021-08-31', 6, '2022-03-01').end).toBe('2022-02-28');
  });

  it('the right arguments still work', () => {
    expect(assessDibao(household(), std()).amount?.total).toBe('926.00');
    expect(assess(household(), table, { on: ON }).determinations.dibao.outcome).toBe('eligible');
  });
});

describe('facts that contradict the assessment date', () => {
  it('a member born after the date is an input issue with the path, in every entry point', () => {
    const h = household();
    (h.members[2] as { birthDate: string }).birthDate = '2021-07-02';
    const parsed = parseHousehold(h);
    expect(parsed.ok).toBe(true); // the snapshot alone is valid: it is the date that contradicts it
    for (const call of [
      () => assess(h, table, { on: ON }),
      () => assessDibao(h, std()),
      () => parsed.ok && assessLowIncome(parsed.value, std()),
    ]) {
      const e = thrown(call);
      expect(e.kind).toBe('household');
      expect(e.issues.map((i) => `${i.pathText}:${i.code}`)).toEqual([
        'members[2].birthDate:after_assessment_date',
      ]);
      expect(e.issues[0]?.message.en).toBe(
        'the member is born after the assessment date (2021-07-01)',
      );
    }
    // Born on the assessment date is no contradiction.
    (h.members[2] as { birthDate: string }).birthDate = ON;
    expect(assess(h, table, { on: ON }).householdId).toBe('h');
  });

  it('an event dated after the assessment date is an input issue at its date; a bill is not', () => {
    const event = {
      kind: 'emergency',
      recipient: 'household',
      cause: 'fire',
      date: '2021-07-02',
      region: '320400',
      affectedMemberIds: ['a'],
    };
    const e = thrown(() => assessTemporaryAid(household(), std(), event as never));
    expect(e.issues.map((i) => `${i.pathText}:${i.code}`)).toEqual(['date:after_assessment_date']);
    // A bill is assessed at its own date (ages, dated groups): one after the date is accepted.
    const bill = {
      memberId: 'a',
      date: '2021-08-01',
      kind: 'inpatient',
      totalCost: '1000',
      outOfPocket: '500',
    };
    expect(assessMedicalAid(household(), std(), bill as never).program).toBe('medical-aid');
  });
});
