// Keeps pages that did not change: each page's view model is hashed, and a page whose hash matches
// the one it had in the last site is linked from there instead of being rendered and written again.
import { createHash } from 'node:crypto';
import { link, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { SiteModel } from './model.ts';

/** The page collections worth reusing: one page per item, and most of the site. */
const REUSABLE = ['articles', 'people', 'organisations', 'sources', 'years', 'months'] as const;
type Reusable = (typeof REUSABLE)[number];

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
  for (const collection of REUSABLE) {
    for (const page of model[collection]) hashes[page.url] = createHash('sha1').update(site).update(JSON.stringify(page)).digest('base64url');
  }
  return hashes;
}

/**
 * Links the unchanged pages of the previous site into `outDir` and returns the model with only the
 * pages that still need rendering. Pages of the previous site are never modified, only linked.
 */
export async function reuseUnchangedPages(model: SiteModel, hashes: PageHashes, previous: PreviousSite, outDir: string): Promise<{ model: SiteModel; reused: number }> {
  let reused = 0;
  const remaining: Partial<Pick<SiteModel, Reusable>> = {};
  for (const collection of REUSABLE) {
    const keep: Array<SiteModel[Reusable][number]> = [];
    for (const page of model[collection]) {
      if (previous.hashes[page.url] === hashes[page.url] && (await linkPage(page.url, previous.dir, outDir))) reused++;
      else keep.push(page);
    }
    (remaining as Record<Reusable, unknown[]>)[collection] = keep;
  }
  return { model: Object.freeze({ ...model, ...remaining }) as SiteModel, reused };
}

async function linkPage(url: string, fromDir: string, toDir: string): Promise<boolean> {
  const file = path.join(...url.split('/').filter(Boolean), 'index.html');
  const target = path.join(toDir, file);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    await link(path.join(fromDir, file), target);
    return true;
  } catch {
    return false; // gone from the last site, or on another file system: render it instead
  }
}
