import { tierMessages } from '../assess/messages';
import { assetsMessages } from '../assets/messages';
import { dibaoMessages } from '../dibao/messages';
import { disabilitySubsidyMessages } from '../disability-subsidy/messages';
import { elderlyCareMessages } from '../elderly-care/messages';
import { incomeMessages } from '../income/messages';
import { lowIncomeMessages } from '../low-income/messages';
import { medicalAidMessages } from '../medical-aid/messages';
import { phaseOutMessages } from '../phase-out/messages';
import { povertyScoreMessages } from '../poverty-score/messages';
import { singlePersonMessages } from '../single-person/messages';
import { specialAidMessages } from '../special-aid/messages';
import { tekunMessages } from '../tekun/messages';
import { temporaryAidMessages } from '../temporary-aid/messages';
import type { Catalog } from '../trace/message';
import { traceMessages } from '../trace/messages';

/**
 * Every message catalog, by the namespace its message ids start with (`dibao.incomeBelow` →
 * `dibao`). Each program's rules record `refs(namespace, catalog)` messages; this is where they
 * are rendered. Imported explicitly (no registration by side effect), so a bundle that renders a
 * stored record has every catalog.
 */
export const CATALOGS: Readonly<Record<string, Catalog>> = {
  trace: traceMessages,
  tier: tierMessages,
  income: incomeMessages,
  assets: assetsMessages,
  dibao: dibaoMessages,
  'low-income': lowIncomeMessages,
  tekun: tekunMessages,
  'temporary-aid': temporaryAidMessages,
  'phase-out': phaseOutMessages,
  'single-person': singlePersonMessages,
  'medical-aid': medicalAidMessages,
  'special-aid': specialAidMessages,
  'elderly-care': elderlyCareMessages,
  'disability-subsidy': disabilitySubsidyMessages,
  'poverty-score': povertyScoreMessages,
};
