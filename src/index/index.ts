// The index stage: builds the Pagefind search index of the articles into <site>/pagefind/, split into
// shards. <site>/pagefind/ is a Pagefind bundle of the first shard, with Pagefind's UI files; each
// other shard is a bundle of its own in <site>/pagefind/1/, 2/ …. With one shard (every archive of a few
// hundred articles) the folder is exactly what Pagefind writes. With more, pagefind/pagefind.js is the
// module that searches all shards at once (from browser-search.js), Pagefind's own being
// pagefind-core.js beside it. A shard whose records are the same as in the last site is linked from
// there instead of being indexed again.
// Article pages carry the same data as data-pagefind-* markup, so running the Pagefind CLI over the
// built site gives an equivalent index, in one bundle.
import { link, mkdir, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import pMap from 'p-map';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';
import { shardCount, shardHash, splitIntoShards } from './shards.ts';

export { searchRecords, type SearchRecord } from './records.ts';

export interface PreviousIndex {
  /** The last site's folder. */
  dir: string;
  /** The hash of each of its shards, as `indexSite` returned them. */
  shards: readonly string[];
}

export interface IndexOptions {
  /** The last site: its shards that would come out the same are linked, not indexed again. */
  previous?: PreviousIndex;
  /** The version of the code that makes the index: shards made by other code are never reused. */
  version?: string;
  /** How many shards to split the index into; default by the number of records (see shards.ts). */
  shards?: number;
  /** The path of browser-search.js; by default beside this module (a bundled copy of it is elsewhere, see thread.ts). */
  browserSearch?: string;
}

export interface IndexSummary {
  /** Pages in the search index. */
  pages: number;
  /** The hash of each shard, to hand back as `previous.shards` next time. */
  shards: string[];
  /** Shards linked unchanged from the previous site. */
  reused: number;
}

/** Files of Pagefind's that every shard shares, kept once in pagefind/: its module, its worker and its UI. */
const SHARED_FILE = /^pagefind(-worker|-ui|-modular-ui|-component-ui|-highlight)?\.(js|css)$/;
/** Pagefind's own module, when pagefind.js is the one that searches several shards. */
const CORE_MODULE = 'pagefind-core.js';
const SORT_KEYS_FILE = 'sort-keys.json';
/** Shards indexed at once. Pagefind's process does most of its work in one thread whatever it is given,
 * but handing it the next shard while it finishes one kept it busier: 16 shards of 20,025 articles
 * took 39.2–40.2 s instead of 44.4–46.9 s (2 cores). */
const SHARDS_AT_ONCE = Math.max(1, availableParallelism());
/** How many file system calls are in flight at once. */
const IN_FLIGHT = 64;
/** The module that searches several shards at once, in the browser. */
export const BROWSER_SEARCH = fileURLToPath(new URL('./browser-search.js', import.meta.url));

export async function indexSite(siteDir: string, records: readonly SearchRecord[], options: IndexOptions = {}): Promise<IndexSummary> {
  const count = Math.max(1, options.shards ?? shardCount(records.length));
  const shards = splitIntoShards(records, count);
  const hashes = shards.map((shard) => shardHash(shard, count, options.version ?? ''));
  const root = path.join(siteDir, 'pagefind');
  await mkdir(root, { recursive: true });
  const folder = (i: number) => (i === 0 ? root : path.join(root, String(i)));
  // What of a folder belongs to its shard: everything but, in pagefind/ itself, the shared files and the other shards.
  const ownFile = (i: number) => (file: string) => i !== 0 || !(SHARED_FILE.test(file) || file === CORE_MODULE || /^\d+[/\\]/.test(file));
  /** Pagefind's module goes in as pagefind.js when it is the only one, else beside the one that searches the shards. */
  const sharedName = (file: string) => (file === 'pagefind.js' && count > 1 ? CORE_MODULE : file);

  const previous = options.previous;
  const same = (i: number) => previous !== undefined && previous.shards.length === count && previous.shards[i] === hashes[i];
  const reusable = shards.map((_, i) => i).filter(same);
  const fresh = shards.map((_, i) => i).filter((i) => !same(i));
  const previousFolder = (i: number) => (i === 0 ? path.join(previous!.dir, 'pagefind') : path.join(previous!.dir, 'pagefind', String(i)));

  // Unchanged shards are linked while Pagefind, in a process of its own, indexes the others.
  const linking = Promise.all(
    reusable.map(async (i) => {
      const linked: string[] = [];
      try {
        await linkTree(previousFolder(i), folder(i), ownFile(i), linked);
        return null;
      } catch {
        // gone from the last site, or on another file system: indexed again, once no link to the last site is left
        await Promise.all(linked.map((file) => unlink(file).catch(() => {})));
        return i;
      }
    }),
  );
  let relinked = 0;
  try {
    let sharedWritten = false;
    const index = async (i: number) => {
      // The first shard indexed brings Pagefind's shared files.
      const shared = sharedWritten ? null : { dir: root, name: sharedName };
      sharedWritten = true;
      await indexShard(shards[i]!, folder(i), shared);
    };
    await pMap(fresh, index, { concurrency: SHARDS_AT_ONCE });
    const failed = (await linking).filter((i): i is number => i !== null);
    relinked = reusable.length - failed.length;
    await pMap(failed, index, { concurrency: SHARDS_AT_ONCE });
    if (!sharedWritten) await linkSharedFiles(path.join(previous!.dir, 'pagefind'), root, count > 1).catch(() => writeSharedFiles(root, sharedName));
  } finally {
    await linking;
    await pagefind.close();
  }
  if (count > 1) await writeFile(path.join(root, 'pagefind.js'), await searchModule(count, options.browserSearch ?? BROWSER_SEARCH));
  return { pages: records.length, shards: hashes, reused: relinked };
}

/**
 * Indexes one shard's records into `dir`, with the sort keys of its pages; Pagefind's shared files go
 * into `shared.dir` under the name `shared.name` gives them, or nowhere when `shared` is null.
 */
async function indexShard(records: readonly SearchRecord[], dir: string, shared: { dir: string; name: (file: string) => string } | null): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Pagefind takes records over a pipe; a few hundred in flight at a time keeps memory flat.
    for (let i = 0; i < records.length; i += 256) {
      const added = await Promise.all(records.slice(i, i + 256).map((record) => index.addCustomRecord(record)));
      const failed = added.flatMap((a) => a.errors);
      if (failed.length) throw new Error(`Pagefind could not index a page: ${failed.join('; ')}`);
    }
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(`Pagefind could not write its index: ${got.errors.join('; ')}`);

    // The sort keys of each page, by the id Pagefind gives it (its fragment's name), for merging sorted results.
    const sortOf = new Map(records.map((record) => [record.url, record.sort]));
    const sortKeys: Record<string, Record<string, string>> = {};
    const writes: Array<{ file: string; content: Uint8Array }> = [];
    for (const file of got.files) {
      const name = path.basename(file.path);
      if (SHARED_FILE.test(file.path)) {
        if (shared) writes.push({ file: path.join(shared.dir, shared.name(file.path)), content: file.content });
        continue;
      }
      writes.push({ file: path.join(dir, file.path), content: file.content });
      if (name.endsWith('.pf_fragment')) {
        const fragment = JSON.parse(gunzipSync(file.content).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string };
        const sort = sortOf.get(fragment.url);
        if (sort && Object.keys(sort).length) sortKeys[name.replace(/\.pf_fragment$/, '')] = sort;
      }
    }
    writes.push({ file: path.join(dir, SORT_KEYS_FILE), content: Buffer.from(JSON.stringify(sortKeys)) });
    for (const folder of new Set(writes.map((w) => path.dirname(w.file)))) await mkdir(folder, { recursive: true });
    await pMap(writes, ({ file, content }) => writeFile(file, content), { concurrency: IN_FLIGHT });
  } finally {
    await index.deleteIndex();
  }
}

/** Hard-links the files under `from` that `include` accepts into the same places under `to`, listing each link made in `linked`. */
async function linkTree(from: string, to: string, include: (file: string) => boolean, linked: string[]): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(from, path.join(e.parentPath, e.name))).filter(include);
  // (a shard is whole when it has its sort keys, its metadata and a fragment for every page its entry counts)
  const entry = JSON.parse(await readFile(path.join(from, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.values(entry.languages).reduce((n, language) => n + language.page_count, 0);
  const fragments = files.filter((f) => f.startsWith(`fragment${path.sep}`)).length;
  if (!files.includes(SORT_KEYS_FILE) || !files.some((f) => f.endsWith('.pf_meta')) || fragments !== pages) throw new Error(`no whole shard of a search index in ${from}`);
  for (const folder of new Set(files.map((f) => path.dirname(path.join(to, f))))) await mkdir(folder, { recursive: true });
  await pMap(files, async (file) => {
    await link(path.join(from, file), path.join(to, file));
    linked.push(path.join(to, file));
  }, { concurrency: IN_FLIGHT });
}

/** Writes Pagefind's shared files alone, which are the same whatever it indexes, from an index of one empty page. */
async function writeSharedFiles(dir: string, name: (file: string) => string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    await index.addCustomRecord({ url: '/', content: '', language: 'en' });
    const got = await index.getFiles();
    if (got.errors.length) throw new Error(`Pagefind could not write its index: ${got.errors.join('; ')}`);
    await Promise.all(got.files.filter((file) => SHARED_FILE.test(file.path)).map((file) => writeFile(path.join(dir, name(file.path)), file.content)));
  } finally {
    await index.deleteIndex();
  }
}

/** Links Pagefind's shared files from the last site's pagefind/ (with Pagefind's module under the name it had there). */
async function linkSharedFiles(from: string, to: string, sharded: boolean): Promise<void> {
  const files = (await readdir(from)).filter((name) => (SHARED_FILE.test(name) && !(sharded && name === 'pagefind.js')) || (sharded && name === CORE_MODULE));
  if (!files.includes(sharded ? CORE_MODULE : 'pagefind.js')) throw new Error(`no Pagefind module in ${from}`);
  await Promise.all(files.map((name) => link(path.join(from, name), path.join(to, name))));
}

/** The module the search page loads as /pagefind/pagefind.js when there are several shards. */
async function searchModule(count: number, file: string): Promise<string> {
  const source = await readFile(file, 'utf8');
  const folders = JSON.stringify(Array.from({ length: count - 1 }, (_, i) => `${i + 1}/`));
  const marked = '/* shards */ []';
  if (!source.includes(marked)) throw new Error('browser-search.js has lost its list of shards');
  return source.replace(marked, folders);
}
