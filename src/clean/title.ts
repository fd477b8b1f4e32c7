// Finds the headline of a page among the lines above its body, or makes a short title from the lede.
import type { Judged } from './classify.ts';
import type { Line } from './features.ts';

export interface Headline {
  title: string;
  /** Indexes (into the judged lines) of every copy of the headline, breadcrumbs included. */
  lines: number[];
}

/** How far above the body a headline is looked for, in non-empty lines. */
const WINDOW = 40;

/** A line that could be a headline: a few words, not a sentence with a full stop, not furniture. */
export function headlineShaped(line: Line): boolean {
  if (line.size < 2 || line.size > 30 || line.words.length === 0) return false;
  if (/[.;,:]["'”’)]?$/u.test(line.text) && !/\.\.\.$|…$/u.test(line.text)) return false;
  if (line.caption || line.byline || line.phrase || line.text.includes('\t')) return false;
  if (line.navShare > 0.34) return false;
  return true;
}

/**
 * The headline: a headline-shaped line repeated near the top of the body (pages print it in the
 * breadcrumb, the page title and the article header), or else the nearest such line just above the body.
 */
export function findHeadline(judged: Judged[], bodyStart: number): Headline | null {
  if (judged.length === 0) return null;
  // The headline stands above the lede: the first kept line that reads as a sentence.
  let lede = bodyStart;
  while (lede < judged.length && !(judged[lede]!.keep && judged[lede]!.line.endsSentence && judged[lede]!.line.size >= 8)) lede++;
  if (lede >= judged.length || lede - bodyStart > 12) lede = bodyStart;
  bodyStart = lede;
  const from = Math.max(0, bodyStart - WINDOW);
  const to = bodyStart;
  // Keys of the lines around, to count copies and breadcrumbs ("Home › News › <headline>").
  const near = judged.slice(from, Math.min(judged.length, bodyStart + 3));
  let best: { index: number; score: number } | null = null;
  for (let i = to; i >= from; i--) {
    const line = judged[i]!.line;
    if (!headlineShaped(line)) continue;
    if (i === bodyStart && judged[i]!.verdict === 'good' && line.endsSentence) continue;
    let copies = 0;
    for (const other of near) {
      if (other.line.index === line.index) continue;
      if (other.line.key === line.key) copies++;
      else if (other.line.key.length > line.key.length && other.line.key.endsWith(line.key) && line.size >= 3) copies++;
    }
    const distance = bodyStart - i;
    let score = copies > 0 ? 3 + Math.min(copies, 2) : 0;
    if (line.size >= 4 && line.size <= 20) score += 1;
    score -= distance * 0.08;
    // Without a copy, only a line close above the body with little but furniture between them will do.
    if (copies === 0 && !(distance <= 6 && line.size >= 3 && onlyFurnitureBetween(judged, i, bodyStart))) continue;
    if (!best || score > best.score) best = { index: i, score };
  }
  if (!best) return null;
  const headline = judged[best.index]!.line;
  const lines: number[] = [];
  judged.forEach((j, i) => {
    const k = j.line.key;
    if (k === headline.key || (i < bodyStart && k.length > headline.key.length && k.endsWith(headline.key))) lines.push(i);
  });
  return { title: headline.text, lines };
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
