// Cohesion between two actors or coalitions over time: a uPlot line per
// window, and a click on a window (in the chart or the table) shows the
// events and stances behind its number. With `among`, a heatmap of every
// pair among several sides, whose cells open the pair's evidence.
import uPlot from '/vendor/uPlot.esm.js';
import { h, replace, shorten, formatNumber, quoted } from './dom.js';
import { getJson } from './api.js';
import { actorHref, articleHref, listHref } from './links.js';
import { filterForm } from './forms.js';
import { eventCodes } from './describe.js';

const chartHeight = 300;
const bys = ['month', 'quarter', 'year', 'week', 'all'];

function toSeconds(date) {
  const ms = Date.parse(date.length === 4 ? `${date}-01-01` : date.length === 7 ? `${date}-01` : date);
  return Number.isNaN(ms) ? null : ms / 1000;
}

export async function renderCohesion(view, params) {
  const among = params.get('among') ?? '';
  const filters = { a: params.get('a') ?? '', b: params.get('b') ?? '', by: params.get('by') ?? (among ? 'all' : 'month'), since: params.get('since') ?? '', until: params.get('until') ?? '' };
  const form = filterForm([
    { name: 'a', label: 'Side A', placeholder: 'USA or EU', size: 16 },
    { name: 'b', label: 'Side B', placeholder: 'RUS', size: 16 },
    { name: 'among', label: 'Or every pair among', placeholder: 'USA,GBR,FRA,RUS', size: 24 },
    { name: 'by', label: 'Window', options: bys },
    { name: 'since', label: 'Since', placeholder: '2020-01' },
    { name: 'until', label: 'Until', placeholder: '2020-12' },
  ], { ...filters, among }, (values) => (location.hash = listHref('cohesion', values)));
  replace(view, h('h1', null, 'Cohesion'), form);
  document.title = 'Cohesion · Entente';
  if (among) {
    await renderMatrix(view, among, filters);
    return;
  }
  if (!filters.a || !filters.b) {
    view.appendChild(h('p', { class: 'hint' }, 'Name two actors or coalitions (an actor id such as USAGOV, a country such as USA, or a coalition such as EU or NATO).'));
    return;
  }
  const series = await getJson('cohesion', filters);
  const windows = series.windows;
  const evidence = h('section', { class: 'evidence', id: 'evidence' }, h('p', { class: 'hint' }, 'Click a window in the chart or the table to see the evidence behind it.'));

  const showEvidence = async (w) => {
    for (const row of view.querySelectorAll('table.windows tr')) row.classList.toggle('selected-window', row.dataset.window === w.window);
    replace(evidence, h('p', { class: 'status' }, `Loading ${w.window}…`));
    try {
      const ex = await getJson('cohesion/evidence', { a: filters.a, b: filters.b, window: w.window, since: filters.since, until: filters.until });
      replace(evidence,
        h('h2', null, `${ex.a.name} and ${ex.b.name}, ${ex.window.window}: cohesion ${formatNumber(ex.window.index, 2)}`),
        h('p', { class: 'counts' }, componentsLine(ex.window)),
        h('h3', null, `Events between them (${ex.events.length})`),
        factList(ex.events, (e) => h('li', { class: `card card-event quad-${e.quad}` },
          h('div', { class: 'codes' }, eventCodes(e)),
          h('div', null,
            h('a', { href: actorHref(e.source.actor) }, e.source.name || e.source.actor), ' → ',
            h('a', { href: actorHref(e.target.actor) }, e.target.name || e.target.actor), ': ',
            h('a', { href: articleHref(e.article.id, e) }, `“${shorten(e.text, 200)}”`)),
          sentenceLine(e),
          h('div', { class: 'meta' }, `${e.date}${e.critical ? ' · critical' : ''}`))),
        h('h3', null, `Quotations naming the other side (${ex.quotes.length})`),
        factList(ex.quotes, (q) => h('li', { class: 'card card-quote' },
          h('blockquote', null, h('a', { href: articleHref(q.article.id, q) }, quoted(q.text, 240))),
          sentenceLine(q),
          h('div', null, 'Speaker: ', h('a', { href: actorHref(q.speaker.actor) }, q.speaker.name || q.speaker.actor), ` · names ${q.mentioned.join(', ')}`),
          h('div', { class: 'meta' }, `${q.date}${q.critical ? ' · critical' : ''}`))),
        h('h3', null, `Stances of either side (${ex.stances.length})`),
        factList(ex.stances, (s) => h('li', { class: 'card card-stance' },
          h('a', { href: actorHref(s.actor) }, s.actor), ` (side ${s.side.toUpperCase()}) on ${s.issue}: polarity ${formatNumber(s.polarity, 2)}${s.shared ? ' · shared issue' : ''} `,
          h('a', { href: articleHref(s.article.id, s) }, `“${shorten(s.evidence, 160)}”`),
          sentenceLine(s))),
        h('h3', null, `Acting together (${ex.joint.length})`),
        factList(ex.joint, (j) => h('li', { class: 'card card-joint' },
          h('div', null,
            [...new Set([...j.a, ...j.b].map((p) => p.actor))].flatMap((actor, i) => [i ? ' and ' : '', h('a', { href: actorHref(actor) }, actor)]),
            ` ${j.kind === 'conflict' ? 'against a third party' : 'together'}: `,
            h('a', { href: articleHref(j.article.id, j) }, `“${shorten(j.text, 200)}”`)),
          sentenceLine(j),
          h('div', { class: 'meta' }, `${j.date} · cue “${j.cue.text}”`))));
    } catch (e) {
      replace(evidence, h('p', { class: 'error' }, e.message));
    }
  };

  const points = windows.map((w) => ({ w, x: toSeconds(w.start) })).filter((p) => p.x !== null);
  const withEvidence = windows.filter((w) => w.count > 0).length;
  const chart = h('div', { class: 'chart', id: 'cohesion-chart' });
  view.appendChild(h('p', { class: 'status' }, `${series.a.name} and ${series.b.name} by ${series.by}: ${withEvidence} of ${windows.length} window${windows.length === 1 ? '' : 's'} with evidence. ${series.a.description}; ${series.b.description}.`));
  view.appendChild(chart);
  if (points.length) {
    const width = Math.max(480, Math.min(1100, view.clientWidth - 40));
    const plot = new uPlot(
      {
        width,
        height: chartHeight,
        scales: { y: { range: [-1, 1] } },
        series: [
          // The legend names the window (2020-Q1), not a timestamp.
          { label: 'window', value: (_u, _v, _s, i) => (i === null || i === undefined ? '–' : points[i]?.w.window ?? '–') },
          { label: 'cohesion', stroke: '#1f5fa8', width: 2, points: { size: 8, fill: '#1f5fa8' }, spanGaps: false, value: (_u, v) => formatNumber(v, 2) },
          { label: '95% low', stroke: '#9fb4ca', dash: [4, 4], width: 1, points: { show: false }, value: (_u, v) => formatNumber(v, 2) },
          { label: '95% high', stroke: '#9fb4ca', dash: [4, 4], width: 1, points: { show: false }, value: (_u, v) => formatNumber(v, 2) },
        ],
        axes: [{}, { label: 'cohesion (−1 … 1)' }],
        cursor: { drag: { x: false, y: false } },
      },
      [
        points.map((p) => p.x),
        points.map((p) => p.w.index),
        points.map((p) => p.w.interval?.[0] ?? null),
        points.map((p) => p.w.interval?.[1] ?? null),
      ],
      chart,
    );
    plot.over.addEventListener('click', () => {
      const i = plot.cursor.idx;
      if (i !== null && i !== undefined && points[i]) showEvidence(points[i].w);
    });
  }
  view.appendChild(h('table', { class: 'rows windows' },
    h('thead', null, h('tr', null, ['Window', 'Cohesion', '95% interval', 'Evidence', 'Components', ''].map((x) => h('th', null, x)))),
    h('tbody', null, windows.filter((w) => w.count > 0).map((w) => h('tr', { dataset: { window: w.window } },
      h('td', null, w.window),
      h('td', { class: 'num' }, formatNumber(w.index, 2)),
      h('td', { class: 'num' }, w.interval ? `${formatNumber(w.interval[0], 2)} … ${formatNumber(w.interval[1], 2)}` : '–'),
      h('td', { class: 'counts' }, countsLine(w)),
      h('td', { class: 'counts' }, componentsLine(w)),
      h('td', null, h('button', { type: 'button', class: 'show', onclick: () => showEvidence(w) }, 'evidence')))))));
  view.appendChild(evidence);
  // One window (by all) has nothing to choose from: its evidence is shown at once.
  if (windows.length === 1 && windows[0].count > 0) showEvidence(windows[0]);
}

/** Blue for cohesion, red for its opposite, paler toward 0; grey when the index is null. */
function cellColour(index) {
  if (index === null || index === undefined) return '#eeeeee';
  return `hsl(${index >= 0 ? 210 : 0}, 70%, ${Math.round(100 - 45 * Math.min(1, Math.abs(index)))}%)`;
}

/** The heatmap: one row and one column per side; a cell opens that pair's series and evidence. */
async function renderMatrix(view, among, filters) {
  const matrix = await getJson('cohesion/matrix', { among, by: filters.by, since: filters.since, until: filters.until });
  const labels = matrix.sides.map((s) => s.label);
  const cells = new Map();
  for (const p of matrix.pairs) {
    // One figure per pair: the last window with an index (the only one for by=all).
    const w = [...p.windows].reverse().find((x) => x.index !== null) ?? p.windows.at(-1) ?? null;
    cells.set(`${p.a.label}|${p.b.label}`, w);
    cells.set(`${p.b.label}|${p.a.label}`, w);
  }
  view.appendChild(h('p', { class: 'status' }, `Cohesion among ${matrix.sides.map((s) => s.name).join(', ')} by ${matrix.by}${matrix.by === 'all' ? '' : ' (latest window with an index)'}. Click a cell for the evidence.`));
  view.appendChild(h('table', { class: 'rows matrix', id: 'cohesion-matrix' },
    h('thead', null, h('tr', null, h('th', null, ''), labels.map((l) => h('th', null, l)))),
    h('tbody', null, labels.map((a) => h('tr', null,
      h('th', null, a),
      labels.map((b) => {
        if (a === b) return h('td', { class: 'diagonal' }, '');
        const w = cells.get(`${a}|${b}`);
        const title = w ? `${a}–${b}${w.window === 'all' ? '' : ` ${w.window}`}: ${w.index === null ? 'too little evidence' : formatNumber(w.index, 2)} (${w.count} pieces of evidence)` : `${a}–${b}: no evidence`;
        return h('td', { class: 'num cell', title, style: `background:${cellColour(w?.index)}`, dataset: { a, b } },
          h('a', { href: listHref('cohesion', { a, b, by: filters.by, since: filters.since, until: filters.until }) }, w && w.index !== null ? formatNumber(w.index, 2) : '–'),
          h('div', { class: 'counts' }, `n=${w?.count ?? 0}`));
      }))))));
}

function countsLine(w) {
  return Object.entries(w.counts ?? {}).filter(([, v]) => v).map(([k, v]) => `${v} ${k.replace(/_/g, ' ')}`).join(' · ');
}

/** The four components behind the index (docs/cohesion.md). */
function componentsLine(w) {
  return [['events', w.events], ['agreement', w.agreement], ['criticism', w.criticism], ['joint action', w.joint]]
    .filter(([, c]) => c && c.score !== null && c.score !== undefined)
    .map(([name, c]) => `${name} ${formatNumber(c.score, 2)} (n=${c.n})`)
    .join(' · ') || 'no evidence';
}

/**
 * The sentence a piece of evidence lies in, as `--explain` gives it, with the piece's own words
 * marked: so that a reader can judge the piece without opening the article.
 */
function sentenceLine(piece) {
  const sentence = piece.sentence;
  if (!sentence || typeof sentence.text !== 'string') return null;
  const from = Math.max(0, Math.min(sentence.text.length, piece.start - sentence.start));
  const to = Math.max(from, Math.min(sentence.text.length, piece.end - sentence.start));
  return h('div', { class: 'sentence' }, 'Sentence: ', sentence.text.slice(0, from), h('mark', null, sentence.text.slice(from, to)), sentence.text.slice(to));
}

function factList(items, renderItem) {
  return items.length ? h('ul', { class: 'fact-list' }, items.map(renderItem)) : h('p', { class: 'empty' }, 'None.');
}
