// Finds the people and organisations named in an article body, each once, under the fullest form the
// article uses, with every form it uses. Quotations are attributed in the same pass (see quotes.ts),
// because a quoted country or group becomes an organisation of its own ("the Chinese government").
import type { ExtractedEntity, ExtractedQuote } from '../types.ts';
import { groupMentions, type EntityGroup } from './entities/group.ts';
import { entityKey, keyWords } from './entities/keys.ts';
import { isCreditParagraph } from './entities/credits.ts';
import { inFurniture } from './entities/furniture.ts';
import { findMentions } from './entities/mentions.ts';
import type { ExtractInput } from './input.ts';
import { analyse } from './nlp/analyse.ts';
import { unglueLinkText } from './nlp/linkText.ts';
import { attributeQuotes } from './quotes/attribute.ts';
import { findQuoteSpans } from './quotes/spans.ts';

export interface ArticleEntities {
  people: ExtractedEntity[];
  organisations: ExtractedEntity[];
}

/** The quotations found while extracting entities, kept for `extractQuotes` on the same input. */
const quotesFound = new WeakMap<ArticleEntities, { input: ExtractInput; quotes: ExtractedQuote[] }>();

export function extractEntities(input: ExtractInput): ArticleEntities {
  // credit lines and author bios keep their place (quotations are counted by paragraph) but lose their words;
  // a name glued to its link's hover card is read once
  const a = analyse(input.article.paragraphs.map((p) => (isCreditParagraph(p.text) ? '' : unglueLinkText(p.text))));
  const result = findMentions(a);
  const groups = groupMentions(a, result);
  const spans = findQuoteSpans(a);
  const attribution = attributeQuotes(a, groups, spans);

  // a person or body named only in the page's furniture (a byline, a lone line, a copyright line, a call
  // to follow the site) and quoted nowhere
  const speakers = new Set(attribution.speakers);
  const furniture = (g: EntityGroup) => !speakers.has(g) && g.mentions.every((m) => inFurniture(a, m));
  const all: EntityGroup[] = [...groups, ...attribution.governments.filter((g) => !groups.includes(g))].filter((g) => !furniture(g));
  const named = new Map<EntityGroup, ExtractedEntity>();
  const people: ExtractedEntity[] = [];
  const organisations: ExtractedEntity[] = [];
  for (const g of all) {
    const entity: ExtractedEntity = { kind: g.kind, name: g.name, forms: [...g.forms] };
    // a party named by its short form goes by the full name the list gives, across the archive too
    if (g.mentions.some((m) => m.evidence.has('party') && m.text === g.name)) entity.given = true;
    named.set(g, entity);
    (g.kind === 'person' ? people : organisations).push(entity);
  }

  // Names given in front matter win, and always appear.
  applyGiven(people, input.document.frontMatter.people ?? [], 'person');
  applyGiven(organisations, input.document.frontMatter.organisations ?? [], 'organisation');

  const quotes: ExtractedQuote[] = spans.map((span, i) => {
    const group = attribution.speakers[i];
    const entity = group ? named.get(group) : undefined;
    return { text: span.text, speaker: entity ? { name: entity.name, kind: entity.kind } : null, paragraph: span.paragraph };
  });
  const entities: ArticleEntities = { people, organisations };
  quotesFound.set(entities, { input, quotes });
  return entities;
}

/** The quotations `extractEntities` found for this input, if it made these entities. */
export function quotesFoundWith(input: ExtractInput, entities: ArticleEntities): ExtractedQuote[] | undefined {
  const found = quotesFound.get(entities);
  return found && found.input === input ? found.quotes : undefined;
}

/** Merges names from front matter into the extracted entities: the given name becomes the entity's name. */
function applyGiven(list: ExtractedEntity[], given: readonly string[], kind: 'person' | 'organisation'): void {
  for (const raw of given) {
    const name = raw.trim();
    if (!name) continue;
    const key = entityKey(name);
    const words = keyWords(name);
    const match = list.find((e) => e.forms.some((f) => entityKey(f) === key))
      ?? (kind === 'person'
        ? list.find((e) => {
            const ew = keyWords(e.name);
            return ew.length >= 1 && words.length >= 2 && ew[ew.length - 1] === words[words.length - 1] && (ew.length === 1 || ew[0] === words[0]);
          })
        : undefined);
    if (match) {
      if (!match.forms.includes(name)) match.forms.unshift(name);
      match.name = name;
      match.given = true;
    } else list.push({ kind, name, forms: [name], given: true });
  }
}
