#!/usr/bin/env node
// The news-archive command line: build, extract, check and serve. Progress and errors go to stderr;
// stdout carries only what a command is asked for (the records JSON of `extract`).
// Each command loads the stages it uses when it runs, so that `--help`, `check` and `serve` do not
// wait for the NLP models and Eleventy to load.
import { Command, InvalidArgumentError } from 'commander';
import { once } from 'node:events';
import { stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import type { ArticleDraft } from '../types.ts';

const program = new Command()
  .name('news-archive')
  .description('Turns a folder of news articles into a searchable, cross-linked static website.')
  .showHelpAfterError()
  .configureOutput({ writeOut: (s) => process.stderr.write(s), writeErr: (s) => process.stderr.write(s) });

program
  .command('build')
  .description('build the seeds folder into a website')
  .option('--seeds <dir>', 'folder of seed files (.txt, .md)', 'seeds')
  .option('--out <dir>', 'output folder for the site', 'dist')
  .option('--clean', 'ignore the cache and the last site: a cold build')
  .option('--site-url <url>', 'address the site is published at, for the feed, sitemap and links to it', parseSiteUrl)
  .option('--title <name>', "the site's name, in every page's header")
  .option('--threads <n>', 'threads that extract: this one and n − 1 workers, started only when enough new seeds wait to pay for them (default: one per core)', parseThreads)
  .action(async (opts: { seeds: string; out: string; clean?: boolean; siteUrl?: string; title?: string; threads?: number }) => {
    await requireFolder(opts.seeds, 'seeds folder');
    const started = performance.now();
    const { buildSite, NoSeedsError, OutputFolderError } = await import('../build/index.ts');
    const { summaryLines, terminalReporter } = await import('./reporter.ts');
    try {
      const summary = await buildSite({
        seedsDir: opts.seeds,
        outDir: opts.out,
        clean: Boolean(opts.clean),
        ...(opts.siteUrl ? { siteUrl: opts.siteUrl } : {}),
        ...(opts.title ? { title: opts.title } : {}),
        ...(opts.threads !== undefined ? { threads: opts.threads } : {}),
        reporter: terminalReporter(),
      });
      for (const line of summaryLines(summary, opts.out, performance.now() - started)) process.stderr.write(line + '\n');
    } catch (error) {
      if (error instanceof OutputFolderError || error instanceof NoSeedsError) fail(error.message);
      throw error;
    }
  });

program
  .command('extract')
  .description('print the records of seed files as JSON on stdout, without building a site')
  .argument('<paths...>', 'seed files or folders of seed files')
  .action(async (paths: string[]) => {
    const [{ processSeed }, { readSeedFile }, { resolveArchive }, { recordsChunks }, { problemLine }] = await Promise.all([
      import('../build/seed.ts'),
      import('../build/seedFiles.ts'),
      import('../resolve/index.ts'),
      import('../resolve/records.ts'),
      import('./reporter.ts'),
    ]);
    const now = new Date();
    const drafts: ArticleDraft[] = [];
    for (const path of paths) {
      for (const { dir, file } of await seedsAt(path)) {
        const outcome = processSeed({ file, bytes: await readSeedFile(dir, file) }, { now });
        if (outcome.ok) drafts.push(outcome.draft);
        else process.stderr.write(problemLine(outcome.problem) + '\n');
      }
    }
    for (const chunk of recordsChunks(resolveArchive(drafts))) if (!process.stdout.write(chunk)) await once(process.stdout, 'drain');
  });

program
  .command('check')
  .description('list every problem in a seeds folder without building')
  .option('--seeds <dir>', 'folder of seed files', 'seeds')
  .action(async (opts: { seeds: string }) => {
    await requireFolder(opts.seeds, 'seeds folder');
    const [{ listSeedFiles, readSeedFile }, { ingestSeed }, { printableName, problemLine }] = await Promise.all([
      import('../build/seedFiles.ts'),
      import('../ingest/index.ts'),
      import('./reporter.ts'),
    ]);
    const { seeds, skipped } = await listSeedFiles(opts.seeds);
    let problems = 0;
    let warnings = 0;
    for (const file of seeds) {
      const result = ingestSeed({ file, bytes: await readSeedFile(opts.seeds, file) });
      if (!result.ok) {
        problems++;
        process.stderr.write(problemLine(result.problem) + '\n');
      } else {
        for (const warning of result.document.warnings) {
          warnings++;
          process.stderr.write(`warning ${printableName(file)}: ${warning}\n`);
        }
      }
    }
    process.stderr.write(
      `checked ${seeds.length} seed file(s): ${problems} rejected, ${warnings} warning(s)` +
        (skipped.length ? `, ${skipped.length} other file(s) skipped` : '') +
        '\n',
    );
    if (problems > 0) process.exitCode = 1;
  });

program
  .command('serve')
  .description('serve the built site on 127.0.0.1 so that search works')
  .option('--dir <dir>', 'the built site', 'dist')
  .option('--port <port>', 'port to listen on', parsePort, 8080)
  .option('--host <host>', 'address to listen on', '127.0.0.1')
  .action(async (opts: { dir: string; port: number; host: string }) => {
    await requireFolder(opts.dir, 'site folder (run npm run build first)');
    const { serveSite } = await import('./serve.ts');
    const server = await serveSite(opts.dir, { port: opts.port, host: opts.host });
    process.stderr.write(`serving ${opts.dir} at ${server.url} (Ctrl-C to stop)\n`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

/** The seed files a path names: the file itself, or every seed under a folder. */
async function seedsAt(path: string): Promise<Array<{ dir: string; file: string }>> {
  const info = await stat(path).catch(() => fail(`${path}: no such file or folder`));
  if (info.isDirectory()) {
    const { listSeedFiles } = await import('../build/seedFiles.ts');
    return (await listSeedFiles(path)).seeds.map((file) => ({ dir: path, file }));
  }
  return [{ dir: dirname(path), file: basename(path) }];
}

async function requireFolder(path: string, what: string): Promise<void> {
  const info = await stat(path).catch(() => null);
  if (!info?.isDirectory()) fail(`${path}: no such ${what}`);
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new InvalidArgumentError('a port is a whole number from 0 to 65535');
  return port;
}

function parseThreads(value: string): number {
  const threads = Number(value);
  if (!Number.isInteger(threads) || threads < 1 || threads > 256) throw new InvalidArgumentError('a number of threads is a whole number from 1 to 256');
  return threads;
}

function parseSiteUrl(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href.replace(/\/$/, '');
  } catch {
    // reported below
  }
  throw new InvalidArgumentError('give an http(s) address, e.g. https://news.example.org');
}

function fail(message: string): never {
  process.stderr.write(`news-archive: ${message}\n`);
  process.exit(2);
}

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`news-archive: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
