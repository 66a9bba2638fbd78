// POST /api/analyze: text or a URL in, the output contract (docs/output.md)
// out. Nothing is stored unless the client asks with "store": true. The analysis runs on
// worker threads (../analysis.ts): the server's thread reads, validates and writes only.
import { Hono } from 'hono';
import { z } from 'zod';
import type { Store } from '../../store/db.ts';
import type { Analysis } from '../../model.ts';
import { toOutputRecord, type OutputRecord } from '../../output.ts';
import { finishArticle, readInputs, type RawArticle } from '../../ingest/index.ts';
import { notEnglish, unanalysed } from '../../ingest/language.ts';
import { createWriter, type StoreOutcome } from '../../store/write.ts';
import { ApiError, badRequest } from '../errors.ts';
import type { AnalysisQueue } from '../analysis.ts';
import { dateParam, idParam, limits, parseJsonBody } from '../validate.ts';

const meta = z.string().max(limits.maxFilterChars * 5);

const analyzeBody = z
  .strictObject({
    text: z.string().optional(),
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL' }).optional(),
    id: idParam.optional(),
    title: meta.optional(),
    published: dateParam.optional(),
    source: meta.optional(),
    store: z.boolean().optional(),
    all_languages: z.boolean().optional(),
  })
  .refine((b) => (b.text === undefined) !== (b.url === undefined), { error: 'give exactly one of "text" or "url"' });

export type AnalyzeResponse = {
  articles: OutputRecord[];
  skipped: { origin: string; reason: string }[];
  /** articles returned (and stored) with their language and no facts: the analysis is English-only */
  not_analysed: { id: string; lang: string; reason: string }[];
  stored?: StoreOutcome[];
};

export type AnalyzeRouteOptions = {
  /** fetch URLs on loopback and private addresses too (--allow-private-urls) */
  allowPrivateUrls?: boolean;
};

const tooLong = (chars: number) => `text of ${chars} characters (at most ${limits.maxTextChars} are analysed per request)`;

export function analyzeRoutes(db: Store, queue: AnalysisQueue, options: AnalyzeRouteOptions = {}): Hono {
  const app = new Hono();
  const writer = createWriter(db);

  // POST /api/analyze {"text": "Russia accused Ukraine of shelling the plant.", "store": false}
  app.post('/', async (c) => {
    const body = await parseJsonBody(c, analyzeBody);
    const articles = [];
    const skipped: AnalyzeResponse['skipped'] = [];
    if (body.text !== undefined) {
      const raw: RawArticle = { text: body.text, id: body.id, title: body.title, published: body.published, source: body.source };
      for (const k of Object.keys(raw) as (keyof RawArticle)[]) if (raw[k] === undefined) delete raw[k];
      if (body.text.length > limits.maxTextChars) throw new ApiError(413, tooLong(body.text.length));
      const article = finishArticle(raw);
      if (typeof article === 'string') throw badRequest(`text: ${article}`);
      articles.push(article);
    } else {
      for await (const rec of readInputs([body.url!], { maxBytes: limits.maxFetchBytes, allowPrivateUrls: options.allowPrivateUrls })) {
        if (rec.kind === 'problem') skipped.push({ origin: rec.origin, reason: rec.reason });
        else if (rec.article.text.length > limits.maxTextChars) skipped.push({ origin: rec.origin, reason: tooLong(rec.article.text.length) });
        // More than the queue holds could never be accepted: a long feed is for `entente ingest`.
        else if (articles.length >= limits.maxQueuedArticles)
          skipped.push({
            origin: rec.origin,
            reason: `not analysed: at most ${limits.maxQueuedArticles} articles per request (entente ingest reads them all)`,
          });
        else articles.push(rec.article);
      }
      if (articles.length === 0) throw new ApiError(422, `nothing to analyse at ${body.url}: ${skipped[0]?.reason ?? 'no articles'}`);
    }
    // The analysis is English-only: an article in another language comes back (and is stored)
    // with its lang and no facts, as ingest gives it, unless the client sets all_languages.
    const languages = articles.map((a) => notEnglish(a, body.all_languages));
    const done = await queue.analyzeAll(articles.filter((_, i) => languages[i] === undefined));
    const analyses: Analysis[] = [];
    const notAnalysed: AnalyzeResponse['not_analysed'] = [];
    let next = 0;
    for (const [i, article] of articles.entries()) {
      const lang = languages[i];
      if (lang !== undefined) {
        analyses.push(unanalysed(article, lang));
        notAnalysed.push({ id: article.id, lang, reason: `not in English (${lang}); "all_languages": true analyses it` });
        continue;
      }
      const result = done[next++]!;
      if (!(result instanceof Error)) analyses.push(result);
      else if (body.text !== undefined) throw new ApiError(422, `text: analysis failed: ${result.message}`);
      else skipped.push({ origin: article.url ?? body.url!, reason: `analysis failed: ${result.message}` });
    }
    if (analyses.length === 0) throw new ApiError(422, `nothing to analyse at ${body.url}: ${skipped.at(-1)?.reason ?? 'no articles'}`);
    const response: AnalyzeResponse = { articles: analyses.map(toOutputRecord), skipped, not_analysed: notAnalysed };
    if (body.store) response.stored = analyses.map((an) => writer.write(an, body.url ?? 'api'));
    return c.json(response);
  });

  // GET /api/analyze: a common mistake from a browser address bar; say what to do instead.
  app.on(['GET', 'PUT', 'PATCH', 'DELETE'], '/', (c) => {
    c.header('Allow', 'POST');
    throw new ApiError(405, `use POST with a JSON body {"text": ...} or {"url": ...}, not ${c.req.method}`);
  });

  return app;
}
