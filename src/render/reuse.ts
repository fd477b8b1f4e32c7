// Keeps pages that did not change: each page's view model is hashed, and a page whose hash matches
// the one it had in the last site is linked from there instead of being rendered and written again.
import { createHash } from 'node:crypto';
import { link, mkdir } from 'node:fs/promises';
import path from 'node:path';
import pMap from 'p-map';
import { ITEM_PAGES, withItemPages, type SiteModel } from './model.ts';

/** Page address → hash of everything the page prints. */
export type PageHashes = Record<string, string>;

export interface PreviousSite {
  dir: string;
  hashes: PageHashes;
}

/** The hash of every reusable page of the model. Site-wide values the layout prints are part of each. */
export function pageHashes(model: SiteModel): PageHashes {
  const hashes: PageHashes = {};
  const site = JSON.stringify([model.title, model.siteUrl]);
  for (const collection of ITEM_PAGES) {
    for (const page of model[collection]) hashes[page.url] = createHash('sha1').update(site).update(JSON.stringify(page)).digest('base64url');
  }
  return hashes;
}

/**
 * Links the unchanged pages of the previous site into `outDir` and returns the model with only the
 * pages that still need rendering. Pages of the previous site are never modified, only linked.
 */
export async function reuseUnchangedPages(model: SiteModel, hashes: PageHashes, previous: PreviousSite, outDir: string): Promise<{ model: SiteModel; reused: number }> {
  const unchanged = new Set<string>();
  for (const collection of ITEM_PAGES) {
    for (const page of model[collection]) if (previous.hashes[page.url] === hashes[page.url]) unchanged.add(page.url);
  }
  const linked = await linkPages([...unchanged], previous.dir, outDir);
  return { model: withItemPages(model, (url) => !linked.has(url)), reused: linked.size };
}

/** How many file system calls are in flight at once: enough to keep the disk busy, few enough for the open-file limit. */
const IN_FLIGHT = 64;

/** Links each page's index.html from the previous site; returns the addresses that were linked. */
async function linkPages(urls: readonly string[], fromDir: string, toDir: string): Promise<Set<string>> {
  const files = urls.map((url) => path.join(...url.split('/').filter(Boolean), 'index.html'));
  // One page per folder: the folders are made first, all at once, and then the files are linked.
  await pMap(new Set(files.map((file) => path.dirname(path.join(toDir, file)))), (dir) => mkdir(dir, { recursive: true }), { concurrency: IN_FLIGHT });
  const linked = new Set<string>();
  await pMap(urls.map((url, i) => ({ url, file: files[i]! })), async ({ url, file }) => {
    try {
      await link(path.join(fromDir, file), path.join(toDir, file));
      linked.add(url);
    } catch {
      // gone from the last site, or on another file system: the page is rendered instead
    }
  }, { concurrency: IN_FLIGHT });
  return linked;
}
