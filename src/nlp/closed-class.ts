// Closed-class words of English that more than one stage reads, one list each (issue 18: the
// stages had their own copies, which drifted apart). Lower case, as Doc.lower holds them.

/** The days of the week. */
export const weekdays: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** The months, in full. */
export const months: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december',
];

/** Days named from today, in lower case ("said yesterday", "will meet tonight", "meets tomorrow"). */
export const daysFromToday: readonly string[] = ['today', 'yesterday', 'tonight', 'tomorrow'];

/** The months shortened, as datelines write them ("Jan. 5", "Sept 30"); "may" and "march" are words of their own. */
export const monthAbbreviations: readonly string[] = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];

/** Nouns of a stretch of time, singular and plural: "a day after the vote", "two weeks ago", "at this moment". */
export const timeSpanNouns: ReadonlySet<string> = new Set(
  ['day', 'week', 'month', 'year', 'hour', 'minute', 'night', 'morning', 'afternoon', 'evening', 'weekend', 'time', 'moment', 'decade'].flatMap(
    (w) => [w, `${w}s`],
  ),
);

/** Words that place a time from now or from another: "last week", "the past two decades", "earlier this year", "two days ago". */
export const timeRelatives: readonly string[] = ['last', 'past', 'this', 'next', 'earlier', 'later', 'ago'];

/**
 * Words of a time phrase, which is never a speaker, an actor or what someone is called ("on Tuesday",
 * "last week", "this month", "two days ago", "a day after the vote").
 */
export const timeWords: ReadonlySet<string> = new Set([...weekdays, ...months, ...daysFromToday, ...timeSpanNouns, ...timeRelatives]);

/**
 * The words a date is read around (events/dates.ts hands chrono a few words on each side of each):
 * those of timeWords that name a day, a month or a year, or count back to one, and the months shortened.
 * Narrower than timeWords, as every window costs a parse, and "this morning" dates nothing the article does not.
 */
export const dateWords: ReadonlySet<string> = new Set([
  ...weekdays, ...months, ...monthAbbreviations, ...daysFromToday, 'ago', 'last', 'next', 'earlier', 'week', 'month', 'year',
]);

/**
 * Dashes that stand apart from words: around an aside ("said — on Twitter — that"), after a
 * dateline ("WASHINGTON ― Senate leaders said"), before the name that signs a quotation ("” -- Karen Bobadilla").
 */
export const dashes: ReadonlySet<string> = new Set(['—', '–', '―', '--']);

/**
 * Quotation marks that face the words they open: curly (“ ‘), low („), angle («) and the newswire
 * grave accent (`` comes as two tokens, "`" + "`"). Each is one token; quotes/marks.ts pairs them.
 */
export const openingQuotationMarks: ReadonlySet<string> = new Set(['“', '‘', '„', '«', '`']);

/** Quotation marks that face the words they close: ” ’ »; "’" is also the apostrophe of "States’". */
export const closingQuotationMarks: ReadonlySet<string> = new Set(['”', '’', '»']);

/** Straight quotation marks, which open or close ("'" is also an apostrophe, and newswire's '' is two of them). */
export const straightQuotationMarks: ReadonlySet<string> = new Set(['"', "'"]);

/** Marks that may open a quotation: the opening ones and the straight ones. */
export const mayOpenQuotation: ReadonlySet<string> = new Set([...openingQuotationMarks, ...straightQuotationMarks]);

/** Marks that may close a quotation: the closing ones and the straight ones. */
export const mayCloseQuotation: ReadonlySet<string> = new Set([...closingQuotationMarks, ...straightQuotationMarks]);

/**
 * The double marks of the sets above, for a reader that cannot tell a single mark from an
 * apostrophe ("the States’ allies"): “ „ « and newswire `` open, ” » close, " opens or closes.
 */
export const openingDoubleQuotationMarks: ReadonlySet<string> = new Set(['“', '„', '«', '`']);
export const closingDoubleQuotationMarks: ReadonlySet<string> = new Set(['”', '»']);

/** Penn tags of finite verbs and modals: a token with one is a predicate of its own. */
export const finiteVerbTags: ReadonlySet<string> = new Set(['VBZ', 'VBD', 'VBP', 'MD']);

/** The forms of "be", contracted ones included ("he's", "they’re", "I'm"). */
export const beForms: ReadonlySet<string> = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", '’s', "'re", '’re', "'m", '’m']);

/**
 * The forms of "get" that make a passive as "be" does ("got arrested", "were getting killed"),
 * and that say the subject receives something ("farmers must get a fair price").
 */
export const getForms: ReadonlySet<string> = new Set(['get', 'gets', 'got', 'gotten', 'getting']);

/** The forms of "have" that make a perfect tense with a past participle ("have alleged", "she'd agreed"). */
export const perfectAuxiliaries: ReadonlySet<string> = new Set(['have', 'has', 'had', "'ve", '’ve', "'d", '’d']);

/** The "not" that wink-nlp splits off a contracted verb: "Aren't" -> "are" + "n't", "can’t" -> "ca" + "n’t". */
export const contractedNot: ReadonlySet<string> = new Set(["n't", 'n’t']);

/**
 * Words that negate the predicate (or noun) they modify: "did not meet", "didn’t meet", "dont"
 * ("do" + "nt"), "never signed", "no talks"; and "cannot" where a tokeniser keeps it whole, as the
 * UD treebanks do (wink-nlp writes "can" + "not").
 */
export const negators: ReadonlySet<string> = new Set([...contractedNot, 'nt', 'not', 'never', 'no', 'cannot']);

/** The modal auxiliaries of the future ("will meet", "'ll meet", "won't" -> "wo" + "n't"). */
export const futureModals: ReadonlySet<string> = new Set(['will', 'shall', "'ll", '’ll', 'wo']);

/**
 * Modal auxiliaries, those of the future among them ("can't" -> "ca" + "n't"). "'d" is left out:
 * it is "would" or "had" ("he'd meet", "he'd met").
 */
export const modalWords: ReadonlySet<string> = new Set([
  ...futureModals, 'can', 'ca', 'cannot', 'could', 'may', 'might', 'must', 'should', 'would', 'ought',
]);

/** Subordinators that make their clause a condition or an open question, not a fact. */
export const conditionalMarks: ReadonlySet<string> = new Set(['if', 'unless', 'whether']);

/** Possessive determiners: they say whose the next noun is ("with his Italian counterpart", "her
 * warning that ..."), not who acts or speaks. */
export const possessiveDeterminers: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);

/** Pronouns that stand for the noun their relative clause modifies: "the militants who attacked". */
export const relativePronouns: ReadonlySet<string> = new Set(['who', 'whom', 'which', 'that']);

/** Whether the two words before token t are "according to", which names t as a source: "according to AFP". */
export function followsAccordingTo(lower: readonly string[], t: number): boolean {
  return t >= 2 && lower[t - 1] === 'to' && lower[t - 2] === 'according';
}
