// The resolve stage: turns the drafts of every seed into the records of one archive,
// with stable ids and URLs, and one entity per person, organisation and outlet.
import type { Archive, ArticleDraft, ArticleRecord, EntityKind, EntityRecord, EntityRef, SourceRecord } from '../types.ts';
import { clusterEntities, type EntityCluster } from './entities.ts';
import { SlugRegistry } from './slugs.ts';

export { toSlug, SlugRegistry } from './slugs.ts';

const byFile = (a: ArticleDraft, b: ArticleDraft) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function resolveArchive(input: readonly ArticleDraft[]): Archive {
  const drafts = [...input].sort(byFile);

  const articleSlugs = new SlugRegistry();
  const articleIds = drafts.map((d) => articleSlugs.claim(d.slug ?? d.title, 'article'));

  // article index → article-level name → entity ref, per kind
  const refs = { person: drafts.map(() => new Map<string, EntityRef>()), organisation: drafts.map(() => new Map<string, EntityRef>()) };
  const entityRecords = (kind: EntityKind, folder: string): EntityRecord[] => {
    const slugs = new SlugRegistry();
    const clusters = clusterEntities(drafts, kind).sort(byName);
    return clusters.map((cluster: EntityCluster) => {
      const id = slugs.claim(cluster.name, kind);
      const articles = new Set<string>();
      for (const m of cluster.members) {
        refs[kind][m.article]!.set(m.name, { id, name: cluster.name });
        articles.add(articleIds[m.article]!);
      }
      return { id, name: cluster.name, aliases: cluster.aliases, url: `/${folder}/${id}/`, articles: [...articles].sort() };
    });
  };
  const people = entityRecords('person', 'people');
  const organisations = entityRecords('organisation', 'organisations');

  const sourceSlugs = new SlugRegistry();
  const sourceByName = new Map<string, SourceRecord>();
  for (const name of [...new Set(drafts.flatMap((d) => (d.source ? [d.source.name] : [])))].sort()) {
    const id = sourceSlugs.claim(name, 'source');
    sourceByName.set(name, { id, name, url: `/sources/${id}/`, articles: [] });
  }

  const articles = drafts.map((draft, i): ArticleRecord => {
    const id = articleIds[i]!;
    const source = draft.source ? sourceByName.get(draft.source.name)! : null;
    source?.articles.push(id);
    const uniqueRefs = (kind: EntityKind, names: string[]) => dedupe(names.map((n) => refs[kind][i]!.get(n)!).filter(Boolean));
    return {
      id,
      url: `/articles/${id}/`,
      file: draft.file,
      title: draft.title,
      titleOrigin: draft.titleOrigin,
      source: source && draft.source
        ? { id: source.id, name: source.name, origin: draft.source.origin, evidence: draft.source.evidence, ...(draft.source.agency ? { agency: draft.source.agency } : {}) }
        : null,
      date: draft.date,
      body: draft.paragraphs.map((p) => p.text).join('\n\n'),
      paragraphs: draft.paragraphs,
      people: uniqueRefs('person', draft.people.map((p) => p.name)),
      organisations: uniqueRefs('organisation', draft.organisations.map((o) => o.name)),
      quotes: draft.quotes.map((q) => {
        const ref = q.speaker ? refs[q.speaker.kind][i]!.get(q.speaker.name) : undefined;
        return { text: q.text, speaker: ref && q.speaker ? { ...ref, type: q.speaker.kind } : null };
      }),
      ...(draft.url ? { originalUrl: draft.url } : {}),
      ...(draft.author ? { author: draft.author } : {}),
      tags: draft.tags,
    };
  });

  return { articles, people, organisations, sources: [...sourceByName.values()] };
}

function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, 'en');
}

function dedupe(list: EntityRef[]): EntityRef[] {
  const seen = new Set<string>();
  return list.filter((r) => !seen.has(r.id) && seen.add(r.id));
}
