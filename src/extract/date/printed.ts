// Dates printed on the page as the article's own: "Published Nov 19, 2019", a byline with a date,
// a date line just under the headline. Each written date near the headline or after a publication
// label is a candidate, scored by its label and place; tweets, comments and lists of other stories
// count against theirs. Also reads the year of the site's copyright line, a bound on the rest.
import words from '../data/date-words.json' with { type: 'json' };
import type { PageLayout, PageLine } from '../source/page.ts';
import { compareDates, isAfter, monthDay, monthDays, writtenDates, type WrittenDate } from './parse.ts';

export interface PrintedDate {
  date: WrittenDate;
  line: number;
  lineText: string;
  score: number;
  /** What the score rests on, for the evidence. */
  label: 'published' | 'updated' | 'byline' | 'headline' | 'dateline' | 'page';
}

function cueRegex(list: string[]): RegExp {
  const alternatives = [...list].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?![\\p{L}])`, 'giu');
}

const PUBLISHED = cueRegex(words.published);
const UPDATED = cueRegex(words.updated);
const BYLINE = /^\s*(?:By|Von|Por|Par|Di|Oleh|Door|Av|Автор|Written by|Words by)\s+\p{Lu}/u;
const DATELINE = /^\s*\p{Lu}[\p{Lu} .'’-]{2,40},?\s/u;
const BYLINE_ANYWHERE = /(?:^|\s|\|)(?:By|BY|by):?\s+\p{Lu}/u;
const SHORT_DATE = /(?:19|20)\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2}\b/;
const CREDIT_LINE = /^\s*\(?\s*(?:Source|Photo|Photos|Image|Images|Picture|Credit|Credits|File photo|Foto|Fonte|Quelle|Fuente)\b/i;
const TWEET = /\(@\w{1,30}\)\s*[\p{L}\d]/u;
const COPYRIGHT_YEAR = /(?:©|\([cC]\)|\bcopyright\b)\s*(?:©\s*)?(?:\d{4}\s*[-–—]\s*)?((?:19|20)\d{2})(?!\d)|(?:©|\([cC]\)|\bcopyright\b)[^|]{1,80}?(?:\d{4}\s*[-–—]\s*)?((?:19|20)\d{2})(?!\d)/i;

/** Lines worth parsing: around the headline and the start and end of the body, plus labelled ones. */
function candidateLines(layout: PageLayout): PageLine[] {
  const { lines, titleLine, bodyStart, bodyEnd } = layout;
  const anchor = titleLine >= 0 ? titleLine : bodyStart;
  const keep = new Set<number>();
  const range = (from: number, to: number): void => {
    for (let i = Math.max(0, from); i <= Math.min(lines.length - 1, to); i++) keep.add(i);
  };
  range(anchor - 15, anchor + 25);
  range(bodyStart - 5, bodyStart + 5);
  range(bodyEnd - 2, bodyEnd + 12);
  range(0, 5);
  // Anywhere on the page: labelled dates, bylines with a date, lines that are only a date.
  const limit = Math.min(lines.length, 5000);
  for (let i = 0; i < limit; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (t.length >= 200 || !/\d/.test(t)) continue;
    if (PUBLISHED.test(t) || UPDATED.test(t) || (line.words <= 15 && BYLINE_ANYWHERE.test(t)) || (line.words <= 8 && SHORT_DATE.test(t))) keep.add(i);
    PUBLISHED.lastIndex = 0;
    UPDATED.lastIndex = 0;
  }
  return [...keep].sort((a, b) => a - b).map((i) => lines[i]!).filter((l) => l.text.length > 0 && l.text.length <= 400 && /\d/.test(l.text));
}

/** The label just before position `at` in the line ("Published: …", "Updated 3:00 PM …"), if any.
 * In a long line the label must stand close to the date: "photo posted by … in 2017" is no label. */
function labelBefore(text: string, at: number, words: number): 'published' | 'updated' | null {
  const reach = words <= 25 ? 60 : 25;
  let best: 'published' | 'updated' | null = null;
  let bestAt = -1;
  for (const [re, kind] of [
    [PUBLISHED, 'published'],
    [UPDATED, 'updated'],
  ] as const) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (m.index <= at && m.index > bestAt && at - m.index <= reach) {
        best = kind;
        bestAt = m.index;
      }
    }
  }
  return best;
}

const TIME_WORDS = /\b(?:\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?|a\.?m\.?|p\.?m\.?|[A-Z]{2,4}T|UTC|GMT|IST|ET|PT|CT|Z|at|on|um|às|alle|à|de|del|\d{1,2}(?:st|nd|rd|th)?)\b/gi;

/** A line that is nothing but this date (with a time, a weekday, a label): a timestamp. */
function dateOnly(text: string, date: WrittenDate): boolean {
  const rest = (text.slice(0, date.index) + ' ' + text.slice(date.index + date.text.length))
    .replace(PUBLISHED, ' ')
    .replace(UPDATED, ' ')
    .replace(TIME_WORDS, ' ')
    .replace(/\b(?:Mon|Tue|Tues|Wed|Thu|Thurs|Fri|Sat|Sun)[a-z]*\b/gi, ' ');
  PUBLISHED.lastIndex = 0;
  UPDATED.lastIndex = 0;
  return (rest.match(/\p{L}{2,}/gu) ?? []).length <= 1;
}

/** "November 20" on one line and "2019" a line or two below it, as some pages set their dates. */
function splitDate(layout: PageLayout, index: number, now: Date): WrittenDate | null {
  const line = layout.lines[index]!;
  if (line.words > 4) return null;
  const md = monthDay(line.text, now);
  if (!md) return null;
  for (let i = index + 1; i <= index + 3 && i < layout.lines.length; i++) {
    const year = /^\s*((?:19|20)\d{2})\s*$/.exec(layout.lines[i]!.text);
    if (year) {
      const date: WrittenDate = { year: Number(year[1]), month: md.month, day: md.day, precision: 'day', text: line.text, index: 0 };
      return isAfter(date, now) ? null : date;
    }
  }
  return null;
}

export function printedDates(layout: PageLayout, now: Date): PrintedDate[] {
  const out: PrintedDate[] = [];
  const candidates = candidateLines(layout);
  const dated = new Set<number>();
  const found = new Map<number, WrittenDate[]>();
  for (const line of candidates) {
    const dates = writtenDates(line.text, now).filter((d) => !isAfter(d, now));
    if (dates.length === 0) {
      const split = splitDate(layout, line.index, now);
      if (split) dates.push(split);
    }
    if (dates.length) {
      found.set(line.index, dates);
      dated.add(line.index);
    }
  }
  for (const line of candidates) {
    const dates = found.get(line.index);
    if (!dates) continue;
    const t = line.text;
    // Lists of other stories: several dated lines close together, none of them labelled.
    let neighbours = 0;
    for (let i = line.index - 6; i <= line.index + 6; i++) if (i !== line.index && dated.has(i)) neighbours++;
    dates.forEach((date, k) => {
      let score = 1;
      let label: PrintedDate['label'] = 'page';
      const cue = labelBefore(t, date.index, line.words);
      if (cue === 'published') {
        // In a sentence of the story "posted" or "published" speaks of something else.
        score += line.prose ? 1 : 4;
        label = 'published';
      } else if (cue === 'updated') {
        score += 1.5;
        label = 'updated';
      }
      const d = layout.titleLine >= 0 ? line.index - layout.titleLine : NaN;
      const b = line.index - layout.bodyStart;
      if (d > 0 && d <= 15) {
        score += 3 - d * 0.1;
        if (label === 'page') label = 'headline';
      } else if (d >= -8 && d <= 0) {
        score += 2;
        if (label === 'page') label = 'headline';
      } else if (b >= -20 && b <= 3) {
        // No headline found: the lines just above the body hold the byline and date.
        score += 2 - Math.abs(b) * 0.05;
        if (label === 'page') label = 'headline';
      }
      if (Math.abs(b) <= 3) score += 1;
      if (line.words <= 15) score += 1;
      if (dateOnly(t, date)) score += 1.5;
      if (BYLINE.test(t) || (line.words <= 15 && BYLINE_ANYWHERE.test(t))) {
        score += 1.5;
        if (label === 'page' || label === 'headline') label = 'byline';
      } else if (DATELINE.test(t) && date.index < 60 && line.zone === 'body') {
        score += 1;
        if (label === 'page') label = 'dateline';
      }
      if (TWEET.test(t)) score -= 5;
      if (CREDIT_LINE.test(t)) score -= 3;
      if (line.prose) score -= 2;
      if (line.zone === 'bottom' && !cue) score -= 1.5;
      if (neighbours >= 2 && !cue) score -= 1.5;
      if (k > 0 && cue !== 'published') score -= 0.5;
      if (date.precision === 'month') score -= 1;
      out.push({ date, line: line.index, lineText: t, score, label });
    });
  }
  return out.sort((a, b) => b.score - a.score);
}

/** A month and day printed without a year, and the line it was printed on. */
export interface YearlessDate {
  month: number;
  day: number;
  lineText: string;
}

/** A month and day printed as the story's date without its year ("Posted Nov 19, 6:51 AM" under
 * the headline), as sites print this year's stories. Only a labelled date or a line that is nothing
 * but the date, near the headline or the top of the body, and not in a sentence or below the story. */
export function yearlessPrintedDate(layout: PageLayout): YearlessDate | null {
  const { lines, titleLine, bodyStart } = layout;
  let best: (YearlessDate & { score: number }) | null = null;
  for (const line of lines) {
    const d = titleLine >= 0 ? line.index - titleLine : NaN;
    const b = line.index - bodyStart;
    const near = (d >= -3 && d <= 15) || (b >= -10 && b <= 2);
    if (!near || line.prose || line.zone === 'bottom' || line.words > 15 || line.text.length > 120 || !/\d/.test(line.text)) continue;
    if (SHORT_DATE.test(line.text) || TWEET.test(line.text) || CREDIT_LINE.test(line.text)) continue;
    for (const md of monthDays(line.text)) {
      const cue = labelBefore(line.text, md.index, line.words);
      const alone = line.words <= 8 && dateOnly(line.text, { year: 0, month: md.month, day: md.day, precision: 'day', text: md.text, index: md.index });
      if (!cue && !alone) continue;
      const score = (cue === 'published' ? 3 : cue === 'updated' ? 1 : 2) - (Number.isNaN(d) ? Math.abs(b) : Math.abs(d)) * 0.05;
      if (!best || score > best.score) best = { month: md.month, day: md.day, lineText: line.text, score };
    }
  }
  return best && { month: best.month, day: best.day, lineText: best.lineText };
}

/** The earliest comment on the page ("Name September 17, 2014 - 1:01 pm" below the story): the
 * story is no younger. Only dates with a clock time next to them count, as comment headers have. */
export function earliestComment(layout: PageLayout, now: Date): PrintedDate | null {
  let best: PrintedDate | null = null;
  for (const line of layout.lines) {
    if (line.zone !== 'bottom' || line.words > 15 || !/\d{1,2}:\d{2}/.test(line.text)) continue;
    for (const date of writtenDates(line.text, now)) {
      if (date.precision !== 'day' || isAfter(date, now)) continue;
      const after = line.text.slice(date.index + date.text.length, date.index + date.text.length + 12);
      if (!/\d{1,2}:\d{2}/.test(date.text) && !/^\s*(?:[-–—|,@]|at)?\s*\d{1,2}:\d{2}/.test(after)) continue;
      if (!best || compareDates(date, best.date) < 0) best = { date, line: line.index, lineText: line.text, score: 0, label: 'page' };
    }
  }
  return best;
}

/** The latest year on the site's copyright line ("© 2005-2019 …"), and that line. */
export function copyrightYear(layout: PageLayout, now: Date): { year: number; line: string } | null {
  let best: { year: number; line: string } | null = null;
  const lines = layout.lines;
  const from = Math.max(0, lines.length - 400);
  for (let i = lines.length - 1; i >= from; i--) {
    const t = lines[i]!.text;
    if (t.length > 400) continue;
    const m = COPYRIGHT_YEAR.exec(t);
    if (!m) continue;
    const year = Number(m[1] ?? m[2]);
    if (year > now.getUTCFullYear() || year < 1990) continue;
    if (!best || year > best.year) best = { year, line: t };
  }
  return best;
}
