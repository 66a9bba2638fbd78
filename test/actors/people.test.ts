// People keep a country and a role: titles of office, appositions in either order, "former",
// datelines, and the events that carry a person's country (issue 15). Hand-written sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analyze.ts';
import { loadContext } from '../../src/context.ts';
import { mentionPairs, recognizeText } from './helpers.ts';

test('a title of office before an unknown name gives the role; the article its country', () => {
  const r = recognizeText('The United States Senate debated the American farm bill on Tuesday. Sen. Mara Quellin said the bill would pass, and Quellin later met farmers.', '2021-05-04');
  assert.deepEqual(mentionPairs(r).filter((p) => p.includes('Quellin')), ['Sen. Mara Quellin => person:mara-quellin', 'Quellin => person:mara-quellin']);
  assert.deepEqual(r.actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person', country: 'USA', role: 'LEG' });
});

test('a title with no country the article can give leaves the person without one', () => {
  const r = recognizeText('Chile and Peru closed the border. Sen. Mara Quellin said the border was closed.', '2021-05-04');
  assert.deepEqual(r.actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person' });
});

test('a story about two countries\' talks has no home country for a title without one', () => {
  const text = 'China and the United States opened talks on Monday. China wants steel quotas, and China would not yield. The United States disagreed. Sen. Mara Quellin said the talks were hard.';
  assert.deepEqual(recognizeText(text, '2016-06-07').actors.find((a) => a.id === 'person:mara-quellin'), { id: 'person:mara-quellin', name: 'Mara Quellin', kind: 'person' });
  const home = 'China opened talks in Beijing. China wants steel quotas, and China said China would not yield. The United States disagreed. Sen. Mara Quellin said the talks were hard.';
  assert.equal(recognizeText(home, '2016-06-07').actors.find((a) => a.id === 'person:mara-quellin')?.country, 'CHN');
});

test('a former office holder is one of the country’s elites (ELI)', () => {
  const r = recognizeText('Brazil raised taxes, and Brazil’s central bank was blamed by former finance minister Otavio Pereira Lemos on Monday.', '2021-05-04');
  const lemos = r.actors.find((a) => a.id === 'person:otavio-pereira-lemos');
  assert.equal(lemos?.country, 'BRA');
  assert.equal(lemos?.role, 'ELI');
});

test('role, comma, name: "The Norwegian foreign minister, Halvard Tenmark," is one person, and so is "Mr. Tenmark"', () => {
  const r = recognizeText('The Norwegian foreign minister, Halvard Tenmark, criticized Sweden on Monday. Mr. Tenmark said talks would go on.', '2021-05-04');
  assert.deepEqual(mentionPairs(r), ['The Norwegian foreign minister => NORGOV', 'Halvard Tenmark => NORGOV', 'Sweden => SWE', 'Mr. Tenmark => NORGOV']);
});

test('role, comma, name needs a singular role and a bare name: a list of countries is not one', () => {
  const r = recognizeText('The ministers, Sweden and Norway, met in Oslo.', '2021-05-04');
  assert.ok(mentionPairs(r).includes('Sweden => SWE'), mentionPairs(r).join('; '));
});

test('in a digest of stories, a title of office takes its own story’s dateline country', () => {
  const text = 'OSLO - Prime Minister Kari Lindtvedt said on Monday that taxes would fall.\n\nLIMA - Peru and Chile signed a border accord. Peru said the accord was fair.';
  assert.ok(mentionPairs(recognizeText(text, '1987-03-02')).includes('Prime Minister Kari Lindtvedt => NORGOV'));
});

test('a single dateline is a bureau: the country the article names wins', () => {
  const text = 'NICOSIA - Iraq said on Monday that Iraq would sell more oil. Oil Minister Samir Haddad said talks went well.';
  assert.ok(mentionPairs(recognizeText(text, '1997-04-28')).includes('Oil Minister Samir Haddad => IRQGOV'));
});

test('an event of a person: actor carries the person’s country and role', () => {
  const ctx = loadContext();
  const text = 'The United States Senate debated the American farm bill on Tuesday. Sen. Mara Quellin criticized Canada on Wednesday.';
  const events = analyze({ id: 't', text, published: '2021-05-04' }, ctx).events;
  const e = events.find((x) => x.source.actor === 'person:mara-quellin');
  assert.ok(e, JSON.stringify(events.map((x) => [x.source.actor, x.target?.actor, x.cameo])));
  assert.equal(e.source.country, 'USA');
  assert.equal(e.source.role, 'LEG');
  assert.equal(e.target?.actor, 'CAN');
});

test('name cues: a title.<ROLE> word is an honorific with the role it gives', async () => {
  const { readNameCues } = await import('../../src/actors/cues.ts');
  const cues = readNameCues('honorific.male: mr.\ntitle.LEG: sen. senator\ntitle.MIL: gen.\n', 'test.cues.txt');
  assert.equal(cues.honorificRole.get('sen.'), 'LEG');
  assert.equal(cues.honorificRole.get('gen.'), 'MIL');
  assert.ok(cues.honorific.has('senator'));
  assert.equal(cues.honorificRole.get('mr.'), undefined);
  assert.throws(() => readNameCues('title.XYZ: sen.\n', 'bad.cues.txt'), /bad\.cues\.txt:1: unknown class "title\.XYZ"/);
});

test('a title met after the first mention still gives the person a role and country', () => {
  const r = recognizeText('The United States Senate debated the American farm bill. Mara Quellin spoke first, and Sen. Quellin said the bill would pass.', '2021-05-04');
  assert.deepEqual(mentionPairs(r).filter((p) => p.includes('Quellin')), ['Mara Quellin => person:mara-quellin', 'Sen. Quellin => person:mara-quellin']);
  const quellin = r.actors.find((a) => a.id === 'person:mara-quellin');
  assert.equal(quellin?.country, 'USA');
  assert.equal(quellin?.role, 'LEG');
});
