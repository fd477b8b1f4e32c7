// One timed build in its own process, so its peak memory is its own. Prints one JSON line.
// usage: tsx scripts/bench/build-once.ts SEEDS OUT CACHE [--clean]
import { buildSite } from '../../src/build/index.ts';
import { cpuMs, cpuSpentSince } from './cpu.ts';

const [seedsDir, outDir, cacheDir] = process.argv.slice(2);
if (!seedsDir || !outDir || !cacheDir) throw new Error('usage: build-once.ts SEEDS OUT CACHE [--clean]');
const started = performance.now();
const cpuBefore = cpuMs();
const summary = await buildSite({ seedsDir, outDir, cacheDir, clean: process.argv.includes('--clean') });
const ms = performance.now() - started;
const cpuTotalMs = await cpuSpentSince(cpuBefore);
process.stdout.write(
  JSON.stringify({ ms, cpuMs: cpuTotalMs, articles: summary.articles, pages: summary.pages, cached: summary.cached, unchanged: summary.unchanged, timings: summary.timings, maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n',
);
