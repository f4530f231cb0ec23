/**
 * A small SVG writer for the CLI's charts (no dependency): elements with escaped text and
 * attributes, and a line chart with axes, ticks, a legend, vertical markers and shaded bands.
 * Coordinates are display positions (numbers); the figures shown in labels are passed as text.
 */

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

type Attrs = Record<string, string | number | undefined>;

/** One element: `children` are written as they are (already SVG) or escaped when `text`. */
export function el(name: string, attrs: Attrs, children: string | string[] = ''): string {
  const a = Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
  const inner = Array.isArray(children) ? children.join('') : children;
  return inner === '' ? `<${name}${a}/>` : `<${name}${a}>${inner}</${name}>`;
}

/** A text element with escaped content. */
export function text(attrs: Attrs, content: string): string {
  return el('text', attrs, escapeXml(content));
}

/** One series of a line chart. */
export interface ChartSeries {
  /** Its name in the legend (and `data-series`). */
  name: string;
  points: readonly (readonly [number, number])[];
}

/** A vertical line at `x` with a label (an eligibility edge). */
export interface ChartMarker {
  x: number;
  label: string;
}

/** A shaded range of x with a label (a period such as 渐退期). */
export interface ChartBand {
  from: number;
  to: number;
  label: string;
}

/** A line chart. */
export interface LineChartSpec {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly ChartSeries[];
  markers?: readonly ChartMarker[];
  bands?: readonly ChartBand[];
  width?: number;
  height?: number;
}

/** Colours of the series, in order (repeated past the last). */
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#8c564b', '#e377c2'];

/** About `count` round tick values (1, 2 or 5 × a power of ten apart) within [lo, hi]. */
export function niceTicks(lo: number, hi: number, count = 5): number[] {
  if (!(hi > lo)) return [lo];
  const raw = (hi - lo) / count;
  const p = 10 ** Math.floor(Math.log10(raw));
  // The round step whose tick count is nearest `count`.
  let step = p;
  for (const s of [2, 5, 10].map((k) => k * p))
    if (Math.abs((hi - lo) / s - count) < Math.abs((hi - lo) / step - count)) step = s;
  const out: number[] = [];
  for (let v = Math.ceil(lo / step) * step; v <= hi + step * 1e-9; v += step)
    out.push(Math.round(v / step) * step);
  return out;
}

const fmt = (v: number) => (Number.isInteger(v) ? String(v) : v.toFixed(2));

/**
 * A line chart as a standalone SVG document: the plot area, x and y axes with ticks and labels,
 * one `<g class="series">` per series (a path and a legend entry), markers as dashed vertical
 * lines with their labels, bands as shaded rectangles with their labels.
 */
export function lineChart(spec: LineChartSpec): string {
  const width = spec.width ?? 880;
  const height = spec.height ?? 520;
  const m = { left: 72, right: 180, top: 48, bottom: 64 };
  const pw = width - m.left - m.right;
  const ph = height - m.top - m.bottom;
  const xs = spec.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = spec.series.flatMap((s) => s.points.map((p) => p[1]));
  const x0 = Math.min(...xs, ...(spec.markers ?? []).map((k) => k.x));
  const x1 = Math.max(...xs, ...(spec.markers ?? []).map((k) => k.x));
  const y1 = Math.max(1, ...ys);
  const xTicks = niceTicks(x0, x1);
  const yTicks = niceTicks(0, y1);
  const yTop = Math.max(y1, yTicks[yTicks.length - 1] ?? y1);
  const sx = (x: number) => m.left + (x1 > x0 ? ((x - x0) / (x1 - x0)) * pw : 0);
  const sy = (y: number) => m.top + ph - (y / yTop) * ph;
  const r = (v: number) => Math.round(v * 100) / 100;
  const parts: string[] = [];
  parts.push(el('title', {}, escapeXml(spec.title)));
  parts.push(el('rect', { x: 0, y: 0, width, height, fill: 'white' }));
  parts.push(
    text(
      { x: width / 2, y: 28, 'text-anchor': 'middle', 'font-size': 16, class: 'chart-title' },
      spec.title,
    ),
  );
  for (const b of spec.bands ?? []) {
    const left = sx(Math.max(b.from, x0));
    const right = sx(Math.min(b.to, x1));
    parts.push(
      el('g', { class: 'band' }, [
        el('rect', {
          x: r(left),
          y: m.top,
          width: r(Math.max(1, right - left)),
          height: ph,
          fill: '#fde9b0',
          opacity: 0.6,
        }),
        text({ x: r(left + 4), y: m.top + 14, 'font-size': 11 }, b.label),
      ]),
    );
  }
  // Axes, ticks and grid.
  const xAxis = [
    el('line', { x1: m.left, y1: m.top + ph, x2: m.left + pw, y2: m.top + ph, stroke: 'black' }),
    ...xTicks.map((t) =>
      el('g', { class: 'tick' }, [
        el('line', {
          x1: r(sx(t)),
          y1: m.top + ph,
          x2: r(sx(t)),
          y2: m.top + ph + 5,
          stroke: 'black',
        }),
        text({ x: r(sx(t)), y: m.top + ph + 18, 'text-anchor': 'middle', 'font-size': 11 }, fmt(t)),
      ]),
    ),
    text(
      {
        x: m.left + pw / 2,
        y: height - 18,
        'text-anchor': 'middle',
        'font-size': 13,
        class: 'axis-label',
      },
      spec.xLabel,
    ),
  ];
  const yAxis = [
    el('line', { x1: m.left, y1: m.top, x2: m.left, y2: m.top + ph, stroke: 'black' }),
    ...yTicks.map((t) =>
      el('g', { class: 'tick' }, [
        el('line', {
          x1: m.left - 5,
          y1: r(sy(t)),
          x2: m.left + pw,
          y2: r(sy(t)),
          stroke: '#e0e0e0',
        }),
        text({ x: m.left - 8, y: r(sy(t) + 4), 'text-anchor': 'end', 'font-size': 11 }, fmt(t)),
      ]),
    ),
    text(
      {
        x: 18,
        y: m.top + ph / 2,
        'text-anchor': 'middle',
        'font-size': 13,
        class: 'axis-label',
        transform: `rotate(-90 18 ${m.top + ph / 2})`,
      },
      spec.yLabel,
    ),
  ];
  parts.push(el('g', { id: 'x-axis', class: 'axis' }, xAxis));
  parts.push(el('g', { id: 'y-axis', class: 'axis' }, yAxis));
  spec.series.forEach((s, i) => {
    const colour = COLOURS[i % COLOURS.length] as string;
    const d = s.points
      .map((p, k) => `${k === 0 ? 'M' : 'L'}${r(sx(p[0]))},${r(sy(p[1]))}`)
      .join(' ');
    const ly = m.top + 16 + i * 20;
    parts.push(
      el('g', { class: 'series', 'data-series': s.name }, [
        el('path', { d, fill: 'none', stroke: colour, 'stroke-width': s.name === 'total' ? 3 : 2 }),
        el('line', {
          x1: m.left + pw + 16,
          y1: ly,
          x2: m.left + pw + 40,
          y2: ly,
          stroke: colour,
          'stroke-width': 3,
        }),
        text({ x: m.left + pw + 46, y: ly + 4, 'font-size': 12, class: 'legend' }, s.name),
      ]),
    );
  });
  (spec.markers ?? []).forEach((k, i) => {
    const x = r(sx(k.x));
    parts.push(
      el('g', { class: 'marker' }, [
        el('line', {
          x1: x,
          y1: m.top,
          x2: x,
          y2: m.top + ph,
          stroke: '#555',
          'stroke-dasharray': '4 3',
        }),
        // Labels right of the middle end at their line, so they stay inside the chart.
        x > m.left + pw / 2
          ? text(
              { x: x - 3, y: m.top + 28 + (i % 4) * 14, 'font-size': 11, 'text-anchor': 'end' },
              k.label,
            )
          : text({ x: x + 3, y: m.top + 28 + (i % 4) * 14, 'font-size': 11 }, k.label),
      ]),
    );
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
    },
    parts,
  )}\n`;
}
