// Groups the people or organisations of every article into one entity per real-world person or body.
// Evidence only comes from the texts: the same name once accents, case and dots are folded away; a
// form one article links to a name ("HSA" defined as "Harbour Safety Authority"); a
// transliteration ("Tadjik"/"Tajik"); a surname or a short name that only one entity of the archive
// can stand for. Two people who share a surname stay two.
import { acronymLetters, longFormStart, looksLikeAcronym, spellsName } from '../extract/entities/acronyms.ts';
import { entityKey, keyWords, shorterForm, transliterationVariants } from '../extract/entities/keys.ts';
import { accentCount } from '../extract/nlp/text.ts';
import type { ArticleDraft, EntityKind, ExtractedEntity } from '../types.ts';
import { UnionFind } from '../extract/entities/unionFind.ts';

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

interface Node {
  article: number;
  entity: ExtractedEntity;
  key: string;
  words: string[];
  acronyms: string[];
}

/** Clusters the entities of one kind across all drafts. */
export function clusterEntities(drafts: readonly ArticleDraft[], kind: EntityKind): EntityCluster[] {
  const nodes: Node[] = [];
  drafts.forEach((draft, article) => {
    for (const entity of kind === 'person' ? draft.people : draft.organisations) {
      const acronyms = entity.forms.filter((f) => looksLikeAcronym(f)).map(acronymLetters);
      nodes.push({ article, entity, key: entityKey(entity.name), words: keyWords(entity.name), acronyms: [...new Set(acronyms)] });
    }
  });
  const uf = new UnionFind(nodes.length);

  // 1. The same name, or a full form one article gives for its entity.
  const byKey = new Map<string, number>();
  const link = (key: string, i: number) => {
    if (!key) return;
    const seen = byKey.get(key);
    if (seen === undefined) byKey.set(key, i);
    else uf.union(seen, i);
  };
  nodes.forEach((node, i) => {
    link(node.key, i);
    for (const form of node.entity.forms) {
      const words = keyWords(form);
      const specific = kind === 'person' ? words.length >= 2 : words.length >= 3 || (words.length >= 2 && /^\p{Lu}/u.test(form) && !looksLikeAcronym(form) && !shortOfOwnName(form, node));
      if (specific) link(entityKey(form), i);
    }
  });

  // 2. Acronyms: the one entity that spells it out, unless two different names both do.
  if (kind === 'organisation') linkAcronyms(nodes, uf);

  // 3. Transliterations: "World Tadjik Congress" and "World Tajik Congress".
  const buckets = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    if (node.words.length < 2) return;
    const bucket = `${node.words.length}:${node.words.map((w) => w[0]).join('')}`;
    const list = buckets.get(bucket) ?? [];
    list.push(i);
    buckets.set(bucket, list);
  });
  for (const list of buckets.values()) {
    const names = [...new Map(list.map((i) => [nodes[i]!.key, i])).values()];
    if (names.length > 200) continue; // a bucket that large is not a spelling question
    for (let x = 0; x < names.length; x++) {
      for (let y = x + 1; y < names.length; y++) {
        if (transliterationVariants(nodes[names[x]!]!.entity.name, nodes[names[y]!]!.entity.name, kind === 'person')) uf.union(names[x]!, names[y]!);
      }
    }
  }

  // 4. Short names: a surname, or "State Department", that only one entity of the archive can stand for.
  linkShortNames(nodes, uf, kind);

  // Clusters, named by their fullest form.
  const clusters: EntityCluster[] = [];
  for (const list of uf.groups()) {
    const members = list.map((i) => nodes[i]!);
    const name = canonicalName(members);
    const aliases: string[] = [];
    for (const m of members) for (const form of [m.entity.name, ...m.entity.forms]) if (form !== name && !aliases.includes(form)) aliases.push(form);
    clusters.push({ kind, name, aliases, members: members.map((m) => ({ article: m.article, name: m.entity.name })) });
  }
  return clusters;
}

/** "Foreign Ministry" beside "Chinese Foreign Ministry" in one article: too general to link articles by. */
function shortOfOwnName(form: string, node: Node): boolean {
  const words = keyWords(form);
  return words.length < node.words.length && shorterForm(words, node.words);
}

function linkAcronyms(nodes: readonly Node[], uf: UnionFind): void {
  const byAcronym = new Map<string, number[]>();
  nodes.forEach((node, i) => {
    for (const acr of node.acronyms) {
      const list = byAcronym.get(acr) ?? [];
      list.push(i);
      byAcronym.set(acr, list);
    }
  });
  for (const [acr, list] of byAcronym) {
    // entities whose own (multi-word) name spells the acronym out
    const spelled = list.filter((i) => nodes[i]!.words.length >= 2 && !looksLikeAcronym(nodes[i]!.entity.name) && longFormStart(acr, nodes[i]!.entity.name.split(/\s+/)) === 0);
    const spellings = new Set(spelled.map((i) => uf.find(i)));
    if (spellings.size > 1) {
      // two different names for one acronym: keep them apart unless their names already agree
      continue;
    }
    for (const i of list.slice(1)) uf.union(list[0]!, i);
  }
  // An acronym no text defines: the initials of exactly one named entity ("U.N." → "United Nations").
  const named = nodes.map((n, i) => [n, i] as const).filter(([n]) => n.words.length >= 2 && !looksLikeAcronym(n.entity.name));
  const byInitials = new Map<string, Set<number>>();
  for (const [n, i] of named) {
    const initials = n.entity.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => acronymLetters(w)[0] ?? '').join('');
    if (!initials) continue;
    const set = byInitials.get(initials) ?? new Set<number>();
    set.add(i);
    byInitials.set(initials, set);
  }
  nodes.forEach((node, i) => {
    if (!looksLikeAcronym(node.entity.name)) return;
    const letters = acronymLetters(node.entity.name);
    const candidates = [...(byInitials.get(letters) ?? [])].filter((j) => spellsName(node.entity.name, nodes[j]!.entity.name));
    const roots = new Set(candidates.map((j) => uf.find(j)));
    if (roots.size === 1) uf.union(i, [...roots][0]!);
  });
}

function linkShortNames(nodes: readonly Node[], uf: UnionFind, kind: EntityKind): void {
  const full = nodes.map((n, i) => [n, i] as const).filter(([n]) => n.words.length >= 2 && !looksLikeAcronym(n.entity.name));
  if (kind === 'person') {
    const byLast = new Map<string, Set<number>>();
    const byFirst = new Map<string, Set<number>>();
    for (const [n, i] of full) {
      const add = (map: Map<string, Set<number>>, w: string) => map.set(w, (map.get(w) ?? new Set()).add(i));
      add(byLast, n.words[n.words.length - 1]!);
      add(byFirst, n.words[0]!);
    }
    nodes.forEach((node, i) => {
      if (node.words.length !== 1) return;
      const w = node.words[0]!;
      for (const map of [byLast, byFirst]) {
        const roots = new Set([...(map.get(w) ?? [])].map((j) => uf.find(j)));
        if (roots.size === 1) {
          uf.union(i, [...roots][0]!);
          return;
        }
        if (roots.size > 1) return;
      }
    });
    // "Rafael Lima" and "Rafael Costa Lima": same first and last name, one with a middle name
    const byEnds = new Map<string, number[]>();
    for (const [n, i] of full) {
      const k = `${n.words[0]} ${n.words[n.words.length - 1]}`;
      byEnds.set(k, [...(byEnds.get(k) ?? []), i]);
    }
    for (const list of byEnds.values()) {
      if (list.length < 2) continue;
      const longest = list.reduce((a, b) => (nodes[b]!.words.length > nodes[a]!.words.length ? b : a));
      const lw = nodes[longest]!.words;
      for (const i of list) if (nodes[i]!.words.every((w) => lw.includes(w))) uf.union(longest, i);
    }
    return;
  }
  // organisations: "State Department" for the one "U.S. State Department" of the archive. Candidates are
  // looked up by the short name's last word (the long name's last word or head) or first word.
  const names = [...new Map(full.map(([n, i]) => [n.key, i])).values()];
  const index = new Map<string, number[]>();
  const add = (w: string | undefined, j: number) => {
    if (!w) return;
    const list = index.get(w) ?? [];
    if (list[list.length - 1] !== j) list.push(j);
    index.set(w, list);
  };
  for (const j of names) {
    const ws = nodes[j]!.words;
    const connector = ws.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for' || w === 'on'));
    add(`last:${ws[ws.length - 1]}`, j);
    if (connector > 0) add(`last:${ws[connector - 1]}`, j);
    add(`first:${ws[0]}`, j);
  }
  nodes.forEach((node, i) => {
    if (node.words.length < 1 || node.words.length > 3 || looksLikeAcronym(node.entity.name) || node.entity.given) return;
    const candidates = new Set([...(index.get(`last:${node.words[node.words.length - 1]}`) ?? []), ...(node.words.length === 1 ? (index.get(`first:${node.words[0]}`) ?? []) : [])]);
    if (candidates.size > 500) return; // a word that common links nothing
    const roots = new Set<number>();
    for (const j of candidates) {
      const other = nodes[j]!;
      if (other.words.length <= node.words.length) continue;
      if (shorterForm(node.words, other.words)) roots.add(uf.find(j));
    }
    roots.delete(uf.find(i));
    if (roots.size === 1) uf.union(i, [...roots][0]!);
  });
}

/** A given name (from front matter or a list of full names); else the fullest form: a name rather than an
 * acronym, capitalised, the most words (an initial counting for less), the most accents, the most used. */
function canonicalName(members: readonly Node[]): string {
  const count = new Map<string, number>();
  const given = new Set<string>();
  for (const m of members) {
    count.set(m.entity.name, (count.get(m.entity.name) ?? 0) + 1);
    if (m.entity.given) given.add(m.entity.name);
  }
  const score = (name: string) =>
    (given.has(name) ? 1000000 : 0) +
    (looksLikeAcronym(name) ? 0 : 100000) + (/^\p{Lu}/u.test(name) ? 10000 : 0) + keyWords(name).length * 1000 - keyWords(name).filter((w) => w.length === 1).length * 300 + Math.min(accentCount(name), 9) * 100 + Math.min(count.get(name) ?? 0, 99);
  return [...count.keys()].sort((a, b) => score(b) - score(a) || a.localeCompare(b, 'en'))[0]!;
}
