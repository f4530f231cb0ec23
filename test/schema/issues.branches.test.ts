import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { InputError, parseHousehold, parseStandardsTable } from '../../src/index';
import { issuesFromZod } from '../../src/schema/issues';

const base = { id: 'h', region: '320400', members: [{ id: 'a' }], incomes: [] };
const source = { document: 'Doc', clause: '一', published: '2021-01-01' };

function householdIssues(input: unknown) {
  const r = parseHousehold(input);
  if (r.ok) throw new Error('expected an invalid household');
  return r.error.issues.map((i) => ({ at: i.pathText, code: i.code, ...i.message }));
}
function tableIssues(params: unknown) {
  const r = parseStandardsTable({
    id: 't',
    entries: [{ id: 'e', region: '320400', effective: { from: '2021-01-01' }, source, params }],
  });
  if (r.ok) throw new Error('expected an invalid table');
  return r.error.issues.map((i) => ({ at: i.pathText, code: i.code, ...i.message }));
}

describe('input issues in zh-CN and en, one per zod code', () => {
  it('invalid_type names the expected type', () => {
    expect(householdIssues({ ...base, id: 5 })).toEqual([
      {
        at: 'id',
        code: 'invalid_type',
        'zh-CN': '类型错误：应为字符串',
        en: 'invalid type: expected string',
      },
    ]);
    expect(tableIssues({ dibao: { standard: { urban: 5 } } })).toEqual([
      {
        at: 'entries[0].params.dibao.standard.urban',
        code: 'invalid_type',
        'zh-CN': '类型错误：应为对象',
        en: 'invalid type: expected object',
      },
    ]);
  });

  it('too_small for an array, a string and a number', () => {
    expect(householdIssues({ ...base, members: [] })).toEqual([
      {
        at: 'members',
        code: 'too_small',
        'zh-CN': '元素个数不能小于 1',
        en: 'too small: array must be at least 1',
      },
    ]);
    expect(householdIssues({ ...base, id: '' })).toEqual([
      {
        at: 'id',
        code: 'too_small',
        'zh-CN': '长度不能小于 1',
        en: 'too small: string must be at least 1',
      },
    ]);
    expect(householdIssues({ ...base, members: [{ id: 'a', carePeriodMonths: -1 }] })).toEqual([
      {
        at: 'members[0].carePeriodMonths',
        code: 'too_small',
        'zh-CN': '数值不能小于 0',
        en: 'too small: number must be at least 0',
      },
    ]);
  });

  it('too_big for an array, a string and a number', () => {
    expect(householdIssues({ ...base, members: [{ id: 'a', carePeriodMonths: 1201 }] })).toEqual([
      {
        at: 'members[0].carePeriodMonths',
        code: 'too_big',
        'zh-CN': '数值不能大于 1200',
        en: 'too big: number must be at most 1200',
      },
    ]);
    expect(householdIssues({ ...base, members: [{ id: 'x'.repeat(65) }] })).toEqual([
      {
        at: 'members[0].id',
        code: 'too_big',
        'zh-CN': '长度不能大于 64',
        en: 'too big: string must be at most 64',
      },
    ]);
    const supporterIds = Array.from({ length: 101 }, (_, i) => `s${i}`);
    expect(householdIssues({ ...base, members: [{ id: 'a', supporterIds }] })).toEqual([
      {
        at: 'members[0].supporterIds',
        code: 'too_big',
        'zh-CN': '元素个数不能大于 100',
        en: 'too big: array must be at most 100',
      },
    ]);
  });

  it('invalid_format uses the registered Chinese text', () => {
    expect(householdIssues({ ...base, members: [{ id: 'a', birthDate: '2020-13-01' }] })).toEqual([
      {
        at: 'members[0].birthDate',
        code: 'invalid_format',
        'zh-CN': '格式错误：应为以 YYYY-MM-DD 书写的有效日历日期',
        en: 'expected a calendar date written YYYY-MM-DD',
      },
    ]);
  });

  it('invalid_value lists the allowed values', () => {
    expect(householdIssues({ ...base, area: 'suburb' })).toEqual([
      {
        at: 'area',
        code: 'invalid_value',
        'zh-CN': '取值无效：应为 "urban"、"rural" 之一',
        en: 'invalid value: expected one of "urban", "rural"',
      },
    ]);
  });

  it('unrecognized_keys names the keys, at the root and deep in a table', () => {
    expect(householdIssues({ ...base, foo: 1, bar: 2 })).toEqual([
      {
        at: '(root)',
        code: 'unrecognized_keys',
        'zh-CN': '未知字段：foo、bar',
        en: 'unrecognized key(s): foo, bar',
      },
    ]);
    expect(tableIssues({ dibao: { standard: { urban: { yuan: '1', bogus: 1 } } } })).toEqual([
      {
        at: 'entries[0].params.dibao.standard.urban',
        code: 'unrecognized_keys',
        'zh-CN': '未知字段：bogus',
        en: 'unrecognized key(s): bogus',
      },
    ]);
  });

  it('invalid_union with no matching discriminator is reported as such', () => {
    expect(
      tableIssues({
        disabilitySubsidy: { living: { grants: [{ id: 'g', conditions: [{ kind: 'nope' }] }] } },
      }),
    ).toEqual([
      {
        at: 'entries[0].params.disabilitySubsidy.living.grants[0].conditions[0].kind',
        code: 'invalid_union',
        'zh-CN': '不符合任何一种允许的形式',
        en: 'matches none of the allowed forms',
      },
    ]);
  });

  it('a union of shapes reports the errors of the closest branch', () => {
    // derived figure missing only `round`: the derived branch has 1 issue, the explicit branch more
    expect(tableIssues({ dibao: { standard: { urban: { multiple: '1', of: 'a.b' } } } })).toEqual([
      {
        at: 'entries[0].params.dibao.standard.urban.round',
        code: 'invalid_type',
        'zh-CN': '类型错误：应为对象',
        en: 'invalid type: expected object',
      },
    ]);
  });

  it('custom issues carry their Chinese text', () => {
    expect(householdIssues({ ...base, members: [{ id: 'a' }, { id: 'a' }] })).toEqual([
      {
        at: 'members[1].id',
        code: 'custom',
        'zh-CN': '成员编号 "a" 重复',
        en: 'duplicate member id "a"',
      },
    ]);
  });
});

describe('issuesFromZod fallbacks', () => {
  const issues = (schema: z.ZodType, value: unknown) => {
    const r = schema.safeParse(value);
    if (r.success) throw new Error('expected a failure');
    return issuesFromZod(r.error).map((i) => ({ code: i.code, ...i.message }));
  };

  it('an unlisted expected type is named as zod names it', () => {
    expect(issues(z.date(), 'x')).toEqual([
      { code: 'invalid_type', 'zh-CN': '类型错误：应为date', en: 'invalid type: expected date' },
    ]);
  });

  it('a format or custom message with no Chinese text is shown as is in both locales', () => {
    expect(issues(z.string().regex(/^a$/, { message: 'must be a' }), 'b')).toEqual([
      { code: 'invalid_format', 'zh-CN': '格式错误：must be a', en: 'must be a' },
    ]);
    expect(
      issues(
        z.string().refine(() => false, { message: 'never' }),
        'b',
      ),
    ).toEqual([{ code: 'custom', 'zh-CN': 'never', en: 'never' }]);
  });

  it('an error with no issues has a short message', () => {
    const e = new InputError('json', []);
    expect(e.message).toBe('invalid json: 0 issue(s)');
    expect(e.toJSON()).toEqual({ kind: 'json', issues: [] });
  });
});
