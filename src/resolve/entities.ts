// Groups the people or organisations of every article into one entity per real-world person or body.
import type { ArticleDraft, EntityKind, ExtractedEntity } from '../types.ts';

/** One real person or organisation across the archive. */
export interface EntityCluster {
  kind: EntityKind;
  /** The canonical name: the fullest, correctly accented form. */
  name: string;
  /** Every other form used for it anywhere in the archive. */
  aliases: string[];
  /** For each article (by index into the drafts), the article-level names that belong to this cluster. */
  members: Array<{ article: number; name: string }>;
}

/** Clusters the entities of one kind across all drafts. */
export function clusterEntities(drafts: readonly ArticleDraft[], kind: EntityKind): EntityCluster[] {
  const byKey = new Map<string, EntityCluster>();
  drafts.forEach((draft, article) => {
    const list: ExtractedEntity[] = kind === 'person' ? draft.people : draft.organisations;
    for (const entity of list) {
      const key = entity.name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
      let cluster = byKey.get(key);
      if (!cluster) {
        cluster = { kind, name: entity.name, aliases: [], members: [] };
        byKey.set(key, cluster);
      }
      cluster.members.push({ article, name: entity.name });
      for (const form of entity.forms) if (form !== cluster.name && !cluster.aliases.includes(form)) cluster.aliases.push(form);
    }
  });
  return [...byKey.values()];
}
