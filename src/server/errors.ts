// One error type for the whole API: it carries the HTTP status and a one-line
// reason meant for the client. Everything else that escapes a handler is a 500
// whose details stay on the server (no stack traces in responses).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';

export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  /** headers the response carries besides the error body (Retry-After on a 503) */
  readonly headers: Record<string, string>;
  constructor(status: ContentfulStatusCode, reason: string, options?: { cause?: unknown; headers?: Record<string, string> }) {
    super(oneLine(reason), options);
    this.name = 'ApiError';
    this.status = status;
    this.headers = options?.headers ?? {};
  }
}

export const badRequest = (reason: string) => new ApiError(400, reason);
export const notFound = (reason: string) => new ApiError(404, reason);

/** Reasons go into a JSON body and often into a terminal: keep them on one line. */
function oneLine(reason: string): string {
  return reason.replace(/\s+/g, ' ').trim();
}

export type ErrorBody = { error: { status: number; reason: string } };

/** The one place where thrown errors become HTTP responses. */
export function errorResponse(err: unknown, c: Context, log: (line: string) => void = defaultLog): Response {
  let status: ContentfulStatusCode = 500;
  let reason = 'internal error';
  if (err instanceof ApiError) {
    status = err.status;
    reason = err.message;
    for (const [name, value] of Object.entries(err.headers)) c.header(name, value);
  } else if (err instanceof HTTPException) {
    // Hono's own middleware (body parsing, limits) throws these with client-facing messages.
    status = err.status;
    reason = oneLine(err.message) || 'request rejected';
  } else {
    log(`entente serve: ${c.req.method} ${new URL(c.req.url).pathname}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  }
  // A request whose body we refused to read leaves that body on the socket:
  // close the connection so a keep-alive client does not reuse it.
  if (status === 413) c.header('Connection', 'close');
  const body: ErrorBody = { error: { status, reason } };
  return c.json(body, status);
}

function defaultLog(line: string): void {
  process.stderr.write(`${line}\n`);
}
