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
};

export const traceMsg = refs('trace', traceMessages);
