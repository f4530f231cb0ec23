import { bilingual } from './bilingual';
import { type InputIssue, pathToText } from './issues';

const ZH = '对象引用了包含它自身的对象（循环引用），无法作为数据读取';
const MESSAGE = bilingual(
  'the object refers to an object that contains it (a reference cycle): not data',
  ZH,
);

/** A node of the walk: its value, its key in its parent and the parent, so paths are not copied. */
interface Node {
  value: object;
  key: string | number | undefined;
  parent: Node | undefined;
  /** Set on the second visit of a node, when its children are done. */
  leaving?: true;
}

function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) path.push(n.key);
  return path.reverse();
}

/** The own enumerable data properties of an object that hold objects; none when it cannot be read. */
function children(node: Node): Node[] {
  const out: Node[] = [];
  try {
    const value = node.value;
    const isArray = Array.isArray(value);
    for (const key of Object.keys(value)) {
      // A data property only: a getter is never called here.
      const d = Object.getOwnPropertyDescriptor(value, key);
      const child: unknown = d !== undefined && 'value' in d ? d.value : undefined;
      if (typeof child === 'object' && child !== null)
        out.push({ value: child, key: isArray ? Number(key) : key, parent: node });
    }
  } catch {
    // A Proxy whose traps throw: the schema reports the value; there is nothing to walk here.
  }
  return out;
}

/**
 * Finds a reference cycle in a value given as data — an object that contains itself, as
 * `t.entries[1].params.loop = t.entries[1].params` makes — and reports it at the path where the
 * cycle closes (`entries[1].params.loop`). JSON text never has one; an object built in code may,
 * and a walk over it would never end. An object reached twice without a cycle (shared, not
 * nested in itself) is fine and walked once. Iterative, so deep nesting cannot overflow the
 * stack; reads own data properties only (no getter is called).
 *
 * @returns the issue of the first cycle found, or none
 * @example
 * const a: Record<string, unknown> = {}; a.self = a;
 * cycleIssues({ entries: [a] })[0].pathText // 'entries[0].self'
 */
export function cycleIssues(input: unknown): InputIssue[] {
  if (typeof input !== 'object' || input === null) return [];
  const onPath = new Set<object>();
  const done = new WeakSet<object>();
  const stack: Node[] = [{ value: input, key: undefined, parent: undefined }];
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    if (node.leaving) {
      onPath.delete(node.value);
      done.add(node.value);
      continue;
    }
    if (onPath.has(node.value)) {
      const path = pathOf(node);
      return [
        { path, pathText: pathToText(path), code: 'cycle', message: { 'zh-CN': ZH, en: MESSAGE } },
      ];
    }
    if (done.has(node.value)) continue;
    onPath.add(node.value);
    stack.push({ ...node, leaving: true });
    const kids = children(node);
    // Reversed, so the first key is walked first and the first cycle in key order is reported.
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Node);
  }
  return [];
}
