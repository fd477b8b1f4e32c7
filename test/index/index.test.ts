import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { indexSite, searchRecords } from '../../src/index/index.ts';
import { renderSite, siteModel } from '../../src/render/index.ts';
import { fixtureArchive } from '../fixtures/site/archive.ts';

interface Fragment {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  sort?: Record<string, string>;
}

let dir: string;
let pages: number;
let fragments: Fragment[];

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'index-test-'));
  const archive = fixtureArchive();
  await renderSite(archive, { outDir: dir });
  ({ pages } = await indexSite(dir, searchRecords(archive, siteModel(archive))));
  // Pagefind stores each indexed page as a gzipped fragment, behind a short signature.
  const folder = path.join(dir, 'pagefind', 'fragment');
  fragments = readdirSync(folder).map((f) => JSON.parse(gunzipSync(readFileSync(path.join(folder, f))).toString('utf8').replace(/^pagefind_dcd/, '')));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the index and the default UI are written into the site', () => {
  for (const file of ['pagefind.js', 'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-entry.json']) {
    assert.ok(existsSync(path.join(dir, 'pagefind', file)), file);
  }
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
