// Runs Eleventy over the templates in templates/, with the site model as its only data.
import Eleventy, { type UserConfig } from '@11ty/eleventy';
import { cp } from 'node:fs/promises';
import nunjucks, { type Environment as NunjucksEnvironment } from 'nunjucks';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ITEM_PAGES, withItemPages, type SiteModel } from './model.ts';
import { pageWriter, type PageWriter } from './pageWriter.ts';

/** The project's templates folder: layouts and partials in _includes/, static files in assets/. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
const ASSETS_DIR = fileURLToPath(new URL('../../templates/assets/', import.meta.url));
/** Points Eleventy at no configuration file, so that a stray eleventy.config.js cannot change the site. */
const NO_CONFIG_FILE = fileURLToPath(new URL('./no-eleventy-config.js', import.meta.url));

/**
 * Item pages (articles, people, organisations…) Eleventy renders in one run, at most. Eleventy keeps every
 * page it renders until the run ends (its data; not its text, which the transform below takes out), so a
 * big archive is rendered in several runs; an archive of a few thousand articles takes one.
 */
export const PAGES_PER_RUN = 12_000;

/**
 * Writes every page of the model into outDir; returns the paths of the files written.
 * Eleventy renders and this module writes: Eleventy runs dry, and each page leaves it through a transform
 * that hands it to a bounded writer, so that the disk works while the next pages render, and rendering
 * waits whenever the disk falls behind. (Eleventy's own writes block the thread on every page, or, in its
 * async mode, start every page's write at once.)
 */
export async function writeSite(model: SiteModel, outDir: string, pagesPerRun = PAGES_PER_RUN): Promise<string[]> {
  const writer = pageWriter();
  try {
    for (const [i, part] of runs(model, pagesPerRun).entries()) await render(part, outDir, writer, i === 0);
  } catch (error) {
    // Nothing may still be writing when this returns: pages Eleventy renders after its failure are refused.
    writer.close();
    await writer.drain().catch(() => {});
    throw error;
  }
  await writer.drain();
  await cp(ASSETS_DIR, path.join(outDir, 'assets'), { recursive: true });
  return [...writer.files];
}

/**
 * The model split into the parts each run renders: the first has every page of the site but the item
 * pages past `pagesPerRun`; each other one has only the next item pages, and no parts of the sitemap.
 */
function runs(model: SiteModel, pagesPerRun: number): SiteModel[] {
  const urls = ITEM_PAGES.flatMap((collection) => (model[collection] as ReadonlyArray<{ url: string }>).map((page) => page.url));
  if (urls.length <= pagesPerRun) return [model];
  const parts: SiteModel[] = [];
  for (let from = 0; from < urls.length; from += pagesPerRun) {
    const mine = new Set(urls.slice(from, from + pagesPerRun));
    const part = withItemPages(model, (url) => mine.has(url));
    parts.push(from === 0 ? part : Object.freeze({ ...part, sitemap: { ...part.sitemap, parts: [] } }));
  }
  return parts;
}

/** One Eleventy run over the templates; pages at a fixed address ("/", "/people/") are written only when `wholeSite`. */
async function render(model: SiteModel, outDir: string, writer: PageWriter, wholeSite: boolean): Promise<void> {
  const eleventy = new Eleventy(TEMPLATES_DIR, outDir, {
    quietMode: true,
    dryRun: true,
    configPath: NO_CONFIG_FILE,
    config(config) {
      // Frozen, so that Eleventy's data cascade passes it by reference instead of copying it per template.
      config.addGlobalData('site', Object.freeze(model));
      // No page needs `collections`; leaving them out saves Eleventy a list of every page.
      config.addGlobalData('eleventyExcludeFromCollections', true);
      config.setTemplateFormats(['njk']);
      config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
      config.setUseGitIgnore(false);
      config.addFilter('count', countOf);
      compileEachTemplateOnce(config, wholeSite);
      // The page leaves Eleventy here: what the transform returns is only kept by Eleventy until its
      // run ends, so an empty text keeps the pages already written out of its memory.
      config.addTransform('write', async (content: string, outputPath: string | false) => {
        if (typeof outputPath !== 'string') return content;
        await writer.write(outputPath, content);
        return '';
      });
      config.setQuietMode(true);
    },
  });
  // Eleventy prints a summary line even when quiet; the build reports progress itself.
  eleventy.disableLogger();
  await eleventy.write();
}

/**
 * Nunjucks through Eleventy compiles a template's text anew for every page it makes: a paginated
 * template making 5,000 people's pages compiled its permalink and its body 5,000 times each. This
 * compiles each text once, with Eleventy's own Nunjucks environment (its filters, its loader), and
 * hands every page the same compiled template.
 */
function compileEachTemplateOnce(config: UserConfig, wholeSite: boolean): void {
  let environment: NunjucksEnvironment | undefined;
  config.on('eleventy.engine.njk', (engine: { environment: NunjucksEnvironment }) => {
    environment = engine.environment;
  });
  const compiled = new Map<string, (data: object) => Promise<string>>();
  const compile = (text: string, inputPath: string) => {
    const key = `${inputPath}\0${text}`;
    let render = compiled.get(key);
    if (!render) {
      if (!environment) throw new Error('Eleventy compiled a Nunjucks template before making its Nunjucks environment');
      const template = new nunjucks.Template(text, environment, inputPath, false);
      render = (data) =>
        new Promise<string>((resolve, reject) => template.render(data, (error: Error | null, result: string | null) => (error ? reject(error) : resolve(result ?? ''))));
      compiled.set(key, render);
    }
    return render;
  };
  config.addExtension('njk', {
    key: 'njk',
    compileOptions: {
      cache: true,
      // A fixed address is a page of the whole site: in the other runs it is neither rendered nor written.
      permalink: (text: string, inputPath: string) => (wholeSite || text.includes('{') ? compile(text, inputPath) : () => false),
    },
    compile: (text: string, inputPath: string) => compile(text, inputPath),
  });
}

/** "1 article", "3 articles": a number with its noun, for the templates' `count` filter. */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? singular : plural}`;
}
