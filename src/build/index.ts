// The build: seeds folder in, published site out. Reads seeds, runs them through the stages,
// renders and indexes into a fresh folder, then swaps it in place of the last site.
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import pMap from 'p-map';
import { searchRecords } from '../index/index.ts';
import { startIndexThread } from '../index/thread.ts';
import { linkPreviousPages, renderModel, siteModel, type PageHashes } from '../render/index.ts';
import { resolveArchive } from '../resolve/index.ts';
import type { ArticleDraft, SeedProblem } from '../types.ts';
import { recordsChunks } from '../resolve/records.ts';
import { codeVersion, SeedCache } from './cache.ts';
import { limitHeapGrowth } from './heap.ts';
import { seedProcessor } from './extractPool.ts';
import {
  checkFolders,
  checkOutputIsOurs,
  makeStagingFolder,
  publishStagingFolder,
  readBuildMarker,
  recoverInterruptedBuild,
} from './outputFolder.ts';
import type { SeedOutcome } from './seed.ts';
import { listSeedFiles, readSeedFile } from './seedFiles.ts';
import { optionsWorkersTake, workerBundle, workerExecArgv } from './workerBundle.ts';

export { OutputFolderError } from './outputFolder.ts';

export type Stage = 'read' | 'extract' | 'resolve' | 'render' | 'index' | 'publish';

/** What the build tells the person running it. Every method is optional. */
export interface BuildReporter {
  start?(total: number): void;
  seedDone?(file: string): void;
  problem?(problem: SeedProblem): void;
  warning?(file: string, warning: string): void;
  stage?(stage: Stage): void;
  note?(line: string): void;
}

export interface BuildOptions {
  seedsDir: string;
  outDir: string;
  /** The moment of the build; inferred dates never lie after it. */
  now?: Date;
  /** Folder of the per-seed cache; null for none. Default: .cache/news-archive under the working folder. */
  cacheDir?: string | null;
  /** Ignore the cache and the last site: a cold build. */
  clean?: boolean;
  /** The address the site is published at, for the feed, the sitemap and JSON-LD; default http://127.0.0.1:8080. */
  siteUrl?: string;
  /** The site's name in every page's header. */
  title?: string;
  /** Shards of the search index; default by the number of articles (see src/index/shards.ts). */
  searchShards?: number;
  /** Threads that extract: this one and `threads − 1` workers; 1 extracts in this thread alone. Default: see `defaultThreads`. */
  threads?: number;
  reporter?: BuildReporter;
}

export interface BuildSummary {
  articles: number;
  pages: number;
  people: number;
  organisations: number;
  sources: number;
  quotes: number;
  rejected: SeedProblem[];
  skipped: string[];
  /** Seeds whose extraction came from the cache. */
  cached: number;
  /** True when nothing had changed since the last build, so the published site was kept as it was. */
  unchanged: boolean;
  /** Milliseconds per stage. */
  timings: Partial<Record<Stage, number>>;
}

export class NoSeedsError extends Error {}

/** Characters of records.json held between hashing and writing it (about 8,000 articles' worth). */
const RECORDS_HELD = 64 * 1024 * 1024;

/** What a published site records about the build that made it (in its marker file). */
interface BuildMarker {
  generator: string;
  /** Hash of the records and the code that rendered them: equal means the site would come out the same. */
  fingerprint: string;
  renderVersion: string;
  pages: number;
  pageHashes: PageHashes;
  /** The version of the code that made the search index, and the hash of each of its shards. */
  indexVersion?: string;
  searchShards?: string[];
}

export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const { seedsDir, outDir, reporter = {} } = options;
  const now = options.now ?? new Date();
  checkFolders(seedsDir, outDir);
  await recoverInterruptedBuild(outDir);
  await checkOutputIsOurs(outDir);

  const timings: BuildSummary['timings'] = {};
  const timed = async <T>(stage: Stage, work: () => Promise<T> | T): Promise<T> => {
    reporter.stage?.(stage);
    const started = performance.now();
    try {
      return await work();
    } finally {
      timings[stage] = (timings[stage] ?? 0) + (performance.now() - started);
    }
  };

  const listing = await timed('read', () => listSeedFiles(seedsDir));
  if (listing.skipped.length) reporter.note?.(`skipped ${listing.skipped.length} file(s) that are not .txt or .md seeds`);
  reporter.start?.(listing.seeds.length);
  limitHeapGrowth(listing.seeds.length);

  const cacheDir = options.cacheDir === undefined ? '.cache/news-archive' : options.cacheDir;
  if (options.clean && cacheDir) await rm(cacheDir, { recursive: true, force: true });
  const extractVersion = await codeVersion('extract');
  const cache = cacheDir ? await SeedCache.open(cacheDir, extractVersion) : null;

  // Read every seed and take what the cache already knows; the rest waits for extraction.
  const outcomes: SeedOutcome[] = new Array(listing.seeds.length);
  const pending: Array<{ index: number; file: string; bytes: Uint8Array; key: string }> = [];
  // A bounded number of reads in flight, so that they overlap.
  await timed('read', () =>
    pMap(listing.seeds.keys(), async (index) => {
      const file = listing.seeds[index]!;
      const bytes = await readSeedFile(seedsDir, file);
      const key = SeedCache.key(file, createHash('sha256').update(bytes).digest('hex'));
      const cached = cache?.get(key);
      if (cached) {
        outcomes[index] = cached;
        reporter.seedDone?.(file);
      } else pending.push({ index, file, bytes, key });
    }, { concurrency: 32 }),
  );
  pending.sort((a, b) => a.index - b.index);

  await timed('extract', async () => {
    const processor = await seedProcessor(pending.length, { now }, extractVersion, options.threads);
    try {
      await Promise.all(
        pending.map(async ({ index, file, bytes, key }) => {
          const outcome = await processor.process({ file, bytes });
          outcomes[index] = outcome;
          cache?.set(key, outcome);
          reporter.seedDone?.(file);
        }),
      );
    } finally {
      await processor.close();
    }
    await cache?.save();
  });

  // Seed bytes are not needed past extraction; on big archives they are worth letting go.
  const cachedCount = listing.seeds.length - pending.length;
  pending.length = 0;

  const drafts: ArticleDraft[] = [];
  const rejected: SeedProblem[] = [];
  for (const outcome of outcomes) {
    if (outcome.ok) {
      drafts.push(outcome.draft);
      for (const warning of outcome.draft.warnings) reporter.warning?.(outcome.draft.file, warning);
    } else {
      rejected.push(outcome.problem);
      reporter.problem?.(outcome.problem);
    }
  }
  if (drafts.length === 0) {
    throw new NoSeedsError(listing.seeds.length === 0 ? `no .txt or .md seed files in ${seedsDir}` : `none of the ${listing.seeds.length} seed files in ${seedsDir} could be used`);
  }

  outcomes.length = 0;
  const archive = await timed('resolve', () => resolveArchive(drafts));
  drafts.length = 0;
  const summary = (pages: number, unchanged: boolean): BuildSummary => ({
    articles: archive.articles.length,
    pages,
    people: archive.people.length,
    organisations: archive.organisations.length,
    sources: archive.sources.length,
    quotes: archive.articles.reduce((n, a) => n + a.quotes.length, 0),
    rejected,
    skipped: listing.skipped,
    cached: cachedCount,
    unchanged,
    timings,
  });

  // The same records rendered by the same code make the same site: keep the one that is published.
  const renderOptions = { ...(options.siteUrl ? { siteUrl: options.siteUrl } : {}), ...(options.title ? { title: options.title } : {}) };
  const renderVersion = await codeVersion('render');
  const fingerprintHash = createHash('sha256').update(renderVersion).update(JSON.stringify(renderOptions)).update(String(options.searchShards ?? ''));
  // The records are serialised once: the pieces hashed here are the ones written, unless they are too
  // many to hold (a big archive's records are written a piece at a time from the archive again).
  let recordsText: string[] | null = [];
  let recordsLength = 0;
  for (const chunk of recordsChunks(archive)) {
    fingerprintHash.update(chunk);
    recordsLength += chunk.length;
    if (recordsLength > RECORDS_HELD) recordsText = null;
    else recordsText?.push(chunk);
  }
  const fingerprint = fingerprintHash.digest('hex');
  const last = (await readBuildMarker(outDir)) as BuildMarker | null;
  if (!options.clean && last?.fingerprint === fingerprint) return summary(last.pages ?? 0, true);

  const staging = await makeStagingFolder(outDir);
  // Pages of the last site made by the same templates are linked when their content is unchanged. The
  // links are made while the model is built; those of pages that changed are removed before rendering.
  const lastSite = !options.clean && last?.renderVersion === renderVersion && last.pageHashes ? { dir: resolvePath(outDir), hashes: last.pageHashes } : undefined;
  const linked = lastSite ? linkPreviousPages(lastSite, staging) : undefined;
  linked?.catch(() => {}); // (its failure is met where it is awaited, not as an unhandled rejection now)
  // The search index is made in a thread of its own, started now so that it loads while the model is built.
  const indexVersion = await codeVersion('index');
  const indexScript = await workerBundle('index', indexVersion);
  const indexer = startIndexThread({ ...(indexScript ? { script: indexScript } : {}), execArgv: optionsWorkersTake(workerExecArgv()) });
  try {
    const built = await timed('render', () => siteModel(archive, renderOptions));
    const model = recordsText ? { ...built, records: () => recordsText } : built;
    const previous = lastSite && linked ? { ...lastSite, linked } : undefined;
    // So are the shards of its search index whose articles did not change.
    const previousIndex = !options.clean && last?.indexVersion === indexVersion && last.searchShards ? { dir: resolvePath(outDir), shards: last.searchShards } : undefined;
    // The pages and the search index are made at once, each in a thread of its own, Pagefind in a process of its own.
    // Both are waited for, even when one fails, so that nothing is still writing when the staging folder is removed.
    const [render, index] = await Promise.allSettled([
      timed('render', () => renderModel(model, { outDir: staging, ...renderOptions, ...(previous ? { previous } : {}) })),
      timed('index', () =>
        indexer.index(staging, searchRecords(archive, model), {
          version: indexVersion,
          ...(previousIndex ? { previous: previousIndex } : {}),
          ...(options.searchShards ? { shards: options.searchShards } : {}),
        }),
      ),
    ]);
    if (render.status === 'rejected') throw render.reason;
    if (index.status === 'rejected') throw index.reason;
    const rendered = render.value;
    const marker: BuildMarker = {
      generator: 'news-archive',
      fingerprint,
      renderVersion,
      pages: rendered.pages,
      pageHashes: rendered.hashes ?? {},
      indexVersion,
      searchShards: index.value.shards,
    };
    await timed('publish', () => publishStagingFolder(staging, outDir, marker));
    return summary(rendered.pages, false);
  } catch (error) {
    // Nothing may still be linking into the staging folder when it is removed.
    await linked?.catch(() => {});
    await rm(resolvePath(staging), { recursive: true, force: true });
    throw error;
  } finally {
    await indexer.close();
  }
}
