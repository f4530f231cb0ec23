import { bilingual } from './bilingual';
import { type InputIssue, pathToText } from './issues';

/** Keys that name a prototype: never data. */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

const ZH = '不允许使用指向原型的键名（__proto__、constructor、prototype）';
const MESSAGE = bilingual(
  'a key that names a prototype (__proto__, constructor, prototype) is not allowed',
  ZH,
);

/**
 * Finds own keys named `__proto__`, `constructor` or `prototype` anywhere in a parsed JSON value.
 * zod drops such a key silently from a record (the entry would vanish from the table); this makes
 * it an error with its path instead. Iterative, so deep nesting cannot overflow the stack.
 */
export function forbiddenKeyIssues(input: unknown, limit = 10): InputIssue[] {
  const issues: InputIssue[] = [];
  // Each node keeps its parent and its own key, so no path is copied until one is reported.
  type Node = { value: unknown; key: string | number | undefined; parent: Node | undefined };
  const pathOf = (node: Node, key: string): (string | number)[] => {
    const path: (string | number)[] = [key];
    for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) path.push(n.key);
    return path.reverse();
  };
  const stack: Node[] = [{ value: input, key: undefined, parent: undefined }];
  while (stack.length > 0 && issues.length < limit) {
    const node = stack.pop() as Node;
    const value = node.value;
    if (typeof value !== 'object' || value === null) continue;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) stack.push({ value: value[i], key: i, parent: node });
      continue;
    }
    for (const key of Object.keys(value)) {
      if (FORBIDDEN.has(key)) {
        const path = pathOf(node, key);
        issues.push({
          path,
          pathText: pathToText(path),
          code: 'forbidden_key',
          message: { 'zh-CN': ZH, en: MESSAGE },
        });
      } else stack.push({ value: (value as Record<string, unknown>)[key], key, parent: node });
    }
  }
  return issues;
}
