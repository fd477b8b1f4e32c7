import assert from 'node:assert/strict';
import { appendFile, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
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

  const key = (name: string) => SeedCache.key(name, 'content');

  it('returns what an earlier build stored, and nothing for an unknown key', async () => {
    const cache = await SeedCache.open(root, 'v1');
    cache.set(key('a.txt'), problem('a.txt'));
    await cache.save();
    const next = await SeedCache.open(root, 'v1');
    assert.deepEqual(next.get(key('a.txt')), problem('a.txt'));
    assert.equal(next.get(key('b.txt')), null);
  });

  it('adds to what is there, and drops entries of other code versions and entries no build used', async () => {
    const first = await SeedCache.open(root, 'v2');
    first.set(key('used.txt'), problem('used.txt'));
    first.set(key('stale.txt'), problem('stale.txt'));
    await first.save();
    const second = await SeedCache.open(root, 'v2');
    assert.ok(second.get(key('used.txt')));
    second.set(key('new.txt'), problem('new.txt'));
    await second.save();
    const third = await SeedCache.open(root, 'v2');
    assert.equal(third.get(key('stale.txt')), null, 'an unused entry of a small cache is dropped at once');
    assert.deepEqual(third.get(key('new.txt')), problem('new.txt'));
    assert.deepEqual(third.get(key('used.txt')), problem('used.txt'));
    await SeedCache.open(root, 'v3');
    assert.deepEqual(await readdir(root), ['v3']);
  });

  it('skips a line cut short by a killed build, and keeps the rest', async () => {
    const cache = await SeedCache.open(root, 'v4');
    cache.set(key('whole.txt'), problem('whole.txt'));
    await cache.save();
    await appendFile(join(root, 'v4', 'seeds.ndjson'), `["${key('cut.txt')}",{"ok":fal`);
    const next = await SeedCache.open(root, 'v4');
    assert.equal(next.get(key('cut.txt')), null);
    assert.deepEqual(next.get(key('whole.txt')), problem('whole.txt'));
    next.set(key('cut.txt'), problem('cut.txt'));
    await next.save();
    const last = await SeedCache.open(root, 'v4');
    assert.deepEqual(last.get(key('cut.txt')), problem('cut.txt'));
    assert.deepEqual(last.get(key('whole.txt')), problem('whole.txt'));
    // the damaged line has gone: one line per entry
    assert.equal((await readFile(join(root, 'v4', 'seeds.ndjson'), 'utf8')).split('\n').filter(Boolean).length, 2);
  });

  it('writes the file anew once unused entries are a quarter of it, and only then', async () => {
    const file = join(root, 'v5', 'seeds.ndjson');
    const lines = async () => (await readFile(file, 'utf8')).split('\n').filter(Boolean).length;
    const first = await SeedCache.open(root, 'v5');
    for (let n = 0; n < 20; n++) first.set(key(`s${n}.txt`), problem(`s${n}.txt`));
    await first.save();
    // one seed of twenty deleted: its line stays
    const second = await SeedCache.open(root, 'v5');
    for (let n = 1; n < 20; n++) assert.ok(second.get(key(`s${n}.txt`)));
    await second.save();
    assert.equal(await lines(), 20);
    // ten deleted: the file keeps only the ten used
    const third = await SeedCache.open(root, 'v5');
    for (let n = 10; n < 20; n++) assert.ok(third.get(key(`s${n}.txt`)));
    await third.save();
    assert.equal(await lines(), 10);
  });

  it('versions the code behind the per-seed stages and the site separately', async () => {
    const extract = await codeVersion('extract');
    assert.match(extract, /^[0-9a-f]{16}$/);
    assert.equal(await codeVersion('extract'), extract);
    assert.notEqual(await codeVersion('render'), extract);
  });
});
