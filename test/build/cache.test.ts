import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { codeVersion, SeedCache } from '../../src/build/cache.ts';
import type { SeedOutcome } from '../../src/build/seed.ts';

let root: string;
before(async () => {
  root = await mkdtemp(join(tmpdir(), 'na-cache-'));
});
after(async () => {
  await rm(root, { recursive: true, force: true });
});

const problem = (file: string): SeedOutcome => ({ ok: false, problem: { file, problem: 'empty file' } });

describe('seed cache', () => {
  it('keys entries by path and content', () => {
    assert.notEqual(SeedCache.key('a.txt', 'h1'), SeedCache.key('b.txt', 'h1'));
    assert.notEqual(SeedCache.key('a.txt', 'h1'), SeedCache.key('a.txt', 'h2'));
    assert.equal(SeedCache.key('a.txt', 'h1'), SeedCache.key('a.txt', 'h1'));
  });

  it('returns what was stored, and nothing for an unknown key', async () => {
    const cache = await SeedCache.open(root, 'v1');
    await cache.set('k1', problem('a.txt'));
    assert.deepEqual(await cache.get('k1'), problem('a.txt'));
    assert.equal(await cache.get('k2'), null);
  });

  it('drops entries of other code versions, and entries no build used', async () => {
    const first = await SeedCache.open(root, 'v1');
    await first.set('aa-used', problem('a.txt'));
    await first.set('bb-stale', problem('b.txt'));
    const second = await SeedCache.open(root, 'v1');
    await second.get('aa-used');
    await second.prune();
    assert.equal(await (await SeedCache.open(root, 'v1')).get('bb-stale'), null);
    await SeedCache.open(root, 'v2');
    assert.deepEqual(await readdir(root), ['v2']);
  });

  it('versions the code behind the per-seed stages and the site separately', async () => {
    const extract = await codeVersion('extract');
    assert.match(extract, /^[0-9a-f]{16}$/);
    assert.equal(await codeVersion('extract'), extract);
    assert.notEqual(await codeVersion('render'), extract);
  });
});
