import type { Rational } from '../money/rational';
import type { Household } from '../schema/household';
import type { Area } from '../schema/primitives';
import { evaluateFigureObject, isMissing, monthly } from '../standards/evaluateFigure';
import type { ResolvedStandards } from '../standards/resolveStandards';
import { exact, parameterUse, type Recorder, yuan } from '../trace/recorder';
import { dibaoMsg as msg } from './messages';
import type { DibaoClass } from './params';
import { DIBAO_RULES as RULES } from './rules';

/**
 * The base amount of a 分类定额 scheme (审核确认办法 第二十三条: amounts by the household's degree
 * of difficulty): the per-person amount of the class the household was assessed into
 * (`status.dibaoClass`) × counted members. An unstated class is a missing fact; a class the table
 * does not list is a missing parameter (`dibao.payment.classes.<id>`). Records
 * `values.dibaoClass` for the outlay by class (`outlayByDibaoClass`).
 *
 * @returns the base amount, or null when it cannot be decided (recorded)
 * @example
 * // classes A 450, B 300, C 150 per person; status.dibaoClass 'B'; 3 members
 * classAmount(h, std, rec, classes, 'rural', 3)?.toString() // '900'
 */
export function classAmount(
  h: Household,
  std: ResolvedStandards,
  rec: Recorder,
  classes: readonly DibaoClass[],
  area: Area,
  n: number,
): Rational | null {
  const id = h.status?.dibaoClass;
  if (id === undefined) {
    rec.missingFacts(RULES.classes, ['status.dibaoClass']);
    return null;
  }
  const index = classes.findIndex((c) => c.id === id);
  const cls = classes[index];
  if (cls === undefined) {
    rec.missingParameter(RULES.classes, `dibao.payment.classes.${id}`);
    return null;
  }
  const f = evaluateFigureObject(
    std,
    cls.perPerson,
    `dibao.payment.classes.${index}.perPerson`,
    area,
  );
  if (isMissing(f)) {
    rec.missingParameter(RULES.classes, f.missing);
    return null;
  }
  const amount = monthly(f).times(n);
  rec.step(
    RULES.classes,
    msg.classAmount(cls.id, cls.label, yuan(monthly(f)), n, yuan(amount)),
    { dibaoClass: cls.id, baseAmount: exact(amount) },
    [parameterUse(f)],
  );
  rec.value('dibaoClass', cls.id);
  return amount;
}
