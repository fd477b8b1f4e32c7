// The index stage: builds the Pagefind search index of the articles into <site>/pagefind/, split into
// shards (<site>/pagefind/0/, 1/ …, each a Pagefind bundle), with Pagefind's UI files and the module that
// searches all shards at once (<site>/pagefind/pagefind.js, from browser-search.js). A shard whose
// records are the same as in the last site is linked from there instead of being indexed again.
// Article pages carry the same data as data-pagefind-* markup, so running the Pagefind CLI over the
// built site gives an equivalent index, in one bundle.
import { readFile, readdir, link, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { SearchRecord } from './records.ts';
import { shardCount, shardHash, splitIntoShards } from './shards.ts';

export { searchRecords, type SearchRecord } from './records.ts';
export { shardCount } from './shards.ts';

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
}

export interface IndexSummary {
  /** Pages in the search index. */
  pages: number;
  /** The hash of each shard, to hand back as `previous.shards` next time. */
  shards: string[];
  /** Shards linked unchanged from the previous site. */
  reused: number;
}

/** Pagefind's UI files: written once, beside the module that searches the shards. */
const UI_FILE = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;
const SORT_KEYS_FILE = 'sort-keys.json';
/** How many file system calls are in flight at once. */
const IN_FLIGHT = 64;

export async function indexSite(siteDir: string, records: readonly SearchRecord[], options: IndexOptions = {}): Promise<IndexSummary> {
  const count = Math.max(1, options.shards ?? shardCount(records.length));
  const shards = splitIntoShards(records, count);
  const hashes = shards.map((shard) => shardHash(shard, count, options.version ?? ''));
  const root = path.join(siteDir, 'pagefind');
  await mkdir(root, { recursive: true });
  const folder = (i: number) => path.join(root, String(i));

  const previous = options.previous;
  const same = (i: number) => previous !== undefined && previous.shards.length === count && previous.shards[i] === hashes[i];
  const reusable = shards.map((_, i) => i).filter(same);
  const fresh = shards.map((_, i) => i).filter((i) => !same(i));

  // Unchanged shards are linked while Pagefind, in a process of its own, indexes the others.
  const linking = Promise.all(
    reusable.map(async (i) => {
      try {
        await linkTree(path.join(previous!.dir, 'pagefind', String(i)), folder(i));
        return null;
      } catch {
        // gone from the last site, or on another file system: indexed again, into an emptied folder
        await rm(folder(i), { recursive: true, force: true });
        return i;
      }
    }),
  );
  let relinked = 0;
  try {
    let uiWritten = false;
    const index = async (i: number) => {
      await indexShard(shards[i]!, folder(i), uiWritten ? null : root);
      uiWritten = true;
    };
    for (const i of fresh) await index(i);
    const failed = (await linking).filter((i): i is number => i !== null);
    relinked = reusable.length - failed.length;
    for (const i of failed) await index(i);
    if (!uiWritten) {
      await linkUiFiles(path.join(previous!.dir, 'pagefind'), root).catch(async () => {
        await rm(folder(0), { recursive: true, force: true });
        await index(0);
      });
    }
  } finally {
    await linking;
    await pagefind.close();
  }
  await writeFile(path.join(root, 'pagefind.js'), await searchModule(count));
  return { pages: records.length, shards: hashes, reused: relinked };
}

/** Indexes one shard's records into `dir`; Pagefind's UI files go into `uiDir`, or nowhere when null. */
async function indexShard(records: readonly SearchRecord[], dir: string, uiDir: string | null): Promise<void> {
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
      if (UI_FILE.test(file.path)) {
        if (uiDir) writes.push({ file: path.join(uiDir, file.path), content: file.content });
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
    await inBatches(writes, ({ file, content }) => writeFile(file, content));
  } finally {
    await index.deleteIndex();
  }
}

/** Hard-links every file under `from` into the same place under `to`. */
async function linkTree(from: string, to: string): Promise<void> {
  const entries = await readdir(from, { recursive: true, withFileTypes: true });
  const files = entries.filter((e) => e.isFile()).map((e) => path.relative(from, path.join(e.parentPath, e.name)));
  if (!files.length) throw new Error(`nothing to link in ${from}`);
  for (const folder of new Set(files.map((f) => path.dirname(path.join(to, f))))) await mkdir(folder, { recursive: true });
  await inBatches(files, (file) => link(path.join(from, file), path.join(to, file)));
}

async function linkUiFiles(from: string, to: string): Promise<void> {
  const files = (await readdir(from)).filter((name) => UI_FILE.test(name));
  if (!files.length) throw new Error(`no Pagefind UI files in ${from}`);
  await Promise.all(files.map((name) => link(path.join(from, name), path.join(to, name))));
}

/** The module the search page loads as /pagefind/pagefind.js, with this index's shard folders. */
async function searchModule(count: number): Promise<string> {
  const source = await readFile(new URL('./browser-search.js', import.meta.url), 'utf8');
  const folders = JSON.stringify(Array.from({ length: count }, (_, i) => `${i}/`));
  const marked = "/* shards */ ['0/']";
  if (!source.includes(marked)) throw new Error('browser-search.js has lost its list of shards');
  return source.replace(marked, folders);
}

async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
}
