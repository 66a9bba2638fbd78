// The pronouns and dashes the quotes stage reads, one home for its lists (the pronouns had five
// copies, built one from another here). Lower case, as Doc.lower holds them. Relative pronouns and possessive
// determiners are nlp/tree.ts's; dashes are nlp/closed-class.ts's, shared with datelines.

/** Personal pronouns of people who speak or think: "he said", "they think", "I believe". */
export const speakingPronouns: ReadonlySet<string> = new Set(['i', 'we', 'he', 'she', 'they']);

/** Subject pronouns that make a noun phrase by themselves: the speaking ones, "you" and "it". */
export const subjectPronouns: ReadonlySet<string> = new Set([...speakingPronouns, 'you', 'it']);

/** Pronouns a speaker phrase may be made of that describe no one by name: the subject pronouns and "who". */
export const descriptionPronouns: ReadonlySet<string> = new Set([...subjectPronouns, 'who']);

/** Pronouns that open a clause of their own right after a cue ("Cruz says he ...", "says there is ..."). */
export const clauseSubjects: ReadonlySet<string> = new Set([...speakingPronouns, 'it', 'there']);

/** Words that open a content clause as its subject when tagged PRON ("says this is ...", "said you could ..."). */
export const clauseStartPronouns: ReadonlySet<string> = new Set([...subjectPronouns, 'there', 'this', 'these', 'those']);

/** Subjects that say no one did it: "nobody thanked them", "none of them praised it" ("no one" by its determiner, predicate.ts). */
export const negativeSubjects: ReadonlySet<string> = new Set(['nobody', 'noone', 'none']);

export { dashes } from '../nlp/closed-class.ts';
