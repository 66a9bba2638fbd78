// The records every stage reads and writes. Offsets are JavaScript string
// indices (UTF-16 code units) into Article.text, half-open [start, end).

export type Span = { start: number; end: number };

export type Article = {
  id: string;
  text: string;
  title?: string;
  url?: string;
  published?: string /* ISO 8601 */;
  source?: string;
  lang?: string;
  byline?: string;
  /** input fields we do not interpret, kept as given (JSON Lines extras, feed guid, ...) */
  extra?: Record<string, unknown>;
  /** syndication boilerplate inside the text ("The post ... appeared first on ..." between two stories):
   * ranges of `text`, in order, that the analysis reads no tokens in (ingest cuts it at the end instead) */
  boilerplate?: Span[];
};

export type ActorKind = 'state' | 'organization' | 'person' | 'group';

export type Actor = {
  id: string /* CAMEO-style code, e.g. USAGOV, RUS, IGOWSTNAT, or person:... */;
  name: string;
  kind: ActorKind;
  country?: string /* ISO 3166 alpha-3 */;
  role?: string /* GOV, MIL, ... */;
  /**
   * country_inferred: for a person whose country no words of the text state, where the country
   * was guessed from: 'dateline' (a source quoted in a story filed from that country), 'article'
   * (the article's dateline or home country, for any other person)
   */
  country_inferred?: 'dateline' | 'article';
};

/**
 * refers_to: for a pronoun or "who" resolved to someone named before ("he" -> "Halvard Tenmark"),
 * the span and words of that named mention (the first name of a chain of pronouns)
 */
export type Mention = Span & { text: string; actor: string; refers_to?: Span & { name: string } };

export type QuoteKind = 'direct' | 'partial' | 'mixed' | 'indirect';

export type Quote = Span & {
  text: string;
  kind: QuoteKind;
  /** inferred: 'continuation' when no attribution names the speaker and a paragraph that is only a
   * quotation continues the previous paragraph's last speaker (the span is that speaker's) */
  speaker: (Span & { name: string; actor?: string; inferred?: 'continuation' }) | null;
  cue?: Span & { text: string };
  /** the pieces [start, end) of a quotation interrupted by its attribution or running over
   * paragraphs ("“A,” she said. “B.”"); start/end then cover all of them. Absent for one piece. */
  fragments?: [number, number][];
};

export type Quad = 1 | 2 | 3 | 4;

export type Event = Span & {
  text: string;
  cameo: string;
  plover: string;
  mode?: string;
  goldstein: number;
  quad: Quad;
  negated: boolean;
  /** country/role: for a person: or org: actor, the state and role it acts for (from its Actor record) */
  source: Span & { actor: string; name: string; country?: string; role?: string };
  target: (Span & { actor: string; name: string; country?: string; role?: string }) | null;
  date?: string /* when it happened, if the text says */;
  /** future ("will meet"), hypothetical ("could strike") or conditional ("if ... will"); absent when asserted */
  modality?: 'future' | 'hypothetical' | 'conditional';
  /** the cue words (verb phrase with its pattern, or the noun) that selected the code */
  cue?: Span & { text: string };
  /**
   * how sure the coder is (0-1): the weights of the rule family that coded the event and of its
   * CAMEO root (data/events/confidence.tsv, docs/output.md); absent on events stored before it existed
   */
  confidence?: number;
  /**
   * PLOVER contexts (military, economic, election, ...: data/events/plover-contexts.tsv) from the
   * sentence's words, the parties' roles and the code (src/events/contexts.ts); absent when none
   */
  contexts?: string[];
  /**
   * the issue codes (an issue-coding file given with --issues: src/events/issue-coding.ts) whose
   * phrases the event's sentence holds, one per phrase found; absent when none or without --issues
   */
  issues?: IssueMatch[];
};

/** A phrase of an issue-coding file found in the text: its span and words, its code and its section's category. */
export type IssueMatch = Span & { text: string; code: string; category?: string };

/** country/role: for a person: or org: actor, the state and role it acts for in this article (from its Actor record) */
export type Stance = Span & { actor: string; issue: string; polarity: number /* -1..1 */; country?: string; role?: string };

export type Analysis = {
  article: Article;
  actors: Actor[];
  mentions: Mention[];
  quotes: Quote[];
  events: Event[];
  stances: Stance[];
};
