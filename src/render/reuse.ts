// Keeps pages that did not change: each page's view model is hashed, and a page whose hash matches
// the one it had in the last site is linked from there instead of being rendered and written again.
// The links are made before it is known which pages changed, while the site's model is still being
// built (most of a rebuild's pages are unchanged, and on a disk, making ten thousand folders and links
// takes longer than building the model); those of pages that changed or are gone are then removed,
// before anything is written, so that no write can ever reach a file of the last site.
import { createHash } from 'node:crypto';
import { rmdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import pMap from 'p-map';
import { ITEM_PAGES, withItemPages, type SiteModel } from './model.ts';

/** Page address → hash of everything the page prints. */
export type PageHashes = Record<string, string>;

export interface PreviousSite {
  dir: string;
  hashes: PageHashes;
  /** Its pages already linked into the folder being written (`linkPreviousPages`), if that was started early. */
  linked?: Promise<Set<string>>;
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

/** How many file system calls are in flight at once: enough to keep the disk busy, few enough for the open-file limit. */
const IN_FLIGHT = 64;

const pageFile = (url: string) => path.join(...url.split('/').filter(Boolean), 'index.html');

/**
 * Links every page of the previous site that could be reused into `outDir`, whether or not it changed;
 * resolves to the addresses linked. `keepUnchangedPages` must then be given them before anything is
 * written into `outDir`. The folders and links are made by a thread of their own, one call after
 * another, so that they go on while this thread is busy building the site's model.
 */
export async function linkPreviousPages(previous: Pick<PreviousSite, 'dir' | 'hashes'>, outDir: string): Promise<Set<string>> {
  const urls = Object.keys(previous.hashes);
  // (plain JavaScript: the thread needs none of the loaders this process was started with)
  const worker = new Worker(LINKER, { eval: true, execArgv: [], workerData: { from: previous.dir, to: outDir, files: urls.map(pageFile) } });
  const linked = await new Promise<number[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the thread linking the last site's pages stopped (exit code ${code})`)));
  });
  await worker.terminate();
  return new Set(linked.map((i) => urls[i]!));
}

/** The linking thread: makes each page's folder and links its file; answers with the indexes of the files linked. */
const LINKER = `
const { mkdirSync, linkSync } = require('node:fs');
const { dirname, join } = require('node:path');
const { parentPort, workerData: { from, to, files } } = require('node:worker_threads');
const linked = [];
files.forEach((file, i) => {
  mkdirSync(dirname(join(to, file)), { recursive: true }); // (one page per folder)
  try {
    linkSync(join(from, file), join(to, file));
    linked.push(i);
  } catch {
    // gone from the last site, or on another file system: the page is rendered instead
  }
});
parentPort.postMessage(linked);
`;

/**
 * Keeps, of the pages linked from the previous site, those whose hash is unchanged; unlinks the others
 * (and removes the folders of pages that are gone), and returns the model with only the pages that
 * still need rendering.
 */
export async function keepUnchangedPages(model: SiteModel, hashes: PageHashes, previous: PreviousSite, outDir: string): Promise<{ model: SiteModel; reused: number }> {
  const linked = await (previous.linked ?? linkPreviousPages(previous, outDir));
  const kept = new Set<string>();
  const stale: string[] = [];
  for (const url of linked) {
    if (hashes[url] !== undefined && previous.hashes[url] === hashes[url]) kept.add(url);
    else stale.push(url);
  }
  await pMap(stale, (url) => unlink(path.join(outDir, pageFile(url))), { concurrency: IN_FLIGHT });
  // The folders of pages that are gone, deepest first; one that still holds another page stays.
  const gone = Object.keys(previous.hashes).filter((url) => hashes[url] === undefined);
  const folders = [...new Set(gone.flatMap((url) => parentFolders(url)))].sort((a, b) => b.length - a.length);
  for (const folder of folders) await rmdir(path.join(outDir, folder)).catch(() => {});
  return { model: withItemPages(model, (url) => !kept.has(url)), reused: kept.size };
}

/** The folders a page's file sits in, from its own up to the one below the site's root: "/a/b/" → a/b, a. */
function parentFolders(url: string): string[] {
  const parts = url.split('/').filter(Boolean);
  return parts.map((_, i) => path.join(...parts.slice(0, parts.length - i)));
}
