// Finds direct quotations in an article body: text between quotation marks, run on across paragraphs
// the way newspapers do it (no closing mark, the next paragraph opens again), without scare quotes
// ("re-education" camps) or titles. One pass over each paragraph, so unbalanced marks cost nothing.
import type { Analysis } from '../nlp/analyse.ts';
import { SCARE_CUES, speechVerbBase } from '../nlp/lexicon.ts';
import { fold } from '../nlp/text.ts';
import speechData from '../data/speech.json' with { type: 'json' };

export interface QuoteSpan {
  /** The quoted words, without their marks; paragraphs of a long quote joined by a space. */
  text: string;
  /** Paragraph and character offset of the opening mark, and of the closing mark (or the paragraph's end). */
  paragraph: number;
  open: number;
  endParagraph: number;
  close: number;
  /** Token indices of the opening and closing marks (-1 when not analysed). */
  openToken: number;
  closeToken: number;
}

const DOUBLE_OPEN = new Set(['“', '„', '«', '‟']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const DOUBLE_MARK = /[“„«‟”»"]/g;
/** A quotation shorter than this many words is a term or a scare quote, not a quotation. */
export const MIN_QUOTE_WORDS = 3;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'or', 'but', 'nor', 'with', 'from', 'as', 'is', 'de', 'la', 'le', 'du', 'des', 'von', 'van']);
const TITLE_CUES = new Set(['titled', 'entitled', 'headlined', 'headline', 'hashtag']);
/** Verbs that make a two-word quotation in their sentence someone's words: rejected it as “patently false”. */
const SHORT_QUOTE_VERBS = new Set(speechData.shortQuoteVerbs);
const SHORT_QUOTE_WORDS = 2;

interface Mark {
  at: number;
  role: 'open' | 'close';
}

export function findQuoteSpans(a: Analysis): QuoteSpan[] {
  const paragraphs = a.paragraphs;
  const anyDouble = paragraphs.some((p) => /[“”„«»"]/.test(p));
  const marksOf = (text: string): Mark[] => (anyDouble ? doubleMarks(text) : singleMarks(text));

  type Part = { p: number; from: number; to: number };
  type Raw = { parts: Part[]; endParagraph: number; close: number };
  const raw: Raw[] = [];
  let carry: Part[] | null = null;
  const flush = (parts: Part[]) => raw.push({ parts, endParagraph: parts[parts.length - 1]!.p, close: -1 });
  paragraphs.forEach((text, p) => {
    const marks = marksOf(text);
    let open: number | null = null;
    let k = 0;
    if (carry) {
      const m0 = marks[0];
      if (m0 && m0.role === 'open' && text.slice(0, m0.at).trim() === '') {
        // the quotation goes on from the last paragraph
        open = m0.at;
        k = 1;
      } else {
        flush(carry);
        carry = null;
      }
    }
    for (; k < marks.length; k++) {
      const m = marks[k]!;
      if (m.role === 'open') {
        if (open !== null && carry) {
          flush([...carry, { p, from: open + 1, to: m.at }]);
          carry = null;
        } else if (open !== null && /[.!?…]\s+$/.test(text.slice(open + 1, m.at))) {
          // «said: "One sentence. "Another…"»: paragraphs of a quotation run into one, each opened
          // again; the first ends where the next opens
          raw.push({ parts: [{ p, from: open + 1, to: m.at }], endParagraph: p, close: m.at });
        }
        open = m.at; // an earlier opening mark that never closed (and ends no sentence) is dropped
      } else if (open !== null) {
        raw.push({ parts: [...(carry ?? []), { p, from: open + 1, to: m.at }], endParagraph: p, close: m.at });
        carry = null;
        open = null;
      }
    }
    if (open !== null) carry = [...(carry ?? []), { p, from: open + 1, to: text.length }];
  });
  if (carry) flush(carry);

  const out: QuoteSpan[] = [];
  for (const r of raw) {
    const first = r.parts[0]!;
    const text = r.parts.map((x) => paragraphs[x.p]!.slice(x.from, x.to).trim()).join(' ').replace(/\\$/, '').trim();
    const after = r.close >= 0 ? paragraphs[r.endParagraph]!.slice(r.close + 1, r.close + 80) : '';
    const openToken = tokenAt(a, first.p, first.from - 1);
    const closeToken = r.close >= 0 ? tokenAt(a, r.endParagraph, r.close) : -1;
    const reported = () => reportedInSentence(a, openToken, closeToken);
    const namedSays = () => namedSpeakerBefore(a, openToken) && !usedAgain(paragraphs, text);
    if (!isQuotation(text, paragraphs[first.p]!, first.from - 1, after, reported, namedSays)) continue;
    out.push({ text, paragraph: first.p, open: first.from - 1, endParagraph: r.endParagraph, close: r.close, openToken, closeToken });
  }
  return out;
}

/** Opening and closing double quotation marks of one paragraph. */
function doubleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  let open = false;
  // Only the quotation marks are looked at: most of a paragraph is none.
  for (const m of text.matchAll(DOUBLE_MARK)) {
    const i = m.index;
    const ch = m[0];
    if (DOUBLE_OPEN.has(ch)) {
      marks.push({ at: i, role: 'open' });
      open = true;
    } else if (DOUBLE_CLOSE.has(ch)) {
      marks.push({ at: i, role: 'close' });
      open = false;
    } else if (ch === '"') {
      // A straight mark opens after a space and before a word; while a quotation is open, a mark
      // followed by a space or punctuation closes it ("…ourselves? " she wrote).
      const before = text[i - 1];
      const after = text[i + 1];
      const afterWord = after !== undefined && /[\p{L}\p{N}‘'(\[…]/u.test(after);
      const beforeSpace = before === undefined || /[\s([{—–\-:\\/]/u.test(before);
      // 70" screens, 5'10": an inch mark, no quotation mark
      if (before !== undefined && /\p{N}/u.test(before) && !(open && (after === undefined || /[\s,.;:!?)]/u.test(after)))) continue;
      const opening: boolean = open ? beforeSpace && afterWord : beforeSpace || !(after === undefined || /[\s,.;:!?)\]]/u.test(after));
      marks.push({ at: i, role: opening ? 'open' : 'close' });
      open = opening;
    }
  }
  return marks;
}

/** Single quotation marks, for texts that quote with them only (apostrophes inside words are not marks). */
function singleMarks(text: string): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '‘' && ch !== '’' && ch !== "'") continue;
    const before = text[i - 1];
    const after = text[i + 1];
    const letterBefore = before !== undefined && /[\p{L}\p{N}]/u.test(before);
    const letterAfter = after !== undefined && /[\p{L}\p{N}]/u.test(after);
    if (letterBefore && letterAfter) continue; // don't, China’s
    // "the Senate ’s session": a possessive set apart by a space, not an opening mark
    if (ch === '’' && /^s(?![\p{L}\p{N}])/u.test(text.slice(i + 1, i + 3))) continue;
    if (!letterBefore && letterAfter && (before === undefined || /[\s([{—–\-:]/u.test(before))) marks.push({ at: i, role: 'open' });
    else if (!letterAfter && (before !== undefined && !/\s/.test(before))) {
      // "the Tajiks’ rights": a possessive when a lower-case word follows
      if (/s$/.test(text.slice(Math.max(0, i - 1), i)) && /^\s+\p{Ll}/u.test(text.slice(i + 1, i + 4)) && ch !== '‘') continue;
      marks.push({ at: i, role: 'close' });
    }
  }
  return marks;
}

/** After a quotation's closing mark: up to three capitalised words or a pronoun, then a verb ("…," Ann Bee said). */
const SPEAKER_THEN_VERB = /^\s*(?:(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}|(?:he|she|they|we|I)\s+)(\p{Ll}+)\b/u;
/** After a quotation's closing mark: a verb, then a capitalised name or a pronoun ("…," said Ann Bee). */
const VERB_THEN_SPEAKER = /^\s*(\p{Ll}+)\s+(?:\p{Lu}|he\b|she\b)/u;

/**
 * A quotation of one or two words that is a whole utterance: it ends in its own punctuation and a
 * speaker and a speech verb follow ("“Absolutely,” Ann Bee said"), which a scare quote never has.
 */
function spokenAlone(text: string, after: string): boolean {
  if (!/[,.!?…]$/.test(text)) return false;
  const verb = SPEAKER_THEN_VERB.exec(after)?.[1] ?? VERB_THEN_SPEAKER.exec(after)?.[1];
  return !!verb && !!speechVerbBase(verb);
}

/**
 * A quotation of a word or two that is a sentence of its own after a quotation in the same paragraph
 * ("“Give me a win,” he said. “Please.”"): the speaker saying more.
 */
function saidAgain(text: string, before: string, after: string): boolean {
  if (!/[.!?…]$/.test(text) || !/[“”"]/.test(before) || !/[.!?]["”’]?\s*$/.test(before)) return false;
  return after.trim() === '' || /^\s+["“]?\p{Lu}/u.test(after);
}

/** A quotation, not a term in quotation marks, a scare quote or a title. `after`: the text after its closing mark. */
export function isQuotation(text: string, paragraph: string, open: number, after = '', reported: () => boolean = () => false, namedSays: () => boolean = () => false): boolean {
  const words = text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return false;
  // after an article or a preposition two words are a term, unless, after an article, someone named says
  // them ("Vale said there could be no concession on the “basic principle”") and the text does not use
  // them again as one
  const lead = paragraph.slice(Math.max(0, open - 30), open);
  const term = () => SCARE_BEFORE.test(lead) && !(ARTICLE_BEFORE.test(lead) && namedSays());
  if (words.length < MIN_QUOTE_WORDS && !spokenAlone(text, after) && !saidAgain(text, paragraph.slice(0, open), after) && !(words.length === SHORT_QUOTE_WORDS && !(MODIFIER_AFTER.test(after) && !/[,.!?]$/.test(text)) && reported() && !term())) return false;
  const before = fold(paragraph.slice(Math.max(0, open - 40), open)).replace(/[^\p{L}\s-]/gu, ' ').trim().split(/\s+/);
  const lastWords = before.slice(-3);
  if (lastWords.some((w) => TITLE_CUES.has(w))) return false;
  // a scare cue right before a short quotation: so-called "assessment", what it called "training centres"
  if (words.length <= 6) {
    for (const cue of SCARE_CUES) {
      const tail = before.slice(-cue.length);
      if (tail.length === cue.length && tail.every((w, i) => w === cue[i])) return false;
      if (cue.length === 1 && lastWords.slice(-2).includes(cue[0]!)) return false;
    }
  }
  // Title Case throughout: a title ("The One I Love", "Takin’ It to the Streets"), not a quotation
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length >= 2 && words.length <= 12 && content.every((w) => /^[\p{Lu}\p{N}]/u.test(w))) return false;
  const long = words.filter((w) => w.length > 3);
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (long.length >= 3 && capitalised / long.length >= 0.7 && !/[.!?]["”’]?\s*$/.test(text)) return false;
  return true;
}

/** An article, "to" or a preposition right before the mark: a term ("a “training centre”", "to “modernise
 *  religion”", "plans for “control orders”"). */
const SCARE_BEFORE = /(?:^|\s)(?:a|an|the|this|that|its|their|his|her|our|to|so-called|for|of|in|on|with|about|from|into|by|at)\s*$/iu;
const ARTICLE_BEFORE = /(?:^|\s)(?:a|an|the)\s*$/iu;
/** A lower-case noun right after the closing mark: the quoted words qualify it ("“take down” notices"),
 *  unlike a word that goes on the sentence ("“zero shame” involved", "“consequences” if", "and"). */
const MODIFIER_AFTER = /^\s+(?!(?:and|or|but|nor|if|as|that|which|who|when|while|because|to|in|on|at|for|of|with|by|from|into|is|are|was|were|be|been|will|would|could|should|can|may|might|has|have|had|over|after|before|since|than|then|so|yet|about|against|around|among|amid|across|under|upon|within|without|through|toward|towards|despite|like|via|beyond|between|above|below|near|unless|until|whether|why|how|what)\b)\p{Ll}+(?<!ed|ing|ly)\b/u;

/** A reporting verb in the quotation's sentence, before it or a few words after it ("…,” as one chief executive told me). */
function reportedInSentence(a: Analysis, open: number, close: number): boolean {
  if (open < 0) return false;
  const tokens = a.tokens;
  const sentence = a.sentences[tokens[open]!.sentence]!;
  const verb = (i: number) => {
    const t = tokens[i]!;
    return t.word && !t.cap && SHORT_QUOTE_VERBS.has(speechVerbBase(t.key) ?? '');
  };
  for (let i = open - 1; i >= sentence.start; i--) if (verb(i)) return true;
  if (close < 0) return false;
  for (let i = close + 1; i < Math.min(tokens.length, close + 8) && tokens[i]!.sentence === tokens[close]!.sentence; i++) if (verb(i)) return true;
  return false;
}

/** Words that open a sentence capitalised without naming anyone. */
const NOT_NAMES = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'this', 'that', 'there', 'these', 'those', 'officials', 'critics']);

/** A reporting verb before the quotation in its sentence with a name right before it ("Mr Vale said",
 *  "Ann Vale has reportedly told"), auxiliaries and adverbs between. */
function namedSpeakerBefore(a: Analysis, open: number): boolean {
  if (open < 0) return false;
  const tokens = a.tokens;
  const sentence = a.sentences[tokens[open]!.sentence]!;
  for (let i = open - 1; i > sentence.start; i--) {
    const t = tokens[i]!;
    if (!t.word || t.cap || !SHORT_QUOTE_VERBS.has(speechVerbBase(t.key) ?? '')) continue;
    let j = i - 1;
    while (j > sentence.start && tokens[j]!.word && !tokens[j]!.cap && (AUXILIARY_WORDS.has(tokens[j]!.key) || tokens[j]!.tags.has('Adverb'))) j--;
    // "The head of the club, Ann Vale, has told friends": the name in apposition right before the verb
    if (tokens[j]!.text === ',' && j - 1 > sentence.start) j--;
    const name = tokens[j]!;
    return name.word && name.cap && !name.possessive && !NOT_NAMES.has(name.key);
  }
  return false;
}
const AUXILIARY_WORDS = new Set(['has', 'have', 'had', 'was', 'is', 'were', 'are', 'will', 'would', 'did', 'also', 'later', 'then', 'again']);

/** Do the quoted words come up again in the text: a term the story uses, not someone's words? */
function usedAgain(paragraphs: readonly string[], text: string): boolean {
  const needle = text.toLowerCase();
  let count = 0;
  for (const p of paragraphs) {
    const hay = p.toLowerCase();
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) if (++count > 1) return true;
  }
  return false;
}

function tokenAt(a: Analysis, paragraph: number, offset: number): number {
  const range = a.paragraphRanges[paragraph];
  if (!range) return -1;
  let lo = range.start;
  let hi = range.end - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = a.tokens[mid]!;
    if (t.start === offset) return mid;
    if (t.start < offset) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
