import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { defaultThreads, minSeedsForWorkers, seedProcessor } from '../../src/build/extractPool.ts';
import { processSeed } from '../../src/build/seed.ts';

const fixtures = join(import.meta.dirname, '../fixtures/site/seeds');

describe('extraction across threads', () => {
  it('offers one worker thread per core', () => {
    assert.equal(defaultThreads(1), 1);
    assert.equal(defaultThreads(2), 2);
    assert.equal(defaultThreads(8), 8);
  });

  it('starts workers only for as many seeds as pay for their start, fewer the more cores there are', () => {
    assert.equal(minSeedsForWorkers(1), Infinity);
    assert.equal(minSeedsForWorkers(2), 800);
    assert.equal(minSeedsForWorkers(4), 534);
    assert.ok(minSeedsForWorkers(16) < minSeedsForWorkers(4));
    assert.ok(minSeedsForWorkers(16) > 400);
  });

  it('gives in worker threads exactly what it gives in this thread', async () => {
    const names = (await readdir(fixtures)).filter((n) => /\.(txt|md)$/.test(n)).sort();
    const seeds = await Promise.all(names.map(async (file) => ({ file, bytes: new Uint8Array(await readFile(join(fixtures, file))) })));
    const options = { now: new Date('2026-01-01T00:00:00Z') };
    // As many seeds as it takes for the pool to start workers rather than stay in this thread.
    const pool = seedProcessor(1000, options, 2);
    try {
      const inWorkers = await Promise.all(seeds.map((seed) => pool.process(seed)));
      assert.deepEqual(inWorkers, seeds.map((seed) => processSeed(seed, options)));
    } finally {
      await pool.close();
    }
  });
});
