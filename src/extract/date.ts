// Finds when an article was published: front matter first, else dates in the text.
import type { DateGuess, DatePrecision } from '../types.ts';
import type { ExtractInput } from './input.ts';

export interface DateOptions {
  /** The moment of the build: no inferred date lies after it. */
  now: Date;
}

export function extractDate({ document }: ExtractInput, _options: DateOptions): DateGuess | null {
  const fm = document.frontMatter.date;
  if (fm) {
    const precision: DatePrecision = fm.length === 10 ? 'day' : fm.length === 7 ? 'month' : 'year';
    return { value: fm, precision, origin: 'front-matter', evidence: 'front matter' };
  }
  return null;
}
