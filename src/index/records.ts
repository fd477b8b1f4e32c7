// What the search index holds for each article: the same text, filters, sort key and meta that the
// article page marks for Pagefind, taken from the records instead of parsed back out of the HTML, so
// that indexing can run while the pages are still being written.
import type { SiteModel } from '../render/index.ts';
import type { Archive } from '../types.ts';

export interface SearchRecord {
  url: string;
  /** The headline and the body, as plain text. */
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/** One record per article page of the model, in the model's order. */
export function searchRecords(archive: Archive, model: SiteModel): SearchRecord[] {
  const bodies = new Map(archive.articles.map((a) => [a.url, a]));
  return model.articles.map((page) => {
    const article = bodies.get(page.url);
    const text = article ? (article.paragraphs?.length ? article.paragraphs.map((p) => p.text).join('\n\n') : article.body) : '';
    const filters: Record<string, string[]> = {};
    if (page.search.source) filters.source = [page.search.source];
    if (page.search.people.length) filters.person = page.search.people;
    if (page.search.organisations.length) filters.organisation = page.search.organisations;
    if (page.search.year) filters.year = [page.search.year];
    const meta: Record<string, string> = { title: page.title };
    if (page.date) meta.date = page.date.text;
    if (page.source) meta.source = page.source.name;
    return {
      url: page.url,
      content: `${page.title}\n\n${text}`,
      language: 'en',
      meta,
      filters,
      sort: page.search.sort ? { date: page.search.sort } : ({} as Record<string, string>),
    };
  });
}
