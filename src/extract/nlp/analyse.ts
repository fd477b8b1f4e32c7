// Splits an article body into tokens and sentences, with compromise's part-of-speech tags on each token.
// Compromise runs once per paragraph; everything else reads these tokens.
import nlp from 'compromise';
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
  /** Two or more letters, all upper case ("OHCHR", "U.N."). */
  upper: boolean;
  /** First word of its sentence, or first word after an opening quotation mark or a colon. */
  initial: boolean;
  /** Lower case, accents folded. */
  key: string;
  /** compromise's tags for this word in its context. */
  tags: ReadonlySet<string>;
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
  const tagAt = compromiseTags(text);
  const first = tokens.length;
  for (const m of text.matchAll(TOKEN_RE)) {
    let word = m[0];
    const startAt = m.index;
    const isWord = /[\p{L}\p{N}]/u.test(word[0] ?? '');
    let possessive = false;
    if (isWord && /['’]s$/.test(word) && word.length > 2) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (isWord && /s$/.test(word) && /^['’](?![\p{L}\p{N}])/u.test(text.slice(startAt + word.length, startAt + word.length + 2))) {
      possessive = true;
    }
    // The apostrophe of "Reuters’" is part of the possessive, not a quotation mark.
    if (!isWord && (word === '’' || word === "'")) {
      const prev = tokens[tokens.length - 1];
      if (prev && prev.possessive && prev.end === startAt && /s$/.test(prev.text) && tokens.length > first) continue;
    }
    const letters = word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: word,
      start: startAt,
      end: startAt + word.length,
      paragraph,
      sentence: 0,
      i: tokens.length,
      word: isWord,
      possessive,
      cap: /^\p{Lu}/u.test(word),
      upper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
      initial: false,
      key: fold(word),
      tags: tagAt(startAt),
    });
  }
  splitSentences(text, tokens, first, paragraph, sentences);
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
  for (let i = first; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (next && text.slice(t.end, next.start).includes('\n')) {
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

/** compromise's tags by character offset, for one paragraph. */
function compromiseTags(text: string): (offset: number) => ReadonlySet<string> {
  // The lexicon and the word-level tagger only: compromise's contextual pass costs seven times as much
  // and what we read (parts of speech, name lists) is already there.
  const doc = nlp.tokenize(text) as unknown as { compute(x: string | string[]): void; docs: Array<Array<{ text: string; tags: Set<string>; offset?: { start: number } }>> };
  doc.compute(['lexicon', 'preTagger', 'offset']);
  const starts: number[] = [];
  const tags: Array<Set<string>> = [];
  for (const sentence of doc.docs) {
    for (const term of sentence) {
      if (!term.offset || !term.text) continue;
      starts.push(term.offset.start);
      tags.push(term.tags);
    }
  }
  const empty = new Set<string>();
  return (offset: number) => {
    // the term that starts at or most recently before this offset
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
    return found >= 0 && offset - starts[found]! < 40 ? tags[found]! : empty;
  };
}
