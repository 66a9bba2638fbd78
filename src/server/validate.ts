// Validation at the edge: query strings and JSON bodies are checked with zod
// before any handler logic runs, and the first problem becomes a 400 with a
// one-line reason that names the parameter.
import { z } from 'zod';
import type { Context } from 'hono';
import { badRequest } from './errors.ts';

export const limits = {
  /** rows per page when the client does not ask */
  defaultPageSize: 50,
  /** the most rows one request can return */
  maxPageSize: 500,
  /** POST bodies (analyze): text of a long article plus room for JSON escaping */
  maxBodyBytes: 1024 * 1024,
  /** search strings and free-text filters */
  maxFilterChars: 200,
  /** characters of text one POST /api/analyze analyses (its time grows with them: ~3 s per 100,000 on one core) */
  maxTextChars: 512 * 1024,
  /** articles waiting for analysis, beyond which POST /api/analyze answers 503 */
  maxQueuedArticles: 16,
  /** bytes read from a URL given to POST /api/analyze */
  maxFetchBytes: 8 * 1024 * 1024,
  /** article and actor ids */
  maxIdChars: 200,
  /** windows of one cohesion answer, every pair counted (an empty window is ~550 bytes of JSON) */
  maxCohesionWindows: 10_000,
  /** cohesion answers kept per store version, and the memory they may take (UTF-16: 2 bytes a character) */
  cohesionCacheEntries: 64,
  cohesionCacheBytes: 64 * 1024 * 1024,
} as const;

const isoDate = /^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** A real calendar date: month 1-12 and a day that month has (V8's Date.parse accepts 2020-02-30). */
function isCalendarDate(v: string): boolean {
  if (!isoDate.test(v)) return false;
  const [y, m = 1, d = 1] = v.slice(0, 10).split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
  return v.length <= 10 || !Number.isNaN(Date.parse(v));
}

/** since/until: an ISO date prefix (2025, 2025-03, 2025-03-14 or a timestamp). */
export const dateParam = z.string().refine(isCalendarDate, {
  error: (i) => `expected a date like 2025-03 or 2025-03-14, got "${String(i.input)}"`,
});

function wholeNumber(min: number, max: number) {
  return z.string().transform((v, ctx) => {
    const n = /^\d+$/.test(v) ? Number(v) : Number.NaN;
    if (!Number.isSafeInteger(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `expected a whole number from ${min} to ${max}, got "${v}"` });
      return z.NEVER;
    }
    return n;
  });
}

export const limitParam = wholeNumber(1, limits.maxPageSize).optional().transform((v) => v ?? limits.defaultPageSize);
/** The rowid of the last row of the previous page. */
export const cursorParam = wholeNumber(0, Number.MAX_SAFE_INTEGER).optional();
export const textParam = z.string().max(limits.maxFilterChars, { error: `at most ${limits.maxFilterChars} characters` });
export const idParam = z
  .string()
  .min(1, { error: 'must not be empty' })
  .max(limits.maxIdChars, { error: `at most ${limits.maxIdChars} characters` })
  .refine((v) => !/[\u0000-\u001f]/.test(v), { error: 'control characters are not allowed' });

/** The common page parameters; endpoints extend this with their own filters. */
export const pageQuery = z.strictObject({ limit: limitParam, cursor: cursorParam });

/** The first zod issue as "name: reason". */
function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid input';
  if (issue.code === 'unrecognized_keys') return `unknown parameter${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
  const where = issue.path.length ? issue.path.join('.') : 'body';
  if (issue.code === 'invalid_type' && issue.input === undefined) return `${where}: required`;
  return `${where}: ${issue.message}`;
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw badRequest(describeIssue(result.error));
  return result.data;
}

/** Query string -> validated object. A repeated parameter is a 400, not a silent pick. */
export function parseQuery<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const all = c.req.queries();
  for (const [name, values] of Object.entries(all)) {
    if (values.length > 1) throw badRequest(`${name}: given ${values.length} times, expected once`);
  }
  return parseWith(schema, c.req.query());
}

/** JSON body -> validated object; malformed JSON is a 400 naming the problem. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw badRequest(`expected Content-Type: application/json, got "${type || 'none'}"`);
  const raw = await c.req.text();
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch (e) {
    throw badRequest(`body is not valid JSON (${(e as Error).message})`);
  }
  return parseWith(schema, body);
}
