// The index stage: builds the Pagefind search index of the articles into <site>/pagefind/, with
// Pagefind's UI files that /search/ loads. Article pages carry the same data as data-pagefind-*
// markup, so running the Pagefind CLI over the built site gives the same index.
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';

export { searchRecords, type SearchRecord } from './records.ts';

export interface IndexSummary {
  /** Pages in the search index. */
  pages: number;
}

export async function indexSite(siteDir: string, records: readonly SearchRecord[]): Promise<IndexSummary> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pagefind takes records over a pipe; a few hundred in flight at a time keeps memory flat.
    for (let i = 0; i < records.length; i += 256) {
      const added = await Promise.all(records.slice(i, i + 256).map((record) => index.addCustomRecord(record)));
      const failed = added.flatMap((a) => a.errors);
      if (failed.length) throw new Error(`Pagefind could not index a page: ${failed.join('; ')}`);
    }
    const outputPath = path.join(siteDir, 'pagefind');
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return { pages: records.length };
  } finally {
    await pagefind.close();
  }
}
