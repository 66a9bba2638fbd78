// Repairs to wink-nlp's tokens where they split or join words unlike the treebanks the
// tagger and parser learnt from (and unlike what the stages expect):
//
//   Amazon.com, Booking.com, www.un.org    wink: "Amazon" "." "com" (and a sentence break
//                                          after the dot)            -> one token
//   "We shall see..."                      wink: "." ".."            -> "..."
//   I'm sure. Here's why.                  wink: "I'm", "Here's"     -> "I" "'m", "Here" "'s"
//   Əliyev, Ŋugi                           wink splits at letters beyond Latin-1 (those nlp/index.ts
//                                          winkView folds, "Erdoğan", never reach it): "Ə" "liyev"
//                                                                    -> one word
//
// A merge joins pieces with nothing between them in the text; a sentence boundary that
// fell between them goes. Offsets stay exact: a token is still text.slice(start, end).
//
// And sentence breaks wink puts inside a short bracketed aside, or after one before a word in
// lower case, go (keepAsidesWhole):
//
//   Reps. Chris Collins (R-N.Y.) and ...   wink: "(R-N." | "Y.) and ..."   -> one sentence
//   Sen. Ron Johnson (R-Wis.) said ...     wink: "... (R-Wis.)" | "said ..." -> one sentence
//   Rep. Jo Cummings (D-Md.), chair of ... wink: "... (D-Md.)" | ", chair ..." -> one sentence
//
// Nor does a sentence start inside a dotted abbreviation written without spaces, or with a
// mark that only continues one:
//
//   Sen. Kelly Ayotte, R-N.H., returned    wink: "... R-N." | "H., returned" -> one sentence
//   Rep. Lacy Clay (D-Mo.): ...            wink: "... (D-Mo." | "): ..."     -> one sentence

/** Token arrays as the nlp stage lays them out, plus where sentences start. */
export type TokenArrays = {
  start: number[];
  end: number[];
  value: string[];
  pos: string[];
  negated: number[];
  /** 1 when the token opens a sentence */
  opens: number[];
};

/** "Amazon" "." "com": letters or digits, a dot, then lower-case letters or digits, all touching. */
function isWebNameDot(before: string, dot: string, after: string): boolean {
  return dot === '.' && /[\p{L}\p{N}]$/u.test(before) && /^[a-z0-9][\p{L}\p{N}_-]*$/u.test(after);
}

/** Letters (with their combining marks) only. */
const lettersOnly = /^[\p{L}\p{M}]+$/u;
/** A letter outside ASCII: wink's split points are such letters, never plain ones ("cannot" stays "can" "not"). */
const nonAsciiLetter = /[^\x00-\x7F]/;

/** "Erdo" + "ğ": touching pieces of letters of which one holds a letter wink cut the word at. */
function continuesWord(previous: string, next: string): boolean {
  return lettersOnly.test(previous) && lettersOnly.test(next) && (nonAsciiLetter.test(previous) || nonAsciiLetter.test(next));
}

/** ".", "..", "!?": sentence-final marks only. */
function isMarks(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c !== '.' && c !== '!' && c !== '?') return false;
  }
  return value.length > 0;
}

/** "." + "..", "!" + "!": a run of sentence-final marks. */
function continuesMarks(previous: string, next: string): boolean {
  return isMarks(previous) && isMarks(next);
}

/** Whether a token has an apostrophe before its last two characters, as "I'm" and "We've" do. */
function mayHoldClitic(value: string): boolean {
  return value.length > 2 && (value.includes("'") || value.includes('’'));
}

/** "I'm" -> "I" + "'m": a clitic wink left attached (it splits "it's", "don't" itself). */
const attachedClitic = /^(\p{L}+)(['’](?:m|s|re|ve|ll|d))$/iu;

function empty(): TokenArrays {
  return { start: [], end: [], value: [], pos: [], negated: [], opens: [] };
}

function push(out: TokenArrays, start: number, end: number, value: string, pos: string, negated: number, opens: number): void {
  out.start.push(start);
  out.end.push(end);
  out.value.push(value);
  out.pos.push(pos);
  out.negated.push(negated);
  out.opens.push(opens);
}

/** The tokens with the repairs above applied; the same object when none applies. */
export function retokenize(tokens: TokenArrays): TokenArrays {
  const { start, end, value } = tokens;
  // Most texts need none: look for a candidate cheaply before building anything.
  let needed = false;
  for (let t = 0; t < value.length && !needed; t++) {
    const v = value[t]!;
    if (mayHoldClitic(v) && attachedClitic.test(v)) needed = true;
    else if (t > 0 && start[t] === end[t - 1] && isMarks(value[t - 1]!) && isMarks(v)) needed = true;
    else if (t > 0 && start[t] === end[t - 1] && continuesWord(value[t - 1]!, v)) needed = true;
    else if (t > 1 && value[t - 1] === '.' && start[t] === end[t - 1] && start[t - 1] === end[t - 2] && isWebNameDot(value[t - 2]!, '.', v)) needed = true;
  }
  if (!needed) return tokens;

  const out = empty();
  for (let t = 0; t < value.length; t++) {
    const v = value[t]!;
    const last = out.value.length - 1;
    if (last >= 0 && out.end[last] === start[t] && continuesMarks(out.value[last]!, v)) {
      out.value[last] += v;
      out.end[last] = end[t]!;
      continue;
    }
    if (last >= 0 && out.end[last] === start[t] && continuesWord(out.value[last]!, v)) {
      // one word again; a capitalised one is a name whatever wink tagged its first piece
      out.value[last] += v;
      out.end[last] = end[t]!;
      if (/^\p{Lu}/u.test(out.value[last]!)) out.pos[last] = 'PROPN';
      continue;
    }
    if (last >= 1 && out.end[last] === start[t] && out.end[last - 1] === out.start[last] && isWebNameDot(out.value[last - 1]!, out.value[last]!, v)) {
      // the dot and what follows join the name before them
      out.value[last - 1] += out.value[last]! + v;
      out.end[last - 1] = end[t]!;
      for (const column of [out.start, out.end, out.value, out.pos, out.negated, out.opens]) column.pop();
      continue;
    }
    const clitic = attachedClitic.exec(v);
    if (clitic) {
      const split = start[t]! + clitic[1]!.length;
      push(out, start[t]!, split, clitic[1]!, tokens.pos[t]!, tokens.negated[t]!, tokens.opens[t]!);
      push(out, split, end[t]!, clitic[2]!, 'AUX', tokens.negated[t]!, 0);
      continue;
    }
    push(out, start[t]!, end[t]!, v, tokens.pos[t]!, tokens.negated[t]!, tokens.opens[t]!);
  }
  return out;
}

/** How many tokens a bracketed aside may hold for a sentence break inside it to go ("(R-N.Y.)"). */
const asideReach = 6;

/** Whether token t lies inside a short bracketed aside: "(" a few tokens before, ")" a few after, with no other bracket between. */
function insideAside(value: readonly string[], t: number): boolean {
  let open = -1;
  for (let k = t - 1; k >= 0 && t - k <= asideReach; k--) {
    if (value[k] === ')') return false;
    if (value[k] === '(') {
      open = k;
      break;
    }
  }
  if (open < 0) return false;
  for (let k = t; k < value.length && k - open <= asideReach; k++) {
    if (value[k] === '(') return false;
    if (value[k] === ')') return true;
  }
  return false;
}

/** ",", ";", ":", "):", a closing bracket: marks that continue a sentence and never open one. */
const continuingMark = /^[,;:)\]}]/u;

/** Dashes that go on from a bracketed aside: "(I-Vt.) ― or for that matter". */
const asideDashes: ReadonlySet<string> = new Set(['\u2013', '\u2014', '\u2015']);

/** "N" "." "H.": a single letter and its dot glued to a letter after them (N.H., U.S.). */
function insideDottedAbbreviation(tokens: TokenArrays, t: number): boolean {
  const { start, end, value } = tokens;
  return (
    t > 1 &&
    value[t - 1] === '.' &&
    end[t - 2] === start[t - 1] &&
    end[t - 1] === start[t] &&
    /^\p{L}$/u.test(value[t - 2]!) &&
    /^\p{L}/u.test(value[t]!)
  );
}

/**
 * Words that wire copy capitalises after a dotted abbreviation in mid-sentence ("the U.S. And
 * West Germany agreed", "the U.S. Or Japan", "accused the U.S. Of being irrational"): they join
 * the abbreviation to what follows.
 */
const capitalisedJoiners: ReadonlySet<string> = new Set(['And', 'Or', 'Of']);

/** "U.S.", "U.K.": capital letters, each with its dot. */
const dottedCapitals = /^(?:\p{Lu}\.){2,}$/u;

/**
 * Sentence breaks that wink put after the dot of an abbreviation: inside a bracketed aside, or
 * right after one before a word in lower case or a dash; inside a dotted abbreviation with no
 * space in it; before a mark that only continues a sentence; between a dotted abbreviation and a
 * capitalised "And", "Or" or "Of". Only breaks with at most one space before them (not a paragraph) go.
 * Changes `tokens.opens` in place.
 */
export function keepAsidesWhole(tokens: TokenArrays): void {
  const { start, end, value, opens } = tokens;
  for (let t = 1; t < value.length; t++) {
    if (!opens[t] || start[t]! - end[t - 1]! > 1) continue;
    const v = value[t]!;
    const afterAside = value[t - 1] === ')' && (/^\p{Ll}/u.test(v) || asideDashes.has(v));
    const conjoined = capitalisedJoiners.has(v) && dottedCapitals.test(value[t - 1]!);
    if (afterAside || conjoined || continuingMark.test(v) || insideDottedAbbreviation(tokens, t) || insideAside(value, t)) opens[t] = 0;
  }
}
