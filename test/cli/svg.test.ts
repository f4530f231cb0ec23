import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benefitCurve } from '../../src/analysis/benefitCurve';
import { curveCsv, curveSvg } from '../../src/cli/curveCommand';
import { escapeXml, lineChart, niceTicks } from '../../src/cli/svg';
import { loadTable } from '../fixtures/load';
import { jiuzhu, ROOT, TABLE } from './run';

const CHROMIUM = '/usr/bin/chromium';

const curve = benefitCurve(
  {
    id: 'cz-gap',
    region: '320412',
    area: 'urban',
    members: [
      { id: 'a', livesWithHousehold: true },
      { id: 'b', livesWithHousehold: true },
      { id: 'c', livesWithHousehold: true },
    ],
    incomes: [],
  },
  loadTable('bundled.json'),
  { on: '2021-08-01', from: '0', to: '5000', step: '100' },
);

describe('the SVG writer', () => {
  it('escapes text and attributes', () => {
    expect(escapeXml(`a<b & "c" 'd'>`)).toBe('a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;');
    const svg = lineChart({
      title: 'x < y',
      xLabel: 'in "yuan"',
      yLabel: 'y',
      series: [{ name: 'a&b', points: [[0, 1]] }],
    });
    expect(svg).toContain('<title>x &lt; y</title>');
    expect(svg).toContain('data-series="a&amp;b"');
    expect(svg).not.toContain('a&b');
  });

  it('chooses round ticks', () => {
    expect(niceTicks(0, 5000)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
    expect(niceTicks(0, 2820)).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(niceTicks(0, 7)).toEqual([0, 2, 4, 6]);
    expect(niceTicks(3, 3)).toEqual([3]);
  });

  it('draws the benefit curve: a series per paying program and the total, axes, edges', () => {
    const svg = curveSvg(curve);
    const series = [...svg.matchAll(/<g class="series" data-series="([^"]+)">/g)].map((m) => m[1]);
    expect(series).toEqual(['低保 dibao', 'total']);
    expect(svg).toContain('monthly wage of member a (yuan)');
    expect(svg).toContain('monthly support (yuan)');
    expect(svg).toContain('低保 line — 低保 dibao: eligible → ineligible at 2820.00');
    expect(svg).toContain(
      'low-income line — 低收入 low-income: undetermined → ineligible at 4230.00',
    );
    // One path point per step.
    const path = /<g class="series" data-series="total"><path d="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(path.split(' ')).toHaveLength(51);
  });

  it('writes the curve as CSV with its edges', () => {
    const csv = curveCsv(curve).trimEnd().split('\n');
    expect(csv[0]).toBe(
      'income,total,dibao,dibao.outcome,lowIncome,lowIncome.outcome,tekun,tekun.outcome,phaseOut,phaseOut.outcome',
    );
    expect(csv[1]?.startsWith('0.00,2820.00,2820.00,eligible,')).toBe(true);
    expect(csv).toContain('# edge,dibao,eligible,ineligible,2820.00,0.01,0.00');
  });

  it.skipIf(!existsSync(CHROMIUM))(
    'renders in headless Chromium with its series, axis labels and edges laid out',
    { timeout: 120_000 },
    () => {
      // Chromium lays the SVG out in a page; a script measures the boxes of the series paths,
      // axis labels and markers and writes them into the DOM, which --dump-dom prints.
      const dir = mkdtempSync(join(tmpdir(), 'jiuzhu-svg-'));
      const svg = curveSvg(curve).replace(/^<\?xml[^>]*>\n/, '');
      const page = `<!doctype html><html><body>${svg}<pre id="out"></pre><script>
const box = (e) => { const b = e.getBBox(); return { w: b.width, h: b.height }; };
const q = (s) => [...document.querySelectorAll(s)];
document.getElementById('out').textContent = JSON.stringify({
  series: q('g.series').map((g) => ({ name: g.dataset.series, path: box(g.querySelector('path')) })),
  axisLabels: q('text.axis-label').map((t) => ({ text: t.textContent, ...box(t) })),
  markers: q('g.marker text').map((t) => t.textContent),
  ticks: q('g.tick text').length,
});
</script></body></html>`;
      const file = join(dir, 'curve.html');
      writeFileSync(file, page);
      const dom = execFileSync(
        CHROMIUM,
        ['--headless', '--no-sandbox', '--disable-gpu', '--dump-dom', `file://${file}`],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 100_000 },
      );
      const json = /<pre id="out">([^<]*)<\/pre>/.exec(dom)?.[1] ?? '';
      const r = JSON.parse(json.replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
      expect(r.series.map((s: { name: string }) => s.name)).toEqual(['低保 dibao', 'total']);
      for (const s of r.series) {
        expect(s.path.w).toBeGreaterThan(100); // drawn across the plot
        expect(s.path.h).toBeGreaterThan(100);
      }
      expect(r.axisLabels.map((a: { text: string }) => a.text)).toEqual([
        'monthly wage of member a (yuan)',
        'monthly support (yuan)',
      ]);
      for (const a of r.axisLabels) expect(a.w * a.h).toBeGreaterThan(0);
      expect(r.markers.some((m: string) => m.includes('2820.00'))).toBe(true);
      expect(r.ticks).toBeGreaterThanOrEqual(8);
    },
  );
  if (!existsSync(CHROMIUM))
    it.skip(`the browser test needs ${CHROMIUM} (Debian package chromium; .ci/run installs it)`);
});

describe('jiuzhu curve', { timeout: 120_000 }, () => {
  it.concurrent('writes CSV for a fixture request; usage errors for a bad range', async () => {
    const file = join(ROOT, 'fixtures', 'households', 'dibao-02-plain-gap.json');
    const [csv, bad] = await Promise.all([
      jiuzhu([
        'curve',
        '--table',
        TABLE,
        '--household',
        file,
        '--income-from',
        '0',
        '--income-to',
        '3000',
        '--step',
        '1000',
      ]),
      jiuzhu([
        'curve',
        '--table',
        TABLE,
        '--household',
        file,
        '--income-from',
        '10',
        '--income-to',
        '5',
        '--format',
        'svg',
      ]),
    ]);
    expect(csv.code).toBe(0);
    expect(
      csv.stdout
        .split('\n')
        .slice(1, 5)
        .map((l) => l.split(',').slice(0, 3).join(',')),
    ).toEqual([
      '0.00,2820.00,2820.00',
      '1000.00,1820.00,1820.00',
      '2000.00,820.00,820.00',
      '3000.00,0.00,0.00',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('to must not be below from');
  });
});
