import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSiteModel, facetValue, LIMITS, pageUrls } from '../../src/render/model.ts';
import { fixtureArchive, HOSTILE } from '../fixtures/site/archive.ts';

const model = buildSiteModel(fixtureArchive(), { siteUrl: 'https://news.example/', title: 'Test Archive' });
const article = (id: string) => model.articles.find((a) => a.id === id)!;
const person = (id: string) => model.people.find((p) => p.id === id)!;

test('previous and next follow the date, and skip undated articles', () => {
  // hostile (2023) < union-vote (2024-03) < harbour-plan (2024-03-05) < ferry-delays (2024-04-12)
  assert.equal(article('hostile').previous, null);
  assert.equal(article('hostile').next?.id, 'union-vote');
  assert.equal(article('harbour-plan').previous?.id, 'union-vote');
  assert.equal(article('harbour-plan').next?.id, 'ferry-delays');
  assert.equal(article('ferry-delays').next, null);
  assert.equal(article('quay-notes').previous, null);
  assert.equal(article('quay-notes').next, null);
});

test('related articles share people or organisations', () => {
  assert.deepEqual(new Set(article('harbour-plan').related.map((r) => r.id)), new Set(['union-vote', 'ferry-delays', 'hostile']));
  assert.deepEqual(article('quay-notes').related, []);
  assert.ok(!article('union-vote').related.some((r) => r.id === 'union-vote'));
});

test('article bodies link their people and organisations by every form', () => {
  const html = article('harbour-plan').paragraphs.map((p) => p.html).join('\n');
  assert.match(html, /<a class="mention person" href="\/people\/maria-okonkwo\/">Maria Okonkwo<\/a>/);
  assert.match(html, /<a class="mention person" href="\/people\/maria-okonkwo\/">Okonkwo<\/a> said/);
  assert.match(html, /<a class="mention organisation" href="\/organisations\/port-authority\/">Port Authority<\/a>/);
  assert.match(article('union-vote').paragraphs[0]!.html, /\(<a class="mention organisation" href="\/organisations\/coastal-union\/">CU<\/a>\)/);
});

test('article pages carry the facts and search filters', () => {
  const a = article('union-vote');
  assert.equal(a.date?.text, 'c. March 2024');
  assert.deepEqual(a.search, { source: 'Evening Courier', people: ['Maria Okonkwo', 'Anna Berg'], organisations: ['Coastal Union'], year: '2024', sort: '2024-03' });
  assert.deepEqual(a.quotes[1], { text: 'Nobody told us anything', speaker: null });
  assert.equal(article('ferry-delays').date?.note, 'inferred');
  assert.equal(article('quay-notes').search.year, null);
});

test('only web addresses become original-article links', () => {
  assert.equal(article('harbour-plan').originalUrl, 'https://example.org/harbour-plan');
  assert.equal(article('hostile').originalUrl, null);
});

test('person pages: articles newest first, quotes, companions, first and last seen', () => {
  const maria = person('maria-okonkwo');
  assert.deepEqual(maria.articles.map((a) => a.id), ['harbour-plan', 'union-vote', 'hostile']);
  assert.deepEqual(maria.aliases, ['Okonkwo']);
  assert.deepEqual(maria.quotes.map((q) => [q.text, q.article.id]), [['We have waited long enough', 'harbour-plan']]);
  assert.equal(maria.firstSeen?.article.id, 'hostile');
  assert.equal(maria.lastSeen?.article.id, 'harbour-plan');
  assert.deepEqual(maria.companions.people.map((p) => [p.name, p.count]), [
    ['Anna Berg', 1],
    [HOSTILE, 1],
    ['Tomas Lind', 1],
  ]);
  assert.deepEqual(maria.companions.organisations.map((o) => o.name), ['Coastal Union', 'Port Authority']);
  const port = model.organisations.find((o) => o.id === 'port-authority')!;
  assert.deepEqual(port.quotes.map((q) => q.text), ['Talks will resume']);
});

test('the date archive runs year → month, with year-only and undated articles apart', () => {
  assert.deepEqual(model.dates.years.map((y) => [y.year, y.count]), [['2024', 3], ['2023', 1]]);
  const y2024 = model.years.find((y) => y.year === '2024')!;
  assert.deepEqual(y2024.months.map((m) => [m.url, m.count]), [['/dates/2024/03/', 2], ['/dates/2024/04/', 1]]);
  assert.deepEqual(model.years.find((y) => y.year === '2023')!.yearOnly.map((a) => a.id), ['hostile']);
  assert.deepEqual(model.dates.undated.map((a) => a.id), ['quay-notes']);
  const march = model.months.find((m) => m.url === '/dates/2024/03/')!;
  assert.deepEqual(march.articles.map((a) => a.id), ['union-vote', 'harbour-plan']);
  assert.equal(march.next?.url, '/dates/2024/04/');
});

test('A–Z indexes file names under folded first letters, with counts', () => {
  const groups = model.indexes.people.groups;
  assert.deepEqual(groups.map((g) => g.letter), ['A', 'M', 'T', '#']);
  assert.deepEqual(groups[1]!.entries, [{ name: 'Maria Okonkwo', url: '/people/maria-okonkwo/', count: 3 }]);
});

test('quotes, feed and sitemap', () => {
  assert.equal(model.quotePages.length, 1);
  assert.equal(model.quotePages[0]!.quotes.length, 5);
  assert.equal(model.quotePages[0]!.quotes[0]!.article.id, 'ferry-delays');
  assert.deepEqual(model.feed.entries.map((e) => e.id), [
    'https://news.example/articles/ferry-delays/',
    'https://news.example/articles/harbour-plan/',
    'https://news.example/articles/union-vote/',
    'https://news.example/articles/hostile/',
  ]);
  assert.equal(model.feed.updated, '2024-04-12T00:00:00Z');
  assert.equal(model.sitemap.urls.length, pageUrls(model).length);
  assert.ok(model.sitemap.urls.includes('https://news.example/people/anna-berg/'));
  assert.deepEqual(JSON.parse([...model.records()].join("")), fixtureArchive());
});

test('facet values can never be read as markup, however often they are decoded', () => {
  assert.equal(facetValue('<img src=x onerror=alert(1)>'), '\u2039img src=x onerror=alert(1)\u203a');
  assert.equal(facetValue('&lt;b&gt; &#60; AT&T'), '&\u200blt;b&\u200bgt; &\u200b#60; AT&\u200bT');
  assert.equal(facetValue('P & G'), 'P & G');
  assert.equal(facetValue('Maria Okonkwo'), 'Maria Okonkwo');
});

test('a long A–Z index gets a page per letter, below the entity pages', () => {
  const many = fixtureArchive();
  const extra = Array.from({ length: LIMITS.indexPageSize + 1 }, (_, i) => ({ id: `p${i}`, name: `${String.fromCharCode(65 + (i % 3))}name ${i}`, aliases: [], url: `/people/p${i}/`, articles: [] }));
  many.people.push(...extra);
  const big = buildSiteModel(many, { siteUrl: 'https://news.example', title: 'T' });
  assert.deepEqual(big.indexes.people.groups, []);
  assert.deepEqual(big.indexes.people.letters.map((l) => l.url), ['/people/letters/a/', '/people/letters/b/', '/people/letters/c/', '/people/letters/m/', '/people/letters/t/', '/people/letters/other/']);
  assert.equal(big.indexes.people.top[0]!.name, 'Maria Okonkwo');
  const b = big.letterPages.find((p) => p.url === '/people/letters/b/')!;
  assert.equal(b.group.entries.length, 500);
  assert.ok(pageUrls(big).includes('/people/letters/b/'));
  assert.equal(model.letterPages.length, 0);
});
