// Live responses against /api/openapi.json, validated by a JSON Schema validator (Ajv, draft
// 2020-12, which OpenAPI 3.1 uses): a generated client accepts what the server sends, nulls
// included.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { openApiDocument } from '../../src/server/openapi.ts';
import { startSampleServer, type SampleServer } from './sample-server.ts';

let server: SampleServer;
before(async () => {
  server = await startSampleServer();
});
after(async () => {
  await server.stop();
});

const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
type Doc = { paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: unknown }> }> }>> };
const doc = openApiDocument as unknown as Doc;

/** The validator of one documented response; `#/components/...` refs resolve against the document's components. */
function validatorFor(path: string, method: string, status = '200') {
  const schema = doc.paths[path]![method]!.responses[status]!.content!['application/json']!.schema as Record<string, unknown>;
  return ajv.compile({ ...schema, components: openApiDocument.components });
}

async function check(path: string, url: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(`${server.url}${url}`, init);
  assert.equal(res.status, 200, url);
  const body = await res.json();
  const validate = validatorFor(path, (init?.method ?? 'get').toLowerCase());
  const ok = validate(body);
  assert.ok(ok, `${url}: ${ajv.errorsText(validate.errors?.slice(0, 5), { separator: '; ' })}`);
  return body;
}

test('every GET endpoint answers what the OpenAPI document says, nulls included', async () => {
  await check('/api/stats', '/api/stats');
  const articles = (await check('/api/articles', '/api/articles?limit=200')) as { items: { id: string }[] };
  await check('/api/articles', '/api/articles?duplicates=true&limit=200');
  for (const a of articles.items.slice(0, 40)) await check('/api/articles/{id}', `/api/articles/${encodeURIComponent(a.id)}`);
  await check('/api/quotes', '/api/quotes?limit=500');
  await check('/api/events', '/api/events?limit=500&negated=true');
  const actors = (await check('/api/actors', '/api/actors?limit=200')) as { items: { id: string }[] };
  for (const a of actors.items.slice(0, 10)) await check('/api/actors/{id}', `/api/actors/${encodeURIComponent(a.id)}`);
  await check('/api/stances', '/api/stances?limit=500');
  await check('/api/cohesion', '/api/cohesion?a=USA&b=EU&by=year');
  await check('/api/cohesion/matrix', '/api/cohesion/matrix?among=USA,GBR,FRA,RUS');
  await check('/api/cohesion/evidence', '/api/cohesion/evidence?a=USA&b=EU&window=all');
});

test('POST /api/analyze answers the output contract as documented', async () => {
  await check('/api/analyze', '/api/analyze', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: 'Norway accused Chile of spying on Monday. "We deny it," the Chilean minister said.' }),
  });
  // a footer between two stories: the record lists its range as `boilerplate`
  const footer = 'The post Norway accuses Chile appeared first on Example Wire.';
  const text = `Norway accused Chile of spying on Monday.\n\n${footer}\n\n"We deny it," the Chilean minister said.`;
  const body = (await check('/api/analyze', '/api/analyze', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text }),
  })) as { articles: { boilerplate?: { start: number; end: number }[] }[] };
  assert.deepEqual(body.articles[0]!.boilerplate, [{ start: text.indexOf(footer), end: text.indexOf(footer) + footer.length }]);
});

test("an event's issues (--issues) are what the Event schema says: each phrase with its span, words and code", () => {
  const validate = ajv.compile({ $ref: '#/components/schemas/Event', components: openApiDocument.components });
  const event = {
    start: 0, end: 25, text: 'Norway accused Chile', cameo: '112', plover: 'ACCUSE', goldstein: -2, quad: 3, negated: false,
    source: { start: 0, end: 6, actor: 'NOR', name: 'Norway' }, target: { start: 15, end: 20, actor: 'CHL', name: 'Chile' },
    issues: [{ start: 24, end: 30, text: 'spying', code: 'ESPIONAGE', category: 'SECURITY' }, { start: 40, end: 43, text: 'oil', code: 'OIL' }],
  };
  assert.ok(validate(event), ajv.errorsText(validate.errors));
  assert.ok(!validate({ ...event, issues: [{ start: 24, end: 30, text: 'spying' }] }), 'an issue without its code');
});

test('GET /api/events?issue= filters on an issue code (none in the sample store, ingested without --issues); a malformed code is a 400', async () => {
  const body = (await check('/api/events', '/api/events?issue=OIL')) as { items: unknown[] };
  assert.deepEqual(body.items, []);
  const bad = await fetch(`${server.url}/api/events?issue=${encodeURIComponent('OIL; DROP')}`);
  assert.equal(bad.status, 400);
  assert.match(((await bad.json()) as { error: { reason: string } }).error.reason, /issue: expected an issue code/);
});
