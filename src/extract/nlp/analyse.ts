// Splits an article body into tokens and sentences, with compromise's part-of-speech tags on each token.
// Compromise tags a sentence only when one of its tags is first read; everything else reads these tokens.
import nlp from './compromise.ts';
import { fold } from './text.ts';

export interface Token {
  /** The word or mark as written, without a possessive ending. */
  text: string;
  /** Offsets in the paragraph's text; `end` stops before a possessive ending. */
  start: number;
  end: number;
  paragraph: number;
  sentence: number;
  /** Index of this token in `Analysis.tokens`. */
  i: number;
  word: boolean;
  /** "China’s", "Reuters’": the possessive ending has been split off. */
  possessive: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case ("UNICEF", "U.N."). */
  upper: boolean;
  /** First word of its sentence, or first word after an opening quotation mark or a colon. */
  initial: boolean;
  /** Lower case, accents folded. */
  key: string;
  /** compromise's tags for this word in its context. */
  tags: ReadonlySet<string>;
}

/** A token whose tags are looked up when first read (see ParagraphTags). */
class AnalysedToken implements Token {
  text!: string;
  start!: number;
  end!: number;
  paragraph!: number;
  sentence!: number;
  i!: number;
  word!: boolean;
  possessive!: boolean;
  cap!: boolean;
  upper!: boolean;
  initial!: boolean;
  key!: string;
  #tags: ReadonlySet<string> | undefined;
  readonly #paragraphTags: ParagraphTags;

  constructor(fields: Omit<Token, 'tags'>, paragraphTags: ParagraphTags) {
    this.text = fields.text;
    this.start = fields.start;
    this.end = fields.end;
    this.paragraph = fields.paragraph;
    this.sentence = fields.sentence;
    this.i = fields.i;
    this.word = fields.word;
    this.possessive = fields.possessive;
    this.cap = fields.cap;
    this.upper = fields.upper;
    this.initial = fields.initial;
    this.key = fields.key;
    this.#paragraphTags = paragraphTags;
  }

  get tags(): ReadonlySet<string> {
    return (this.#tags ??= this.#paragraphTags.at(this.start));
  }
}

export interface Sentence {
  /** First and one-past-last token index. */
  start: number;
  end: number;
  paragraph: number;
}

export interface Analysis {
  paragraphs: readonly string[];
  tokens: Token[];
  sentences: Sentence[];
  /** Token range of each paragraph. */
  paragraphRanges: Array<{ start: number; end: number }>;
}

/** The body text analysed at most: past it, a huge body is not worth minutes of tagging. */
export const MAX_ANALYSED_CHARS = 300_000;

const TOKEN_RE = /(?:\p{Lu}\.){2,}(?!\p{L})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:['’](?=\p{L})|[-‐‑&.](?=[\p{L}\p{N}]))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|\S/gu;
const ASCII_LOWER = /[a-z]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const APOSTROPHE_ALONE = /^['’](?![\p{L}\p{N}])/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const NOT_LETTER = /[^\p{L}]/gu;
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'sgt', 'maj', 'adm', 'rev', 'hon',
  'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'dept', 'univ', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'mt', 'ft', 'approx', 'fig', 'vol', 'ed', 'eds', 'est', 'al', 'pp', 'cf',
]);
const OPENERS = new Set(['“', '"', '‘', "'", '«', '„', '(', '[', '—', '–', '-', '•', '·', '*', '‹']);
const CLOSERS = new Set(['”', '"', '’', "'", '»', ')', ']', '›']);
const STARTERS = new Set(['the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'but', 'and', 'in', 'on', 'at', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'there', 'for', 'as', 'if', 'when', 'while', 'after', 'before', 'some', 'many', 'most']);

export function analyse(paragraphTexts: readonly string[], maxChars = MAX_ANALYSED_CHARS): Analysis {
  const paragraphs = paragraphTexts.map((p) => p.normalize('NFC'));
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const paragraphRanges: Array<{ start: number; end: number }> = [];
  let budget = maxChars;
  paragraphs.forEach((full, p) => {
    const start = tokens.length;
    let text = full;
    if (budget <= 0) text = '';
    else if (text.length > budget) text = text.slice(0, Math.max(0, text.lastIndexOf(' ', budget)));
    budget -= text.length;
    if (text) tokenise(text, p, tokens, sentences);
    paragraphRanges.push({ start, end: tokens.length });
  });
  return { paragraphs, tokens, sentences, paragraphRanges };
}

function tokenise(text: string, paragraph: number, tokens: Token[], sentences: Sentence[]): void {
  const tagsOf = new ParagraphTags(text);
  const first = tokens.length;
  for (const m of text.matchAll(TOKEN_RE)) {
    let word = m[0];
    const startAt = m.index;
    const isWord = LETTER_OR_DIGIT.test(word[0] ?? '');
    let possessive = false;
    if (isWord && (word.endsWith("'s") || word.endsWith('’s')) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (isWord && word.endsWith('s') && APOSTROPHE_ALONE.test(text.slice(startAt + word.length, startAt + word.length + 2))) {
      possessive = true;
    }
    // The apostrophe of "Reuters’" is part of the possessive, not a quotation mark.
    if (!isWord && (word === '’' || word === "'")) {
      const prev = tokens[tokens.length - 1];
      if (prev && prev.possessive && prev.end === startAt && prev.text.endsWith('s') && tokens.length > first) continue;
    }
    tokens.push(new AnalysedToken({
      text: word,
      start: startAt,
      end: startAt + word.length,
      paragraph,
      sentence: 0,
      i: tokens.length,
      word: isWord,
      possessive,
      cap: CAPITAL_FIRST.test(word),
      upper: allCapitals(word),
      initial: false,
      key: fold(word),
    }, tagsOf));
  }
  splitSentences(text, tokens, first, paragraph, sentences);
}

/** Two or more letters, all upper case. */
function allCapitals(word: string): boolean {
  // A lower-case ASCII letter settles it at once (most words).
  if (ASCII_LOWER.test(word)) return false;
  const letters = word.replace(NOT_LETTER, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

function splitSentences(text: string, tokens: Token[], first: number, paragraph: number, sentences: Sentence[]): void {
  let start = first;
  const close = (end: number) => {
    if (end <= start) return;
    const index = sentences.length;
    sentences.push({ start, end, paragraph });
    let initial = true;
    for (let i = start; i < end; i++) {
      const t = tokens[i]!;
      t.sentence = index;
      if (t.word) {
        t.initial = initial;
        initial = false;
      } else if (t.text === '“' || t.text === '‘' || t.text === '«' || t.text === ':' || (t.text === '"' && isOpeningStraight(text, t.start))) initial = true;
    }
    start = end;
  };
  const lines = text.includes('\n');
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (lines && next && text.slice(t.end, next.start).includes('\n')) {
      close(i + 1);
      continue;
    }
    let ends = false;
    if (t.text === '.' || t.text === '!' || t.text === '?') {
      const prev = tokens[i - 1];
      const abbreviation = t.text === '.' && prev && prev.end === t.start && prev.word && (ABBREVIATIONS.has(prev.key) || /^\p{Lu}$/u.test(prev.text));
      ends = !abbreviation;
    } else if (t.word && /\.$/.test(t.text) && t.upper) {
      // "… the U.N. The report …": a dotted acronym ends a sentence when a typical sentence opener follows.
      ends = !!next && next.word && next.cap && STARTERS.has(next.key);
    }
    if (!ends) continue;
    let end = i + 1;
    while (end < tokens.length && CLOSERS.has(tokens[end]!.text) && tokens[end]!.start === tokens[end - 1]!.end) end++;
    const after = tokens[end];
    if (!after || (after.word && (after.cap || /^\p{N}/u.test(after.text))) || OPENERS.has(after.text)) {
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
}

/** A straight double quote opens a quotation when it follows a space, an opening bracket or the start. */
export function isOpeningStraight(text: string, at: number): boolean {
  const before = text[at - 1];
  return before === undefined || /[\s([{—–\-:]/u.test(before);
}

// compromise's sentence splitter, the first step of its own tokeniser.
const compromiseWorld = nlp.world() as unknown as { methods: { one: { tokenize: { splitSentences(text: string, world: unknown): string[] } } } };
const splitCompromiseSentences = (text: string) => compromiseWorld.methods.one.tokenize.splitSentences(text, compromiseWorld);
const NO_TAGS: ReadonlySet<string> = new Set<string>();

/** compromise's tags by character offset, for one paragraph. Tagging is most of the cost of the
 * extractor and most sentences are never asked about, so each of compromise's sentences is tagged on
 * its own, the first time a tag in it is read. compromise tags each sentence without looking at the
 * others, so this gives the tags the whole paragraph would. */
class ParagraphTags {
  /** compromise's sentences, whose concatenation is the paragraph, and where each starts. */
  private readonly parts: string[];
  private readonly partStarts: number[] = [];
  private readonly tagged: Array<{ starts: number[]; tags: Array<ReadonlySet<string>> } | undefined> = [];

  constructor(text: string) {
    const parts = splitCompromiseSentences(text);
    // The splitter keeps every character; if it ever did not, offsets would drift: tag the paragraph whole.
    this.parts = parts.join('') === text ? parts : [text];
    let at = 0;
    for (const part of this.parts) {
      this.partStarts.push(at);
      at += part.length;
    }
  }

  /** The tags of the term that starts at or most recently before this offset (within 40 characters). */
  at(offset: number): ReadonlySet<string> {
    let k = this.partStarts.length - 1;
    while (k > 0 && this.partStarts[k]! > offset) k--;
    for (; k >= 0; k--) {
      // A term of an earlier sentence ends before this one starts: too far back once that is 40 characters.
      if (this.partStarts[k + 1] !== undefined && this.partStarts[k + 1]! <= offset - 40) return NO_TAGS;
      const { starts, tags } = this.sentence(k);
      const found = lastAtOrBefore(starts, offset);
      if (found >= 0) return offset - starts[found]! < 40 ? tags[found]! : NO_TAGS;
    }
    return NO_TAGS;
  }

  private sentence(k: number): { starts: number[]; tags: Array<ReadonlySet<string>> } {
    let done = this.tagged[k];
    if (!done) {
      done = compromiseTags(this.parts[k]!, this.partStarts[k]!);
      this.tagged[k] = done;
    }
    return done;
  }
}

function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** compromise's tags of each term of a text, with the offset where the term starts (plus `base`). */
function compromiseTags(text: string, base: number): { starts: number[]; tags: Array<ReadonlySet<string>> } {
  // The lexicon and the word-level tagger only: compromise's contextual pass costs seven times as much
  // and what we read (parts of speech, name lists) is already there.
  const doc = nlp.tokenize(text) as unknown as { compute(x: string | string[]): void; docs: Array<Array<{ text: string; tags: Set<string>; offset?: { start: number } }>> };
  doc.compute(['lexicon', 'preTagger', 'offset']);
  const starts: number[] = [];
  const tags: Array<Set<string>> = [];
  for (const sentence of doc.docs) {
    for (const term of sentence) {
      if (!term.offset || !term.text) continue;
      starts.push(base + term.offset.start);
      tags.push(term.tags);
    }
  }
  return { starts, tags };
}

