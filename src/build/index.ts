// The build: seeds folder in, published site out. Reads seeds, runs them through the stages,
// renders and indexes into a fresh folder, then swaps it in place of the last site.
import { rm } from 'node:fs/promises';
import { resolve as resolvePath } from 'node:path';
import { indexSite } from '../index/index.ts';
import { renderSite } from '../render/index.ts';
import { resolveArchive } from '../resolve/index.ts';
import type { ArticleDraft, SeedProblem } from '../types.ts';
import { checkFolders, checkOutputIsOurs, makeStagingFolder, publishStagingFolder, recoverInterruptedBuild } from './outputFolder.ts';
import { processSeed } from './seed.ts';
import { listSeedFiles, readSeedFile } from './seedFiles.ts';

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
  /** Milliseconds per stage. */
  timings: Partial<Record<Stage, number>>;
}

export class NoSeedsError extends Error {}

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

  const drafts: ArticleDraft[] = [];
  const rejected: SeedProblem[] = [];
  for (const file of listing.seeds) {
    const bytes = await timed('read', () => readSeedFile(seedsDir, file));
    const outcome = await timed('extract', () => processSeed({ file, bytes }, { now }));
    if (outcome.ok) {
      drafts.push(outcome.draft);
      for (const warning of outcome.draft.warnings) reporter.warning?.(file, warning);
    } else {
      rejected.push(outcome.problem);
      reporter.problem?.(outcome.problem);
    }
    reporter.seedDone?.(file);
  }
  if (drafts.length === 0) {
    throw new NoSeedsError(listing.seeds.length === 0 ? `no .txt or .md seed files in ${seedsDir}` : `none of the ${listing.seeds.length} seed files in ${seedsDir} could be used`);
  }

  const archive = await timed('resolve', () => resolveArchive(drafts));
  const staging = await makeStagingFolder(outDir);
  try {
    const rendered = await timed('render', () => renderSite(archive, { outDir: staging }));
    await timed('index', () => indexSite(staging));
    await timed('publish', () => publishStagingFolder(staging, outDir, { generator: 'news-archive', articles: archive.articles.length }));
    return {
      articles: archive.articles.length,
      pages: rendered.pages,
      people: archive.people.length,
      organisations: archive.organisations.length,
      sources: archive.sources.length,
      quotes: archive.articles.reduce((n, a) => n + a.quotes.length, 0),
      rejected,
      skipped: listing.skipped,
      timings,
    };
  } catch (error) {
    await rm(resolvePath(staging), { recursive: true, force: true });
    throw error;
  }
}
