import { refs } from './message';
import type { Messages } from './types';

/** Message catalog of the reasons every rule shares (zh-CN and en). */
export const traceMessages = {
  missingFacts: (paths: readonly string[]): Messages => ({
    'zh-CN': `缺少作出决定所需的事实：${paths.join('、')}`,
    en: `facts needed for the decision are missing: ${paths.join(', ')}`,
  }),
  missingParameter: (parameter: string): Messages => ({
    'zh-CN': `标准表缺少参数 ${parameter}，无法作出决定`,
    en: `the standards table lacks parameter ${parameter}; no decision can be made`,
  }),
  seeStep: (step: number): Messages => ({
    'zh-CN': `见第 ${step} 步`,
    en: `see step ${step}`,
  }),
  amountAboveLimit: (total: string, max: string): Messages => ({
    'zh-CN': `计算所得金额 ${total} 元超过金额上限 ${max} 元，标准表数值超出合理范围，须人工核查`,
    en: `the computed amount of ${total} yuan exceeds the limit of ${max} yuan: the table's figures are beyond reason and need review`,
  }),
};

export const traceMsg = refs('trace', traceMessages);
