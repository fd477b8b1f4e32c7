// The built site in a real browser: search, facets, links, accessibility, valid HTML, no script from seeds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { HtmlValidate } from 'html-validate';
import type { Archive } from '../../src/types.ts';
import { crawl } from '../fixtures/site/crawl.ts';
import { axeViolations, resultCount, startSite, visit, type SiteUnderTest } from './browser.ts';

let site: SiteUnderTest;
let archive: Archive;
const problems: string[] = [];
const articleWith = (title: RegExp) => archive.articles.find((a) => title.test(a.title))!;

before(async () => {
  site = await startSite();
  archive = JSON.parse(readFileSync(path.join(site.dir, 'data', 'records.json'), 'utf8'));
});
after(async () => {
  await site?.close();
});

test('every internal link and asset of every page resolves', () => {
  const result = crawl(site.dir);
  assert.deepEqual(result.broken, []);
  assert.ok(result.pages.length >= 20, `${result.pages.length} pages`);
});

test('html-validate finds no errors on any page', async () => {
  const validator = new HtmlValidate({ extends: ['html-validate:standard'] });
  const errors: string[] = [];
  for (const page of crawl(site.dir).pages) {
    const report = await validator.validateFile(path.join(site.dir, page));
    for (const r of report.results) for (const m of r.messages) if (m.severity === 2) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
  }
  assert.deepEqual(errors, []);
});

test('every article links to its people and organisations, and they link back', () => {
  const { outlinks } = crawl(site.dir);
  let checked = 0;
  for (const a of archive.articles) {
    for (const e of [...a.people.map((p) => `/people/${p.id}/`), ...a.organisations.map((o) => `/organisations/${o.id}/`)]) {
      assert.ok(outlinks.get(a.url)?.has(e), `${a.url} → ${e}`);
      assert.ok(outlinks.get(e)?.has(a.url), `${e} → ${a.url}`);
      checked++;
    }
  }
  assert.ok(checked >= 8, `${checked} links checked`);
});

test('?q= runs on load and a surname in two articles finds both', async () => {
  const { page, problems: p } = await visit(site, '/search/?q=Okonkwo');
  assert.ok((await resultCount(page)) >= 2);
  await page.locator('.pagefind-ui__result-link').nth(1).waitFor();
  const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
  assert.ok(titles.includes('Harbour plan approved after a long night'), titles.join(' | '));
  assert.equal(await page.locator('.pagefind-ui__search-input').inputValue(), 'Okonkwo');
  problems.push(...p);
  await page.context().close();
});

test('a search typed on the search page returns results and keeps the address shareable', async () => {
  const { page, problems: p } = await visit(site, '/search/');
  await page.locator('.pagefind-ui__search-input').fill('ferry');
  assert.ok((await resultCount(page)) >= 1);
  await page.waitForFunction(() => new URLSearchParams(location.search).get('q') === 'ferry');
  problems.push(...p);
  await page.context().close();
});

test('the search box on every page leads to the search, even without JavaScript', async () => {
  const context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${site.url}/people/`);
  await page.locator('#site-q').fill('harbour');
  await Promise.all([page.waitForURL(/\/search\/\?q=harbour$/), page.locator('#site-q').press('Enter')]);
  assert.ok(await page.locator('noscript').count());
  await context.close();
});

test('Pagefind offers the four facets, and a facet narrows the results', async () => {
  const { page, problems: p } = await visit(site, '/search/?q=harbour');
  const all = await resultCount(page);
  assert.ok(all >= 3, `${all} results for harbour`);
  const names = (await page.locator('.pagefind-ui__filter-name').allTextContents()).map((t) => t.trim());
  for (const facet of ['source', 'person', 'organisation', 'year']) assert.ok(names.some((n) => n.toLowerCase() === facet), names.join(', '));
  await page.locator('.pagefind-ui__filter-block', { hasText: 'source' }).locator('label', { hasText: 'Evening Courier' }).click();
  await page.waitForFunction((n) => /(\d+) results?/.exec(document.querySelector('.pagefind-ui__message')?.textContent ?? '')?.[1] !== String(n), all);
  const narrowed = await resultCount(page);
  assert.ok(narrowed >= 1 && narrowed < all, `${narrowed} of ${all}`);
  problems.push(...p);
  await page.context().close();
});

test('results can be ordered by date', async () => {
  const { page, problems: p } = await visit(site, '/search/?q=harbour&sort=oldest');
  await resultCount(page);
  await page.locator('.pagefind-ui__result-link').nth(2).waitFor();
  const titles = await page.locator('.pagefind-ui__result-link').allTextContents();
  assert.equal(titles[0], articleWith(/^Ferry delays/).title);
  assert.equal(await page.locator('#sort').inputValue(), 'oldest');
  problems.push(...p);
  await page.context().close();
});

test('hostile text from a seed never runs, in pages or in search results', async () => {
  const hostile = articleWith(/<script>/);
  for (const address of [hostile.url, '/search/?q=alert', '/people/', '/sources/', '/quotes/', ...hostile.people.map((x) => `/people/${x.id}/`)]) {
    const { page, problems: p } = await visit(site, address);
    if (address.startsWith('/search/')) {
      assert.ok((await resultCount(page)) >= 1);
      await page.locator('.pagefind-ui__result-link').first().waitFor();
      assert.ok((await page.locator('.pagefind-ui__result-link').allTextContents()).includes(hostile.title));
      // Excerpts and facet values show the text as text.
      const excerpts = (await page.locator('.pagefind-ui__result-excerpt').allTextContents()).join(' ');
      assert.match(excerpts, /<script>alert\(1\)<\/script>/);
      await page.locator('.pagefind-ui__filter-label', { hasText: 'alert' }).nth(1).waitFor({ state: 'attached' });
      const labels = (await page.locator('.pagefind-ui__filter-label').allTextContents()).join(' ');
      assert.match(labels, /‹script›alert\(1\)‹\/script›/);
    }
    const scripts = await page.evaluate(() => Array.from(document.scripts).map((s) => s.type || s.src || `inline: ${s.textContent?.slice(0, 80)}`));
    assert.ok(scripts.every((s) => s === 'application/ld+json' || /\/(pagefind\/pagefind-ui|assets\/search)\.js$/.test(s)), scripts.join(' '));
    assert.equal(await page.locator('img').count(), 0);
    assert.deepEqual(p, []);
    await page.context().close();
  }
  const { page } = await visit(site, hostile.url);
  assert.equal(await page.locator('h1').textContent(), hostile.title);
  await page.context().close();
});

test('axe finds no WCAG 2.1 A/AA violations, in light and dark', async () => {
  const person = archive.people.find((x) => x.name === 'Maria Okonkwo')!;
  const org = archive.organisations[0]!;
  const pages = ['/', '/search/?q=harbour', articleWith(/^Harbour plan/).url, `/people/${person.id}/`, `/organisations/${org.id}/`, `/sources/${archive.sources[0]!.id}/`];
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const address of pages) {
      const { page, problems: p } = await visit(site, address, { colorScheme });
      if (address.startsWith('/search/')) {
        await resultCount(page);
        await page.locator('.pagefind-ui__result-link').first().waitFor();
      }
      for (const v of await axeViolations(page)) found.push(`${colorScheme} ${address}: ${v.id} (${v.help}) ${v.nodes.join(' ')}`);
      problems.push(...p);
      await page.context().close();
    }
  }
  assert.deepEqual(found, []);
});

test('nothing scrolls sideways on a 375 px phone', async () => {
  const person = archive.people.find((x) => x.name === 'Maria Okonkwo')!;
  for (const address of ['/', articleWith(/^Harbour plan/).url, `/people/${person.id}/`, '/people/', '/dates/', '/quotes/', '/search/?q=harbour']) {
    const { page, problems: p } = await visit(site, address, { viewport: { width: 375, height: 740 } });
    if (address.startsWith('/search/')) await resultCount(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 375, `${address} is ${width}px wide`);
    problems.push(...p);
    await page.context().close();
  }
});

test('the server answers a missing page with the 404 page of the site', async () => {
  const response = await fetch(`${site.url}/no/such/page/`);
  assert.equal(response.status, 404);
  assert.match(await response.text(), /<h1>Page not found<\/h1>/);
  const search = await fetch(`${site.url}/search/?q=x`);
  assert.equal(search.status, 200);
});

test('no console errors, failed requests or dialogs on any page visited', () => {
  assert.deepEqual(problems, []);
});
