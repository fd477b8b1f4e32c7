// The floor of our stack: the same articles rendered by bare Eleventy with a one-line layout and
// indexed by Pagefind, with no cleaning, extraction or cross-linking. Prints one JSON line.
// usage: tsx scripts/bench/floor-once.ts SEEDS OUT
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { cpuMs, cpuSpentSince } from './cpu.ts';

type EleventyClass = new (input: string, output: string, options: object) => { write(): Promise<unknown> };
const eleventyModule: string = '@11ty/eleventy'; // the package ships no type declarations
const { default: Eleventy } = (await import(eleventyModule)) as { default: EleventyClass };

const [seedsDir, outDir] = process.argv.slice(2);
if (!seedsDir || !outDir) throw new Error('usage: floor-once.ts SEEDS OUT');
// The last run's output goes before the clock starts, as a build removes its old site after it.
await rm(outDir, { recursive: true, force: true });
const started = performance.now();
const cpuBefore = cpuMs();

const files: string[] = [];
const walk = async (dir: string): Promise<void> => {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    if (e.isDirectory()) await walk(join(dir, e.name));
    else if (e.name.endsWith('.txt')) files.push(join(dir, e.name));
  }
};
await walk(seedsDir);
const articles: Array<{ slug: string; file: string; title: string; body: string }> = [];
for (const [i, file] of files.entries()) {
  const [title = '', ...rest] = (await readFile(file, 'utf8')).split('\n');
  articles.push({ slug: `a${i}`, file: relative(seedsDir, file), title, body: rest.join('\n').trim() });
}

const input = await mkdtemp(join(tmpdir(), 'na-floor-src-'));
await mkdir(join(input, '_includes'));
await writeFile(join(input, '_includes', 'one.njk'), '<!doctype html><html lang="en"><head><title>{{ title }}</title></head><body>{{ content | safe }}</body></html>\n');
await writeFile(
  join(input, 'article.njk'),
  '---\npagination:\n  data: articles\n  size: 1\n  alias: article\npermalink: "/articles/{{ article.slug }}/"\nlayout: one.njk\neleventyComputed:\n  title: "{{ article.title }}"\n---\n<h1>{{ article.title }}</h1><p>{{ article.body }}</p>\n',
);
const elev = new Eleventy(input, outDir, {
  quietMode: true,
  config(config: { addGlobalData(name: string, value: unknown): void }) {
    config.addGlobalData('articles', articles);
  },
});
await elev.write();
const rendered = performance.now();

const { index } = await pagefind.createIndex({});
if (!index) throw new Error('pagefind did not start');
await index.addDirectory({ path: outDir });
await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
await pagefind.close();
await rm(input, { recursive: true, force: true });

const ms = performance.now() - started;
const cpuTotalMs = await cpuSpentSince(cpuBefore);
process.stdout.write(JSON.stringify({ ms, cpuMs: cpuTotalMs, articles: articles.length, renderMs: rendered - started, indexMs: ms - (rendered - started), maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n');
