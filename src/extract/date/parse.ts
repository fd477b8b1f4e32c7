// Calendar dates written in a line of text, in English and the other languages chrono-node reads,
// plus the day.month.year forms it misses when digits run into words ("18.11.2019Get link").
import { chrono, type ParsedResult } from './chrono.ts';
import type { DatePrecision } from '../../types.ts';

export interface CalendarDate {
  year: number;
  month?: number;
  day?: number;
}

export interface WrittenDate extends CalendarDate {
  precision: DatePrecision;
  /** The words of the date as written. */
  text: string;
  /** Where the words start in the line. */
  index: number;
}

/** Lines longer than this are cut before parsing: dates of interest sit in short lines. */
const MAX_PARSE = 400;
const OTHER_LOCALES = [chrono.de, chrono.fr, chrono.es, chrono.pt, chrono.it, chrono.nl, chrono.ru, chrono.id, chrono.sv];
const NUMERIC_DMY = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)/g;
const NUMERIC_YMD = /(?<![\d.])((?:19|20)\d{2})[.\/](\d{1,2})[.\/](\d{1,2})(?![\d])/g;
/** A day number beside a word, the shape of a date in any language ("25. September", "Maret 30"). */
const DAY_NEXT_TO_WORD = /(?<!\d)\d{1,2}(?!\d)\.?\s*(?:de\s+)?\p{L}{3,}|\p{L}{3,}\.?\s+\d{1,2}(?!\d)/u;
const HAS_YEAR = /(?:19|20)\d{2}|\d{1,2}\/\d{1,2}\/\d{2}\b/;

export function formatDate(d: CalendarDate, precision: DatePrecision): string {
  const y = String(d.year).padStart(4, '0');
  if (precision === 'year' || d.month === undefined) return y;
  const m = String(d.month).padStart(2, '0');
  if (precision === 'month' || d.day === undefined) return `${y}-${m}`;
  return `${y}-${m}-${String(d.day).padStart(2, '0')}`;
}

/** Is there such a day in the calendar? */
export function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function fromChrono(results: ParsedResult[]): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const r of results) {
    // Only dates that spell out their year: "2 days ago" or "Tuesday" are relative to an unknown moment.
    if (!HAS_YEAR.test(r.text) && !/\d{1,2}[/.]\d{1,2}[/.]\d{2}\b/.test(r.text)) continue;
    const s = r.start;
    if (!s.isCertain('year') || !s.isCertain('month')) continue;
    const year = s.get('year')!;
    const month = s.get('month')!;
    // ("built in 1970s": chrono reads "in 1970 s", seconds from now; a date's year is written in it)
    if (!r.text.includes(String(year)) && !r.text.includes(String(year).slice(2))) continue;
    if (s.isCertain('day')) {
      const day = s.get('day')!;
      if (valid(year, month, day)) out.push({ year, month, day, precision: 'day', text: r.text, index: r.index });
    } else {
      out.push({ year, month, precision: 'month', text: r.text, index: r.index });
    }
  }
  return out;
}

function numeric(text: string): WrittenDate[] {
  const out: WrittenDate[] = [];
  for (const m of text.matchAll(NUMERIC_DMY)) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (valid(year, month, day)) out.push({ year, month, day, precision: 'day', text: m[0], index: m.index });
  }
  for (const m of text.matchAll(NUMERIC_YMD)) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (valid(year, month, day)) out.push({ year, month, day, precision: 'day', text: m[0], index: m.index });
  }
  return out;
}

/** Dates with at least a year and a month written in `line` (relative words are left out).
 * `anyLanguage` also tries chrono's other languages: worth it on the few lines that may carry the
 * page's date, too slow for every sentence of a long story. */
export function writtenDates(line: string, reference: Date, anyLanguage = true): WrittenDate[] {
  const text = line.length > MAX_PARSE ? line.slice(0, MAX_PARSE) : line;
  if (!HAS_YEAR.test(text)) return [];
  let found = fromChrono(chrono.parse(text, reference));
  // Another language may read the same words to the day ("25. September 2018", "22 de outubro de 2010").
  if (anyLanguage && (found.length === 0 || found.some((d) => d.precision !== 'day')) && DAY_NEXT_TO_WORD.test(text)) {
    for (const locale of OTHER_LOCALES) {
      const more = fromChrono(locale.parse(text, reference));
      if (more.length === 0) continue;
      found = merge(found, more);
      if (found.every((d) => d.precision === 'day')) break;
    }
  }
  found = merge(found, numeric(text));
  return found.sort((a, b) => a.index - b.index);
}

/** Dates from `more` replace overlapping, less precise ones in `found`; new ones are added. */
function merge(found: WrittenDate[], more: WrittenDate[]): WrittenDate[] {
  const out = [...found];
  for (const d of more) {
    const overlap = out.findIndex((e) => e.index < d.index + d.text.length && d.index < e.index + e.text.length);
    if (overlap < 0) out.push(d);
    else if (out[overlap]!.precision !== 'day' && d.precision === 'day') out[overlap] = d;
  }
  return out;
}

/** A month and day written without a year ("November 20"), for dates split over lines. */
export function monthDay(line: string, reference: Date): { month: number; day: number } | null {
  if (line.length > 40) return null;
  const r = chrono.parse(line, reference)[0];
  if (!r || r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  return { month: r.start.get('month')!, day: r.start.get('day')! };
}

/** Every month and day written without a year in a short line ("Posted Nov 19, 6:51 AM"). Chrono
 * reads them against a reference day; only the month and the day it is sure of are kept. */
export function monthDays(line: string): Array<{ month: number; day: number; text: string; index: number }> {
  if (HAS_YEAR.test(line)) return [];
  const out: Array<{ month: number; day: number; text: string; index: number }> = [];
  for (const r of chrono.parse(line, YEARLESS_REFERENCE)) {
    if (r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) continue;
    // Spelled-out months only: "11/19" is as often a score or a fraction as a date.
    if (!/\p{L}{3,}/u.test(r.text)) continue;
    out.push({ month: r.start.get('month')!, day: r.start.get('day')!, text: r.text, index: r.index });
  }
  return out;
}
/** A leap year, so that February 29 is read like any other day. */
const YEARLESS_REFERENCE = new Date(Date.UTC(2024, 5, 15, 12));

/** Calendar order of two dates, missing parts counted as the start of the period. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || (a.month ?? 1) - (b.month ?? 1) || (a.day ?? 1) - (b.day ?? 1);
}

/** The calendar day of an instant (UTC). */
export function dayOf(instant: Date): CalendarDate {
  return { year: instant.getUTCFullYear(), month: instant.getUTCMonth() + 1, day: instant.getUTCDate() };
}

/** True when the date (to its precision) lies after the day of `now`. */
export function isAfter(d: CalendarDate, now: Date): boolean {
  const today = dayOf(now);
  if (d.year !== today.year) return d.year > today.year;
  if (d.month === undefined) return false;
  if (d.month !== today.month) return d.month > today.month!;
  return d.day !== undefined && d.day > today.day!;
}
