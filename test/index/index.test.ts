import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, describe, test } from 'node:test';
import { indexSite, searchRecords, type SearchRecord } from '../../src/index/index.ts';
import { renderSite, siteModel } from '../../src/render/index.ts';
import { fixtureArchive } from '../fixtures/site/archive.ts';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
}

/** The folder of each shard of a site's index: pagefind/ for the first, pagefind/<n>/ for the others. */
const shardFolder = (site: string, shard: string) => (shard === '0' ? path.join(site, 'pagefind') : path.join(site, 'pagefind', shard));

/** Pagefind stores each indexed page as a gzipped fragment, behind a short signature; by page id. */
function fragmentsOf(site: string): Map<string, Fragment & { shard: string }> {
  const out = new Map<string, Fragment & { shard: string }>();
  for (const shard of ['0', ...readdirSync(path.join(site, 'pagefind')).filter((name) => /^\d+$/.test(name))]) {
    const folder = path.join(shardFolder(site, shard), 'fragment');
    for (const f of readdirSync(folder)) {
      const fragment = JSON.parse(gunzipSync(readFileSync(path.join(folder, f))).toString('utf8').replace(/^pagefind_dcd/, '')) as Fragment;
      out.set(f.replace(/\.pf_fragment$/, ''), { ...fragment, shard });
    }
  }
  return out;
}

const tmp = mkdtempSync(path.join(tmpdir(), 'index-test-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('one shard', () => {
  let dir: string;
  let pages: number;
  let fragments: Fragment[];
  before(async () => {
    dir = path.join(tmp, 'one');
    const archive = fixtureArchive();
    await renderSite(archive, { outDir: dir });
    ({ pages } = await indexSite(dir, searchRecords(archive, siteModel(archive))));
    fragments = [...fragmentsOf(dir).values()];
  });

  test('the index is a plain Pagefind bundle with its UI, as Pagefind writes it', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json', 'sort-keys.json']) {
      assert.ok(existsSync(path.join(dir, 'pagefind', file)), file);
    }
    assert.ok(!existsSync(path.join(dir, 'pagefind', 'pagefind-core.js')));
    assert.doesNotMatch(readFileSync(path.join(dir, 'pagefind', 'pagefind.js'), 'utf8'), /const SHARDS/);
    assert.equal(JSON.parse(readFileSync(path.join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages.en.page_count, 5);
  });

  test('only the articles are indexed', () => {
    assert.equal(pages, 5);
    assert.deepEqual(fragments.map((f) => f.url).sort(), fixtureArchive().articles.map((a) => a.url).sort());
  });

  test('articles carry the four facets, a date sort key and their meta', () => {
    const vote = fragments.find((f) => f.url === '/articles/union-vote/')!;
    assert.deepEqual(vote.filters, { source: ['Evening Courier'], person: ['Maria Okonkwo', 'Anna Berg'], organisation: ['Coastal Union'], year: ['2024'] });
    assert.equal(vote.meta.title, 'Coastal Union votes on strike');
    assert.equal(vote.meta.date, 'c. March 2024');
    assert.match(vote.content, /Anna Berg counted the ballots/);
    // The side panel and the page chrome are not part of the indexed text.
    assert.doesNotMatch(vote.content, /Related articles|Skip to content|Search the archive/);
    const names = new Set(fragments.flatMap((f) => Object.keys(f.filters)));
    assert.deepEqual([...names].sort(), ['organisation', 'person', 'source', 'year']);
  });
});

describe('several shards', () => {
  const record = (n: number, date?: string): SearchRecord => ({
    url: `/articles/story-${n}/`,
    content: `Story ${n}\n\nThe harbour story number ${n}.`,
    language: 'en',
    meta: { title: `Story ${n}` },
    filters: { year: ['2024'] },
    sort: date ? { date } : {},
  });
  const records = Array.from({ length: 12 }, (_, n) => record(n, n === 5 ? undefined : `2024-01-${String(n + 10)}`));
  const first = path.join(tmp, 'first');
  const second = path.join(tmp, 'second');
  let one: Awaited<ReturnType<typeof indexSite>>;
  let two: Awaited<ReturnType<typeof indexSite>>;
  before(async () => {
    one = await indexSite(first, records, { shards: 3, version: 'v1' });
    const changed = records.map((r, n) => (n === 7 ? { ...r, content: `${r.content} Updated.` } : r));
    two = await indexSite(second, changed, { shards: 3, version: 'v1', previous: { dir: first, shards: one.shards } });
  });

  test('every record is in exactly one shard, and each shard lists the sort keys of its pages', () => {
    const fragments = fragmentsOf(first);
    assert.deepEqual([...fragments.values()].map((f) => f.url).sort(), records.map((r) => r.url).sort());
    assert.equal(one.shards.length, 3);
    for (const [id, fragment] of fragments) {
      const keys = JSON.parse(readFileSync(path.join(shardFolder(first, fragment.shard), 'sort-keys.json'), 'utf8')) as Record<string, { date: string }>;
      const n = Number(/story-(\d+)/.exec(fragment.url)![1]);
      assert.deepEqual(keys[id], n === 5 ? undefined : { date: `2024-01-${n + 10}` }, fragment.url);
    }
    // pagefind.js searches every shard; Pagefind's own module and its UI are kept once, in pagefind/.
    assert.match(readFileSync(path.join(first, 'pagefind', 'pagefind.js'), 'utf8'), /const SHARDS = \["1\/","2\/"\];/);
    for (const file of ['pagefind-core.js', 'pagefind-worker.js', 'pagefind-ui.js', 'pagefind-entry.json', '1/pagefind-entry.json', '2/pagefind-entry.json']) {
      assert.ok(existsSync(path.join(first, 'pagefind', file)), file);
    }
    for (const file of ['1/pagefind-ui.js', '1/pagefind.js', '2/pagefind-core.js']) assert.ok(!existsSync(path.join(first, 'pagefind', file)), file);
  });

  test('a rebuild links the shards whose records did not change and indexes the other again', () => {
    assert.equal(two.reused, 2);
    const changedShard = [...fragmentsOf(second).values()].find((f) => f.url === '/articles/story-7/')!.shard;
    for (const shard of ['0', '1', '2']) {
      const entry = (site: string) => statSync(path.join(shardFolder(site, shard), 'pagefind-entry.json')).ino;
      assert.equal(entry(first) === entry(second), shard !== changedShard, `shard ${shard}`);
    }
    assert.notEqual(two.shards[Number(changedShard)], one.shards[Number(changedShard)]);
    // The last site's files are never written to: its changed shard still has the old text.
    const old = [...fragmentsOf(first).values()].find((f) => f.url === '/articles/story-7/')!;
    assert.doesNotMatch(old.content, /Updated/);
    assert.match([...fragmentsOf(second).values()].find((f) => f.url === '/articles/story-7/')!.content, /Updated/);
    for (const file of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-core.js', 'pagefind.js']) assert.ok(existsSync(path.join(second, 'pagefind', file)), file);
  });

  test('a rebuild with no record changed links every shard and Pagefind’s own files, or writes those afresh when they are gone', async () => {
    const same = path.join(tmp, 'same');
    const again = await indexSite(same, records, { shards: 3, version: 'v1', previous: { dir: first, shards: one.shards } });
    assert.equal(again.reused, 3);
    assert.equal(statSync(path.join(same, 'pagefind', 'pagefind-core.js')).ino, statSync(path.join(first, 'pagefind', 'pagefind-core.js')).ino);
    assert.equal(fragmentsOf(same).size, 12);
    for (const file of ['pagefind-core.js', 'pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css']) rmSync(path.join(same, 'pagefind', file));
    const mended = path.join(tmp, 'same-mended');
    await indexSite(mended, records, { shards: 3, version: 'v1', previous: { dir: same, shards: one.shards } });
    for (const file of ['pagefind.js', 'pagefind-core.js', 'pagefind-worker.js', 'pagefind-ui.js', 'pagefind-ui.css']) assert.ok(existsSync(path.join(mended, 'pagefind', file)), file);
  });

  test('nothing is reused from a site indexed by other code, or split another way', async () => {
    const other = await indexSite(path.join(tmp, 'other'), records, { shards: 3, version: 'v2', previous: { dir: first, shards: one.shards } });
    assert.equal(other.reused, 0);
    const regrouped = await indexSite(path.join(tmp, 'regrouped'), records, { shards: 2, version: 'v1', previous: { dir: first, shards: one.shards } });
    assert.equal(regrouped.reused, 0);
  });

  test('a shard gone from the last site, or part of it, is indexed again', async () => {
    const broken = path.join(tmp, 'broken');
    await indexSite(broken, records, { shards: 3, version: 'v1' });
    rmSync(path.join(broken, 'pagefind', '1'), { recursive: true });
    rmSync(path.join(broken, 'pagefind', 'fragment'), { recursive: true });
    const again = await indexSite(path.join(tmp, 'mended'), records, { shards: 3, version: 'v1', previous: { dir: broken, shards: one.shards } });
    assert.equal(again.reused, 1);
    assert.equal(fragmentsOf(path.join(tmp, 'mended')).size, 12);
  });
});
