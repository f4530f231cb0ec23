import type { Household } from '../schema/household';
import type { Recorder } from '../trace/recorder';
import { temporaryAidMsg as msg } from './messages';
import type { HardshipKind, TemporaryAidParams } from './params';
import { TEMPORARY_AID_RULES as RULES } from './rules';

/**
 * The residence test of temporary aid, once the place-of-emergency exception does not apply.
 *
 * - General rule (国发〔2014〕47号 申请受理): a household of local 户籍 applies where it is
 *   registered.
 * - The table's `temporaryAid.residence[kind].accepted` says which statuses the region accepts
 *   for the kind besides local 户籍, which always qualifies: `residence-permit` (a 居住证 of the region, 47号; 银川 2021
 *   二(三) "有序推进持有居住证人员在居住地申办社会救助"). A household qualifies by any accepted status
 *   it holds; a fact an accepted status needs and the snapshot does not state is missing
 *   (undetermined) unless another accepted status already qualifies; holding none → disqualifies.
 * - A kind the table gives no rule for: local 户籍 qualifies (the general rule); a household
 *   without it is undetermined (`missing_parameter` `temporaryAid.residence.<kind>`), since the
 *   region may accept a 居住证.
 *
 * @example
 * // residence.expenditure.accepted = ['local-hukou', 'residence-permit'];
 * // localHukou false, residencePermit true → finding `residence_permit` (qualifies)
 */
export function residenceTest(
  h: Household,
  rec: Recorder,
  p: TemporaryAidParams | undefined,
  kind: HardshipKind,
): void {
  const rule = p?.residence?.[kind];
  const accepted = rule?.accepted;
  const permitAccepted = accepted?.includes('residence-permit') === true;
  const local = h.localHukou;
  const permit = h.residencePermit;
  const values: Record<string, string> = {
    localHukou: String(local ?? 'unknown'),
    residencePermit: String(permit ?? 'unknown'),
    accepted: accepted === undefined ? 'not-stated' : accepted.join(','),
  };
  // Local 户籍 is the general rule and always qualifies; a table's list adds the 居住证 (a list
  // that names only `residence-permit` does not take 户籍 away).
  if (local === true) {
    const message = msg.hukou(true);
    rec.finding(RULES.hukou, {
      code: 'local_hukou',
      effect: 'qualifies',
      facts: { localHukou: 'true' },
      message,
    });
    rec.step(RULES.hukou, message, values);
    return;
  }
  if (permitAccepted && permit === true) {
    const message = msg.residencePermit(kind);
    rec.finding(RULES.residencePermit, {
      code: 'residence_permit',
      effect: 'qualifies',
      facts: { residencePermit: 'true', accepted: values.accepted as string },
      message,
    });
    rec.step(RULES.residencePermit, message, values);
    return;
  }
  const unknownHukou = local === undefined;
  const unknownPermit = permitAccepted && permit === undefined;
  if (unknownHukou) rec.missingFacts(RULES.hukou, ['localHukou']);
  if (unknownPermit) rec.missingFacts(RULES.residencePermit, ['residencePermit']);
  if (unknownHukou || unknownPermit) return;
  if (accepted === undefined) {
    rec.missingParameter(RULES.residencePermit, `temporaryAid.residence.${kind}`);
    return;
  }
  const m = msg.noAcceptedResidence(kind, permitAccepted);
  rec.finding(permitAccepted ? RULES.residencePermit : RULES.hukou, {
    code: 'no_local_hukou',
    effect: 'disqualifies',
    facts: values,
    message: m,
  });
  rec.step(permitAccepted ? RULES.residencePermit : RULES.hukou, m, values);
}
