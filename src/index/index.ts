// The index stage: builds the Pagefind search index over the rendered pages, into <site>/pagefind/.
// Only pages marking their content with data-pagefind-body (the articles, under /articles/) are indexed.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';

export interface IndexSummary {
  /** Pages in the search index (pages without data-pagefind-body are read but left out). */
  pages: number;
  /** HTML files Pagefind read. */
  files?: number;
}

export interface IndexOptions {
  /**
   * Which files to read, relative to the site. Only article pages are marked for indexing, so the
   * default reads only those: Pagefind would parse every other page just to leave it out.
   */
  glob?: string;
}

export const ARTICLE_PAGES = 'articles/**/*.html';

export async function indexSite(siteDir: string, options: IndexOptions = {}): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir, glob: options.glob ?? ARTICLE_PAGES });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: await indexedPages(outputPath), files: added.page_count };
  } finally {
    await pagefind.close();
  }
}

/** Pages in the written index, by language, as Pagefind's entry file counts them. */
async function indexedPages(outputPath: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}
