// English inflection for the verb dictionary: PETRARCH lists verbs by their
// base form and generates the regular forms itself ("the program automatically
// generates the regular forms of the verb if it is regular"); irregular forms
// are given in {...}. We do the same, so a cue is found by the token's lower
// form alone, without a lemmatiser in the hot path.

const vowels = 'aeiou';

function isVowel(c: string | undefined): boolean {
  return c !== undefined && vowels.includes(c);
}

/** "stop" -> true: short consonant-vowel-consonant words double the final letter (stopped). */
function doublesFinalConsonant(word: string): boolean {
  const n = word.length;
  if (n < 3) return false;
  const last = word[n - 1]!;
  return !isVowel(last) && !'wxy'.includes(last) && isVowel(word[n - 2]) && !isVowel(word[n - 3]);
}

/** Third person singular: accuse -> accuses, reach -> reaches, deny -> denies. */
export function thirdPerson(verb: string): string {
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  if (/(s|sh|ch|x|z|o)$/.test(verb)) return `${verb}es`;
  return `${verb}s`;
}

/** Regular past / past participle: agree -> agreed, deny -> denied, stop -> stopped (and stoped, harmless). */
export function pastForms(verb: string): string[] {
  if (verb.endsWith('e')) return [`${verb}d`];
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`];
  const forms = [`${verb}ed`];
  if (doublesFinalConsonant(verb)) forms.push(`${verb}${verb[verb.length - 1]}ed`);
  return forms;
}

/** Present participle: agree -> agreeing, accuse -> accusing, stop -> stopping. */
export function gerundForms(verb: string): string[] {
  if (/ie$/.test(verb)) return [`${verb.slice(0, -2)}ying`];
  if (/[^e]e$/.test(verb)) return [`${verb.slice(0, -1)}ing`];
  const forms = [`${verb}ing`];
  if (doublesFinalConsonant(verb)) forms.push(`${verb}${verb[verb.length - 1]}ing`);
  return forms;
}

/** All regular forms of a verb, base first. */
export function regularVerbForms(verb: string): string[] {
  return [...new Set([verb, thirdPerson(verb), ...pastForms(verb), ...gerundForms(verb)])];
}

/** PETRARCH's plural rule for pattern nouns: +S, Y -> IES, SS -> SSES. */
export function nounPlural(noun: string): string {
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(ss|sh|ch|x)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/**
 * The British spelling of an -ize verb form ("penalized" -> "penalised"), or undefined. Only
 * for stems of four letters or more: "seize", "prize" and "size" are no -ize verbs.
 */
export function britishSpelling(word: string): string | undefined {
  const m = /^([a-z]{4,})iz(e|es|ed|ing)$/.exec(word);
  return m ? `${m[1]}is${m[2]}` : undefined;
}
