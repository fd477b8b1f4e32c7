// The render stage: writes the archive's pages, feeds and records.json through Eleventy.
import type { Archive } from '../types.ts';

export interface RenderOptions {
  /** The folder to write the site into; it exists and is empty. */
  outDir: string;
}

export interface RenderSummary {
  pages: number;
}

export async function renderSite(_archive: Archive, _options: RenderOptions): Promise<RenderSummary> {
  return { pages: 0 };
}
