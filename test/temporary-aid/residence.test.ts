import { describe, expect, it } from 'vitest';
import {
  assessTemporaryAid,
  parseHousehold,
  renderMessage,
  type StandardsTableInput,
  stepMessage,
} from '../../src/index';
import { oneEntryStandards } from '../support/standards';
import { dibao, household, medical } from './scenario';

// Issue 20 item 11: 户籍 for 支出型 temporary aid. 国发〔2014〕47号 (申请受理) and 银川 2021 二(三)
// accept holders of a local 居住证 where they live. A rural household of 2 with 1000 a month of
// wages (500 per person); 支出型 floor 3 × 700 (urban base) × 2 = 4200.00; the means test is not
// made here (hardshipTest.test.ts covers it).
type Params = StandardsTableInput['entries'][number]['params'];
type TA = NonNullable<Params['temporaryAid']>;
const base: TA = {
  kinds: ['emergency', 'expenditure'],
  hardshipTest: 'not-tested',
  base: 'dibao.standard.urban',
  floors: { emergency: { multiple: '2' }, expenditure: { multiple: '3' } },
  placeOfEmergency: { kinds: ['emergency'] },
  rounding: { unit: '0.01', mode: 'up' },
};
const both = {
  accepted: ['local-hukou', 'residence-permit'] as ('local-hukou' | 'residence-permit')[],
};
const std = (residence?: TA['residence']) =>
  oneEntryStandards(
    { dibao, temporaryAid: { ...base, ...(residence ? { residence } : {}) } } as Params,
    { region: '640100', on: '2021-09-01' },
  );
const codes = (d: ReturnType<typeof assessTemporaryAid>) => d.reasons.map((r) => r.code);
const missing = (d: ReturnType<typeof assessTemporaryAid>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_fact' ? r.paths : []));
const params = (d: ReturnType<typeof assessTemporaryAid>) =>
  d.reasons.flatMap((r) => (r.code === 'missing_parameter' ? [r.parameter] : []));

describe('temporary aid: residence statuses accepted by kind (居住证)', () => {
  it('no local 户籍, a 居住证, the table accepts it for 支出型 → eligible 4200.00 (residence_permit)', () => {
    const d = assessTemporaryAid(
      household({ localHukou: false, residencePermit: true }),
      std({ expenditure: both }),
      medical,
    );
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('4200.00');
    expect(codes(d)).toContain('residence_permit');
    expect(codes(d)).not.toContain('no_local_hukou');
    const step = d.trace.find((s) => s.rule === 'temporary-aid.residence.permit');
    expect(step?.values).toEqual({
      localHukou: 'false',
      residencePermit: 'true',
      accepted: 'local-hukou,residence-permit',
    });
    expect(renderMessage(stepMessage(step!), 'zh-CN')).toContain('持有本地居住证');
    expect(renderMessage(stepMessage(step!), 'en')).toContain('residence permit');
  });

  it('no local 户籍 and no 居住证 → ineligible (no_local_hukou), the message names both', () => {
    const d = assessTemporaryAid(
      household({ localHukou: false, residencePermit: false }),
      std({ expenditure: both }),
      medical,
    );
    expect(d.outcome).toBe('ineligible');
    const r = d.reasons.find((x) => x.code === 'no_local_hukou');
    expect(r?.rule).toBe('temporary-aid.residence.permit');
    const step = d.trace.find((s) => s.rule === 'temporary-aid.residence.permit');
    expect(renderMessage(stepMessage(step!), 'zh-CN')).toContain('既无本地户籍也无本地居住证');
    expect(renderMessage(stepMessage(step!), 'en')).toContain(
      'neither local 户籍 nor a local residence permit',
    );
  });

  it('a 居住证 where the table accepts only 户籍 for the kind → ineligible', () => {
    const d = assessTemporaryAid(
      household({ localHukou: false, residencePermit: true }),
      std({ expenditure: { accepted: ['local-hukou'] } }),
      medical,
    );
    expect(d.outcome).toBe('ineligible');
    expect(codes(d)).toContain('no_local_hukou');
    expect(codes(d)).not.toContain('residence_permit');
  });

  it('no local 户籍, 居住证 not stated, accepted → undetermined, missing residencePermit only', () => {
    const d = assessTemporaryAid(
      household({ localHukou: false }),
      std({ expenditure: both }),
      medical,
    );
    expect(d.outcome).toBe('undetermined');
    expect(missing(d)).toEqual(['residencePermit']);
  });

  it('local 户籍: the 居住证 is not asked (it does not matter)', () => {
    const d = assessTemporaryAid(household(), std({ expenditure: both }), medical);
    expect(d.outcome).toBe('eligible');
    expect(missing(d)).toEqual([]);
    expect(codes(d)).toContain('local_hukou');
  });

  it('a list naming only the 居住证 does not take local 户籍 away: a local household, no permit → 4200.00', () => {
    const d = assessTemporaryAid(
      household({ localHukou: true, residencePermit: false }),
      std({ expenditure: { accepted: ['residence-permit'] } }),
      medical,
    );
    expect(d.outcome).toBe('eligible');
    expect(d.amount?.total).toBe('4200.00');
    expect(codes(d)).toContain('local_hukou');
  });

  it('neither fact stated → undetermined, missing both', () => {
    const h = household();
    delete (h as { localHukou?: boolean }).localHukou;
    const d = assessTemporaryAid(h, std({ expenditure: both }), medical);
    expect(d.outcome).toBe('undetermined');
    expect(missing(d).sort()).toEqual(['localHukou', 'residencePermit']);
  });

  it('a 居住证 holder whose 户籍 is unknown qualifies by the 居住证', () => {
    const h = household({ residencePermit: true });
    delete (h as { localHukou?: boolean }).localHukou;
    const d = assessTemporaryAid(h, std({ expenditure: both }), medical);
    expect(d.outcome).toBe('eligible');
    expect(codes(d)).toContain('residence_permit');
  });

  it('table silent for the kind: local 户籍 qualifies; without it → missing parameter, not a refusal', () => {
    expect(assessTemporaryAid(household(), std(), medical).outcome).toBe('eligible');
    const d = assessTemporaryAid(
      household({ localHukou: false, residencePermit: true }),
      std({ emergency: both }),
      medical,
    );
    expect(d.outcome).toBe('undetermined');
    expect(params(d)).toEqual(['temporaryAid.residence.expenditure']);
  });

  it('the place-of-emergency exception still decides 急难型 in the region without either fact', () => {
    const h = household();
    delete (h as { localHukou?: boolean }).localHukou;
    const d = assessTemporaryAid(h, std({ emergency: both }), {
      ...medical,
      kind: 'emergency',
      cause: 'fire',
    });
    expect(codes(d)).toContain('aid_where_emergency_happened');
    expect(missing(d)).toEqual([]);
  });

  it('the household schema takes residencePermit and rejects a non-boolean', () => {
    expect(parseHousehold(household({ residencePermit: true })).ok).toBe(true);
    const bad = parseHousehold({ ...household(), residencePermit: 'yes' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.issues[0]?.path).toEqual(['residencePermit']);
  });
});
