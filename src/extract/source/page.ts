// The page as lines, with a rough map of where the article sits in it, shared by the source and
// date extractors. The clean stage's paragraphs are used when they look like a real selection; the
// map falls back to line shape (prose vs short furniture lines) so that it works on any page text.
import type { CleanArticle, SeedDocument } from '../../types.ts';

/** Pages can be huge: only this much of the head and of the tail of the text is read. */
const HEAD_CHARS = 400_000;
const TAIL_CHARS = 100_000;
/** Lines are cut to this length before any pattern is run on them. */
const MAX_LINE = 2_000;

export type Zone = 'top' | 'body' | 'bottom';

export interface PageLine {
  /** Position in `PageLayout.lines` (not in the original text when the text was cut). */
  index: number;
  text: string;
  words: number;
  /** A sentence-like line: many words, ending like a sentence. */
  prose: boolean;
  zone: Zone;
  /** The clean stage judged this line not to be the article. */
  boilerplate: boolean;
}

export interface PageLayout {
  lines: PageLine[];
  /** Index of the headline line, or -1 when it cannot be found. */
  titleLine: number;
  bodyStart: number;
  bodyEnd: number;
}

const SENTENCE_END = /[.!?:;"”’»)\]…]$/;

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 160;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function isProse(text: string, words: number): boolean {
  return words >= 25 || (words >= 12 && SENTENCE_END.test(text));
}

function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function pageText(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS) return text;
  return `${text.slice(0, HEAD_CHARS)}\n${text.slice(-TAIL_CHARS)}`;
}

/** The densest run of prose lines (short lines in between allowed): where the article most likely is. */
function proseCluster(lines: PageLine[]): [number, number] {
  let best: [number, number] = [-1, -1];
  let bestWeight = 0;
  let start = -1;
  let end = -1;
  let weight = 0;
  let gap = 0;
  const close = (): void => {
    if (start >= 0 && weight > bestWeight) {
      best = [start, end];
      bestWeight = weight;
    }
  };
  for (const line of lines) {
    if (line.prose) {
      if (start < 0) start = line.index;
      end = line.index;
      weight += line.text.length;
      gap = 0;
    } else if (line.text.length > 0 && start >= 0 && ++gap > 8) {
      close();
      start = -1;
      weight = 0;
      gap = 0;
    }
  }
  close();
  return best;
}

// The source and date extractors both read the layout of the same page: it is worked out once.
const layouts = new WeakMap<CleanArticle, { document: SeedDocument; layout: PageLayout }>();

export function layoutPage(document: SeedDocument, article: CleanArticle): PageLayout {
  const known = layouts.get(article);
  if (known && known.document === document) return known.layout;
  const layout = computeLayout(document, article);
  layouts.set(article, { document, layout });
  return layout;
}

function computeLayout(document: SeedDocument, article: CleanArticle): PageLayout {
  const raw = pageText(document.text).split('\n');
  const boilerplate = new Set(article.boilerplate.map(normalise));
  const lines: PageLine[] = raw.map((full, index) => {
    const text = normalise(full.length > MAX_LINE ? full.slice(0, MAX_LINE) : full);
    const words = countWords(text);
    return { index, text, words, prose: isProse(text, words), zone: 'body', boilerplate: boilerplate.has(text) };
  });

  // The clean stage's paragraphs, when they are a real selection, say where the body is.
  let bodyStart = -1;
  let bodyEnd = -1;
  const paragraphChars = article.paragraphs.reduce((n, p) => n + p.text.length, 0);
  if (article.paragraphs.length > 0 && paragraphChars < 0.8 * document.text.length) {
    const paragraphs = new Set(article.paragraphs.map((p) => normalise(p.text)));
    for (const line of lines) {
      if (line.text && paragraphs.has(line.text)) {
        if (bodyStart < 0) bodyStart = line.index;
        bodyEnd = line.index;
      }
    }
  }
  if (bodyStart < 0) [bodyStart, bodyEnd] = proseCluster(lines);
  if (bodyStart < 0) [bodyStart, bodyEnd] = [0, lines.length - 1];

  const title = normalise(article.title);
  let titleLine = -1;
  if (title) {
    for (const line of lines) {
      if (line.index > bodyStart + 2 && titleLine >= 0) break;
      if (line.text === title) titleLine = line.index;
    }
  }
  if (titleLine >= 0 && titleLine < bodyStart && bodyStart - titleLine > 60) titleLine = -1;

  for (const line of lines) line.zone = line.index < bodyStart ? 'top' : line.index > bodyEnd ? 'bottom' : 'body';
  return { lines, titleLine, bodyStart, bodyEnd };
}
