// Finds direct quotations in an article body and the person or organisation each is attributed to.
// The work is done with the entities (entities.ts); this returns it, and names each speaker by the
// `name` of one of the given entities.
import type { ExtractedEntity, ExtractedQuote } from '../types.ts';
import { extractEntities, quotesFoundWith, type ArticleEntities } from './entities.ts';
import { entityKey } from './entities/keys.ts';
import type { ExtractInput } from './input.ts';

export function extractQuotes(input: ExtractInput, entities: ArticleEntities): ExtractedQuote[] {
  const found = quotesFoundWith(input, entities);
  if (found) return found;
  // Entities made elsewhere: extract again and name the speakers by the entities given.
  const quotes = quotesFoundWith(input, extractEntities(input)) ?? [];
  const given = [...entities.people, ...entities.organisations];
  return quotes.map((q) => {
    if (!q.speaker) return q;
    const entity = findEntity(given, q.speaker.name, q.speaker.kind);
    return { ...q, speaker: entity ? { name: entity.name, kind: entity.kind } : null };
  });
}

function findEntity(list: readonly ExtractedEntity[], name: string, kind: string): ExtractedEntity | undefined {
  const key = entityKey(name);
  return list.find((e) => e.kind === kind && (entityKey(e.name) === key || e.forms.some((f) => entityKey(f) === key)));
}
