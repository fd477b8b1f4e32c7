// Which articles belong together: related articles by the people and organisations they share, and who
// appears with whom. Both walk an inverted index (entity → articles), so the cost follows the links, not n².

/** The entities of each article, as keys unique across kinds (e.g. "person:jane-doe"). */
export type EntityKeys = readonly (readonly string[])[];

export interface RelatedOptions {
  /** How many related articles to keep per article. */
  limit: number;
  /**
   * Entities named in more articles than this are skipped: they say little about relatedness, and
   * walking their long lists for every article would cost the square of their size.
   */
  maxPostings: number;
  /** Breaks ties between equally related articles, e.g. by closeness in time; lower comes first. */
  tieBreak?: (article: number, candidate: number) => number;
}

/** Builds entity → article indexes. */
export function invertedIndex(keys: EntityKeys): Map<string, number[]> {
  const postings = new Map<string, number[]>();
  keys.forEach((list, article) => {
    for (const key of list) {
      const p = postings.get(key);
      if (p) p.push(article);
      else postings.set(key, [article]);
    }
  });
  return postings;
}

/**
 * For each article, the indexes of the articles sharing most entities with it, rarer entities weighing
 * more (1 / log2(1 + articles naming it)). Articles sharing nothing are never related.
 */
export function relatedArticles(keys: EntityKeys, options: RelatedOptions): number[][] {
  const postings = invertedIndex(keys);
  const scores = new Float64Array(keys.length);
  return keys.map((list, article) => {
    const touched: number[] = [];
    for (const key of new Set(list)) {
      const p = postings.get(key)!;
      if (p.length > options.maxPostings) continue;
      const weight = 1 / Math.log2(1 + p.length);
      for (const other of p) {
        if (other === article) continue;
        if (scores[other] === 0) touched.push(other);
        scores[other]! += weight;
      }
    }
    const top = topK(touched, options.limit, (a, b) => scores[b]! - scores[a]! || (options.tieBreak ? options.tieBreak(article, a) - options.tieBreak(article, b) : 0) || a - b);
    for (const other of touched) scores[other] = 0;
    return top;
  });
}

/**
 * For one entity, the other entities of its articles with how many articles they share, counted in one
 * pass and split by the group `groupOf` gives each key (e.g. people and organisations; null leaves a key
 * out): at most `limit` of each group, most shared first.
 */
export function companionsByGroup(
  entityKey: string,
  articles: readonly number[],
  keys: EntityKeys,
  groupOf: (key: string) => string | null,
  limit = Infinity,
): Map<string, { key: string; count: number }[]> {
  const counts = new Map<string, number>();
  // the last article each key was counted for, so that a key listed twice in one article counts once
  const countedIn = new Map<string, number>();
  for (const article of articles) {
    for (const key of keys[article] ?? []) {
      if (key === entityKey || countedIn.get(key) === article) continue;
      countedIn.set(key, article);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const groups = new Map<string, { key: string; count: number }[]>();
  for (const [key, count] of counts) {
    const group = groupOf(key);
    if (group === null) continue;
    const list = groups.get(group);
    if (list) list.push({ key, count });
    else groups.set(group, [{ key, count }]);
  }
  for (const [group, entries] of groups) groups.set(group, topK(entries, limit, (a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
  return groups;
}

/** The first `k` items in `compare` order, without sorting them all: O(n·k), for a small k. */
export function topK<T>(items: readonly T[], k: number, compare: (a: T, b: T) => number): T[] {
  if (k >= items.length) return [...items].sort(compare);
  const top: T[] = [];
  for (const item of items) {
    if (top.length === k && compare(item, top[k - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && compare(item, top[at - 1]!) < 0) at--;
    top.splice(at, 0, item);
    if (top.length > k) top.pop();
  }
  return top;
}
