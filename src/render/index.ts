// The render stage: writes the archive's pages, feeds and records.json through Eleventy.
import type { Archive } from '../types.ts';
import { writeSite } from './eleventy.ts';
import { buildSiteModel } from './model.ts';

export { buildSiteModel, pageUrls, type SiteModel } from './model.ts';

export interface RenderOptions {
  /** The folder to write the site into; it exists and is empty. */
  outDir: string;
  /** The absolute address the site is published at, for the feed, the sitemap and JSON-LD links. */
  siteUrl?: string;
  /** The site's name, in every page's header. */
  title?: string;
}

export interface RenderSummary {
  /** HTML pages written. */
  pages: number;
  /** All files Eleventy wrote: pages, feed, sitemap, records.json. */
  files?: number;
}

/** Where the site is assumed to live when no address is given: what `npm run serve` offers by default. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:8080';
export const DEFAULT_TITLE = 'News Archive';

export async function renderSite(archive: Archive, options: RenderOptions): Promise<RenderSummary> {
  const model = buildSiteModel(archive, { siteUrl: options.siteUrl ?? DEFAULT_SITE_URL, title: options.title ?? DEFAULT_TITLE });
  const written = await writeSite(model, options.outDir);
  return { pages: written.filter((file) => file.endsWith('.html')).length, files: written.length };
}
