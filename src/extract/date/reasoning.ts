// When a page prints no date of its own, the body still tells roughly when it was written: the latest
// past date it refers to, "two years on from" a dated event, and weekdays ("on Tuesday") counted from
// an explicit date. The result is only as precise as that reasoning: a day, a month or a year.
import { chrono } from './chrono.ts';
import words from '../data/date-words.json' with { type: 'json' };
import type { DatePrecision } from '../../types.ts';
import type { PageLayout } from '../source/page.ts';
import { compareDates, formatDate, isAfter, writtenDates, type CalendarDate } from './parse.ts';

export interface Reasoned {
  value: string;
  precision: DatePrecision;
  evidence: string;
}

interface Reference {
  date: CalendarDate;
  precision: DatePrecision;
  text: string;
  sentence: number;
}

/** At most this many sentences of the body are read. */
const MAX_SENTENCES = 400;
const NUMBERS: Record<string, number> = words.numbers;
const FUTURE = new RegExp(`\\b(?:${words.future.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`, 'i');
const RECENT = new RegExp(`\\b(?:${words.recent.join('|')})\\b`, 'i');
const DATE_CUE = /\b(?:19|20)\d{2}\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\byears?\b|\banniversary\b|\bweek\b/;
const BARE_YEAR = /\b(?:in|since|from|during|of|early|late|mid-?|until|through|throughout|before|after|and|to|a|an|the|its|his|her|their|last)\s+((?:19|20)\d{2})(?![\d%,.]\d)\b/gi;
const YEARS_ON = new RegExp(
  `\\b(\\d{1,3}|${Object.keys(NUMBERS).join('|')})\\s+years?\\s+(?:on|after|later|since)\\s+(?:from\\s+)?(?:(?:its|the|a|an|his|her|their|our|this)\\s+)?((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)`,
  'iu',
);
const ANNIVERSARY = /\b(\d{1,3})(?:st|nd|rd|th)\s+anniversary\b/i;
const YEAR_WORD = /year/iu;
const ANNIVERSARY_WORD = /anniversary/i;
const WEEKDAY = /\b(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

function bodySentences(layout: PageLayout): string[] {
  const out: string[] = [];
  for (let i = Math.max(0, layout.bodyStart); i <= layout.bodyEnd && out.length < MAX_SENTENCES; i++) {
    const line = layout.lines[i];
    if (!line || line.words < 4) continue;
    for (const s of line.text.split(/(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u)) {
      if (s) out.push(s);
      if (out.length >= MAX_SENTENCES) break;
    }
  }
  return out;
}

/** The words around a match, for the evidence: "…in a 2022 report, Michelle…". */
function around(s: string, at: number, length: number): string {
  const from = Math.max(0, s.lastIndexOf(' ', Math.max(0, at - 25)));
  const to = s.indexOf(' ', Math.min(s.length, at + length + 25));
  return `${from > 0 ? '…' : ''}${s.slice(from, to < 0 ? s.length : to).trim()}${to >= 0 ? '…' : ''}`;
}

function references(sentences: string[], now: Date, upper: number | null): Reference[] {
  const out: Reference[] = [];
  sentences.forEach((s, i) => {
    if (!DATE_CUE.test(s) || FUTURE.test(s)) return;
    const dates = writtenDates(s, now, false);
    for (const d of dates) {
      if (isAfter(d, now) || (upper !== null && d.year > upper)) continue;
      out.push({ date: d, precision: d.precision, text: d.text, sentence: i });
    }
    for (const m of s.matchAll(BARE_YEAR)) {
      const year = Number(m[1]);
      if (dates.some((d) => d.year === year) || year > now.getUTCFullYear() || (upper !== null && year > upper)) continue;
      out.push({ date: { year }, precision: 'year', text: around(s, m.index, m[0].length), sentence: i });
    }
  });
  return out;
}

/** "two years on from its bombshell report" + a dated report elsewhere → that year + 2. */
function yearsOn(sentences: string[], refs: Reference[]): { year: number; evidence: string } | null {
  let best: { year: number; evidence: string } | null = null;
  sentences.forEach((s, i) => {
    // (the long patterns are run only on sentences with their key word)
    const m = YEAR_WORD.test(s) ? YEARS_ON.exec(s) : null;
    const a = ANNIVERSARY_WORD.test(s) ? ANNIVERSARY.exec(s) : null;
    const n = m ? (NUMBERS[m[1]!.toLowerCase()] ?? Number(m[1])) : a ? Number(a[1]) : NaN;
    if (!Number.isFinite(n) || n <= 0 || n > 100) return;
    // A year in the same sentence, else a dated sentence about the same thing.
    let base = refs.filter((r) => r.sentence === i).map((r) => r.date.year)[0];
    let baseText = '';
    if (base === undefined && m) {
      // The thing counted from ("its bombshell report"): a word of it in a dated sentence.
      for (const word of m[2]!.toLowerCase().split(/\s+/)) {
        if (word.length < 4) continue;
        const about = new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i');
        const ref = refs.find((r) => r.sentence !== i && about.test(sentences[r.sentence]!));
        if (ref) {
          base = ref.date.year;
          baseText = ref.text;
          break;
        }
      }
    }
    if (base === undefined) return;
    const year = base + n;
    if (!best || year > best.year) {
      const phrase = (m ?? a)![0];
      best = { year, evidence: `“${phrase}”${baseText ? ` and “${baseText}”` : ''}: ${base} + ${n}` };
    }
  });
  return best;
}

/** Weekdays named after an explicit day ("Monday, March 4, 2024 … On Wednesday") count forward from it. */
function weekdaysAfter(anchor: Reference, sentences: string[], now: Date): { date: CalendarDate; text: string } | null {
  const d = anchor.date;
  const ref = new Date(Date.UTC(d.year, d.month! - 1, d.day!, 12));
  let latest: { date: CalendarDate; text: string } | null = null;
  for (let i = anchor.sentence; i < Math.min(sentences.length, anchor.sentence + 40); i++) {
    for (const m of sentences[i]!.matchAll(WEEKDAY)) {
      const r = chrono.parse(m[0], { instant: ref, timezone: 0 }, { forwardDate: true })[0];
      if (!r) continue;
      const at = r.start.date();
      const days = (at.getTime() - ref.getTime()) / 86_400_000;
      if (days < 0 || days > 6.5) continue;
      const date = { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
      if (isAfter(date, now)) continue;
      if (!latest || compareDates(date, latest.date) > 0) latest = { date, text: m[0] };
    }
  }
  return latest;
}

/** The publication date as far as the body's own references allow, or null. */
export function reasonFromBody(layout: PageLayout, now: Date, upper: number | null): Reasoned | null {
  const sentences = bodySentences(layout);
  const refs = references(sentences, now, upper);
  const on = yearsOn(sentences, refs);
  let latest: Reference | null = null;
  for (const r of refs) if (!latest || compareDates(r.date, latest.date) > 0 || (compareDates(r.date, latest.date) === 0 && r.precision === 'day')) latest = r;

  if (on && (!latest || on.year > latest.date.year) && on.year <= now.getUTCFullYear() && (upper === null || on.year <= upper)) {
    return { value: String(on.year), precision: 'year', evidence: `reasoned from ${on.evidence}` };
  }
  if (!latest) return null;
  const lede = sentences.slice(0, 6).join(' ');
  // Weekdays count from an explicit day only when that day is part of the story's opening or is itself
  // named with its weekday ("On Monday, March 4, 2024"): a dated photo caption further down is no anchor.
  const anchored = latest.sentence < 6 || /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/.test(sentences[latest.sentence]!);
  if (latest.precision === 'day' && anchored && RECENT.test(lede)) {
    const after = weekdaysAfter(latest, sentences, now);
    if (after && compareDates(after.date, latest.date) > 0) {
      return { value: formatDate(after.date, 'day'), precision: 'day', evidence: `“${after.text}” counted from “${latest.text}”, the latest date the text refers to` };
    }
    return { value: formatDate(latest.date, 'day'), precision: 'day', evidence: `latest date the text refers to: “${latest.text}”, with the story told as recent (“${RECENT.exec(lede)![0]}”)` };
  }
  const precision: DatePrecision = latest.precision === 'year' ? 'year' : 'month';
  return { value: formatDate(latest.date, precision), precision, evidence: `latest date the text refers to: “${latest.text}” (the story can be no older)` };
}
