// Shared by the browser tests and the screenshot script: a built fixture site, served, and headless Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { buildSite } from '../../src/build/index.ts';
import { serveSite } from '../../src/cli/serve.ts';

export const FIXTURE_SEEDS = fileURLToPath(new URL('../fixtures/site/seeds/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Debian's Chromium: browsers cannot be downloaded on these machines (`apt-get install -y chromium`). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface SiteUnderTest {
  dir: string;
  url: string;
  browser: Browser;
  close(): Promise<void>;
}

/** Builds the seeds into a temporary folder, serves it on a free port and starts Chromium. */
export async function startSite(seedsDir = FIXTURE_SEEDS): Promise<SiteUnderTest> {
  const tmp = mkdtempSync(path.join(tmpdir(), 'site-e2e-'));
  const dir = path.join(tmp, 'site');
  // Three search shards, so that every search in the tests goes through the merging of shards.
  await buildSite({ seedsDir, outDir: dir, cacheDir: null, clean: true, threads: 1, searchShards: 3 });
  const server = await serveSite(dir, { port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    dir,
    url: server.url.replace(/\/$/, ''),
    browser,
    async close() {
      await browser.close();
      await server.close();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

export interface Visit {
  page: Page;
  /** Console errors, uncaught exceptions, failed requests and any dialog (alert, confirm) the page opened. */
  problems: string[];
}

/** Opens a page in a fresh context, recording everything that went wrong on it. */
export async function visit(site: SiteUnderTest, address: string, options: BrowserContextOptions = {}): Promise<Visit> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error on ${address}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`exception on ${address}: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog on ${address}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('requestfailed', (r) => problems.push(`request failed on ${address}: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} on ${address}: ${r.url()}`);
  });
  await page.goto(site.url + address, { waitUntil: 'load' });
  return { page, problems };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** WCAG 2.1 A and AA violations axe-core finds on the page as it is now. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

/** How many results Pagefind's UI says it found, once it has said so. */
export async function resultCount(page: Page): Promise<number> {
  const message = page.locator('.pagefind-ui__message');
  await message.filter({ hasText: /result/ }).waitFor();
  const text = (await message.textContent()) ?? '';
  const m = /(\d+) results?/.exec(text);
  return m ? Number(m[1]) : 0;
}
