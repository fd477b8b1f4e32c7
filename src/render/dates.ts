// How an article's date is shown, sorted and grouped: exact dates as written, inferred ones marked.
import type { DateGuess, DatePrecision } from '../types.ts';

/** A date ready to print: `text` is what readers see, `iso` goes into `<time datetime>`. */
export interface DateView {
  iso: string;
  text: string;
  precision: DatePrecision;
  /** True when the date was inferred from the article text rather than given in front matter. */
  inferred: boolean;
  /** A word to print after the date, e.g. "inferred" for an inferred exact day; empty when `text` says it all. */
  note: string;
  year: string;
  /** Two digits, or null for a year-precision date. */
  month: string | null;
}

const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** The English name of a month, from its two-digit number. */
export function monthTitle(month: string): string {
  return monthName.format(new Date(Date.UTC(2000, Number(month) - 1, 1)));
}

/** The parts of a date value that are really there; null when the value is not a valid date. */
function parts(value: string): { year: string; month?: string; day?: string } | null {
  const m = DATE_SHAPE.exec(value);
  if (!m) return null;
  const [, year, month, day] = m as unknown as [string, string, string | undefined, string | undefined];
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return null;
  if (day !== undefined) {
    const d = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
    if (d.getUTCDate() !== Number(day)) return null;
  }
  return { year, ...(month ? { month } : {}), ...(day ? { day } : {}) };
}

/** How a date reads on the page; null for an absent or malformed date. */
export function dateView(date: DateGuess | null): DateView | null {
  if (!date) return null;
  const p = parts(date.value);
  if (!p) return null;
  // Trust the precision only as far as the value carries it.
  const precision: DatePrecision = p.day && date.precision === 'day' ? 'day' : p.month && date.precision !== 'year' ? 'month' : 'year';
  const inferred = date.origin === 'text';
  const iso = precision === 'day' ? `${p.year}-${p.month}-${p.day}` : precision === 'month' ? `${p.year}-${p.month}` : p.year;
  const plain =
    precision === 'day' ? `${Number(p.day)} ${monthTitle(p.month!)} ${p.year}` : precision === 'month' ? `${monthTitle(p.month!)} ${p.year}` : p.year;
  // "c." says "about" for a vague date; an exact day that was guessed gets the word instead.
  const text = inferred && precision !== 'day' ? `c. ${plain}` : plain;
  const note = inferred && precision === 'day' ? 'inferred' : '';
  return { iso, text, precision, inferred, note, year: p.year, month: precision === 'year' ? null : p.month! };
}

/** A key that sorts dates in time order as plain strings ("2024" < "2024-08" < "2024-08-28"). */
export function dateKey(view: DateView | null): string {
  return view ? view.iso : '';
}

/** An RFC 3339 timestamp for feeds: the first moment of the period the date names. */
export function timestamp(view: DateView): string {
  const [year, month = '01', day = '01'] = view.iso.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}
