// The render stage: writes the archive's pages and feeds through Eleventy, and records.json beside them.
import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import type { Archive } from '../types.ts';
import { writeSite } from './eleventy.ts';
import { buildSiteModel, type SiteModel } from './model.ts';
import { keepUnchangedPages, pageHashes, type PageHashes, type PreviousSite } from './reuse.ts';

export { buildSiteModel, pageUrls, type SiteModel } from './model.ts';
export { linkPreviousPages, type PageHashes, type PreviousSite } from './reuse.ts';

export interface RenderOptions {
  /** The folder to write the site into; it exists and is empty. */
  outDir: string;
  /** The absolute address the site is published at, for the feed, the sitemap and JSON-LD links. */
  siteUrl?: string;
  /** The site's name, in every page's header. */
  title?: string;
  /** The last site made by the same templates: its unchanged pages are linked, not rendered again. */
  previous?: PreviousSite;
}

export interface RenderSummary {
  /** HTML pages written. */
  pages: number;
  /** All files Eleventy wrote: pages, feed, sitemap, records.json. */
  files?: number;
  /** Pages linked unchanged from the previous site. */
  reused?: number;
  /** The hash of each reusable page, to hand back as `previous.hashes` next time. */
  hashes?: PageHashes;
}

/** Where the site is assumed to live when no address is given: what `npm run serve` offers by default. */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:8080';
export const DEFAULT_TITLE = 'News Archive';

export function siteModel(archive: Archive, options: Pick<RenderOptions, 'siteUrl' | 'title'> = {}): SiteModel {
  return buildSiteModel(archive, { siteUrl: options.siteUrl ?? DEFAULT_SITE_URL, title: options.title ?? DEFAULT_TITLE });
}

export async function renderSite(archive: Archive, options: RenderOptions): Promise<RenderSummary> {
  return renderModel(siteModel(archive, options), options);
}

/** Writes the pages of a model made by `siteModel`, reusing the unchanged pages of `options.previous`. */
export async function renderModel(model: SiteModel, options: RenderOptions): Promise<RenderSummary> {
  const hashes = pageHashes(model);
  const { model: toRender, reused } = options.previous
    ? await keepUnchangedPages(model, hashes, options.previous, options.outDir)
    : { model, reused: 0 };
  const written = await writeSite(toRender, options.outDir);
  await writeRecords(model, options.outDir);
  return { pages: written.filter((file) => file.endsWith('.html')).length + reused, files: written.length + reused + 1, reused, hashes };
}

/** data/records.json, written a piece at a time: on a big archive it is hundreds of megabytes as one string. */
async function writeRecords(model: SiteModel, outDir: string): Promise<void> {
  const file = path.join(outDir, 'data', 'records.json');
  await mkdir(path.dirname(file), { recursive: true });
  const out = createWriteStream(file);
  const closed = once(out, 'close');
  try {
    for (const chunk of model.records()) if (!out.write(chunk)) await once(out, 'drain');
  } finally {
    out.end();
  }
  await closed;
}
