// Which of two readings a word has (issue 15): a place of the dictionaries or a person's surname, an
// officer's title or the first word of a firm's name, a government's title or a firm's. Hand-written text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognizeText } from './helpers.ts';

test('a lone place of the dictionaries that the article wrote as a surname is that person: "Rick Lazio ... Lazio"', () => {
  const r = recognizeText('Republican Rick Lazio announced his campaign on Monday. Lazio was quickly dismissed by voters, and Lazio left.', '2016-06-01');
  assert.deepEqual(r.mentions.filter((m) => m.text === 'Lazio').map((m) => m.actor), ['person:rick-lazio', 'person:rick-lazio']);
  // (nor does the surname make Italy the article's country)
  assert.equal(r.actors.find((a) => a.id === 'person:rick-lazio')?.country, undefined);
  // with no such person, the region is Italy's
  assert.equal(recognizeText('Lazio was hit by floods on Monday.', '2016-06-01').mentions[0]?.actor, 'ITA');
});

test('"General" written out before a common noun names a firm, not an officer: "General Acquisition"', () => {
  const r = recognizeText('Shareholders rejected a tender offer from General Acquisition on Monday. General Marcus Tolland and Gen. Ada Brill disagreed.', '1987-03-03');
  assert.equal(r.mentions.find((m) => m.text === 'General Acquisition')?.actor, 'org:general-acquisition');
  assert.deepEqual(r.actors.find((a) => a.id === 'org:general-acquisition'), { id: 'org:general-acquisition', name: 'General Acquisition', kind: 'organization', role: 'BUS' });
  assert.ok(r.actors.some((a) => a.id === 'person:marcus-tolland') && r.actors.some((a) => a.id === 'person:ada-brill'), JSON.stringify(r.actors));
});

test('a firm\'s "president and chief executive" is a business role, not the government\'s', () => {
  const r = recognizeText('OTTAWA, March 3 - Maple Air Inc said its president and chief executive Donald Querry had resigned.', '1987-03-03');
  const p = r.actors.find((a) => a.id === 'person:donald-querry');
  assert.notEqual(p?.role, 'GOV', JSON.stringify(p));
});

test('the subject "they" of a clause that "They told X" reports is the first "they", not X', () => {
  const r = recognizeText('Vietnamese refugees reached the coast on Monday. They told Chinese authorities that they paid smugglers to bring them.', '1987-03-03');
  assert.deepEqual(r.mentions.filter((m) => /^the[ym]/i.test(m.text)).map((m) => `${m.text} => ${m.actor}`), ['They => VNMREF', 'they => VNMREF', 'them => VNMREF']);
});
