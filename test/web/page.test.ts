import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildWeb, type WebSizes } from '../../scripts/build-web';

/**
 * The static page of examples/web in a real headless Chromium (Debian's package): the page reads
 * a household from its URL hash, fills its form, assesses in the browser and shows the result.
 */
const ROOT = join(import.meta.dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
const PAGE = join(ROOT, 'examples', 'web', 'index.html');
/** Kept after the run (gitignored): the page as a person sees it. */
const SCREENSHOT = join(ROOT, 'test-artifacts', 'web', 'page.png');
const present = existsSync(CHROMIUM);

const household = JSON.parse(readFileSync(join(ROOT, 'test', 'cli', 'household.json'), 'utf8'));
const url = (value: unknown) =>
  `${pathToFileURL(PAGE).href}#${encodeURIComponent(JSON.stringify(value))}`;

let profile: string;

/** Runs headless Chromium on a page and resolves with its stdout. */
function chromium(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
        '--hide-scrollbars',
        `--user-data-dir=${profile}`,
        '--virtual-time-budget=10000',
        ...args,
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const out: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(out).toString('utf8'))
        : reject(new Error(`chromium exited ${code}`)),
    );
  });
}

/** The row of a program in the dumped DOM: its outcome and amount cells. */
function row(dom: string, program: string): { outcome: string; amount: string } | undefined {
  const m = new RegExp(
    `<tr data-program="${program}" data-outcome="[a-z]+"><td>[^<]*</td><td>([^<]*)</td><td class="amount">([^<]*)</td></tr>`,
  ).exec(dom);
  return m ? { outcome: m[1] as string, amount: m[2] as string } : undefined;
}

describe('examples/web: the page in headless Chromium', { timeout: 120_000 }, () => {
  it.skipIf(present)(
    `skipped: ${CHROMIUM} is absent (Debian package chromium; .ci/run installs it)`,
    () => {},
  );

  let sizes: WebSizes;
  beforeAll(async () => {
    if (!present) return;
    profile = mkdtempSync(join(tmpdir(), 'jiuzhu-chromium-'));
    sizes = await buildWeb();
  }, 120_000);
  afterAll(() => {
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it.skipIf(!present)('the build bundles the core for the browser, with nothing from node:', () => {
    const core = readFileSync(join(ROOT, 'examples/web/dist/core/core.js'), 'utf8');
    expect(core).not.toMatch(/["']node:/);
    expect(sizes.core.gzip).toBeGreaterThan(0);
    expect(sizes.core.gzip).toBeLessThan(sizes.core.minified);
  });

  it.skipIf(!present)(
    'shows the tier, each program and the amount computed in the browser (en)',
    async () => {
      const dom = await chromium(['--dump-dom', url({ household, on: '2021-08-01', lang: 'en' })]);
      expect(dom).toContain('data-state="done"');
      expect(row(dom, 'dibao')).toEqual({ outcome: 'eligible', amount: '926.00 yuan/month' });
      expect(row(dom, 'low-income')).toEqual({ outcome: 'ineligible', amount: '' });
      expect(row(dom, 'tekun')?.outcome).toBe('undetermined');
      expect(dom).toMatch(/<p class="tier" id="tier">tier: 低保/);
      expect(dom).toContain('▸ Minimum living guarantee (dibao): eligible · 926.00 yuan/month');
    },
    120_000,
  );

  it.skipIf(!present)(
    'renders in zh-CN, and follows the form: a second income lowers the amount',
    async () => {
      const more = {
        ...household,
        incomes: [
          ...household.incomes,
          { type: 'wage', amount: '100', period: 'month', memberId: 'c' },
        ],
      };
      const dom = await chromium(['--dump-dom', url({ household: more, on: '2021-08-01' })]);
      // 3 × 940 − (1894 + 100 + 100 excluded basic pension) = 826.
      expect(row(dom, 'dibao')).toEqual({ outcome: '符合', amount: '826.00 元/月' });
      expect(dom).toContain('▸ 最低生活保障（低保）：符合 · 826.00 元/月');
    },
    120_000,
  );

  it.skipIf(!present)(
    'lists the issues of an invalid household by path',
    async () => {
      const bad = {
        ...household,
        incomes: [{ type: 'wage', amount: 'lots', period: 'month', memberId: 'a' }],
      };
      const dom = await chromium([
        '--dump-dom',
        url({ household: bad, on: '2021-08-01', lang: 'en' }),
      ]);
      expect(dom).toContain('<ul class="issues" id="issues">');
      expect(dom).toContain('<li>incomes[0].amount: ');
      expect(dom).not.toContain('id="programs"');
    },
    120_000,
  );

  it.skipIf(!present)(
    'keeps a screenshot of the page as a test artifact',
    async () => {
      mkdirSync(join(SCREENSHOT, '..'), { recursive: true });
      rmSync(SCREENSHOT, { force: true });
      await chromium([
        '--window-size=1280,2000',
        `--screenshot=${SCREENSHOT}`,
        url({ household, on: '2021-08-01', lang: 'en' }),
      ]);
      const png = readFileSync(SCREENSHOT);
      expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
      expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    },
    120_000,
  );
});
