// The index stage: builds the Pagefind search index over the rendered pages, into <site>/pagefind/.
// Only pages marking their content with data-pagefind-body (the articles) are indexed.
import * as pagefind from 'pagefind';
import path from 'node:path';

export interface IndexSummary {
  /** Pages Pagefind indexed. */
  pages: number;
}

export async function indexSite(siteDir: string): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${siteDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: added.page_count };
  } finally {
    await pagefind.close();
  }
}
