// Splits page text into lines and measures each one: the evidence the classifier weighs.
import vocabulary from './data/boilerplate.json' with { type: 'json' };
import dateVocabulary from './data/dates.json' with { type: 'json' };
import { stopwordsFor, type StopwordSet } from './stopwords.ts';

export interface Line {
  /** Position among the non-empty lines. */
  index: number;
  /** The line, trimmed. */
  text: string;
  /** A blank line (or the start of the text) comes before it. */
  blankBefore: boolean;
  /** A blank line (or the end of the text) comes after it. */
  blankAfter: boolean;
  /** Lower-cased word tokens. */
  words: string[];
  /** Length in words; a run of characters of a script written without spaces counts one word per two characters. */
  size: number;
  /** Share of the words that are stopwords of the page's language. */
  stopRatio: number;
  /** Ends like a sentence (full stop, question or exclamation mark, possibly inside closing quotes). */
  endsSentence: boolean;
  /** How many sentence ends it has inside (". Next"). */
  innerSentences: number;
  /** Share of the words (not stopwords, longer than 3 letters) written with a capital. */
  capitalised: number;
  /** Written all in capitals (with at least one letter). */
  upperCase: boolean;
  /** Share of the words that are navigation vocabulary. */
  navShare: number;
  /** Contains a boilerplate phrase ("sign up", "read more", "all rights reserved"). */
  phrase: boolean;
  /** Looks like a photo caption or credit. */
  caption: boolean;
  /** Looks like a byline, a dateline or a timestamp. */
  byline: boolean;
  /** The signature of an embedded post quoted in the article: "— Jane Doe (@jane) March 3, 2024". */
  embedSignature: boolean;
  /** How often the same line (case and spacing folded) occurs in the text. */
  repeats: number;
  /** The folded text used to find repeats. */
  key: string;
  /** Marked as a heading by the source format (Markdown). */
  heading: boolean;
}

/** A line as the source gives it, before it is measured. */
export interface SourceLine {
  text: string;
  blankBefore: boolean;
  blankAfter: boolean;
  heading?: boolean;
}

export interface Page {
  lines: Line[];
  stopwords: StopwordSet;
  /** Share of the long lines that stand alone between blank lines: high when paragraphs are separated by blank lines. */
  isolation: number;
}

const navigation = new Set(vocabulary.navigationWords);
const captionWords = new Set(vocabulary.captionMarkers);
const agencies = new Set(vocabulary.photoAgencies);
const dateWords = new Set(dateVocabulary.strong);
const dateJoiners = new Set(dateVocabulary.weak);
// Phrases by their first word, so that a line is searched with one lookup per word.
const phrasesByFirst = new Map<string, string[][]>();
for (const phrase of vocabulary.phrases) {
  const words = phrase.split(' ');
  const list = phrasesByFirst.get(words[0]!);
  if (list) list.push(words);
  else phrasesByFirst.set(words[0]!, [words]);
}

// Letters, digits and inner apostrophes or hyphens: "don't", "e-mail" stay one word.
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;
// Scripts written without spaces between words.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const BEYOND_U0E00 = /[^\u0000-\u0dff]/;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*$/u;
const INNER_SENTENCE = /[.!?…。！？]["'”’»)\]]*\s+["'“‘«(]?\p{Lu}/gu;
const NUMBER = /^\p{N}+$/u;
// "— Jane Doe (@jane_doe) March 3, 2024": how an embedded social-media post signs off.
const EMBED_SIGNATURE = /^[—–-]\s?[^()\n]{1,80}\(@\w{1,40}\)\s[^()\n]{0,40}\d{4}$/u;

export function fold(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Reads plain page text: one line per line, blank lines noted. */
export function readPage(text: string): Page {
  const kept: SourceLine[] = [];
  let blank = true;
  for (const rawLine of text.split('\n')) {
    const t = trim(rawLine);
    if (!t) {
      blank = true;
      const last = kept[kept.length - 1];
      if (last) last.blankAfter = true;
      continue;
    }
    kept.push({ text: t, blankBefore: blank, blankAfter: false });
    blank = false;
  }
  const last = kept[kept.length - 1];
  if (last) last.blankAfter = true;
  return measurePage(kept);
}

/** Reads blocks that a structured source (Markdown) already separated: each stands alone. */
export function readBlocks(blocks: readonly { text: string; heading?: boolean }[]): Page {
  return measurePage(blocks.map((b) => ({ text: trim(b.text), blankBefore: true, blankAfter: true, heading: b.heading })).filter((b) => b.text));
}

/** Trims white space and zero-width spaces (String.trim leaves U+200B). */
function trim(text: string): string {
  let t = text.trim();
  while (t.startsWith('\u200b') || t.endsWith('\u200b')) t = t.replace(/^\u200b/, '').replace(/\u200b$/, '').trim();
  return t;
}

function measurePage(kept: SourceLine[]): Page {
  const words = kept.map((k) => k.text.toLowerCase().match(WORD) ?? []);
  const sample: string[] = [];
  for (const ws of words) {
    for (const w of ws) sample.push(w);
    if (sample.length > 200_000) break;
  }
  const stopwords = stopwordsFor(sample);
  const keys = kept.map((k) => fold(k.text));
  const repeats = new Map<string, number>();
  for (const key of keys) repeats.set(key, (repeats.get(key) ?? 0) + 1);
  const lines = kept.map((k, index) => measure(k, words[index]!, index, keys[index]!, repeats.get(keys[index]!) ?? 1, stopwords));
  // Measured on lines that read as sentences, the likeliest paragraphs of the article.
  const long = lines.filter((l) => l.size >= 12 && l.endsSentence);
  const isolation = long.length ? long.filter((l) => l.blankBefore && l.blankAfter).length / long.length : 0;
  return { lines, stopwords, isolation };
}

function measure(source: SourceLine, words: string[], index: number, key: string, repeats: number, stopwords: StopwordSet): Line {
  const text = source.text;
  // Those scripts all lie above U+0E00: a line without such characters has none (most lines), and is not searched.
  const unspaced = !BEYOND_U0E00.test(text) ? 0 : text.length < 100_000 ? (text.match(UNSPACED)?.length ?? 0) : countUnspaced(text);
  const size = words.length + Math.floor(unspaced / 2);
  let stops = 0;
  let nav = 0;
  let capitals = 0;
  let capitalCandidates = 0;
  for (const w of words) {
    const stop = stopwords.has(w);
    if (stop) stops++;
    if (navigation.has(w)) nav++;
  }
  // Capitalisation is read from the original text, whose words line up with the lower-cased ones.
  if (words.length <= 200) {
    for (const m of text.matchAll(WORD)) {
      const w = m[0];
      if (w.length <= 3 || stopwords.has(w.toLowerCase())) continue;
      capitalCandidates++;
      if (/^\p{Lu}/u.test(w)) capitals++;
    }
  }
  const hasLetter = /\p{L}/u.test(text);
  const signature = EMBED_SIGNATURE.test(text);
  return {
    index,
    text,
    blankBefore: source.blankBefore,
    blankAfter: source.blankAfter,
    words,
    size,
    stopRatio: words.length ? stops / words.length : 0,
    endsSentence: SENTENCE_END.test(text.slice(-8)),
    innerSentences: text.length < 100_000 ? (text.match(INNER_SENTENCE)?.length ?? 0) : Math.floor(text.length / 150),
    capitalised: capitalCandidates ? capitals / capitalCandidates : 0,
    upperCase: hasLetter && text.length < 10_000 && text === text.toUpperCase() && text !== text.toLowerCase(),
    navShare: words.length ? nav / words.length : 0,
    phrase: words.length <= 400 && hasPhrase(words),
    caption: isCaption(text, words),
    byline: !signature && isByline(text, words),
    embedSignature: signature,
    repeats,
    key,
    heading: source.heading ?? false,
  };
}

function countUnspaced(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(UNSPACED)) n++;
  return n;
}

function hasPhrase(words: string[]): boolean {
  for (let i = 0; i < words.length; i++) {
    const candidates = phrasesByFirst.get(words[i]!);
    if (!candidates) continue;
    for (const phrase of candidates) {
      if (i + phrase.length > words.length) continue;
      let k = 1;
      while (k < phrase.length && words[i + k] === phrase[k]) k++;
      if (k === phrase.length) return true;
    }
  }
  return false;
}

/** A credit such as "Photo: Jane Doe/Agency", "(AP Photo/John Roe)", "Jane Doe/Getty Images", "FILE – A guard stands …". */
function isCaption(text: string, words: string[]): boolean {
  if (words.length === 0 || words.length > 80) return false;
  const head = text.slice(0, 40);
  // "Photo: …", "Image copyright …", "FILE PHOTO: …", "FILE – …"
  const first = words[0]!;
  if (captionWords.has(first) && /^[\p{L}\s]{1,20}(?::|\s[-–—]\s|\sby\s|\scopyright|\scaption|\scredit)/iu.test(head)) return true;
  if (/^FILE\b/.test(text)) return true;
  // "… Photo: Wikicommons." or "… Photo by X" anywhere in a caption-length line
  if (words.length <= 60 && /(?<!\p{L})(?:Photo|Photograph|Image|Picture|Foto|Фото|Credit|Illustration)s?(?:\s+by|\s*:)\s*\p{Lu}/u.test(text)) return true;
  // a closing parenthesis or bracket holding a credit: "(Ana Ruiz/AP)", "(Image: GETTY)", "[File: Reuters]"
  const tail = text.slice(-80);
  const close = /[([]([^()[\]]{2,78})[)\]]\s*\.?$/u.exec(tail);
  if (close) {
    const inside = close[1]!;
    const insideWords = inside.toLowerCase().match(WORD) ?? [];
    if (/\p{L}\s*\/\s*\p{L}/u.test(inside) && insideWords.length <= 8) return true;
    if (insideWords.some((w) => captionWords.has(w)) && /[:©]/.test(inside)) return true;
    if (insideWords.length <= 4 && insideWords.some((w) => agencies.has(w)) && /\p{Lu}{2,}|:/u.test(inside)) return true;
  }
  if (words.length <= 10) {
    if (text.includes('©')) return true;
    // "Jane Doe/Agency/Getty Images", "Jane Doe | Bloomberg | Getty Images", "Jane Doe, AP"
    if (!SENTENCE_END.test(text) || words.length <= 6) {
      if (/\p{Lu}[\p{L}.]*\s*\/\s*\p{Lu}/u.test(text) && !/https?:|www\./.test(text)) return true;
      const last = words[words.length - 1]!;
      const last2 = words.slice(-2).join(' ');
      if ((agencies.has(last) || agencies.has(last2)) && /[,|/]/.test(text)) return true;
    }
  }
  return false;
}

/** "By Jane Doe", "Published 10:02 AM EST Nov 19, 2019", "Nov. 19, 2019 8:03 am ET", "4 Min Read". */
function isByline(text: string, words: string[]): boolean {
  if (words.length === 0 || words.length > 16) return false;
  if (/^(?:by|por|di|von|oleh|от|por:|written by|words by)\s+\p{Lu}/iu.test(text) && words.length <= 10) return true;
  let numbers = 0;
  let strong = 0;
  let joiners = 0;
  for (const w of words) {
    if (NUMBER.test(w)) numbers++;
    else if (dateWords.has(w)) strong++;
    else if (dateJoiners.has(w)) joiners++;
  }
  if (numbers === 0 || strong === 0) return false;
  return (numbers + strong + joiners) / words.length >= 0.6 || (words.length <= 4 && numbers + strong >= words.length - 1);
}
