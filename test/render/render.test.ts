import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import { writeSite } from '../../src/render/eleventy.ts';
import { renderSite, siteModel } from '../../src/render/index.ts';
import { LIMITS } from '../../src/render/model.ts';
import { fixtureArchive } from '../fixtures/site/archive.ts';
import { crawl, listFiles } from '../fixtures/site/crawl.ts';

let dir: string;
let pages: number;
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'render-test-'));
  ({ pages } = await renderSite(fixtureArchive(), { outDir: dir, siteUrl: 'https://news.example' }));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('every page of the site is written', () => {
  const expected = [
    'index.html',
    '404.html',
    'search/index.html',
    'articles/harbour-plan/index.html',
    'articles/quay-notes/index.html',
    'people/index.html',
    'people/maria-okonkwo/index.html',
    'people/script-alert-1/index.html',
    'organisations/index.html',
    'organisations/coastal-union/index.html',
    'sources/index.html',
    'sources/harbour-gazette/index.html',
    'dates/index.html',
    'dates/2024/index.html',
    'dates/2024/03/index.html',
    'dates/2023/index.html',
    'quotes/index.html',
    'feed.xml',
    'sitemap.xml',
    'data/records.json',
    'assets/site.css',
    'assets/search.js',
  ];
  for (const file of expected) assert.ok(existsSync(path.join(dir, file)), file);
  assert.equal(pages, listFiles(dir).filter((f) => f.endsWith('.html')).length);
  assert.equal(pages, 26);
});

test('every internal link and asset resolves (the search index comes later)', () => {
  const result = crawl(dir, { skip: (address) => address.startsWith('/pagefind/') });
  assert.deepEqual(result.broken, []);
  assert.ok(result.links > 200);
});

test('articles link to each of their people and organisations, and those pages link back', () => {
  const { outlinks } = crawl(dir);
  for (const a of fixtureArchive().articles) {
    for (const e of [...a.people.map((p) => `/people/${p.id}/`), ...a.organisations.map((o) => `/organisations/${o.id}/`)]) {
      assert.ok(outlinks.get(a.url)!.has(e), `${a.url} → ${e}`);
      assert.ok(outlinks.get(e)!.has(a.url), `${e} → ${a.url}`);
    }
    if (a.source) assert.ok(outlinks.get(`/sources/${a.source.id}/`)!.has(a.url));
  }
});

test('no text from the archive becomes markup anywhere', () => {
  for (const file of listFiles(dir).filter((f) => /\.(html|xml)$/.test(f))) {
    const text = read(file);
    assert.doesNotMatch(text, /<script>alert|<img|<b>|(href|src)="javascript:/i, file);
    // With quoted attribute values set aside, no tag may carry an event handler.
    assert.doesNotMatch(text.replace(/="[^"]*"/g, '=""'), /<[^>]*\son\w+=/i, file);
    for (const m of text.matchAll(/<script\b[^>]*>/g)) {
      assert.match(m[0], /^<script (type="application\/ld\+json"|src="\/(pagefind\/pagefind-ui|assets\/search)\.js" defer)>$/, `${file}: ${m[0]}`);
    }
  }
  const hostile = read('articles/hostile/index.html');
  assert.match(hostile, /<h1>&lt;script&gt;alert\(1\)&lt;\/script&gt; Harbour &quot;news&quot; &amp; more<\/h1>/);
  assert.match(hostile, /<blockquote><p>&lt;\/script&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;<\/p><\/blockquote>/);
  // The JSON-LD holds the same text, with nothing that could close its element.
  const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(hostile)![1]!;
  assert.equal(JSON.parse(jsonLd).headline, '<script>alert(1)</script> Harbour "news" & more');
});

test('an inferred date is shown as inferred', () => {
  assert.match(read('articles/union-vote/index.html'), /<time datetime="2024-03">c\. March 2024<\/time>/);
  assert.match(read('articles/ferry-delays/index.html'), /<time datetime="2024-04-12">12 April 2024<\/time> <span class="note">\(inferred\)<\/span>/);
  assert.match(read('articles/harbour-plan/index.html'), /<time datetime="2024-03-05">5 March 2024<\/time>\s*·/);
});

test('only article pages are searchable, each with its filters and sort key', () => {
  for (const file of listFiles(dir).filter((f) => f.endsWith('.html'))) {
    assert.equal(/data-pagefind-body/.test(read(file)), file.startsWith('articles/'), file);
  }
  const html = read('articles/union-vote/index.html');
  for (const filter of ['source[content]" content="Evening Courier"', 'person[content]" content="Anna Berg"', 'organisation[content]" content="Coastal Union"', 'year[content]" content="2024"']) {
    assert.ok(html.includes(`data-pagefind-filter="${filter}`), filter);
  }
  assert.ok(html.includes('data-pagefind-sort="date[content]" content="2024-03"'));
});

test('JSON-LD twins: NewsArticle on articles, Person and Organization on entity pages', () => {
  const ld = (file: string) => JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(read(file))![1]!);
  const article = ld('articles/harbour-plan/index.html');
  assert.equal(article['@type'], 'NewsArticle');
  assert.equal(article.datePublished, '2024-03-05');
  assert.equal(article.url, 'https://news.example/articles/harbour-plan/');
  assert.equal(ld('people/maria-okonkwo/index.html')['@type'], 'Person');
  assert.equal(ld('organisations/port-authority/index.html')['@type'], 'Organization');
});

test('records.json is the archive, feed and sitemap use absolute addresses', () => {
  assert.deepEqual(JSON.parse(read('data/records.json')), fixtureArchive());
  const feed = read('feed.xml');
  assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
  assert.equal((feed.match(/<entry>/g) ?? []).length, 4);
  assert.match(feed, /<title>&lt;script&gt;alert\(1\)&lt;\/script&gt; Harbour &quot;news&quot; &amp; more<\/title>/);
  const sitemap = read('sitemap.xml');
  assert.match(sitemap, /<loc>https:\/\/news\.example\/articles\/harbour-plan\/<\/loc>/);
  assert.equal((sitemap.match(/<loc>/g) ?? []).length, 25);
});

test('counts read naturally', () => {
  assert.match(read('index.html'), /5 articles from <time datetime="2023">c\. 2023<\/time> to <time datetime="2024-04-12">12 April 2024<\/time> <span class="note">\(inferred\)<\/span>, naming 4 people and 2 organisations, from 3 sources, with 5 quotes\./);
  assert.match(read('dates/2023/index.html'), /<p class="lede">1 article\.<\/p>/);
});

test('a long A–Z index is split into letter pages whose links all resolve', async () => {
  const many = fixtureArchive();
  for (let i = 0; i < LIMITS.indexPageSize + 1; i++) {
    many.people.push({ id: `p${i}`, name: `${String.fromCharCode(65 + (i % 3))}name ${i}`, aliases: [], url: `/people/p${i}/`, articles: ['quay-notes'] });
  }
  const big = mkdtempSync(path.join(tmpdir(), 'render-test-big-'));
  try {
    await renderSite(many, { outDir: big });
    assert.ok(existsSync(path.join(big, 'people/letters/a/index.html')));
    assert.deepEqual(crawl(big, { skip: (address) => address.startsWith('/pagefind/') }).broken, []);
    assert.match(readFileSync(path.join(big, 'people/index.html'), 'utf8'), /<a href="\/people\/letters\/b\/">B<\/a>/);
    const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
    for (const page of ['people/index.html', 'people/letters/b/index.html']) {
      const report = await validator.validateFile(path.join(big, page));
      assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} ${m.message}`)), [], page);
    }
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
});

test('a site rendered in several Eleventy runs is the site rendered in one, each page written once', async () => {
  const model = siteModel(fixtureArchive(), { siteUrl: 'https://news.example' });
  const split = mkdtempSync(path.join(tmpdir(), 'render-test-runs-'));
  try {
    // 3 item pages a run: the first run writes the pages of the whole site, the others only item pages
    const written = await writeSite(model, split, 3);
    assert.equal(new Set(written).size, written.length, 'no file written twice');
    const one = listFiles(dir).filter((f) => f !== 'data/records.json').sort();
    assert.deepEqual(listFiles(split).sort(), one);
    for (const file of one) assert.equal(readFileSync(path.join(split, file), 'utf8'), read(file), file);
  } finally {
    rmSync(split, { recursive: true, force: true });
  }
});
