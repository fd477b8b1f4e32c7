// Finds direct quotations in an article body and the person or organisation each is attributed to.
import type { ExtractedQuote } from '../types.ts';
import type { ArticleEntities } from './entities.ts';
import type { ExtractInput } from './input.ts';

export function extractQuotes(_input: ExtractInput, _entities: ArticleEntities): ExtractedQuote[] {
  return [];
}
