// Decides which lines of a page are the article: a score per line from its own features, revised by its
// neighbours (jusText's context rules), then the densest run of article lines (the page's main region).
import vocabulary from './data/boilerplate.json' with { type: 'json' };
import type { Line, Page } from './features.ts';

const COMMENT_WORDS = new Set(vocabulary.commentWords);
const BIO_HEADINGS = vocabulary.bioHeadings;
const AUTHOR_HEADINGS = new Set(vocabulary.authorHeadings);

export type Verdict = 'good' | 'near' | 'short' | 'bad';

export interface Judged {
  line: Line;
  /** Evidence for (positive) or against (negative) the line being article text. */
  score: number;
  verdict: Verdict;
  /** Kept as part of the article. */
  keep: boolean;
}

/** How strongly a line's own features speak for article text. */
export function scoreLine(line: Line, page: Page): number {
  let s = 0;
  const size = line.size;
  // Length: long runs of text are rarely furniture.
  if (size >= 40) s += 2;
  else if (size >= 20) s += 1.5;
  else if (size >= 10) s += 0.5;
  else if (size <= 2) s -= 0.9;
  else if (size <= 5) s -= 0.8;
  // Sentence shape.
  if (line.endsSentence) s += size >= 4 ? 1 : 0.3;
  s += Math.min(2, line.innerSentences) * 0.4;
  // Stopword density, trusted as far as the language's list covers the page.
  if (page.stopwords.coverage >= 0.15 && line.words.length >= 3) {
    s += Math.max(-1, Math.min(1, (line.stopRatio - 0.25) / 0.15));
  }
  // Paragraphs of the article usually stand between blank lines when the page separates its paragraphs so.
  if (page.isolation >= 0.6 && size >= 6) s += line.blankBefore && line.blankAfter ? 0.6 : -0.6;
  // Furniture vocabulary and shapes.
  s -= line.navShare >= 0.5 ? 3 : line.navShare * (size <= 6 ? 3 : 6);
  if (line.phrase) s -= size <= 30 ? 2.5 : 1;
  if (line.caption) s -= 3;
  if (line.byline) s -= 3;
  if (line.repeats > 1) s -= 1;
  if (line.upperCase && size >= 2) s -= 0.7;
  if (!line.endsSentence && line.capitalised >= 0.8 && size >= 4 && size <= 25) s -= 0.8;
  if (line.words.length === 0) s -= 3;
  // Numbered items ("1) …", "2. …") are lists of the article more often than menus.
  if (/^\(?\d{1,3}[.)]\s/u.test(line.text) && size >= 3) s += 1.2;
  // A bare address, or a name in brackets citing a source ("[The Daily Example]"), reads as nothing; it
  // takes the side of its neighbours.
  if (/^(?:https?:\/\/|www\.)\S+$/u.test(line.text)) s = -0.5;
  if (/^\[[^\][]{1,40}\]$/u.test(line.text) && line.size <= 5 && line.navShare === 0) s = -0.5;
  // An embedded post's signature belongs to the post, and the post to whatever surrounds it.
  if (line.embedSignature) s = -0.5;
  // A caption, a credit or a timestamp is furniture whatever else it looks like.
  if (line.caption || line.byline) s = Math.min(s, -2);
  // A heading marked up as such by its author is part of the text it heads.
  if (line.heading) s = Math.max(s, 0);
  return s;
}

function verdictOf(score: number, line: Line): Verdict {
  if (score >= 2) return 'good';
  if (score <= -1) return 'bad';
  if (score >= 0.8 && line.size >= 5) return 'near';
  return 'short';
}

/** Weight of a line in the search for the main region: article text counts by its length, furniture against. */
function weight(j: Judged): number {
  const size = Math.min(j.line.size, 200);
  // Table rows take the side of the text around them.
  if (j.line.text.includes('\t') && j.verdict !== 'good') return 0;
  // An article prints a paragraph once; a long line repeated is a teaser or a ticker.
  const once = j.line.repeats > 1 ? 0.2 : 1;
  switch (j.verdict) {
    case 'good': return size * once;
    case 'near': return size * 0.5 * once;
    case 'short': return -1;
    case 'bad': return -3 - Math.min(size, 30) * 0.2;
  }
}

export function classify(page: Page): Judged[] {
  const judged: Judged[] = page.lines.map((line) => {
    const score = scoreLine(line, page);
    return { line, score, verdict: verdictOf(score, line), keep: false };
  });
  markLinkLists(judged, page);
  markCaptionNeighbours(judged, page);
  reviseByContext(judged);
  const [start, end] = mainRegion(judged);
  for (let i = start; i <= end; i++) {
    const j = judged[i]!;
    // A line with a furniture phrase ("sign up", "read more") stays only when it reads as article text.
    j.keep = j.verdict !== 'bad' && !(j.line.phrase && j.verdict !== 'good');
  }
  dropLeadingCluster(judged, page, start, end);
  keepBlocks(judged, start, end);
  keepNumberedLists(judged);
  return judged;
}

const ITEM_NUMBER = /^\(?(\d{1,3})[.)]\s/u;
/** How many lines may stand between two items of a list (a link, a short note). */
const ITEM_GAP = 3;

/**
 * A numbered list the article has begun runs to its last item: items of a list ("18) A board game") are
 * short and unpunctuated and score as furniture one by one, but the count going on says they belong
 * together. Lines between two items go with them unless they are furniture by their words.
 */
function keepNumberedLists(judged: Judged[]): void {
  const numberOf = (i: number): number => {
    const m = ITEM_NUMBER.exec(judged[i]!.line.text);
    return m ? Number(m[1]) : -1;
  };
  for (let i = 0; i < judged.length; i++) {
    let n = numberOf(i);
    if (n < 0) continue;
    // A list starts in the article when its first item is kept, or follows a kept line that announces it.
    const before = judged[i - 1];
    const announced = n === 1 && before !== undefined && before.keep && /:\s*$/u.test(before.line.text);
    if (!judged[i]!.keep && !announced) continue;
    if (isFurniture(judged[i]!.line)) continue;
    judged[i]!.keep = true;
    let at = i;
    let gap: number | null = null;
    for (;;) {
      let next = -1;
      for (let k = at + 1; k <= Math.min(judged.length - 1, at + ITEM_GAP + 1); k++) {
        if (numberOf(k) === n + 1) { next = k; break; }
      }
      if (next < 0) break;
      const between = judged.slice(at + 1, next);
      if (between.some((j) => isFurniture(j.line))) break;
      for (let k = at + 1; k <= next; k++) judged[k]!.keep = true;
      gap = gap === null || gap === next - at - 1 ? next - at - 1 : -1;
      at = next;
      n++;
    }
    // When every item carried the same lines after it (a link, a price), so does the last one.
    if (gap !== null && gap > 0) {
      const tail = judged.slice(at + 1, at + 1 + gap);
      if (tail.length === gap && !tail.some((j) => isFurniture(j.line) || ITEM_NUMBER.test(j.line.text))) {
        for (const j of tail) j.keep = true;
        at += gap;
      }
    }
    i = at;
  }
}

/** Furniture by its words or shape, whatever its neighbours: menus, promos, credits, timestamps. */
function isFurniture(line: Line): boolean {
  return line.navShare >= 0.5 || line.phrase || line.caption || line.byline;
}

type BlockKind = 'row' | 'bullet' | null;
const BULLET = /^[-•*–·▪►]\s+\S/u;
/** A table row (cells separated by tabs) or a bulleted list item: lines judged as a block, not one by one. */
const blockKind = (j: Judged | undefined): BlockKind =>
  j === undefined ? null : j.line.text.includes('\t') ? 'row' : BULLET.test(j.line.text) ? 'bullet' : null;

/** How many lines a summary box or caption above the lede may hold. */
const LEADING_CLUSTER = 4;

/**
 * On a page that sets its paragraphs apart with blank lines, a few lines run together near the start of
 * the region, right above the first paragraph that stands alone, are a summary box ("Key points"), a
 * caption or a teaser, not the article's opening.
 */
function dropLeadingCluster(judged: Judged[], page: Page, start: number, end: number): void {
  if (page.isolation < 0.6) return;
  const alone = (j: Judged) => j.line.blankBefore && j.line.blankAfter;
  let lede = start;
  const paragraph = (j: Judged) => alone(j) && j.verdict === 'good' && j.line.size >= 12 && j.line.endsSentence;
  while (lede <= end && lede - start <= LEADING_CLUSTER + 2 && !paragraph(judged[lede]!)) lede++;
  if (lede > end || lede - start > LEADING_CLUSTER + 2) return;
  let first = lede;
  while (first > start && !alone(judged[first - 1]!) && lede - first < LEADING_CLUSTER) first--;
  // A cluster that ends with a line announcing what follows ("as follows:") is part of the text.
  if (lede - first < 2 || /:\s*$/u.test(judged[lede - 1]!.line.text)) return;
  // It shows itself by a label over it ("Key points", "In brief") or a credit in it; without either, the
  // lines may be the opening paragraphs of a text that only sometimes leaves blank lines.
  const label = (j: Judged | undefined) => j !== undefined && j.line.index > 0 && j.line.size <= 3 && !j.line.endsSentence;
  const labelled = label(judged[first]) || (label(judged[first - 1]) && !judged[first]!.line.blankBefore);
  if (!labelled && !judged.slice(first, lede).some((j) => j.line.caption || j.line.byline)) return;
  for (let i = first; i < lede; i++) judged[i]!.keep = false;
}

/**
 * A table or a bulleted list is part of the article when the article runs on both sides of it, or when
 * the line above introduces it ("Final standings after 36 races:"). Its rows, all numbers and names, or
 * its items, short and unpunctuated, score as furniture one by one, so they are judged together by where
 * they stand. Items that are furniture by their words (a "Share" bullet) stay out.
 */
function keepBlocks(judged: Judged[], start: number, end: number): void {
  if (end < start) return;
  for (let i = Math.max(0, start - 1); i <= end + 2 && i < judged.length; i++) {
    const kind = blockKind(judged[i]);
    if (kind === null || blockKind(judged[i - 1]) === kind) continue;
    let last = i;
    while (blockKind(judged[last + 1]) === kind) last++;
    const before = judged[i - 1];
    // The introducing line itself may be the article's last, just outside the region's end.
    const introduced = before !== undefined && i - 1 <= end + 1 && (before.keep || i - 1 > end || before.verdict !== 'bad') &&
      /:\s*$/u.test(before.line.text) && !isFurniture(before.line);
    const inside = i > start && last < end;
    const items = judged.slice(i, last + 1);
    if ((inside || introduced) && items.filter((j) => isFurniture(j.line)).length * 2 < items.length) {
      if (introduced) before.keep = true;
      for (const j of items) j.keep = !isFurniture(j.line);
    }
    i = last;
  }
}

/**
 * On a page that separates its paragraphs by blank lines, three or more lines in a row without a blank
 * between them, most not ending like sentences, are a list of links (related stories, a menu).
 */
function markLinkLists(judged: Judged[], page: Page): void {
  if (page.isolation < 0.6) return;
  let start = 0;
  for (let i = 0; i <= judged.length; i++) {
    if (i < judged.length && !(i > start && judged[i]!.line.blankBefore)) continue;
    const block = judged.slice(start, i);
    if (block.length >= 3 && block.filter((j) => !j.line.endsSentence).length * 2 > block.length) {
      for (const j of block) {
        if (j.line.endsSentence || j.line.heading) continue;
        j.score -= 1.5;
        j.verdict = verdictOf(j.score, j.line);
      }
    }
    start = i;
  }
}

/**
 * A caption's picture text and its teaser travel with it: a line right next to a caption or credit (no
 * blank line between) that is not a sentence, or on a page that separates its paragraphs by blank lines,
 * any such line of caption length, is part of the caption.
 */
function markCaptionNeighbours(judged: Judged[], page: Page): void {
  const spaced = page.isolation >= 0.5;
  const captionLike = (l: Line) => (l.size <= 20 && !l.endsSentence) || (spaced && l.size <= 40);
  judged.forEach((j, i) => {
    if (!j.line.caption) return;
    const prev = judged[i - 1];
    const next = judged[i + 1];
    if (prev && !j.line.blankBefore && captionLike(prev.line) && !prev.line.caption) prev.score = Math.min(prev.score, -1.5);
    if (next && !j.line.blankAfter && captionLike(next.line) && !next.line.caption) next.score = Math.min(next.score, -1.5);
  });
  for (const j of judged) j.verdict = verdictOf(j.score, j.line);
}

/** jusText's second pass: short and near-good lines take the side of the article text around them. */
function reviseByContext(judged: Judged[]): void {
  // The nearest good or bad line on each side, found in two passes (a search from every line would be
  // quadratic on pages of thousands of short lines).
  const n = judged.length;
  const before = new Array<Verdict | null>(n);
  const after = new Array<Verdict | null>(n);
  for (let i = 0, last: Verdict | null = null; i < n; i++) {
    before[i] = last;
    const v = judged[i]!.verdict;
    if (v === 'good' || v === 'bad') last = v;
  }
  for (let i = n - 1, last: Verdict | null = null; i >= 0; i--) {
    after[i] = last;
    const v = judged[i]!.verdict;
    if (v === 'good' || v === 'bad') last = v;
  }
  const nearest = (i: number, step: -1 | 1): Verdict | null => (step < 0 ? before[i]! : after[i]!) ?? null;
  const revised = judged.map((j, i): Verdict => {
    // A paragraph alone among furniture (a promo, a blurb, an appeal) does not carry the article.
    if (j.verdict === 'good') return nearest(i, -1) === 'bad' && nearest(i, 1) === 'bad' && j.line.size < 60 ? 'short' : 'good';
    if (j.verdict !== 'near' && j.verdict !== 'short') return j.verdict;
    const left = nearest(i, -1);
    const right = nearest(i, 1);
    if (j.verdict === 'near') return left === 'good' || right === 'good' ? 'good' : 'short';
    if (left === 'good' && right === 'good') return 'near';
    // A short sentence closing the article ("Nobody objected.") stays with it.
    if (j.line.endsSentence && j.score > -1 && ((left === 'good' && right !== 'bad') || (right === 'good' && left === null))) return 'near';
    if (left === 'bad' && right === 'bad') return 'bad';
    return 'short';
  });
  revised.forEach((v, i) => { judged[i]!.verdict = v; });
}

/**
 * A line the article does not run across: a byline or timestamp below the start of the article opens
 * another item (a comment, a teaser).
 */
function separates(line: Line): boolean {
  return line.byline;
}

/** A comments header or the start of a note about the author: the article is over. */
function closes(judged: Judged[], i: number): boolean {
  const line = judged[i]!.line;
  if (line.size <= 6 && line.words.some((w) => COMMENT_WORDS.has(w))) return true;
  return authorCard(line, judged[i + 1]?.line);
}

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/**
 * The head of a note about the author or the publisher: "About the author"; "About Jane Doe" over a note
 * that names her; or a name alone over a note that opens with it ("Jane Doe" / "Jane Doe is a reporter …").
 */
export function authorCard(line: Line, next: Line | undefined): boolean {
  if (line.size > 6 || line.endsSentence || /[:;,]$/u.test(line.text)) return false;
  const key = line.key.replace(/[:.]$/u, '');
  if (AUTHOR_HEADINGS.has(key)) return true;
  if (!next || next.size < 6) return false;
  const heading = BIO_HEADINGS.find((h) => key.startsWith(`${h} `));
  const name = (heading ? line.text.slice(heading.length) : line.text).trim().split(/\s+/u);
  if (name.length < 2 || name.length > 4 || !name.every((w) => NAME_WORD.test(w))) return false;
  if (heading) return next.words.includes(name[name.length - 1]!.toLowerCase());
  return next.text.startsWith(`${name.join(' ')} `) && next.size <= 80;
}

/** Share of the heaviest section's weight that an earlier section needs to be taken for the article. */
const EARLIER_SECTION = 0.5;

/**
 * The main region: the page is cut into sections at separating and closing lines; in each, the run of lines with
 * the greatest total weight (maximum subarray); of those, the first that weighs at least half as much
 * as the heaviest (comments and teasers come after the article, and may outweigh it).
 */
function mainRegion(judged: Judged[]): [number, number] {
  const runs: { start: number; end: number; sum: number }[] = [];
  const closing = judged.map((_, i) => closes(judged, i));
  let from = 0;
  for (let i = 0; i <= judged.length; i++) {
    if (i === judged.length || closing[i] || separates(judged[i]!.line)) {
      if (i > from) runs.push(heaviestRun(judged, from, i - 1));
      from = i + 1;
    }
  }
  const best = runs.reduce((max, r) => Math.max(max, r.sum), 0);
  if (best <= 0) return [0, -1];
  const at = runs.findIndex((r) => r.sum > 0 && r.sum >= best * EARLIER_SECTION);
  const chosen = { ...runs[at]! };
  // A timestamp or two between paragraphs (a video's "Published …", an embedded post's date) does not
  // end the article when the text goes on right after it.
  for (let k = at + 1; k < runs.length; k++) {
    const next = runs[k]!;
    if (next.start - chosen.end > 4 || next.sum <= 0) break;
    if (judged[chosen.end]!.verdict !== 'good' || judged[next.start]!.verdict !== 'good') break;
    if (closing.slice(chosen.end, next.start).some(Boolean)) break;
    chosen.end = next.end;
  }
  return [chosen.start, chosen.end];
}

/** The run of lines between from and to with the greatest total weight (maximum subarray). */
function heaviestRun(judged: Judged[], from: number, to: number): { start: number; end: number; sum: number } {
  let best = -Infinity;
  let bestStart = from;
  let bestEnd = from - 1;
  let sum = 0;
  let start = from;
  for (let i = from; i <= to; i++) {
    if (sum <= 0) { sum = 0; start = i; }
    sum += weight(judged[i]!);
    if (sum > best) { best = sum; bestStart = start; bestEnd = i; }
  }
  return { start: bestStart, end: bestEnd, sum: best };
}
