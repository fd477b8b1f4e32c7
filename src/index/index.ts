// The index stage: builds the Pagefind search index over the rendered pages.

export interface IndexSummary {
  pages: number;
}

export async function indexSite(_siteDir: string): Promise<IndexSummary> {
  return { pages: 0 };
}
