// Rebuilds never lose or corrupt what was published: deleted seeds disappear, identical seeds give
// identical sites, and a build killed at any moment leaves the last good site whole.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, link, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { buildSite } from '../../src/build/index.ts';

const root = resolve(import.meta.dirname, '../..');
const story = (n: number) =>
  `Ferry Service Number ${n} Resumes\n\nThe ferry service number ${n} resumed on Monday after repairs to the pier, the operator said.\n\n` +
  `Passengers had waited ${n + 2} weeks for the crossing to reopen.\n`;

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'na-durable-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function seedFolder(name: string, count: number): Promise<string> {
  const seeds = join(dir, name);
  await mkdir(seeds, { recursive: true });
  for (let n = 0; n < count; n++) await writeFile(join(seeds, `story-${n}.txt`), story(n));
  return seeds;
}

/** Every file of a site with the hash of its bytes, search index aside. */
async function snapshot(site: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(site, join(entry.parentPath, entry.name));
    if (path.startsWith('pagefind')) continue;
    out.set(path, createHash('sha256').update(await readFile(join(site, path))).digest('hex'));
  }
  return out;
}

describe('durability', () => {
  it('removes the pages, records and search entries of a deleted seed', async () => {
    const seeds = await seedFolder('deleting', 3);
    const site = join(dir, 'deleting-site');
    const options = { seedsDir: seeds, outDir: site, cacheDir: join(dir, 'deleting-cache') };
    await buildSite(options);
    const records = async () => JSON.parse(await readFile(join(site, 'data/records.json'), 'utf8')) as { articles: Array<{ id: string; file: string }> };
    const gone = (await records()).articles.find((a) => a.file === 'story-1.txt')!;
    await stat(join(site, 'articles', gone.id, 'index.html'));
    await rm(join(seeds, 'story-1.txt'));
    await buildSite(options);
    assert.deepEqual((await records()).articles.map((a) => a.file), ['story-0.txt', 'story-2.txt']);
    await assert.rejects(stat(join(site, 'articles', gone.id)));
    // (its page was linked into the new site before the build knew it was gone: no empty folder is left of it)
    for (const entry of await readdir(site, { recursive: true, withFileTypes: true })) {
      if (entry.isDirectory()) assert.ok((await readdir(join(entry.parentPath, entry.name))).length > 0, `empty folder ${entry.name}`);
    }
    const entry = JSON.parse(await readFile(join(site, 'pagefind/pagefind-entry.json'), 'utf8'));
    assert.equal(entry.languages.en.page_count, 2);
    const sitemap = await readFile(join(site, 'sitemap.xml'), 'utf8');
    assert.ok(!sitemap.includes(gone.id));
  });

  it('makes byte-identical sites from the same seeds, search index aside', async () => {
    const seeds = await seedFolder('twice', 4);
    const now = new Date('2026-01-15T12:00:00Z');
    await buildSite({ seedsDir: seeds, outDir: join(dir, 'first'), cacheDir: null, now });
    await buildSite({ seedsDir: seeds, outDir: join(dir, 'second'), cacheDir: null, now });
    const [a, b] = [await snapshot(join(dir, 'first')), await snapshot(join(dir, 'second'))];
    assert.ok(a.size > 10);
    assert.deepEqual([...a.entries()].sort(), [...b.entries()].sort());
  });

  it('leaves records.json byte-identical when nothing changed', async () => {
    const seeds = await seedFolder('unchanged', 3);
    const options = { seedsDir: seeds, outDir: join(dir, 'unchanged-site'), cacheDir: join(dir, 'unchanged-cache') };
    await buildSite(options);
    const before = await readFile(join(options.outDir, 'data/records.json'));
    const again = await buildSite(options);
    assert.equal(again.unchanged, true);
    assert.equal(again.cached, 3);
    assert.ok(before.equals(await readFile(join(options.outDir, 'data/records.json'))));
  });

  it('links unchanged pages from the last site, and the result equals a fresh build', async () => {
    const seeds = await seedFolder('incremental', 6);
    const now = new Date('2026-01-15T12:00:00Z');
    const site = join(dir, 'incremental-site');
    const options = { seedsDir: seeds, outDir: site, cacheDir: join(dir, 'incremental-cache'), now };
    const first = await buildSite(options);
    const records = JSON.parse(await readFile(join(site, 'data/records.json'), 'utf8')) as { articles: Array<{ id: string }> };
    const page = join(site, 'articles', records.articles[0]!.id, 'index.html');
    const inode = (await stat(page)).ino;
    // A page that will change, held by a second link: the new site must get a new file, never write into the old one.
    const changing = join(site, 'articles', records.articles.at(-1)!.id, 'index.html');
    const held = join(dir, 'held-page.html');
    await link(changing, held);
    const heldBefore = await readFile(held, 'utf8');
    await writeFile(join(seeds, 'story-5.txt'), story(5).replace('after repairs', 'after long repairs'));
    await writeFile(join(seeds, 'zz-new.txt'), 'Lighthouse Keeper Retires After Forty Years\n\nThe keeper of the northern lighthouse retired on Friday.\n');
    const second = await buildSite(options);
    assert.equal(second.articles, first.articles + 1);
    assert.equal((await stat(page)).ino, inode, 'an unchanged page is linked, not written again');
    assert.equal(await readFile(held, 'utf8'), heldBefore, 'the last site’s copy of a changed page is untouched');
    assert.match(await readFile(join(site, 'articles', records.articles.at(-1)!.id, 'index.html'), 'utf8'), /after long repairs/);
    await buildSite({ seedsDir: seeds, outDir: join(dir, 'incremental-fresh'), cacheDir: null, now });
    assert.deepEqual([...(await snapshot(site)).entries()].sort(), [...(await snapshot(join(dir, 'incremental-fresh'))).entries()].sort());
  });

  it('renders an unchanged page that has gone from the last site, instead of linking it', async () => {
    const seeds = await seedFolder('relink', 4);
    const now = new Date('2026-01-15T12:00:00Z');
    const site = join(dir, 'relink-site');
    const options = { seedsDir: seeds, outDir: site, cacheDir: join(dir, 'relink-cache'), now };
    await buildSite(options);
    const records = JSON.parse(await readFile(join(site, 'data/records.json'), 'utf8')) as { articles: Array<{ id: string }> };
    const gone = join(site, 'articles', records.articles[0]!.id, 'index.html');
    const kept = join(site, 'articles', records.articles[1]!.id, 'index.html');
    const keptInode = (await stat(kept)).ino;
    await rm(gone);
    await writeFile(join(seeds, 'zz-new.txt'), 'Lighthouse Keeper Retires After Forty Years\n\nThe keeper of the northern lighthouse retired on Friday.\n');
    const rebuilt = await buildSite(options);
    assert.equal((await stat(kept)).ino, keptInode, 'the other unchanged pages are still linked');
    await buildSite({ seedsDir: seeds, outDir: join(dir, 'relink-fresh'), cacheDir: null, now });
    assert.deepEqual([...(await snapshot(site)).entries()].sort(), [...(await snapshot(join(dir, 'relink-fresh'))).entries()].sort());
    assert.equal(rebuilt.pages, (await readdir(site, { recursive: true })).filter((f) => f.endsWith('.html')).length);
  });

  it('keeps the last good site whole when a build is killed at any moment', async () => {
    const seeds = await seedFolder('killed', 40);
    const site = join(dir, 'killed-site');
    await buildSite({ seedsDir: seeds, outDir: site, cacheDir: null });
    const good = await snapshot(site);
    // change every seed, so that a finished build would differ everywhere
    const changed = join(dir, 'killed-changed');
    await cp(seeds, changed, { recursive: true });
    for (let n = 0; n < 40; n++) await writeFile(join(changed, `story-${n}.txt`), story(n + 1000));
    for (const delay of [50, 300, 900, 1500, 2500]) {
      const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), 'build', '--seeds', changed, '--out', site, '--clean'], {
        cwd: dir,
        stdio: 'ignore',
      });
      const exited = new Promise((r) => child.once('exit', r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill('SIGKILL');
      await exited;
      // whatever moment it died at, the folder holds either the last good site or (if it finished) the new one
      const now = await snapshot(site).catch(() => new Map<string, string>());
      const records = now.get('data/records.json');
      if (records !== good.get('data/records.json')) {
        const built = JSON.parse(await readFile(join(site, 'data/records.json'), 'utf8'));
        assert.equal(built.articles.length, 40, `a complete new site after a kill at ${delay} ms`);
      } else assert.deepEqual(now, good, `the last good site after a kill at ${delay} ms`);
    }
    // and the next build recovers and publishes
    await buildSite({ seedsDir: changed, outDir: site, cacheDir: null });
    const titles = JSON.parse(await readFile(join(site, 'data/records.json'), 'utf8')).articles.map((a: { title: string }) => a.title);
    assert.ok(titles.includes('Ferry Service Number 1000 Resumes'));
    // nothing is left beside the site once the replaced one has been removed (in the background)
    let left = (await readdir(dir)).filter((n) => n.startsWith('.killed-site.'));
    for (let i = 0; i < 100 && left.length; i++) {
      assert.ok(left.every((n) => n.startsWith('.killed-site.trash-')), `only replaced sites are left: ${left.join(', ')}`);
      await new Promise((r) => setTimeout(r, 50));
      left = (await readdir(dir)).filter((n) => n.startsWith('.killed-site.'));
    }
    assert.deepEqual(left, []);
  });
});
