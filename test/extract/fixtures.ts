// Small invented articles for the extract tests: paragraphs of body text under a headline.
import type { ArticleEntities } from '../../src/extract/entities.ts';
import type { ExtractInput } from '../../src/extract/input.ts';
import type { FrontMatter } from '../../src/types.ts';

/** The extractor's input for a plain-text article of these paragraphs. */
export function article(paragraphs: string[], options: { title?: string; frontMatter?: FrontMatter } = {}): ExtractInput {
  return {
    document: { file: 't.txt', hash: '0', format: 'text', encoding: 'utf-8', frontMatter: options.frontMatter ?? {}, text: paragraphs.join('\n\n'), repairs: [], warnings: [] },
    article: {
      title: options.title ?? 'Harbour plan approved',
      titleOrigin: 'headline',
      paragraphs: paragraphs.map((t) => ({ text: t, kind: 'paragraph' as const })),
      boilerplate: [],
    },
  };
}

/** The names of a list of entities, sorted. */
export const names = (list: ArticleEntities['people']) => list.map((e) => e.name).sort();
