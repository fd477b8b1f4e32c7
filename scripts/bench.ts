// The speed benchmark: cold build, rebuild with nothing changed, rebuild after adding one seed, and a
// build of 20,000 articles, against the floor of bare Eleventy + Pagefind on the same articles.
// usage: npm run bench -- [--corpus DIR] [--runs N] [--skip-large]
// The corpus is copied to a temporary folder; nothing is written into the project.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(root, '../shared/corpus/bbc') },
    runs: { type: 'string', default: '3' },
    'skip-large': { type: 'boolean', default: false },
    copies: { type: 'string', default: '9' },
  },
});
const runs = Math.max(1, Number(values.runs));

interface BuildRun { ms: number; cpuMs: number; articles: number; pages: number; timings: Record<string, number>; maxRssMiB: number; unchanged?: boolean; cached?: number }
interface FloorRun { ms: number; cpuMs: number; articles: number; renderMs: number; indexMs: number; maxRssMiB: number }

const tsx = join(root, 'node_modules/.bin/tsx');
const run = <T>(script: string, args: string[]): T => {
  settle();
  const out = execFileSync(tsx, [join(root, 'scripts/bench', script), ...args], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26 });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
};
/**
 * Waits until the sites replaced by earlier builds are gone: a build removes its old site in the
 * background, and that removal would otherwise weigh on whatever is measured next.
 */
function settle(): void {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && readdirSync(work).some((name) => /\.trash-|\.retired-/.test(name))) execFileSync('sleep', ['0.2']);
  execFileSync('sync');
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const log = (line: string) => process.stderr.write(line + '\n');

const work = await mkdtemp(join(tmpdir(), 'na-bench-'));
try {
  const seeds = join(work, 'seeds');
  await cp(values.corpus!, seeds, { recursive: true });
  const count = (await listTxt(seeds)).length;
  log(`bench: ${count} articles from ${values.corpus}; ${runs} run(s) each; machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);

  const floors: FloorRun[] = [];
  const colds: BuildRun[] = [];
  const noops: BuildRun[] = [];
  const adds: BuildRun[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(run<FloorRun>('floor-once.ts', [seeds, join(work, 'floor')]));
    log(`  floor run ${i + 1}: ${secs(floors.at(-1)!.ms)}`);
    const out = join(work, 'site');
    const cache = join(work, 'cache');
    colds.push(run<BuildRun>('build-once.ts', [seeds, out, cache, '--clean']));
    log(`  cold build ${i + 1}: ${secs(colds.at(-1)!.ms)}`);
    const before = await readFile(join(out, 'data/records.json'));
    noops.push(run<BuildRun>('build-once.ts', [seeds, out, cache]));
    const identical = before.equals(await readFile(join(out, 'data/records.json')));
    log(`  rebuild, nothing changed ${i + 1}: ${secs(noops.at(-1)!.ms)} (records.json byte-identical: ${identical})`);
    if (!identical) throw new Error('a rebuild with nothing changed altered records.json');
    const added = join(seeds, `added-${i}.txt`);
    await writeFile(added, `Bench Seed Number ${i} Arrives\n\nA new article arrives in the archive for benchmark run ${i}, and the build must take it in.\n\nIt has a second paragraph, as articles do.\n`);
    adds.push(run<BuildRun>('build-once.ts', [seeds, out, cache]));
    log(`  rebuild after adding one seed ${i + 1}: ${secs(adds.at(-1)!.ms)}`);
    await rm(added);
  }

  const floor = median(floors.map((r) => r.ms));
  const cold = median(colds.map((r) => r.ms));
  const stageNames = Object.keys(colds[0]!.timings);
  const cpu = (measured: Array<{ cpuMs: number }>) => median(measured.map((r) => r.cpuMs));
  const floorCpu = cpu(floors);
  const coldCpu = cpu(colds);
  const lines = [
    `## ${count} articles (${runs} runs, medians)`,
    '',
    '| what | median | ratio | per article | CPU time | CPU ratio | peak memory |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    `| floor: bare Eleventy + Pagefind | ${secs(floor)} | 1.00× floor | ${(floor / count).toFixed(2)} ms | ${secs(floorCpu)} | 1.00× floor | ${median(floors.map((r) => r.maxRssMiB)).toFixed(0)} MiB |`,
    `| cold build | ${secs(cold)} | ${(cold / floor).toFixed(2)}× floor | ${(cold / count).toFixed(2)} ms | ${secs(coldCpu)} | ${(coldCpu / floorCpu).toFixed(2)}× floor | ${median(colds.map((r) => r.maxRssMiB)).toFixed(0)} MiB |`,
    `| rebuild, nothing changed | ${secs(median(noops.map((r) => r.ms)))} | ${((median(noops.map((r) => r.ms)) / cold) * 100).toFixed(1)}% of cold | | ${secs(cpu(noops))} | ${((cpu(noops) / coldCpu) * 100).toFixed(1)}% of cold | ${median(noops.map((r) => r.maxRssMiB)).toFixed(0)} MiB |`,
    `| rebuild after adding one seed | ${secs(median(adds.map((r) => r.ms)))} | ${((median(adds.map((r) => r.ms)) / cold) * 100).toFixed(1)}% of cold | | ${secs(cpu(adds))} | ${((cpu(adds) / coldCpu) * 100).toFixed(1)}% of cold | ${median(adds.map((r) => r.maxRssMiB)).toFixed(0)} MiB |`,
    '',
    'CPU time: this process and the processes it waited for (Pagefind), user and system; it varies far less than wall-clock time on a busy machine.',
    `cold build per stage (median): ${stageNames.map((s) => `${s} ${secs(median(colds.map((r) => r.timings[s] ?? 0)))}`).join(', ')}; pages written: ${colds[0]!.pages}`,
    `rebuild after adding one seed per stage (median): ${stageNames.map((s) => `${s} ${secs(median(adds.map((r) => r.timings[s] ?? 0)))}`).join(', ')}`,
    `floor per stage (median): render ${secs(median(floors.map((r) => r.renderMs)))}, index ${secs(median(floors.map((r) => r.indexMs)))}`,
  ];

  if (!values['skip-large']) {
    const copies = Number(values.copies);
    const large = join(work, 'large');
    await mkdir(large);
    for (let k = 0; k < copies; k++) await copyDistinct(seeds, join(large, `copy-${k}`), k);
    const total = (await listTxt(large)).length;
    log(`  large: ${total} articles`);
    const big = run<BuildRun>('build-once.ts', [large, join(work, 'large-site'), join(work, 'large-cache'), '--clean']);
    const bigFloor = run<FloorRun>('floor-once.ts', [large, join(work, 'large-floor')]);
    const perSmall = cold / count;
    const perLarge = big.ms / total;
    lines.push(
      '',
      `## ${total} articles (one run)`,
      '',
      `cold build ${secs(big.ms)} (${perLarge.toFixed(2)} ms per article, ${(perLarge / perSmall).toFixed(2)}× the per-article time at ${count}; CPU time ${secs(big.cpuMs)}, ${(big.cpuMs / total).toFixed(2)} ms per article, ${(big.cpuMs / total / (coldCpu / count)).toFixed(2)}× that at ${count}); ` +
        `floor ${secs(bigFloor.ms)} (${(big.ms / bigFloor.ms).toFixed(2)}× floor); peak memory ${big.maxRssMiB.toFixed(0)} MiB; pages written ${big.pages}`,
      `per stage: ${Object.entries(big.timings).map(([s, ms]) => `${s} ${secs(ms)}`).join(', ')}`,
    );
  }
  process.stdout.write(lines.join('\n') + '\n');
} finally {
  await rm(work, { recursive: true, force: true });
}

async function listTxt(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name.endsWith('.txt')) out.push(e.name);
  return out;
}

/** A copy of the corpus whose every article differs from the original: a distinct headline and a closing line. */
async function copyDistinct(from: string, to: string, k: number): Promise<void> {
  for (const e of await readdir(from, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.txt')) continue;
    const src = join(e.parentPath, e.name);
    const dest = join(to, src.slice(from.length));
    await mkdir(join(dest, '..'), { recursive: true });
    const [title = '', ...rest] = (await readFile(src, 'utf8')).split('\n');
    await writeFile(dest, [`${title} (edition ${k + 1})`, ...rest, '', `This is edition ${k + 1} of the story.`, ''].join('\n'));
  }
}
