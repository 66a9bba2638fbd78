// The API described for clients (served at /api/openapi.json). Kept next to
// the routes; test/server checks that every documented path answers.
import { limits } from './validate.ts';

type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer' };
const num: Schema = { type: 'number' };
/** a field the store may hold no value for: the response carries null, not an absent key */
const strOrNull: Schema = { type: ['string', 'null'] };

function queryParam(name: string, description: string, schema: Schema = str, required = false): Schema {
  return { name, in: 'query', required, description, schema };
}

const pageParams = [
  queryParam('limit', `rows per page (1-${limits.maxPageSize}, default ${limits.defaultPageSize})`, { ...int, minimum: 1, maximum: limits.maxPageSize }),
  queryParam('cursor', 'next_cursor of the previous page', { ...int, minimum: 0 }),
];
const dateParams = [
  queryParam('since', 'earliest publication date (2025, 2025-03, 2025-03-14)', { ...str, format: 'date' }),
  queryParam('until', 'latest publication date; a partial date covers the whole month or year', { ...str, format: 'date' }),
];

const sideParams = [
  queryParam('a', 'side A: actor id (USAGOV), country (USA or a name), person or coalition (EU, NATO)', str, true),
  queryParam('b', 'side B, as side A', str, true),
];

const errors = {
  '400': { description: 'bad parameter or body; the reason names it', content: { 'application/json': { schema: ref('Error') } } },
};

function pageOf(item: Schema): Schema {
  return {
    type: 'object',
    required: ['items', 'next_cursor'],
    properties: {
      items: { type: 'array', items: item },
      next_cursor: { type: ['integer', 'null'], description: 'pass as cursor for the next page; null on the last page' },
    },
  };
}

function ok(schema: Schema, description = 'OK'): Schema {
  return { description, content: { 'application/json': { schema } } };
}

const span = { start: { ...int, description: 'UTF-16 offset into the article text' }, end: { ...int, description: 'exclusive' } };
const spanRequired = ['start', 'end'];
/** A piece of cohesion evidence: an object with, at least, the sentence it lies in. */
const evidenceWithSentence: Schema = { type: 'object', required: ['sentence'], properties: { sentence: ref('Sentence') } };

export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Entente API',
    version: '0.1.0',
    description:
      'Actors, quotations, CAMEO/PLOVER events, stances and cohesion extracted from news articles. ' +
      'Every span is a pair of UTF-16 offsets into the article text, half-open [start, end). ' +
      'Errors are {"error": {"status", "reason"}} with a one-line reason.',
  },
  paths: {
    '/api/stats': {
      get: {
        summary: 'What the store holds: articles, duplicates, sources, date range, and counts of actors, mentions, quotes, events, stances',
        responses: { '200': ok({ type: 'object', additionalProperties: { type: ['integer', 'string', 'null'] } }) },
      },
    },
    '/api/articles': {
      get: {
        summary: 'List stored articles (first copies only unless duplicates=true)',
        parameters: [
          ...dateParams,
          queryParam('source', 'substring of the source name'),
          queryParam('search', 'full-text search words (title and text)'),
          queryParam('duplicates', 'include near-duplicate copies', { enum: ['true', 'false'] }),
          ...pageParams,
        ],
        responses: { '200': ok(pageOf(ref('ArticleSummary'))), ...errors },
      },
    },
    '/api/articles/{id}': {
      get: {
        summary: 'One article with its text and every mention, quote, event and stance with its span',
        parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
        responses: {
          '200': ok(ref('ArticleDetail')),
          ...errors,
          '404': { description: 'no article with this id', content: { 'application/json': { schema: ref('Error') } } },
        },
      },
    },
    '/api/analyze': {
      post: {
        summary: 'Analyse text or a URL and return the output contract (docs/output.md); stores only when store=true',
        requestBody: {
          required: true,
          description: `JSON, at most ${limits.maxBodyBytes} bytes; exactly one of text or url`,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                additionalProperties: false,
                properties: {
                  text: str,
                  url: { ...str, format: 'uri' },
                  id: str,
                  title: str,
                  published: { ...str, format: 'date' },
                  source: str,
                  store: { type: 'boolean', default: false },
                  all_languages: {
                    type: 'boolean',
                    default: false,
                    description: 'analyse a text in another language as English (by default it comes back with its lang and no facts)',
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': ok({
            type: 'object',
            properties: {
              articles: { type: 'array', items: ref('OutputRecord') },
              skipped: { type: 'array', items: { type: 'object', properties: { origin: str, reason: str } } },
              not_analysed: {
                type: 'array',
                description: 'articles returned (and stored) with their lang and no facts: the analysis is English-only',
                items: { type: 'object', properties: { id: str, lang: str, reason: str } },
              },
              stored: {
                type: 'array',
                items: {
                  type: 'object',
                  properties: {
                    status: { enum: ['stored', 'exists', 'redated', 'duplicate', 'near-duplicate'] },
                    id: str,
                    duplicateOf: str,
                    similarity: num,
                    displaced: { type: 'array', items: str },
                  },
                },
              },
            },
          }),
          ...errors,
          '413': {
            description: `body too large, or text longer than ${limits.maxTextChars} characters`,
            content: { 'application/json': { schema: ref('Error') } },
          },
          '422': {
            description: 'the URL gave no article (or a refused address), or the analysis ran over its time budget',
            content: { 'application/json': { schema: ref('Error') } },
          },
          '503': {
            description: `more than ${limits.maxQueuedArticles} articles waiting for analysis: try again after Retry-After seconds`,
            headers: { 'Retry-After': { schema: { type: 'integer' } } },
            content: { 'application/json': { schema: ref('Error') } },
          },
        },
      },
    },
    '/api/quotes': {
      get: {
        summary: 'Quotations with their speaker, cue, article and span',
        parameters: [
          queryParam('speaker', "speaker's name or part of it, or an actor id (an upper-case code also matches longer codes: USA matches USAGOV)"),
          queryParam('search', 'words that must all occur in the quotation'),
          queryParam('kind', 'kind of quotation', { enum: ['direct', 'partial', 'mixed', 'indirect'] }),
          queryParam('article', 'only quotations of this article id'),
          ...dateParams,
          ...pageParams,
        ],
        responses: {
          '200': ok(
            pageOf({
              allOf: [
                ref('Quote'),
                {
                  type: 'object',
                  properties: { rowid: int, article: { type: 'object', properties: { id: str, title: strOrNull, published: strOrNull, source: strOrNull } } },
                },
              ],
            }),
          ),
          ...errors,
        },
      },
    },
    '/api/events': {
      get: {
        summary: 'CAMEO/PLOVER events with source, target, article and span (negated events only when asked)',
        parameters: [
          queryParam('actor', 'actor code or prefix on either side (USA matches USAGOV); not with source/target'),
          queryParam('source', 'source actor code or prefix'),
          queryParam('target', 'target actor code or prefix'),
          queryParam('cameo', 'CAMEO code or prefix, 2-4 digits (19 = all fighting)'),
          queryParam('type', 'PLOVER event type (ASSAULT, ACCUSE, ...)'),
          queryParam('issue', "an issue code the event's sentence names (OIL, REFUGEES, ...: stored by ingest/reanalyze --issues FILE)"),
          queryParam('quad', 'quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict', {
            enum: ['1', '2', '3', '4'],
          }),
          queryParam('negated', 'include negated events ("did not agree")', { enum: ['true', 'false'] }),
          ...dateParams,
          ...pageParams,
        ],
        responses: {
          '200': ok(
            pageOf({
              allOf: [
                ref('Event'),
                {
                  type: 'object',
                  properties: {
                    rowid: int,
                    article: { type: 'object', properties: { id: str, url: strOrNull, published: strOrNull } },
                    when: { ...strOrNull, description: "the event's date from the text, else the article's publication date" },
                  },
                },
              ],
            }),
          ),
          ...errors,
        },
      },
    },
    '/api/actors': {
      get: {
        summary: 'Actors ranked by how often stored articles mention them (a ranking: limit, no cursor; next_cursor is always null)',
        parameters: [
          queryParam('actor', 'only this actor id or ids starting with this code (USA matches USAGOV)'),
          ...dateParams,
          pageParams[0]!,
          queryParam('examples', 'example mention texts per actor (0-5, default 3)', { enum: ['0', '1', '2', '3', '4', '5'] }),
        ],
        responses: { '200': ok(pageOf(ref('RankedActor'))), ...errors },
      },
    },
    '/api/actors/{id}': {
      get: {
        summary: 'One actor with its mention and article counts and example mentions',
        parameters: [{ name: 'id', in: 'path', required: true, schema: str }],
        responses: {
          '200': ok(ref('RankedActor')),
          ...errors,
          '404': { description: 'no such actor mentioned in the store', content: { 'application/json': { schema: ref('Error') } } },
        },
      },
    },
    '/api/stances': {
      get: {
        summary: 'Positions of actors on issues, each with its evidence span',
        parameters: [
          queryParam('actor', 'actor id, country, person, name or coalition, as for cohesion'),
          queryParam('issue', 'issue id (data/issues.txt)'),
          ...dateParams,
          ...pageParams,
        ],
        responses: {
          '200': ok(
            pageOf({
              type: 'object',
              properties: {
                rowid: int,
                article_id: str,
                published: strOrNull,
                ...span,
                actor: str,
                actor_name: strOrNull,
                issue: str,
                polarity: num,
                evidence: str,
              },
            }),
          ),
          ...errors,
        },
      },
    },
    '/api/cohesion': {
      get: {
        summary: 'Cohesion between two sides per time window (index in [-1, 1] with its interval, components and counts); docs/cohesion.md has the method',
        parameters: [
          ...sideParams,
          queryParam('by', 'window size (default month; all: one window over the whole range)', { enum: ['week', 'month', 'quarter', 'year', 'all'] }),
          ...dateParams,
        ],
        responses: {
          '200': ok({
            type: 'object',
            properties: {
              a: ref('Side'),
              b: ref('Side'),
              by: str,
              since: strOrNull,
              until: strOrNull,
              windows: { type: 'array', items: ref('CohesionWindow') },
            },
          }),
          ...errors,
        },
      },
    },
    '/api/cohesion/matrix': {
      get: {
        summary: 'Cohesion for every pair among several sides (pair A-B with A listed first): one series per pair, by default one window over the whole range',
        parameters: [
          queryParam('among', 'sides separated by commas (2 to 40): USA,GBR,FRA,RUS', str, true),
          queryParam('by', 'window size (default all)', { enum: ['week', 'month', 'quarter', 'year', 'all'] }),
          ...dateParams,
        ],
        responses: {
          '200': ok({
            type: 'object',
            properties: { sides: { type: 'array', items: ref('Side') }, by: str, pairs: { type: 'array', items: { type: 'object' } } },
          }),
          ...errors,
        },
      },
    },
    '/api/cohesion/evidence': {
      get: {
        summary: 'The events, quotations, stances and joint acts behind one window of the cohesion series',
        parameters: [...sideParams, queryParam('window', 'window label: 2020, 2020-Q1, 2020-01, 2020-W03 or all', str, true), ...dateParams],
        responses: {
          '200': ok({
            type: 'object',
            properties: {
              a: ref('Side'),
              b: ref('Side'),
              window: ref('CohesionWindow'),
              events: { type: 'array', items: evidenceWithSentence },
              quotes: { type: 'array', items: evidenceWithSentence },
              stances: { type: 'array', items: evidenceWithSentence },
              joint: { type: 'array', items: ref('JointAct') },
            },
          }),
          ...errors,
        },
      },
    },
  },
  components: {
    schemas: {
      Side: { type: 'object', properties: { label: str, name: str, kind: { enum: ['coalition', 'country', 'actor', 'actors'] }, description: str } },
      CohesionWindow: {
        type: 'object',
        properties: {
          window: str, start: str, end: str,
          index: { type: ['number', 'null'], minimum: -1, maximum: 1 },
          interval: { type: ['array', 'null'], items: num },
          count: int,
          counts: {
            type: 'object',
            required: ['events', 'remarks', 'quotes', 'agreement_items', 'critical', 'praise', 'joint_acts'],
            additionalProperties: false,
            properties: { events: int, remarks: int, quotes: int, agreement_items: int, critical: int, praise: int, joint_acts: int },
          },
          events: { type: 'object' }, criticism: { type: 'object' },
          agreement: {
            type: 'object',
            description:
              'stance agreement: issues on which both sides took a position in the same month; ' +
              'it enters the index and `count` only with at least 5 items (`counted`; else `score` is null)',
            required: ['n', 'counted', 'score'],
            properties: { n: int, counted: { type: 'boolean' }, score: { type: ['number', 'null'] } },
          },
          joint: {
            type: 'object',
            description: 'joint action: acts of which an actor of each side is a source, neither acting on the other',
            required: ['n', 'cooperation', 'conflict', 'score', 'interval'],
            additionalProperties: false,
            properties: { n: int, cooperation: int, conflict: int, score: { type: ['number', 'null'] }, interval: { type: ['array', 'null'], items: num } },
          },
        },
      },
      JointAct: {
        type: 'object',
        description: 'an act of both sides: its article, span (first party to last, one sentence), the sentence, cue, kind and each side\'s events on the cue',
        required: ['article', 'date', 'start', 'end', 'text', 'sentence', 'cue', 'kind', 'a', 'b'],
        properties: {
          article: { type: 'object', properties: { id: str, title: strOrNull, published: str } },
          date: str, ...span, text: str, sentence: ref('Sentence'),
          cue: { type: 'object', required: [...spanRequired, 'text'], properties: { ...span, text: str } },
          kind: { enum: ['cooperation', 'conflict'] },
          a: { type: 'array', items: ref('JointPart') },
          b: { type: 'array', items: ref('JointPart') },
        },
      },
      Sentence: {
        type: 'object',
        description: 'the sentence a piece of evidence lies in (the run of sentences, for a quotation over several), as the nlp stage splits the stored text',
        required: [...spanRequired, 'text'],
        properties: { ...span, text: str },
      },
      JointPart: {
        type: 'object',
        required: ['actor', 'name', 'start', 'end', 'cameo', 'goldstein', 'quad', 'target'],
        properties: {
          actor: str,
          name: str,
          ...span,
          cameo: str,
          goldstein: num,
          quad: int,
          target: { type: ['object', 'null'], properties: { actor: str, name: str } },
        },
      },
      Error: {
        type: 'object',
        required: ['error'],
        properties: { error: { type: 'object', required: ['status', 'reason'], properties: { status: int, reason: str } } },
      },
      ArticleSummary: {
        type: 'object',
        properties: { rowid: int, id: str, title: strOrNull, url: strOrNull, published: strOrNull, source: strOrNull, chars: int, duplicate_of: strOrNull },
      },
      Actor: {
        type: 'object',
        required: ['id', 'name', 'kind'],
        properties: { id: str, name: str, kind: { enum: ['state', 'organization', 'person', 'group'] }, country: strOrNull, role: strOrNull },
      },
      RankedActor: {
        allOf: [ref('Actor'), { type: 'object', properties: { mentions: int, articles: int, examples: { type: 'array', items: str } } }],
      },
      Mention: {
        type: 'object', required: [...spanRequired, 'text', 'actor'],
        properties: { ...span, text: str, actor: str, refers_to: { type: 'object', required: [...spanRequired, 'name'], properties: { ...span, name: str } } },
      },
      Quote: {
        type: 'object',
        required: [...spanRequired, 'text', 'kind', 'speaker'],
        properties: {
          ...span,
          text: str,
          kind: { enum: ['direct', 'partial', 'mixed', 'indirect'] },
          speaker: {
            oneOf: [{ type: 'null' }, { type: 'object', properties: { ...span, name: str, actor: str, inferred: { type: 'string', enum: ['continuation'] } } }],
          },
          cue: { type: 'object', properties: { ...span, text: str } },
        },
      },
      Event: {
        type: 'object',
        required: [...spanRequired, 'text', 'cameo', 'plover', 'goldstein', 'quad', 'negated', 'source', 'target'],
        properties: {
          ...span,
          text: str,
          cameo: str,
          plover: str,
          mode: strOrNull,
          goldstein: { ...num, minimum: -10, maximum: 10 },
          quad: { enum: [1, 2, 3, 4] },
          negated: { type: 'boolean' },
          source: { type: 'object', properties: { ...span, actor: str, name: str } },
          target: { oneOf: [{ type: 'null' }, { type: 'object', properties: { ...span, actor: str, name: str } }] },
          date: str,
          contexts: { type: 'array', items: str, description: 'PLOVER contexts (military, economic, ...); absent when none' },
          issues: {
            type: 'array',
            description:
              "issue codes (ingest/reanalyze/serve --issues FILE) whose phrases the event's sentence holds, one item per phrase found; absent when none",
            items: { type: 'object', required: [...spanRequired, 'text', 'code'], properties: { ...span, text: str, code: str, category: str } },
          },
        },
      },
      Stance: {
        type: 'object',
        required: [...spanRequired, 'actor', 'issue', 'polarity'],
        properties: { ...span, actor: str, issue: str, polarity: { ...num, minimum: -1, maximum: 1 } },
      },
      ArticleDetail: {
        type: 'object',
        required: ['id', 'text', 'actors', 'mentions', 'quotes', 'events', 'stances'],
        properties: {
          rowid: int, id: str, title: strOrNull, url: strOrNull, published: strOrNull, source: strOrNull, text: str,
          duplicate_of: strOrNull,
          actors: { type: 'array', items: ref('Actor') },
          mentions: { type: 'array', items: ref('Mention') },
          quotes: { type: 'array', items: ref('Quote') },
          events: { type: 'array', items: ref('Event') },
          stances: { type: 'array', items: ref('Stance') },
        },
      },
      OutputRecord: {
        description: 'The output contract of docs/output.md: article fields at the top level plus the fact arrays',
        type: 'object',
        required: ['id', 'text', 'actors', 'mentions', 'quotes', 'events', 'stances'],
        properties: {
          id: str, title: str, url: str, published: str, source: str, text: str,
          boilerplate: {
            type: 'array',
            description:
              'syndication footers inside text ("The post ... appeared first on ..." between two stories), in order: no fact comes from them; absent when none',
            items: { type: 'object', required: spanRequired, properties: span },
          },
          actors: { type: 'array', items: ref('Actor') },
          mentions: { type: 'array', items: ref('Mention') },
          quotes: { type: 'array', items: ref('Quote') },
          events: { type: 'array', items: ref('Event') },
          stances: { type: 'array', items: ref('Stance') },
        },
      },
    },
  },
} as const;
