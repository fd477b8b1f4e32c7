import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { build } from 'esbuild';
import { CODE, codeVersion } from '../../src/build/cache.ts';
import { defaultThreads, minSeedsForWorkers, seedProcessor } from '../../src/build/extractPool.ts';
import { processSeed } from '../../src/build/seed.ts';
import { optionsWorkersTake, WORKER_ENTRIES, workerBundle, workerExecArgv } from '../../src/build/workerBundle.ts';

const fixtures = join(import.meta.dirname, '../fixtures/site/seeds');

describe('extraction across threads', () => {
  it('offers one worker thread per core', () => {
    assert.equal(defaultThreads(1), 1);
    assert.equal(defaultThreads(2), 2);
    assert.equal(defaultThreads(8), 8);
  });

  it('starts workers only for as many seeds as pay for their start, fewer the more cores there are', () => {
    assert.equal(minSeedsForWorkers(1), Infinity);
    assert.equal(minSeedsForWorkers(2), 400);
    assert.equal(minSeedsForWorkers(4), 267);
    assert.ok(minSeedsForWorkers(16) < minSeedsForWorkers(4));
    assert.ok(minSeedsForWorkers(16) > 200);
  });

  const fixtureSeeds = async () => {
    const names = (await readdir(fixtures)).filter((n) => /\.(txt|md)$/.test(n)).sort();
    const once = await Promise.all(names.map(async (file) => ({ file, bytes: new Uint8Array(await readFile(join(fixtures, file))) })));
    // (three times over, under other names: enough for this thread and a worker to share)
    return [0, 1, 2].flatMap((copy) => once.map((seed) => ({ ...seed, file: `${copy}/${seed.file}` })));
  };
  const options = { now: new Date('2026-01-01T00:00:00Z') };

  it('gives, shared between this thread and a worker, exactly what it gives in this thread', async () => {
    const seeds = await fixtureSeeds();
    // As many seeds as it takes for the pool to start workers rather than stay in this thread.
    const pool = await seedProcessor(1000, options, await codeVersion('extract'), 2);
    try {
      const shared = await Promise.all(seeds.map((seed) => pool.process(seed)));
      assert.deepEqual(shared, seeds.map((seed) => processSeed(seed, options)));
      assert.equal(pool.processed.here + pool.processed.inWorkers, seeds.length);
      assert.ok(pool.processed.here > 0, 'this thread took seeds');
      assert.ok(pool.processed.inWorkers > 0, 'the worker took seeds');
    } finally {
      await pool.close();
    }
  });

  it('starts no worker for fewer seeds than pay for one', async () => {
    const seeds = await fixtureSeeds();
    const pool = await seedProcessor(seeds.length, options, await codeVersion('extract'), 2);
    try {
      await Promise.all(seeds.map((seed) => pool.process(seed)));
      assert.deepEqual(pool.processed, { here: seeds.length, inWorkers: 0 });
    } finally {
      await pool.close();
    }
  });
});

describe('the worker bundles', () => {
  it('is made once per code version, and replaces the bundles of other versions', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'na-bundle-'));
    try {
      await writeFile(join(dir, 'extract-worker-old.mjs'), '// an older version');
      await writeFile(join(dir, 'index-worker-other.mjs'), '// another worker');
      await writeFile(join(dir, 'unrelated.txt'), 'kept');
      const first = await workerBundle('extract', 'v1', dir);
      assert.ok(first);
      assert.deepEqual((await readdir(dir)).sort(), ['extract-worker-v1.mjs', 'index-worker-other.mjs', 'unrelated.txt']);
      const code = await readFile(first, 'utf8');
      assert.match(code, /function processSeed\(/);
      assert.doesNotMatch(code, /^import .* from ["']\.{1,2}\//m, 'the project’s own modules are inside the bundle');
      const made = (await stat(first)).mtimeMs;
      assert.equal((await workerBundle('extract', 'v1', dir))?.href, first.href);
      assert.equal((await stat(first)).mtimeMs, made, 'an existing bundle is not made again');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  for (const [worker, holds] of [['extract', 'src/extract/index.ts'], ['index', 'src/index/index.ts']] as const) {
    it(`holds, for the ${worker} worker, only code whose changes change the version it is made for`, async () => {
      const { metafile } = await build({ entryPoints: [join(import.meta.dirname, '../..', WORKER_ENTRIES[worker])], bundle: true, write: false, metafile: true, platform: 'node', format: 'esm', packages: 'external', absWorkingDir: join(import.meta.dirname, '../..') });
      const sources = Object.keys(metafile.inputs).filter((path) => path.startsWith('src/'));
      assert.ok(sources.includes(holds));
      for (const path of sources) assert.ok(CODE[worker].some((covered) => path === covered || path.startsWith(`${covered}/`)), `${path} is not part of codeVersion('${worker}')`);
    });
  }

  it('is null when it cannot be written, so that workers run the sources', async () => {
    assert.equal(await workerBundle('extract', 'v1', '/dev/null/cannot-be-a-folder'), null);
  });

  it('starts workers without the options that load tsx, keeping the others', () => {
    assert.deepEqual(
      workerExecArgv([
        '--require', '/p/node_modules/tsx/dist/preflight.cjs',
        '--import', 'file:///p/node_modules/tsx/dist/loader.mjs',
        '--max-old-space-size=100',
        '--import=tsx',
        '--import', './instrument.mjs',
        '--cpu-prof',
      ]),
      ['--max-old-space-size=100', '--import', './instrument.mjs', '--cpu-prof'],
    );
  });

  it('leaves out the options Node refuses to start a worker with, V8’s, and keeps the others', () => {
    assert.deepEqual(optionsWorkersTake(['--max-old-space-size=4096', '--no-warnings', '--interrupt-budget=1000', '--enable-source-maps']), ['--no-warnings', '--enable-source-maps']);
    assert.deepEqual(optionsWorkersTake(['--no-warnings']), ['--no-warnings']);
    assert.deepEqual(optionsWorkersTake(['--stack-size=2000']), []);
    assert.deepEqual(optionsWorkersTake([]), []);
  });
});
