// Served as /pagefind/pagefind.js when the archive's index is split into shards: Pagefind's search API
// over all of them. /pagefind/ holds the first shard and Pagefind's own module (pagefind-core.js); the
// others are bundles in /pagefind/1/, /pagefind/2/ …, split so that a rebuild indexes again only the
// shards whose articles changed. This module offers what Pagefind's own pagefind.js offers (options,
// init, search, debouncedSearch, preload, filters, mergeIndex, destroy), so Pagefind's UI runs on it
// unchanged. The first shard is loaded with Pagefind's module and the others are merged into it
// (Pagefind's mergeIndex), which sums the facet counts and orders results by score. A sorted search would
// come out of that merge in score order, so its results are put back in the order of their sort keys
// (each shard's sort-keys.json maps its pages to their keys).
// The index stage writes this file with the other shards' folders in place of the list below.

const SHARDS = /* shards */ [];

let loading = null;
let pendingOptions = {};
const sortKeys = new Map();

const href = (file) => new URL(file, import.meta.url).href;

function load() {
  if (!loading) {
    loading = (async () => {
      const core = await import(href('pagefind-core.js'));
      const instance = core.createInstance({ basePath: href('./') });
      if (Object.keys(pendingOptions).length) await instance.options(pendingOptions);
      for (const dir of SHARDS) await instance.mergeIndex(href(dir));
      return instance;
    })();
  }
  return loading;
}

/** Page id → value of the sort key `name`, for the pages of every shard. */
function keysFor(name) {
  if (!sortKeys.has(name)) {
    sortKeys.set(
      name,
      Promise.all(['', ...SHARDS].map((dir) => fetch(href(dir + 'sort-keys.json')).then((r) => (r.ok ? r.json() : {})))).then((all) => {
        const keys = new Map();
        for (const shard of all) for (const [page, sort] of Object.entries(shard)) if (sort && sort[name] !== undefined) keys.set(page, sort[name]);
        return keys;
      }),
    );
  }
  return sortKeys.get(name);
}

/** Compares two sort values as Pagefind does: as numbers when both are numbers, else as text. */
export function compareSortValues(a, b) {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y)) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The results in the order of the sort `{ key: 'asc' | 'desc' }`, by the values in `keys` (page id →
 * value); pages without a value come last. Otherwise, and for equal values, the order is kept.
 */
export function sortResults(results, sort, keys) {
  const [, direction] = Object.entries(sort || {})[0] || [];
  if (!direction || !keys) return results;
  const sign = direction === 'desc' ? -1 : 1;
  return results
    .map((result, position) => ({ result, position, key: keys.get(result.id) }))
    .sort((a, b) => {
      if (a.key === undefined || b.key === undefined) {
        if (a.key !== b.key) return a.key === undefined ? 1 : -1;
      } else {
        const order = sign * compareSortValues(a.key, b.key);
        if (order) return order;
      }
      return a.position - b.position;
    })
    .map((t) => t.result);
}

async function inSortOrder(response, searchOptions) {
  const name = Object.keys((searchOptions && searchOptions.sort) || {})[0];
  if (!response || !name || SHARDS.length === 0) return response;
  return { ...response, results: sortResults(response.results, searchOptions.sort, await keysFor(name)) };
}

export async function options(newOptions) {
  pendingOptions = { ...pendingOptions, ...newOptions };
  if (loading) await (await loading).options(newOptions);
}

export async function init() {
  await (await load()).init();
}

export async function search(term, searchOptions = {}) {
  return inSortOrder(await (await load()).search(term, searchOptions), searchOptions);
}

export async function debouncedSearch(term, searchOptions = {}, debounceTimeoutMs = 300) {
  return inSortOrder(await (await load()).debouncedSearch(term, searchOptions, debounceTimeoutMs), searchOptions);
}

export async function preload(term, searchOptions = {}) {
  await (await load()).preload(term, searchOptions);
}

export async function filters() {
  return (await load()).filters();
}

export async function mergeIndex(indexPath, mergeOptions = {}) {
  return (await load()).mergeIndex(indexPath, mergeOptions);
}

export async function destroy() {
  if (loading) await (await loading).destroy();
  loading = null;
  pendingOptions = {};
}
