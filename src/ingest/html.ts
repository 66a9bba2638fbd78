// HTML pages -> one article, through Mozilla Readability on a linkedom DOM.
//
// Readability finds the main text and reads title, byline, site name, lang
// and published time (meta tags and JSON-LD). We add what it leaves out: the
// canonical URL, and a wider net of date meta tags (pubdate, DC.date, ...).
// A page whose "article" is a few words (an index page, a "Document Moved"
// stub) is reported, not stored.
import type { parseHTML } from 'linkedom';
import type { Readability } from '@mozilla/readability';
import { linkedomLibrary, readabilityLibrary } from './libraries.ts';
import type { RawArticle } from './index.ts';
import { htmlToText } from './html-text.ts';
import { normalizeText } from './normalize.ts';
import { parseDate } from './dates.ts';
import { rootElement } from './feed.ts';

/** Below this many characters of main text a page holds no article (redirect stubs, error pages). */
export const minArticleChars = 200;

/** Root or first elements that only HTML documents start with. */
const htmlStartElements = new Set([
  'html', 'head', 'body', 'meta', 'title', 'link', 'script', 'style', 'div', 'p', 'table', 'center', 'h1', 'h2', 'h3',
  'article', 'section', 'header', 'main', 'nav', 'span', 'a', 'font', 'form', 'iframe', 'img', 'br', 'ul', 'base',
]);

export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 1024);
  if (/^\s*(?:<\?xml[^>]*>\s*)?<!doctype\s+html/i.test(head)) return true;
  const root = rootElement(head);
  return root !== undefined && root.prefix === '' && htmlStartElements.has(root.name.toLowerCase());
}

/** Meta tags that carry the publication time, by name or property, best first. */
const publishedMeta = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'published_time', 'datepublished',
  'pubdate', 'publishdate', 'publish-date', 'publish_date', 'dc.date.issued', 'dc.date', 'dcterms.issued',
  'dcterms.created', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'date',
];

type HtmlDocument = ReturnType<typeof parseHTML>['document'];

function metaContent(document: HtmlDocument, keys: string[]): string[] {
  const byKey = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = meta.getAttribute('content')?.trim();
    if (key && content && !byKey.has(key)) byKey.set(key, content);
  }
  return keys.map((k) => byKey.get(k)).filter((v): v is string => v !== undefined);
}

function absoluteUrl(href: string | null | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** Metadata read before Readability runs (it rewrites the DOM). */
function pageMetadata(document: HtmlDocument, pageUrl: string | undefined): { url?: string; published?: string } {
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? metaContent(document, ['og:url'])[0];
  const url = absoluteUrl(canonical, pageUrl) ?? pageUrl;
  const candidates = [
    ...metaContent(document, publishedMeta),
    ...Array.from(document.querySelectorAll('time[pubdate], time[itemprop="datePublished"]'), (t) => t.getAttribute('datetime') ?? ''),
  ];
  const published = candidates.map(parseDate).find((d) => d !== undefined);
  return { ...(url ? { url } : {}), ...(published ? { published } : {}) };
}

/** Read one page; a string is the reason it holds no article. */
export function readHtml(html: string, pageUrl?: string): RawArticle | string {
  const { document } = linkedomLibrary().parseHTML(html);
  const meta = pageMetadata(document, pageUrl);
  const lang = document.documentElement?.getAttribute('lang')?.trim();
  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new (readabilityLibrary().Readability)(document as unknown as Document).parse();
  } catch (e) {
    return `no article found (Readability failed: ${(e as Error).message})`;
  }
  if (!parsed?.content) return 'no article found';
  const text = normalizeText(htmlToText(parsed.content));
  if (text.length < minArticleChars) return `no article found (only ${text.length} characters of text)`;
  const article: RawArticle = { text };
  const title = parsed.title?.trim();
  if (title) article.title = title;
  if (meta.url) article.url = meta.url;
  const published = parseDate(parsed.publishedTime) ?? meta.published;
  if (published) article.published = published;
  const source = parsed.siteName?.trim();
  if (source) article.source = source;
  const byline = parsed.byline?.replace(/\s+/g, ' ').trim();
  if (byline) article.byline = byline;
  const pageLang = parsed.lang?.trim() || lang;
  if (pageLang) article.lang = pageLang;
  return article;
}
