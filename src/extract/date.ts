// Finds when an article was published: front matter first, then a date in the article's address,
// then a date the page prints as the article's own (labelled, under the headline, in the byline),
// then what the body's own references allow, then the year of the site's copyright line.
// Never a date after `now`; the precision says how far the evidence goes.
import type { DateGuess, DatePrecision } from '../types.ts';
import { copyrightYear, earliestComment, printedDates, yearlessPrintedDate } from './date/printed.ts';
import { formatDate, isAfter, valid, type CalendarDate } from './date/parse.ts';
import { reasonFromBody } from './date/reasoning.ts';
import type { ExtractInput } from './input.ts';
import { layoutPage } from './source/page.ts';

export interface DateOptions {
  /** The moment of the build: no inferred date lies after it. */
  now: Date;
}

/** A printed date needs at least this score to be taken for the article's own. */
const MIN_PRINTED = 3;

const URL_DATE = /\/((?:19|20)\d{2})[/-](0?[1-9]|1[0-2])(?:[/-](0?[1-9]|[12]\d|3[01]))?(?=[/-]|$)/;

/** "/2019/11/19/slug" or "/2019-11-19-slug" in an address. */
export function dateInUrl(url: string): { date: CalendarDate; precision: DatePrecision } | null {
  const m = URL_DATE.exec(url.replace(/[?#].*$/, ''));
  if (!m) return null;
  const date: CalendarDate = { year: Number(m[1]), month: Number(m[2]) };
  if (m[3]) date.day = Number(m[3]);
  return { date, precision: m[3] ? 'day' : 'month' };
}

function quote(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

export function extractDate({ document, article }: ExtractInput, options: DateOptions): DateGuess | null {
  const { now } = options;
  const fm = document.frontMatter.date;
  if (fm) {
    const precision: DatePrecision = fm.length === 10 ? 'day' : fm.length === 7 ? 'month' : 'year';
    return { value: fm, precision, origin: 'front-matter', evidence: 'front matter' };
  }
  if (document.frontMatter.url) {
    const inUrl = dateInUrl(document.frontMatter.url);
    if (inUrl && !isAfter(inUrl.date, now)) {
      return { value: formatDate(inUrl.date, inUrl.precision), precision: inUrl.precision, origin: 'front-matter', evidence: `date in the front-matter url ${document.frontMatter.url}` };
    }
  }

  const layout = layoutPage(document, article);
  const printed = printedDates(layout, now)[0];
  if (printed && printed.score >= MIN_PRINTED) {
    const { date } = printed;
    return {
      value: formatDate(date, date.precision),
      precision: date.precision,
      origin: 'text',
      evidence: `printed ${printed.label} date: “${quote(printed.lineText)}”`,
    };
  }

  const copyright = copyrightYear(layout, now);
  // A month and day printed without a year belong to the year the page was printed in, which its copyright line gives.
  const yearless = copyright ? yearlessPrintedDate(layout) : null;
  if (copyright && yearless) {
    const date = { year: copyright.year, month: yearless.month, day: yearless.day };
    if (!isAfter(date, now) && valid(date.year, date.month, date.day)) {
      return {
        value: formatDate(date, 'day'),
        precision: 'day',
        origin: 'text',
        evidence: `printed date without a year: “${quote(yearless.lineText)}”, in the year of the site's copyright line: “${quote(copyright.line)}”`,
      };
    }
  }
  const reasoned = reasonFromBody(layout, now, copyright?.year ?? null);
  if (reasoned && (!copyright || Number(reasoned.value.slice(0, 4)) >= copyright.year)) {
    return { value: reasoned.value, precision: reasoned.precision, origin: 'text', evidence: reasoned.evidence };
  }
  const comment = earliestComment(layout, now);
  if (comment && (!copyright || comment.date.year <= copyright.year)) {
    return { value: String(comment.date.year), precision: 'year', origin: 'text', evidence: `no date printed for the story; the earliest comment under it: “${quote(comment.lineText)}”` };
  }
  if (copyright) {
    return { value: String(copyright.year), precision: 'year', origin: 'text', evidence: `year of the site's copyright line: “${quote(copyright.line)}”` };
  }
  if (reasoned) return { value: reasoned.value, precision: reasoned.precision, origin: 'text', evidence: reasoned.evidence };
  return null;
}
