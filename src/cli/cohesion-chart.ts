// The cohesion chart: windows on the x axis, the index with its interval band, and
// the four components as thinner lines, built with Observable Plot on linkedom's
// document (no browser needed for SVG). PNG goes through headless Chromium.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { existsSync } from 'node:fs';
import type { CohesionWindow } from '../cohesion/index.ts';

export type ChartSeries = { a: { label: string; name: string }; b: { label: string; name: string }; by: string; windows: CohesionWindow[] };

export const chartSize = { width: 960, height: 480 } as const;
/** More window labels than this on the x axis overlap; every n-th is labelled instead. */
export const maxTickLabels = 30;
/** Where Chromium is found for PNG output, first existing wins; ENTENTE_CHROMIUM overrides. */
export const chromiumPaths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

const palette = { index: '#1f3f8f', events: '#d9822b', agreement: '#2a9d5c', criticism: '#c2344d', joint: '#7a4fb0', empty: '#9a9a9a' } as const;
const components = [
  { key: 'events', label: 'events (Goldstein, cooperative share)' },
  { key: 'agreement', label: 'stance agreement (Scott’s pi)' },
  { key: 'criticism', label: 'criticism and praise (praise − criticism share)' },
  { key: 'joint', label: 'joint action (acting together: +1 per act)' },
] as const;

type Point = { window: string; series: string; value: number | undefined };

export function cohesionChartSvg(series: ChartSeries): string {
  const { document } = parseHTML('<!DOCTYPE html><html><head></head><body></body></html>');
  const windows = series.windows;
  const order = windows.map((w) => w.window);
  const componentPoints: Point[] = components.flatMap((c) => windows.map((w) => ({ window: w.window, series: c.key, value: w[c.key].score ?? undefined })));
  const indexPoints = windows.map((w) => ({ window: w.window, value: w.index ?? undefined, low: w.interval?.[0], high: w.interval?.[1], count: w.count }));
  const empty = windows.filter((w) => w.index === null).map((w) => ({ window: w.window }));
  const crowded = windows.length > 14;
  // At most maxTickLabels labels on the x axis; the rest of the windows keep their tick marks.
  const tickStep = Math.ceil(windows.length / maxTickLabels);
  const tickLabels = order.filter((_, i) => i % tickStep === 0);
  const legend = [
    { text: '● cohesion index, with its 95% interval as a bar; n = evidence count', fill: palette.index },
    { text: '∅ too little bilateral evidence: index null, not plotted', fill: palette.empty },
    ...components.map((c) => ({ text: `◆ - - ${c.label}`, fill: palette[c.key] })),
  ];
  const legendColumnWidth = 470;
  const legendRowHeight = 18;
  const legendTop = -84;

  const svg = Plot.plot({
    document: document as unknown as Document,
    width: chartSize.width,
    height: chartSize.height,
    marginTop: 118,
    marginBottom: crowded ? 64 : 44,
    marginLeft: 64,
    marginRight: 24,
    style: { fontFamily: 'sans-serif', fontSize: '12px', background: 'white' },
    x: { type: 'point', domain: order, ticks: tickLabels, label: `window (${series.by})`, labelAnchor: 'center', tickRotate: crowded ? -45 : 0, padding: 0.4 },
    y: { domain: [-1.05, 1.05], grid: true, label: 'cohesion (−1 conflict … +1 aligned)', labelAnchor: 'center', ticks: [-1, -0.5, 0, 0.5, 1] },
    marks: [
      Plot.ruleY([0], { stroke: '#555' }),
      Plot.ruleX(
        indexPoints.filter((p) => p.low !== undefined),
        { x: 'window', y1: 'low', y2: 'high', stroke: palette.index, strokeOpacity: 0.18, strokeWidth: 10 },
      ),
      ...components.flatMap((c) => {
        const points = componentPoints.filter((p) => p.series === c.key);
        return [
          Plot.line(points, { x: 'window', y: 'value', stroke: palette[c.key], strokeWidth: 1.5, strokeDasharray: '5,3' }),
          Plot.dot(points, { x: 'window', y: 'value', fill: palette[c.key], symbol: 'diamond', r: 4 }),
        ];
      }),
      Plot.line(indexPoints, { x: 'window', y: 'value', stroke: palette.index, strokeWidth: 3 }),
      Plot.dot(indexPoints, { x: 'window', y: 'value', fill: palette.index, r: 5.5 }),
      Plot.text(
        indexPoints.filter((p) => p.value !== undefined),
        { x: 'window', y: 'value', text: (p) => `n=${p.count}`, dx: 16, dy: -8, fill: palette.index, fontSize: 10 },
      ),
      Plot.text(empty, { x: 'window', y: () => -0.97, text: () => '∅', fill: palette.empty, fontSize: 13 }),
      Plot.text([`Cohesion between ${series.a.name} (${series.a.label}) and ${series.b.name} (${series.b.label}), by ${series.by}`], {
        frameAnchor: 'top-left',
        dy: -106,
        fontSize: 16,
        fontWeight: 'bold',
      }),
      ...legend.map((l, i) =>
        Plot.text([l.text], {
          frameAnchor: 'top-left',
          dx: (i % 2) * legendColumnWidth,
          dy: legendTop + Math.floor(i / 2) * legendRowHeight,
          fill: l.fill,
          fontSize: 12,
        }),
      ),
    ],
  }) as unknown as Element;
  let markup = svg.outerHTML;
  // A standalone .svg file needs its namespaces declared on the root element.
  if (!/^<svg[^>]*\sxmlns=/.test(markup)) markup = markup.replace(/^<svg/, '<svg xmlns="http://www.w3.org/2000/svg"');
  if (!/^<svg[^>]*\sxmlns:xlink=/.test(markup)) markup = markup.replace(/^<svg/, '<svg xmlns:xlink="http://www.w3.org/1999/xlink"');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${markup}\n`;
}

export function findChromium(): string | undefined {
  const fromEnv = process.env.ENTENTE_CHROMIUM;
  if (fromEnv) return fromEnv;
  return chromiumPaths.find((p) => existsSync(p));
}

/** Render SVG markup to PNG bytes in headless Chromium. */
export async function svgToPng(svg: string): Promise<Buffer> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`PNG output needs Chromium (looked in ${chromiumPaths.join(', ')}; set ENTENTE_CHROMIUM); write an .svg instead`);
  // playwright-core is a development dependency: a production install (npm ci --omit=dev) lacks it.
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new Error('PNG output needs the playwright-core package (npm install playwright-core) besides Chromium; write an .svg instead');
  }
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage({ viewport: { width: chartSize.width, height: chartSize.height }, deviceScaleFactor: 2 });
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0;background:white">${svg.replace(/^<\?xml[^>]*\?>\s*/, '')}</body></html>`);
    return await page.locator('svg').first().screenshot({ type: 'png' });
  } finally {
    await browser.close();
  }
}
