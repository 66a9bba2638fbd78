// http(s) inputs: a GET with a timeout, a redirect limit, a body size limit enforced while
// streaming, and a User-Agent that says who is asking. Every failure is a one-line reason
// naming the status or the cause; the caller turns it into a problem record naming the URL.
//
// Addresses: a URL given to Entente (a feed's links, or a client of `entente serve`) must
// not reach the machine it runs on or its private network (SSRF). Unless the caller allows
// private addresses, every request, the first and each redirect, is refused when its host
// is, or resolves to, a loopback, private, link-local, unique-local or otherwise
// non-public address. The check is made in the connection's own DNS lookup, so the address
// checked is the address connected to (a name that answers differently the second time
// gains nothing).
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { lookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from 'node:dns';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { addressClass } from './addresses.ts';

export const userAgent = 'Entente/0.1 (+https://github.com/entente/entente; news research)';
/** Redirects followed before giving up (browsers allow ~20; news sites need 1-3). */
export const maxRedirects = 5;
export const defaultTimeoutMs = 15_000;
const defaultMaxBytes = 64 * 1024 * 1024;

const acceptHeader = 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5';

export type FetchOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  /** fetch loopback and private addresses too (--allow-private-urls) */
  allowPrivateUrls?: boolean;
};
export type Fetched = { bytes: Uint8Array; contentType?: string; url: string };

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** A request refused for its address: the reason is the whole message. */
class RefusedAddress extends Error {}

function refusal(host: string, address: string, kind: string): RefusedAddress {
  const resolved = host === address ? address : `${host} (${address})`;
  return new RefusedAddress(`refused: ${resolved} is ${kind === 'unspecified' ? 'an' : 'a'} ${kind} address (fetched only with --allow-private-urls)`);
}

/** dns.lookup, failing when any address of the name is not public. */
function publicOnlyLookup(
  hostname: string,
  options: LookupOneOptions | LookupAllOptions,
  callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
): void {
  lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, []);
    const refused = addresses.map((a) => [a.address, addressClass(a.address)] as const).find(([, kind]) => kind !== 'public');
    if (refused) return callback(refusal(hostname, refused[0], refused[1]), []);
    if (options.all) callback(null, addresses);
    else callback(null, addresses[0]!.address, addresses[0]!.family);
  });
}

/** Fetch a URL's body, or the reason we could not. */
export async function fetchBytes(url: string, options: FetchOptions = {}): Promise<Fetched | string> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const maxBytes = options.maxBytes ?? defaultMaxBytes;
  let current = url;
  try {
    for (let redirects = 0; ; redirects++) {
      // One deadline per request, covering both the headers and the streamed body.
      const signal = AbortSignal.timeout(timeoutMs);
      const response = await get(current, signal, options.allowPrivateUrls ?? false);
      const status = response.statusCode ?? 0;
      if (redirectStatuses.has(status)) {
        response.destroy();
        const location = response.headers.location;
        if (!location) return `HTTP ${status} redirect without a Location header`;
        if (redirects >= maxRedirects) return `too many redirects (more than ${maxRedirects})`;
        current = new URL(location, current).href;
        if (!/^https?:/i.test(current)) return `redirect to a non-http URL (${current})`;
        continue;
      }
      if (status < 200 || status > 299) {
        response.destroy();
        return `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`;
      }
      const declaredLength = Number(response.headers['content-length'] ?? NaN);
      const encoded = (response.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
      if (encoded === 'identity' && declaredLength > maxBytes) {
        response.destroy();
        return tooLarge(maxBytes, declaredLength);
      }
      const body = await readLimited(decoded(response, encoded), maxBytes, signal);
      if (typeof body === 'string') return body;
      const contentType = response.headers['content-type'];
      return { bytes: body, url: current, ...(contentType ? { contentType } : {}) };
    }
  } catch (e) {
    return failureReason(e, timeoutMs);
  }
}

/** One GET; resolves when the response headers are in. */
function get(url: string, signal: AbortSignal, allowPrivate: boolean): Promise<IncomingMessage> {
  const target = new URL(url);
  if (!/^https?:$/.test(target.protocol)) throw new TypeError('Invalid URL');
  // An address written in the URL is never looked up: it is checked here
  // ("2130706433" and "0x7f.1" are already 127.0.0.1 in a parsed URL).
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!allowPrivate && isIP(host)) {
    const kind = addressClass(host);
    if (kind !== 'public') throw refusal(host, host, kind);
  }
  const client = target.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.get(
      target,
      {
        signal,
        headers: { 'user-agent': userAgent, accept: acceptHeader, 'accept-encoding': 'gzip, deflate, br' },
        ...(allowPrivate ? {} : { lookup: publicOnlyLookup as typeof lookup }),
      },
      resolve,
    );
    request.on('error', reject);
  });
}

/** The body with its Content-Encoding undone: the size limit applies to what we read. */
function decoded(response: IncomingMessage, encoding: string): Readable {
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

function tooLarge(maxBytes: number, size?: number): string {
  return `response too large (${size !== undefined ? `${size} bytes` : `more than ${maxBytes} bytes`}, limit ${maxBytes}; raise it with --max-bytes)`;
}

async function readLimited(body: Readable, maxBytes: number, signal: AbortSignal): Promise<Uint8Array | string> {
  const chunks: Buffer[] = [];
  let total = 0;
  const abort = () => body.destroy(signal.reason as Error);
  signal.addEventListener('abort', abort, { once: true });
  try {
    for await (const chunk of body as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        body.destroy();
        return tooLarge(maxBytes);
      }
      chunks.push(chunk);
    }
  } finally {
    signal.removeEventListener('abort', abort);
  }
  return Buffer.concat(chunks);
}

function failureReason(e: unknown, timeoutMs: number): string {
  if (e instanceof RefusedAddress) return e.message;
  const error = e as Error & { code?: string; cause?: { code?: string; message?: string } };
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return `timed out after ${timeoutMs} ms`;
  if (error.code === 'ERR_INVALID_URL' || (error instanceof TypeError && /invalid url/i.test(error.message))) return 'invalid URL';
  if (error.code?.startsWith('Z_')) return `corrupt compressed response (${error.message})`;
  const cause = error.code ?? error.cause?.code ?? error.cause?.message ?? error.message;
  return `unreachable (${cause})`;
}
