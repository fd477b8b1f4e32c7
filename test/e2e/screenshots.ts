// Screenshots of the home, an article, a person and the search page at desktop and phone widths, light
// and dark, for looking at the design. Not a test: `npx tsx test/e2e/screenshots.ts [OUT_DIR] [SEEDS_DIR]`.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Archive } from '../../src/types.ts';
import { FIXTURE_SEEDS, startSite, visit } from './browser.ts';

const outDir = path.resolve(process.argv[2] ?? '/tmp/screenshots');
const site = await startSite(process.argv[3] ? path.resolve(process.argv[3]) : FIXTURE_SEEDS);
try {
  mkdirSync(outDir, { recursive: true });
  const archive = JSON.parse(readFileSync(path.join(site.dir, 'data', 'records.json'), 'utf8')) as Archive;
  const article = [...archive.articles].sort((a, b) => b.people.length + b.organisations.length - a.people.length - a.organisations.length)[0]!;
  const person = [...archive.people].sort((a, b) => b.articles.length - a.articles.length)[0];
  // Search for the longest word of the article's title: it finds at least that article.
  const word = article.title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? '';
  const pages: [string, string][] = [['home', '/'], ['article', article.url], ['search', `/search/?q=${encodeURIComponent(word)}`]];
  if (person) pages.push(['person', `/people/${person.id}/`]);
  for (const [name, address] of pages) {
    for (const width of [1280, 375]) {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await visit(site, address, { viewport: { width, height: width > 400 ? 900 : 740 }, colorScheme });
        if (name === 'search') await page.locator('.pagefind-ui__result-link').first().waitFor();
        const file = path.join(outDir, `${name}-${width}-${colorScheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        await page.context().close();
        process.stderr.write(`${file}\n`);
      }
    }
  }
} finally {
  await site.close();
}
