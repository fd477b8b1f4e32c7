// The extract stage: turns one ingested, cleaned seed into an ArticleDraft of structured records.
import type { ArticleDraft, CleanArticle, SeedDocument } from '../types.ts';
import { extractDate, type DateOptions } from './date.ts';
import { extractEntities } from './entities.ts';
import { extractQuotes } from './quotes.ts';
import { extractSource } from './source.ts';

export type ExtractOptions = DateOptions;

export function extractArticle(document: SeedDocument, article: CleanArticle, options: ExtractOptions): ArticleDraft {
  const input = { document, article };
  const entities = extractEntities(input);
  const fm = document.frontMatter;
  return {
    file: document.file,
    hash: document.hash,
    title: article.title,
    titleOrigin: article.titleOrigin,
    ...(fm.slug ? { slug: fm.slug } : {}),
    ...(fm.url ? { url: fm.url } : {}),
    ...(fm.author ? { author: fm.author } : {}),
    tags: fm.tags ?? [],
    source: extractSource(input),
    date: extractDate(input, options),
    paragraphs: article.paragraphs,
    people: entities.people,
    organisations: entities.organisations,
    quotes: extractQuotes(input, entities),
    warnings: [...document.warnings],
  };
}
