import { refs, type Text } from '../trace/message';
import type { Messages } from '../trace/types';

const TRIGGER_ZH: Record<string, string> = { employment: '就业', other: '其他原因' };
const triggerZh = (t: string) => TRIGGER_ZH[t] ?? t;

/** Message catalog of the 渐退期 rules (zh-CN and en). */
export const phaseOutMessages = {
  isDibao: (since: string | null): Messages => ({
    'zh-CN': `家庭为低保家庭${since ? `（自 ${since} 起）` : ''}`,
    en: `the household receives 低保${since ? ` (since ${since})` : ''}`,
  }),
  notDibao: (): Messages => ({
    'zh-CN': '家庭目前不是低保家庭，不适用渐退期',
    en: 'the household does not currently receive 低保: no phase-out period applies',
  }),
  trigger: (trigger: string, ok: boolean, triggers: readonly string[]): Messages => ({
    'zh-CN': ok
      ? `收入增加原因（${triggerZh(trigger)}）可给予渐退期`
      : `收入增加原因（${triggerZh(trigger)}）不在可给予渐退期的情形（${triggers.map(triggerZh).join('、')}）之内`,
    en: ok
      ? `the income rose through ${trigger}: a phase-out period may be given`
      : `the income rose through ${trigger}, not one of ${triggers.join(', ')}: no phase-out period`,
  }),
  incomeNotBelow: (perCapita: Text, standard: Text): Messages => ({
    'zh-CN': `家庭人均收入 ${perCapita} 元已不低于低保标准 ${standard} 元，进入渐退期`,
    en: `per-capita income ${perCapita} yuan is no longer below the standard ${standard} yuan: the phase-out applies`,
  }),
  incomeStillBelow: (perCapita: Text, standard: Text): Messages => ({
    'zh-CN': `家庭人均收入 ${perCapita} 元仍低于低保标准 ${standard} 元：不适用渐退期，家庭仍为低保家庭（按低保核定）`,
    en: `per-capita income ${perCapita} yuan is still below the standard ${standard} yuan: no phase-out — the household simply remains 低保 (assess it as 低保)`,
  }),
  period: (start: string, end: string, months: number): Messages => ({
    'zh-CN': `渐退期 ${months} 个月：自 ${start} 起至 ${end} 止（含首尾两日）`,
    en: `phase-out of ${months} month(s): from ${start} to ${end}, both days included`,
  }),
  /** Income equal to the standard, read as 超过 (an interpretation). */
  equalReadAsAbove: (standard: Text): Messages => ({
    'zh-CN': `人均收入等于低保标准 ${standard} 元：文件称“超过”，而等于标准已不“低于”标准、不再符合低保，故按“超过”处理（解释性适用）`,
    en: `per-capita income equals the standard ${standard} yuan: the text says 超过 (above); equal income is no longer below the standard (not 低保), so it is read as above — an interpretation`,
  }),
  granted: (granted: number, longest: number, above: boolean): Messages => ({
    'zh-CN': above
      ? `核定渐退期 ${granted} 个月超过本地上限 ${longest} 个月，按 ${longest} 个月计`
      : `核定渐退期 ${granted} 个月（本地上限 ${longest} 个月）`,
    en: above
      ? `the ${granted} months granted exceed the local maximum of ${longest}: ${longest} months apply`
      : `${granted} months granted (local maximum ${longest})`,
  }),
  notStarted: (start: string, on: string): Messages => ({
    'zh-CN': `渐退期自 ${start} 起，评估日 ${on} 尚未开始`,
    en: `the phase-out starts on ${start}; on ${on} it has not begun`,
  }),
  inPeriod: (month: number, months: number, remaining: number, end: string): Messages => ({
    'zh-CN': `处于渐退期第 ${month}/${months} 个月，含本月尚余 ${remaining} 个月，至 ${end} 止`,
    en: `in month ${month} of ${months} of the phase-out; ${remaining} month(s) left including this one, until ${end}`,
  }),
  ended: (end: string, on: string, days: number): Messages => ({
    'zh-CN': `渐退期已于 ${end} 届满（评估日 ${on}，已过 ${days} 日），家庭退出低保`,
    en: `the phase-out ended on ${end} (${days} day(s) before ${on}): the household leaves 低保`,
  }),
  amount: (amount: Text): Messages => ({
    'zh-CN': `渐退期内低保金维持不变：${amount} 元/月`,
    en: `the 低保 amount stays unchanged during the phase-out: ${amount} yuan/month`,
  }),
};

/** Message refs of the 渐退期 catalog: what the rules record. */
export const phaseOutMsg = refs('phase-out', phaseOutMessages);

/** Labels of amount lines. */
export const phaseOutLines = {
  unchanged: { 'zh-CN': '渐退期维持原低保金', en: '低保 amount kept during the phase-out' },
} satisfies Record<string, Messages>;
