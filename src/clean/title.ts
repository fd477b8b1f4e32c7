// Finds the headline of a page among the lines above its body, or makes a short title from the lede.
import dateVocabulary from './data/dates.json' with { type: 'json' };
import titleWords from './data/title-words.json' with { type: 'json' };
import type { Judged } from './classify.ts';
import type { Line } from './features.ts';

export interface Headline {
  title: string;
  /** Indexes (into the judged lines) of every copy of the headline, breadcrumbs included. */
  lines: number[];
}

/** How far above the body a headline is looked for, in non-empty lines. */
const WINDOW = 40;
/** How many lines below a headline its byline or date may come (a standfirst and a caption may stand between). */
const META_REACH = 6;

const monthsAndDays = new Set(dateVocabulary.strong);
const NUMBER = /^\d+$/u;
const YEAR = /^(?:19|20)\d\d$/u;
// "By Jane Doe", "Por Ana Silva", "Written by …": a byline, whatever follows the name.
const BYLINE_START = /^(?:(?:by|por|par|di|von|door|av|oleh|от|written by|words by)\s+|(?:text|текст):\s*)\p{L}/iu;
// 2019-11-18, 18.11.2019, 11/18/19, 21:17
const NUMERIC_DATE = /\b\d{4}-\d{2}-\d{2}|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{1,2}:\d{2}(?!\d)/u;
const FUNCTION_WORDS = new Set(titleWords.functionWords);
const NAME_JOINERS = new Set(titleWords.joiners);
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|&/gu;
// A social-media handle, printed beside the author's name: "Jane Doe @janedoe".
const HANDLE = /(?:^|\s)@\w{2,}/u;
const CREDIT = /\p{Lu}[\p{L}.'’-]*\s?\/\s?\p{Lu}/u;
// A sentence ending inside the line after a full word (not "Rep. Jane Doe", not "'Wow!': Report").
const INNER_SENTENCE = /\p{Ll}{4,}[.!?]["'’”]?\s+\p{Lu}/u;
const SECOND_PERSON = new Set(['you', 'your', 'yours']);

/** A line that could be a headline: a few words, not a sentence with a full stop, not furniture. */
export function headlineShaped(line: Line): boolean {
  if (line.size < 2 || line.size > 30 || line.words.length === 0) return false;
  if (/[.;,:]["'”’)]?$/u.test(line.text) && !/\.\.\.$|…$/u.test(line.text)) return false;
  if (line.caption || line.byline || line.phrase || line.text.includes('\t')) return false;
  if (line.navShare > 0.34) return false;
  if (/^(?:https?:\/\/|www\.|@)/u.test(line.text)) return false;
  // A photographer's credit at the end of a caption: "… in Vienna.Jane Doe / Agency file".
  if (CREDIT.test(line.text.slice(-50))) return false;
  return true;
}

/** A byline, a dateline or a timestamp: what stands just below a headline. */
export function metaLine(line: Line): boolean {
  if (line.byline) return true;
  if (line.size > 25) return false;
  if (BYLINE_START.test(line.text) && line.size <= 12) return true;
  if (HANDLE.test(line.text) && line.size <= 12) return true;
  if (NUMERIC_DATE.test(line.text)) return true;
  let numbers = 0;
  let year = false;
  let month = false;
  for (const w of line.words) {
    if (NUMBER.test(w)) {
      numbers++;
      if (YEAR.test(w)) year = true;
    } else if (monthsAndDays.has(w)) month = true;
  }
  return (month && numbers > 0) || (year && numbers >= 2);
}

/**
 * Every word capitalised, no function word in lower case: a name (of a person, an outlet, a section of
 * the site) more often than a headline, which is a phrase and says something ("Jane Doe Daily Courier").
 */
function nameShaped(line: Line): boolean {
  if (line.endsSentence || line.size > 10 || line.upperCase) return false;
  const words = line.text.match(WORD) ?? [];
  if (words.length < 2) return false;
  return words.every((w) => NAME_JOINERS.has(w) || (/^\p{Lu}/u.test(w) && !FUNCTION_WORDS.has(w.toLowerCase())));
}

/** How strongly a line's own shape speaks for a headline. */
function shapeScore(line: Line): number {
  let s = 0;
  // Headlines run to a dozen words or so; standfirsts run longer.
  if (line.size >= 4 && line.size <= 16) s += 1;
  else if (line.size >= 4 && line.size <= 25) s += 0.5;
  else if (line.size <= 3) s -= 0.5;
  // A short question is put to the reader ("Got a tip?"), a headline states its news.
  if (/\?["'”’]?$/u.test(line.text) && line.size <= 4) s -= 1;
  if (line.words.some((w) => SECOND_PERSON.has(w))) s -= 0.5;
  // Two sentences make a standfirst or a caption more often than a headline.
  if (line.innerSentences > 0 && INNER_SENTENCE.test(line.text)) s -= 1;
  return s;
}

/**
 * The headline: the headline-shaped line above the body with the most evidence for it. A headline is
 * followed by its byline or date (a standfirst and a picture may stand between), is often printed again
 * (a second copy, a breadcrumb or a share label that ends with it), stands close above the body, and is
 * shaped like a headline rather than a name, a menu entry or a question to the reader.
 */
export function findHeadline(judged: Judged[], bodyStart: number): Headline | null {
  const best = headlineCandidates(judged, bodyStart)[0];
  if (!best) return null;
  const headline = judged[best.index]!.line;
  const lines: number[] = [];
  judged.forEach((j, i) => {
    const k = j.line.key;
    if (k === headline.key || (i < best.bodyStart && k.length > headline.key.length && k.endsWith(headline.key))) lines.push(i);
  });
  return { title: headline.text, lines };
}

export interface HeadlineCandidate {
  /** Index of the line among the judged lines. */
  index: number;
  score: number;
  /** Where the body is taken to start: the lede's line. */
  bodyStart: number;
}

/** Every line that could be the headline, best first. */
export function headlineCandidates(judged: Judged[], bodyStart: number): HeadlineCandidate[] {
  if (judged.length === 0) return [];
  // The headline stands above the lede: the first kept line that reads as a sentence.
  let lede = bodyStart;
  while (lede < judged.length && !(judged[lede]!.keep && judged[lede]!.line.endsSentence && judged[lede]!.line.size >= 8)) lede++;
  if (lede >= judged.length || lede - bodyStart > 12) lede = bodyStart;
  bodyStart = lede;
  const from = Math.max(0, bodyStart - WINDOW);
  const meta = judged.map((j, i) => i >= from && i <= bodyStart + META_REACH && metaLine(j.line));
  const bodyScript = script(judged[bodyStart]?.line.text ?? '');
  const candidates: HeadlineCandidate[] = [];
  for (let i = bodyStart; i >= from; i--) {
    const line = judged[i]!.line;
    if (!headlineShaped(line) || datedByline(line)) continue;
    if (i === bodyStart && judged[i]!.verdict === 'good' && line.endsSentence) continue;
    const copies = copyEvidence(judged, i, from, bodyStart);
    // The byline or the date below it, before the body starts.
    let metaGap = 0;
    for (let k = i + 1; k <= i + META_REACH && k < bodyStart; k++) {
      // A name with the date right under it is the byline too ("Jane Doe" / "Monday 5:30PM").
      if (meta[k] || (k === i + 1 && meta[k + 1] && k + 1 < bodyStart && nameShaped(judged[k]!.line))) {
        metaGap = k - i;
        break;
      }
    }
    // Some pages print the date (or the section and the date) above the headline instead.
    const metaAbove = (i >= 1 && meta[i - 1]) || (i >= 2 && meta[i - 2] && !headlineShaped(judged[i - 1]!.line));
    const distance = bodyStart - i;
    // A headline is often followed by its standfirst: a sentence or two, longer than the headline (some
    // pages leave the standfirst's full stop off; in sentence case and half as long again, it is one still).
    const below = judged[i + 1]?.line;
    const standfirst = !!below && i + 1 < bodyStart && below.size >= 8 && below.size > line.size && !below.caption
      && (below.endsSentence || (below.capitalised < 0.3 && below.size >= line.size * 1.5));
    const closeAbove = distance <= 6 && line.size >= 3 && (onlyFurnitureBetween(judged, i, bodyStart) || (standfirst && onlyFurnitureBetween(judged, i + 1, bodyStart)));
    // Without a copy or a byline below, only a line close above the body with little but furniture between them will do.
    if (copies === 0 && metaGap === 0 && !metaAbove && !closeAbove) continue;
    let score = copies;
    if (metaGap > 0) score += 2.5 - 0.3 * (metaGap - 1) + (metaAbove ? 0.3 : 0);
    else if (metaAbove) score += 1.5;
    if (closeAbove) score += 0.5;
    // Share bars and menus surround their labels; a headline has its standfirst or byline below it.
    if (furniture(judged[i - 1]?.line) && furniture(judged[i + 1]?.line)) score -= 1;
    score += shapeScore(line);
    // A headline is written in the script of its article; a line in another is a link to a translation.
    if (script(line.text) !== bodyScript) score -= 2;
    if (nameShaped(line)) score -= 0.5;
    // A shorter line right under a headline-shaped one, above the same byline, is the byline or the standfirst.
    const above = judged[i - 1]?.line;
    if (metaGap > 0 && above && above.size >= 4 && headlineShaped(above) && !datedByline(above)) {
      // Shorter: a byline. Much longer and in sentence case: a standfirst.
      if (above.size > line.size || (line.size >= above.size * 1.5 && line.capitalised < 0.5)) score -= 1.2;
    }
    if (standfirst) score += 1;
    score -= distance * 0.05;
    candidates.push({ index: i, score, bodyStart });
  }
  // Sorted by score; between equals, the nearer to the body (found first) wins.
  return candidates.sort((a, b) => b.score - a.score);
}

/**
 * How strongly the page repeats a line: a second copy close by (the page prints its headline in the
 * header and again above the text), a longer line ending with it (a breadcrumb, a share label "Share
 * this story: <headline>") or starting with it before a separator (a page title "<headline> | Outlet").
 */
function copyEvidence(judged: Judged[], i: number, from: number, bodyStart: number): number {
  const line = judged[i]!.line;
  let evidence = 0;
  const to = Math.min(judged.length - 1, bodyStart + 3);
  for (let k = from; k <= to; k++) {
    if (k === i) continue;
    const key = judged[k]!.line.key;
    if (key === line.key) {
      // A menu printed twice repeats its neighbours too; a headline's copies stand among other lines.
      if (!sameNeighbours(judged, i, k)) evidence += Math.abs(k - i) <= 2 ? 2 : 1;
    } else if (line.size >= 3 && key.length > line.key.length) {
      if (key.endsWith(line.key)) evidence += 2;
      else if (key.startsWith(line.key) && /^\s*[|–—-]\s/u.test(key.slice(line.key.length))) evidence += 2;
    }
  }
  return Math.min(evidence, 3);
}

/** A byline or a timestamp, even one that starts with a name: "Jane DoeMonday 11:40AM", "By Jane Doe". */
function datedByline(line: Line): boolean {
  return line.byline || (BYLINE_START.test(line.text) && line.size <= 12) || /\b\d{1,2}:\d{2}(?!\d)/u.test(line.text) || HANDLE.test(line.text);
}

const SCRIPTS: [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['han', /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['hangul', /\p{Script=Hangul}/u],
  ['arabic', /\p{Script=Arabic}/u],
  ['hebrew', /\p{Script=Hebrew}/u],
];

/** The script most of a text's first letters are written in. */
function script(text: string): string {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const ch of text.slice(0, 200)) {
    if (!/\p{L}/u.test(ch)) continue;
    letters++;
    const name = SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'other';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  if (letters === 0) return 'none';
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

/** A menu entry, a share button or a link: the lines that surround furniture. */
function furniture(line: Line | undefined): boolean {
  return line !== undefined && (line.phrase || line.navShare >= 0.3 || /^(?:https?:\/\/|www\.)/u.test(line.text));
}

function sameNeighbours(judged: Judged[], a: number, b: number): boolean {
  const key = (i: number) => judged[i]?.line.key;
  return (key(a - 1) !== undefined && key(a - 1) === key(b - 1)) || (key(a + 1) !== undefined && key(a + 1) === key(b + 1));
}

function onlyFurnitureBetween(judged: Judged[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const j = judged[i]!;
    if (j.verdict === 'good' && !j.line.byline && !j.line.caption) return false;
  }
  return true;
}

/** A short title made from the first sentence of the lede, for texts that start without a headline. */
export function titleFromLede(lede: string): string {
  const words = lede.slice(0, 600).split(/\s+/).filter(Boolean).slice(0, 40);
  const sentence: string[] = [];
  for (const w of words) {
    sentence.push(w);
    // A sentence ends at a word ending in . ! ? that is not an abbreviation such as "U.N." or "Mr."
    if (/[.!?。！？]["'”’]?$/u.test(w) && !/^(?:\p{Lu}\.)+$|^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Gov|Sen|Rep)\.$/u.test(w) && sentence.length >= 4) break;
  }
  const text = sentence.join(' ').replace(/[.!?。！？]$/u, '');
  if (sentence.length <= 14) return text;
  return sentence.slice(0, 10).join(' ').replace(/[,;:—–-]+$/u, '') + '…';
}
