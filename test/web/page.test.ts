// End to end: the page in Debian's headless chromium (playwright-core) against
// a real server over the sample store. With ENTENTE_TEST_SCREENSHOTS=1, screenshots of each
// step go to test-results/web/ (for a person to look at: nothing is asserted on them, and
// taking them costs the browser seconds of processor time).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startSampleServer, type SampleServer } from '../server/sample-server.ts';

/**
 * The browser: ENTENTE_CHROMIUM or CHROMIUM_PATH when set (CI sets it, and a path that does not
 * exist then fails the tests), else Debian's or another usual place; none: the tests skip, saying why.
 */
const chromiumFromEnv = process.env.ENTENTE_CHROMIUM || process.env.CHROMIUM_PATH || undefined;
const chromiumPath = chromiumFromEnv ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => existsSync(p));
const skip = chromiumPath ? false : 'no Chromium found (install Debian\'s chromium, or set ENTENTE_CHROMIUM to its path)';
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const screenshots = fileURLToPath(new URL('../../test-results/web/', import.meta.url));

let server: SampleServer;
let browser: BrowserContext;
let profile: string;
let page: Page;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

before(async () => {
  if (skip) return;
  if (takeScreenshots) mkdirSync(screenshots, { recursive: true });
  server = await startSampleServer();
  profile = mkdtempSync(join(tmpdir(), 'entente-chromium-'));
  browser = await chromium.launchPersistentContext(profile, { executablePath: chromiumPath!, args: chromiumArgs, headless: true, viewport: { width: 1300, height: 900 } });
  page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // The page works offline: every request goes to our own server.
  page.on('request', (r) => {
    if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
});

after(async () => {
  await browser?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  await server?.stop();
});

const takeScreenshots = process.env.ENTENTE_TEST_SCREENSHOTS === '1';
const shot = async (name: string) => {
  if (takeScreenshots) await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: false });
};

async function getJson(path: string): Promise<any> {
  return (await fetch(`${server.url}${path}`)).json();
}

/** The sample article with the most quotes whose speaker resolved to an actor. */
async function articleWithSpokenQuotes(): Promise<{ id: string; quotes: any[]; actors: any[] }> {
  const list = await getJson('/api/articles?limit=500');
  let best: any;
  let bestCount = 0;
  for (const a of list.items) {
    const d = await getJson(`/api/articles/${encodeURIComponent(a.id)}`);
    const n = d.quotes.filter((q: any) => q.speaker?.actor).length;
    if (n > bestCount) [best, bestCount] = [d, n];
  }
  assert.ok(best, 'some sample article has a quote with a resolved speaker');
  return best;
}

test('the article list loads, and a search narrows it', { skip }, async () => {
  await page.goto(`${server.url}/`);
  await page.locator('table.articles tbody tr').first().waitFor();
  assert.equal(await page.locator('table.articles tbody tr').count(), 50);
  assert.equal(await page.locator('button.more').isVisible(), true);
  const stats = await getJson('/api/stats');
  await page.locator('.store-summary', { hasText: /articles/ }).waitFor();
  assert.match((await page.locator('.store-summary').textContent()) ?? '', new RegExp(`^${stats.articles} articles from ${stats.sources} sources, .*: ${stats.mentions} mentions of ${stats.actors} actors, ${stats.quotes} quotes, ${stats.events} events`));
  await page.fill('form.filters input[name=search]', 'Abacha');
  await page.click('form.filters button[type=submit]');
  await page.waitForFunction(() => location.hash.includes('search=Abacha'));
  await page.locator('p.status', { hasText: /^\d+ articles?$/ }).waitFor();
  const titles = await page.locator('table.articles tbody td.title').allTextContents();
  const expected = (await getJson('/api/articles?search=Abacha&limit=500')).items.map((a: any) => a.title);
  assert.ok(titles.length > 0 && titles.length < 50);
  assert.deepEqual(titles, expected);
  await shot('01-search');
  // Clicking a result opens its article.
  await page.locator('table.articles tbody td.title a').first().click();
  await page.locator('#article-text').waitFor();
  assert.match(await page.locator('#article-text').textContent() ?? '', /Abacha/);
});

test('an article shows its quotes highlighted, each linked to its speaker', { skip }, async () => {
  const article = await articleWithSpokenQuotes();
  await page.goto(`${server.url}/#/article/${encodeURIComponent(article.id)}`);
  await page.locator('#article-text').waitFor();
  const text = await page.locator('#article-text').textContent();
  assert.equal(text, (await getJson(`/api/articles/${encodeURIComponent(article.id)}`)).text, 'the highlighted text is the article text, character for character');
  assert.ok((await page.locator('#article-text .hl.k-quote').count()) > 0);
  assert.ok((await page.locator('#article-text .hl.k-mention').count()) > 0);

  // The quote list names each speaker and links to the speaker's actor page.
  const spoken = article.quotes.filter((q: any) => q.speaker?.actor);
  const speakerLinks = page.locator('aside .quotes .speaker a.actor-link');
  assert.equal(await speakerLinks.count(), spoken.length);
  const hrefs = await speakerLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  assert.deepEqual(hrefs, spoken.map((q: any) => `#/actor/${encodeURIComponent(q.speaker.actor)}`));

  // Hovering a quote shows who said it; clicking shows the card with the speaker link.
  const quote = spoken[0];
  const quoteSegment = page.locator(`#article-text .hl.k-quote[data-start="${quote.start}"]`).first();
  await quoteSegment.hover();
  const tip = page.locator('#tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.match(await tip.textContent() ?? '', /Quote \((direct|partial|mixed|indirect)\): speaker /);
  await shot('02-article-quote-hover');
  await quoteSegment.click();
  const card = page.locator('#selected .card-quote').first();
  await card.waitFor();
  assert.equal(await card.locator('.speaker a.actor-link').getAttribute('href'), `#/actor/${encodeURIComponent(quote.speaker.actor)}`);
  // "show" on the speaker outlines the speaker's words in the text.
  await card.locator('.speaker button.show').click();
  const focused = (await page.locator('#article-text .focused').allTextContents()).join('');
  assert.equal(focused, text!.slice(quote.speaker.start, quote.speaker.end));
  await shot('03-article-speaker-focused');
});

test('hovering an event shows its codes; its card links to source and target', { skip }, async () => {
  const list = await getJson('/api/articles?limit=500');
  let article: any;
  for (const a of list.items) {
    const d = await getJson(`/api/articles/${encodeURIComponent(a.id)}`);
    if (d.events.some((e: any) => e.target)) {
      article = d;
      break;
    }
  }
  assert.ok(article, 'some sample article has an event with a target');
  const event = article.events.find((e: any) => e.target);
  await page.goto(`${server.url}/#/article/${encodeURIComponent(article.id)}`);
  const segment = page.locator(`#article-text .hl.k-event[data-start="${event.start}"]`).first();
  await segment.hover();
  const tip = page.locator('#tooltip');
  await tip.waitFor({ state: 'visible' });
  const tipText = (await tip.textContent()) ?? '';
  assert.ok(tipText.includes(`CAMEO ${event.cameo}`), tipText);
  assert.ok(tipText.includes(`PLOVER ${event.plover}`), tipText);
  assert.match(tipText, /Goldstein -?\d+\.\d/);
  await shot('04-article-event-hover');
  await segment.click();
  const card = page.locator('#selected .card-event').first();
  await card.waitFor();
  assert.equal(await card.locator('.source a').getAttribute('href'), `#/actor/${encodeURIComponent(event.source.actor)}`);
  assert.equal(await card.locator('.target a').getAttribute('href'), `#/actor/${encodeURIComponent(event.target.actor)}`);
  await card.locator('.target button.show').click();
  assert.equal((await page.locator('#article-text .focused').allTextContents()).join(''), article.text.slice(event.target.start, event.target.end));
});

test('the cohesion chart draws the windows, and a click on it shows the evidence behind one', { skip }, async () => {
  await page.goto(`${server.url}/#/cohesion?a=USA&b=IRN&by=year`);
  const chart = page.locator('#cohesion-chart canvas');
  await chart.waitFor();
  const rows = page.locator('table.windows tbody tr');
  assert.ok((await rows.count()) > 0);
  const over = page.locator('#cohesion-chart .u-over');
  const box = (await over.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const heading = page.locator('#evidence h2').first();
  await heading.waitFor();
  assert.match((await heading.textContent()) ?? '', /^United States and Iran, \d{4}: cohesion /);
  await shot('06-cohesion-chart-click');
  // A window's evidence links each event to its span in the article.
  const windows = (await getJson('/api/cohesion?a=USA&b=IRN&by=year')).windows.filter((w: any) => w.counts.events > 0);
  await page.locator(`table.windows tr[data-window="${windows[0].window}"] button.show`).click();
  const eventLink = page.locator('#evidence .card-event a[href^="#/article/"]').first();
  await eventLink.waitFor();
  // Each piece shows its sentence as --explain gives it, its own words marked.
  const explained = await getJson(`/api/cohesion/evidence?a=USA&b=IRN&window=${windows[0].window}`);
  const sentence = page.locator('#evidence .card-event .sentence').first();
  assert.equal(await sentence.textContent(), `Sentence: ${explained.events[0].sentence.text}`);
  assert.equal(await sentence.locator('mark').textContent(), explained.events[0].text);
  const href = (await eventLink.getAttribute('href'))!;
  const [, span] = /span=(\d+-\d+)$/.exec(href)!;
  await eventLink.click();
  await page.locator('#article-text .focused').first().waitFor();
  const [start, end] = span!.split('-').map(Number);
  const text = (await page.locator('#article-text').textContent())!;
  assert.equal((await page.locator('#article-text .focused').allTextContents()).join(''), text.slice(start, end));
  await shot('07-cohesion-evidence-to-article');
});

test('the cohesion heatmap shows every pair among the sides, and a cell opens the pair\'s evidence', { skip }, async () => {
  await page.goto(`${server.url}/#/cohesion?among=USA,IRN,EU`);
  const matrix = page.locator('#cohesion-matrix');
  await matrix.waitFor();
  assert.deepEqual(await matrix.locator('thead th').allTextContents(), ['', 'USA', 'IRN', 'EU']);
  assert.equal(await matrix.locator('td.cell').count(), 6, 'both halves of three pairs');
  const expected = (await getJson('/api/cohesion/matrix?among=USA,IRN,EU')).pairs.find((p: any) => p.a.label === 'USA' && p.b.label === 'IRN').windows[0];
  const cell = matrix.locator('td.cell[data-a="USA"][data-b="IRN"]');
  assert.match((await cell.textContent()) ?? '', new RegExp(`n=${expected.count}$`));
  await shot('08-cohesion-heatmap');
  await cell.locator('a').click();
  const heading = page.locator('#evidence h2').first();
  await heading.waitFor();
  assert.match((await heading.textContent()) ?? '', /^United States and Iran, all: cohesion /);
});

test('the quotes table filters by kind and each row links back to its span in the article', { skip }, async () => {
  await page.goto(`${server.url}/#/quotes`);
  await page.selectOption('form.filters select[name=kind]', 'direct');
  await page.click('form.filters button[type=submit]');
  await page.waitForFunction(() => location.hash === '#/quotes?kind=direct');
  const rows = page.locator('table.quotes tbody tr');
  await rows.first().waitFor();
  const kinds = await page.locator('table.quotes tbody tr td:nth-child(3)').allTextContents();
  assert.ok(kinds.length > 0);
  assert.deepEqual([...new Set(kinds)], ['direct']);
  await shot('08-quotes-table');
  const link = page.locator('table.quotes tbody td.quote-text a').first();
  const href = (await link.getAttribute('href'))!;
  const [, id, start, end] = /^#\/article\/([^?]+)\?span=(\d+)-(\d+)$/.exec(href)!;
  await link.click();
  await page.locator('#article-text .focused').first().waitFor();
  const text = (await getJson(`/api/articles/${id}`)).text as string;
  assert.equal((await page.locator('#article-text .focused').allTextContents()).join(''), text.slice(Number(start), Number(end)));
});

test('the events table filters by actor on either side and by quad', { skip }, async () => {
  await page.goto(`${server.url}/#/events?actor=USA&quad=4`);
  const rows = page.locator('table.events tbody tr');
  await rows.first().waitFor();
  const expected = (await getJson('/api/events?actor=USA&quad=4&limit=100')).items;
  assert.ok(expected.length > 0);
  assert.equal(await rows.count(), expected.length);
  assert.equal(await page.locator('table.events tbody tr.quad-4').count(), expected.length);
  assert.equal(await page.locator('form.filters select[name=quad]').inputValue(), '4');
  await shot('09-events-table');
});

test("a speaker link opens the actor's page with their quotes and events", { skip }, async () => {
  const article = await articleWithSpokenQuotes();
  const quote = article.quotes.find((q: any) => q.speaker?.actor);
  await page.goto(`${server.url}/#/article/${encodeURIComponent(article.id)}`);
  await page.locator('aside .quotes .speaker a.actor-link').first().click();
  await page.waitForFunction((hash) => location.hash === hash, `#/actor/${encodeURIComponent(quote.speaker.actor)}`);
  const actor = await getJson(`/api/actors/${encodeURIComponent(quote.speaker.actor)}`);
  await page.locator('.actor-header h1').waitFor();
  assert.equal(await page.locator('.actor-header h1').textContent(), actor.name);
  assert.match((await page.locator('.actor-header .counts').textContent()) ?? '', new RegExp(`^${actor.mentions} mentions in ${actor.articles} article`));
  const quoteLinks = await page.locator('section.actor-quotes a[href^="#/article/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  const expected = (await getJson(`/api/quotes?speaker=${encodeURIComponent(quote.speaker.actor)}&limit=20`)).items;
  assert.ok(expected.length > 0);
  assert.deepEqual(quoteLinks, expected.map((q: any) => `#/article/${encodeURIComponent(q.article.id)}?span=${q.start}-${q.end}`));
  await shot('10-actor-page');
});

test('pasted text is analysed and highlighted without being stored', { skip }, async () => {
  const before = (await getJson('/api/articles?limit=500')).items.length;
  const text =
    'Iran accused the United States of economic terrorism on Monday. "These sanctions are a crime against humanity," Iranian Foreign Minister Mohammad Javad Zarif told reporters in Tehran.';
  await page.goto(`${server.url}/#/analyze`);
  await page.fill('.analyze-form textarea', text);
  await page.click('.analyze-form button[type=submit]');
  // the server's first analysis: its worker starts now and loads the dictionaries (seconds on a busy machine)
  await page.locator('#analysis #article-text').waitFor({ timeout: 120_000 });
  assert.equal(await page.locator('#analysis #article-text').textContent(), text);
  const expected = (await (await fetch(`${server.url}/api/analyze`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text }) })).json()).articles[0];
  assert.ok(expected.quotes.length > 0 && expected.mentions.length > 0);
  assert.equal(await page.locator('#analysis .quotes .card-quote').count(), expected.quotes.length);
  // The segments marked as the first quote spell out exactly its span.
  const q = expected.quotes[0];
  const quoteText = await page.locator('#analysis #article-text .hl.k-quote').evaluateAll(
    (els, [start, end]) => els.filter((el) => Number((el as HTMLElement).dataset.start) >= start! && Number((el as HTMLElement).dataset.end) <= end!).map((el) => el.textContent).join(''),
    [q.start, q.end],
  );
  assert.equal(quoteText, text.slice(q.start, q.end));
  await shot('11-analyze-text');
  assert.equal((await getJson('/api/articles?limit=500')).items.length, before);
});

test('an article whose text holds <script> and <img onerror> shows them as text and runs nothing', { skip }, async () => {
  const text =
    'Protesters in Lagos posted <script>window.__entente_pwned = "script"</script> on the ministry website. ' +
    'A second post read <img src=x onerror="window.__entente_pwned = \'img\'"> before it was removed, the ministry said.';
  const res = await fetch(`${server.url}/api/analyze`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text, id: 'test:hostile', title: '<b>Hostile</b> <script>alert(1)</script> title', store: true }),
  });
  assert.equal(res.status, 200);
  await page.goto(`${server.url}/#/article/test%3Ahostile`);
  await page.locator('#article-text').waitFor();
  assert.equal(await page.locator('#article-text').textContent(), text);
  assert.equal(await page.locator('h1').textContent(), '<b>Hostile</b> <script>alert(1)</script> title');
  assert.equal(await page.locator('#view img, #view script, #view b').count(), 0);
  assert.equal(await page.evaluate(() => (window as any).__entente_pwned), undefined);
  await shot('05-hostile-article');
  await page.goto(`${server.url}/#/?search=ministry`);
  await page.locator('table.articles tbody tr').first().waitFor();
  assert.ok((await page.locator('table.articles td.title').allTextContents()).includes('<b>Hostile</b> <script>alert(1)</script> title'));
  assert.equal(await page.evaluate(() => (window as any).__entente_pwned), undefined);
  await shot('05-hostile-title-in-list');
});

test('no script errors and no requests to other hosts', { skip }, () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(foreignRequests, []);
});
