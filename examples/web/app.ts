/**
 * The caseworker's page: a household entered in a form is assessed in the browser by the library
 * (the core, which imports nothing from node:) with the bundled standards table. Nothing is sent.
 *
 * A household can be given in the URL hash, `#` + encodeURIComponent(JSON of
 * `{ household, on?, lang? }`): the form is filled from it and assessed at once (the browser test
 * and shared links use this).
 */
import bundled from '../../fixtures/standards/bundled.json';
import {
  type Assessment,
  assess,
  type Determination,
  explainAssessment,
  INCOME_TYPES,
  InputError,
  PROGRAM_NAMES,
  parseHousehold,
  parseStandardsTable,
  renderMessage,
  StandardsError,
  VERSION,
} from '../../src/index';

type Lang = 'zh-CN' | 'en';
type Row = Record<string, string>;

const parsedTable = parseStandardsTable(bundled);
if (!parsedTable.ok) throw parsedTable.error;
const table = parsedTable.value;

const $ = <T extends HTMLElement>(sel: string) => document.querySelector(sel) as T;
const form = $<HTMLFormElement>('#household');
const result = $<HTMLElement>('#result');

const text = (tag: string, content: string, attrs: Record<string, string> = {}): HTMLElement => {
  const el = document.createElement(tag);
  el.textContent = content;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  return el;
};

const option = (value: string, label = value) => {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
};

function select(name: string, values: [string, string][], value: string): HTMLSelectElement {
  const s = document.createElement('select');
  s.name = name;
  for (const [v, l] of values) s.append(option(v, l));
  s.value = value;
  return s;
}

function input(name: string, value: string, attrs: Record<string, string> = {}): HTMLInputElement {
  const i = document.createElement('input');
  i.name = name;
  i.value = value;
  for (const [k, v] of Object.entries(attrs)) i.setAttribute(k, v);
  return i;
}

const PERIODS: [string, string][] = [
  ['month', '月 month'],
  ['year', '年 year'],
];

/** The cells of a row of each list, from its values. */
const ROWS: Record<string, (r: Row) => HTMLElement[]> = {
  members: (r) => [
    input('id', r.id ?? '', { required: '', size: '6' }),
    input('birthDate', r.birthDate ?? '', { type: 'date' }),
    select(
      'livesWithHousehold',
      [
        ['true', '是 yes'],
        ['false', '否 no'],
        ['', '未知 unknown'],
      ],
      r.livesWithHousehold ?? 'true',
    ),
  ],
  incomes: (r) => [
    input('memberId', r.memberId ?? '', { size: '6', placeholder: '(户 household)' }),
    select(
      'type',
      INCOME_TYPES.map((t) => [t, t]),
      r.type ?? 'wage',
    ),
    input('amount', r.amount ?? '', { required: '', inputmode: 'decimal', size: '10' }),
    select('period', PERIODS, r.period ?? 'month'),
  ],
  expenditures: (r) => [
    input('memberId', r.memberId ?? '', { size: '6', placeholder: '(户 household)' }),
    select(
      'kind',
      [
        ['medical', '医疗 medical'],
        ['education', '教育 education'],
      ],
      r.kind ?? 'medical',
    ),
    input('amount', r.amount ?? '', { required: '', inputmode: 'decimal', size: '10' }),
    select('period', PERIODS, r.period ?? 'month'),
  ],
};

function addRow(list: string, values: Row = {}): void {
  const tr = document.createElement('tr');
  for (const cell of (ROWS[list] as (r: Row) => HTMLElement[])(values)) {
    const td = document.createElement('td');
    td.append(cell);
    tr.append(td);
  }
  const remove = text('button', '×', { type: 'button', title: 'remove' });
  remove.addEventListener('click', () => tr.remove());
  const td = document.createElement('td');
  td.append(remove);
  tr.append(td);
  $(`#${list}`).append(tr);
}

function rowsOf(list: string): Row[] {
  return [...$(`#${list}`).querySelectorAll('tr')].map((tr) => {
    const r: Row = {};
    for (const el of tr.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select'))
      r[el.name] = el.value.trim();
    return r;
  });
}

/** The household the form describes (only what is filled in: an empty field stays unknown). */
function householdOfForm(): Record<string, unknown> {
  const f = new FormData(form);
  const area = String(f.get('area') ?? '');
  const money = (r: Row) => ({
    ...(r.memberId ? { memberId: r.memberId } : {}),
    amount: r.amount ?? '',
    period: r.period,
  });
  const expenditures = rowsOf('expenditures').map((r) => ({ kind: r.kind, ...money(r) }));
  return {
    id: String(f.get('id') ?? ''),
    region: String(f.get('region') ?? ''),
    ...(area ? { area } : {}),
    members: rowsOf('members').map((r) => ({
      id: r.id,
      ...(r.birthDate ? { birthDate: r.birthDate } : {}),
      ...(r.livesWithHousehold ? { livesWithHousehold: r.livesWithHousehold === 'true' } : {}),
    })),
    incomes: rowsOf('incomes').map((r) => ({ type: r.type, ...money(r) })),
    ...(expenditures.length > 0 ? { expenditures } : {}),
  };
}

/** Fills the form from a household (the fields the form has). */
function fillForm(h: Record<string, unknown>, on?: string, lang?: string): void {
  const set = (name: string, v: unknown) => {
    const el = form.elements.namedItem(name) as HTMLInputElement | null;
    if (el && v !== undefined) el.value = String(v);
  };
  set('id', h.id);
  set('region', h.region);
  set('area', h.area ?? '');
  set('on', on);
  set('lang', lang);
  for (const list of ['members', 'incomes', 'expenditures']) {
    $(`#${list}`).replaceChildren();
    for (const item of (h[list] as Record<string, unknown>[] | undefined) ?? []) {
      const r: Row = {};
      for (const [k, v] of Object.entries(item)) r[k] = String(v);
      addRow(list, r);
    }
  }
}

const OUTCOME: Record<Lang, Record<string, string>> = {
  'zh-CN': { eligible: '符合', ineligible: '不符合', undetermined: '待定' },
  en: { eligible: 'eligible', ineligible: 'ineligible', undetermined: 'undetermined' },
};
const PERIOD: Record<Lang, Record<string, string>> = {
  'zh-CN': { month: '元/月', year: '元/年', once: '元（一次性）' },
  en: { month: 'yuan/month', year: 'yuan/year', once: 'yuan (once)' },
};

/** The programs of an assessment, one row each (per-member results stay in the explanation). */
function programs(a: Assessment): Determination[] {
  return [
    ...Object.values(a.determinations),
    ...Object.values(a.special),
    ...a.singlePerson,
    ...a.temporaryAid,
    ...a.medicalAid,
  ] as Determination[];
}

function amountText(d: Determination, lang: Lang): string {
  const amount = d.amount as { total?: string; period?: string } | undefined;
  if (amount?.total === undefined) return '';
  const unit = PERIOD[lang][amount.period ?? ''] ?? (lang === 'en' ? 'yuan' : '元');
  return `${amount.total} ${unit}`;
}

function show(a: Assessment, lang: Lang): void {
  const head = lang === 'en' ? ['Program', 'Outcome', 'Amount'] : ['项目', '结果', '金额'];
  const tableEl = document.createElement('table');
  tableEl.id = 'programs';
  const tr = document.createElement('tr');
  for (const h of head) tr.append(text('th', h));
  tableEl.append(tr);
  for (const d of programs(a)) {
    const row = document.createElement('tr');
    row.dataset.program = d.program;
    row.dataset.outcome = d.outcome;
    row.append(
      text('td', PROGRAM_NAMES[d.program][lang]),
      text('td', OUTCOME[lang][d.outcome] ?? d.outcome),
      text('td', amountText(d, lang), { class: 'amount' }),
    );
    tableEl.append(row);
  }
  result.replaceChildren(
    text('h2', lang === 'en' ? 'Result' : '结果'),
    text('p', renderMessage(a.tier.message, lang), { class: 'tier', id: 'tier' }),
    tableEl,
    text('h3', lang === 'en' ? 'Explanation' : '说明'),
    text('pre', explainAssessment(a, { locale: lang, verbose: false }), {
      class: 'explain',
      id: 'explain',
    }),
    text('p', `jiuzhu ${VERSION} · ${table.id}`, { class: 'note' }),
  );
}

function showIssues(lines: string[], lang: Lang): void {
  const ul = document.createElement('ul');
  ul.className = 'issues';
  ul.id = 'issues';
  for (const l of lines) ul.append(text('li', l));
  result.replaceChildren(text('h2', lang === 'en' ? 'Cannot assess' : '无法测算'), ul);
}

function run(): void {
  const f = new FormData(form);
  const lang = (f.get('lang') === 'en' ? 'en' : 'zh-CN') as Lang;
  document.documentElement.lang = lang;
  const on = String(f.get('on') ?? '');
  const parsed = parseHousehold(householdOfForm());
  if (!parsed.ok) {
    showIssues(
      parsed.error.issues.map((i) => `${i.pathText}: ${i.message[lang]}`),
      lang,
    );
  } else {
    try {
      show(assess(parsed.value, table, { on }), lang);
    } catch (e) {
      if (e instanceof InputError)
        showIssues(
          e.issues.map((i) => `${i.pathText}: ${i.message[lang]}`),
          lang,
        );
      else if (e instanceof StandardsError) showIssues([e.messages[lang]], lang);
      else throw e;
    }
  }
  document.body.dataset.state = 'done';
}

// Regions of the table, offered in the region field (a county inherits its city's entry).
const regions = new Set(table.entries.map((e) => e.region));
for (const r of regions) $('#regions').append(option(r));

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-add]'))
  button.addEventListener('click', () => addRow(button.dataset.add as string));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  run();
});

const hash = decodeURIComponent(location.hash.slice(1));
if (hash) {
  try {
    const given = JSON.parse(hash) as {
      household: Record<string, unknown>;
      on?: string;
      lang?: string;
    };
    fillForm(given.household, given.on, given.lang);
    run();
  } catch {
    showIssues(['#: the URL hash is not a JSON { household, on?, lang? }'], 'en');
  }
} else {
  addRow('members', { id: 'a' });
  addRow('incomes', { memberId: 'a', amount: '800' });
}
